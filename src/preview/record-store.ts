/**
 * The preview LMS's record of the learner, one per standard, kept in localStorage as an LMS keeps
 * its database: written on every successful Commit and Terminate, read before each launch.
 */
import type { ScormStandard } from './options.js';

export const recordFormat = 'leading-innovation-preview-lms-record';

export interface SampleLearner {
  readonly id: string;
  /** As SCORM 2004's cmi.learner_name takes it. */
  readonly name: string;
  /** As SCORM 1.2's cmi.core.student_name takes it: "Family, Given". */
  readonly nameLastFirst: string;
}

export const sampleLearner: SampleLearner = { id: 'sam.taylor', name: 'Sam Taylor', nameLastFirst: 'Taylor, Sam' };

export interface PreviewRecord {
  readonly format: typeof recordFormat;
  readonly version: 1;
  readonly standard: ScormStandard;
  /** When the LMS last stored it (ISO 8601). */
  readonly savedAt: string;
  /** How many times the course was launched on this record. */
  readonly launches: number;
  /**
   * scorm-again's data model (`renderCMIToJSONObject().cmi`) at the last Commit or Terminate,
   * with total time already including that session (`cmi.total_time` / `cmi.core.total_time`).
   */
  readonly cmi: Record<string, unknown>;
}

export type RecordStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const defaultKeyPrefix = 'leading-innovation:preview-lms:';

export class RecordStore {
  private readonly storage: RecordStorage;
  private readonly keyPrefix: string;

  constructor(storage: RecordStorage, keyPrefix = defaultKeyPrefix) {
    this.storage = storage;
    this.keyPrefix = keyPrefix;
  }

  key(standard: ScormStandard): string {
    return `${this.keyPrefix}${standard}`;
  }

  /** The stored record, or undefined; a record that cannot be read is reported through `problem`. */
  load(standard: ScormStandard): { readonly record?: PreviewRecord; readonly problem?: string } {
    let text: string | null;
    try {
      text = this.storage.getItem(this.key(standard));
    } catch (error) {
      return { problem: `Could not read the stored record: ${describe(error)}` };
    }
    if (text === null) return {};
    try {
      const value: unknown = JSON.parse(text);
      if (isPreviewRecord(value, standard)) return { record: value };
    } catch {
      // Reported below.
    }
    return { problem: `The stored ${standard} record is not one this preview wrote; starting a new attempt instead.` };
  }

  save(record: PreviewRecord): string | undefined {
    try {
      this.storage.setItem(this.key(record.standard), JSON.stringify(record));
      return undefined;
    } catch (error) {
      return `Could not store the record: ${describe(error)}`;
    }
  }

  clear(standard: ScormStandard): void {
    try {
      this.storage.removeItem(this.key(standard));
    } catch {
      // Nothing stored, nothing to clear.
    }
  }
}

function isPreviewRecord(value: unknown, standard: ScormStandard): value is PreviewRecord {
  if (!isObject(value)) return false;
  return (
    value['format'] === recordFormat &&
    value['version'] === 1 &&
    value['standard'] === standard &&
    typeof value['savedAt'] === 'string' &&
    typeof value['launches'] === 'number' &&
    isObject(value['cmi'])
  );
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
