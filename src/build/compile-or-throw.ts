import type { Course } from '../course/types.js';
import { compileCourse, formatProblems } from './content/compile-course.js';

/** The compiled course for the bundler; rejects with the whole problem report when content is invalid. */
export async function compileCourseOrThrow(options: { readonly contentDir: string }): Promise<Course> {
  const { course, problems } = await compileCourse(options);
  if (!course) throw new Error(`content/ is not valid:\n${formatProblems(problems)}`);
  return course;
}
