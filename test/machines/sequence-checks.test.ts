import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActor } from 'xstate';
import {
  initialSelection,
  isCorrectAnswer,
  isValidSelection,
  matchOption,
  moveOption,
} from '../../src/machines/checks.js';
import { knowledgeCheckMachine } from '../../src/machines/knowledge-check.machine.js';
import { restoreProgress } from '../../src/machines/restore.js';
import { fixtureCourse, matchingCheck, orderingCheck } from './fixture-course.js';

function startCheck(check = orderingCheck) {
  const submitted: (readonly string[])[] = [];
  const actor = createActor(
    knowledgeCheckMachine.provide({ actions: { reportAnswer: ({ context }) => submitted.push(context.selected) } }),
    { input: { check } },
  ).start();
  return { actor, submitted };
}

describe('ordering questions', () => {
  it('start from the build’s shuffle, which is not the right order', () => {
    assert.deepEqual(initialSelection(orderingCheck), ['try', 'adopt', 'agenda']);
    assert.equal(isCorrectAnswer(orderingCheck, initialSelection(orderingCheck)), false);
  });

  it('are right only with every step in the authored order', () => {
    assert.equal(isCorrectAnswer(orderingCheck, ['agenda', 'try', 'adopt']), true);
    assert.equal(isCorrectAnswer(orderingCheck, ['agenda', 'adopt', 'try']), false);
    assert.equal(isCorrectAnswer(orderingCheck, ['agenda', 'try']), false);
  });

  it('accept only a full arrangement of their own steps', () => {
    assert.equal(isValidSelection(orderingCheck, ['adopt', 'agenda', 'try']), true);
    assert.equal(isValidSelection(orderingCheck, ['adopt', 'agenda']), false);
    assert.equal(isValidSelection(orderingCheck, ['adopt', 'adopt', 'try']), false);
    assert.equal(isValidSelection(orderingCheck, ['adopt', 'agenda', 'gone']), false);
  });

  it('move a step one place, and not past either end', () => {
    assert.deepEqual(moveOption(['a', 'b', 'c'], 'b', -1), ['b', 'a', 'c']);
    assert.deepEqual(moveOption(['a', 'b', 'c'], 'b', 1), ['a', 'c', 'b']);
    assert.deepEqual(moveOption(['a', 'b', 'c'], 'a', -1), ['a', 'b', 'c']);
    assert.deepEqual(moveOption(['a', 'b', 'c'], 'c', 1), ['a', 'b', 'c']);
    assert.deepEqual(moveOption(['a', 'b', 'c'], 'zz', 1), ['a', 'b', 'c']);
  });

  it('are answered through the knowledge-check machine by moving steps', () => {
    const { actor, submitted } = startCheck();
    actor.send({ type: 'answer.move', optionId: 'agenda', offset: -1 });
    actor.send({ type: 'answer.move', optionId: 'agenda', offset: -1 });
    assert.deepEqual(actor.getSnapshot().context.selected, ['agenda', 'try', 'adopt']);
    actor.send({ type: 'answer.submit' });
    assert.ok(actor.getSnapshot().matches({ answered: 'correct' }));
    assert.deepEqual(submitted, [['agenda', 'try', 'adopt']]);
  });

  it('can be submitted as first shown, which is wrong, then retried from the learner’s order', () => {
    const { actor } = startCheck();
    actor.send({ type: 'answer.submit' });
    assert.ok(actor.getSnapshot().matches({ answered: { incorrect: 'canRetry' } }));
    actor.send({ type: 'answer.retry' });
    assert.deepEqual(actor.getSnapshot().context.selected, ['try', 'adopt', 'agenda']);
  });
});

describe('matching questions', () => {
  it('start with no match chosen and cannot be submitted until every prompt has one', () => {
    const { actor, submitted } = startCheck(matchingCheck);
    assert.deepEqual(actor.getSnapshot().context.selected, ['', '', '']);
    actor.send({ type: 'answer.match', optionId: 'remit', matchId: 'remit' });
    actor.send({ type: 'answer.submit' });
    assert.ok(actor.getSnapshot().matches('choosing'));
    assert.deepEqual(submitted, []);
  });

  it('are right when each prompt has its own match', () => {
    const { actor } = startCheck(matchingCheck);
    for (const option of matchingCheck.options) actor.send({ type: 'answer.match', optionId: option.id, matchId: option.id });
    actor.send({ type: 'answer.submit' });
    assert.ok(actor.getSnapshot().matches({ answered: 'correct' }));
  });

  it('allow two prompts the same match, which is wrong', () => {
    assert.equal(isValidSelection(matchingCheck, ['remit', 'remit', 'bot']), true);
    assert.equal(isCorrectAnswer(matchingCheck, ['remit', 'remit', 'bot']), false);
  });

  it('ignore unknown prompts and matches, and can clear a match', () => {
    assert.deepEqual(matchOption(matchingCheck, ['', '', ''], 'gone', 'lab'), ['', '', '']);
    assert.deepEqual(matchOption(matchingCheck, ['', '', ''], 'lab', 'gone'), ['', '', '']);
    assert.deepEqual(matchOption(matchingCheck, ['', 'lab', ''], 'lab', ''), ['', '', '']);
  });
});

describe('restoring sequence answers', () => {
  const course = {
    ...fixtureCourse,
    lessons: [{ ...fixtureCourse.lessons[0]!, pages: [{ id: 'seq', title: 'Sequences', blocks: [orderingCheck, matchingCheck] }] }],
  };

  it('keeps an ordering answer in the learner’s order and re-marks it', () => {
    const { progress } = restoreProgress(course, {
      pageId: 'seq',
      visited: ['seq'],
      answers: { 'check-order': { optionIds: ['agenda', 'try', 'adopt'], attempts: 1, correct: false } },
      reflections: {},
    });
    assert.deepEqual(progress.answers['check-order'], { optionIds: ['agenda', 'try', 'adopt'], attempts: 1, correct: true });
  });

  it('drops an ordering answer that no longer covers every step, keeping the rest', () => {
    const { progress, dropped } = restoreProgress(course, {
      pageId: 'seq',
      visited: ['seq'],
      answers: {
        'check-order': { optionIds: ['agenda', 'try'], attempts: 1, correct: false },
        'check-match': { optionIds: ['remit', 'lab', 'bot'], attempts: 2, correct: true },
      },
      reflections: {},
    });
    assert.equal(progress.answers['check-order'], undefined);
    assert.deepEqual(progress.answers['check-match'], { optionIds: ['remit', 'lab', 'bot'], attempts: 2, correct: true });
    assert.equal(dropped.length, 1);
  });
});
