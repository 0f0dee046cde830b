/**
 * The final assessment (content/assessment.yaml): a valid bank compiles to `Course.assessment`, and
 * each bad-input fixture's whole report matches its expected.txt.
 */
import assert from 'node:assert/strict';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { compileCourse } from '../../src/build/content/compile-course.js';
import { compileCase, fixturesDir, materialiseCase, removeMaterialisedCases } from './fixture-support.js';

const badCases = [
  { name: 'assessment-unknown-field', summary: 'an unknown field', codes: ['unknown-field'] },
  { name: 'assessment-draw-too-small', summary: 'a draw too small to cover every objective', codes: ['draw-misses-objectives'] },
  { name: 'assessment-unknown-objective', summary: 'an objective that does not exist', codes: ['unknown-objective'] },
  { name: 'assessment-no-correct-option', summary: 'a question with no correct option', codes: ['no-correct-option'] },
  { name: 'assessment-unplaced', summary: 'a bank on no page', codes: ['unplaced-assessment'] },
  { name: 'assessment-without-bank', summary: 'an assessment block without a bank', codes: ['assessment-without-bank'] },
  { name: 'assessment-placed-twice', summary: 'the assessment on two pages', codes: ['duplicate-assessment-block'] },
] as const;

describe('the final assessment', () => {
  after(removeMaterialisedCases);

  it('compiles a valid bank to Course.assessment', async () => {
    const root = await materialiseCase('valid');
    await cp(path.join(fixturesDir, 'assessment-valid', 'content'), path.join(root, 'content'), { recursive: true });
    const result = await compileCourse({ contentDir: 'content', rootDir: root });
    assert.deepEqual(result.problems, []);
    const assessment = result.course?.assessment;
    assert.ok(assessment);
    assert.equal(assessment.drawCount, 2);
    assert.equal(assessment.maxAttempts, 2);
    assert.equal(assessment.opensWhen, 'always');
    assert.deepEqual(
      assessment.questions.map((question) => [question.id, question.kind, question.maxAttempts, question.objectiveIds]),
      [
        ['final-both', 'single', 1, ['obj-read', 'obj-answer']],
        ['final-read', 'true-false', 1, ['obj-read']],
        ['final-answer', 'single', 1, ['obj-answer']],
      ],
    );
    const first = assessment.questions[0];
    assert.equal(first?.type, 'knowledge-check');
    assert.equal(first?.questionHtml, '<p>Which is <strong>right</strong>?</p>');
    assert.deepEqual(first?.options.map((option) => [option.id, option.correct, option.textHtml]), [
      ['a', true, 'This one'],
      ['b', false, 'That one'],
    ]);
    assert.deepEqual(first?.displayOrder, ['a', 'b']);
    const trueFalse = assessment.questions[1];
    assert.deepEqual(trueFalse?.options.map((option) => option.id), ['true', 'false']);
  });

  it('leaves Course.assessment out when there is no assessment.yaml', async () => {
    const result = await compileCourse({ contentDir: 'content', rootDir: await materialiseCase('valid') });
    assert.deepEqual(result.problems, []);
    assert.ok(result.course);
    assert.equal('assessment' in result.course, false);
  });

  for (const { name, summary, codes } of badCases) {
    it(`reports ${summary} (${name})`, async () => {
      const { result, report, expected } = await compileCase(name);
      assert.equal(result.course, undefined);
      assert.deepEqual(result.problems.map((problem) => problem.code), codes);
      assert.equal(report, expected);
    });
  }

  it('compiles the real course content with its assessment', async () => {
    const result = await compileCourse({ contentDir: 'content' });
    assert.deepEqual(result.problems, []);
    assert.equal(result.course?.assessment?.questions.length, 22);
    assert.equal(result.course?.assessment?.drawCount, 10);
  });
});
