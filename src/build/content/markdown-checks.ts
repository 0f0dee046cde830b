import type { MarkdownField } from './markdown-fields.js';
import { parseInlineMarkdown, parseMarkdown, unescapeMarkdown, type MarkdownToken } from './markdown-render.js';
import { findLinkDestinations, findRawHtml, maskCode, type LinkDestination } from './markdown-scan.js';
import type { ProblemList, SourcePosition } from './problems.js';
import { positionInScalar } from './scalar-positions.js';
import type { YamlFile } from './yaml-file.js';

/** A `[text](#id)` link, checked against lesson, page and term ids once every file has been read. */
export interface InternalLink {
  readonly file: string;
  readonly position: SourcePosition;
  readonly targetId: string;
}

const linkAdvice =
  'link to a web page (https://…), an email address (mailto:…), or a lesson, page or glossary term (#id)';

function normaliseUrl(raw: string): string {
  const unbracketed = raw.startsWith('<') && raw.endsWith('>') ? raw.slice(1, -1) : raw;
  // Browsers ignore whitespace and control characters inside a scheme (`java\tscript:`).
  return unescapeMarkdown(unbracketed).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

/** A token with the source line (0-based, within the Markdown) of the block that holds it. */
interface LocatedToken {
  readonly token: MarkdownToken;
  readonly line: number | undefined;
}

function flatten(tokens: readonly MarkdownToken[]): LocatedToken[] {
  return tokens.flatMap((token) => [
    { token, line: token.map?.[0] },
    ...(token.children ?? []).map((child) => ({ token: child, line: token.map?.[0] })),
  ]);
}

function lineStartOffsets(markdown: string): number[] {
  const starts = [0];
  for (let index = 0; index < markdown.length; index += 1) {
    if (markdown[index] === '\n') starts.push(index + 1);
  }
  return starts;
}

class FieldChecker {
  readonly #file: YamlFile;
  readonly #field: MarkdownField;
  readonly #problems: ProblemList;
  readonly #lineStarts: number[];

  constructor(file: YamlFile, field: MarkdownField, problems: ProblemList) {
    this.#file = file;
    this.#field = field;
    this.#problems = problems;
    this.#lineStarts = lineStartOffsets(field.markdown);
  }

  position(offset: number): SourcePosition {
    return positionInScalar(this.#file, this.#field.path, offset);
  }

  report(offset: number, code: string, message: string): void {
    this.#problems.add(this.#file.displayPath, this.position(offset), code, message);
  }

  offsetOfLine(line: number | undefined): number {
    return line === undefined ? 0 : (this.#lineStarts[line] ?? 0);
  }

  run(): InternalLink[] {
    const { markdown, inline } = this.#field;
    const masked = maskCode(markdown);
    const tokens = flatten(inline ? parseInlineMarkdown(markdown) : parseMarkdown(markdown));

    const htmlHazards = findRawHtml(masked);
    htmlHazards.forEach((hazard) => this.report(hazard.offset, hazard.code, hazard.message));
    const htmlToken = tokens.find(({ token }) => token.type === 'html_block' || token.type === 'html_inline');
    if (htmlToken && htmlHazards.length === 0) {
      this.report(
        this.offsetOfLine(htmlToken.line),
        'raw-html',
        'raw HTML is not allowed in Markdown: write Markdown instead, e.g. **bold**, *italic* or [a link](https://…)',
      );
    }

    this.checkHeadings(tokens);
    const destinations = findLinkDestinations(masked);
    this.checkImages(tokens, destinations);
    return this.checkLinks(tokens, destinations);
  }

  checkHeadings(tokens: readonly LocatedToken[]): void {
    for (const { token, line } of tokens) {
      if (token.type !== 'heading_open' || token.tag === 'h2' || token.tag === 'h3') continue;
      const level = Number(token.tag.slice(1));
      const start = this.offsetOfLine(line);
      this.report(
        start,
        'heading-level',
        `Markdown headings must be level 2 (##) or 3 (###), found level ${level} (${'#'.repeat(level)}): the page title is the level 1 heading`,
      );
    }
  }

  checkImages(
    tokens: readonly LocatedToken[],
    destinations: readonly LinkDestination[],
  ): void {
    const message = 'images are not supported in Markdown: describe the picture in words instead';
    const images = destinations.flatMap((destination) => (destination.imageStart === undefined ? [] : [destination.imageStart]));
    images.forEach((imageStart) => this.report(imageStart, 'image-not-supported', message));
    const imageToken = tokens.find(({ token }) => token.type === 'image');
    if (imageToken && images.length === 0) {
      this.report(this.offsetOfLine(imageToken.line), 'image-not-supported', message);
    }
  }

  checkLinks(
    tokens: readonly LocatedToken[],
    destinations: readonly LinkDestination[],
  ): InternalLink[] {
    const links: InternalLink[] = [];
    for (const destination of destinations) {
      if (destination.imageStart !== undefined) continue;
      const url = normaliseUrl(destination.raw);
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
      if (url.startsWith('#')) {
        links.push({ file: this.#file.displayPath, position: this.position(destination.offset), targetId: url.slice(1) });
      } else if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') {
        this.report(
          destination.offset,
          'unsafe-url',
          `${scheme}: URLs are not allowed in Markdown: ${linkAdvice}`,
        );
      } else if (scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto') {
        this.report(destination.offset, 'unsupported-link', `link "${url}" leads nowhere in the course: ${linkAdvice}`);
      }
    }
    // A safety net for link forms the scan does not recognise: check them at the field's start.
    const scanned = new Set(links.map((link) => link.targetId));
    for (const { token } of tokens) {
      const attribute = token.type === 'link_open' ? token.attrGet('href') : null;
      const href = attribute === null ? undefined : String(attribute);
      if (href?.startsWith('#') && !scanned.has(href.slice(1))) {
        scanned.add(href.slice(1));
        links.push({ file: this.#file.displayPath, position: this.position(0), targetId: href.slice(1) });
      }
    }
    return links;
  }
}

/**
 * Rejects raw HTML, unsafe or dead-end links, images and out-of-range headings in Markdown fields,
 * each at its line and column; returns the internal links for the cross-reference pass.
 */
export function checkMarkdownFields(
  file: YamlFile,
  fields: readonly MarkdownField[],
  problems: ProblemList,
): InternalLink[] {
  return fields.flatMap((field) => new FieldChecker(file, field, problems).run());
}
