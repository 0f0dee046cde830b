/**
 * The audience window of a live session: opened by the trainer's window, it shows what that
 * window sends and nothing else. It makes no LMS calls and saves nothing.
 */
import { createActor } from 'xstate';
import type { Course } from '../course/types.js';
import { courseMachine, type CourseActor } from '../machines/course.machine.js';
import type { LiAudience } from '../components/li-audience.js';
import { connectToFacilitator } from './audience-link.js';
import { commandForKeydown } from './presenter-keys.js';
import '../components/li-audience.js';

const OPENER_CHECK_MS = 1500;

export function startAudience(options: { readonly course: Course; readonly root: HTMLElement; readonly window?: Window }): LiAudience {
  const { course, root } = options;
  const host = options.window ?? window;
  const element = document.createElement('li-audience');
  element.course = course;
  root.replaceChildren(element);
  host.document.title = `${course.strings.audienceTitle} – ${course.title}`;
  // Large type for a projector: the course's sizes are in rem, so the root size scales them all.
  host.document.documentElement.style.fontSize = 'clamp(20px, 12px + 1.5vw, 44px)';
  let current: CourseActor | undefined;
  const link = connectToFacilitator({
    course,
    window: host,
    onState: (state) => {
      // The trainer's state, rebuilt here: the page, answers and scenario paths as they have them.
      const actor = createActor(courseMachine, { input: { course, progress: state.progress } }).start();
      current?.stop();
      current = actor;
      element.actor = actor;
      element.blank = state.blank;
      element.completion = state.completion;
      element.charts = state.charts;
      element.connection = 'following';
    },
  });
  if (!link.connected) {
    element.connection = 'no-facilitator';
    return element;
  }
  // A clicker may be aimed at this window: its keys go to the trainer's. F asks for full screen.
  host.addEventListener('keydown', (event) => {
    if ((event.key === 'f' || event.key === 'F') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      void host.document.documentElement.requestFullscreen?.();
      return;
    }
    if (!commandForKeydown(event)) return;
    event.preventDefault();
    link.sendKey(event.key);
  });
  host.document.addEventListener('fullscreenchange', () => (element.fullScreen = host.document.fullscreenElement !== null));
  host.setInterval(() => {
    const opener = host.opener as Window | null;
    if (!opener || opener.closed) element.connection = 'closed';
  }, OPENER_CHECK_MS);
  return element;
}
