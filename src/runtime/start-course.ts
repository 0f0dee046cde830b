import { createActor } from 'xstate';
import type { Course } from '../course/types.js';
import { courseMachine, type CourseActor } from '../machines/course.machine.js';
import { pageLocation, restoreProgress, type Progress } from '../machines/progress.js';
import { createLocalProgressStore, type LocalProgressStore } from '../tracking/local-progress-store.js';
import type { LiApp, Notice } from '../components/li-app.js';
import type { NoticeDismissEvent, ResumeChoiceEvent } from '../components/events.js';
import '../components/li-app.js';

export interface StartCourseOptions {
  readonly course: Course;
  /** The element the course renders into; its children are replaced. */
  readonly root: HTMLElement;
  readonly getStorage?: () => Storage;
  readonly facilitatorMode?: boolean;
}

export interface RunningCourse {
  readonly app: LiApp;
  /** Resolves once the learner is in the course (after the resume choice, if one was offered). */
  readonly actor: Promise<CourseActor>;
}

/** Wires the course together: storage → restored progress → course actor → app shell. */
export function startCourse(options: StartCourseOptions): RunningCourse {
  const { course, root } = options;
  const store = createLocalProgressStore(options.getStorage ?? (() => window.localStorage), course.id);
  const app = document.createElement('li-app');
  app.course = course;
  app.facilitatorMode = options.facilitatorMode ?? false;
  app.addEventListener('notice-dismiss', (event: NoticeDismissEvent) => {
    app.notices = app.notices.filter((notice) => notice.id !== event.noticeId);
  });
  root.replaceChildren(app);

  const stored = store.load();
  const notices: Notice[] = [];
  let saved: Progress | undefined;
  if (stored.kind === 'unreadable') notices.push({ id: 'corrupt-progress', text: course.strings.noticeCorruptProgress });
  if (stored.kind === 'unavailable') notices.push({ id: 'storage-unavailable', text: course.strings.noticeStorageUnavailable });
  if (stored.kind === 'found') saved = restoreProgress(course, stored.progress).progress;
  app.notices = notices;

  const actor = hasMeaningfulProgress(saved)
    ? askToResume(app, course, saved, store)
    : Promise.resolve(saved);
  return { app, actor: actor.then((progress) => runCourse(app, course, progress, store)) };
}

function runCourse(app: LiApp, course: Course, progress: Progress | undefined, store: LocalProgressStore): CourseActor {
  const actor = createActor(courseMachine, { input: { course, progress } });
  // Save on change only: unreadable data already in storage stays there until the learner acts.
  let lastSaved = actor.getSnapshot().context.progress;
  actor.subscribe((snapshot) => {
    if (snapshot.context.progress === lastSaved) return;
    lastSaved = snapshot.context.progress;
    store.save(lastSaved);
  });
  actor.start();
  app.actor = actor;
  return actor;
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
