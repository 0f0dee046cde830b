import type { SchemaObject } from 'ajv';
import { idSchema, listSchema, markdownSchema, objectSchema, plainTextSchema } from './schema-parts.js';

const term = objectSchema({
  description: 'A term and its definition; link it where it first appears in the course.',
  required: ['id', 'term', 'definition'],
  properties: {
    id: idSchema('Stable id; `[term](#id)` links to it. Shares the course id namespace.'),
    term: plainTextSchema('The term as learners read it, e.g. "marginal gains".'),
    aliases: listSchema(
      'Other forms that count as the term, e.g. "marginal gain".',
      plainTextSchema('Another form of the term.'),
    ),
    definition: markdownSchema('What the term means'),
  },
});

export const glossarySchema: SchemaObject = objectSchema({
  description: 'content/glossary.yaml: the terms the course defines.',
  required: ['terms'],
  properties: {
    terms: listSchema('The terms, in any order; the course lists them alphabetically.', term),
  },
});
