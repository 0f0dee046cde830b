/**
 * The learner's progress through a course: plain, JSON-ready data that can be saved as is, and
 * the pure selectors over it. The other progress modules are re-exported here, so this is the
 * one import the rest of the app needs.
 */
import type { ActionPlanField, Course, Lesson, Page } from '../course/types.js';
import { courseChecks, coursePages, findLesson, lessonChecks } from './course-lookup.js';
import { isAnswered } from './progress-update.js';
import { isScenarioFinished, pageScenarioIds, type ScenarioProgress } from './scenario-progress.js';
import { bestScore, isAssessmentDone, type AssessmentAttempt } from './assessment.js';

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
  /** Final assessment attempts, oldest first; only the last may still be open. */
  readonly assessmentAttempts?: readonly AssessmentAttempt[];
}

export type LessonStatus = 'not-started' | 'in-progress' | 'complete';

export function pageHasAssessment(page: Page): boolean {
  return page.blocks.some((block) => block.type === 'assessment');
}

/**
 * `complete`: every page of the lesson visited, every knowledge check in it answered (right or
 * wrong), every scenario on it taken to an ending and the assessment on it, if any, passed or
 * out of attempts. `not-started`: no page visited and nothing answered. Unknown lessons are
 * `not-started`.
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
  const assessmentDone = !lesson.pages.some(pageHasAssessment) || isAssessmentDone(course, progress.assessmentAttempts);
  if (pagesVisited === lesson.pages.length && checksAnswered === checks.length && scenariosFinished && assessmentDone) return 'complete';
  return pagesVisited === 0 && checksAnswered === 0 ? 'not-started' : 'in-progress';
}

/**
 * The course's score in percent. With a final assessment: the best submitted attempt's.
 * Without: the knowledge checks', once every one has an answer.
 */
export function courseScore(course: Course, progress: Progress): number | undefined {
  if (course.assessment) return bestScore(course, progress.assessmentAttempts);
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
 * The lessons the learner must finish before the final assessment opens: with `lessons-complete`,
 * every unfinished lesson before the one holding it; with `always`, none.
 */
export function lessonsToFinishFirst(course: Course, progress: Progress): Lesson[] {
  if (course.assessment?.opensWhen !== 'lessons-complete') return [];
  const holder = course.lessons.findIndex((lesson) => lesson.pages.some(pageHasAssessment));
  const before = holder < 0 ? course.lessons : course.lessons.slice(0, holder);
  return before.filter((lesson) => lessonStatus(course, progress, lesson.id) !== 'complete');
}

/** Whether the learner may take the final assessment now. */
export function isAssessmentOpen(course: Course, progress: Progress): boolean {
  return course.assessment !== undefined && lessonsToFinishFirst(course, progress).length === 0;
}

/**
 * Pages visited, checks answered, scenarios finished and the assessment done, as a whole
 * percentage of all of them, rounded down so that 100 means complete.
 */
export function progressPercent(course: Course, progress: Progress): number {
  const pages = coursePages(course);
  const checks = courseChecks(course);
  const scenarios = pages.flatMap(pageScenarioIds);
  const assessments = pages.filter(pageHasAssessment).length;
  const total = pages.length + checks.length + scenarios.length + assessments;
  if (total === 0) return 0;
  const visited = new Set(progress.visited);
  const done =
    pages.filter((page) => visited.has(page.id)).length +
    checks.filter((check) => isAnswered(progress, check.id)).length +
    scenarios.filter((scenarioId) => isScenarioFinished(progress.scenarios, scenarioId)).length +
    (isAssessmentDone(course, progress.assessmentAttempts) ? assessments : 0);
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
