import type { Course } from '../course/types.js';
import { compileCourse, formatProblems } from './content/compile-course.js';
import { checkSuspendDataBudget } from './suspend-data-budget.js';

/**
 * The compiled course for the bundler. Rejects with the whole problem report when content is
 * invalid, or when the course's saved state could not fit SCORM 1.2's 4,096-character
 * suspend_data (or two ids would share a hash in it).
 */
export async function compileCourseOrThrow(options: { readonly contentDir: string }): Promise<Course> {
  const { course, problems } = await compileCourse(options);
  if (!course) throw new Error(`content/ is not valid:\n${formatProblems(problems)}`);
  const budget = checkSuspendDataBudget(course);
  if (!budget.ok) throw new Error(`content/ cannot be saved in an LMS: ${budget.message ?? ''}`);
  return course;
}
