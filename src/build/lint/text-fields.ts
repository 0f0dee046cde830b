/**
 * Which fields of the content files a learner reads, and how each is checked.
 *
 * - `full`: spelling, style warnings, and (in a lesson, a scenario or the assessment bank) the
 *   reading measures.
 * - `spelling`: spelling only. Facilitator notes (not learner-facing), names, attributions and
 *   sources, interface wording.
 *
 * Quote text is somebody else's words, quoted as given: it is not checked at all, and does not
 * count towards a lesson's measures. Ids, file names, URLs, `comment:` fields and settings are never
 * text to check.
 */
import { asFields, asList, asText, type FieldMap } from '../content/value-access.js';
import type { ValuePath } from '../content/yaml-file.js';

export type CheckLevel = 'full' | 'spelling';

/** How the value is written: Markdown, plain text, or interface wording with `{placeholders}`. */
export type TextFormat = 'markdown' | 'plain' | 'template';

export interface TextField {
  readonly path: ValuePath;
  readonly text: string;
  readonly format: TextFormat;
  readonly level: CheckLevel;
}

function text(path: ValuePath, value: unknown, format: TextFormat, level: CheckLevel = 'full'): TextField[] {
  const found = asText(value);
  return found === undefined || found.trim() === '' ? [] : [{ path, text: found, format, level }];
}

/**
 * A question's text, checked in full: the question, then each option's text, `match` (matching
 * questions: the right match for each prompt) and feedback. Knowledge-check blocks and the final
 * assessment's questions share these fields.
 */
function questionFields(question: unknown, path: ValuePath): TextField[] {
  const fields = asFields(question);
  return [
    ...text([...path, 'question'], fields?.['question'], 'markdown'),
    ...asList(fields?.['options']).flatMap((option, index) =>
      ['text', 'match', 'feedback'].flatMap((key) =>
        text([...path, 'options', index, key], asFields(option)?.[key], 'markdown'),
      ),
    ),
  ];
}

type BlockTextFields = (fields: FieldMap, path: ValuePath) => TextField[];

/** The text of each block type that has any, in the order a learner reads it. */
const blockTextFields: Readonly<Record<string, BlockTextFields>> = {
  prose: (fields, path) => text([...path, 'markdown'], fields['markdown'], 'markdown'),
  // The quoted words are left as their author gave them; who said it is still spell-checked.
  quote: (fields, path) => [
    ...text([...path, 'attribution'], fields['attribution'], 'plain', 'spelling'),
    ...text([...path, 'source'], fields['source'], 'plain', 'spelling'),
  ],
  callout: (fields, path) => [
    ...text([...path, 'title'], fields['title'], 'plain'),
    ...text([...path, 'markdown'], fields['markdown'], 'markdown'),
  ],
  'key-points': (fields, path) => [
    ...text([...path, 'title'], fields['title'], 'plain'),
    ...asList(fields['points']).flatMap((point, index) => text([...path, 'points', index], point, 'markdown')),
  ],
  reflection: (fields, path) => text([...path, 'prompt'], fields['prompt'], 'markdown'),
  'knowledge-check': questionFields,
  'facilitator-notes': (fields, path) => text([...path, 'markdown'], fields['markdown'], 'markdown', 'spelling'),
  diagram: (fields, path) => [
    ...text([...path, 'alt'], fields['alt'], 'plain'),
    ...text([...path, 'caption'], fields['caption'], 'markdown'),
    ...text([...path, 'description'], fields['description'], 'markdown'),
  ],
};

/**
 * Block types with no text of their own: each places something on the page. A `scenario` block
 * names a scenario file and an `assessment` block places the final assessment; both files are
 * linted on their own.
 */
const blockTypesWithoutText = ['glossary', 'action-plan', 'certificate', 'scenario', 'assessment'] as const;

/**
 * Block types the linter knows. Any other type, even one the lesson schema has just gained, gets an
 * `unknown-block` warning rather than having its text skipped silently.
 */
export const knownBlockTypes: ReadonlySet<string> = new Set([...Object.keys(blockTextFields), ...blockTypesWithoutText]);

function blockFields(block: unknown, path: ValuePath): TextField[] {
  const fields = asFields(block);
  const type = fields?.['type'];
  const extract = typeof type === 'string' && Object.hasOwn(blockTextFields, type) ? blockTextFields[type] : undefined;
  return fields && extract ? extract(fields, path) : [];
}

/** The text fields of a lesson file, in file order. */
export function lessonTextFields(lesson: unknown): TextField[] {
  const fields = asFields(lesson);
  return [
    ...text(['title'], fields?.['title'], 'plain'),
    ...text(['summary'], fields?.['summary'], 'plain'),
    ...asList(fields?.['pages']).flatMap((page, pageIndex) => [
      ...text(['pages', pageIndex, 'title'], asFields(page)?.['title'], 'plain'),
      ...asList(asFields(page)?.['blocks']).flatMap((block, blockIndex) =>
        blockFields(block, ['pages', pageIndex, 'blocks', blockIndex]),
      ),
    ]),
  ];
}

/**
 * The learner-facing text fields of a scenario file, in file order, all checked in full: its title
 * and intro; each node's title, who, where, stakes, situation and weigh, and each choice's text and
 * consequence; each ending's title and debrief.
 */
export function scenarioTextFields(scenario: unknown): TextField[] {
  const fields = asFields(scenario);
  return [
    ...text(['title'], fields?.['title'], 'plain'),
    ...text(['intro'], fields?.['intro'], 'markdown'),
    ...asList(fields?.['nodes']).flatMap((node, nodeIndex) => {
      const nodeFields = asFields(node);
      const path: ValuePath = ['nodes', nodeIndex];
      return [
        ...text([...path, 'title'], nodeFields?.['title'], 'plain'),
        ...text([...path, 'who'], nodeFields?.['who'], 'plain'),
        ...text([...path, 'where'], nodeFields?.['where'], 'plain'),
        ...text([...path, 'stakes'], nodeFields?.['stakes'], 'plain'),
        ...text([...path, 'situation'], nodeFields?.['situation'], 'markdown'),
        ...text([...path, 'weigh'], nodeFields?.['weigh'], 'markdown'),
        ...asList(nodeFields?.['choices']).flatMap((choice, choiceIndex) => [
          ...text([...path, 'choices', choiceIndex, 'text'], asFields(choice)?.['text'], 'markdown'),
          ...text([...path, 'choices', choiceIndex, 'consequence'], asFields(choice)?.['consequence'], 'markdown'),
        ]),
      ];
    }),
    ...asList(fields?.['endings']).flatMap((ending, endingIndex) => [
      ...text(['endings', endingIndex, 'title'], asFields(ending)?.['title'], 'plain'),
      ...text(['endings', endingIndex, 'debrief'], asFields(ending)?.['debrief'], 'markdown'),
    ]),
  ];
}

/**
 * The learner-facing text of content/assessment.yaml, the final assessment's bank, all checked in
 * full: each question's fields, as in a knowledge check. Its settings, ids and `comment` are not text.
 */
export function assessmentTextFields(assessment: unknown): TextField[] {
  return asList(asFields(assessment)?.['questions']).flatMap((question, index) => questionFields(question, ['questions', index]));
}

/** Blocks of a lesson whose type the linter does not know: their text goes unchecked. */
export function unknownBlocks(lesson: unknown): Array<{ path: ValuePath; type: string }> {
  return asList(asFields(lesson)?.['pages']).flatMap((page, pageIndex) =>
    asList(asFields(page)?.['blocks']).flatMap((block, blockIndex) => {
      const type = asFields(block)?.['type'];
      return typeof type === 'string' && !knownBlockTypes.has(type)
        ? [{ path: ['pages', pageIndex, 'blocks', blockIndex, 'type'], type }]
        : [];
    }),
  );
}

/** course.yaml: title, description and objectives in full; names and credits for spelling. */
export function courseTextFields(course: unknown): TextField[] {
  const fields = asFields(course);
  const branding = asFields(fields?.['branding']);
  return [
    ...text(['title'], fields?.['title'], 'plain'),
    ...text(['audience'], fields?.['audience'], 'plain', 'spelling'),
    ...text(['description'], fields?.['description'], 'markdown'),
    ...asList(fields?.['objectives']).flatMap((objective, index) =>
      text(['objectives', index, 'text'], asFields(objective)?.['text'], 'plain'),
    ),
    // A credit's title is the cited work's (or the quote's) own wording: not checked.
    ...asList(fields?.['credits']).flatMap((credit, index) =>
      ['author', 'role', 'organisation', 'publisher', 'note'].flatMap((key) =>
        text(['credits', index, key], asFields(credit)?.[key], 'plain', key === 'note' ? 'full' : 'spelling'),
      ),
    ),
    ...asList(fields?.['themes']).flatMap((theme, index) =>
      text(['themes', index, 'title'], asFields(theme)?.['title'], 'plain', 'spelling'),
    ),
    ...text(['branding', 'name'], branding?.['name'], 'plain', 'spelling'),
    ...text(['branding', 'logoAlt'], branding?.['logoAlt'], 'plain', 'spelling'),
  ];
}

/** glossary.yaml: terms for spelling, definitions in full. */
export function glossaryTextFields(glossary: unknown): TextField[] {
  return asList(asFields(glossary)?.['terms']).flatMap((term, index) => {
    const fields = asFields(term);
    return [
      ...text(['terms', index, 'term'], fields?.['term'], 'plain', 'spelling'),
      ...asList(fields?.['aliases']).flatMap((alias, aliasIndex) =>
        text(['terms', index, 'aliases', aliasIndex], alias, 'plain', 'spelling'),
      ),
      ...text(['terms', index, 'definition'], fields?.['definition'], 'markdown'),
    ];
  });
}

/** strings.yaml: interface wording, for spelling; `{placeholders}` are left out. */
export function stringsTextFields(strings: unknown): TextField[] {
  return Object.entries(asFields(strings) ?? {}).flatMap(([key, value]) =>
    key === 'comment' ? [] : text([key], value, 'template', 'spelling'),
  );
}
