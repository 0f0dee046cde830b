/**
 * Reduces Markdown to the plain text a learner reads, so prose tools see sentences rather than
 * syntax: link destinations, bare URLs, code (spans and fenced blocks), emphasis markers, list
 * bullets, heading and block-quote markers are removed. Every character of the result remembers
 * its offset in the Markdown source, so a finding in the plain text can be reported at the line
 * and column of the content file.
 *
 * Block boundaries (blank lines, list items, headings) become blank lines in the plain text, so
 * each list item or heading is a sentence of its own even without a full stop.
 *
 * Code and escapes are blanked with the content compiler's own scanner (`maskCode`), and links are
 * found with its `findLinkDestinations`, so the linter and the validator agree on what is a link.
 */
import { findLinkDestinations, maskCode } from '../content/markdown-scan.js';

export interface PlainText {
  readonly text: string;
  /** For each character of `text`, its offset in the source; `offsets.length === text.length`. */
  readonly offsets: readonly number[];
}

/** Plain text that is its own source: every character maps to its own offset. */
export function plainTextOf(text: string): PlainText {
  return { text, offsets: Array.from({ length: text.length }, (_, index) => index) };
}

/** The source offset of the character at `index` of the plain text (the end maps to the source end). */
export function sourceOffset(plain: PlainText, index: number, sourceLength: number): number {
  if (index < plain.offsets.length) return plain.offsets[Math.max(0, index)] ?? 0;
  return plain.offsets.length === 0 ? 0 : Math.min(sourceLength, (plain.offsets[plain.offsets.length - 1] ?? 0) + 1);
}

class PlainTextBuilder {
  readonly #chars: string[] = [];
  readonly #offsets: number[] = [];
  /** A block boundary is pending: written as a blank line before the next character. */
  #breakPending = false;

  char(char: string, offset: number): void {
    if (this.#breakPending) {
      if (this.#chars.length > 0) {
        this.#chars.push('\n', '\n');
        this.#offsets.push(offset, offset);
      }
      this.#breakPending = false;
    }
    this.#chars.push(char);
    this.#offsets.push(offset);
  }

  blockBreak(): void {
    this.#breakPending = true;
  }

  get atBlockStart(): boolean {
    return this.#breakPending || this.#chars.length === 0;
  }

  build(): PlainText {
    return { text: this.#chars.join(''), offsets: this.#offsets };
  }
}

/** Source ranges [start, end) to drop entirely: link destinations with their brackets, bare URLs. */
function droppedRanges(masked: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  for (const destination of findLinkDestinations(masked)) {
    const end = destination.offset + destination.raw.length;
    if (masked[destination.offset - 1] === '<' && masked[end] === '>') {
      // An autolink `<https://…>`: its text is the URL itself.
      ranges.push([destination.offset - 1, end + 1]);
      continue;
    }
    const open = masked.lastIndexOf('(', destination.offset);
    const start = open > 0 && masked[open - 1] === ']' ? open - 1 : open;
    if (open < 0 || !/^\(\s*<?$/.test(masked.slice(open, destination.offset))) {
      // A link reference definition `[name]: url`: the whole line is for the renderer only.
      const lineStart = masked.lastIndexOf('\n', destination.offset) + 1;
      const lineEnd = masked.indexOf('\n', end);
      ranges.push([lineStart, lineEnd < 0 ? masked.length : lineEnd]);
      continue;
    }
    // `](destination "optional title")`: drop up to the closing parenthesis.
    const close = masked.indexOf(')', end);
    ranges.push([start, close < 0 ? end : close + 1]);
  }
  for (const match of masked.matchAll(/\b(?:https?:\/\/|mailto:|www\.)[^\s<>()[\]]*[^\s<>()[\].,;:!?'"]/gi)) {
    ranges.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

const blockMarker = /^( {0,3})(?:(#{1,6})(?=\s|$)|(>\s?)+|([-*+])(?=\s)|(\d{1,9}[.)])(?=\s))\s*/;
const thematicBreakOrUnderline = /^ {0,3}(?:(?:[-*_] *){3,}|=+)\s*$/;

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/**
 * Plain text of a Markdown value. Inline structure is dropped character by character, so the
 * offsets of the words that remain are exact.
 */
export function markdownToPlainText(markdown: string): PlainText {
  const masked = maskCode(markdown);
  const dropped = droppedRanges(masked);
  const isDropped = new Uint8Array(masked.length);
  for (const [start, end] of dropped) isDropped.fill(1, start, end);

  const builder = new PlainTextBuilder();
  let lineStart = 0;
  for (const line of masked.split('\n')) {
    const lineEnd = lineStart + line.length;
    if (line.trim() === '' || thematicBreakOrUnderline.test(line)) {
      builder.blockBreak();
      lineStart = lineEnd + 1;
      continue;
    }
    let from = lineStart;
    // A heading, list item or quoted line starts a block; strip its markers (nested ones too).
    let rest = line;
    let heading = false;
    for (let match = blockMarker.exec(rest); match; match = blockMarker.exec(rest)) {
      if (match[0].length === 0) break;
      builder.blockBreak();
      if (match[2]) heading = true;
      from += match[0].length;
      rest = rest.slice(match[0].length);
      if (heading) break;
    }
    let to = lineEnd;
    if (heading) {
      // Closing hashes of an ATX heading: `### Title ###`.
      const closing = /\s+#+\s*$/.exec(rest);
      if (closing) to = lineEnd - closing[0].length;
    }
    if (!builder.atBlockStart) builder.char('\n', lineStart);
    for (let offset = from; offset < to; offset += 1) {
      if (isDropped[offset]) continue;
      const char = masked[offset] ?? ' ';
      if (char === ' ') {
        // A run of blanks that hides code or an escape reads as one space.
        let runEnd = offset;
        while (runEnd < to && masked[runEnd] === ' ') runEnd += 1;
        if (markdown.slice(offset, runEnd).trim() !== '') {
          builder.char(' ', offset);
          offset = runEnd - 1;
          continue;
        }
      }
      if (char === '*' || char === '~' || char === '[' || char === ']') continue;
      if (char === '_' && !(isLetterOrDigit(masked[offset - 1]) && isLetterOrDigit(masked[offset + 1]))) continue;
      if (char === '!' && masked[offset + 1] === '[') continue;
      builder.char(char, offset);
    }
    if (heading) builder.blockBreak();
    lineStart = lineEnd + 1;
  }
  return builder.build();
}
