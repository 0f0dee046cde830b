import type { SchemaObject } from 'ajv';
import { idSchema, listSchema, objectSchema } from './schema-parts.js';
import { questionProperties, questionRequired } from './lesson-schema.js';

export const opensWhenValues = ['lessons-complete', 'always'] as const;

const question = objectSchema({
  description: 'A question of the final assessment: the fields of a knowledge-check block, without "type" and "attempts".',
  required: ['id', ...questionRequired],
  properties: {
    id: idSchema('Stable id, unique across the course; the answer is saved under it.'),
    ...questionProperties,
  },
});

export const assessmentSchema: SchemaObject = objectSchema({
  description: 'content/assessment.yaml (optional): the final assessment, a bank of questions an attempt draws from.',
  required: ['drawCount', 'attempts', 'opensWhen', 'questions'],
  properties: {
    drawCount: { type: 'integer', minimum: 1, description: 'How many questions each attempt asks; at most the bank size.' },
    attempts: { type: 'integer', minimum: 1, description: 'How many attempts a learner may make.' },
    opensWhen: {
      type: 'string',
      enum: [...opensWhenValues],
      description: 'lessons-complete: once every lesson is complete; always: from the start.',
    },
    questions: listSchema('The bank of questions.', question, 1),
  },
});
