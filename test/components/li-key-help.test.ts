import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/li-key-help.js';
import '../../src/components/li-facilitator-panel.js';
import type { LiKeyHelp } from '../../src/components/li-key-help.js';
import type { LiFacilitatorPanel } from '../../src/components/li-facilitator-panel.js';
import type { UiStrings } from '../../src/course/types.js';
import { strings as baseStrings } from './strings.js';

const strings: UiStrings = {
  ...baseStrings,
  keyHelpHeading: 'Presenter keys',
  keyHelpClose: 'Close',
  keyHelpOr: 'or',
  keyRightArrow: 'Right arrow',
  keyLeftArrow: 'Left arrow',
  keyPageDown: 'Page Down',
  keyPageUp: 'Page Up',
  keyHelpNext: 'Next page',
  keyHelpPrevious: 'Previous page',
  keyHelpBlank: 'Blank or show the audience screen',
  keyHelpTimer: 'Start or pause the timer',
  keyHelpHelp: 'Show this help',
  keyHelpButton: 'Keyboard shortcuts (?)',
};

/** `fixtureSync`, then the element's own update: a plain wrapper's `fixture` waits for a frame, which a background tab may never paint. */
async function render() {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div>
    <button type="button" id="opener">Help</button>
    <li-key-help .strings=${strings}></li-key-help>
  </div>`);
  const help = wrapper.querySelector('li-key-help') as LiKeyHelp;
  await help.updateComplete;
  return { wrapper, help, opener: wrapper.querySelector('#opener') as HTMLButtonElement };
}

function dialogOf(help: LiKeyHelp): HTMLDialogElement {
  const dialog = help.shadowRoot?.querySelector('dialog');
  if (!dialog) throw new Error('no dialog');
  return dialog;
}

describe('li-key-help', () => {
  describe('accessibility', () => {
    it('is accessible open and closed', async () => {
      const { help } = await render();
      await expect(help).to.be.accessible();
      await help.show();
      await expect(help).to.be.accessible();
    });

    it('is a modal dialog named by its heading', async () => {
      const { help } = await render();
      await help.show();
      const dialog = dialogOf(help);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.getAttribute('aria-labelledby')).to.equal('key-help-heading');
      expect(dialog.querySelector('#key-help-heading')?.textContent).to.equal('Presenter keys');
    });

    it('lists each key with what it does, arrows named in words', async () => {
      const { help } = await render();
      await help.show();
      const dialog = dialogOf(help);
      const spoken = (element: Element) =>
        [...element.querySelectorAll('kbd')]
          .map((key) => [...key.childNodes].filter((node) => node.nodeType !== Node.COMMENT_NODE && !(node instanceof HTMLElement && node.getAttribute('aria-hidden') === 'true')).map((node) => node.textContent).join(''))
          .join(' / ');
      const terms = [...dialog.querySelectorAll('dt')].map(spoken);
      const descriptions = [...dialog.querySelectorAll('dd')].map((dd) => dd.textContent);
      expect(terms).to.deep.equal(['Right arrow / Page Down', 'Left arrow / Page Up', 'B', 'T', '?']);
      expect(descriptions).to.deep.equal(['Next page', 'Previous page', 'Blank or show the audience screen', 'Start or pause the timer', 'Show this help']);
      expect(dialog.querySelector('dt')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('→Right arrow or Page Down');
    });
  });

  describe('keyboard', () => {
    it('closes on Escape and gives focus back to where it was', async () => {
      const { help, opener } = await render();
      opener.focus();
      await help.show();
      expect(help.shadowRoot?.activeElement?.textContent).to.equal('Close');
      await sendKeys({ press: 'Escape' });
      expect(dialogOf(help).open).to.equal(false);
      expect(help.open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
    });

    it('closes from its Close button with Enter', async () => {
      const { help, opener } = await render();
      opener.focus();
      await help.show();
      await sendKeys({ press: 'Enter' });
      expect(dialogOf(help).open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
    });

    it('keeps Tab inside while open', async () => {
      const { help } = await render();
      await help.show();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      const active = document.activeElement;
      expect(active === help || help.contains(active)).to.equal(true);
    });

    it('gives focus back inside another component’s shadow root', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <li-facilitator-panel .strings=${strings}></li-facilitator-panel>
        <li-key-help .strings=${strings}></li-key-help>
      </div>`);
      const panel = wrapper.querySelector('li-facilitator-panel') as LiFacilitatorPanel;
      const help = wrapper.querySelector('li-key-help') as LiKeyHelp;
      await panel.updateComplete;
      await help.updateComplete;
      panel.addEventListener('key-help-request', () => void help.show());
      const helpButton = [...(panel.shadowRoot?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.includes('Keyboard shortcuts'));
      helpButton?.focus();
      await sendKeys({ press: 'Enter' });
      await help.updateComplete;
      expect(dialogOf(help).open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      expect(panel.shadowRoot?.activeElement).to.equal(helpButton);
    });
  });

  it('opens only once when asked twice', async () => {
    const { help } = await render();
    await help.show();
    await help.show();
    expect(dialogOf(help).open).to.equal(true);
    help.close();
    expect(dialogOf(help).open).to.equal(false);
  });
});
