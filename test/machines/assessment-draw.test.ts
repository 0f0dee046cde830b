import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { drawQuestions, seededRandom, seededShuffle, uncoverableSeeds, type DrawableQuestion } from '../../src/machines/assessment-draw.js';

const objectives = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'];

/** A bank where every objective has at least one question, some questions assessing two. */
const bankArbitrary = fc
  .array(fc.subarray(objectives, { minLength: 1, maxLength: 2 }), { minLength: 0, maxLength: 20 })
  .map((extra): DrawableQuestion[] => [
    ...objectives.map((objectiveId, index) => ({ id: `cover-${index}`, objectiveIds: [objectiveId] })),
    ...extra.map((objectiveIds, index) => ({ id: `q-${index}`, objectiveIds })),
  ]);

describe('seeded randomness', () => {
  it('gives the same sequence for the same seed and another for another', () => {
    const first = seededRandom(42);
    const again = seededRandom(42);
    const other = seededRandom(43);
    const a = [first(), first(), first()];
    assert.deepEqual([again(), again(), again()], a);
    assert.notDeepEqual([other(), other(), other()], a);
    assert.ok(a.every((value) => value >= 0 && value < 1));
  });

  it('shuffles without losing or repeating anything', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        assert.deepEqual([...seededShuffle(items, seed)].sort(), [...items].sort());
      }),
    );
  });
});

describe('drawing an attempt', () => {
  it('covers every objective, with no repeats, at the size asked (or the whole bank)', () => {
    fc.assert(
      fc.property(bankArbitrary, fc.integer({ min: objectives.length, max: 30 }), fc.nat(), (bank, count, seed) => {
        const drawn = drawQuestions(bank, count, objectives, seed);
        assert.ok(drawn, 'a bank with a question per objective can always be covered');
        assert.equal(drawn.length, Math.min(count, bank.length));
        assert.equal(new Set(drawn).size, drawn.length);
        const covered = new Set(drawn.flatMap((id) => bank.find((question) => question.id === id)?.objectiveIds ?? []));
        for (const objective of objectives) assert.ok(covered.has(objective), `${objective} covered`);
      }),
    );
  });

  it('draws the same questions in the same order for the same seed, so a resumed attempt matches', () => {
    fc.assert(
      fc.property(bankArbitrary, fc.nat(), (bank, seed) => {
        assert.deepEqual(drawQuestions(bank, 8, objectives, seed), drawQuestions(bank, 8, objectives, seed));
      }),
    );
  });

  it('varies between seeds', () => {
    const bank = Array.from({ length: 24 }, (_, index) => ({ id: `q${index}`, objectiveIds: [objectives[index % objectives.length] ?? 'o1'] }));
    const draws = new Set(Array.from({ length: 20 }, (_, seed) => drawQuestions(bank, 10, objectives, seed)?.join()));
    assert.ok(draws.size > 15);
  });

  it('refuses a draw too small to cover every objective, and says for which seeds', () => {
    const bank = objectives.map((objectiveId, index) => ({ id: `q${index}`, objectiveIds: [objectiveId] }));
    assert.equal(drawQuestions(bank, 5, objectives, 1), undefined);
    assert.equal(uncoverableSeeds(bank, 5, objectives, 10).length, 10);
    assert.deepEqual(uncoverableSeeds(bank, 6, objectives, 10), []);
  });

  it('refuses a bank with an objective no question assesses', () => {
    const bank = [{ id: 'q1', objectiveIds: ['o1'] }];
    assert.equal(drawQuestions(bank, 10, ['o1', 'o2'], 3), undefined);
  });
});
