import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayOrder, fixedShuffle } from '../../src/build/content/display-order.js';

const steps = (count: number): string[] => Array.from({ length: count }, (_, index) => `step-${index + 1}`);

describe('display order', () => {
  it('keeps choice questions in authored order', () => {
    for (const kind of ['single', 'multiple', 'true-false'] as const) {
      assert.deepEqual(displayOrder(kind, 'check-a', ['a', 'b', 'c']), ['a', 'b', 'c']);
    }
  });

  it('shuffles ordering and matching questions the same way every time, from the question id', () => {
    for (const kind of ['ordering', 'matching'] as const) {
      const first = displayOrder(kind, 'check-follow-order', steps(6));
      assert.deepEqual(displayOrder(kind, 'check-follow-order', steps(6)), first);
      assert.deepEqual([...first].sort(), [...steps(6)].sort());
    }
    // Another id gives another shuffle: the seed is the id, not a clock or Math.random.
    assert.notDeepEqual(fixedShuffle(steps(8), 'check-one'), fixedShuffle(steps(8), 'check-two'));
  });

  it('is never the right order, for every allowed number of options and many ids', () => {
    for (let count = 2; count <= 8; count += 1) {
      const authored = steps(count);
      for (let seed = 0; seed < 500; seed += 1) {
        const shuffled = fixedShuffle(authored, `check-${seed}`);
        assert.notDeepEqual(shuffled, authored, `${count} options, check-${seed}`);
        assert.deepEqual([...shuffled].sort(), [...authored].sort());
      }
    }
  });

  it('leaves a single option alone', () => {
    assert.deepEqual(fixedShuffle(['only'], 'check'), ['only']);
    assert.deepEqual(fixedShuffle([], 'check'), []);
  });
});
