import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActor } from 'xstate';
import type { Course } from '../../src/course/types.js';
import { courseMachine, type CourseEvent } from '../../src/machines/course.machine.js';
import {
  MAX_REFLECTION_LENGTH,
  lessonStatus,
  restoreProgress,
  type Progress,
} from '../../src/machines/progress.js';
import {
  correctOptions,
  fixtureCourse,
  pageIdsInOrder,
  withNavigation,
  wrongOptions,
} from './fixture-course.js';

function run(course: Course = fixtureCourse, progress?: Progress) {
  const actor = createActor(courseMachine, { input: { course, progress } }).start();
  const send = (...events: CourseEvent[]) => {
    for (const event of events) actor.send(event);
    return actor.getSnapshot();
  };
  return { actor, send, snapshot: () => actor.getSnapshot() };
}

const next: CourseEvent = { type: 'page.next' };
const back: CourseEvent = { type: 'page.back' };
const goto = (pageId: string): CourseEvent => ({ type: 'page.goto', pageId });
const submit = (checkId: string, optionIds: readonly string[]): CourseEvent => ({
  type: 'check.submit',
  checkId,
  optionIds,
});
const correct = (checkId: string) => submit(checkId, correctOptions[checkId] ?? []);
const wrong = (checkId: string) => submit(checkId, wrongOptions[checkId] ?? []);

describe('courseMachine: start', () => {
  it('starts on the first page, marked visited, in page view and incomplete', () => {
    const { snapshot, actor } = run();
    const state = snapshot();
    assert.deepEqual(state.value, { view: 'page', progress: 'incomplete' });
    assert.equal(state.context.progress.pageId, 'purpose-why');
    assert.deepEqual(state.context.progress.visited, ['purpose-why']);
    assert.equal(state.context.course, fixtureCourse);
    actor.stop();
  });

  it('starts from restored progress on its page', () => {
    const { progress } = restoreProgress(fixtureCourse, {
      pageId: 'gains-intro',
      visited: ['purpose-why'],
      answers: { 'check-agenda': { optionIds: ['b'], attempts: 1 } },
    });
    const { snapshot, actor } = run(fixtureCourse, progress);
    assert.equal(snapshot().context.progress.pageId, 'gains-intro');
    assert.deepEqual(snapshot().context.progress.visited, ['purpose-why', 'gains-intro']);
    assert.ok(snapshot().context.checks['check-agenda']?.getSnapshot().matches({ answered: 'correct' }));
    actor.stop();
  });

  it('starts complete when the restored progress is complete', () => {
    const { progress } = restoreProgress(fixtureCourse, {
      pageId: 'gains-myth',
      visited: [...pageIdsInOrder],
      answers: Object.fromEntries(
        Object.entries(wrongOptions).map(([id, optionIds]) => [id, { optionIds, attempts: 1 }]),
      ),
    });
    const { snapshot, actor } = run(fixtureCourse, progress);
    assert.ok(snapshot().matches({ progress: 'complete', view: 'page' }));
    actor.stop();
  });
});

describe('courseMachine: navigation', () => {
  it('next and back walk the pages across lessons', () => {
    const { send, actor } = run();
    assert.equal(send(next).context.progress.pageId, 'purpose-agenda');
    assert.equal(send(next, next).context.progress.pageId, 'gains-intro');
    assert.equal(send(back).context.progress.pageId, 'purpose-recap');
    assert.deepEqual(actor.getSnapshot().context.progress.visited, [
      'purpose-why',
      'purpose-agenda',
      'purpose-recap',
      'gains-intro',
    ]);
    actor.stop();
  });

  it('back on the first page does nothing', () => {
    const { send, snapshot, actor } = run();
    const before = snapshot();
    const after = send(back);
    assert.equal(after.context, before.context);
    assert.deepEqual(after.value, before.value);
    actor.stop();
  });

  it('next on the last page shows completion; back returns to the page', () => {
    const { send, actor } = run();
    const last = send(goto('gains-myth'));
    assert.ok(last.matches({ view: 'page' }));
    const done = send(next);
    assert.ok(done.matches({ view: 'completion' }));
    assert.equal(done.context.progress.pageId, 'gains-myth');
    assert.ok(send(next).matches({ view: 'completion' }), 'next in completion does nothing');
    const returned = send(back);
    assert.ok(returned.matches({ view: 'page' }));
    assert.equal(returned.context.progress.pageId, 'gains-myth');
    actor.stop();
  });

  it('goto and lesson.goto open pages and leave the completion view', () => {
    const { send, actor } = run();
    assert.equal(send({ type: 'lesson.goto', lessonId: 'marginal-gains' }).context.progress.pageId, 'gains-intro');
    assert.ok(send({ type: 'completion.show' }).matches({ view: 'completion' }));
    const page = send(goto('purpose-recap'));
    assert.ok(page.matches({ view: 'page' }));
    assert.equal(page.context.progress.pageId, 'purpose-recap');
    send({ type: 'completion.show' });
    const lesson = send({ type: 'lesson.goto', lessonId: 'purpose-first' });
    assert.ok(lesson.matches({ view: 'page' }));
    assert.equal(lesson.context.progress.pageId, 'purpose-why');
    actor.stop();
  });

  it('ignores unknown pages and lessons', () => {
    const { send, snapshot, actor } = run();
    const before = snapshot().context;
    assert.equal(send(goto('nope'), { type: 'lesson.goto', lessonId: 'nope' }).context, before);
    assert.equal(send(goto('purpose-first')).context, before, 'a lesson id is not a page');
    send({ type: 'completion.show' });
    assert.ok(send(goto('nope')).matches({ view: 'completion' }), 'stays in completion');
    actor.stop();
  });

  it('sequential: only visited pages and the next unvisited one', () => {
    const { send, actor } = run(withNavigation(fixtureCourse, 'sequential'));
    assert.equal(send(goto('gains-intro')).context.progress.pageId, 'purpose-why');
    assert.equal(send({ type: 'lesson.goto', lessonId: 'marginal-gains' }).context.progress.pageId, 'purpose-why');
    assert.equal(send(goto('purpose-agenda')).context.progress.pageId, 'purpose-agenda');
    assert.equal(send(goto('purpose-why')).context.progress.pageId, 'purpose-why');
    assert.equal(send(goto('purpose-recap')).context.progress.pageId, 'purpose-recap');
    assert.equal(send(next).context.progress.pageId, 'gains-intro');
    assert.equal(send({ type: 'lesson.goto', lessonId: 'purpose-first' }).context.progress.pageId, 'purpose-why');
    assert.equal(send({ type: 'lesson.goto', lessonId: 'marginal-gains' }).context.progress.pageId, 'gains-intro');
    assert.equal(send(goto('gains-myth')).context.progress.pageId, 'gains-myth');
    actor.stop();
  });

  it('sequential: next is blocked past a gap left by restored progress, back fills it', () => {
    const course = withNavigation(fixtureCourse, 'sequential');
    const progress: Progress = {
      pageId: 'purpose-recap',
      visited: ['purpose-why', 'purpose-recap'],
      answers: {},
      reflections: {},
      scenarios: {},
    };
    const { send, actor } = run(course, progress);
    assert.equal(send(next).context.progress.pageId, 'purpose-recap', 'gains-intro is not next yet');
    assert.equal(send(back).context.progress.pageId, 'purpose-agenda');
    assert.equal(send(next, next).context.progress.pageId, 'gains-intro');
    actor.stop();
  });
});

describe('courseMachine: lesson status', () => {
  it('moves from not started to in progress to complete', () => {
    const { send, snapshot, actor } = run();
    const status = (id: string) => lessonStatus(fixtureCourse, snapshot().context.progress, id);
    assert.equal(status('purpose-first'), 'in-progress');
    assert.equal(status('marginal-gains'), 'not-started');
    send(next, next);
    assert.equal(status('purpose-first'), 'in-progress');
    send(wrong('check-agenda'));
    assert.equal(status('purpose-first'), 'complete');
    send(next);
    assert.equal(status('marginal-gains'), 'in-progress');
    actor.stop();
  });
});

describe('courseMachine: knowledge checks', () => {
  it('records correct and incorrect answers, computing correctness itself', () => {
    const { send, actor } = run();
    const first = send(wrong('check-agenda'));
    assert.deepEqual(first.context.progress.answers['check-agenda'], { optionIds: ['a'], attempts: 1, correct: false });
    const second = send(correct('check-agenda'));
    assert.deepEqual(second.context.progress.answers['check-agenda'], { optionIds: ['b'], attempts: 2, correct: true });
    actor.stop();
  });

  it('ignores submissions once attempts are exhausted or the answer is correct', () => {
    const { send, actor } = run();
    const once = send(wrong('check-myth'));
    assert.equal(send(correct('check-myth')).context, once.context, 'true-false has one attempt');
    const right = send(correct('check-gains'));
    assert.equal(send(wrong('check-gains')).context, right.context);
    actor.stop();
  });

  it('ignores invalid submissions', () => {
    const { send, snapshot, actor } = run();
    const before = snapshot().context;
    send(
      submit('nope', ['a']),
      submit('check-agenda', []),
      submit('check-agenda', ['a', 'b']),
      submit('check-myth', ['true', 'false']),
      submit('check-gains', ['a', 'zzz']),
      submit('check-gains', ['a', 'a']),
    );
    assert.equal(snapshot().context, before);
    actor.stop();
  });

  it('spawns one knowledge-check actor per check, reporting back to the course', () => {
    const { snapshot, actor } = run();
    const checks = snapshot().context.checks;
    assert.deepEqual(Object.keys(checks).sort(), ['check-agenda', 'check-gains', 'check-myth']);
    const agenda = checks['check-agenda'];
    assert.ok(agenda);
    assert.equal(snapshot().children['check-agenda'], agenda);
    agenda.send({ type: 'answer.select', optionId: 'a' });
    agenda.send({ type: 'answer.submit' });
    assert.ok(agenda.getSnapshot().matches({ answered: { incorrect: 'canRetry' } }));
    assert.deepEqual(snapshot().context.progress.answers['check-agenda'], { optionIds: ['a'], attempts: 1, correct: false });
    agenda.send({ type: 'answer.retry' });
    agenda.send({ type: 'answer.select', optionId: 'b' });
    agenda.send({ type: 'answer.submit' });
    assert.deepEqual(snapshot().context.progress.answers['check-agenda'], { optionIds: ['b'], attempts: 2, correct: true });
    actor.stop();
  });
});

describe('courseMachine: reflections', () => {
  it('stores reflection text, capped; ignores unknown reflections', () => {
    const { send, actor } = run();
    assert.deepEqual(
      send({ type: 'reflection.change', reflectionId: 'reflect-purpose', text: 'Draft' }).context.progress.reflections,
      { 'reflect-purpose': 'Draft' },
    );
    const long = send({ type: 'reflection.change', reflectionId: 'reflect-purpose', text: 'x'.repeat(9000) });
    assert.equal(long.context.progress.reflections['reflect-purpose']?.length, MAX_REFLECTION_LENGTH);
    const before = long.context;
    assert.equal(send({ type: 'reflection.change', reflectionId: 'nope', text: 'x' }).context, before);
    actor.stop();
  });
});

describe('courseMachine: completion', () => {
  it('becomes complete once every page is visited and every check answered, and stays complete', () => {
    const { send, actor } = run();
    send(next, next, next, next);
    let state = send(wrong('check-agenda'), wrong('check-gains'));
    assert.ok(state.matches({ progress: 'incomplete' }));
    state = send(wrong('check-myth'));
    assert.ok(state.matches({ progress: 'complete' }));
    state = send(back, goto('purpose-why'), { type: 'completion.show' }, back);
    assert.ok(state.matches({ progress: 'complete' }));
    actor.stop();
  });

  it('completion view is shown even when incomplete, progress stays incomplete', () => {
    const { send, actor } = run();
    const state = send({ type: 'completion.show' });
    assert.deepEqual(state.value, { view: 'completion', progress: 'incomplete' });
    actor.stop();
  });

  it('progress in context is plain data that round-trips through JSON and restore', () => {
    const { send, actor } = run();
    const state = send(next, wrong('check-agenda'), { type: 'reflection.change', reflectionId: 'reflect-purpose', text: 'Hi' });
    const saved: unknown = JSON.parse(JSON.stringify(state.context.progress));
    const restored = restoreProgress(fixtureCourse, saved);
    assert.deepEqual(restored.progress, state.context.progress);
    assert.deepEqual(restored.dropped, []);
    actor.stop();
  });
});
