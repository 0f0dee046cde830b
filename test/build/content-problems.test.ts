/**
 * Each bad-input fixture is the valid course with one mistake (or, for the last ones, several).
 * The whole report is compared with the fixture's expected.txt, so every message, file, line and
 * column is checked, and nothing extra may appear.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { compileCase, removeMaterialisedCases } from './fixture-support.js';

interface BadInputCase {
  readonly name: string;
  readonly summary: string;
  /** The problem codes expected, in report order. */
  readonly codes: readonly string[];
}

const cases: readonly BadInputCase[] = [
  { name: 'yaml-syntax-error', summary: 'a YAML syntax error', codes: ['yaml-syntax'] },
  { name: 'unknown-block-type', summary: 'an unknown block type, reported once', codes: ['unknown-block-type'] },
  { name: 'missing-required-field', summary: 'a missing required field', codes: ['missing-field'] },
  { name: 'duplicate-id', summary: 'duplicate ids, naming where each was first used', codes: ['duplicate-id', 'duplicate-id'] },
  { name: 'no-correct-option', summary: 'a question with no correct option', codes: ['no-correct-option'] },
  { name: 'single-two-correct', summary: 'a single-choice question with two correct options', codes: ['too-many-correct'] },
  { name: 'option-without-feedback', summary: 'an option without feedback', codes: ['option-without-feedback'] },
  { name: 'unknown-objective', summary: 'objective ids that do not exist', codes: ['unknown-objective', 'unknown-objective'] },
  { name: 'script-in-prose', summary: 'a <script> element in prose', codes: ['script-element'] },
  { name: 'javascript-url', summary: 'a javascript: URL in prose', codes: ['unsafe-url'] },
  { name: 'onclick-attribute', summary: 'an onclick attribute in prose', codes: ['event-handler-attribute'] },
  { name: 'broken-link', summary: 'links to a lesson or page that does not exist', codes: ['broken-link', 'broken-link'] },
  { name: 'empty-lesson', summary: 'a lesson with no pages', codes: ['empty-lesson'] },
  {
    name: 'question-rules',
    summary: 'the other question rules',
    codes: ['missing-field', 'duplicate-option-id', 'out-of-range', 'too-few-options', 'true-false-options', 'too-many-correct'],
  },
  {
    name: 'several-problems',
    summary: 'every problem across two lesson files at once',
    codes: [
      'broken-link',
      'unknown-field',
      'script-element',
      'empty-page',
      'duplicate-id',
      'unknown-objective',
      'no-correct-option',
      'option-without-feedback',
      'event-handler-attribute',
    ],
  },
  {
    name: 'course-and-strings',
    summary: 'every problem in course.yaml, strings.yaml and the lesson folder at once',
    codes: [
      'wrong-type',
      'invalid-value',
      'out-of-range',
      'invalid-date',
      'invalid-url',
      'missing-logo',
      'unknown-field',
      'wrong-type',
      'invalid-colour',
      'low-contrast',
      'missing-lesson-file',
      'duplicate-lesson-entry',
      'unlisted-lesson-file',
      'lesson-id-mismatch',
      'wrong-extension',
      'missing-string',
      'missing-string',
      'unknown-string',
    ],
  },
];

describe('content problems', () => {
  after(removeMaterialisedCases);

  for (const { name, summary, codes } of cases) {
    it(`reports ${summary} (${name})`, async () => {
      const { result, report, expected } = await compileCase(name);
      assert.equal(result.course, undefined, 'no course is emitted when there are problems');
      assert.equal(report, expected);
      assert.deepEqual(
        result.problems.map((problem) => problem.code),
        codes,
      );
    });
  }
});
