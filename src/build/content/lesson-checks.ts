import type { IdKind, IdRegistry } from './id-registry.js';
import { checkKnowledgeCheck } from './knowledge-check-rules.js';
import { checkMarkdownFields, type InternalLink } from './markdown-checks.js';
import { lessonMarkdownFields } from './markdown-fields.js';
import type { ProblemList, SourcePosition } from './problems.js';
import { asFields, asList, asText, valueAt } from './value-access.js';
import { valuePosition, type ValuePath, type YamlFile } from './yaml-file.js';

/** An objective id used by a lesson or question, checked once course.yaml's objectives are known. */
export interface ObjectiveReference {
  readonly file: string;
  readonly position: SourcePosition;
  readonly objectiveId: string;
}

/** A lesson's `theme`, checked once course.yaml's themes are known. */
export interface ThemeReference {
  readonly file: string;
  readonly position: SourcePosition;
  readonly themeId: string;
}

export interface LessonFindings {
  readonly objectiveReferences: ObjectiveReference[];
  readonly links: InternalLink[];
  readonly themeReference: ThemeReference | undefined;
}

/**
 * Checks one lesson file beyond its schema, reading it leniently so a malformed part does not hide
 * problems elsewhere: id against file name, ids into the shared registry, question rules, Markdown.
 */
export function checkLessonFile(
  file: YamlFile,
  expectedId: string,
  registry: IdRegistry,
  problems: ProblemList,
): LessonFindings {
  const lesson = asFields(file.value);
  const objectiveReferences: ObjectiveReference[] = [];
  if (!lesson) return { objectiveReferences, links: [], themeReference: undefined };

  const declare = (path: ValuePath, kind: IdKind): void => {
    const id = asText(asFields(valueAt(lesson, path.slice(0, -1)))?.['id']);
    if (id !== undefined) registry.declare({ id, kind, file: file.displayPath, position: valuePosition(file, path) }, problems);
  };
  const collectObjectives = (path: ValuePath, ids: unknown): void => {
    asList(ids).forEach((id, index) => {
      if (typeof id !== 'string') return;
      objectiveReferences.push({ file: file.displayPath, position: valuePosition(file, [...path, index]), objectiveId: id });
    });
  };

  const lessonId = asText(lesson['id']);
  if (lessonId !== undefined && lessonId !== expectedId) {
    problems.add(
      file.displayPath,
      valuePosition(file, ['id']),
      'lesson-id-mismatch',
      `lesson id "${lessonId}" does not match the file name ${expectedId}.yaml: change the id to "${expectedId}" or rename the file (and its entry in course.yaml)`,
    );
  }
  declare(['id'], 'lesson');
  collectObjectives(['objectives'], lesson['objectives']);

  asList(lesson['pages']).forEach((page, pageIndex) => {
    declare(['pages', pageIndex, 'id'], 'page');
    asList(asFields(page)?.['blocks']).forEach((block, blockIndex) => {
      const blockPath = ['pages', pageIndex, 'blocks', blockIndex];
      const fields = asFields(block);
      if (fields?.['type'] === 'reflection') declare([...blockPath, 'id'], 'reflection');
      if (fields?.['type'] === 'knowledge-check') {
        declare([...blockPath, 'id'], 'knowledge check');
        collectObjectives([...blockPath, 'objectives'], fields['objectives']);
        checkKnowledgeCheck(file, blockPath, problems);
      }
    });
  });

  const themeId = asText(lesson['theme']);
  const themeReference =
    themeId === undefined ? undefined : { file: file.displayPath, position: valuePosition(file, ['theme']), themeId };
  const links = checkMarkdownFields(file, lessonMarkdownFields(lesson), problems);
  return { objectiveReferences, links, themeReference };
}

