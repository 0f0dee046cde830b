import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compileCourse } from '../../src/build/content/compile-course.js';
import { checkSuspendDataBudget, largestSuspendData, SUSPEND_DATA_LIMIT } from '../../src/build/suspend-data-budget.js';
import type { Course, KnowledgeCheckBlock, Lesson } from '../../src/course/types.js';
import { attemptQuestions, SEED_LIMIT } from '../../src/machines/assessment.js';
import { courseChecks, coursePages } from '../../src/machines/course-lookup.js';
import { restoreProgress, type Progress } from '../../src/machines/progress.js';
import { decodeSuspendData, encodeSuspendData, hashCollisions } from '../../src/tracking/suspend-data.js';
import { DRAW_HASH_WIDTH, optionHash, pageHash } from '../../src/tracking/suspend-data-hash.js';
import { fixtureCourse, matchingCheck, multipleCheck, orderingCheck } from '../machines/fixture-course.js';
import { assessmentBank, withAssessment } from '../tracking/fixture-assessment.js';

const course: Course = {
  ...fixtureCourse,
  lessons: [
    ...fixtureCourse.lessons,
    {
      id: 'follow-through',
      title: 'Follow through',
      summary: 'Ideas into practice.',
      objectiveIds: [],
      estimatedMinutes: 3,
      pages: [{ id: 'follow-steps-and-principles', title: 'Steps', blocks: [orderingCheck, matchingCheck] }],
    },
  ],
};

/** Two different ids with the same hash. */
function clashingIds(hash: (id: string) => string, prefix: string): [string, string] {
  const seen = new Map<string, string>();
  for (let n = 0; ; n += 1) {
    const id = `${prefix}${n}`;
    const other = seen.get(hash(id));
    if (other !== undefined) return [other, id];
    seen.set(hash(id), id);
  }
}

function withFirstLessonPages(c: Course, extra: Lesson['pages']): Course {
  const [first, ...rest] = c.lessons as [Lesson, ...Lesson[]];
  return { ...c, lessons: [{ ...first, pages: [...first.pages, ...extra] }, ...rest] };
}

describe('largestSuspendData', () => {
  it('encodes every page, the longest bookmark and the fullest answers at max attempts', () => {
    const { length, sample } = largestSuspendData(course);
    assert.equal(length, sample.length);
    const result = decodeSuspendData(course, sample);
    assert.equal(result.kind, 'decoded');
    if (result.kind !== 'decoded') return;
    assert.deepEqual(result.problems, []);
    const { progress, dropped } = restoreProgress(course, result.saved);
    assert.deepEqual(dropped, []);
    assert.equal(progress.pageId, 'follow-steps-and-principles');
    assert.deepEqual(progress.visited, coursePages(course).map((page) => page.id));
    for (const check of courseChecks(course)) {
      const answer = progress.answers[check.id];
      const expected = check.kind === 'single' || check.kind === 'true-false' ? 1 : check.options.length;
      assert.equal(answer?.optionIds.length, expected, check.id);
      assert.equal(answer?.attempts, check.maxAttempts, check.id);
    }
  });
});

/** Every option of a sequence or `multiple` question; one option of the others. */
function fullestResponse(question: KnowledgeCheckBlock): string[] {
  const ids = question.options.map((option) => option.id);
  return question.kind === 'single' || question.kind === 'true-false' ? ids.slice(0, 1) : ids;
}

/** The largest progress, but with every attempt drawn by `seed`: each submitted, each response its fullest. */
function fullAttempts(c: Course, seed: number): string {
  const largest = decodeSuspendData(c, largestSuspendData(c).sample);
  assert.ok(largest.kind === 'decoded');
  const responses = Object.fromEntries(attemptQuestions(c, seed).map((question) => [question.id, fullestResponse(question)]));
  const attempts = Array.from({ length: c.assessment?.maxAttempts ?? 0 }, () => ({ seed, submitted: true, responses }));
  const progress: Progress = { ...restoreProgress(c, largest.saved).progress, assessmentAttempts: attempts };
  return encodeSuspendData(c, progress);
}

describe('largestSuspendData with a final assessment', () => {
  // The bank's fullest responses: multiple 1+4·2, ordering and matching 1+3·2, three of 1+2.
  // Five are drawn, so the worst draw leaves out one of the three small ones.
  const assessed = withAssessment(course);

  it('samples every attempt allowed, submitted, with the longest seed and the fullest responses', () => {
    const { sample } = largestSuspendData(assessed);
    const result = decodeSuspendData(assessed, sample);
    assert.ok(result.kind === 'decoded');
    assert.deepEqual(result.problems, []);
    const { progress, dropped } = restoreProgress(assessed, result.saved);
    assert.deepEqual(dropped, []);
    const asked = attemptQuestions(assessed, SEED_LIMIT - 1);
    assert.deepEqual(progress.assessmentAttempts, Array.from({ length: 3 }, () => ({
      seed: SEED_LIMIT - 1,
      submitted: true,
      responses: Object.fromEntries(asked.map((question) => [question.id, fullestResponse(question)])),
    })));
  });

  it('bounds every draw, and is reached by the worst', () => {
    const { length, sample } = largestSuspendData(assessed);
    assert.ok(length >= sample.length);
    fc.assert(fc.property(fc.integer({ min: 0, max: SEED_LIMIT - 1 }), (seed) => fullAttempts(assessed, seed).length <= length), { numRuns: 200 });
    // Seeds from 31^5 are written in six characters, as the largest is.
    const sixDigitSeeds = Array.from({ length: 50 }, (_, n) => 31 ** 5 + n);
    assert.ok(sixDigitSeeds.some((seed) => fullAttempts(assessed, seed).length === length), 'some draw takes the whole bound');
  });

  it('counts each attempt field whole: seed, flag, the hash of its draw and the worst responses', () => {
    const oneAttemptMore = largestSuspendData(assessed).length - largestSuspendData(withAssessment(course, { maxAttempts: 2 })).length;
    // Six seed digits, the flag, the draw hash, 9 + 7 + 7 + 3 + 3 for the responses, and the `.`.
    assert.equal(oneAttemptMore, 6 + 1 + DRAW_HASH_WIDTH + 29 + 1);
  });

  it('counts the largest responses in the bank, not only those one seed draws', () => {
    // A bank of one large question among small ones, drawn one at a time.
    const large = { ...multipleCheck, id: 'final-large', maxAttempts: 1 };
    const bank = [large, ...assessmentBank.filter((question) => question.kind === 'single' || question.kind === 'true-false')];
    const oneAtATime = withAssessment(course, { questions: bank, drawCount: 1 });
    const { length, sample } = largestSuspendData(oneAtATime);
    const smallSeed = [SEED_LIMIT - 1, ...Array.from({ length: 50 }, (_, n) => 31 ** 5 + n)].find((seed) => attemptQuestions(oneAtATime, seed)[0]?.id !== large.id);
    const largeSeed = Array.from({ length: 50 }, (_, n) => 31 ** 5 + n).find((seed) => attemptQuestions(oneAtATime, seed)[0]?.id === large.id);
    assert.ok(smallSeed !== undefined && largeSeed !== undefined);
    assert.equal(fullAttempts(oneAtATime, largeSeed).length, length);
    assert.ok(fullAttempts(oneAtATime, smallSeed).length < length);
    assert.ok(sample.length <= length);
  });
});

describe('checkSuspendDataBudget', () => {
  it('passes a small course without hash collisions', () => {
    assert.deepEqual(hashCollisions(course), []);
    const result = checkSuspendDataBudget(course);
    assert.equal(result.ok, true, result.message);
    assert.equal(result.length, largestSuspendData(course).length);
  });

  it('fails on two pages sharing a hash, naming both and saying to rename one', () => {
    const [a, b] = clashingIds(pageHash, 'page-');
    const clashing = withFirstLessonPages(course, [a, b].map((id) => ({ id, title: id, blocks: [] })));
    const result = checkSuspendDataBudget(clashing);
    assert.equal(result.ok, false);
    assert.match(result.message ?? '', new RegExp(`pages "${a}" and "${b}"`));
    assert.match(result.message ?? '', /rename one/);
  });

  it('fails on two options of one check sharing a hash, but not on options of different checks', () => {
    const [a, b] = clashingIds(optionHash, 'o');
    const option = (id: string) => ({ id, textHtml: id, correct: true, feedbackHtml: '' });
    const check = (id: string, ids: string[]): KnowledgeCheckBlock => ({ ...orderingCheck, id, options: ids.map(option), displayOrder: [...ids].reverse() });
    const apart = withFirstLessonPages(course, [{ id: 'apart', title: 'Apart', blocks: [check('check-x', [a, 'z']), check('check-y', [b, 'z'])] }]);
    assert.deepEqual(hashCollisions(apart), []);
    const together = withFirstLessonPages(course, [{ id: 'together', title: 'Together', blocks: [check('check-x', [a, b])] }]);
    const result = checkSuspendDataBudget(together);
    assert.equal(result.ok, false);
    assert.match(result.message ?? '', new RegExp(`knowledge check "check-x": "${a}" and "${b}"`));
  });

  it(`fails when the largest progress exceeds ${SUSPEND_DATA_LIMIT} characters`, () => {
    const many = Array.from({ length: 1500 }, (_, n) => ({ id: `page-${n}`, title: `Page ${n}`, blocks: [] }));
    const result = checkSuspendDataBudget(withFirstLessonPages(course, many));
    assert.equal(result.ok, false);
    assert.ok(result.length > SUSPEND_DATA_LIMIT);
    assert.match(result.message ?? '', /4096/);
  });

  it(`fails when the assessment alone could take more than ${SUSPEND_DATA_LIMIT} characters`, () => {
    // Ten of twelve 30-option questions, each response 1 + 30·2 = 61 characters, seven attempts:
    // 7 · (6 + 1 + 3 + 10 · 61 + 1) = 4,347 (seed, flag, draw hash, responses, `.`).
    const options = Array.from({ length: 30 }, (_, n) => ({ id: `option-${n + 1}`, textHtml: `${n + 1}`, correct: n < 2, feedbackHtml: '' }));
    const questions = Array.from({ length: 12 }, (_, n): KnowledgeCheckBlock => ({
      ...multipleCheck,
      id: `final-${n + 1}`,
      objectiveIds: ['purpose-agenda', 'marginal-gains'],
      maxAttempts: 1,
      options,
      displayOrder: options.map((option) => option.id),
    }));
    const bigAssessment = withAssessment(course, { questions, drawCount: 10, maxAttempts: 7 });
    assert.deepEqual(hashCollisions(bigAssessment), []);
    assert.equal(checkSuspendDataBudget(withAssessment(course, { questions, drawCount: 10, maxAttempts: 6 })).ok, true);
    const result = checkSuspendDataBudget(bigAssessment);
    assert.equal(result.ok, false);
    assert.ok(result.length - largestSuspendData(course).length >= 4347, `${result.length}`);
    assert.match(result.message ?? '', /saved progress can reach \d+ characters, over SCORM 1\.2's suspend_data limit of 4096/);
  });

  it('fails on two options of one assessment question sharing a hash', () => {
    const [a, b] = clashingIds(optionHash, 'o');
    const option = (id: string) => ({ id, textHtml: id, correct: id === a, feedbackHtml: '' });
    const question: KnowledgeCheckBlock = { ...assessmentBank[0] as KnowledgeCheckBlock, id: 'final-clash', options: [a, b].map(option), displayOrder: [a, b] };
    const clashing = withAssessment(course, { questions: [...assessmentBank, question] });
    const result = checkSuspendDataBudget(clashing);
    assert.equal(result.ok, false);
    assert.match(result.message ?? '', new RegExp(`options of assessment question "final-clash": "${a}" and "${b}" share the hash`));
  });
});

describe('the real course', () => {
  it('fits in 1,000 characters of suspend_data with no hash collisions', async () => {
    const { course: real, problems } = await compileCourse({ contentDir: 'content' });
    assert.ok(real !== undefined, problems.map((problem) => problem.message).join('\n'));
    assert.deepEqual(hashCollisions(real), []);
    const budget = checkSuspendDataBudget(real);
    assert.equal(budget.ok, true, budget.message);
    assert.ok(budget.length <= 1000, `largest suspend_data is ${budget.length} characters`);
    const { sample } = largestSuspendData(real);
    const result = decodeSuspendData(real, sample);
    assert.ok(result.kind === 'decoded' && result.problems.length === 0);
    assert.deepEqual(restoreProgress(real, result.saved).dropped, []);
  });
});
