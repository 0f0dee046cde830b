import type { SchemaObject } from 'ajv';
import { uiStringKeys } from '../../../course/types.js';
import { plainTextSchema } from './schema-parts.js';

export const stringsSchema: SchemaObject = {
  type: 'object',
  description: 'content/strings.yaml: every piece of interface wording, by key.',
  required: [...uiStringKeys],
  properties: {
    ...Object.fromEntries(
      uiStringKeys.map((key) => [key, plainTextSchema(`Interface text "${key}"; keep any {placeholder}.`)]),
    ),
    comment: { type: 'string', description: 'A note for other authors; never shown to learners.' },
  },
  additionalProperties: false,
};
