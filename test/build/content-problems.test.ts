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
      'uncredited-quote',
      'unlisted-lesson-file',
      'lesson-id-mismatch',
      'wrong-extension',
      'missing-string',
      'missing-string',
      'unknown-string',
    ],
  },
  {
    name: 'bad-diagrams',
    summary: 'every way a diagram can be wrong, each at its line in the SVG or the lesson',
    codes: [
      'invalid-svg',
      'invalid-svg',
      'svg-no-viewbox',
      'svg-unsafe-element',
      'svg-unsafe-element',
      'svg-hard-coded-colour',
      'svg-event-handler',
      'svg-style-attribute',
      'svg-hard-coded-colour',
      'svg-unknown-class',
      'svg-unsafe-element',
      'svg-unsafe-element',
      'svg-external-link',
      'svg-unsafe-element',
      'svg-external-link',
      'svg-external-link',
      'svg-external-link',
      'svg-hard-coded-colour',
      'svg-hard-coded-colour',
      'svg-unsafe-element',
      'missing-diagram',
      'invalid-svg',
      'invalid-path',
      'diagram-text-not-described',
    ],
  },
  { name: 'unassessed-objective', summary: 'an objective no question assesses', codes: ['unassessed-objective'] },
  {
    name: 'uncovered-theme',
    summary: 'a theme no lesson covers, and a theme id listed twice',
    codes: ['uncovered-theme', 'duplicate-id'],
  },
  {
    name: 'unknown-theme',
    summary: "a lesson's theme that does not exist, leaving its theme uncovered",
    codes: ['uncovered-theme', 'unknown-theme'],
  },
  {
    name: 'uncredited-quote',
    summary: 'quotes by people the credits do not name',
    codes: ['uncredited-quote', 'uncredited-quote'],
  },
  {
    name: 'unlinked-term',
    summary: 'glossary terms not linked where they first appear',
    codes: ['unlinked-term', 'unlinked-term'],
  },
  { name: 'unused-term', summary: 'a glossary term no lesson uses', codes: ['unused-term'] },
  {
    name: 'glossary-rules',
    summary: 'the other glossary rules',
    codes: ['duplicate-id', 'duplicate-term', 'unused-term', 'duplicate-term', 'duplicate-term', 'broken-link'],
  },
  { name: 'duplicate-match', summary: 'a matching question with two matches the same', codes: ['duplicate-match'] },
  { name: 'ordering-two-options', summary: 'an ordering question with two options', codes: ['too-few-options'] },
  {
    name: 'arranging-rules',
    summary: 'the other ordering and matching rules',
    codes: ['field-not-allowed', 'missing-field', 'too-many-options', 'field-not-allowed', 'missing-field'],
  },
  {
    name: 'scenario-unreachable',
    summary: 'a scenario node and an ending no path reaches, each at its id',
    codes: ['unreachable-scenario-node', 'unreachable-scenario-ending'],
  },
  { name: 'scenario-dead-end', summary: 'a scenario node with no choices', codes: ['scenario-dead-end'] },
  {
    name: 'scenario-missing-target',
    summary: 'choices whose next names no node or ending',
    codes: ['missing-scenario-target', 'missing-scenario-target'],
  },
  {
    name: 'scenario-cycle',
    summary: 'choices that lead back to a node already passed, at the next that closes each cycle',
    codes: ['scenario-cycle', 'scenario-cycle'],
  },
  {
    name: 'scenario-effects',
    summary: 'effects on unknown principles and out of range',
    codes: ['unknown-principle', 'effect-out-of-range', 'wrong-type', 'effect-out-of-range', 'unknown-principle'],
  },
  { name: 'scenario-unplaced', summary: 'a scenario on no page', codes: ['unplaced-scenario'] },
  {
    name: 'unknown-scenario',
    summary: 'a scenario block naming no scenario, leaving the scenario on no page',
    codes: ['unknown-scenario', 'unplaced-scenario'],
  },
  { name: 'scenario-placed-twice', summary: 'a scenario placed on two pages', codes: ['duplicate-scenario-block'] },
  {
    name: 'scenario-glossary',
    summary: 'a glossary term first used, unlinked, in a scenario',
    codes: ['unlinked-term'],
  },
  {
    name: 'scenario-rules',
    summary: 'the other scenario rules',
    codes: [
      'wrong-extension',
      'scenario-id-mismatch',
      'unknown-field',
      'unknown-objective',
      'unknown-scenario-start',
      'missing-field',
      'unsafe-url',
      'too-few-choices',
      'too-many-choices',
      'broken-link',
      'duplicate-scenario-id',
      'unplaced-scenario',
      'duplicate-id',
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
