/**
 * The learner's progress through a course: plain, JSON-ready data that can be saved as is, and
 * the pure selectors over it. The other progress modules are re-exported here, so this is the
 * one import the rest of the app needs.
 */
import type { ActionPlanField, Course } from '../course/types.js';
import { courseChecks, coursePages, findLesson, lessonChecks } from './course-lookup.js';
import { isAnswered } from './progress-update.js';
import { isScenarioFinished, pageScenarioIds, type ScenarioProgress } from './scenario-progress.js';

/** The learner's last submitted answer to a knowledge check. */
export interface Answer {
  readonly optionIds: readonly string[];
  /** Submissions made so far, 1 to the check's `maxAttempts`. */
  readonly attempts: number;
  /** Always computed from the course, never taken from saved data. */
  readonly correct: boolean;
}

export interface Progress {
  /** The page the learner is on. */
  readonly pageId: string;
  /** Page ids, in first-visit order. */
  readonly visited: readonly string[];
  /** By knowledge-check id. */
  readonly answers: Readonly<Record<string, Answer>>;
  /** By reflection id. */
  readonly reflections: Readonly<Record<string, string>>;
  /** By scenario id. */
  readonly scenarios: Readonly<Record<string, ScenarioProgress>>;
  /** The learner's action plan, by field (see `actionPlanFields`). */
  readonly actionPlan?: Readonly<Partial<Record<ActionPlanField, string>>>;
  /** The name the learner typed for their certificate (an LMS's name takes precedence). */
  readonly learnerName?: string;
  /** The day the course was first completed, `yyyy-mm-dd`, for the certificate. */
  readonly completedOn?: string;
}

export type LessonStatus = 'not-started' | 'in-progress' | 'complete';

/**
 * `complete`: every page of the lesson visited, every knowledge check in it answered (right or
 * wrong) and every scenario on it taken to an ending. `not-started`: no page visited and nothing
 * answered. Unknown lessons are `not-started`.
 */
export function lessonStatus(course: Course, progress: Progress, lessonId: string): LessonStatus {
  const lesson = findLesson(course, lessonId);
  if (lesson === undefined) return 'not-started';
  const visited = new Set(progress.visited);
  const pagesVisited = lesson.pages.filter((page) => visited.has(page.id)).length;
  const checks = lessonChecks(lesson);
  const checksAnswered = checks.filter((check) => isAnswered(progress, check.id)).length;
  const scenarios = lesson.pages.flatMap(pageScenarioIds);
  const scenariosFinished = scenarios.every((scenarioId) => isScenarioFinished(progress.scenarios, scenarioId));
  if (pagesVisited === lesson.pages.length && checksAnswered === checks.length && scenariosFinished) return 'complete';
  return pagesVisited === 0 && checksAnswered === 0 ? 'not-started' : 'in-progress';
}

/** The course's score in percent, once every knowledge check has an answer. */
export function courseScore(course: Course, progress: Progress): number | undefined {
  const checks = courseChecks(course);
  if (checks.length === 0 || checks.some((check) => !progress.answers[check.id])) return undefined;
  const correct = checks.filter((check) => progress.answers[check.id]?.correct).length;
  return Math.round((100 * correct) / checks.length);
}

/** Every lesson complete. */
export function isCourseComplete(course: Course, progress: Progress): boolean {
  return course.lessons.every(
    (lesson) => lessonStatus(course, progress, lesson.id) === 'complete',
  );
}

/**
 * Pages visited, checks answered and scenarios finished, as a whole percentage of all of them,
 * rounded down so that 100 means complete.
 */
export function progressPercent(course: Course, progress: Progress): number {
  const pages = coursePages(course);
  const checks = courseChecks(course);
  const scenarios = pages.flatMap(pageScenarioIds);
  const total = pages.length + checks.length + scenarios.length;
  if (total === 0) return 0;
  const visited = new Set(progress.visited);
  const done =
    pages.filter((page) => visited.has(page.id)).length +
    checks.filter((check) => isAnswered(progress, check.id)).length +
    scenarios.filter((scenarioId) => isScenarioFinished(progress.scenarios, scenarioId)).length;
  return Math.floor((done * 100) / total);
}

export { pageLocation, type PageLocation } from './course-lookup.js';
export { isCorrectAnswer } from './checks.js';
export { canVisitPage } from './navigation.js';
export { initialProgress, restoreProgress, type RestoredProgress } from './restore.js';
export { chooseInScenario, findScenario, isScenarioFinished, type ScenarioProgress } from './scenario-progress.js';
export {
  MAX_REFLECTION_LENGTH,
  answerTo,
  isAnswered,
  reflectionText,
} from './progress-update.js';
