import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from './next-event.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/li-question.js';
import type { LiQuestion } from '../../src/components/li-question.js';
import type { KnowledgeCheckBlock } from '../../src/course/types.js';
import { strings } from './strings.js';

const single: KnowledgeCheckBlock = {
  type: 'knowledge-check',
  id: 'check-single',
  kind: 'single',
  questionHtml: '<p>Your director asks the team to “be more innovative”. What do you do first?</p>',
  objectiveIds: ['purpose-agenda'],
  maxAttempts: 2,
  displayOrder: ['a', 'b'],
  options: [
    { id: 'a', textHtml: 'Agree one goal with the team', correct: true, feedbackHtml: '<p>A shared goal gives ideas a direction.</p>' },
    { id: 'b', textHtml: 'Ask everyone for ideas at once', correct: false, feedbackHtml: '<p>Without a goal, ideas pull apart.</p>' },
  ],
};

const multiple: KnowledgeCheckBlock = {
  ...single,
  id: 'check-multiple',
  kind: 'multiple',
  displayOrder: ['a', 'b', 'c'],
  options: [
    ...single.options,
    { id: 'c', textHtml: 'Ask the people who run the process', correct: true, feedbackHtml: '<p>They know its weak spots.</p>' },
  ],
};

async function render(check: KnowledgeCheckBlock, state: Partial<Pick<LiQuestion, 'mode' | 'selected' | 'attemptsLeft'>> = {}) {
  return fixture<LiQuestion>(html`<li-question
    .check=${check}
    .strings=${strings}
    .mode=${state.mode ?? 'choosing'}
    .selected=${state.selected ?? []}
    .attemptsLeft=${state.attemptsLeft ?? 1}
  ></li-question>`);
}

function feedbackText(element: LiQuestion): string {
  return element.shadowRoot?.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('li-question', () => {
  describe('accessibility', () => {
    it('is accessible while choosing a single answer', async () => {
      await expect(await render(single)).to.be.accessible();
    });
    it('is accessible while choosing several answers', async () => {
      await expect(await render(multiple, { selected: ['a'] })).to.be.accessible();
    });
    it('is accessible showing correct feedback', async () => {
      await expect(await render(single, { mode: 'correct', selected: ['a'], attemptsLeft: 1 })).to.be.accessible();
    });
    it('is accessible showing incorrect feedback with a retry', async () => {
      await expect(await render(single, { mode: 'incorrect', selected: ['b'], attemptsLeft: 1 })).to.be.accessible();
    });
    it('is accessible showing final incorrect feedback', async () => {
      await expect(await render(multiple, { mode: 'incorrect', selected: ['b'], attemptsLeft: 0 })).to.be.accessible();
    });
  });

  describe('rendering', () => {
    it('uses radio buttons in a radio group for a single answer', async () => {
      const element = await render(single);
      expect(element.shadowRoot?.querySelector('[role="radiogroup"]')).to.exist;
      expect(element.shadowRoot?.querySelectorAll('input[type="radio"]')).to.have.length(2);
      expect(element.shadowRoot?.textContent).to.contain(strings.chooseOne);
    });
    it('uses checkboxes in a group for several answers', async () => {
      const element = await render(multiple);
      expect(element.shadowRoot?.querySelectorAll('input[type="checkbox"]')).to.have.length(3);
      expect(element.shadowRoot?.textContent).to.contain(strings.chooseAll);
    });
    it('keeps the feedback live region empty until an answer is submitted', async () => {
      const element = await render(single, { selected: ['b'] });
      expect(feedbackText(element)).to.equal('');
    });
    it('explains only the chosen option while another attempt is left', async () => {
      const element = await render(single, { mode: 'incorrect', selected: ['b'], attemptsLeft: 1 });
      const text = feedbackText(element);
      expect(text).to.contain('Not quite');
      expect(text).to.contain('Without a goal, ideas pull apart.');
      expect(text).not.to.contain('A shared goal gives ideas a direction.');
      expect(text).to.contain('1 attempts left');
    });
    it('explains every option once the answer is final', async () => {
      const element = await render(single, { mode: 'incorrect', selected: ['b'], attemptsLeft: 0 });
      const text = feedbackText(element);
      expect(text).to.contain('A shared goal gives ideas a direction.');
      expect(text).to.contain('Without a goal, ideas pull apart.');
      expect(text).to.contain(strings.noAttemptsLeft);
      expect(element.shadowRoot?.querySelector('button')).to.equal(null);
    });
    it('calls a multiple-answer response with one right option partly correct', async () => {
      const element = await render(multiple, { mode: 'incorrect', selected: ['a'], attemptsLeft: 1 });
      expect(feedbackText(element)).to.contain('Partly correct');
    });
    it('disables the options once answered', async () => {
      const element = await render(single, { mode: 'correct', selected: ['a'] });
      const inputs = [...(element.shadowRoot?.querySelectorAll('input') ?? [])];
      expect(inputs.every((input) => input.disabled)).to.equal(true);
    });
  });

  describe('events', () => {
    it('raises answer-select with the option id', async () => {
      const element = await render(single);
      const input = element.shadowRoot?.querySelector<HTMLInputElement>('input[value="b"]');
      setTimeout(() => input?.click());
      const event = await nextEvent(element, 'answer-select');
      expect(event.optionId).to.equal('b');
    });
    it('raises answer-submit when an option is chosen', async () => {
      const element = await render(single, { selected: ['a'] });
      setTimeout(() => element.shadowRoot?.querySelector<HTMLButtonElement>('button')?.click());
      await nextEvent(element, 'answer-submit');
    });
    it('shows an error, and raises nothing, when submitting with no option chosen', async () => {
      const element = await render(single);
      let submitted = false;
      element.addEventListener('answer-submit', () => (submitted = true));
      element.shadowRoot?.querySelector<HTMLButtonElement>('button')?.click();
      await element.updateComplete;
      expect(submitted).to.equal(false);
      expect(element.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.contain(strings.selectAnAnswer);
    });
    it('raises answer-retry from the try-again button', async () => {
      const element = await render(single, { mode: 'incorrect', selected: ['b'], attemptsLeft: 1 });
      setTimeout(() => element.shadowRoot?.querySelector<HTMLButtonElement>('button')?.click());
      await nextEvent(element, 'answer-retry');
    });
  });

  describe('keyboard', () => {
    it('chooses with the arrow keys and submits with Enter', async () => {
      const element = await render(single);
      const chosen: string[] = [];
      element.addEventListener('answer-select', (event) => {
        chosen.push(event.optionId);
        element.selected = [event.optionId];
      });
      let submitted = false;
      element.addEventListener('answer-submit', () => (submitted = true));
      element.shadowRoot?.querySelector<HTMLInputElement>('input')?.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(chosen).to.deep.equal(['a', 'b']);
      expect(submitted).to.equal(true);
    });
    it('moves focus to the feedback after submitting', async () => {
      const element = await render(single, { selected: ['a'] });
      element.addEventListener('answer-submit', () => (element.mode = 'correct'));
      element.shadowRoot?.querySelector<HTMLButtonElement>('button')?.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.shadowRoot?.activeElement?.getAttribute('role')).to.equal('status');
    });
  });
});
