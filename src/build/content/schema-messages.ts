import type { ErrorObject } from 'ajv';
import { closestMatch } from './closest-match.js';
import { describeField, describeObject, type ContentFileKind } from './describe-location.js';
import { principleIds } from '../../course/types.js';
import { blockTypes } from './schemas/lesson-schema.js';
import { maximumEffect, minimumEffect } from './schemas/scenario-schema.js';
import { asFields } from './value-access.js';
import type { ValuePath } from './yaml-file.js';

/** What a schema error means for an author, and which node to point at. */
export interface SchemaFinding {
  readonly code: string;
  readonly message: string;
  readonly path: ValuePath;
  /** `key` for an unknown field, `value` for a bad value or an object missing a field. */
  readonly at: 'key' | 'value';
}

export interface ErrorContext {
  readonly kind: ContentFileKind;
  readonly root: unknown;
  readonly path: ValuePath;
  /** Source text of the offending value, as the author wrote it. */
  readonly sourceText: (path: ValuePath) => string | undefined;
}

const expectedByType: Readonly<Record<string, string>> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields (name: value)',
};

const formatMessages: Readonly<Record<string, { code: string; expected: string; advice: string }>> = {
  id: {
    code: 'invalid-id',
    expected: 'an id',
    advice: 'use lower-case letters, digits and hyphens, starting with a letter, at most 48 characters',
  },
  colour: { code: 'invalid-colour', expected: 'a #rrggbb colour', advice: "write it in quotes, e.g. '#1d4f91'" },
  date: { code: 'invalid-date', expected: 'a real date', advice: 'write it as yyyy-mm-dd, e.g. 2022-05-25' },
  semver: {
    code: 'invalid-version',
    expected: 'a semantic version',
    advice: 'write it as major.minor.patch, e.g. 0.1.0',
  },
  'language-tag': { code: 'invalid-language', expected: 'a BCP 47 language tag', advice: 'e.g. en-GB' },
  'web-url': { code: 'invalid-url', expected: 'a web address', advice: 'start it with https:// or http://' },
  'content-path': {
    code: 'invalid-path',
    expected: 'an SVG or PNG file inside the content folder',
    advice: 'e.g. branding/logo.svg',
  },
  'diagram-path': {
    code: 'invalid-path',
    expected: 'an SVG file inside the content folder',
    advice: 'e.g. diagrams/purpose-cycle.svg',
  },
};

function describeFound(value: unknown, source: string | undefined): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = (source ?? String(value)).replace(/\s+/g, ' ').trim();
  const shown = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return typeof value === 'string' ? `text ${shown.startsWith('"') || shown.startsWith("'") ? shown : `"${shown}"`}` : shown;
}

function typeFinding(error: ErrorObject, context: ErrorContext): SchemaFinding {
  const { path, root, kind } = context;
  const last = path[path.length - 1];
  const owner = describeObject(kind, root, path.slice(0, -2));
  if (error.data === null && (last === 'pages' || last === 'blocks')) {
    return emptyListFinding(last, context);
  }
  const types = ([] as unknown[]).concat(error.params['type']).map(String);
  // Only option ids accept text or a boolean (unquoted true/false).
  const isOptionId = types.includes('boolean') && types.includes('string');
  const expected = isOptionId ? 'an id' : (expectedByType[types[0] ?? ''] ?? types.join(' or '));
  const source = context.sourceText(path);
  const subject = path.length === 0 ? describeObject(kind, root, path) : describeField(path);
  const hint: unknown = asFields(error.parentSchema)?.['hint'];
  let message: string;
  if (error.data === null && path.length > 0) {
    message = `${subject} is empty: ${typeof hint === 'string' ? hint : `give it ${expected}`}`;
  } else {
    message = `${subject} must be ${expected}, found ${describeFound(error.data, source)}`;
    if (typeof hint === 'string') message += `: ${hint}`;
    else if (types[0] === 'string' && (typeof error.data === 'number' || typeof error.data === 'boolean')) {
      message += `: put it in quotes, e.g. '${source?.trim() ?? String(error.data)}'`;
    }
  }
  if (typeof last === 'number' && path.length >= 2) message += ` (in ${owner})`;
  return { code: 'wrong-type', message, path, at: 'value' };
}

function emptyListFinding(listName: string, context: ErrorContext): SchemaFinding {
  const ownerPath = context.path.slice(0, -1);
  const owner = describeObject(context.kind, context.root, ownerPath);
  if (listName === 'pages') {
    return {
      code: 'empty-lesson',
      message: `${owner} has no pages: add at least one page under "pages"`,
      path: context.path,
      at: 'value',
    };
  }
  if (listName === 'blocks') {
    return {
      code: 'empty-page',
      message: `${owner} has no blocks: add at least one block under "blocks"`,
      path: context.path,
      at: 'value',
    };
  }
  return {
    code: 'empty-list',
    message: `${describeField(context.path)} must list at least one item`,
    path: context.path,
    at: 'value',
  };
}

function requiredFinding(error: ErrorObject, context: ErrorContext): SchemaFinding {
  const { kind, root, path } = context;
  const missing = String(error.params['missingProperty']);
  if (kind === 'strings') {
    return {
      code: 'missing-string',
      message: `missing string "${missing}": add it to strings.yaml (the interface uses it)`,
      path,
      at: 'value',
    };
  }
  const owner = describeObject(kind, root, path);
  if (missing === 'feedback' && path[path.length - 2] === 'options') {
    return {
      code: 'option-without-feedback',
      message: `${owner} has no feedback: add "feedback" explaining why this answer is right or wrong`,
      path,
      at: 'value',
    };
  }
  const within = path.length === 0 ? '' : ` in ${owner}`;
  return { code: 'missing-field', message: `missing required field "${missing}"${within}`, path, at: 'value' };
}

function unknownFieldFinding(error: ErrorObject, context: ErrorContext): SchemaFinding {
  const { kind, root, path } = context;
  const field = String(error.params['additionalProperty']);
  const allowed = Object.keys(asFields(asFields(error.parentSchema)?.['properties']) ?? {});
  const suggestion = closestMatch(field, allowed);
  if (kind === 'strings' && path.length === 0) {
    const guess = suggestion ? ` (did you mean "${suggestion}"?)` : '';
    return {
      code: 'unknown-string',
      message: `unknown string "${field}"${guess}: the interface does not use it, so remove it or correct the key`,
      path: [...path, field],
      at: 'key',
    };
  }
  if (kind === 'scenario' && path[path.length - 1] === 'effects') {
    const guess = closestMatch(field, principleIds);
    return {
      code: 'unknown-principle',
      message:
        `unknown principle "${field}" in the effects of ${describeObject(kind, root, path.slice(0, -1))}` +
        `${guess ? ` (did you mean "${guess}"?)` : ''}: effects name the principles ${principleIds.join(', ')}`,
      path: [...path, field],
      at: 'key',
    };
  }
  const didYouMean = suggestion ? `: did you mean "${suggestion}"?` : '';
  const within = path.length === 0 ? '' : ` in ${describeObject(kind, root, path)}`;
  return {
    code: 'unknown-field',
    message: `unknown field "${field}"${within}${didYouMean} (allowed: ${allowed.join(', ')})`,
    path: [...path, field],
    at: 'key',
  };
}

function discriminatorFinding(error: ErrorObject, context: ErrorContext): SchemaFinding {
  const expected = `expected one of: ${blockTypes.join(', ')}`;
  const tagValue: unknown = error.params['tagValue'];
  if (tagValue === undefined) {
    return {
      code: 'missing-field',
      message: `missing required field "type" in block (${expected})`,
      path: context.path,
      at: 'value',
    };
  }
  const shown = typeof tagValue === 'string' ? `"${tagValue}"` : describeFound(tagValue, context.sourceText([...context.path, 'type']));
  return {
    code: 'unknown-block-type',
    message: `unknown block type ${shown} (${expected})`,
    path: [...context.path, 'type'],
    at: 'value',
  };
}

function rangeFinding(error: ErrorObject, context: ErrorContext): SchemaFinding {
  const { kind, root, path } = context;
  if (kind === 'scenario' && path[path.length - 2] === 'effects') {
    return {
      code: 'effect-out-of-range',
      message:
        `the effect on "${String(path[path.length - 1])}" of ${describeObject(kind, root, path.slice(0, -2))} is ${String(error.data)}: ` +
        `effects run from ${minimumEffect} (works against the principle) to +${maximumEffect} (shows it strongly)`,
      path,
      at: 'value',
    };
  }
  const schema = asFields(error.parentSchema) ?? {};
  const minimum = schema['minimum'];
  const maximum = schema['maximum'];
  const range =
    typeof minimum === 'number' && typeof maximum === 'number'
      ? `between ${minimum} and ${maximum}`
      : typeof minimum === 'number'
        ? `at least ${minimum}`
        : `at most ${String(maximum)}`;
  return {
    code: 'out-of-range',
    message: `${describeField(context.path)} must be ${range}, found ${String(error.data)}`,
    path: context.path,
    at: 'value',
  };
}

/** Turns one ajv error into a message that says what is wrong and what to do. */
export function explainSchemaError(error: ErrorObject, context: ErrorContext): SchemaFinding {
  const { path } = context;
  switch (error.keyword) {
    case 'type':
      return typeFinding(error, context);
    case 'required':
      return requiredFinding(error, context);
    case 'additionalProperties':
      return unknownFieldFinding(error, context);
    case 'discriminator':
      return discriminatorFinding(error, context);
    case 'enum': {
      const allowed = ([] as unknown[]).concat(error.params['allowedValues']).map(String).join(', ');
      const found =
        typeof error.data === 'string' ? JSON.stringify(error.data) : describeFound(error.data, context.sourceText(path));
      return {
        code: 'invalid-value',
        message: `${describeField(path)} must be one of: ${allowed} (found ${found})`,
        path,
        at: 'value',
      };
    }
    case 'format': {
      const format = String(error.params['format']);
      const known = formatMessages[format] ?? { code: 'invalid-value', expected: `a valid ${format}`, advice: '' };
      const advice = known.advice ? `: ${known.advice}` : '';
      return {
        code: known.code,
        message: `${describeField(path)} must be ${known.expected}, found ${JSON.stringify(error.data)}${advice}`,
        path,
        at: 'value',
      };
    }
    case 'minLength':
      return {
        code: 'empty-value',
        message: `${describeField(path)} is empty: write the text, or remove the field if it is optional`,
        path,
        at: 'value',
      };
    case 'minItems':
      return emptyListFinding(String(path[path.length - 1] ?? ''), context);
    case 'minimum':
    case 'maximum':
      return rangeFinding(error, context);
    default:
      return {
        code: 'schema',
        message: `${describeField(path)} ${error.message ?? 'is not valid'}`,
        path,
        at: 'value',
      };
  }
}
