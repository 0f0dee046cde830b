/**
 * Finds what Markdown must not contain, with offsets into the Markdown source, so the author can be
 * told the exact line and column. The scan works on a copy of the source in which code (fenced
 * blocks, code spans) and backslash escapes are blanked out, because `<b>` inside code is shown as
 * text and is harmless.
 */

export interface MarkdownHazard {
  /** Offset in the Markdown source. */
  readonly offset: number;
  readonly code: string;
  readonly message: string;
}

export interface LinkDestination {
  /** Offset of the destination's first character in the Markdown source. */
  readonly offset: number;
  /** The destination as written (still escaped). */
  readonly raw: string;
  /** For an image, the offset of its `![`; images have a destination too but are not links. */
  readonly imageStart: number | undefined;
}

const asciiPunctuation = /[!-/:-@[-`{-~]/;

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

function maskFencedCode(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: { char: string; length: number } | undefined;
  return lines
    .map((line) => {
      if (fence) {
        const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
        if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
        return blank(line);
      }
      const open = /^\s*(`{3,}|~{3,})/.exec(line);
      if (open?.[1]) {
        fence = { char: open[1][0] ?? '`', length: open[1].length };
        return blank(line);
      }
      return line;
    })
    .join('\n');
}

function maskCodeSpansAndEscapes(text: string): string {
  // Code units, not code points, so every offset stays the same as in the source.
  const chars = text.split('');
  const out = [...chars];
  let index = 0;
  while (index < chars.length) {
    const char = chars[index];
    if (char === '\\' && asciiPunctuation.test(chars[index + 1] ?? '')) {
      out[index] = ' ';
      out[index + 1] = ' ';
      index += 2;
      continue;
    }
    if (char === '`') {
      let runEnd = index;
      while (chars[runEnd] === '`') runEnd += 1;
      const run = runEnd - index;
      const close = findClosingBackticks(chars, runEnd, run);
      if (close !== undefined) {
        for (let masked = index; masked < close + run; masked += 1) {
          if (out[masked] !== '\n') out[masked] = ' ';
        }
        index = close + run;
        continue;
      }
      index = runEnd;
      continue;
    }
    index += 1;
  }
  return out.join('');
}

/** A code span ends at the next run of exactly as many backticks, within the same paragraph. */
function findClosingBackticks(chars: readonly string[], from: number, run: number): number | undefined {
  let index = from;
  while (index < chars.length) {
    if (chars[index] === '\n' && /^\n[ \t]*\n/.test(chars.slice(index, index + 40).join(''))) return undefined;
    if (chars[index] === '`') {
      let runEnd = index;
      while (chars[runEnd] === '`') runEnd += 1;
      if (runEnd - index === run) return index;
      index = runEnd;
      continue;
    }
    index += 1;
  }
  return undefined;
}

/** Blanks out code and escapes, keeping every other character at its offset. */
export function maskCode(markdown: string): string {
  return maskCodeSpansAndEscapes(maskFencedCode(markdown));
}

const attribute = String.raw`\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?`;
const openTag = new RegExp(String.raw`<([A-Za-z][A-Za-z0-9-]*)((?:${attribute})*)\s*/?>`, 'g');
const closingTag = /<\/([A-Za-z][A-Za-z0-9-]*)\s*>/g;
const otherHtml = /<!--|<\?|<![A-Za-z]|<!\[CDATA\[/g;

const writeMarkdownInstead = 'write Markdown instead, e.g. **bold**, *italic* or [a link](https://…)';

function hazardForOpenTag(match: RegExpExecArray): MarkdownHazard {
  const name = (match[1] ?? '').toLowerCase();
  const attributes = match[2] ?? '';
  const attributesStart = match.index + 1 + (match[1] ?? '').length;
  for (const found of attributes.matchAll(new RegExp(attribute, 'g'))) {
    const leadingSpace = found[0].search(/\S/);
    const attributeText = /^[^\s=]+/.exec(found[0].slice(leadingSpace))?.[0] ?? '';
    if (/^on/i.test(attributeText)) {
      const offset = attributesStart + (found.index ?? 0) + leadingSpace;
      return {
        offset,
        code: 'event-handler-attribute',
        message: `event-handler attribute "${attributeText}" is not allowed in Markdown: the course cannot run code from content; remove the <${name}> tag and ${writeMarkdownInstead}`,
      };
    }
  }
  if (name === 'script') {
    return {
      offset: match.index,
      code: 'script-element',
      message: '<script> elements are not allowed in Markdown: the course cannot run code from content; remove the script',
    };
  }
  return {
    offset: match.index,
    code: 'raw-html',
    message: `raw HTML is not allowed in Markdown (found <${name}>): ${writeMarkdownInstead}`,
  };
}

/** Every raw HTML tag, comment or declaration outside code. */
export function findRawHtml(masked: string): MarkdownHazard[] {
  const hazards: MarkdownHazard[] = [];
  const reportedTags = new Set<string>();
  for (const match of masked.matchAll(openTag)) {
    hazards.push(hazardForOpenTag(match as RegExpExecArray));
    reportedTags.add((match[1] ?? '').toLowerCase());
  }
  for (const match of masked.matchAll(closingTag)) {
    // `<b>…</b>` is one mistake: the opening tag has already been reported.
    const name = (match[1] ?? '').toLowerCase();
    if (reportedTags.has(name)) continue;
    hazards.push({
      offset: match.index ?? 0,
      code: 'raw-html',
      message: `raw HTML is not allowed in Markdown (found </${name}>): ${writeMarkdownInstead}`,
    });
  }
  for (const match of masked.matchAll(otherHtml)) {
    const isComment = match[0] === '<!--';
    hazards.push({
      offset: match.index ?? 0,
      code: 'raw-html',
      message: isComment
        ? 'HTML comments are not allowed in Markdown: put notes for other authors in a "comment:" field'
        : `raw HTML is not allowed in Markdown: ${writeMarkdownInstead}`,
    });
  }
  return hazards.sort((a, b) => a.offset - b.offset);
}

/** Where the `![` of an image starts, if the `]` at `closingBracket` ends an image's text. */
function imageStartBefore(masked: string, closingBracket: number): number | undefined {
  let depth = 0;
  for (let index = closingBracket; index >= 0; index -= 1) {
    const char = masked[index];
    if (char === ']') depth += 1;
    else if (char === '[') {
      depth -= 1;
      if (depth === 0) return masked[index - 1] === '!' ? index - 1 : undefined;
    }
  }
  return undefined;
}

/** Destinations of inline links, autolinks and link reference definitions, outside code. */
export function findLinkDestinations(masked: string): LinkDestination[] {
  const found: LinkDestination[] = [];
  for (const match of masked.matchAll(/\]\([ \t]*\n?[ \t]*(<[^>\n]*>|[^\s)]+)/g)) {
    const raw = match[1] ?? '';
    const offset = (match.index ?? 0) + match[0].length - raw.length;
    found.push({ offset, raw, imageStart: imageStartBefore(masked, match.index ?? 0) });
  }
  for (const match of masked.matchAll(/<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g)) {
    found.push({ offset: (match.index ?? 0) + 1, raw: match[1] ?? '', imageStart: undefined });
  }
  for (const match of masked.matchAll(/^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\n?[ \t]*(<[^>\n]*>|\S+)/gm)) {
    const raw = match[1] ?? '';
    found.push({ offset: (match.index ?? 0) + match[0].length - raw.length, raw, imageStart: undefined });
  }
  // `[x](<scheme:…>)` also looks like an autolink: keep only the outer match.
  const sorted = found.sort((a, b) => a.offset - b.offset);
  return sorted.filter(
    (destination, index) =>
      !sorted.slice(0, index).some((outer) => destination.offset < outer.offset + outer.raw.length),
  );
}
