/** Small helpers for writing XML by hand: escaping, ids and file references. */

// Characters XML 1.0 does not allow anywhere, even escaped (section 2.2), plus lone surrogates.
const forbiddenCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

function assertXmlCharacters(text: string): void {
  const found = forbiddenCharacter.exec(text);
  if (found) {
    const code = found[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    throw new Error(`text cannot be written as XML: it contains the character U+${code} (in ${JSON.stringify(text)})`);
  }
}

/** Text content of an element. */
export function escapeXmlText(text: string): string {
  assertXmlCharacters(text);
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A double-quoted attribute value. Tabs and line breaks are kept as character references, since a parser would turn them into spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/**
 * An `xs:ID` (an NCName) made from any text: characters an NCName cannot hold become `_`, and a
 * leading character that cannot start one gets an `ID-` prefix. Course ids (`kebab-case`) pass through unchanged.
 */
export function xmlId(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^[A-Za-z_]/.test(safe) ? safe : `ID-${safe}`;
}

/**
 * Checks a package path: relative, `/`-separated, no empty, `.` or `..` segments, no backslashes.
 * Returns it unchanged so the check can sit inline.
 */
export function checkPackagePath(filePath: string): string {
  const segments = filePath.split('/');
  if (filePath === '' || filePath.includes('\\') || segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw new Error(`not a relative package path: ${JSON.stringify(filePath)}`);
  }
  assertXmlCharacters(filePath);
  return filePath;
}

/**
 * The URI reference (`href`) for a file in the package: each segment percent-encoded except the
 * characters RFC 3986 allows in a path, so `assets/course-1.js` stays as it is and `a b#c` becomes `a%20b%23c`.
 */
export function packageHref(filePath: string): string {
  return checkPackagePath(filePath)
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%(21|24|26|27|28|29|2A|2B|2C|3B|3D|3A|40)/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))))
    .join('/');
}

/** Inverse of {@link packageHref}: the file path an `href` names. */
export function pathFromHref(href: string): string {
  return href.split('/').map(decodeURIComponent).join('/');
}

/** Sorts paths by their UTF-16 code units, the same order on every machine (no locale). */
export function sortPaths(paths: Iterable<string>): string[] {
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
