/**
 * A real SCORM runtime for tests: scorm-again's Scorm12API or Scorm2004API installed where the
 * course's API discovery finds it, recording every call and every error scorm-again logs.
 * `faults` can make chosen calls fail, the way a flaky LMS does; the record itself always lives
 * in scorm-again.
 */
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type { ScormStandard } from '../../src/tracking/scorm-api.js';

export interface Faults {
  /** Calls (by method name) that fail this many more times. */
  failNext: Record<string, number>;
}

export interface LmsHarness {
  readonly standard: ScormStandard;
  readonly calls: string[];
  readonly errors: string[];
  readonly faults: Faults;
  /** Reads a value straight from the runtime, bypassing the course (only while the session is open). */
  value(element: string): string;
  /** A value of the stored record by its path under `cmi`, readable after Terminate too, e.g. `core.lesson_status`. */
  stored(path: string): unknown;
  count(method: string): number;
  remove(): void;
}

type ApiMethods = Record<string, (...args: string[]) => string>;
type RuntimeClass = new (settings: object) => unknown;

// The ESM builds export the classes by name; the published typings declare default exports.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: RuntimeClass };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: RuntimeClass };

export function installLms(standard: ScormStandard, preload?: Record<string, unknown>): LmsHarness {
  const errors: string[] = [];
  const settings = {
    autocommit: false,
    lmsCommitUrl: false as const,
    logLevel: 4 as const,
    onLogMessage: (level: unknown, message: string) => {
      if (Number(level) >= 4 || String(level).toLowerCase() === 'error') errors.push(message);
    },
  };
  const runtime = (standard === 'scorm2004' ? new Scorm2004API(settings) : new Scorm12API(settings)) as unknown as ApiMethods & {
    loadFromJSON(json: Record<string, unknown>): void;
    cmi: unknown;
  };
  if (preload) runtime.loadFromJSON(preload);
  const calls: string[] = [];
  const faults: Faults = { failNext: {} };
  const api: Record<string, unknown> = {};
  const methods =
    standard === 'scorm2004'
      ? ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic']
      : ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'];
  for (const method of methods) {
    api[method] = (...args: string[]) => {
      calls.push(`${method}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`);
      const failures = faults.failNext[method] ?? 0;
      if (failures > 0) {
        faults.failNext[method] = failures - 1;
        return 'false';
      }
      return (runtime[method] as (...callArgs: string[]) => string).apply(runtime, args);
    };
  }
  const name = standard === 'scorm2004' ? 'API_1484_11' : 'API';
  Object.assign(window, { [name]: api });
  const get = standard === 'scorm2004' ? 'GetValue' : 'LMSGetValue';
  return {
    standard,
    calls,
    errors,
    faults,
    value: (element) => (runtime[get] as (element: string) => string).call(runtime, element),
    stored: (path) =>
      path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), JSON.parse(JSON.stringify(runtime.cmi))),
    count: (method) => calls.filter((call) => call.startsWith(`${method}(`)).length,
    remove: () => {
      delete (window as unknown as Record<string, unknown>)[name];
    },
  };
}
