/**
 * A small, strict XML reader for the SVG files diagrams are drawn in. It keeps the offset of every
 * element and attribute so a problem can be reported at its line and column, and stops at the first
 * error, because after a malformed tag everything that follows is guesswork.
 *
 * Nothing it returns reaches a learner directly: the sanitiser rebuilds the markup from an
 * allow-list, escaping every value, so the reader needs to be exact about positions, not defensive.
 */

export interface XmlAttribute {
  /** As written, e.g. `xlink:href`. */
  readonly name: string;
  /** With entities decoded. */
  readonly value: string;
  /** Offset of the attribute's name. */
  readonly offset: number;
}

export interface XmlElement {
  readonly type: 'element';
  readonly name: string;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
  /** Offset of the `<` that opens the element. */
  readonly offset: number;
}

export interface XmlText {
  readonly type: 'text';
  /** With entities decoded (CDATA as written). */
  readonly text: string;
  readonly offset: number;
}

export type XmlNode = XmlElement | XmlText;

export interface XmlError {
  readonly offset: number;
  readonly message: string;
}

export interface XmlDocument {
  /** Top-level elements and text; comments, processing instructions and the doctype are dropped. */
  readonly nodes: readonly XmlNode[];
  /** The first error; `nodes` then holds only what was read before it. */
  readonly error: XmlError | undefined;
}

const nameChars = String.raw`[A-Za-z_:\u00C0-\uFFFF][-\w.:\u00B7\u00C0-\uFFFF]*`;
const startTagName = new RegExp(`<(${nameChars})`, 'y');
const endTag = new RegExp(String.raw`</(${nameChars})\s*>`, 'y');
const attributeStart = new RegExp(String.raw`(${nameChars})\s*=\s*(["'])`, 'y');
const entity = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|([A-Za-z][A-Za-z0-9]*));/y;
const predefined: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

class XmlSyntaxError extends Error {
  readonly offset: number;

  constructor(offset: number, message: string) {
    super(message);
    this.offset = offset;
  }
}

/** Decodes the five predefined entities and numeric references; `start` is `raw`'s offset in the file. */
function decodeEntities(raw: string, start: number): string {
  let decoded = '';
  let from = 0;
  for (let at = raw.indexOf('&'); at >= 0; at = raw.indexOf('&', from)) {
    decoded += raw.slice(from, at);
    entity.lastIndex = at;
    const match = entity.exec(raw);
    if (!match) {
      throw new XmlSyntaxError(start + at, 'a bare "&": write &amp; for an ampersand');
    }
    const [whole, hex, decimal, name] = match;
    if (name !== undefined) {
      const character = predefined[name];
      if (character === undefined) {
        throw new XmlSyntaxError(
          start + at,
          `unknown entity "&${name};": SVG files know only &amp; &lt; &gt; &quot; and &apos;, so write the character itself or a numeric reference such as &#160;`,
        );
      }
      decoded += character;
    } else {
      const codePoint = hex === undefined ? Number(decimal) : parseInt(hex, 16);
      if (codePoint > 0x10ffff || codePoint === 0) {
        throw new XmlSyntaxError(start + at, `"${whole}" is not a character: correct the number`);
      }
      decoded += String.fromCodePoint(codePoint);
    }
    from = at + whole.length;
  }
  return decoded + raw.slice(from);
}

class XmlReader {
  readonly #text: string;
  readonly #top: XmlNode[] = [];
  readonly #open: { element: XmlElement; children: XmlNode[] }[] = [];
  #position = 0;

  constructor(text: string) {
    this.#text = text;
  }

  get nodes(): readonly XmlNode[] {
    return this.#top;
  }

  read(): void {
    const text = this.#text;
    while (this.#position < text.length) {
      const at = this.#position;
      const next = text.indexOf('<', at);
      if (next !== at) {
        const end = next < 0 ? text.length : next;
        this.#append({ type: 'text', text: decodeEntities(text.slice(at, end), at), offset: at });
        this.#position = end;
      } else if (text.startsWith('<!--', at)) {
        this.#position = this.#skipPast('-->', at + 4, at, 'a comment "<!--" is never closed with "-->"');
      } else if (text.startsWith('<![CDATA[', at)) {
        const close = this.#skipPast(']]>', at + 9, at, 'a "<![CDATA[" section is never closed with "]]>"');
        this.#append({ type: 'text', text: text.slice(at + 9, close - 3), offset: at });
        this.#position = close;
      } else if (text.startsWith('<?', at)) {
        this.#position = this.#skipPast('?>', at + 2, at, 'a "<?" declaration is never closed with "?>"');
      } else if (text.startsWith('<!', at)) {
        this.#position = this.#skipDeclaration(at);
      } else if (text.startsWith('</', at)) {
        this.#readEndTag(at);
      } else {
        this.#readStartTag(at);
      }
    }
    const unclosed = this.#open[this.#open.length - 1];
    if (unclosed) {
      const { name, offset } = unclosed.element;
      throw new XmlSyntaxError(offset, `<${name}> is never closed: add </${name}> where it ends`);
    }
  }

  #append(node: XmlNode): void {
    (this.#open[this.#open.length - 1]?.children ?? this.#top).push(node);
  }

  #skipPast(close: string, from: number, start: number, message: string): number {
    const index = this.#text.indexOf(close, from);
    if (index < 0) throw new XmlSyntaxError(start, message);
    return index + close.length;
  }

  /** `<!DOCTYPE …>`, which may hold a bracketed internal subset with quoted strings. */
  #skipDeclaration(start: number): number {
    let depth = 0;
    let quote: string | undefined;
    for (let index = start + 2; index < this.#text.length; index += 1) {
      const char = this.#text[index];
      if (quote) {
        if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '[') depth += 1;
      else if (char === ']') depth -= 1;
      else if (char === '>' && depth <= 0) return index + 1;
    }
    throw new XmlSyntaxError(start, 'a "<!" declaration is never closed with ">"');
  }

  #readEndTag(start: number): void {
    endTag.lastIndex = start;
    const match = endTag.exec(this.#text);
    if (!match) throw new XmlSyntaxError(start, 'malformed closing tag: write it as </name>');
    const name = match[1] ?? '';
    const open = this.#open.pop();
    if (!open) throw new XmlSyntaxError(start, `</${name}> closes nothing: remove it`);
    if (open.element.name !== name) {
      const line = this.#text.slice(0, open.element.offset).split('\n').length;
      throw new XmlSyntaxError(
        start,
        `</${name}> does not match <${open.element.name}> (line ${line}): close <${open.element.name}> first`,
      );
    }
    this.#position = start + match[0].length;
  }

  #readStartTag(start: number): void {
    const text = this.#text;
    startTagName.lastIndex = start;
    const nameMatch = startTagName.exec(text);
    if (!nameMatch) {
      throw new XmlSyntaxError(start, 'a "<" that starts no tag: write &lt; for a less-than sign');
    }
    const name = nameMatch[1] ?? '';
    const attributes: XmlAttribute[] = [];
    let cursor = start + nameMatch[0].length;
    let selfClosing = false;
    for (;;) {
      const afterName = cursor;
      while (/\s/.test(text[cursor] ?? '')) cursor += 1;
      if (text.startsWith('/>', cursor)) {
        selfClosing = true;
        cursor += 2;
        break;
      }
      if (text[cursor] === '>') {
        cursor += 1;
        break;
      }
      if (cursor >= text.length) throw new XmlSyntaxError(start, `<${name}> is never closed with ">"`);
      if (cursor === afterName) throw new XmlSyntaxError(cursor, 'put a space between attributes');
      const { attribute, end } = this.#readAttribute(cursor, attributes);
      attributes.push(attribute);
      cursor = end;
    }
    const children: XmlNode[] = [];
    const element: XmlElement = { type: 'element', name, attributes, children, offset: start };
    this.#append(element);
    if (!selfClosing) this.#open.push({ element, children });
    this.#position = cursor;
  }

  /** Reads `name="value"` at `start`; `end` is the offset just past the closing quote. */
  #readAttribute(start: number, earlier: readonly XmlAttribute[]): { attribute: XmlAttribute; end: number } {
    const text = this.#text;
    attributeStart.lastIndex = start;
    const match = attributeStart.exec(text);
    if (!match) throw new XmlSyntaxError(start, 'malformed attribute: write it as name="value"');
    const [whole, name = '', quote = '"'] = match;
    const valueStart = start + whole.length;
    const close = text.indexOf(quote, valueStart);
    if (close < 0) throw new XmlSyntaxError(start, `the value of "${name}" has no closing ${quote}`);
    const raw = text.slice(valueStart, close);
    const lessThan = raw.indexOf('<');
    if (lessThan >= 0) {
      throw new XmlSyntaxError(valueStart + lessThan, `"<" in the value of "${name}": write &lt; instead`);
    }
    if (earlier.some((attribute) => attribute.name === name)) {
      throw new XmlSyntaxError(start, `attribute "${name}" appears twice in the same tag: keep only one`);
    }
    return { attribute: { name, value: decodeEntities(raw, valueStart), offset: start }, end: close + 1 };
  }
}

/** Reads an XML document; a syntax error is returned, not thrown. */
export function parseXml(text: string): XmlDocument {
  const reader = new XmlReader(text);
  try {
    reader.read();
    return { nodes: reader.nodes, error: undefined };
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return { nodes: reader.nodes, error: { offset: error.offset, message: error.message } };
  }
}

/** 1-based line and column of an offset, counting columns in UTF-16 code units as the YAML reports do. */
export function positionInText(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}
