import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActor } from 'xstate';
import { courseMachine } from '../../src/machines/course.machine.js';
import { restoreProgress } from '../../src/machines/progress.js';
import { isIsoDay } from '../../src/machines/plan-and-certificate.js';
import { correctOptions, fixtureCourse, pageIdsInOrder } from './fixture-course.js';

function start() {
  return createActor(courseMachine, { input: { course: fixtureCourse } }).start();
}

describe('action plan and certificate details', () => {
  it('keeps each action-plan field as typed, and ignores unknown fields', () => {
    const actor = start();
    actor.send({ type: 'action-plan.change', field: 'area', text: 'Missed bins' });
    actor.send({ type: 'action-plan.change', field: 'purpose', text: 'First time, every time' });
    actor.send({ type: 'action-plan.change', field: '__proto__', text: 'x' });
    assert.deepEqual(actor.getSnapshot().context.progress.actionPlan, { area: 'Missed bins', purpose: 'First time, every time' });
  });

  it('keeps the typed name, capped', () => {
    const actor = start();
    actor.send({ type: 'learner-name.change', name: 'S'.repeat(500) });
    assert.equal(actor.getSnapshot().context.progress.learnerName?.length, 120);
  });

  it('records the completion day only once the course is complete, and only the first one', () => {
    const actor = start();
    actor.send({ type: 'completion.date', day: '2026-11-29' });
    assert.equal(actor.getSnapshot().context.progress.completedOn, undefined);
    for (const pageId of pageIdsInOrder) actor.send({ type: 'page.goto', pageId });
    for (const [checkId, optionIds] of Object.entries(correctOptions)) actor.send({ type: 'check.submit', checkId, optionIds });
    actor.send({ type: 'completion.date', day: 'yesterday' });
    assert.equal(actor.getSnapshot().context.progress.completedOn, undefined);
    actor.send({ type: 'completion.date', day: '2026-11-29' });
    actor.send({ type: 'completion.date', day: '2026-12-01' });
    assert.equal(actor.getSnapshot().context.progress.completedOn, '2026-11-29');
  });

  it('knows a real day from a look-alike', () => {
    assert.equal(isIsoDay('2026-02-28'), true);
    assert.equal(isIsoDay('2026-02-30'), false);
    assert.equal(isIsoDay('29/11/2026'), false);
  });

  it('restores what is valid and drops the rest', () => {
    const { progress, dropped } = restoreProgress(fixtureCourse, {
      actionPlan: { area: 'Repairs', measure: 42, unknown: 'x' },
      learnerName: 'Sam Taylor',
      completedOn: '2026-13-01',
    });
    assert.deepEqual(progress.actionPlan, { area: 'Repairs' });
    assert.equal(progress.learnerName, 'Sam Taylor');
    assert.equal(progress.completedOn, undefined);
    assert.ok(dropped.some((message) => message.includes('2026-13-01')));
  });
});
