import type { Plugin } from 'rollup';
import type { Course } from '../../course/types.js';

const moduleId = 'virtual:course';
const resolvedId = '\0virtual:course';

/** Serves the compiled course to the bundle as `import course from 'virtual:course'`. */
export function courseModule(course: Promise<Course>): Plugin {
  return {
    name: 'leading-innovation:course-module',
    resolveId(id) {
      return id === moduleId ? resolvedId : null;
    },
    async load(id) {
      if (id !== resolvedId) return null;
      return `export default ${JSON.stringify(await course)};`;
    },
  };
}
