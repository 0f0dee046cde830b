/**
 * What the preview page's address asks for: `?standard=scorm12|scorm2004` (default 2004) and
 * `?content=<relative URL>` to run some other SCO than the built package (tests use it). Only a
 * relative URL that stays on the page's own origin is accepted, so the preview can never be
 * pointed at another site.
 */
export type ScormStandard = 'scorm12' | 'scorm2004';

export const standards: readonly ScormStandard[] = ['scorm12', 'scorm2004'];

export const defaultStandard: ScormStandard = 'scorm2004';

export const standardLabels: Readonly<Record<ScormStandard, string>> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004',
};

export function isScormStandard(value: unknown): value is ScormStandard {
  return value === 'scorm12' || value === 'scorm2004';
}

/** The package `npm run build` writes for a standard, relative to dist/preview/index.html. */
export function packageUrl(standard: ScormStandard): string {
  return `../${standard}/index.html`;
}

export type ContentUrlResult = { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly reason: string };

/**
 * Resolves `raw` against the page address, accepting only a relative reference (a path, with no
 * scheme, no `//host` and no backslashes) that lands on the page's own origin over http(s).
 */
export function resolveContentUrl(raw: string, pageUrl: string): ContentUrlResult {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'the content address is empty' };
  if (/^[a-z][a-z\d+.-]*:/i.test(text)) return { ok: false, reason: 'the content address must be relative (no scheme such as https: or javascript:)' };
  if (text.startsWith('//')) return { ok: false, reason: 'the content address must be relative, not //host/…' };
  if (text.includes('\\')) return { ok: false, reason: 'the content address must not contain backslashes' };
  // URL parsing strips or re-encodes control characters; refuse them outright instead.
  if (/[\u0000-\u001f\u007f]/.test(text)) return { ok: false, reason: 'the content address must not contain control characters' };
  let page: URL;
  let url: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(text, page);
  } catch {
    return { ok: false, reason: 'the content address is not a valid URL' };
  }
  if (url.origin === 'null' || url.origin !== page.origin) {
    return { ok: false, reason: 'the content address must stay on this site' };
  }
  return { ok: true, url };
}

export interface PreviewOptions {
  readonly standard: ScormStandard;
  /** `?content=` as given (already checked), or undefined to run the built package. */
  readonly contentOverride: string | undefined;
  /** Problems with the address, reported on the page; the defaults are used instead. */
  readonly problems: readonly string[];
}

export function readPreviewOptions(pageUrl: string): PreviewOptions {
  const params = new URL(pageUrl).searchParams;
  const problems: string[] = [];
  const rawStandard = params.get('standard');
  let standard = defaultStandard;
  if (rawStandard !== null) {
    if (isScormStandard(rawStandard)) standard = rawStandard;
    else problems.push(`Unknown ?standard=${rawStandard}: expected scorm12 or scorm2004. Using ${standardLabels[defaultStandard]}.`);
  }
  const rawContent = params.get('content');
  let contentOverride: string | undefined;
  if (rawContent !== null) {
    const resolved = resolveContentUrl(rawContent, pageUrl);
    if (resolved.ok) contentOverride = rawContent.trim();
    else problems.push(`Ignored ?content=${rawContent}: ${resolved.reason}. Running the built package instead.`);
  }
  return { standard, contentOverride, problems };
}

/** The page address with `standard` set, every other parameter kept. */
export function urlWithStandard(pageUrl: string, standard: ScormStandard): string {
  const url = new URL(pageUrl);
  url.searchParams.set('standard', standard);
  return url.href;
}
