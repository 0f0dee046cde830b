/**
 * Read-only queries over a compiled `Course`: pages in course order, where a page sits, and the
 * knowledge checks and reflections it holds. Pure; no progress involved.
 */
import type {
  Course,
  KnowledgeCheckBlock,
  Lesson,
  Page,
  ReflectionBlock,
} from '../course/types.js';

/** Where a page sits in the course. `pageIndex` is 0-based within its lesson. */
export interface PageLocation {
  readonly lesson: Lesson;
  readonly lessonIndex: number;
  readonly pageIndex: number;
  readonly page: Page;
  /** 1-based, for "page 2 of 3". */
  readonly pageNumberInLesson: number;
  readonly pagesInLesson: number;
}

/** Every page of the course, lesson by lesson. */
export function coursePages(course: Course): readonly Page[] {
  return course.lessons.flatMap((lesson) => lesson.pages);
}

export function firstPageId(course: Course): string {
  const first = coursePages(course)[0];
  // A compiled course always has at least one page; keep a string anyway for type safety.
  return first === undefined ? '' : first.id;
}

export function findPage(course: Course, pageId: string): Page | undefined {
  return coursePages(course).find((page) => page.id === pageId);
}

export function findLesson(course: Course, lessonId: string): Lesson | undefined {
  return course.lessons.find((lesson) => lesson.id === lessonId);
}

export function pageLocation(course: Course, pageId: string): PageLocation | undefined {
  for (const [lessonIndex, lesson] of course.lessons.entries()) {
    const pageIndex = lesson.pages.findIndex((page) => page.id === pageId);
    const page = lesson.pages[pageIndex];
    if (page !== undefined) {
      return {
        lesson,
        lessonIndex,
        pageIndex,
        page,
        pageNumberInLesson: pageIndex + 1,
        pagesInLesson: lesson.pages.length,
      };
    }
  }
  return undefined;
}

/** The page after `pageId` in course order (crossing lessons), if any. */
export function nextPageId(course: Course, pageId: string): string | undefined {
  const pages = coursePages(course);
  const index = pages.findIndex((page) => page.id === pageId);
  return index < 0 ? undefined : pages[index + 1]?.id;
}

/** The page before `pageId` in course order (crossing lessons), if any. */
export function previousPageId(course: Course, pageId: string): string | undefined {
  const pages = coursePages(course);
  const index = pages.findIndex((page) => page.id === pageId);
  return index <= 0 ? undefined : pages[index - 1]?.id;
}

export function firstPageOfLesson(course: Course, lessonId: string): string | undefined {
  return findLesson(course, lessonId)?.pages[0]?.id;
}

export function pageChecks(page: Page): readonly KnowledgeCheckBlock[] {
  return page.blocks.filter(
    (block): block is KnowledgeCheckBlock => block.type === 'knowledge-check',
  );
}

export function lessonChecks(lesson: Lesson): readonly KnowledgeCheckBlock[] {
  return lesson.pages.flatMap(pageChecks);
}

export function courseChecks(course: Course): readonly KnowledgeCheckBlock[] {
  return course.lessons.flatMap(lessonChecks);
}

export function findCheck(course: Course, checkId: string): KnowledgeCheckBlock | undefined {
  return courseChecks(course).find((check) => check.id === checkId);
}

export function courseReflections(course: Course): readonly ReflectionBlock[] {
  return coursePages(course).flatMap((page) =>
    page.blocks.filter((block): block is ReflectionBlock => block.type === 'reflection'),
  );
}

export function findReflection(course: Course, reflectionId: string): ReflectionBlock | undefined {
  return courseReflections(course).find((reflection) => reflection.id === reflectionId);
}
