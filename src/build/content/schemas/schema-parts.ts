import type { SchemaObject } from 'ajv';

/**
 * Building blocks shared by the content schemas. Every object gets `comment` (notes between
 * authors, never shown) and `additionalProperties: false` so a misspelt field is reported
 * instead of silently ignored.
 */

export const idPattern = /^[a-z][a-z0-9-]{0,47}$/;

/** A relative path with forward slashes that cannot leave the content folder. */
export function isInsideContent(path: string): boolean {
  return path
    .split('/')
    .every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !segment.includes('\\'));
}

export function objectSchema(options: {
  description: string;
  required: readonly string[];
  properties: Readonly<Record<string, SchemaObject>>;
}): SchemaObject {
  return {
    type: 'object',
    description: options.description,
    required: [...options.required],
    properties: {
      ...options.properties,
      comment: { type: 'string', description: 'A note for other authors; never shown to learners.' },
    },
    additionalProperties: false,
  };
}

export function idSchema(description: string): SchemaObject {
  return { type: 'string', format: 'id', description };
}

export function plainTextSchema(description: string): SchemaObject {
  return { type: 'string', minLength: 1, description };
}

export function markdownSchema(description: string): SchemaObject {
  return { type: 'string', minLength: 1, description: `${description} (Markdown)` };
}

export function listSchema(description: string, items: SchemaObject, minItems = 0): SchemaObject {
  return { type: 'array', description, items, ...(minItems > 0 ? { minItems } : {}) };
}
