import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatReport, type LintFinding, type LintResult } from '../../src/build/lint/findings.js';
import { lintContent } from '../../src/build/lint/lint-prose.js';
import { fleschReadingEase } from '../../src/build/lint/readability.js';
import { parseAllowedWords } from '../../src/build/lint/allowed-words.js';
import { ProseChecker } from '../../src/build/lint/prose-checks.js';
import { knownBlockTypes } from '../../src/build/lint/text-fields.js';
import { blockTypes } from '../../src/build/content/schemas/lesson-schema.js';

const fixturesDir = fileURLToPath(new URL('./lint-fixtures/', import.meta.url));

/** Lints `lint-fixtures/<name>/content`, reporting paths as `content/…`. */
function lintFixture(name: string): Promise<LintResult> {
  return lintContent({ contentDir: 'content', rootDir: path.join(fixturesDir, name) });
}

function located(findings: readonly LintFinding[], rule?: string): string[] {
  return findings
    .filter((finding) => rule === undefined || finding.rule === rule)
    .map((finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.rule}`)
    .sort();
}

function errors(result: LintResult): LintFinding[] {
  return result.findings.filter((finding) => finding.severity === 'error');
}

describe('lintContent', () => {
  it('reports a misspelling at its exact line and column, with a UK suggestion', async () => {
    const result = await lintFixture('misspelling');
    assert.deepEqual(located(result.findings, 'spelling'), [
      // In a block scalar (`|`): the word's own line and column.
      'content/lessons/typo.yaml:11:59: error spelling',
      // In a quoted scalar: where the scalar starts.
      'content/lessons/typo.yaml:14:16: error spelling',
      // On the second line of a folded scalar (`>-`).
      'content/lessons/typo.yaml:25:21: error spelling',
      // Facilitator notes are spell-checked too.
      'content/lessons/typo.yaml:35:19: error spelling',
    ]);
    const first = result.findings.find((finding) => finding.line === 11);
    assert.match(first?.message ?? '', /^"recieve" is not in the UK English dictionary; did you mean "receive"/);
    assert.match(first?.message ?? '', /content\/allowed-words\.txt/);
  });

  it('checks facilitator notes for spelling only, and leaves them out of the measures', async () => {
    const result = await lintFixture('misspelling');
    // "The notes were written by the course team." is passive, but in facilitator notes.
    assert.deepEqual(located(result.findings, 'passive'), []);
    const [measures] = result.lessons;
    // Title, summary, page title, 2 prose sentences, callout title and text, question, 2 options, 2 feedbacks.
    assert.equal(measures?.sentences, 12);
  });

  it('fails a lesson whose average sentence is over 20 words, at its first line', async () => {
    const result = await lintFixture('long-sentences');
    assert.deepEqual(located(errors(result)), ['content/lessons/long.yaml:1:1: error sentence-length']);
    assert.match(errors(result)[0]?.message ?? '', /average sentence in this lesson is 24\.1 words \(169 words in 7 sentences\)/);
    assert.equal(result.lessons[0]?.sentences, 7);
    assert.equal(result.lessons[0]?.words, 169);
    // Each sentence over 30 words is a warning at the sentence's start.
    assert.deepEqual(located(result.findings, 'long-sentence'), [
      'content/lessons/long.yaml:10:11: warning long-sentence',
      'content/lessons/long.yaml:12:11: warning long-sentence',
      'content/lessons/long.yaml:14:11: warning long-sentence',
      'content/lessons/long.yaml:16:11: warning long-sentence',
    ]);
  });

  it('fails a lesson whose Flesch reading ease is below 50, with the measured values', async () => {
    const result = await lintFixture('hard-lesson');
    assert.deepEqual(located(errors(result)), ['content/lessons/hard.yaml:1:1: error readability']);
    const flesch = result.lessons[0]?.fleschReadingEase ?? Number.NaN;
    assert.ok(flesch < 50, `Flesch ${flesch}`);
    assert.match(errors(result)[0]?.message ?? '', new RegExp(`reading ease of this lesson is ${flesch.toFixed(1)} `));
    assert.ok((result.lessons[0]?.averageSentenceLength ?? 99) <= 20);
  });

  it('reports passive voice as a warning only', async () => {
    const result = await lintFixture('passive-only');
    assert.deepEqual(errors(result), []);
    assert.deepEqual(located(result.findings), ['content/lessons/passive.yaml:10:24: warning passive']);
    assert.match(result.findings[0]?.message ?? '', /^"written" may be passive voice/);
  });

  it('accepts allowed words, their capitalised and possessive forms, and nothing more', async () => {
    const result = await lintFixture('allowed-words');
    const misspelt = result.findings.filter((finding) => finding.rule === 'spelling').map((finding) => finding.message.split('"')[1]);
    // Gwilym, Gwilym's, Zorblat, zorblat and DVLA's pass; the plural and a misspelt name do not.
    assert.deepEqual(misspelt.sort(), ['Gwylim', 'zorblats']);
    assert.deepEqual(located(result.findings, 'allowed-words'), ['content/allowed-words.txt:6:1: error allowed-words']);
  });

  it('parses allowed-words.txt: comments, blank lines, trailing comments', () => {
    const parsed = parseAllowedWords('allowed-words.txt', '# header\n\nGwilym\nzorblat  # note\n  techUK\n*bad\n');
    assert.deepEqual(parsed.words, ['Gwilym', 'zorblat', 'techUK']);
    assert.deepEqual(
      parsed.findings.map((finding) => `${finding.line}:${finding.column}`),
      ['6:1'],
    );
  });

  it('skips quote text, link URLs, code and internal link ids, but checks attributions and link text', async () => {
    const result = await lintFixture('quotes-and-links');
    assert.deepEqual(located(result.findings), [
      'content/lessons/quotes.yaml:10:22: error spelling', // attribution "Jonh"
      'content/lessons/quotes.yaml:14:27: error spelling', // link text "gide"
      'content/lessons/quotes.yaml:16:13: error spelling', // "**Streamlning**", after the markers
    ]);
    // The quote's own words and the quote's sentences are not measured either.
    assert.equal(result.lessons[0]?.sentences, 7);
  });

  it('flags American spellings: rejected ones as errors, accepted ones as warnings', async () => {
    const result = await lintFixture('us-spelling');
    const byWord = new Map(result.findings.map((finding) => [finding.message.split('"')[1], finding]));
    assert.equal(byWord.get('organize')?.severity, 'error');
    assert.match(byWord.get('organize')?.message ?? '', /did you mean "organise"/);
    assert.equal(byWord.get('color')?.severity, 'error');
    assert.equal(byWord.get('behavior')?.severity, 'error');
    assert.equal(byWord.get('toward')?.rule, 'us-spelling');
    assert.equal(byWord.get('toward')?.severity, 'warning');
    assert.equal(byWord.get('program')?.rule, 'us-spelling');
    assert.deepEqual(located(result.findings, 'us-spelling'), [
      'content/lessons/us.yaml:11:26: warning us-spelling',
      'content/lessons/us.yaml:11:53: warning us-spelling',
    ]);
  });

  it('finds nothing in clean content and lists lessons in course order', async () => {
    const result = await lintFixture('clean');
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.files, ['content/course.yaml', 'content/lessons/second.yaml', 'content/lessons/first.yaml']);
    assert.deepEqual(
      result.lessons.map((lesson) => lesson.file),
      ['content/lessons/second.yaml', 'content/lessons/first.yaml'],
    );
  });
});

describe('lintContent on scenario files', () => {
  it('reports a misspelling in a scenario at its exact line and column', async () => {
    const result = await lintFixture('scenario-misspelling');
    // In a choice's `consequence` block scalar, on its second line; ids and `comment:` are not text.
    assert.deepEqual(located(result.findings), ['content/scenarios/budget-talk.yaml:22:20: error spelling']);
    assert.match(result.findings[0]?.message ?? '', /^"recieve" is not in the UK English dictionary; did you mean "receive"/);
  });

  it('knows scenario blocks, and lists scenarios after the lessons with their own measures', async () => {
    const result = await lintFixture('scenario-misspelling');
    assert.deepEqual(located(result.findings, 'unknown-block'), []);
    assert.deepEqual(result.files, ['content/lessons/practice.yaml', 'content/scenarios/budget-talk.yaml']);
    assert.deepEqual(result.lessons.map((lesson) => lesson.file), ['content/lessons/practice.yaml']);
    assert.deepEqual(result.scenarios.map((scenario) => scenario.file), ['content/scenarios/budget-talk.yaml']);
    // Scenario title, 2 intro sentences; node title, who, where, stakes, 2 situation sentences, 1 weigh;
    // choice text and 2 consequence sentences, choice text and 1; 2 ending titles and 2 debriefs.
    assert.equal(result.scenarios[0]?.sentences, 19);
    // The lesson's measures leave the scenario's text out.
    assert.equal(result.lessons[0]?.sentences, 5);
  });

  it('fails a scenario whose average sentence is over 20 words, at its first line', async () => {
    const result = await lintFixture('scenario-long-sentences');
    assert.deepEqual(located(errors(result)), ['content/scenarios/long-talk.yaml:1:1: error sentence-length']);
    assert.match(
      errors(result)[0]?.message ?? '',
      /^the average sentence in this scenario is 20\.6 words \(289 words in 14 sentences\)/,
    );
    assert.deepEqual(result.lessons, []);
    assert.equal(result.scenarios[0]?.sentences, 14);
    // Each sentence over 30 words is a warning at the sentence's start, in any scenario field.
    assert.deepEqual(located(result.findings, 'long-sentence'), [
      'content/scenarios/long-talk.yaml:13:7: warning long-sentence', // situation
      'content/scenarios/long-talk.yaml:15:7: warning long-sentence', // weigh
      'content/scenarios/long-talk.yaml:20:11: warning long-sentence', // consequence
      'content/scenarios/long-talk.yaml:25:11: warning long-sentence', // consequence
      'content/scenarios/long-talk.yaml:31:7: warning long-sentence', // debrief
      'content/scenarios/long-talk.yaml:4:3: warning long-sentence', // intro
    ]);
  });

  it('prints a measures line per scenario after the lessons', async () => {
    const report = formatReport(await lintFixture('scenario-misspelling'));
    assert.match(
      report,
      /\n {2}content\/lessons\/practice\.yaml: [^\n]*\n\nScenarios \(fail when the average sentence is over 20 words or the Flesch reading ease is below 50\):\n {2}content\/scenarios\/budget-talk\.yaml: 99 words, 19 sentences, average sentence 5\.2 words, Flesch reading ease \d+\.\d\n/,
    );
    assert.match(report, /\n1 error and 0 warnings in 2 files of content\/\.\n$/);
  });
});

describe('lintContent on the assessment bank', () => {
  it('reports misspellings in questions, matches and feedback at their line and column', async () => {
    const result = await lintFixture('assessment-misspelling');
    // The `comment:` and the ids are not text: "nevver" and the id "final-recieve" pass.
    assert.deepEqual(located(result.findings), [
      'content/assessment.yaml:11:23: error spelling', // question, second line of a block scalar
      'content/assessment.yaml:24:48: error spelling', // feedback, plain scalar
      'content/assessment.yaml:36:16: error spelling', // a matching option's `match`
    ]);
    const misspelt = result.findings.map((finding) => finding.message.split('"')[1]);
    assert.deepEqual(misspelt.sort(), ['Evidnce', 'peple', 'recieve']);
    assert.match(result.findings.find((finding) => finding.line === 11)?.message ?? '', /did you mean "receive"/);
  });

  it('measures the bank as one text, after the lessons, and leaves it out of the lessons', async () => {
    const result = await lintFixture('assessment-misspelling');
    assert.deepEqual(result.files, ['content/lessons/finish.yaml', 'content/assessment.yaml']);
    // First question: 2 question sentences, option text and 3 feedback sentences, option text and 2.
    // Matching question: the question, then text, match and feedback for each of 2 options.
    assert.equal(result.assessment?.file, 'content/assessment.yaml');
    assert.equal(result.assessment?.sentences, 16);
    assert.equal(result.assessment?.words, 87);
    // Lesson title, summary, 2 page titles and 2 prose sentences: the text-less blocks add nothing.
    assert.equal(result.lessons[0]?.sentences, 6);
    const report = formatReport(result);
    assert.match(
      report,
      /\n\nAssessment bank \(fail when the average sentence is over 20 words or the Flesch reading ease is below 50\):\n {2}content\/assessment\.yaml: 87 words, 16 sentences, average sentence 5\.4 words, Flesch reading ease \d+\.\d\n\n3 errors/,
    );
  });

  it('knows blocks with no text of their own (assessment, glossary, action plan, certificate)', async () => {
    const result = await lintFixture('assessment-misspelling');
    assert.deepEqual(located(result.findings, 'unknown-block'), []);
    assert.deepEqual(located(result.findings).filter((finding) => finding.includes('lessons/')), []);
  });

  it('knows every block type of the lesson schema', () => {
    // A block type added to the schema must be taught to text-fields.ts, or its text would go unchecked.
    assert.deepEqual(blockTypes.filter((type) => !knownBlockTypes.has(type)), []);
  });

  it('fails a bank whose average sentence is too long, as it would a lesson', async () => {
    const result = await lintFixture('assessment-long-sentences');
    assert.deepEqual(located(errors(result)), ['content/assessment.yaml:1:1: error sentence-length']);
    assert.match(errors(result)[0]?.message ?? '', /^the average sentence in this assessment bank is 24\.6 words \(123 words in 5 sentences\)/);
  });

  it('has no measures when there is no bank', async () => {
    const result = await lintFixture('clean');
    assert.equal(result.assessment, undefined);
    assert.doesNotMatch(formatReport(result), /Assessment bank/);
  });
});

describe('lintContent on files it cannot fully read', () => {
  it('reports a YAML syntax error and a block type it does not know, and lints the rest', async () => {
    const result = await lintFixture('broken');
    assert.deepEqual(located(result.findings), [
      'content/lessons/broken.yaml:2:8: error yaml-syntax',
      'content/lessons/future.yaml:8:15: warning unknown-block',
    ]);
    assert.deepEqual(result.files, ['content/lessons/broken.yaml', 'content/lessons/future.yaml']);
    assert.deepEqual(
      result.lessons.map((lesson) => lesson.file),
      ['content/lessons/future.yaml'],
    );
  });
});

describe('ProseChecker', () => {
  const checker = new ProseChecker({ allowedWords: [], allowedWordsPath: 'content/allowed-words.txt' });
  const text = 'We ate a apple. Do do it now. The chairman said we should utilise it.';

  it('warns about articles, repeated words, inclusive language and simpler words, by offset', () => {
    const issues = checker.check(text, 'full').issues.map((issue) => `${issue.offset} ${issue.severity} ${issue.rule}`);
    assert.deepEqual(issues.sort(), [
      `${text.indexOf('Do do')} warning repeated-word`,
      `${text.indexOf('a apple')} warning indefinite-article`,
      `${text.indexOf('chairman')} warning equality`,
      `${text.indexOf('utilise')} warning simpler`,
    ].sort());
  });

  it('keeps only spelling findings at the spelling level', () => {
    assert.deepEqual(checker.check(`${text} Ask the grup.`, 'spelling').issues.map((issue) => issue.rule), ['spelling']);
  });
});

describe('fleschReadingEase', () => {
  it('follows the Flesch formula', () => {
    // 100 words, 5 sentences, 130 syllables: 206.835 - 1.015 * 20 - 84.6 * 1.3.
    assert.equal(fleschReadingEase(100, 5, 130)?.toFixed(3), (206.835 - 20.3 - 109.98).toFixed(3));
    assert.equal(fleschReadingEase(0, 0, 0), undefined);
  });
});

describe('formatReport', () => {
  it('prints file:line:column: severity rule: message, grouped by file, then measures and counts', async () => {
    const result = await lintFixture('misspelling');
    const report = formatReport(result);
    const lines = report.trimEnd().split('\n');
    assert.match(lines[0] ?? '', /^content\/lessons\/typo\.yaml:11:59: error spelling: "recieve" is not/);
    assert.match(report, /\n {2}content\/lessons\/typo\.yaml: 67 words, 12 sentences, average sentence 5\.6 words, Flesch reading ease \d+\.\d\n/);
    assert.equal(lines[lines.length - 1], '4 errors and 0 warnings in 1 file of content/.');
  });

  it('leaves warnings out of the listing when quiet, but still counts them', async () => {
    const report = formatReport(await lintFixture('passive-only'), { quiet: true });
    assert.doesNotMatch(report, /passive:/);
    assert.match(report, /0 errors and 1 warning \(warnings not listed\) in 1 file of content\/\.\n$/);
  });
});
