import { Ajv, type ValidateFunction } from 'ajv';
import type { ContentFileKind } from './describe-location.js';
import type { ProblemList } from './problems.js';
import { explainSchemaError } from './schema-messages.js';
import { assessmentSchema } from './schemas/assessment-schema.js';
import { courseSchema } from './schemas/course-schema.js';
import { glossarySchema } from './schemas/glossary-schema.js';
import { lessonSchema } from './schemas/lesson-schema.js';
import { scenarioSchema } from './schemas/scenario-schema.js';
import { idPattern, isInsideContent } from './schemas/schema-parts.js';
import { stringsSchema } from './schemas/strings-schema.js';
import { pathFromPointer } from './value-access.js';
import { keyPosition, lookupNode, valuePosition, type ValuePath, type YamlFile } from './yaml-file.js';

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function createValidator(): Ajv {
  const ajv = new Ajv({ allErrors: true, discriminator: true, verbose: true, strict: true, allowUnionTypes: true });
  // `hint` lets a schema add advice to a type error (e.g. quoting colours); it validates nothing.
  ajv.addKeyword({ keyword: 'hint', schemaType: 'string' });
  ajv.addFormat('id', idPattern);
  ajv.addFormat('colour', /^#[0-9a-fA-F]{6}$/);
  ajv.addFormat('date', isCalendarDate);
  ajv.addFormat('semver', /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/);
  ajv.addFormat('language-tag', /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/);
  ajv.addFormat('web-url', /^https?:\/\/[^\s/]+\.[^\s]*$/);
  ajv.addFormat('content-path', (path: string) => /\.(svg|png)$/i.test(path) && isInsideContent(path));
  ajv.addFormat('diagram-path', (path: string) => /\.svg$/i.test(path) && isInsideContent(path));
  return ajv;
}

let validators: Readonly<Record<ContentFileKind, ValidateFunction>> | undefined;

function validatorFor(kind: ContentFileKind): ValidateFunction {
  if (!validators) {
    const ajv = createValidator();
    validators = {
      course: ajv.compile(courseSchema),
      strings: ajv.compile(stringsSchema),
      lesson: ajv.compile(lessonSchema),
      glossary: ajv.compile(glossarySchema),
      scenario: ajv.compile(scenarioSchema),
      assessment: ajv.compile(assessmentSchema),
    };
  }
  return validators[kind];
}

function sourceTextOf(file: YamlFile, path: ValuePath): string | undefined {
  const { node, complete } = lookupNode(file, path);
  const range = node?.range;
  return complete && range ? file.text.slice(range[0], range[1]) : undefined;
}

/** Checks a parsed file against its schema; returns true when it matches. */
export function validateSchema(file: YamlFile, kind: ContentFileKind, problems: ProblemList): boolean {
  const validate = validatorFor(kind);
  if (validate(file.value)) return true;
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const path = pathFromPointer(file.value, error.instancePath);
    const finding = explainSchemaError(error, {
      kind,
      root: file.value,
      path,
      sourceText: (at) => sourceTextOf(file, at),
    });
    const position = finding.at === 'key' ? keyPosition(file, finding.path) : valuePosition(file, finding.path);
    const identity = `${position.line}:${position.column}:${finding.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    problems.add(file.displayPath, position, finding.code, finding.message);
  }
  return false;
}
