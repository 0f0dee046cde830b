/**
 * The SCORM packages' `index.html`: the hosted page, rendered again by the same function with
 * the LMS standard pinned. The inputs html-page-plugin gave `renderHtmlPage` for the hosted page
 * are recovered from the bundle, and the result is checked against the hosted `index.html` on
 * disk, so a package page can differ from the hosted one only by the `leading-innovation:lms` meta.
 */
import type { OutputAsset, OutputBundle, OutputChunk } from 'rollup';
import type { Course } from '../../course/types.js';
import { contentSecurityPolicy } from '../content-security-policy.js';
import { renderHtmlPage, type HtmlPageOptions, type LmsStandard } from '../html-page.js';
import { pageStylesheet } from '../page-stylesheet.js';

/** The hosted page's `renderHtmlPage` options, as html-page-plugin (mode `hosted`) builds them. */
export function hostedPageOptions(course: Course, bundle: OutputBundle): HtmlPageOptions {
  const entry = Object.values(bundle).find((file): file is OutputChunk => file.type === 'chunk' && file.isEntry);
  if (!entry) throw new Error('the hosted bundle has no entry chunk');
  const css = pageStylesheet(course.branding.colours);
  const stylesheet = Object.values(bundle).find(
    (file): file is OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css') && sourceText(file.source) === css,
  );
  if (!stylesheet) throw new Error('the hosted bundle has no page stylesheet');
  return {
    course,
    contentSecurityPolicy: contentSecurityPolicy({}),
    script: { src: entry.fileName },
    style: { href: stylesheet.fileName },
  };
}

/**
 * `index.html` for a package of the given standard. Throws if the hosted page is not exactly what
 * the recovered options render, since then re-rendering would change more than the meta.
 */
export function packagedPage(course: Course, bundle: OutputBundle, hostedIndexHtml: string, lmsStandard: LmsStandard): string {
  const options = hostedPageOptions(course, bundle);
  if (renderHtmlPage(options) !== hostedIndexHtml) {
    throw new Error('the hosted index.html is not what renderHtmlPage gives for the hosted bundle; has html-page-plugin changed how it renders the page?');
  }
  return renderHtmlPage({ ...options, lmsStandard });
}

function sourceText(source: string | Uint8Array): string {
  return typeof source === 'string' ? source : Buffer.from(source).toString('utf8');
}
