import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  MAX_REFLECTION_LENGTH,
  initialProgress,
  restoreProgress,
  type Progress,
} from '../../src/machines/progress.js';
import { fixtureCourse as course, withNavigation } from './fixture-course.js';

const valid: Progress = {
  pageId: 'purpose-agenda',
  visited: ['purpose-why', 'purpose-agenda'],
  answers: {
    'check-agenda': { optionIds: ['a'], attempts: 1, correct: false },
    'check-gains': { optionIds: ['a', 'c'], attempts: 2, correct: true },
  },
  reflections: { 'reflect-purpose': 'My purpose.' },
  scenarios: {},
};

function assertIsProgress(progress: Progress): void {
  assert.equal(typeof progress.pageId, 'string');
  assert.ok(Array.isArray(progress.visited));
  assert.equal(typeof progress.answers, 'object');
  assert.equal(typeof progress.reflections, 'object');
}

describe('restoreProgress', () => {
  it('keeps valid progress exactly, dropping nothing', () => {
    const restored = restoreProgress(course, JSON.parse(JSON.stringify(valid)));
    assert.deepEqual(restored.progress, valid);
    assert.deepEqual(restored.dropped, []);
  });

  it('treats null and undefined as nothing saved', () => {
    for (const saved of [null, undefined]) {
      const restored = restoreProgress(course, saved);
      assert.deepEqual(restored.progress, initialProgress(course));
      assert.deepEqual(restored.dropped, []);
    }
  });

  it('starts afresh from values that are not objects, saying why', () => {
    for (const saved of [0, 42, NaN, '', 'progress', true, [], [1, 2], Symbol('x'), () => 1, 10n]) {
      const restored = restoreProgress(course, saved);
      assert.deepEqual(restored.progress, initialProgress(course));
      assert.equal(restored.dropped.length, 1, String(typeof saved));
    }
  });

  it('drops pages, checks and reflections that no longer exist', () => {
    const restored = restoreProgress(course, {
      pageId: 'old-page',
      visited: ['purpose-why', 'old-page', 'purpose-why', 7, null],
      answers: {
        'old-check': { optionIds: ['a'], attempts: 1, correct: true },
        'check-agenda': { optionIds: ['b'], attempts: 1, correct: true },
      },
      reflections: { 'old-reflection': 'x', 'reflect-purpose': 'kept' },
      someFutureField: { anything: true },
    });
    assert.deepEqual(restored.progress, {
      pageId: 'purpose-why',
      visited: ['purpose-why'],
      answers: { 'check-agenda': { optionIds: ['b'], attempts: 1, correct: true } },
      reflections: { 'reflect-purpose': 'kept' },
      scenarios: {},
    });
    const text = restored.dropped.join('\n');
    for (const fragment of ['old-page', 'listed twice', '7', 'null', 'old-check', 'old-reflection']) {
      assert.match(text, new RegExp(fragment), fragment);
    }
  });

  it('drops answers with unknown options or wrong shapes', () => {
    const restored = restoreProgress(course, {
      pageId: 'purpose-why',
      visited: ['purpose-why'],
      answers: {
        'check-agenda': { optionIds: ['z'], attempts: 1, correct: true },
        'check-gains': { optionIds: 'a', attempts: 1, correct: false },
        'check-myth': 'false',
      },
    });
    assert.deepEqual(restored.progress.answers, {});
    assert.equal(restored.dropped.length, 3);
  });

  it('drops invalid selections: empty, repeated, too many for the kind, bad attempts', () => {
    const cases: unknown[] = [
      { 'check-agenda': { optionIds: [], attempts: 1 } },
      { 'check-agenda': { optionIds: ['a', 'b'], attempts: 1 } },
      { 'check-myth': { optionIds: ['true', 'false'], attempts: 1 } },
      { 'check-gains': { optionIds: ['a', 'a'], attempts: 1 } },
      { 'check-gains': { optionIds: ['a', 'b', 'c', 'd', 'a'], attempts: 1 } },
      { 'check-gains': { optionIds: ['a'], attempts: '1' } },
      { 'check-gains': { optionIds: ['a'], attempts: Infinity } },
      { 'check-gains': { optionIds: ['a'] } },
    ];
    for (const answers of cases) {
      const restored = restoreProgress(course, { answers });
      assert.deepEqual(restored.progress.answers, {}, JSON.stringify(answers));
      assert.ok(restored.dropped.length > 0);
    }
  });

  it('re-computes correctness and clamps attempts', () => {
    const restored = restoreProgress(course, {
      answers: {
        'check-agenda': { optionIds: ['a'], attempts: 99, correct: true },
        'check-gains': { optionIds: ['c', 'a'], attempts: 0, correct: false },
        'check-myth': { optionIds: ['false'], attempts: 1.7, correct: 'yes' },
      },
    });
    assert.deepEqual(restored.progress.answers, {
      'check-agenda': { optionIds: ['a'], attempts: 2, correct: false },
      'check-gains': { optionIds: ['a', 'c'], attempts: 1, correct: true },
      'check-myth': { optionIds: ['false'], attempts: 1, correct: true },
    });
    assert.match(restored.dropped.join('\n'), /attempts 99 corrected to 2/);
    assert.match(restored.dropped.join('\n'), /re-marked as false/);
  });

  it('drops non-string reflections and caps long ones', () => {
    const restored = restoreProgress(course, { reflections: { 'reflect-purpose': { text: 'x' } } });
    assert.deepEqual(restored.progress.reflections, {});
    const long = restoreProgress(course, { reflections: { 'reflect-purpose': 'y'.repeat(10_000) } });
    assert.equal(long.progress.reflections['reflect-purpose']?.length, MAX_REFLECTION_LENGTH);
    assert.equal(long.dropped.length, 1);
  });

  it('falls back to the first page when the saved page cannot be opened under sequential rules', () => {
    const sequential = withNavigation(course, 'sequential');
    const restored = restoreProgress(sequential, { pageId: 'gains-myth', visited: ['purpose-why'] });
    assert.equal(restored.progress.pageId, 'purpose-why');
    assert.equal(restored.dropped.length, 1);
    const free = restoreProgress(course, { pageId: 'gains-myth', visited: ['purpose-why'] });
    assert.equal(free.progress.pageId, 'gains-myth');
  });

  it('ignores prototype-pollution keys and inherited properties', () => {
    const saved: unknown = JSON.parse(
      '{"__proto__": {"pageId": "gains-myth", "polluted": true},' +
        ' "visited": ["purpose-why"],' +
        ' "answers": {"__proto__": {"optionIds": ["b"], "attempts": 1, "correct": true},' +
        '   "constructor": {"optionIds": ["b"], "attempts": 1}},' +
        ' "reflections": {"__proto__": "x", "constructor": "y"}}',
    );
    const restored = restoreProgress(course, saved);
    assert.equal(restored.progress.pageId, 'purpose-why');
    assert.deepEqual(restored.progress.answers, {});
    assert.deepEqual(restored.progress.reflections, {});
    assert.equal(Object.getPrototypeOf(restored.progress.answers), Object.prototype);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);

    const inherited = Object.create({ pageId: 'gains-myth', visited: ['gains-myth'] }) as object;
    assert.deepEqual(restoreProgress(course, inherited).progress, initialProgress(course));
  });

  it('never throws on hostile input', () => {
    const throwing = Object.defineProperty({}, 'pageId', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const cyclic: Record<string, unknown> = { pageId: 'purpose-why' };
    cyclic['visited'] = [cyclic];
    cyclic['answers'] = cyclic;
    const inputs: unknown[] = [
      throwing,
      revoked.proxy,
      cyclic,
      { pageId: null, visited: null, answers: null, reflections: null },
      { pageId: 7, visited: 'purpose-why', answers: [], reflections: [] },
      { answers: { 'check-agenda': null, 'check-gains': [], 'check-myth': 5 } },
      { answers: { 'check-agenda': { optionIds: [null, {}, []], attempts: -1 } } },
      { visited: new Array(2 ** 32 - 1) },
      new Date(0),
      new Map([['pageId', 'gains-myth']]),
    ];
    for (const saved of inputs) {
      const restored = restoreProgress(course, saved);
      assertIsProgress(restored.progress);
      assert.ok(Array.isArray(restored.dropped));
    }
    assert.deepEqual(restoreProgress(course, throwing).progress, initialProgress(course));
  });

  it('handles huge arrays and objects with bounded work and bounded messages', () => {
    const started = performance.now();
    const visited = Array.from({ length: 200_000 }, (_, index) => `page-${index}`);
    visited.push('purpose-why');
    const answers = Object.fromEntries(
      Array.from({ length: 50_000 }, (_, index) => [`check-${index}`, { optionIds: ['a'], attempts: 1 }]),
    );
    const restored = restoreProgress(course, {
      pageId: 'x'.repeat(1_000_000),
      visited,
      answers,
      reflections: { 'reflect-purpose': 'z'.repeat(5_000_000) },
    });
    assert.deepEqual(restored.progress.visited, [], 'entries past the first 10,000 are not read');
    assert.deepEqual(restored.progress.answers, {});
    assert.equal(restored.progress.reflections['reflect-purpose']?.length, MAX_REFLECTION_LENGTH);
    assert.ok(restored.dropped.length <= 51, `${restored.dropped.length} messages`);
    assert.match(restored.dropped.at(-1) ?? '', /and \d+ more/);
    assert.ok(restored.dropped.every((message) => message.length < 200), 'long values are shortened');
    assert.ok(performance.now() - started < 2000);
  });
});
