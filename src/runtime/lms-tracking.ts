/**
 * Keeps the LMS record in step with the course actor: projects each new snapshot to SCORM
 * values, remembers when answers and reflections changed (for interaction timestamps and
 * latency), and ends the session when the page goes away.
 */
import type { Course, LmsReporting } from '../course/types.js';
import type { CourseActor } from '../machines/course.machine.js';
import type { Progress } from '../machines/progress.js';
import { restoreProgress } from '../machines/restore.js';
import {
  cmiValues,
  interactionKeys,
  interactionResponses,
  learnerNotes,
  learnerNotesLocation,
  reflectionsFromComments12,
  fromLocalizedString,
  sessionTimeValue,
  type AnswerTiming,
  type LmsStartingPoint,
} from '../tracking/lms-record.js';
import { createLmsSession, readLaunchData, browserTimers, type LaunchData, type SaveStatus, type Timers } from '../tracking/lms-session.js';
import type { ScormConnection, ScormError } from '../tracking/scorm-api.js';
import { scormIdentifier } from '../tracking/scorm-formats.js';
import { decodeSuspendData, encodeSuspendData } from '../tracking/suspend-data.js';

export interface LmsResume {
  /** Progress to resume from, or undefined for a fresh start. */
  readonly progress: Progress | undefined;
  /** The LMS held suspend_data that could not be read. */
  readonly unreadable: boolean;
  readonly learnerName: string;
}

/** Reads the launch data into progress to resume from; reflections come from the LMS comments. */
export function resumeFromLms(course: Course, launch: LaunchData): LmsResume {
  const reflections = reflectionsFromLaunch(launch);
  const decoded = decodeSuspendData(course, launch.suspendData);
  const learnerName = launch.learnerName.trim();
  if (decoded.kind === 'unreadable') return { progress: undefined, unreadable: true, learnerName };
  if (decoded.kind === 'empty' && Object.keys(reflections).length === 0) return { progress: undefined, unreadable: false, learnerName };
  const saved = decoded.kind === 'decoded' && typeof decoded.saved === 'object' && decoded.saved !== null ? decoded.saved : {};
  const { [learnerNotesLocation]: notesJson, ...reflectionTexts } = reflections;
  const { progress } = restoreProgress(course, { ...saved, ...parseLearnerNotes(notesJson), reflections: reflectionTexts });
  return { progress, unreadable: false, learnerName };
}

/** The learner's notes comment, read as untrusted JSON: anything unreadable is simply not restored. */
function parseLearnerNotes(json: string | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function reflectionsFromLaunch(launch: LaunchData): Record<string, string> {
  if (launch.comments12) return reflectionsFromComments12(launch.comments12);
  const reflections: Record<string, string> = {};
  for (const { location, comment } of launch.comments) {
    if (comment && !Object.hasOwn(reflections, location)) reflections[location] = fromLocalizedString(comment);
  }
  return reflections;
}

export interface LmsTrackingOptions {
  readonly connection: ScormConnection;
  readonly course: Course;
  readonly launch: LaunchData;
  readonly reporting: LmsReporting;
  readonly timers?: Timers;
  readonly commitIntervalMs?: number;
  readonly onStatus?: (status: SaveStatus) => void;
  readonly onError?: (operation: string, error: ScormError) => void;
}

export interface LmsTracking {
  attach(actor: CourseActor): void;
  /** Writes everything and ends the session (explicit exit, or the page going away). */
  exit(): void;
  readonly commitCount: number;
}

export function createLmsTracking(options: LmsTrackingOptions): LmsTracking {
  const { connection, course, launch } = options;
  const timers = options.timers ?? browserTimers;
  const startedAt = timers.now();
  const session = createLmsSession(connection, {
    timers,
    commitIntervalMs: options.commitIntervalMs,
    onStatus: options.onStatus,
    onError: options.onError,
    sessionTime: () => sessionTimeValue(connection.standard, timers.now() - startedAt),
  });
  const startingPoint: LmsStartingPoint = {
    completed: launch.completionStatus === 'completed',
    passed: launch.successStatus === 'passed',
  };
  const answerTimings: Record<string, AnswerTiming> = {};
  // Interaction indexes are fixed by first report. SCORM 2004 gives back the ids an earlier
  // session wrote; SCORM 1.2 cannot, so its resumed order is the natural one.
  const interactionOrder: string[] = [];
  // Comment indexes, like interaction indexes, are fixed by first report.
  const noteOrder: string[] = launch.comments.map((comment) => comment.location);
  const reflectionTimes: Record<string, number> = {};
  let actor: CourseActor | undefined;
  let pageOpenedAt = startedAt;
  let previous: Progress | undefined;

  const values = (progress: Progress) =>
    cmiValues(connection.standard, {
      course,
      progress,
      suspendData: encodeSuspendData(course, progress),
      answerTimings,
      interactionOrder,
      noteOrder,
      reflectionTimes,
      startingPoint,
      options: options.reporting,
    });

  const current = () => actor?.getSnapshot().context.progress;

  const noteChanges = (progress: Progress) => {
    const now = timers.now();
    if (previous && progress.pageId !== previous.pageId) pageOpenedAt = now;
    const before = previous ? interactionResponses(course, previous) : new Map<string, unknown>();
    for (const [key, response] of interactionResponses(course, progress)) {
      if (before.get(key) !== response) answerTimings[key] = { timestamp: now, latencyMs: now - pageOpenedAt };
    }
    for (const key of interactionKeys(course, progress)) if (!interactionOrder.includes(key)) interactionOrder.push(key);
    const earlierNotes = new Map(previous ? learnerNotes(course, previous) : []);
    for (const [location, text] of learnerNotes(course, progress)) {
      if (previous && earlierNotes.get(location) !== text) reflectionTimes[location] = now;
      if (!noteOrder.includes(location)) noteOrder.push(location);
    }
    previous = progress;
  };

  const onPageHide = () => tracking.exit();
  const onVisibilityChange = () => {
    const progress = current();
    if (document.visibilityState === 'hidden' && progress) session.flush(values(progress));
  };

  const tracking: LmsTracking = {
    get commitCount() {
      return session.commitCount;
    },
    attach(courseActor) {
      actor = courseActor;
      const progress = courseActor.getSnapshot().context.progress;
      previous = progress;
      interactionOrder.push(...resumedInteractionOrder(connection, launch, interactionKeys(course, progress)));
      // Interactions of earlier sessions are already in the LMS (SCORM 1.2 cannot even read them
      // back), so they are not written again unless the learner changes an answer.
      session.assumeWritten(
        values(progress).filter(([element]) => {
          const index = /^cmi\.interactions\.(\d+)\./.exec(element)?.[1];
          return index !== undefined && Number(index) < launch.interactionCount;
        }),
      );
      session.update(values(progress));
      courseActor.subscribe((snapshot) => {
        if (snapshot.context.progress === previous) return;
        noteChanges(snapshot.context.progress);
        session.update(values(snapshot.context.progress));
      });
      window.addEventListener('pagehide', onPageHide);
      document.addEventListener('visibilitychange', onVisibilityChange);
    },
    exit() {
      const progress = current();
      if (!progress || session.terminated) return;
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      session.terminate(values(progress));
    },
  };
  return tracking;
}

export { readLaunchData };

/**
 * The order the LMS already holds interactions in. SCORM 2004 can read their ids back; keys are
 * matched by the id they are reported under. SCORM 1.2 interactions are write-only, so the
 * natural order stands (a difference is simply rewritten).
 */
function resumedInteractionOrder(connection: ScormConnection, launch: LaunchData, keys: readonly string[]): string[] {
  if (connection.standard !== 'scorm2004') return [...keys];
  const byReportedId = new Map(keys.map((key) => [reportedId(key), key]));
  const order: string[] = [];
  for (let index = 0; index < launch.interactionCount; index += 1) {
    const key = byReportedId.get(connection.getValue(`cmi.interactions.${index}.id`));
    if (key === undefined) break;
    order.push(key);
  }
  return [...order, ...keys.filter((key) => !order.includes(key))];
}

function reportedId(key: string): string {
  const [, first = '', second] = key.split(':');
  return scormIdentifier(second === undefined ? first : `${first}.${second}`);
}
