import type { Plugin } from 'rollup';
import type { Course } from '../../course/types.js';
import { facilitatorGuideHtml } from './facilitator-guide.js';

export interface FacilitatorGuidePluginOptions {
  readonly course: Promise<Course>;
  /** File name of the guide, relative to the output directory. */
  readonly fileName: string;
}

/** Emits the printable facilitator guide beside one build's output. */
export function facilitatorGuidePlugin(options: FacilitatorGuidePluginOptions): Plugin {
  return {
    name: 'leading-innovation:facilitator-guide',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: options.fileName, source: facilitatorGuideHtml(await options.course) });
    },
  };
}
