import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from './next-event.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/li-resume-prompt.js';
import type { LiResumePrompt } from '../../src/components/li-resume-prompt.js';
import { strings } from './strings.js';

async function render() {
  return fixture<LiResumePrompt>(html`<li-resume-prompt .strings=${strings} resume-at="Customer obsession"></li-resume-prompt>`);
}

describe('li-resume-prompt', () => {
  it('is accessible', async () => {
    await expect(await render()).to.be.accessible();
  });

  it('says where the learner would resume', async () => {
    const element = await render();
    expect(element.shadowRoot?.textContent).to.contain('Customer obsession');
  });

  it('offers resume first, then start again, by keyboard', async () => {
    const element = await render();
    await element.focusHeading();
    setTimeout(async () => {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
    });
    expect((await nextEvent(element, 'resume-choice')).choice).to.equal('resume');

    await element.focusHeading();
    setTimeout(async () => {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
    });
    expect((await nextEvent(element, 'resume-choice')).choice).to.equal('restart');
  });
});
