/** What the prose linter reports, and how it is printed. */

export type Severity = 'error' | 'warning';

/** One finding, at a line and column of a content file. */
export interface LintFinding {
  /** Path shown in the report (relative to the root directory), with forward slashes. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly severity: Severity;
  /** Permanent name of the check, e.g. "spelling"; tests and tools key on it. */
  readonly rule: string;
  readonly message: string;
}

/**
 * Reading measures of one lesson's, scenario's or the assessment bank's learner-facing text (quotes
 * and facilitator notes left out).
 */
export interface LessonMeasures {
  readonly file: string;
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  /** Words per sentence; 0 when there are no sentences. */
  readonly averageSentenceLength: number;
  /** Flesch reading ease; undefined when there are no words. */
  readonly fleschReadingEase: number | undefined;
}

export interface LintResult {
  /**
   * Files in report order: course files first, then lessons in course order, then scenarios by
   * name, then the assessment bank.
   */
  readonly files: readonly string[];
  readonly findings: readonly LintFinding[];
  readonly lessons: readonly LessonMeasures[];
  /** Scenario files in file-name order; measured and held to the same limits as lessons. */
  readonly scenarios: readonly LessonMeasures[];
  /** The assessment bank (content/assessment.yaml) as one text, held to the same limits; absent when there is none. */
  readonly assessment?: LessonMeasures | undefined;
}

/** The fail thresholds, per lesson, per scenario and for the assessment bank. */
export const limits = {
  maxAverageSentenceLength: 20,
  minFleschReadingEase: 50,
  /** A single sentence longer than this is a warning. */
  maxSentenceLength: 30,
} as const;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts findings by file (in `fileOrder`, then by name), line, column, rule and message. */
export function sortFindings(findings: readonly LintFinding[], fileOrder: readonly string[] = []): LintFinding[] {
  const rank = (file: string): number => {
    const index = fileOrder.indexOf(file);
    return index < 0 ? fileOrder.length : index;
  };
  return [...findings].sort(
    (a, b) =>
      rank(a.file) - rank(b.file) ||
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.rule, b.rule) ||
      compareText(a.message, b.message),
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function formatMeasures(measures: LessonMeasures): string {
  const flesch = measures.fleschReadingEase === undefined ? 'n/a' : measures.fleschReadingEase.toFixed(1);
  return (
    `${measures.file}: ${plural(measures.words, 'word')}, ${plural(measures.sentences, 'sentence')}, ` +
    `average sentence ${measures.averageSentenceLength.toFixed(1)} words, Flesch reading ease ${flesch}`
  );
}

export interface FormatOptions {
  /** Names the content folder in the closing line. */
  readonly contentLabel?: string;
  /** Leave warnings out of the listing (they are still counted). */
  readonly quiet?: boolean;
}

function measuresSection(heading: string, measures: readonly LessonMeasures[]): string[] {
  if (measures.length === 0) return [];
  return [
    `${heading} (fail when the average sentence is over ${limits.maxAverageSentenceLength} words ` +
      `or the Flesch reading ease is below ${limits.minFleschReadingEase}):`,
    ...measures.map((each) => `  ${formatMeasures(each)}`),
    '',
  ];
}

/**
 * The report: `file:line:column: severity rule: message` per finding, a blank line between files,
 * then each lesson's, each scenario's and the assessment bank's measures and a closing count.
 */
export function formatReport(result: LintResult, options: FormatOptions = {}): string {
  const contentLabel = options.contentLabel ?? 'content/';
  const shown = sortFindings(result.findings, result.files).filter(
    (finding) => !options.quiet || finding.severity === 'error',
  );
  const lines: string[] = [];
  let previousFile: string | undefined;
  for (const finding of shown) {
    if (previousFile !== undefined && finding.file !== previousFile) lines.push('');
    previousFile = finding.file;
    lines.push(`${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.rule}: ${finding.message}`);
  }
  if (lines.length > 0) lines.push('');
  lines.push(
    ...measuresSection('Lessons', result.lessons),
    ...measuresSection('Scenarios', result.scenarios),
    ...measuresSection('Assessment bank', result.assessment ? [result.assessment] : []),
  );
  const errors = result.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = result.findings.length - errors;
  const hidden = options.quiet && warnings > 0 ? ' (warnings not listed)' : '';
  lines.push(
    `${plural(errors, 'error')} and ${plural(warnings, 'warning')}${hidden} in ${plural(result.files.length, 'file')} of ${contentLabel}.`,
  );
  return lines.join('\n') + '\n';
}
