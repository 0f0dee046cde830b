import course from 'virtual:course';
import { startCourse } from './runtime/start-course.js';
import type { ScormStandard } from './tracking/scorm-api.js';

/** SCORM packages pin their standard in a `<meta>` (see src/build/html-page.ts). */
function pinnedLmsStandard(): ScormStandard | undefined {
  const pinned = document.querySelector<HTMLMetaElement>('meta[name="leading-innovation:lms"]')?.content;
  return pinned === 'scorm12' || pinned === 'scorm2004' ? pinned : undefined;
}

const root = document.getElementById('course');
if (root) {
  startCourse({
    course,
    root,
    facilitatorMode: new URLSearchParams(location.search).get('mode') === 'facilitator',
    lmsStandard: pinnedLmsStandard(),
  });
}
