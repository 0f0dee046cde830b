import type { ValuePath } from './yaml-file.js';

/**
 * Lenient readers for YAML values that may not match the schema. Checks that run alongside schema
 * validation use them so one malformed field does not hide problems elsewhere in the file.
 */

export type FieldMap = Readonly<Record<string, unknown>>;

export function asFields(value: unknown): FieldMap | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as FieldMap) : undefined;
}

export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function valueAt(root: unknown, path: ValuePath): unknown {
  let value = root;
  for (const segment of path) {
    if (Array.isArray(value)) value = value[Number(segment)];
    else value = asFields(value)?.[String(segment)];
    if (value === undefined) return undefined;
  }
  return value;
}

/** Decodes a JSON Pointer (as in ajv's `instancePath`), turning list indices into numbers. */
export function pathFromPointer(root: unknown, pointer: string): ValuePath {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let value = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(value) ? Number(segment) : segment;
    path.push(step);
    value = valueAt(value, [step]);
  }
  return path;
}
