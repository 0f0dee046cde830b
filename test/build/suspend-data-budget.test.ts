import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileCourse } from '../../src/build/content/compile-course.js';
import { checkSuspendDataBudget, largestSuspendData, SUSPEND_DATA_LIMIT } from '../../src/build/suspend-data-budget.js';
import type { Course, KnowledgeCheckBlock, Lesson } from '../../src/course/types.js';
import { courseChecks, coursePages } from '../../src/machines/course-lookup.js';
import { restoreProgress } from '../../src/machines/progress.js';
import { decodeSuspendData, hashCollisions } from '../../src/tracking/suspend-data.js';
import { optionHash, pageHash } from '../../src/tracking/suspend-data-hash.js';
import { fixtureCourse, matchingCheck, orderingCheck } from '../machines/fixture-course.js';

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
