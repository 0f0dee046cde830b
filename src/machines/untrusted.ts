/**
 * Helpers for reading values we did not create (storage, the LMS): own properties only, bounded
 * work, short descriptions for messages. Pure.
 */

export type UnknownRecord = { readonly [key: string]: unknown };

/** A plain-ish object: not null, not an array. */
export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `record[key]` if it is the record's own property; never reads the prototype chain. */
export function ownProperty(record: UnknownRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

const MAX_SHOWN_CHARS = 40;

/** A short, safe description of any value for a human-readable message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value;
    return JSON.stringify(shown);
  }
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

/** Collects messages, keeping the first `limit` and counting the rest. */
export interface MessageLog {
  add(message: string): void;
  list(): string[];
}

export function createMessageLog(limit = 50): MessageLog {
  const messages: string[] = [];
  let more = 0;
  return {
    add(message) {
      if (messages.length < limit) messages.push(message);
      else more += 1;
    },
    list() {
      return more === 0 ? [...messages] : [...messages, `…and ${more} more`];
    },
  };
}
