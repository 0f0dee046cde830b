import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/li-knowledge-check.js';
import '../../src/components/li-question.js';
import type { LiQuestion } from '../../src/components/li-question.js';
import { matchingCheck } from '../machines/fixture-course.js';
import { nextEvent } from './next-event.js';
import { strings } from './strings.js';
import { innerQuestion, renderConnectedCheck } from './connected-check.js';

const renderConnected = () => renderConnectedCheck(matchingCheck);

const inner = innerQuestion;

function select(question: LiQuestion, optionId: string): HTMLSelectElement {
  const element = question.shadowRoot?.querySelector<HTMLSelectElement>(`#match-${optionId}`);
  if (!element) throw new Error(`no select for ${optionId}`);
  return element;
}

describe('li-question: matching', () => {
  it('is accessible while matching and once answered', async () => {
    await expect((await renderConnected()).element).to.be.accessible();
    const final = await fixture<LiQuestion>(html`<li-question .check=${matchingCheck} .strings=${strings} mode="incorrect" .selected=${['lab', 'remit', 'bot']} .attemptsLeft=${0}></li-question>`);
    await expect(final).to.be.accessible();
  });

  it('gives each prompt a labelled list of every match, in the shuffled order, none chosen', async () => {
    const question = await inner((await renderConnected()).element);
    const remit = select(question, 'remit');
    expect(question.shadowRoot?.querySelector('label[for="match-remit"]')?.textContent?.trim()).to.equal('A remit for process improvement');
    expect([...remit.options].map((option) => option.textContent?.trim())).to.deep.equal([
      strings.matchingPlaceholder,
      'Safe to fail',
      'Following through',
      'Purpose first',
    ]);
    expect(remit.value).to.equal('');
  });

  it('refuses to submit until every prompt has a match', async () => {
    const { element, actor } = await renderConnected();
    const question = await inner(element);
    question.shadowRoot?.querySelector<HTMLButtonElement>('button.primary')?.click();
    await question.updateComplete;
    expect(question.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.contain(strings.selectAnAnswer);
    expect(actor.getSnapshot().matches('choosing')).to.equal(true);
  });

  it('is answered with the keyboard alone', async () => {
    const { element, actor } = await renderConnected();
    let question = await inner(element);
    // Matches are listed as: placeholder, Safe to fail (lab), Following through (bot), Purpose first (remit).
    const downPresses: Record<string, number> = { remit: 3, lab: 1, bot: 2 };
    for (const option of matchingCheck.options) {
      select(question, option.id).focus();
      for (let press = 0; press < (downPresses[option.id] ?? 0); press += 1) await sendKeys({ press: 'ArrowDown' });
      question = await inner(element);
    }
    expect(actor.getSnapshot().context.selected).to.deep.equal(['remit', 'lab', 'bot']);
    question.shadowRoot?.querySelector<HTMLButtonElement>('button.primary')?.focus();
    await sendKeys({ press: 'Enter' });
    question = await inner(element);
    expect(actor.getSnapshot().matches({ answered: 'correct' })).to.equal(true);
    expect(question.shadowRoot?.activeElement?.getAttribute('role')).to.equal('status');
  });

  it('raises answer-match with the prompt and the chosen match', async () => {
    const question = await fixture<LiQuestion>(html`<li-question .check=${matchingCheck} .strings=${strings} .selected=${['', '', '']}></li-question>`);
    const lab = select(question, 'lab');
    lab.value = 'bot';
    setTimeout(() => lab.dispatchEvent(new Event('change')));
    const event = await nextEvent(question, 'answer-match');
    expect([event.optionId, event.matchId]).to.deep.equal(['lab', 'bot']);
  });

  it('shows each prompt’s right match and why once the answer is final', async () => {
    const question = await fixture<LiQuestion>(html`<li-question .check=${matchingCheck} .strings=${strings} mode="incorrect" .selected=${['lab', 'remit', 'bot']} .attemptsLeft=${0}></li-question>`);
    const feedback = question.shadowRoot?.querySelector('[part="feedback"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(feedback).to.contain('A remit for process improvement Right match: Purpose first The remit names the goal.');
    expect(feedback).to.contain(strings.noAttemptsLeft);
    expect(select(question, 'remit').disabled).to.equal(true);
  });
});
