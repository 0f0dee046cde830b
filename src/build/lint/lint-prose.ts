/**
 * Checks the writing of the course: spelling (UK English) everywhere a learner or facilitator
 * reads, style warnings in learner-facing text, and the reading measures of each lesson, each
 * branching scenario and the final assessment's question bank.
 *
 * Structure is `npm run validate`'s job: this reads whatever lesson, scenario and assessment files
 * exist, lints what it can and reports only the YAML syntax errors that stop it reading a file.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import {
  assessmentFileName,
  courseFileName,
  lessonFolderEntries,
  lessonsFolderName,
  loadYaml,
  scenarioFolderEntries,
  scenariosFolderName,
  stringsFileName,
} from '../content/content-files.js';
import { ProblemList } from '../content/problems.js';
import { positionInScalar } from '../content/scalar-positions.js';
import { asFields, asList } from '../content/value-access.js';
import { valuePosition, type YamlFile } from '../content/yaml-file.js';
import { allowedWordsFileName, loadAllowedWords } from './allowed-words.js';
import { limits, type LessonMeasures, type LintFinding, type LintResult } from './findings.js';
import { markdownToPlainText, plainTextOf, sourceOffset, type PlainText } from './markdown-text.js';
import { ProseChecker, type SentenceMeasure } from './prose-checks.js';
import { readingMeasures } from './readability.js';
import {
  assessmentTextFields,
  courseTextFields,
  glossaryTextFields,
  lessonTextFields,
  scenarioTextFields,
  stringsTextFields,
  unknownBlocks,
  type TextField,
} from './text-fields.js';

export const glossaryFileName = 'glossary.yaml';

export interface LintOptions {
  /** The content folder; a relative path is taken from `rootDir`. */
  readonly contentDir: string;
  /** Reported file paths are relative to this folder. Default: the current working directory. */
  readonly rootDir?: string;
}

function plainTextOfField(field: TextField): PlainText {
  switch (field.format) {
    case 'markdown':
      return markdownToPlainText(field.text);
    case 'template':
      // `{name}` placeholders are filled in at run time: blank them, keeping every offset.
      return plainTextOf(field.text.replace(/\{[^{}\n]*\}/g, (placeholder) => ' '.repeat(placeholder.length)));
    case 'plain':
      return plainTextOf(field.text);
  }
}

interface FileLint {
  readonly findings: LintFinding[];
  /** Sentences of the fields checked in full: the learner-facing text. */
  readonly sentences: SentenceMeasure[];
}

function lintFields(file: YamlFile, fields: readonly TextField[], checker: ProseChecker): FileLint {
  const findings: LintFinding[] = [];
  const sentences: SentenceMeasure[] = [];
  for (const field of fields) {
    const plain = plainTextOfField(field);
    const checked = checker.check(plain.text, field.level);
    const at = (plainOffset: number) =>
      positionInScalar(file, field.path, sourceOffset(plain, plainOffset, field.text.length));
    for (const issue of checked.issues) {
      findings.push({ file: file.displayPath, ...at(issue.offset), severity: issue.severity, rule: issue.rule, message: issue.message });
    }
    if (field.level !== 'full') continue;
    for (const sentence of checked.sentences) {
      sentences.push(sentence);
      if (sentence.words > limits.maxSentenceLength) {
        findings.push({
          file: file.displayPath,
          ...at(sentence.offset),
          severity: 'warning',
          rule: 'long-sentence',
          message: `this sentence has ${sentence.words} words (more than ${limits.maxSentenceLength}): split it into two or more`,
        });
      }
    }
  }
  return { findings, sentences };
}

/** Errors for a lesson, scenario or the assessment bank (`kind`) over the limits, at its first line. */
function thresholdFindings(measures: LessonMeasures, kind: 'lesson' | 'scenario' | 'assessment bank'): LintFinding[] {
  const start = { file: measures.file, line: 1, column: 1 };
  const findings: LintFinding[] = [];
  const average = Number(measures.averageSentenceLength.toFixed(1));
  if (average > limits.maxAverageSentenceLength) {
    findings.push({
      ...start,
      severity: 'error',
      rule: 'sentence-length',
      message:
        `the average sentence in this ${kind} is ${average.toFixed(1)} words (${measures.words} words in ` +
        `${measures.sentences} sentences); keep it to ${limits.maxAverageSentenceLength} or fewer: split long sentences`,
    });
  }
  const flesch = measures.fleschReadingEase;
  if (flesch !== undefined && Number(flesch.toFixed(1)) < limits.minFleschReadingEase) {
    const syllablesPerWord = measures.words === 0 ? 0 : measures.syllables / measures.words;
    findings.push({
      ...start,
      severity: 'error',
      rule: 'readability',
      message:
        `Flesch reading ease of this ${kind} is ${flesch.toFixed(1)} (at least ${limits.minFleschReadingEase} needed; ` +
        `${average.toFixed(1)} words a sentence, ${syllablesPerWord.toFixed(2)} syllables a word): ` +
        'use shorter sentences and shorter, everyday words',
    });
  }
  return findings;
}

async function exists(absolutePath: string): Promise<boolean> {
  try {
    await access(absolutePath);
    return true;
  } catch {
    return false;
  }
}

/** Lesson file names in course order, then any others in name order. */
function lessonOrder(names: readonly string[], courseFile: YamlFile | undefined): string[] {
  const listed = asList(asFields(courseFile?.value)?.['lessons'])
    .filter((id): id is string => typeof id === 'string')
    .map((id) => `${id}.yaml`);
  const present = new Set(names);
  const ordered = [...new Set(listed)].filter((name) => present.has(name));
  return [...ordered, ...names.filter((name) => !ordered.includes(name))];
}

/** Lints the content folder; findings are unsorted (the report sorts them in `files` order). */
export async function lintContent(options: LintOptions): Promise<LintResult> {
  const rootDir = path.resolve(options.rootDir ?? process.cwd());
  const contentDir = path.resolve(rootDir, options.contentDir);
  const display = (absolute: string) => path.relative(rootDir, absolute).split(path.sep).join('/');
  const loadProblems = new ProblemList();
  const findings: LintFinding[] = [];
  const files: string[] = [];

  const allowedWordsPath = path.join(contentDir, allowedWordsFileName);
  const allowed = await loadAllowedWords(allowedWordsPath, display(allowedWordsPath));
  findings.push(...allowed.findings);
  if (allowed.findings.length > 0) files.push(display(allowedWordsPath));
  const checker = new ProseChecker({ allowedWords: allowed.words, allowedWordsPath: display(allowedWordsPath) });

  const load = async (absolutePath: string): Promise<YamlFile | undefined> => {
    if (!(await exists(absolutePath))) return undefined;
    const file = await loadYaml(absolutePath, display, loadProblems, 'it was there a moment ago');
    if (file) files.push(file.displayPath);
    return file?.parsed ? file : undefined;
  };

  const courseFile = await load(path.join(contentDir, courseFileName));
  if (courseFile) findings.push(...lintFields(courseFile, courseTextFields(courseFile.value), checker).findings);
  const stringsFile = await load(path.join(contentDir, stringsFileName));
  if (stringsFile) findings.push(...lintFields(stringsFile, stringsTextFields(stringsFile.value), checker).findings);
  const glossaryFile = await load(path.join(contentDir, glossaryFileName));
  if (glossaryFile) findings.push(...lintFields(glossaryFile, glossaryTextFields(glossaryFile.value), checker).findings);

  const lessons: LessonMeasures[] = [];
  const lessonNames = (await lessonFolderEntries(contentDir)).filter((name) => name.endsWith('.yaml'));
  for (const name of lessonOrder(lessonNames, courseFile)) {
    const file = await load(path.join(contentDir, lessonsFolderName, name));
    if (!file) continue;
    const lint = lintFields(file, lessonTextFields(file.value), checker);
    findings.push(...lint.findings);
    for (const block of unknownBlocks(file.value)) {
      findings.push({
        file: file.displayPath,
        ...valuePosition(file, block.path),
        severity: 'warning',
        rule: 'unknown-block',
        message: `the prose linter does not know "${block.type}" blocks, so their text was not checked (teach src/build/lint/text-fields.ts about them)`,
      });
    }
    const measures = readingMeasures(file.displayPath, lint.sentences);
    lessons.push(measures);
    findings.push(...thresholdFindings(measures, 'lesson'));
  }

  const scenarios: LessonMeasures[] = [];
  const scenarioNames = (await scenarioFolderEntries(contentDir)).filter((name) => name.endsWith('.yaml'));
  for (const name of scenarioNames) {
    const file = await load(path.join(contentDir, scenariosFolderName, name));
    if (!file) continue;
    const lint = lintFields(file, scenarioTextFields(file.value), checker);
    findings.push(...lint.findings);
    const measures = readingMeasures(file.displayPath, lint.sentences);
    scenarios.push(measures);
    findings.push(...thresholdFindings(measures, 'scenario'));
  }

  // The bank is read as one text: a learner meets a draw from it, not a single question.
  let assessment: LessonMeasures | undefined;
  const assessmentFile = await load(path.join(contentDir, assessmentFileName));
  if (assessmentFile) {
    const lint = lintFields(assessmentFile, assessmentTextFields(assessmentFile.value), checker);
    findings.push(...lint.findings);
    assessment = readingMeasures(assessmentFile.displayPath, lint.sentences);
    findings.push(...thresholdFindings(assessment, 'assessment bank'));
  }

  for (const problem of loadProblems.sorted()) {
    if (problem.code === 'missing-file') continue;
    findings.push({ ...problem, severity: 'error', rule: problem.code });
  }
  return { files, findings, lessons, scenarios, assessment };
}
