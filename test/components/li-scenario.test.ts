import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/li-scenario.js';
import type { LiScenario, ScenarioView } from '../../src/components/li-scenario.js';
import { scenarioView } from '../../src/components/scenario-view.js';
import { fixtureScenario } from '../machines/fixture-scenario.js';
import { nextEvent } from './next-event.js';
import { strings } from './strings.js';

async function render(path: string[], finished = false) {
  const view = scenarioView(fixtureScenario, { path, finished }) as ScenarioView;
  return fixture<LiScenario>(html`<li-scenario .scenario=${fixtureScenario} .view=${view} .strings=${strings}></li-scenario>`);
}

function text(element: LiScenario): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('li-scenario', () => {
  it('is accessible at the first decision, mid-way and at an ending', async () => {
    await expect(await render([])).to.be.accessible();
    await expect(await render(['set-goal'])).to.be.accessible();
    await expect(await render(['set-goal', 'involve'], true)).to.be.accessible();
  });

  it('sets the scene: intro, who, where, what is at stake, the situation and the choices', async () => {
    const element = await render([]);
    const shown = text(element);
    expect(shown).to.contain('This scenario is fictional.');
    expect(shown).to.contain('Your director');
    expect(shown).to.contain('The monthly review');
    expect(shown).to.contain('Waiting times are rising');
    const choices = [...(element.shadowRoot?.querySelectorAll('.choices button') ?? [])].map((button) => button.textContent?.trim());
    expect(choices).to.deep.equal(['Agree one goal', 'Buy a new system']);
  });

  it('shows what happened after a decision, then the next decision', async () => {
    const element = await render(['set-goal']);
    expect(element.shadowRoot?.querySelector('.consequence')?.textContent).to.contain('Your director agrees.');
    expect(text(element)).to.contain('The team hears the goal.');
    expect(text(element)).not.to.contain('This scenario is fictional.');
  });

  it('raises scenario-choose from a choice, by keyboard', async () => {
    const element = await render(['set-goal']);
    element.shadowRoot?.querySelector<HTMLButtonElement>('.choices button')?.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await nextEvent(element, 'scenario-choose');
    expect([event.scenarioId, event.choiceId]).to.deep.equal(['contact-test', 'involve']);
  });

  it('moves focus to what happened once the next view arrives', async () => {
    const element = await render([]);
    element.addEventListener('scenario-choose', () => {
      element.view = scenarioView(fixtureScenario, { path: ['set-goal'], finished: false });
    });
    element.shadowRoot?.querySelector<HTMLButtonElement>('.choices button')?.click();
    await element.updateComplete;
    expect(element.shadowRoot?.activeElement?.textContent).to.equal(strings.scenarioWhatHappened);
  });

  it('debriefs at an ending: each decision with what a strong leader would weigh, and the profile', async () => {
    const element = await render(['set-goal', 'involve'], true);
    const shown = text(element);
    expect(shown).to.contain('The goal and the team carried it.');
    expect([...(element.shadowRoot?.querySelectorAll('.decisions > li') ?? [])]).to.have.length(2);
    expect(shown).to.contain('A vague ask needs a clear goal.');
    expect(shown).to.contain('The people who do the work know it best.');
    const rows = [...(element.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((row) => row.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal([
      `${strings.principlePurpose} +2`,
      `${strings.principleMarginalGains} +2`,
      `${strings.principleSafeToFail} 0`,
      `${strings.principleFollowThrough} 0`,
      `${strings.principleSociotechnicalDesign} +1`,
    ]);
  });

  it('raises scenario-restart from the debrief', async () => {
    const element = await render(['buy-system'], true);
    setTimeout(() => element.shadowRoot?.querySelector<HTMLButtonElement>('button.restart')?.click());
    expect((await nextEvent(element, 'scenario-restart')).scenarioId).to.equal('contact-test');
  });
});
