import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActor } from 'xstate';
import { courseMachine } from '../../src/machines/course.machine.js';
import { isCourseComplete, lessonStatus, progressPercent, restoreProgress } from '../../src/machines/progress.js';
import { decodeSuspendData, encodeSuspendData } from '../../src/tracking/suspend-data.js';
import { correctOptions, pageIdsInOrder } from './fixture-course.js';
import { scenarioCourse } from './fixture-scenario.js';

function start() {
  return createActor(courseMachine, { input: { course: scenarioCourse } }).start();
}

const choose = (choiceId: string) => ({ type: 'scenario.choose' as const, scenarioId: 'contact-test', choiceId });

describe('scenarios in the course machine', () => {
  it('keeps the path of choices and marks the scenario finished at an ending', () => {
    const actor = start();
    actor.send(choose('set-goal'));
    assert.deepEqual(actor.getSnapshot().context.progress.scenarios['contact-test'], { path: ['set-goal'], finished: false });
    actor.send(choose('involve'));
    assert.deepEqual(actor.getSnapshot().context.progress.scenarios['contact-test'], { path: ['set-goal', 'involve'], finished: true });
  });

  it('ignores a choice that is not open at the current decision, or of an unknown scenario', () => {
    const actor = start();
    const before = actor.getSnapshot().context.progress;
    actor.send(choose('involve'));
    actor.send({ type: 'scenario.choose', scenarioId: 'nope', choiceId: 'set-goal' });
    assert.equal(actor.getSnapshot().context.progress, before);
    actor.send(choose('buy-system'));
    actor.send(choose('set-goal'));
    assert.deepEqual(actor.getSnapshot().context.progress.scenarios['contact-test']?.path, ['buy-system'], 'nothing after an ending');
  });

  it('restarts from the first decision and stays finished once finished', () => {
    const actor = start();
    actor.send(choose('buy-system'));
    actor.send({ type: 'scenario.restart', scenarioId: 'contact-test' });
    assert.deepEqual(actor.getSnapshot().context.progress.scenarios['contact-test'], { path: [], finished: true });
  });

  it('completes the lesson holding the scenario only when its page is seen and an ending reached', () => {
    const actor = start();
    actor.send({ type: 'page.goto', pageId: 'practise-scenario' });
    assert.equal(lessonStatus(scenarioCourse, actor.getSnapshot().context.progress, 'practise'), 'in-progress');
    actor.send(choose('set-goal'));
    actor.send(choose('impose'));
    assert.equal(lessonStatus(scenarioCourse, actor.getSnapshot().context.progress, 'practise'), 'complete');
  });

  it('counts finished scenarios in progress and course completion', () => {
    const actor = start();
    for (const pageId of [...pageIdsInOrder, 'practise-scenario']) actor.send({ type: 'page.goto', pageId });
    for (const [checkId, optionIds] of Object.entries(correctOptions)) actor.send({ type: 'check.submit', checkId, optionIds });
    const beforeScenario = actor.getSnapshot().context.progress;
    assert.equal(isCourseComplete(scenarioCourse, beforeScenario), false);
    assert.ok(progressPercent(scenarioCourse, beforeScenario) < 100);
    actor.send(choose('buy-system'));
    assert.equal(progressPercent(scenarioCourse, actor.getSnapshot().context.progress), 100);
    assert.ok(actor.getSnapshot().matches({ progress: 'complete' }));
  });
});

describe('restoring scenario runs', () => {
  it('replays a saved path, keeping it up to the first choice that no longer fits', () => {
    const { progress } = restoreProgress(scenarioCourse, {
      scenarios: { 'contact-test': { path: ['set-goal', 'gone', 'involve'], finished: false }, 'old-scenario': { path: ['x'] } },
    });
    assert.deepEqual(progress.scenarios, { 'contact-test': { path: ['set-goal'], finished: false } });
  });

  it('marks a run finished when its path reaches an ending, whatever was saved', () => {
    const { progress } = restoreProgress(scenarioCourse, { scenarios: { 'contact-test': { path: ['buy-system'], finished: 'yes' } } });
    assert.deepEqual(progress.scenarios['contact-test'], { path: ['buy-system'], finished: true });
  });

  it('never throws on garbage', () => {
    for (const scenarios of [null, 7, 'x', [], { 'contact-test': null }, { 'contact-test': { path: 'set-goal' } }, { __proto__: { path: [] } }]) {
      const { progress } = restoreProgress(scenarioCourse, { scenarios });
      assert.equal(typeof progress.scenarios, 'object');
    }
  });
});

describe('scenario runs in suspend_data', () => {
  it('round-trips the path and the finished flag, after the answers', () => {
    const actor = start();
    actor.send({ type: 'check.submit', checkId: 'check-agenda', optionIds: ['b'] });
    actor.send(choose('set-goal'));
    actor.send(choose('involve'));
    actor.send({ type: 'scenario.restart', scenarioId: 'contact-test' });
    actor.send(choose('set-goal'));
    const progress = actor.getSnapshot().context.progress;
    const text = encodeSuspendData(scenarioCourse, progress);
    assert.match(text, /^[0-9A-Za-z.]+$/);
    const decoded = decodeSuspendData(scenarioCourse, text);
    assert.equal(decoded.kind, 'decoded');
    const restored = restoreProgress(scenarioCourse, decoded.kind === 'decoded' ? decoded.saved : undefined).progress;
    assert.deepEqual(restored.scenarios, progress.scenarios);
    assert.deepEqual(restored.answers, progress.answers);
  });

  it('leaves text without scenarios exactly as before', () => {
    const actor = start();
    actor.send({ type: 'check.submit', checkId: 'check-agenda', optionIds: ['b'] });
    assert.doesNotMatch(encodeSuspendData(scenarioCourse, actor.getSnapshot().context.progress), /\.\.$/);
  });

  it('keeps the part of a path before a choice it does not know', () => {
    const actor = start();
    actor.send(choose('set-goal'));
    actor.send(choose('involve'));
    const text = encodeSuspendData(scenarioCourse, actor.getSnapshot().context.progress);
    const renamed = {
      ...scenarioCourse,
      scenarios: scenarioCourse.scenarios.map((scenario) => ({
        ...scenario,
        nodes: scenario.nodes.map((node) => ({ ...node, choices: node.choices.map((choice) => (choice.id === 'involve' ? { ...choice, id: 'ask-team' } : choice)) })),
      })),
    };
    const decoded = decodeSuspendData(renamed, text);
    const restored = restoreProgress(renamed, decoded.kind === 'decoded' ? decoded.saved : undefined).progress;
    assert.deepEqual(restored.scenarios['contact-test']?.path, ['set-goal']);
  });
});
