import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/li-action-plan.js';
import { actionPlanText, type LiActionPlan } from '../../src/components/li-action-plan.js';
import type { ActionPlanChangeEvent } from '../../src/components/events.js';
import { strings } from './strings.js';

async function render(plan: Record<string, string> = {}, download?: (fileName: string, text: string) => void) {
  return fixture<LiActionPlan>(html`<li-action-plan
    .strings=${strings}
    .plan=${plan}
    .courseTitle=${'Leading Innovation'}
    .download=${download ?? (() => undefined)}
  ></li-action-plan>`);
}

describe('li-action-plan', () => {
  it('is accessible, empty and filled in', async () => {
    await expect(await render()).to.be.accessible();
    await expect(await render({ area: 'Repairs', followUp: '2026-12-31' })).to.be.accessible();
  });

  it('asks the six questions, each labelled and described by its hint, the follow-up as a date', async () => {
    const element = await render();
    const controls = [...(element.shadowRoot?.querySelectorAll('textarea, input') ?? [])];
    expect(controls.map((control) => control.id)).to.deep.equal(['area', 'purpose', 'experiment', 'measure', 'involve', 'followUp']);
    expect(element.shadowRoot?.querySelector('label[for="area"]')?.textContent).to.equal(strings.actionPlanArea);
    expect(element.shadowRoot?.querySelector('#followUp')?.getAttribute('type')).to.equal('date');
    expect(element.shadowRoot?.querySelector('#measure')?.getAttribute('aria-describedby')).to.equal('measure-hint');
  });

  it('raises a change for every keystroke, typed with the keyboard alone', async () => {
    const element = await render();
    const changes: ActionPlanChangeEvent[] = [];
    element.addEventListener('action-plan-change', (event) => changes.push(event));
    element.shadowRoot?.querySelector<HTMLTextAreaElement>('#purpose')?.focus();
    await sendKeys({ type: 'Fix' });
    expect(changes.map((event) => [event.field, event.text])).to.deep.equal([
      ['purpose', 'F'],
      ['purpose', 'Fi'],
      ['purpose', 'Fix'],
    ]);
  });

  it('downloads the plan as plain text with every question and answer', async () => {
    let saved: [string, string] | undefined;
    const element = await render({ area: 'Missed bins', purpose: 'Bins collected first time' }, (fileName, text) => (saved = [fileName, text]));
    const buttons = [...(element.shadowRoot?.querySelectorAll('button') ?? [])];
    buttons.find((button) => button.textContent?.trim() === strings.actionPlanDownload)?.click();
    expect(saved?.[0]).to.equal('innovation-agenda.txt');
    expect(saved?.[1]).to.equal(actionPlanText(strings, 'Leading Innovation', { area: 'Missed bins', purpose: 'Bins collected first time' }));
    expect(saved?.[1]).to.contain(`${strings.actionPlanArea}\nMissed bins`);
    expect(saved?.[1]).to.contain(`${strings.actionPlanMeasure}\n—`);
  });
});
