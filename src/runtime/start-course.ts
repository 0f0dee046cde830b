import { createActor } from 'xstate';
import type { Course } from '../course/types.js';
import { courseMachine, type CourseActor } from '../machines/course.machine.js';
import { pageLocation, restoreProgress, type Progress } from '../machines/progress.js';
import { createLocalProgressStore, type LocalProgressStore } from '../tracking/local-progress-store.js';
import { findScormConnection } from '../tracking/api-discovery.js';
import { initializeWithRetry, readLaunchData, type Timers } from '../tracking/lms-session.js';
import type { ScormConnection, ScormError, ScormStandard } from '../tracking/scorm-api.js';
import type { LiApp, Notice } from '../components/li-app.js';
import type { NoticeDismissEvent, ResumeChoiceEvent } from '../components/events.js';
import { createLmsTracking, resumeFromLms, type LmsTracking } from './lms-tracking.js';
import '../components/li-app.js';

export interface StartCourseOptions {
  readonly course: Course;
  /** The element the course renders into; its children are replaced. */
  readonly root: HTMLElement;
  readonly getStorage?: () => Storage;
  /** The standard a SCORM package was built for: only that API is looked for, and its absence is reported. */
  readonly lmsStandard?: ScormStandard;
  /** Where the LMS API search starts (this window by default). */
  readonly lmsWindow?: Window;
  readonly timers?: Timers;
  readonly commitIntervalMs?: number;
  readonly initializeRetryDelaysMs?: readonly number[];
  /** Errors the LMS reported (for the preview and tests; learners see only a quiet status). */
  readonly onLmsError?: (operation: string, error: ScormError) => void;
}

export interface RunningCourse {
  readonly app: LiApp;
  /** Resolves once the learner is in the course (after the resume choice, if one was offered). */
  readonly actor: Promise<CourseActor>;
  /** Resolves to the LMS tracking when the course runs in an LMS, or undefined when it runs locally. */
  readonly tracking: Promise<LmsTracking | undefined>;
}

/**
 * Wires the course together. In an LMS: launch data → restored progress → course actor → app,
 * with the LMS record kept in step. Without one: device storage → resume choice → course actor.
 */
export function startCourse(options: StartCourseOptions): RunningCourse {
  const { course, root } = options;
  const app = document.createElement('li-app');
  app.course = course;
  app.addEventListener('notice-dismiss', (event: NoticeDismissEvent) => {
    app.notices = app.notices.filter((notice) => notice.id !== event.noticeId);
  });
  root.replaceChildren(app);

  const connection = findScormConnection(options.lmsWindow ?? window, options.lmsStandard ? [options.lmsStandard] : ['scorm2004', 'scorm12']);
  const started = (async () => {
    if (connection && (await initializeWithRetry(connection, options.timers, options.initializeRetryDelaysMs))) {
      return runInLms(app, connection, options);
    }
    const expectedLms = Boolean(connection || options.lmsStandard);
    const notices: Notice[] = expectedLms ? [{ id: 'lms-unavailable', text: course.strings.noticeLmsUnavailable }] : [];
    return { actor: await runLocally(app, options, notices), tracking: undefined };
  })();
  return { app, actor: started.then((result) => result.actor), tracking: started.then((result) => result.tracking) };
}

function runInLms(app: LiApp, connection: ScormConnection, options: StartCourseOptions): { actor: CourseActor; tracking: LmsTracking } {
  const { course } = options;
  const launch = readLaunchData(connection);
  const resume = resumeFromLms(course, launch);
  app.notices = resume.unreadable ? [{ id: 'lms-corrupt-progress', text: course.strings.noticeLmsCorruptProgress }] : [];
  app.learnerName = resume.learnerName;
  app.inLms = true;
  const tracking = createLmsTracking({
    connection,
    course,
    launch,
    reporting: course.lms,
    timers: options.timers,
    commitIntervalMs: options.commitIntervalMs,
    onStatus: (status) => (app.saveStatus = status),
    onError: options.onLmsError,
  });
  const actor = createActor(courseMachine, { input: { course, progress: resume.progress } });
  actor.start();
  tracking.attach(actor);
  noteCompletionDay(actor, options.timers);
  app.actor = actor;
  app.addEventListener('exit-request', () => {
    tracking.exit();
    app.exited = true;
  });
  return { actor, tracking };
}

async function runLocally(app: LiApp, options: StartCourseOptions, notices: Notice[]): Promise<CourseActor> {
  const { course } = options;
  const store = createLocalProgressStore(options.getStorage ?? (() => window.localStorage), course.id);
  const stored = store.load();
  let saved: Progress | undefined;
  if (stored.kind === 'unreadable') notices.push({ id: 'corrupt-progress', text: course.strings.noticeCorruptProgress });
  if (stored.kind === 'unavailable') notices.push({ id: 'storage-unavailable', text: course.strings.noticeStorageUnavailable });
  if (stored.kind === 'found') saved = restoreProgress(course, stored.progress).progress;
  app.notices = notices;
  const progress = hasMeaningfulProgress(saved) ? await askToResume(app, course, saved, store) : saved;
  return runWithLocalStore(app, course, progress, store);
}

function runWithLocalStore(app: LiApp, course: Course, progress: Progress | undefined, store: LocalProgressStore): CourseActor {
  const actor = createActor(courseMachine, { input: { course, progress } });
  // Save on change only: unreadable data already in storage stays there until the learner acts.
  let lastSaved = actor.getSnapshot().context.progress;
  actor.subscribe((snapshot) => {
    if (snapshot.context.progress === lastSaved) return;
    lastSaved = snapshot.context.progress;
    store.save(lastSaved);
  });
  actor.start();
  noteCompletionDay(actor);
  app.actor = actor;
  return actor;
}

/** The day the course is first complete, for the certificate: the machine is pure, so the clock is read here. */
function noteCompletionDay(actor: CourseActor, timers?: Timers): void {
  const check = () => {
    const snapshot = actor.getSnapshot();
    if (!snapshot.matches({ progress: 'complete' }) || snapshot.context.progress.completedOn) return;
    const now = new Date(timers?.now() ?? Date.now());
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    actor.send({ type: 'completion.date', day });
  };
  actor.subscribe(check);
  check();
}

function askToResume(app: LiApp, course: Course, saved: Progress, store: LocalProgressStore): Promise<Progress | undefined> {
  app.resumeAt = pageLocation(course, saved.pageId)?.page.title ?? '';
  return new Promise((resolve) => {
    app.addEventListener(
      'resume-choice',
      (event: ResumeChoiceEvent) => {
        app.resumeAt = '';
        if (event.choice === 'resume') {
          resolve(saved);
          return;
        }
        store.clear();
        resolve(undefined);
      },
      { once: true },
    );
  });
}

function hasMeaningfulProgress(progress: Progress | undefined): progress is Progress {
  if (!progress) return false;
  return progress.visited.length > 1 || Object.keys(progress.answers).length > 0 || Object.keys(progress.reflections).length > 0;
}
