/**
 * The two SCORM run-time APIs behind one interface. Each package talks only to its own
 * standard's API object (a 1.2 package uses `API` even where the LMS also offers
 * `API_1484_11`). Every call is guarded: an LMS API that throws counts as a failed call.
 */

export type ScormStandard = 'scorm12' | 'scorm2004';

export interface ScormError {
  readonly code: number;
  readonly message: string;
}

export interface ScormConnection {
  readonly standard: ScormStandard;
  initialize(): boolean;
  terminate(): boolean;
  getValue(element: string): string;
  setValue(element: string, value: string): boolean;
  commit(): boolean;
  lastError(): ScormError;
}

/** The SCORM 1.2 API object (ADL SCORM 1.2 RTE, section 3.3). */
export interface Scorm12ApiObject {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** The SCORM 2004 API object (SCORM 2004 4th Ed. RTE, section 3.1). */
export interface Scorm2004ApiObject {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

export const apiObjectName = { scorm12: 'API', scorm2004: 'API_1484_11' } as const satisfies Record<ScormStandard, string>;

export function connectScorm12(api: Scorm12ApiObject): ScormConnection {
  return connection('scorm12', {
    initialize: () => api.LMSInitialize(''),
    terminate: () => api.LMSFinish(''),
    getValue: (element) => api.LMSGetValue(element),
    setValue: (element, value) => api.LMSSetValue(element, value),
    commit: () => api.LMSCommit(''),
    lastError: () => api.LMSGetLastError(),
    errorString: (code) => api.LMSGetErrorString(code),
  });
}

export function connectScorm2004(api: Scorm2004ApiObject): ScormConnection {
  return connection('scorm2004', {
    initialize: () => api.Initialize(''),
    terminate: () => api.Terminate(''),
    getValue: (element) => api.GetValue(element),
    setValue: (element, value) => api.SetValue(element, value),
    commit: () => api.Commit(''),
    lastError: () => api.GetLastError(),
    errorString: (code) => api.GetErrorString(code),
  });
}

interface RawCalls {
  initialize(): unknown;
  terminate(): unknown;
  getValue(element: string): unknown;
  setValue(element: string, value: string): unknown;
  commit(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
}

function connection(standard: ScormStandard, raw: RawCalls): ScormConnection {
  const succeeded = (call: () => unknown): boolean => guard(() => String(call()) === 'true', false);
  return {
    standard,
    initialize: () => succeeded(raw.initialize),
    terminate: () => succeeded(raw.terminate),
    getValue: (element) => guard(() => String(raw.getValue(element) ?? ''), ''),
    setValue: (element, value) => succeeded(() => raw.setValue(element, value)),
    commit: () => succeeded(raw.commit),
    lastError: () =>
      guard(
        () => {
          const code = Number.parseInt(String(raw.lastError()), 10) || 0;
          return { code, message: code === 0 ? '' : String(raw.errorString(String(code)) ?? '') };
        },
        { code: 101, message: 'the LMS API threw an exception' },
      ),
  };
}

function guard<T>(call: () => T, fallback: T): T {
  try {
    return call();
  } catch {
    return fallback;
  }
}
