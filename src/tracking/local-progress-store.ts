/**
 * Progress kept on the learner's device when there is no LMS. Storage may be missing, blocked or
 * full, and what it holds may be truncated, edited by hand or written by another course: every
 * such case comes back as a value, never as an exception.
 */

const format = 'leading-innovation.progress';
const formatVersion = 1;

export type StoredProgress =
  | { readonly kind: 'none' }
  | { readonly kind: 'found'; readonly progress: unknown }
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'unavailable'; readonly reason: string };

export type SaveResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export interface LocalProgressStore {
  load(): StoredProgress;
  save(progress: unknown): SaveResult;
  clear(): void;
}

export function progressStorageKey(courseId: string): string {
  return `leading-innovation:${courseId}:progress`;
}

/** `getStorage` is a function because merely reading `window.localStorage` throws where it is blocked. */
export function createLocalProgressStore(getStorage: () => Storage, courseId: string): LocalProgressStore {
  const key = progressStorageKey(courseId);
  const storage = tryGetStorage(getStorage);

  return {
    load() {
      if ('reason' in storage) return { kind: 'unavailable', reason: storage.reason };
      let raw: string | null;
      try {
        raw = storage.value.getItem(key);
      } catch (error) {
        return { kind: 'unavailable', reason: describe(error) };
      }
      return raw === null ? { kind: 'none' } : parseEnvelope(raw, courseId);
    },
    save(progress) {
      if ('reason' in storage) return { ok: false, reason: storage.reason };
      try {
        storage.value.setItem(key, JSON.stringify({ format, version: formatVersion, courseId, progress }));
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: describe(error) };
      }
    },
    clear() {
      if ('reason' in storage) return;
      try {
        storage.value.removeItem(key);
      } catch {
        // Nothing to do: a store that cannot be cleared will be overwritten by the next save.
      }
    },
  };
}

function parseEnvelope(raw: string, courseId: string): StoredProgress {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'not valid JSON (truncated or edited?)' };
  }
  if (!isRecord(parsed) || parsed['format'] !== format) return { kind: 'unreadable', reason: 'not Leading Innovation progress' };
  if (parsed['version'] !== formatVersion) return { kind: 'unreadable', reason: `unknown format version ${String(parsed['version'])}` };
  if (parsed['courseId'] !== courseId) return { kind: 'unreadable', reason: `progress of another course (${String(parsed['courseId'])})` };
  if (!isRecord(parsed['progress'])) return { kind: 'unreadable', reason: 'progress is missing' };
  return { kind: 'found', progress: parsed['progress'] };
}

function tryGetStorage(getStorage: () => Storage): { readonly value: Storage } | { readonly reason: string } {
  try {
    const value = getStorage();
    if (!value) return { reason: 'no storage in this browser' };
    return { value };
  } catch (error) {
    return { reason: describe(error) };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
