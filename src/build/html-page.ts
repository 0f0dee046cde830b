import type { Course } from '../course/types.js';

export type PageScript = { readonly inline: string } | { readonly src: string };
export type PageStyle = { readonly inline: string } | { readonly href: string };

/** The LMS standard a package was built for; the runtime then talks only to that standard's API. */
export type LmsStandard = 'scorm12' | 'scorm2004';

/** Name of the `<meta>` that pins the standard (read by src/tracking/). */
export const lmsStandardMetaName = 'leading-innovation:lms';

export interface HtmlPageOptions {
  readonly course: Course;
  /** Set in SCORM packages; absent in the hosted and standalone builds, which detect an LMS or run locally. */
  readonly lmsStandard?: LmsStandard;
  readonly contentSecurityPolicy: string;
  readonly script: PageScript;
  readonly style: PageStyle;
}

/** The one HTML page every build shares: metadata, policy, the page stylesheet and the course script. */
export function renderHtmlPage(options: HtmlPageOptions): string {
  const { course } = options;
  const style = 'inline' in options.style ? `<style>${options.style.inline}</style>` : `<link rel="stylesheet" href="${escapeAttribute(options.style.href)}">`;
  const script =
    'inline' in options.script
      ? `<script>${options.script.inline}</script>`
      : `<script type="module" src="${escapeAttribute(options.script.src)}"></script>`;
  return `<!doctype html>
<html lang="${escapeAttribute(course.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(options.contentSecurityPolicy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="description" content="${escapeAttribute(course.audience)}">
<meta name="generator" content="Leading Innovation ${escapeAttribute(course.version)}">${options.lmsStandard ? `\n<meta name="${lmsStandardMetaName}" content="${options.lmsStandard}">` : ''}
<title>${escapeText(course.title)}</title>
${style}
</head>
<body>
<div id="course"></div>
${script}
</body>
</html>
`;
}

/** Makes script text safe to place inside `<script>…</script>` without changing what it does. */
export function escapeInlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
