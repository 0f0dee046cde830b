/**
 * One launch of the course on scorm-again: builds the API object for the chosen standard, fills
 * it from the stored record as an LMS does before a launch, and wraps each SCORM method so every
 * call is recorded (arguments, return value, error code) and each successful Commit or Terminate
 * stores the record.
 */
import type { ScormStandard } from './options.js';
import { isObject, recordFormat, sampleLearner, type PreviewRecord } from './record-store.js';

/** The part of a scorm-again API object the preview uses (its published typings resolve poorly). */
export interface ScormAgainApi {
  readonly cmi: { getCurrentTotalTime(): string } & Record<string, unknown>;
  lastErrorCode: string;
  isInitialized(): boolean;
  isTerminated(): boolean;
  loadFromJSON(json: Record<string, unknown>, CMIElement?: string): void;
  renderCMIToJSONObject(): Record<string, unknown>;
  getLmsErrorMessageDetails(errorNumber: number | string, detail?: boolean): string;
  on(listenerName: string, callback: (...args: unknown[]) => void): void;
}

export type ScormAgainSettings = Record<string, unknown>;
export type ScormAgainApiClass = new (settings: ScormAgainSettings) => ScormAgainApi;

/** Loads only the chosen standard's scorm-again build (each is a chunk of its own). */
export async function loadScormAgain(standard: ScormStandard): Promise<ScormAgainApiClass> {
  // The ESM builds export the classes by name; the package's typings claim a default export.
  if (standard === 'scorm12') {
    const module = (await import('scorm-again/scorm12')) as unknown as { Scorm12API: ScormAgainApiClass };
    return module.Scorm12API;
  }
  const module = (await import('scorm-again/scorm2004')) as unknown as { Scorm2004API: ScormAgainApiClass };
  return module.Scorm2004API;
}

/** The window property a SCO looks for (SCORM 1.2 RTE 3.3.6.1; SCORM 2004 RTE 3.1.2.1). */
export const apiGlobalName: Readonly<Record<ScormStandard, 'API' | 'API_1484_11'>> = {
  scorm12: 'API',
  scorm2004: 'API_1484_11',
};

interface MethodNames {
  readonly initialize: string;
  readonly terminate: string;
  readonly getValue: string;
  readonly setValue: string;
  readonly commit: string;
  readonly getLastError: string;
  readonly getErrorString: string;
  readonly getDiagnostic: string;
}

export const methodNames: Readonly<Record<ScormStandard, MethodNames>> = {
  scorm12: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
    getErrorString: 'LMSGetErrorString',
    getDiagnostic: 'LMSGetDiagnostic',
  },
  scorm2004: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
    getErrorString: 'GetErrorString',
    getDiagnostic: 'GetDiagnostic',
  },
};

/** One call the course made to the API. */
export interface ApiCall {
  /** 1, 2, 3… across the page's whole life (every launch). */
  readonly index: number;
  /** Which launch of the course made it (1 for the first). */
  readonly launch: number;
  readonly method: string;
  readonly args: readonly string[];
  /** What the API returned to the course. */
  readonly result: string;
  /** GetLastError right after the call: 0 when it succeeded (always 0 for the GetLastError family). */
  readonly errorCode: number;
  /** scorm-again's text for `errorCode`; empty when 0. */
  readonly errorText: string;
  /** Milliseconds since the launch began. */
  readonly elapsedMs: number;
}

/** Something scorm-again logged at warning or error level, or a problem the preview itself hit. */
export interface LmsMessage {
  readonly level: 'error' | 'warning';
  readonly source: 'scorm-again' | 'preview';
  readonly text: string;
  readonly launch: number;
  /** The call being made when it was logged, if any. */
  readonly callIndex: number | undefined;
}

export interface LmsSessionHooks {
  /** Next index for an API call (shared by every launch of the page). */
  nextCallIndex(): number;
  onCall(call: ApiCall): void;
  onMessage(message: Omit<LmsMessage, 'launch'>): void;
  /** After a successful Commit or Terminate: store this record. */
  onStore(record: PreviewRecord): void;
}

export type LaunchEntry = 'ab-initio' | 'resume' | '';

export interface LmsSessionOptions {
  readonly standard: ScormStandard;
  readonly apiClass: ScormAgainApiClass;
  /** The stored record to continue from, if any. */
  readonly record: PreviewRecord | undefined;
  readonly launch: number;
  readonly hooks: LmsSessionHooks;
  readonly now?: () => number;
}

export class LmsSession {
  readonly standard: ScormStandard;
  readonly launch: number;
  readonly api: ScormAgainApi;
  /** cmi.entry (1.2: cmi.core.entry) this launch gave the course. */
  readonly entry: LaunchEntry;
  /** Launches on the record, this one included. */
  readonly recordLaunches: number;
  private readonly hooks: LmsSessionHooks;
  private readonly now: () => number;
  private readonly startedAt: number;
  private currentCall: number | undefined;
  private retired = false;

  constructor(options: LmsSessionOptions) {
    this.standard = options.standard;
    this.launch = options.launch;
    this.hooks = options.hooks;
    this.now = options.now ?? (() => Date.now());
    this.startedAt = this.now();
    this.recordLaunches = (options.record?.launches ?? 0) + 1;
    this.api = new options.apiClass({
      autocommit: false,
      lmsCommitUrl: false,
      useAsynchronousCommits: false,
      enableOfflineSupport: false,
      logLevel: 'WARN',
      onLogMessage: (level: unknown, text: unknown) => this.logged(level, text),
    });
    this.entry = this.fill(options.record);
    this.api.on('CommitError', (errorCode: unknown) => {
      this.hooks.onMessage({ level: 'error', source: 'scorm-again', text: `Commit failed with error ${String(errorCode)}.`, callIndex: this.currentCall });
    });
    this.instrument();
  }

  /** The SCO's session began and has not ended: Initialize succeeded, Terminate not yet. */
  get open(): boolean {
    return this.api.isInitialized();
  }

  get terminated(): boolean {
    return this.api.isTerminated();
  }

  /** Stops this session storing anything (a later launch or a new attempt has replaced it). */
  retire(): void {
    this.retired = true;
  }

  /** The data model, flattened: `cmi.location` → value, in scorm-again's order. */
  cmiValues(): Map<string, string> {
    const values = new Map<string, string>();
    const cmi = this.renderCmi(false);
    flatten(cmi, 'cmi', values);
    return values;
  }

  /** The record an LMS would keep now: the data model with this session's time added to the total. */
  toRecord(savedAt: string): PreviewRecord {
    return { format: recordFormat, version: 1, standard: this.standard, savedAt, launches: this.recordLaunches, cmi: this.renderCmi(true) };
  }

  private renderCmi(accumulateTime: boolean): Record<string, unknown> {
    const rendered = this.api.renderCMIToJSONObject()['cmi'];
    const cmi = isObject(rendered) ? rendered : {};
    const core = cmi['core'];
    const totalTime = accumulateTime ? this.api.cmi.getCurrentTotalTime() : undefined;
    if (this.standard === 'scorm12' && isObject(core)) {
      // scorm-again leaves cmi.core.total_time out of its JSON; an LMS record needs it.
      const current = (this.api.cmi['core'] as Record<string, unknown> | undefined)?.['total_time'];
      core['total_time'] = totalTime ?? (typeof current === 'string' ? current : '');
    } else if (totalTime !== undefined) {
      cmi['total_time'] = totalTime;
    }
    return cmi;
  }

  /** Puts the learner and the stored record into the data model, as the LMS does before launch. */
  private fill(record: PreviewRecord | undefined): LaunchEntry {
    const scorm12 = this.standard === 'scorm12';
    let entry: LaunchEntry = 'ab-initio';
    const cmi: Record<string, unknown> = record ? (structuredClone(record.cmi) as Record<string, unknown>) : {};
    const core: Record<string, unknown> = scorm12 ? (isObject(cmi['core']) ? cmi['core'] : {}) : cmi;
    if (record) {
      // A suspended attempt resumes; any other ending keeps the data but is not a resume.
      entry = core['exit'] === 'suspend' ? 'resume' : '';
      // Write-only values belong to the session that set them.
      delete core['exit'];
      delete core['session_time'];
    }
    core['entry'] = entry;
    if (scorm12) {
      core['student_id'] = sampleLearner.id;
      core['student_name'] = sampleLearner.nameLastFirst;
      core['credit'] = typeof core['credit'] === 'string' && core['credit'] !== '' ? core['credit'] : 'credit';
      core['lesson_mode'] = typeof core['lesson_mode'] === 'string' && core['lesson_mode'] !== '' ? core['lesson_mode'] : 'normal';
      cmi['core'] = core;
    } else {
      cmi['learner_id'] = sampleLearner.id;
      cmi['learner_name'] = sampleLearner.name;
    }
    this.api.loadFromJSON({ cmi });
    return entry;
  }

  private instrument(): void {
    const names = methodNames[this.standard];
    const errorFamily = new Set([names.getLastError, names.getErrorString, names.getDiagnostic]);
    const storing = new Set([names.commit, names.terminate]);
    const target = this.api as unknown as Record<string, unknown>;
    for (const method of Object.values(names)) {
      const original = target[method];
      if (typeof original !== 'function') {
        this.hooks.onMessage({ level: 'error', source: 'preview', text: `scorm-again has no ${method} method.`, callIndex: undefined });
        continue;
      }
      target[method] = (...args: unknown[]): unknown => {
        const index = this.hooks.nextCallIndex();
        // SCORM sets the error code on every call but the GetLastError family, 0 when it succeeds.
        // scorm-again 3.4.3 can leave an earlier GetValue's 403 in place after a later GetValue
        // succeeds; an LMS would not, so the preview starts each call from "no error".
        if (!errorFamily.has(method)) this.api.lastErrorCode = '0';
        const outer = this.currentCall;
        this.currentCall = index;
        let result: unknown;
        try {
          result = (original as (...parameters: unknown[]) => unknown).apply(this.api, args);
        } catch (error) {
          this.hooks.onMessage({
            level: 'error',
            source: 'scorm-again',
            text: `${method} threw: ${error instanceof Error ? error.message : String(error)}`,
            callIndex: index,
          });
          this.record(index, method, args, '(threw)', errorFamily.has(method));
          throw error;
        } finally {
          this.currentCall = outer;
        }
        this.record(index, method, args, result, errorFamily.has(method));
        if (storing.has(method) && String(result) === 'true' && !this.retired) this.hooks.onStore(this.toRecord(new Date(this.now()).toISOString()));
        return result;
      };
    }
  }

  private record(index: number, method: string, args: readonly unknown[], result: unknown, errorFamily: boolean): void {
    const code = errorFamily ? 0 : Number(this.api.lastErrorCode) || 0;
    this.hooks.onCall({
      index,
      launch: this.launch,
      method,
      args: args.map((argument) => String(argument)),
      result: String(result),
      errorCode: code,
      errorText: code === 0 ? '' : this.api.getLmsErrorMessageDetails(code),
      elapsedMs: this.now() - this.startedAt,
    });
  }

  private logged(level: unknown, text: unknown): void {
    const message = String(text);
    // scorm-again logs each SCORM error twice: "throwSCORMError : 405: …" then "SCORM Error 405: … [Element: …]". Keep the second.
    if (/^throwSCORMError\b/.test(message)) return;
    const numeric = logLevelNumber(level);
    if (numeric < 3) return;
    this.hooks.onMessage({ level: numeric >= 4 ? 'error' : 'warning', source: 'scorm-again', text: message.trim(), callIndex: this.currentCall });
  }
}

/** scorm-again's log levels: 1 debug, 2 info, 3 warn, 4 error (as numbers or names). */
export function logLevelNumber(level: unknown): number {
  if (typeof level === 'number') return level;
  switch (String(level).toUpperCase()) {
    case '1':
    case 'DEBUG':
      return 1;
    case '2':
    case 'INFO':
      return 2;
    case '3':
    case 'WARN':
      return 3;
    default:
      return 4;
  }
}

/** `{ core: { lesson_status: 'x' } }` → `cmi.core.lesson_status = x`; empty collections left out. */
export function flatten(value: unknown, path: string, into: Map<string, string>): void {
  if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, `${path}.${key}`, into);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((child, index) => flatten(child, `${path}.${index}`, into));
    return;
  }
  into.set(path, value === null || value === undefined ? '' : String(value));
}
