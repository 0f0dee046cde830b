import type { SchemaObject } from 'ajv';
import { idSchema, listSchema, markdownSchema, objectSchema, plainTextSchema } from './schema-parts.js';

export const blockTypes = [
  'prose',
  'quote',
  'callout',
  'key-points',
  'reflection',
  'knowledge-check',
  'facilitator-notes',
  'diagram',
  'glossary',
  'scenario',
  'action-plan',
  'certificate',
  'assessment',
] as const;

export const calloutVariants = ['note', 'tip', 'example', 'warning'] as const;
export const questionKinds = ['single', 'multiple', 'true-false', 'ordering', 'matching'] as const;
/** Kinds whose options are all part of the answer: no option carries `correct`. */
export const arrangingKinds = ['ordering', 'matching'] as const;

function blockSchema(
  type: (typeof blockTypes)[number],
  description: string,
  required: readonly string[],
  properties: Readonly<Record<string, SchemaObject>>,
): SchemaObject {
  return objectSchema({
    description,
    required: ['type', ...required],
    properties: { type: { const: type, description: 'The kind of block.' }, ...properties },
  });
}

// Which fields a kind needs (`correct` for choices, `match` for matching) is checked in
// knowledge-check-rules.ts, where the message can name the kind.
const option = objectSchema({
  description: 'One answer to choose, step to order or prompt to match in a knowledge check.',
  required: ['id', 'feedback'],
  properties: {
    // `true` and `false` are YAML booleans when unquoted; true-false options use them as ids.
    id: { type: ['string', 'boolean'], format: 'id', description: 'Unique within the question.' },
    text: markdownSchema('The answer, step or prompt as the learner reads it, inline; optional for true-false'),
    correct: {
      type: 'boolean',
      description: 'Whether choosing this option is right (single, multiple and true-false only).',
    },
    match: markdownSchema('matching only: the right match for this prompt, inline'),
    feedback: markdownSchema('Why this answer is right or wrong, or why the step sits where it does'),
  },
});

/** The fields of a question, shared by knowledge-check blocks and the final assessment's bank. */
export const questionRequired = ['kind', 'question', 'objectives', 'options'] as const;
export const questionProperties: Readonly<Record<string, SchemaObject>> = {
  kind: {
    type: 'string',
    enum: [...questionKinds],
    description: 'single, multiple, true-false, ordering or matching.',
  },
  question: markdownSchema('The question'),
  objectives: listSchema('Ids of the course objectives this question checks.', idSchema('An objective id.'), 1),
  options: listSchema('The answers to choose from; for ordering, the steps in the right order.', option, 1),
};

const blocks = [
  blockSchema('prose', 'Running text.', ['markdown'], { markdown: markdownSchema('The text') }),
  blockSchema('quote', 'A quotation with its attribution.', ['text', 'attribution'], {
    text: markdownSchema('The quoted words, inline'),
    attribution: plainTextSchema('Who said it, e.g. "Theodore Levitt, economist".'),
    source: plainTextSchema('Where the course found it.'),
  }),
  blockSchema('callout', 'A highlighted box.', ['variant', 'title', 'markdown'], {
    variant: { type: 'string', enum: [...calloutVariants], description: 'How the box is styled and announced.' },
    title: plainTextSchema('Heading of the box.'),
    markdown: markdownSchema('The text of the box'),
  }),
  blockSchema('key-points', 'A short list of the main points.', ['title', 'points'], {
    title: plainTextSchema('Heading of the list.'),
    points: listSchema('The points, one Markdown string each (inline).', markdownSchema('One point'), 1),
  }),
  blockSchema('reflection', 'A question the learner answers in their own words.', ['id', 'prompt'], {
    id: idSchema('Stable id; the answer is saved under it.'),
    prompt: markdownSchema('The question to reflect on'),
  }),
  blockSchema('knowledge-check', 'A scored question.', ['id', ...questionRequired], {
    id: idSchema('Stable id; the answer and score are saved under it.'),
    kind: questionProperties['kind'] as SchemaObject,
    question: questionProperties['question'] as SchemaObject,
    objectives: questionProperties['objectives'] as SchemaObject,
    attempts: { type: 'integer', minimum: 1, description: 'How many submissions are allowed. Default 2.' },
    options: questionProperties['options'] as SchemaObject,
  }),
  blockSchema('facilitator-notes', 'Notes for a facilitator; shown only in facilitator mode.', ['markdown'], {
    markdown: markdownSchema('The notes'),
    minutes: { type: 'integer', minimum: 1, description: 'Suggested time for the activity, in minutes.' },
  }),
  blockSchema('diagram', 'An SVG diagram written for the course, inlined and themed at build.', ['file', 'alt'], {
    file: {
      type: 'string',
      format: 'diagram-path',
      description: 'The SVG file, as a path inside content/, e.g. diagrams/purpose-cycle.svg.',
    },
    alt: plainTextSchema('Short text alternative: what the diagram shows.'),
    caption: markdownSchema('Caption shown under the diagram, inline'),
    description: markdownSchema('A fuller text version of what the diagram shows'),
  }),
  blockSchema('glossary', 'Lists every glossary term with its definition.', [], {}),
  blockSchema('action-plan', "The learner's innovation agenda for their team: a form saved with progress, printable and downloadable.", [], {}),
  blockSchema('certificate', "The learner's certificate of completion, printable on A4 landscape.", [], {}),
  blockSchema('assessment', 'The final assessment (content/assessment.yaml): its start screen, questions, review and results. One page has it.', [], {}),
  blockSchema('scenario', 'A branching scenario; the page is done when the learner reaches an ending.', ['scenario'], {
    scenario: idSchema('The id of the scenario: the name of its file in content/scenarios/ without .yaml.'),
  }),
];

const page = objectSchema({
  description: 'One screen of a lesson.',
  required: ['id', 'title', 'blocks'],
  properties: {
    id: idSchema('Stable id; links and saved progress use it.'),
    title: plainTextSchema('Page heading.'),
    blocks: listSchema(
      'What the page shows, in order.',
      {
        type: 'object',
        description: 'A block; its type decides its fields.',
        // One clear "unknown block type" error instead of one error per block type.
        discriminator: { propertyName: 'type' },
        oneOf: blocks,
      },
      1,
    ),
  },
});

export const lessonSchema: SchemaObject = objectSchema({
  description: 'content/lessons/<id>.yaml: one lesson.',
  required: ['id', 'title', 'summary', 'pages'],
  properties: {
    id: idSchema('Must match the file name.'),
    title: plainTextSchema('Lesson title.'),
    summary: plainTextSchema('One sentence on what the lesson covers.'),
    theme: idSchema('The id of the course theme (in course.yaml) this lesson covers.'),
    objectives: listSchema('Ids of the course objectives this lesson teaches.', idSchema('An objective id.')),
    pages: listSchema('The pages of the lesson, in order.', page, 1),
  },
});
