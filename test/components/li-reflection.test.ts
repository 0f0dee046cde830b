import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/li-reflection.js';
import type { LiReflection } from '../../src/components/li-reflection.js';
import type { ReflectionChangeEvent } from '../../src/components/events.js';
import type { ReflectionBlock } from '../../src/course/types.js';
import { strings } from './strings.js';

const reflection: ReflectionBlock = {
  type: 'reflection',
  id: 'reflect-team',
  promptHtml: '<p>Which part of your team’s work most needs a clear purpose?</p>',
};

async function render(text = '') {
  return fixture<LiReflection>(html`<li-reflection .reflection=${reflection} .strings=${strings} .text=${text}></li-reflection>`);
}

describe('li-reflection', () => {
  it('is accessible, empty and filled in', async () => {
    await expect(await render()).to.be.accessible();
    await expect(await render('Our repairs triage.')).to.be.accessible();
  });

  it('labels the text box and describes it with the prompt and who can see it', async () => {
    const element = await render();
    const textarea = element.shadowRoot?.querySelector('textarea');
    expect(element.shadowRoot?.querySelector('label[for="answer"]')?.textContent).to.equal(strings.reflectionLabel);
    const describedBy = textarea?.getAttribute('aria-describedby')?.split(' ') ?? [];
    const descriptions = describedBy.map((id) => element.shadowRoot?.getElementById(id)?.textContent?.trim());
    expect(descriptions).to.deep.equal(['Which part of your team’s work most needs a clear purpose?', strings.reflectionSavedLocal]);
  });

  it('shows the saved text', async () => {
    const element = await render('Our repairs triage.');
    expect(element.shadowRoot?.querySelector('textarea')?.value).to.equal('Our repairs triage.');
  });

  it('raises reflection-change on every keystroke, typed with the keyboard alone', async () => {
    const element = await render();
    const changes: ReflectionChangeEvent[] = [];
    element.addEventListener('reflection-change', (event) => changes.push(event));
    element.shadowRoot?.querySelector('textarea')?.focus();
    await sendKeys({ type: 'Bins' });
    expect(changes.map((event) => event.text)).to.deep.equal(['B', 'Bi', 'Bin', 'Bins']);
    expect(changes.every((event) => event.reflectionId === 'reflect-team')).to.equal(true);
  });
});
