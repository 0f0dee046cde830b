import course from 'virtual:course';
import { startCourse } from './runtime/start-course.js';

const root = document.getElementById('course');
if (root) {
  startCourse({ course, root, facilitatorMode: new URLSearchParams(location.search).get('mode') === 'facilitator' });
}
