/**
 * The changes a learner makes to their progress: visiting a page, submitting an answer,
 * writing a reflection. Pure: each returns a new `Progress`, or the same one when the change
 * is not allowed.
 */
import type { Course } from '../course/types.js';
import { canSubmit, gradeAnswer, isValidSelection } from './checks.js';
import { findCheck, findPage, findReflection, firstPageId } from './course-lookup.js';
import { canVisitPage } from './navigation.js';
import type { Answer, Progress } from './progress.js';

/** Longest reflection kept, in UTF-16 code units. */
export const MAX_REFLECTION_LENGTH = 4000;

/** Cuts `text` to `MAX_REFLECTION_LENGTH` without splitting a surrogate pair. */
export function capReflection(text: string): string {
  if (text.length <= MAX_REFLECTION_LENGTH) return text;
  const last = text.charCodeAt(MAX_REFLECTION_LENGTH - 1);
  const splitsPair = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, splitsPair ? MAX_REFLECTION_LENGTH - 1 : MAX_REFLECTION_LENGTH);
}

/** The learner's last answer to a check (own properties only, so `constructor` is safe). */
export function answerTo(progress: Progress, checkId: string): Answer | undefined {
  return Object.hasOwn(progress.answers, checkId) ? progress.answers[checkId] : undefined;
}

export function isAnswered(progress: Progress, checkId: string): boolean {
  return answerTo(progress, checkId) !== undefined;
}

/** What the learner wrote for a reflection, or the empty string. */
export function reflectionText(progress: Progress, reflectionId: string): string {
  return Object.hasOwn(progress.reflections, reflectionId)
    ? (progress.reflections[reflectionId] ?? '')
    : '';
}

/** Makes `pageId` the current page and records it as visited. Unknown pages change nothing. */
export function visitPage(course: Course, progress: Progress, pageId: string): Progress {
  if (findPage(course, pageId) === undefined) return progress;
  const seen = progress.visited.includes(pageId);
  if (seen && progress.pageId === pageId) return progress;
  return {
    ...progress,
    pageId,
    visited: seen ? progress.visited : [...progress.visited, pageId],
  };
}

/**
 * Progress on entering the course: the current page marked visited, or the first page if the
 * current one cannot be opened (unknown, or beyond the sequential rule).
 */
export function enterCourse(course: Course, progress: Progress): Progress {
  const pageId = canVisitPage(course, progress, progress.pageId)
    ? progress.pageId
    : firstPageId(course);
  return visitPage(course, progress, pageId);
}

/**
 * Whether a submission counts: the check exists, the selection is valid for it (see
 * `isValidSelection`), it has not been answered correctly and attempts remain.
 */
export function canRecordAnswer(
  course: Course,
  progress: Progress,
  checkId: string,
  optionIds: readonly unknown[],
): boolean {
  const check = findCheck(course, checkId);
  return (
    check !== undefined &&
    Array.isArray(optionIds) &&
    isValidSelection(check, optionIds) &&
    canSubmit(check, answerTo(progress, checkId))
  );
}

/** Records a submission, grading it against the course and counting the attempt. */
export function recordAnswer(
  course: Course,
  progress: Progress,
  checkId: string,
  optionIds: readonly string[],
): Progress {
  const check = findCheck(course, checkId);
  if (check === undefined || !canRecordAnswer(course, progress, checkId, optionIds)) {
    return progress;
  }
  const answer = gradeAnswer(check, optionIds, answerTo(progress, checkId));
  return { ...progress, answers: { ...progress.answers, [checkId]: answer } };
}

export function isKnownReflection(course: Course, reflectionId: string): boolean {
  return findReflection(course, reflectionId) !== undefined;
}

/** Stores a reflection's text, capped at `MAX_REFLECTION_LENGTH`. Unknown ids change nothing. */
export function recordReflection(
  course: Course,
  progress: Progress,
  reflectionId: string,
  text: string,
): Progress {
  if (!isKnownReflection(course, reflectionId) || typeof text !== 'string') return progress;
  return {
    ...progress,
    reflections: { ...progress.reflections, [reflectionId]: capReflection(text) },
  };
}
