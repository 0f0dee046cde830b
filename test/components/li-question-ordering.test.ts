import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/li-knowledge-check.js';
import '../../src/components/li-question.js';
import type { LiQuestion } from '../../src/components/li-question.js';
import { orderingCheck } from '../machines/fixture-course.js';
import { nextEvent } from './next-event.js';
import { strings } from './strings.js';
import { innerQuestion, renderConnectedCheck } from './connected-check.js';

const renderConnected = () => renderConnectedCheck(orderingCheck);

const inner = innerQuestion;

function stepTexts(question: LiQuestion): string[] {
  return [...(question.shadowRoot?.querySelectorAll('.step-text') ?? [])].map((step) =>
    (step.textContent ?? '').replace(/\(Position \d+ of \d+\)/, '').trim(),
  );
}

function focusedButton(question: LiQuestion): HTMLButtonElement | null {
  return question.shadowRoot?.activeElement as HTMLButtonElement | null;
}

describe('li-question: ordering', () => {
  it('is accessible while ordering, after a wrong answer and after a final one', async () => {
    await expect((await renderConnected()).element).to.be.accessible();
    const wrong = await fixture<LiQuestion>(html`<li-question .check=${orderingCheck} .strings=${strings} mode="incorrect" .selected=${['try', 'adopt', 'agenda']} .attemptsLeft=${1}></li-question>`);
    await expect(wrong).to.be.accessible();
    const final = await fixture<LiQuestion>(html`<li-question .check=${orderingCheck} .strings=${strings} mode="incorrect" .selected=${['try', 'adopt', 'agenda']} .attemptsLeft=${0}></li-question>`);
    await expect(final).to.be.accessible();
  });

  it('lists the steps in the build’s shuffled order, numbered, with move buttons named for their step', async () => {
    const question = await inner((await renderConnected()).element);
    expect(stepTexts(question)).to.deep.equal(['Try an idea safely', 'Adopt what works', 'Set the agenda']);
    const firstUp = question.shadowRoot?.querySelector('button.move');
    expect(firstUp?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Move up: Try an idea safely');
    expect(firstUp?.getAttribute('aria-disabled')).to.equal('true');
    expect(question.shadowRoot?.querySelector('.hint')?.textContent).to.equal(strings.orderingHint);
  });

  it('is put in order and submitted with the keyboard alone, focus staying on the moved step', async () => {
    const { element, actor } = await renderConnected();
    let question = await inner(element);
    question.shadowRoot?.querySelector<HTMLButtonElement>('button.move[data-option="agenda"][data-offset="-1"]')?.focus();
    await sendKeys({ press: 'Enter' });
    question = await inner(element);
    expect(focusedButton(question)?.dataset['option']).to.equal('agenda');
    expect(question.shadowRoot?.querySelector('.visually-hidden[role="status"]')?.textContent).to.equal('Set the agenda moved to position 2 of 3');
    await sendKeys({ press: 'Enter' });
    question = await inner(element);
    expect(stepTexts(question)).to.deep.equal(['Set the agenda', 'Try an idea safely', 'Adopt what works']);
    expect(focusedButton(question)?.dataset['option']).to.equal('agenda');
    expect(focusedButton(question)?.getAttribute('aria-disabled')).to.equal('true', 'focus stays put at the top');
    question.shadowRoot?.querySelector<HTMLButtonElement>('button.primary')?.focus();
    await sendKeys({ press: 'Enter' });
    question = await inner(element);
    expect(actor.getSnapshot().matches({ answered: 'correct' })).to.equal(true);
    expect(question.shadowRoot?.querySelector('[part="feedback"]')?.textContent).to.contain(strings.answerCorrect);
  });

  it('announces where a moved step now sits', async () => {
    const { element } = await renderConnected();
    let question = await inner(element);
    question.shadowRoot?.querySelector<HTMLButtonElement>('button.move[data-option="try"][data-offset="1"]')?.click();
    question = await inner(element);
    expect(question.shadowRoot?.querySelector('.visually-hidden[role="status"]')?.textContent).to.equal('Try an idea safely moved to position 2 of 3');
  });

  it('raises answer-move with the step and direction', async () => {
    const question = await fixture<LiQuestion>(html`<li-question .check=${orderingCheck} .strings=${strings} .selected=${['try', 'adopt', 'agenda']}></li-question>`);
    setTimeout(() => question.shadowRoot?.querySelector<HTMLButtonElement>('button.move[data-option="adopt"][data-offset="1"]')?.click());
    const event = await nextEvent(question, 'answer-move');
    expect([event.optionId, event.offset]).to.deep.equal(['adopt', 1]);
  });

  it('ignores the unavailable move at either end', async () => {
    const question = await fixture<LiQuestion>(html`<li-question .check=${orderingCheck} .strings=${strings} .selected=${['try', 'adopt', 'agenda']}></li-question>`);
    let moves = 0;
    question.addEventListener('answer-move', () => (moves += 1));
    question.shadowRoot?.querySelector<HTMLButtonElement>('button.move[data-option="try"][data-offset="-1"]')?.click();
    question.shadowRoot?.querySelector<HTMLButtonElement>('button.move[data-option="agenda"][data-offset="1"]')?.click();
    expect(moves).to.equal(0);
  });

  it('shows the right order with each step’s reason once the answer is final', async () => {
    const question = await fixture<LiQuestion>(html`<li-question .check=${orderingCheck} .strings=${strings} mode="incorrect" .selected=${['try', 'adopt', 'agenda']} .attemptsLeft=${0}></li-question>`);
    const feedback = question.shadowRoot?.querySelector('[part="feedback"]');
    expect([...(feedback?.querySelectorAll('ol li .option-name') ?? [])].map((item) => item.textContent)).to.deep.equal([
      'Set the agenda',
      'Try an idea safely',
      'Adopt what works',
    ]);
    expect(feedback?.textContent).to.contain('First: ideas need a direction.');
  });

  it('does not give the order away while another attempt is left', async () => {
    const question = await fixture<LiQuestion>(html`<li-question .check=${orderingCheck} .strings=${strings} mode="incorrect" .selected=${['try', 'adopt', 'agenda']} .attemptsLeft=${1}></li-question>`);
    const feedback = question.shadowRoot?.querySelector('[part="feedback"]')?.textContent ?? '';
    expect(feedback).not.to.contain('First: ideas need a direction.');
    expect(feedback).to.contain('1 attempts left');
  });
});
