import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createActor } from 'xstate';
import '../../src/components/li-knowledge-check.js';
import type { LiQuestion } from '../../src/components/li-question.js';
import type { Answer } from '../../src/machines/progress.js';
import { knowledgeCheckMachine } from '../../src/machines/knowledge-check.machine.js';
import { singleCheck } from '../machines/fixture-course.js';
import { strings } from './strings.js';
import { innerQuestion, renderConnectedCheck } from './connected-check.js';

const render = (answer?: Answer) => renderConnectedCheck(singleCheck, answer);

const question = innerQuestion;

function feedback(inner: LiQuestion): string {
  return inner.shadowRoot?.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('li-knowledge-check', () => {
  it('is accessible before and after an answer', async () => {
    await expect((await render()).element).to.be.accessible();
    await expect((await render({ optionIds: ['a'], attempts: 1, correct: false })).element).to.be.accessible();
  });

  it('takes a wrong answer, a retry and a right answer with the keyboard alone', async () => {
    const { element, actor } = await render();
    let inner = await question(element);
    inner.shadowRoot?.querySelector<HTMLInputElement>('input')?.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    inner = await question(element);
    expect(actor.getSnapshot().matches({ answered: { incorrect: 'canRetry' } })).to.equal(true);
    expect(feedback(inner)).to.contain(strings.answerIncorrect);
    expect(feedback(inner)).to.contain('Tools follow purpose.');

    inner.shadowRoot?.querySelector<HTMLButtonElement>('button')?.focus();
    await sendKeys({ press: 'Enter' });
    inner = await question(element);
    expect(actor.getSnapshot().matches('choosing')).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    inner = await question(element);
    expect(actor.getSnapshot().matches({ answered: 'correct' })).to.equal(true);
    expect(feedback(inner)).to.contain(strings.answerCorrect);
    expect(actor.getSnapshot().context.selected).to.deep.equal(['b']);
  });

  it('shows a saved answer with its feedback when the learner comes back', async () => {
    const { element } = await render({ optionIds: ['b'], attempts: 1, correct: true });
    const inner = await question(element);
    expect(inner.shadowRoot?.querySelector<HTMLInputElement>('input[value="b"]')?.checked).to.equal(true);
    expect(feedback(inner)).to.contain(strings.answerCorrect);
  });

  it('follows a new actor when given one', async () => {
    const { element } = await render();
    element.actor = createActor(knowledgeCheckMachine, { input: { check: singleCheck, answer: { optionIds: ['c'], attempts: 2, correct: false } } }).start();
    const inner = await question(element);
    expect(inner.mode).to.equal('incorrect');
    expect(inner.attemptsLeft).to.equal(0);
  });
});
