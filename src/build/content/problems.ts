/** One thing wrong with the content, located at a line and column of a file. */
export interface ContentProblem {
  /** Path relative to the compile's root directory, with forward slashes. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly message: string;
  /** Permanent name of the kind of problem, e.g. "unknown-block-type"; tests and tools key on it. */
  readonly code: string;
}

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Collects problems from every check so they can all be reported at once. */
export class ProblemList {
  readonly #problems: ContentProblem[] = [];

  add(file: string, position: SourcePosition, code: string, message: string): void {
    this.#problems.push({ file, line: position.line, column: position.column, message, code });
  }

  get count(): number {
    return this.#problems.length;
  }

  sorted(): ContentProblem[] {
    return sortProblems(this.#problems);
  }
}

function compareText(a: string, b: string): number {
  // Plain code-unit order, not localeCompare, so reports are identical on every machine.
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}

/**
 * The report an author reads: one `file:line:column: message` line per problem, in file order,
 * then a count. `contentLabel` names the content folder in the count line.
 */
export function formatProblems(problems: readonly ContentProblem[], contentLabel = 'content/'): string {
  const lines = sortProblems(problems).map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
  const count = problems.length;
  const noun = count === 1 ? 'problem' : 'problems';
  lines.push(count === 0 ? `No problems found in ${contentLabel}.` : `${count} ${noun} found in ${contentLabel}.`);
  return lines.join('\n') + '\n';
}
