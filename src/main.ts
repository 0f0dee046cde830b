import course from 'virtual:course';
import { startCourse } from './runtime/start-course.js';
import { startFacilitator } from './runtime/start-facilitator.js';
import { startAudience } from './runtime/start-audience.js';
import type { ScormStandard } from './tracking/scorm-api.js';

/** SCORM packages pin their standard in a `<meta>` (see src/build/html-page.ts). */
function pinnedLmsStandard(): ScormStandard | undefined {
  const pinned = document.querySelector<HTMLMetaElement>('meta[name="leading-innovation:lms"]')?.content;
  return pinned === 'scorm12' || pinned === 'scorm2004' ? pinned : undefined;
}

// ?mode=facilitator: a trainer's live session (no LMS); ?mode=audience: the screen it opens.
const mode = new URLSearchParams(location.search).get('mode');
const root = document.getElementById('course');
if (root && mode === 'facilitator') startFacilitator({ course, root });
else if (root && mode === 'audience') startAudience({ course, root });
else if (root) startCourse({ course, root, lmsStandard: pinnedLmsStandard() });
