import {
  LineCounter,
  Scalar,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { ProblemList, SourcePosition } from './problems.js';

/** A step into parsed YAML: a field name or a list index. */
export type PathSegment = string | number;
export type ValuePath = readonly PathSegment[];

/** A parsed YAML file that remembers where every node came from. */
export interface YamlFile {
  /** The path shown in reports (relative to the root directory). */
  readonly displayPath: string;
  readonly text: string;
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** The plain value, or undefined when the file could not be parsed. */
  readonly value: unknown;
  readonly parsed: boolean;
}

const syntaxHints: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: 'a field appears twice in the same mapping: keep only one',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MULTIPLE_DOCS: 'a content file holds one document: remove the "---" line',
};
const generalHint = 'check the indentation and quoting here and on the line above';

/**
 * Parses YAML text. A syntax error is reported at its line and column; only the first one, because
 * after it the parser is guessing and later errors are usually echoes of the same mistake.
 */
export function parseYamlFile(displayPath: string, text: string, problems: ProblemList): YamlFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const file = { displayPath, text, document, lineCounter };
  const [firstError] = [...document.errors, ...document.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
  if (firstError) {
    const unclosedQuoteStart = /closing ["']quote/.test(firstError.message)
      ? findUnclosedQuote(document, firstError.pos[0])
      : undefined;
    const hint =
      unclosedQuoteStart === undefined
        ? (syntaxHints[firstError.code] ?? generalHint)
        : 'the quoted text that starts here has no closing quote';
    const message = `YAML syntax error: ${firstError.message} (${hint})`;
    problems.add(displayPath, positionAt(file, unclosedQuoteStart ?? firstError.pos[0]), 'yaml-syntax', message);
    return { ...file, value: undefined, parsed: false };
  }
  try {
    return { ...file, value: document.toJS({ maxAliasCount: 100 }), parsed: true };
  } catch (error) {
    // Only alias expansion can fail here (a "billion laughs" file); content has no need for it.
    const message = `YAML could not be read: ${error instanceof Error ? error.message : String(error)}`;
    problems.add(displayPath, { line: 1, column: 1 }, 'yaml-syntax', message);
    return { ...file, value: undefined, parsed: false };
  }
}

/** The parser reports a missing closing quote where the file ends; the author needs where it opened. */
function findUnclosedQuote(document: Document.Parsed, errorOffset: number): number | undefined {
  let start: number | undefined;
  visit(document, {
    Scalar(_key, node) {
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      if (quoted && node.range && node.range[0] < errorOffset && node.range[1] >= errorOffset) start = node.range[0];
    },
  });
  return start;
}

export function positionAt(file: Pick<YamlFile, 'lineCounter' | 'text'>, offset: number): SourcePosition {
  const clamped = Math.max(0, Math.min(offset, file.text.length));
  const { line, col } = file.lineCounter.linePos(clamped);
  return { line, column: col };
}

/** What was found walking a path: the deepest node reached and, for a field, its key. */
export interface NodeLookup {
  readonly node: Node | undefined;
  readonly key: Node | undefined;
  /** True when every segment of the path was found. */
  readonly complete: boolean;
}

function resolveAlias(file: YamlFile, node: unknown): Node | undefined {
  if (isAlias(node)) {
    const target: unknown = node.resolve(file.document);
    return isAlias(target) ? undefined : (target as Node | undefined);
  }
  return (node ?? undefined) as Node | undefined;
}

export function lookupNode(file: YamlFile, path: ValuePath): NodeLookup {
  let node = resolveAlias(file, file.document.contents);
  let key: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return { node, key, complete: false };
      key = pair.key as Node;
      const next = resolveAlias(file, pair.value);
      // An empty value (`title:`) has no node of its own worth pointing at: point at its key.
      node = next ?? key;
    } else if (isSeq(node)) {
      const next = resolveAlias(file, node.items[Number(segment)]);
      if (!next) return { node, key, complete: false };
      node = next;
      key = undefined;
    } else {
      return { node, key, complete: false };
    }
  }
  return { node, key, complete: true };
}

function startOf(file: YamlFile, node: Node | undefined): SourcePosition {
  return positionAt(file, node?.range?.[0] ?? 0);
}

function isEmptyScalar(node: Node | undefined): boolean {
  return isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
}

/** Where the value at `path` starts: the offending value for a bad value. */
export function valuePosition(file: YamlFile, path: ValuePath): SourcePosition {
  const { node, key } = lookupNode(file, path);
  return startOf(file, isEmptyScalar(node) && key ? key : node);
}

/** Where the key of the field at `path` starts: the place to point at for an unknown field. */
export function keyPosition(file: YamlFile, path: ValuePath): SourcePosition {
  const { node, key, complete } = lookupNode(file, path);
  return startOf(file, complete && key ? key : node);
}
