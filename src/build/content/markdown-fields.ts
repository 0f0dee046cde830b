import { asFields, asList, asText } from './value-access.js';
import type { ValuePath } from './yaml-file.js';

/** A Markdown value in a content file, found even when other parts of the file are malformed. */
export interface MarkdownField {
  readonly path: ValuePath;
  readonly markdown: string;
  /** Rendered without block structure (no `<p>`), for text shown inside other elements. */
  readonly inline: boolean;
}

function field(path: ValuePath, value: unknown, inline = false): MarkdownField[] {
  const markdown = asText(value);
  return markdown === undefined ? [] : [{ path, markdown, inline }];
}

/** The Markdown fields of one block, in the order a learner reads them. */
export function blockMarkdownFields(block: unknown, path: ValuePath): MarkdownField[] {
  const fields = asFields(block);
  if (!fields) return [];
  switch (fields['type']) {
    case 'prose':
    case 'callout':
    case 'facilitator-notes':
      return field([...path, 'markdown'], fields['markdown']);
    case 'quote':
      return field([...path, 'text'], fields['text'], true);
    case 'key-points':
      return asList(fields['points']).flatMap((point, index) => field([...path, 'points', index], point, true));
    case 'reflection':
      return field([...path, 'prompt'], fields['prompt']);
    case 'knowledge-check':
      return [
        ...field([...path, 'question'], fields['question']),
        ...asList(fields['options']).flatMap((option, index) => [
          ...field([...path, 'options', index, 'text'], asFields(option)?.['text'], true),
          ...field([...path, 'options', index, 'match'], asFields(option)?.['match'], true),
          ...field([...path, 'options', index, 'feedback'], asFields(option)?.['feedback']),
        ]),
      ];
    case 'diagram':
      return [
        ...field([...path, 'caption'], fields['caption'], true),
        ...field([...path, 'description'], fields['description']),
      ];
    default:
      return [];
  }
}

export function lessonMarkdownFields(lesson: unknown): MarkdownField[] {
  return asList(asFields(lesson)?.['pages']).flatMap((page, pageIndex) =>
    asList(asFields(page)?.['blocks']).flatMap((block, blockIndex) =>
      blockMarkdownFields(block, ['pages', pageIndex, 'blocks', blockIndex]),
    ),
  );
}

/** The Markdown fields of the final assessment's questions: those of a knowledge check. */
export function assessmentMarkdownFields(assessment: unknown): MarkdownField[] {
  return asList(asFields(assessment)?.['questions']).flatMap((question, index) => {
    const fields = asFields(question);
    return fields ? blockMarkdownFields({ ...fields, type: 'knowledge-check' }, ['questions', index]) : [];
  });
}

export function glossaryMarkdownFields(glossary: unknown): MarkdownField[] {
  return asList(asFields(glossary)?.['terms']).flatMap((term, index) =>
    field(['terms', index, 'definition'], asFields(term)?.['definition']),
  );
}

export function courseMarkdownFields(course: unknown): MarkdownField[] {
  return field(['description'], asFields(course)?.['description']);
}

/** The Markdown fields of a scenario, in the order a learner first meets them. */
export function scenarioMarkdownFields(scenario: unknown): MarkdownField[] {
  const fields = asFields(scenario);
  return [
    ...field(['intro'], fields?.['intro']),
    ...asList(fields?.['nodes']).flatMap((node, nodeIndex) => {
      const nodeFields = asFields(node);
      const path = ['nodes', nodeIndex];
      return [
        ...field([...path, 'situation'], nodeFields?.['situation']),
        ...asList(nodeFields?.['choices']).flatMap((choice, choiceIndex) => [
          ...field([...path, 'choices', choiceIndex, 'text'], asFields(choice)?.['text'], true),
          ...field([...path, 'choices', choiceIndex, 'consequence'], asFields(choice)?.['consequence']),
        ]),
        ...field([...path, 'weigh'], nodeFields?.['weigh']),
      ];
    }),
    ...asList(fields?.['endings']).flatMap((ending, index) =>
      field(['endings', index, 'debrief'], asFields(ending)?.['debrief']),
    ),
  ];
}
