/**
 * Facilitator mode: the course run by a trainer in front of a room. It never looks for an LMS (a
 * trainer's session is not a learner's attempt), keeps the trainer's place on this device apart
 * from any learner's progress, and keeps the audience window in step.
 */
import { createActor } from 'xstate';
import type { Course } from '../course/types.js';
import { courseMachine, type CourseActor } from '../machines/course.machine.js';
import { facilitatorMachine, type FacilitatorActor } from '../machines/facilitator.machine.js';
import { pageLocation, restoreProgress } from '../machines/progress.js';
import { sessionPlan } from '../course/session-plan.js';
import { createLocalProgressStore } from '../tracking/local-progress-store.js';
import { shownCharts, voteTargets } from '../components/vote-targets.js';
import type { LiFacilitator } from '../components/li-facilitator.js';
import { createAudienceLink, type AudienceLink, type AudienceState } from './audience-link.js';
import { commandForKeydown, presenterCommand, type PresenterCommand } from './presenter-keys.js';
import '../components/li-facilitator.js';

export interface StartFacilitatorOptions {
  readonly course: Course;
  readonly root: HTMLElement;
  readonly window?: Window;
  readonly getStorage?: () => Storage;
}

export interface RunningSession {
  readonly element: LiFacilitator;
  readonly actor: CourseActor;
  readonly facilitator: FacilitatorActor;
  readonly audience: AudienceLink;
  /** Ends the session's listeners and timers (the page is closing, or a test is done). */
  stop(): void;
}

/** How often the trainer's window checks whether the audience window is still open. */
const AUDIENCE_CHECK_MS = 1500;

export function startFacilitator(options: StartFacilitatorOptions): RunningSession {
  const { course, root } = options;
  const host = options.window ?? window;
  const store = createLocalProgressStore(options.getStorage ?? (() => host.localStorage), `${course.id}:facilitator`);
  const stored = store.load();
  const progress = stored.kind === 'found' ? restoreProgress(course, stored.progress).progress : undefined;
  const actor = createActor(courseMachine, { input: { course, progress } });
  actor.subscribe((snapshot) => store.save(snapshot.context.progress));
  actor.start();
  const facilitator = createActor(facilitatorMachine, { input: {} }).start();

  const element = document.createElement('li-facilitator');
  element.course = course;
  element.actor = actor;
  element.facilitator = facilitator;
  root.replaceChildren(element);
  host.document.title = `${course.strings.facilitatorTitle} – ${course.title}`;

  const run = (command: PresenterCommand) => {
    if (command === 'next' || command === 'back') actor.send({ type: command === 'next' ? 'page.next' : 'page.back' });
    if (command === 'blank') facilitator.send({ type: 'blank.toggle' });
    if (command === 'timer') facilitator.send({ type: 'timer.toggle' });
    if (command === 'help') element.showKeyHelp();
  };
  // What the room sees, as last sent: sent again only when it changes (reflections are the trainer's and never sent).
  let lastSent = '';
  const currentState = (): AudienceState => {
    const snapshot = actor.getSnapshot();
    const { progress } = snapshot.context;
    const session = facilitator.getSnapshot().context;
    return {
      progress: { ...progress, reflections: {} },
      completion: snapshot.matches({ view: 'completion' }),
      blank: session.blank,
      charts: shownCharts(voteTargets(course, progress, course.strings), session),
    };
  };
  const audience = createAudienceLink({
    course,
    window: host,
    // A window that (re)loads gets the state whether or not it changed.
    currentState: () => {
      const state = currentState();
      lastSent = JSON.stringify(state);
      return state;
    },
    onKey: (key) => {
      const command = presenterCommand(key);
      if (command) run(command);
    },
    onChange: () => (element.audienceOpen = audience.isOpen()),
  });
  const publish = () => {
    const state = currentState();
    const text = JSON.stringify(state);
    if (text === lastSent) return;
    lastSent = text;
    audience.publish(state);
  };
  actor.subscribe(publish);
  facilitator.subscribe(publish);
  followLessonWithTimer(course, actor, facilitator);
  element.addEventListener('audience-open', () => {
    audience.open();
    element.audienceOpen = audience.isOpen();
  });
  const audienceCheck = host.setInterval(() => (element.audienceOpen = audience.isOpen()), AUDIENCE_CHECK_MS);
  const onKeydown = (event: KeyboardEvent) => {
    const command = commandForKeydown(event);
    if (!command) return;
    event.preventDefault();
    run(command);
  };
  host.addEventListener('keydown', onKeydown);
  return {
    element,
    actor,
    facilitator,
    audience,
    stop() {
      host.removeEventListener('keydown', onKeydown);
      host.clearInterval(audienceCheck);
      audience.dispose();
      actor.stop();
      facilitator.stop();
    },
  };
}

/** The countdown follows the lesson in hand: set to its planned minutes when the trainer moves to another lesson. */
function followLessonWithTimer(course: Course, actor: CourseActor, facilitator: FacilitatorActor): void {
  let lessonInHand = '';
  const follow = () => {
    const lessonId = pageLocation(course, actor.getSnapshot().context.progress.pageId)?.lesson.id ?? '';
    if (lessonId === lessonInHand) return;
    lessonInHand = lessonId;
    const item = sessionPlan(course, facilitator.getSnapshot().context.lengthId).items.find(
      (candidate) => candidate.kind === 'lesson' && candidate.lessonId === lessonId,
    );
    if (item?.kind === 'lesson') facilitator.send({ type: 'timer.set', activityId: item.lessonId, minutes: item.minutes });
  };
  actor.subscribe(follow);
  follow();
}
