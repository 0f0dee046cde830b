import type { GlossaryEntry } from './glossary-checks.js';
import { blocksOf } from './lesson-walk.js';
import { blockMarkdownFields, scenarioMarkdownFields, type MarkdownField } from './markdown-fields.js';
import { renderInlineMarkdown, renderMarkdown } from './markdown-render.js';
import { textOfHtml } from './plain-text.js';
import type { ProblemList } from './problems.js';
import { positionInScalar } from './scalar-positions.js';
import { asText } from './value-access.js';
import { valuePosition, type ValuePath, type YamlFile } from './yaml-file.js';

/** A learner-facing Markdown field with the text a learner reads in it. */
interface ReadField {
  /** The lesson file, or for a scenario's text the scenario file. */
  readonly file: YamlFile;
  readonly field: MarkdownField;
  /** Where to point when the term cannot be found in the field's source. */
  readonly blockPath: ValuePath;
  readonly text: string;
}

/** What a learner reads on one page, and the `#id`s it links to. */
interface PageReading {
  readonly pageId: string;
  readonly fields: readonly ReadField[];
  readonly linkedIds: ReadonlySet<string>;
}

/** Facilitator notes are not for learners, so a term they use is neither a use nor a link. */
const notLearnerFacing = new Set(['facilitator-notes']);

/**
 * What a learner reads on each page of a lesson, in order. A `scenario` block brings in the text of
 * the scenario it places (from `scenarioFiles`, by id), where the block stands.
 */
function readPages(file: YamlFile, scenarioFiles: ReadonlyMap<string, YamlFile>): PageReading[] {
  const pages = new Map<number, { pageId: string; fields: ReadField[]; linkedIds: Set<string> }>();
  for (const { pageIndex, pageId, path, block } of blocksOf(file.value)) {
    if (notLearnerFacing.has(String(block['type']))) continue;
    let page = pages.get(pageIndex);
    if (!page) {
      page = { pageId: pageId ?? `page ${pageIndex + 1}`, fields: [], linkedIds: new Set() };
      pages.set(pageIndex, page);
    }
    const scenarioFile = block['type'] === 'scenario' ? scenarioFiles.get(asText(block['scenario']) ?? '') : undefined;
    const sources = scenarioFile
      ? scenarioMarkdownFields(scenarioFile.value).map((field) => ({ file: scenarioFile, field, blockPath: field.path }))
      : blockMarkdownFields(block, path).map((field) => ({ file, field, blockPath: path }));
    for (const source of sources) {
      const { field } = source;
      const html = field.inline ? renderInlineMarkdown(field.markdown) : renderMarkdown(field.markdown);
      for (const match of html.matchAll(/href="#([^"]+)"/g)) page.linkedIds.add(match[1] ?? '');
      page.fields.push({ ...source, text: textOfHtml(html) });
    }
  }
  return [...pages.values()];
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
}

/** Whole words, any case, with or without a plural "s": "marginal gain" also finds "Marginal gains". */
function usePattern(forms: readonly string[]): RegExp {
  const alternatives = forms
    .map((form) => form.trim())
    .filter((form) => form !== '')
    .map((form) => form.split(/\s+/).map(escapeForPattern).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`, 'iu');
}

/** Link destinations are not text a learner reads: blank them, keeping every offset. */
function withoutDestinations(markdown: string): string {
  return markdown.replace(/\]\([^)]*\)/g, (destination) => `]${' '.repeat(destination.length - 1)}`);
}

/**
 * Each glossary term must be linked where it first appears: the first page, in course order, whose
 * learner-facing text uses the term or an alias must link to the term's id. A term no lesson uses
 * is reported in glossary.yaml.
 */
export function checkGlossaryUsage(
  glossaryFile: YamlFile,
  entries: readonly GlossaryEntry[],
  lessonFiles: readonly YamlFile[],
  problems: ProblemList,
  scenarioFiles: ReadonlyMap<string, YamlFile> = new Map(),
): void {
  const pages = lessonFiles.flatMap((file) => readPages(file, scenarioFiles));
  for (const entry of entries) {
    const pattern = usePattern(entry.forms);
    const page = pages.find((candidate) => candidate.fields.some((read) => pattern.test(read.text)));
    if (!page) {
      const aliases = entry.forms.length > 1 ? ' (nor any of its aliases)' : '';
      problems.add(
        glossaryFile.displayPath,
        entry.position,
        'unused-term',
        `term "${entry.term}"${aliases} is not used in any lesson: remove it from the glossary, or use it in a lesson and link it there`,
      );
      continue;
    }
    if (page.linkedIds.has(entry.id)) continue;
    const first = page.fields.find((read) => pattern.test(read.text));
    if (!first) continue;
    const written = pattern.exec(withoutDestinations(first.field.markdown));
    const shown = (written?.[0] ?? pattern.exec(first.text)?.[0] ?? entry.term).replace(/\s+/g, ' ');
    const position = written
      ? positionInScalar(first.file, first.field.path, written.index)
      : valuePosition(first.file, first.blockPath);
    problems.add(
      first.file.displayPath,
      position,
      'unlinked-term',
      `term "${entry.term}" first appears on page "${page.pageId}" but is not linked there: ` +
        `write [${shown}](#${entry.id}) where it first appears, so learners can look it up`,
    );
  }
}
