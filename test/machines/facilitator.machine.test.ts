import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActor, SimulatedClock } from 'xstate';
import { facilitatorMachine, MAX_VOTES, voteKey } from '../../src/machines/facilitator.machine.js';

function start() {
  const simulated = new SimulatedClock();
  const actor = createActor(facilitatorMachine, { input: {}, clock: simulated }).start();
  // A second at a time: each tick schedules the next.
  const clock = { increment: (ms: number) => { for (let passed = 0; passed < ms; passed += 1000) simulated.increment(1000); } };
  return { actor, clock, context: () => actor.getSnapshot().context };
}

describe('facilitator machine', () => {
  it('starts on the 90-minute plan, screen shown, no votes, timer paused at zero', () => {
    const { actor, context } = start();
    assert.equal(context().lengthId, 'ninety-minutes');
    assert.equal(context().blank, false);
    assert.deepEqual(context().votes, {});
    assert.ok(actor.getSnapshot().matches({ timer: 'paused' }));
    actor.send({ type: 'timer.toggle' });
    assert.ok(actor.getSnapshot().matches({ timer: 'paused' }), 'nothing to count down');
  });

  it('chooses only a known session length', () => {
    const { actor, context } = start();
    actor.send({ type: 'length.choose', lengthId: 'half-day' });
    assert.equal(context().lengthId, 'half-day');
    actor.send({ type: 'length.choose', lengthId: 'all-week' });
    assert.equal(context().lengthId, 'half-day');
  });

  it('counts down the activity in hand, pauses, resets, and stops at zero', () => {
    const { actor, clock, context } = start();
    actor.send({ type: 'timer.set', activityId: 'purpose-first', minutes: 1 });
    assert.equal(context().timer.remainingMs, 60_000);
    actor.send({ type: 'timer.toggle' });
    clock.increment(10_000);
    assert.equal(context().timer.remainingMs, 50_000);
    actor.send({ type: 'timer.toggle' });
    clock.increment(10_000);
    assert.equal(context().timer.remainingMs, 50_000, 'paused');
    actor.send({ type: 'timer.toggle' });
    clock.increment(60_000);
    assert.equal(context().timer.remainingMs, 0);
    assert.ok(actor.getSnapshot().matches({ timer: 'finished' }));
    actor.send({ type: 'timer.reset' });
    assert.equal(context().timer.remainingMs, 60_000);
    assert.ok(actor.getSnapshot().matches({ timer: 'paused' }));
  });

  it('resets the countdown when the trainer moves to another activity, not when they stay', () => {
    const { actor, clock, context } = start();
    actor.send({ type: 'timer.set', activityId: 'purpose-first', minutes: 2 });
    actor.send({ type: 'timer.toggle' });
    clock.increment(30_000);
    actor.send({ type: 'timer.set', activityId: 'purpose-first', minutes: 2 });
    assert.equal(context().timer.remainingMs, 90_000, 'same activity: carries on');
    assert.ok(actor.getSnapshot().matches({ timer: 'running' }));
    actor.send({ type: 'timer.set', activityId: 'marginal-gains', minutes: 5 });
    assert.equal(context().timer.remainingMs, 300_000);
    assert.ok(actor.getSnapshot().matches({ timer: 'paused' }));
  });

  it('counts votes per option, never below zero or above the cap, and clears them', () => {
    const { actor, context } = start();
    const key = voteKey({ checkId: 'check-agenda' });
    actor.send({ type: 'vote.change', key, optionId: 'a', delta: 1 });
    actor.send({ type: 'vote.change', key, optionId: 'a', delta: 1 });
    actor.send({ type: 'vote.change', key, optionId: 'b', delta: -1 });
    assert.deepEqual(context().votes[key], { a: 2, b: 0 });
    actor.send({ type: 'vote.change', key, optionId: 'a', delta: 10_000 });
    assert.equal(context().votes[key]?.['a'], MAX_VOTES);
    actor.send({ type: 'vote.show', key, shown: true });
    assert.deepEqual(context().shownVotes, [key]);
    actor.send({ type: 'vote.clear', key });
    assert.equal(context().votes[key], undefined);
    assert.deepEqual(context().shownVotes, []);
  });

  it('blanks and unblanks the audience screen', () => {
    const { actor, context } = start();
    actor.send({ type: 'blank.toggle' });
    assert.equal(context().blank, true);
    actor.send({ type: 'blank.toggle' });
    assert.equal(context().blank, false);
  });

  it('keys votes by question or by scenario decision', () => {
    assert.equal(voteKey({ checkId: 'a' }), 'check:a');
    assert.equal(voteKey({ scenarioId: 's', nodeId: 'n' }), 'decision:s:n');
  });
});
