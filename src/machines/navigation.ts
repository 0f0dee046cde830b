/**
 * Which pages the learner may open, per `course.navigation`. Pure.
 */
import type { Course } from '../course/types.js';
import { coursePages, findPage } from './course-lookup.js';
import type { Progress } from './progress.js';

/** The first page in course order that the learner has not visited, if any. */
export function firstUnvisitedPageId(course: Course, progress: Progress): string | undefined {
  const visited = new Set(progress.visited);
  return coursePages(course).find((page) => !visited.has(page.id))?.id;
}

/**
 * `free`: any page of the course. `sequential`: pages already visited, plus the first
 * unvisited page in course order. Unknown page ids are never visitable.
 */
export function canVisitPage(course: Course, progress: Progress, pageId: string): boolean {
  if (findPage(course, pageId) === undefined) return false;
  if (course.navigation === 'free') return true;
  return progress.visited.includes(pageId) || firstUnvisitedPageId(course, progress) === pageId;
}
