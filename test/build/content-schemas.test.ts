import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { courseSchema } from '../../src/build/content/schemas/course-schema.js';
import { glossarySchema } from '../../src/build/content/schemas/glossary-schema.js';
import { lessonSchema } from '../../src/build/content/schemas/lesson-schema.js';
import { scenarioSchema } from '../../src/build/content/schemas/scenario-schema.js';
import { stringsSchema } from '../../src/build/content/schemas/strings-schema.js';

type Schema = Readonly<Record<string, unknown>>;

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object schema reachable from `schema`, with the path that leads to it. */
function objectSchemas(schema: Schema, path = '#'): { path: string; schema: Schema }[] {
  const found = schema['type'] === 'object' && isSchema(schema['properties']) ? [{ path, schema }] : [];
  const children: [string, unknown][] = [
    ...Object.entries(isSchema(schema['properties']) ? schema['properties'] : {}).map(([key, value]): [string, unknown] => [`${path}/${key}`, value]),
    [`${path}/items`, schema['items']],
    ...(Array.isArray(schema['oneOf']) ? schema['oneOf'] : []).map((value, index): [string, unknown] => [`${path}/oneOf/${index}`, value]),
  ];
  return [...found, ...children.flatMap(([childPath, child]) => (isSchema(child) ? objectSchemas(child, childPath) : []))];
}

describe('content schemas', () => {
  for (const [name, schema] of [
    ['course.yaml', courseSchema],
    ['strings.yaml', stringsSchema],
    ['a lesson', lessonSchema],
    ['glossary.yaml', glossarySchema],
    ['a scenario', scenarioSchema],
  ] as const) {
    it(`${name}: every object is strict, allows comment and describes every field`, () => {
      const objects = objectSchemas(schema);
      assert.ok(objects.length > 0);
      for (const { path, schema: object } of objects) {
        assert.equal(object['additionalProperties'], false, `${path} allows unknown fields`);
        const properties = object['properties'] as Record<string, Schema>;
        assert.ok(properties['comment'], `${path} does not allow comment`);
        for (const [key, property] of Object.entries(properties)) {
          assert.equal(typeof property['description'], 'string', `${path}/${key} has no description`);
        }
      }
    });
  }
});
