import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActor, getNextSnapshot, initialTransition, type SnapshotFrom } from 'xstate';
import type { KnowledgeCheckBlock } from '../../src/course/types.js';
import {
  knowledgeCheckMachine,
  type KnowledgeCheckContext,
  type KnowledgeCheckEvent,
} from '../../src/machines/knowledge-check.machine.js';
import type { Answer } from '../../src/machines/progress.js';
import { multipleCheck, singleCheck, trueFalseCheck } from './fixture-course.js';

type Snapshot = SnapshotFrom<typeof knowledgeCheckMachine>;

interface Report {
  readonly checkId: string;
  readonly optionIds: readonly string[];
}

/** The machine with `reportAnswer` replaced by a spy. */
function spied() {
  const reports: Report[] = [];
  const machine = knowledgeCheckMachine.provide({
    actions: {
      reportAnswer: ({ context }: { context: KnowledgeCheckContext }) => {
        reports.push({ checkId: context.check.id, optionIds: context.lastAnswer?.optionIds ?? [] });
      },
    },
  });
  return { machine, reports };
}

function start(check: KnowledgeCheckBlock, answer?: Answer): Snapshot {
  const [snapshot] = initialTransition(knowledgeCheckMachine, { check, answer });
  return snapshot;
}

function step(snapshot: Snapshot, ...events: KnowledgeCheckEvent[]): Snapshot {
  return events.reduce((current, event) => getNextSnapshot(knowledgeCheckMachine, current, event), snapshot);
}

const select = (optionId: string): KnowledgeCheckEvent => ({ type: 'answer.select', optionId });
const submit: KnowledgeCheckEvent = { type: 'answer.submit' };
const retry: KnowledgeCheckEvent = { type: 'answer.retry' };

describe('knowledgeCheckMachine (pure steps)', () => {
  it('starts choosing with nothing selected', () => {
    const snapshot = start(singleCheck);
    assert.equal(snapshot.value, 'choosing');
    assert.deepEqual(snapshot.context.selected, []);
    assert.equal(snapshot.context.attempts, 0);
    assert.equal(snapshot.context.lastAnswer, undefined);
  });

  it('single and true-false: selecting replaces', () => {
    assert.deepEqual(step(start(singleCheck), select('a'), select('c')).context.selected, ['c']);
    assert.deepEqual(step(start(trueFalseCheck), select('true'), select('false')).context.selected, ['false']);
  });

  it('multiple: selecting toggles', () => {
    const snapshot = step(start(multipleCheck), select('c'), select('a'), select('b'), select('b'));
    assert.deepEqual(snapshot.context.selected, ['a', 'c']);
  });

  it('ignores unknown options', () => {
    assert.deepEqual(step(start(singleCheck), select('a'), select('zzz')).context.selected, ['a']);
  });

  it('cannot submit without a selection', () => {
    const snapshot = step(start(singleCheck), submit);
    assert.equal(snapshot.value, 'choosing');
    assert.equal(snapshot.context.attempts, 0);
  });

  it('a correct answer ends in answered.correct', () => {
    const snapshot = step(start(singleCheck), select('b'), submit);
    assert.ok(snapshot.matches({ answered: 'correct' }));
    assert.equal(snapshot.context.attempts, 1);
    assert.deepEqual(snapshot.context.lastAnswer, { optionIds: ['b'], attempts: 1, correct: true });
    assert.ok(!snapshot.can(retry));
  });

  it('a wrong answer with attempts left can be retried, keeping the selection', () => {
    const wrong = step(start(singleCheck), select('a'), submit);
    assert.ok(wrong.matches({ answered: { incorrect: 'canRetry' } }));
    assert.ok(wrong.can(retry));
    const again = step(wrong, retry);
    assert.equal(again.value, 'choosing');
    assert.deepEqual(again.context.selected, ['a']);
    const right = step(again, select('b'), submit);
    assert.ok(right.matches({ answered: 'correct' }));
    assert.equal(right.context.attempts, 2);
  });

  it('a wrong answer on the last attempt is final', () => {
    const last = step(start(singleCheck), select('a'), submit, retry, select('c'), submit);
    assert.ok(last.matches({ answered: { incorrect: 'final' } }));
    assert.equal(last.context.attempts, 2);
    assert.ok(!last.can(retry));
    assert.ok(step(last, retry).matches({ answered: { incorrect: 'final' } }));
    const once = step(start(trueFalseCheck), select('true'), submit);
    assert.ok(once.matches({ answered: { incorrect: 'final' } }), 'one attempt: no retry');
  });

  it('selecting while answered changes nothing', () => {
    const answered = step(start(multipleCheck), select('a'), submit);
    assert.deepEqual(step(answered, select('c')).context.selected, ['a']);
  });

  it('resumes a saved answer in answered, keeping it visible', () => {
    const correct = start(singleCheck, { optionIds: ['b'], attempts: 1, correct: true });
    assert.ok(correct.matches({ answered: 'correct' }));
    assert.deepEqual(correct.context.selected, ['b']);
    const canRetry = start(singleCheck, { optionIds: ['a'], attempts: 1, correct: false });
    assert.ok(canRetry.matches({ answered: { incorrect: 'canRetry' } }));
    assert.equal(canRetry.context.attempts, 1);
    const final = start(singleCheck, { optionIds: ['a'], attempts: 2, correct: false });
    assert.ok(final.matches({ answered: { incorrect: 'final' } }));
  });
});

describe('knowledgeCheckMachine (actor)', () => {
  it('reports each submission through reportAnswer', () => {
    const { machine, reports } = spied();
    const actor = createActor(machine, { input: { check: multipleCheck } }).start();
    actor.send(select('a'));
    actor.send(submit);
    actor.send(retry);
    actor.send(select('c'));
    actor.send(submit);
    assert.deepEqual(reports, [
      { checkId: 'check-gains', optionIds: ['a'] },
      { checkId: 'check-gains', optionIds: ['a', 'c'] },
    ]);
    assert.ok(actor.getSnapshot().matches({ answered: 'correct' }));
    actor.stop();
  });

  it('does not report ignored submissions', () => {
    const { machine, reports } = spied();
    const actor = createActor(machine, { input: { check: singleCheck } }).start();
    actor.send(submit);
    actor.send(retry);
    assert.deepEqual(reports, []);
    actor.stop();
  });

  it('runs standalone (no parent) without erroring', () => {
    const actor = createActor(knowledgeCheckMachine, { input: { check: singleCheck } }).start();
    actor.send(select('b'));
    actor.send(submit);
    assert.equal(actor.getSnapshot().status, 'active');
    assert.ok(actor.getSnapshot().matches({ answered: 'correct' }));
    actor.stop();
  });
});
