import { apiObjectName, connectScorm12, connectScorm2004, type Scorm12ApiObject, type Scorm2004ApiObject, type ScormConnection, type ScormStandard } from './scorm-api.js';

/** How far up the frame tree to look, as ADL's sample discovery code does. */
const maxFrameDepth = 7;

/**
 * Finds the LMS's API object: this window and its parents (up to 7 levels), then the same walk
 * from `window.opener` (ADL SCORM 2004 4th Ed. RTE 3.1.2.1; SCORM 1.2 RTE 3.3.6.1). Frames from
 * another origin are skipped, never fatal. `standards` lists which APIs to accept, in order of
 * preference.
 */
export function findScormConnection(start: Window, standards: readonly ScormStandard[]): ScormConnection | undefined {
  for (const standard of standards) {
    const api = findApiObject(start, apiObjectName[standard]);
    if (api) return standard === 'scorm12' ? connectScorm12(api as Scorm12ApiObject) : connectScorm2004(api as Scorm2004ApiObject);
  }
  return undefined;
}

function findApiObject(start: Window, name: string): unknown {
  const fromFrames = searchUp(start, name);
  if (fromFrames) return fromFrames;
  const opener = readProperty(start, 'opener');
  return opener ? searchUp(opener as Window, name) : undefined;
}

function searchUp(start: Window, name: string): unknown {
  let current: Window = start;
  for (let depth = 0; depth <= maxFrameDepth; depth += 1) {
    const api = readProperty(current, name);
    if (api && typeof api === 'object') return api;
    const parent = readProperty(current, 'parent') as Window | undefined;
    if (!parent || parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

/** Reading a property of a window from another origin throws; that just means "not here". */
function readProperty(target: Window, name: string): unknown {
  try {
    return (target as unknown as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}
