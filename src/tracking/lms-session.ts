/**
 * One SCORM session: Initialize (with retries), read what the LMS holds, keep the LMS record in
 * step with course state by writing only changed values, commit at most once every few seconds
 * (retrying failures with backoff), and Terminate once. Failures come back as values and status
 * changes; nothing here throws, opens UI or blocks the learner.
 */
import type { ScormConnection, ScormError } from './scorm-api.js';
import type { CmiValue } from './lms-record.js';

export interface Timers {
  now(): number;
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, milliseconds) => globalThis.setTimeout(callback, milliseconds),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** `saved`: the LMS has everything. `pending`: changes wait for the next commit. `failing`: the LMS refused; retrying. */
export type SaveStatus = 'saved' | 'pending' | 'failing';

export interface LmsSessionOptions {
  /** Commits are coalesced to at most one per this many milliseconds (exit excepted). */
  readonly commitIntervalMs?: number;
  readonly timers?: Timers;
  readonly onStatus?: (status: SaveStatus) => void;
  readonly onError?: (operation: string, error: ScormError) => void;
  /** The session time value, written first at every commit and at Terminate. */
  readonly sessionTime?: () => CmiValue;
}

/** What the LMS held at launch. */
export interface LaunchData {
  readonly entry: string;
  readonly location: string;
  readonly suspendData: string;
  readonly completionStatus: string;
  readonly successStatus: string;
  readonly learnerName: string;
  readonly interactionCount: number;
  readonly comments: readonly { readonly location: string; readonly comment: string }[];
  /** SCORM 1.2's single comments string. */
  readonly comments12: string;
}

/**
 * Score, status and exit wait for the commit, where they are written after the session time
 * and in that order: some LMSes get the outcome wrong otherwise.
 */
const outcomeElements = /^cmi\.(score\.|completion_status$|success_status$|exit$|core\.score\.|core\.lesson_status$|core\.exit$)/;

const retryDelaysMs = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000] as const;

/** Tries Initialize a few times, for LMSes whose API is not ready the moment the page loads. */
export async function initializeWithRetry(connection: ScormConnection, timers: Timers = browserTimers, delaysMs: readonly number[] = [250, 1_000]): Promise<boolean> {
  if (connection.initialize()) return true;
  for (const delay of delaysMs) {
    await new Promise<void>((resolve) => timers.setTimeout(resolve, delay));
    if (connection.initialize()) return true;
  }
  return false;
}

export function readLaunchData(connection: ScormConnection): LaunchData {
  const get = (element: string) => connection.getValue(element);
  if (connection.standard === 'scorm2004') {
    const commentCount = Math.min(Number.parseInt(get('cmi.comments_from_learner._count'), 10) || 0, 250);
    return {
      entry: get('cmi.entry'),
      location: get('cmi.location'),
      suspendData: get('cmi.suspend_data'),
      completionStatus: get('cmi.completion_status'),
      successStatus: get('cmi.success_status'),
      learnerName: get('cmi.learner_name'),
      interactionCount: Number.parseInt(get('cmi.interactions._count'), 10) || 0,
      comments: Array.from({ length: commentCount }, (_, index) => ({
        location: get(`cmi.comments_from_learner.${index}.location`),
        comment: get(`cmi.comments_from_learner.${index}.comment`),
      })),
      comments12: '',
    };
  }
  const lessonStatus = get('cmi.core.lesson_status');
  return {
    entry: get('cmi.core.entry'),
    location: get('cmi.core.lesson_location'),
    suspendData: get('cmi.suspend_data'),
    completionStatus: ['completed', 'passed', 'failed'].includes(lessonStatus) ? 'completed' : lessonStatus,
    successStatus: lessonStatus === 'passed' ? 'passed' : lessonStatus === 'failed' ? 'failed' : 'unknown',
    learnerName: learnerName12(get('cmi.core.student_name')),
    interactionCount: Number.parseInt(get('cmi.interactions._count'), 10) || 0,
    comments: [],
    comments12: get('cmi.comments'),
  };
}

/** SCORM 1.2 names are usually "Last, First"; people read "First Last". */
function learnerName12(name: string): string {
  const [last, first, ...rest] = name.split(',').map((part) => part.trim());
  return first && rest.length === 0 ? `${first} ${last}` : name.trim();
}

export interface LmsSession {
  /**
   * Writes every value that differs from what was last written (score, status and exit wait for
   * the commit), then asks for a (coalesced) commit.
   */
  update(values: readonly CmiValue[]): void;
  /** Writes and commits now (the page is being hidden). */
  flush(values: readonly CmiValue[]): void;
  /** Writes, then ends the session; further calls do nothing. */
  terminate(values: readonly CmiValue[]): void;
  /** Values treated as already in the LMS (from an earlier session). */
  assumeWritten(values: readonly CmiValue[]): void;
  readonly commitCount: number;
  readonly terminated: boolean;
}

export function createLmsSession(connection: ScormConnection, options: LmsSessionOptions = {}): LmsSession {
  const timers = options.timers ?? browserTimers;
  const interval = options.commitIntervalMs ?? 3_000;
  const written = new Map<string, string>();
  let latest: readonly CmiValue[] = [];
  let lastCommitAt = Number.NEGATIVE_INFINITY;
  let commitTimer: unknown;
  let failures = 0;
  let commits = 0;
  let terminated = false;
  let status: SaveStatus = 'saved';

  const setStatus = (next: SaveStatus) => {
    if (next === status) return;
    status = next;
    options.onStatus?.(next);
  };

  const report = (operation: string) => options.onError?.(operation, connection.lastError());

  /** Returns false if any value could not be set; those stay unwritten and are retried. */
  const writeChanged = (values: readonly CmiValue[]): boolean => {
    let allSet = true;
    for (const [element, value] of values) {
      if (written.get(element) === value) continue;
      if (connection.setValue(element, value)) written.set(element, value);
      else {
        allSet = false;
        report(`SetValue ${element}`);
      }
    }
    return allSet;
  };

  const hasUnwritten = () => latest.some(([element, value]) => written.get(element) !== value);

  const scheduleCommit = (delay: number) => {
    if (commitTimer !== undefined || terminated) return;
    commitTimer = timers.setTimeout(() => {
      commitTimer = undefined;
      commitNow();
    }, Math.max(0, delay));
  };

  const withSessionTime = (values: readonly CmiValue[]): readonly CmiValue[] => (options.sessionTime ? [options.sessionTime(), ...values] : values);

  const commitNow = () => {
    if (terminated) return;
    if (commitTimer !== undefined) {
      timers.clearTimeout(commitTimer);
      commitTimer = undefined;
    }
    const allSet = writeChanged(withSessionTime(latest));
    commits += 1;
    lastCommitAt = timers.now();
    const committed = connection.commit();
    if (!committed) report('Commit');
    if (committed && allSet) {
      failures = 0;
      setStatus(hasUnwritten() ? 'pending' : 'saved');
      return;
    }
    setStatus('failing');
    const delay = retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)] ?? 30_000;
    failures += 1;
    scheduleCommit(delay);
  };

  return {
    get commitCount() {
      return commits;
    },
    get terminated() {
      return terminated;
    },
    assumeWritten(values) {
      for (const [element, value] of values) written.set(element, value);
    },
    update(values) {
      if (terminated) return;
      latest = values;
      if (!hasUnwritten()) return;
      const allSet = writeChanged(values.filter(([element]) => !outcomeElements.test(element)));
      if (!allSet) setStatus('failing');
      else if (status === 'saved') setStatus('pending');
      scheduleCommit(failures > 0 ? (retryDelaysMs[Math.min(failures - 1, retryDelaysMs.length - 1)] ?? 30_000) : lastCommitAt + interval - timers.now());
    },
    flush(values) {
      if (terminated) return;
      latest = values;
      commitNow();
    },
    terminate(values) {
      if (terminated) return;
      latest = values;
      writeChanged(withSessionTime(values));
      if (commitTimer !== undefined) timers.clearTimeout(commitTimer);
      commitTimer = undefined;
      // SCORM 2004: Terminate commits, and some LMSes answer a Commit just before it with
      // error 391. SCORM 1.2 LMSes vary, so commit explicitly before LMSFinish.
      if (connection.standard === 'scorm12') {
        commits += 1;
        if (!connection.commit()) report('Commit');
      }
      terminated = true;
      if (!connection.terminate()) report('Terminate');
    },
  };
}
