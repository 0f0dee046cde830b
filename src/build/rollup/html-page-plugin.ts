import { createHash } from 'node:crypto';
import type { OutputChunk, Plugin } from 'rollup';
import type { Course } from '../../course/types.js';
import { contentSecurityPolicy, cspHash } from '../content-security-policy.js';
import { escapeInlineScript, renderHtmlPage } from '../html-page.js';
import { pageStylesheet } from '../page-stylesheet.js';

export interface HtmlPagePluginOptions {
  readonly course: Promise<Course>;
  /**
   * `hosted`: index.html beside hashed script and stylesheet files.
   * `standalone`: one HTML file with everything inline, for opening from disk.
   */
  readonly mode: 'hosted' | 'standalone';
  /** File name of the page, relative to the output directory. */
  readonly fileName: string;
}

export function htmlPagePlugin(options: HtmlPagePluginOptions): Plugin {
  return {
    name: 'leading-innovation:html-page',
    async generateBundle(_outputOptions, bundle) {
      const course = await options.course;
      const entry = Object.values(bundle).find((file): file is OutputChunk => file.type === 'chunk' && file.isEntry);
      if (!entry) this.error('no entry chunk to put in the page');
      const css = pageStylesheet(course.branding.colours);

      if (options.mode === 'standalone') {
        const script = escapeInlineScript(entry.code);
        delete bundle[entry.fileName];
        this.emitFile({
          type: 'asset',
          fileName: options.fileName,
          source: renderHtmlPage({
            course,
            contentSecurityPolicy: contentSecurityPolicy({ scriptHashes: [cspHash(script)], styleHashes: [cspHash(css)] }),
            script: { inline: script },
            style: { inline: css },
          }),
        });
        return;
      }

      const stylesheetName = `assets/course-${contentHash(css)}.css`;
      this.emitFile({ type: 'asset', fileName: stylesheetName, source: css });
      this.emitFile({
        type: 'asset',
        fileName: options.fileName,
        source: renderHtmlPage({
          course,
          contentSecurityPolicy: contentSecurityPolicy({}),
          script: { src: entry.fileName },
          style: { href: stylesheetName },
        }),
      });
    },
  };
}

function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}
