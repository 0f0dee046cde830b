/** The compiled course, emitted by the build from `content/` (see src/build/rollup/). */
declare module 'virtual:course' {
  const course: import('./course/types.js').Course;
  export default course;
}
