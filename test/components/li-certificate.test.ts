import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/li-certificate.js';
import type { LiCertificate } from '../../src/components/li-certificate.js';
import type { LearnerNameChangeEvent } from '../../src/components/events.js';
import { strings } from './strings.js';

const hostileName = '<img src=x onerror=alert(1)>';

async function render(options: { lmsName?: string; typedName?: string; completedOn?: string; score?: number; passed?: boolean } = {}) {
  return fixture<LiCertificate>(html`<li-certificate
    .strings=${strings}
    .courseTitle=${'Leading Innovation'}
    .lmsName=${options.lmsName ?? ''}
    .typedName=${options.typedName ?? ''}
    .completedOn=${options.completedOn ?? '2026-11-29'}
    .score=${options.score}
    .passed=${options.passed ?? true}
  ></li-certificate>`);
}

function certificateText(element: LiCertificate): string {
  return element.shadowRoot?.querySelector('.certificate')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('li-certificate', () => {
  it('is accessible, with a typed name and with a name from the LMS', async () => {
    await expect(await render({ typedName: 'Sam Taylor', score: 94 })).to.be.accessible();
    await expect(await render({ lmsName: 'Sam Taylor' })).to.be.accessible();
  });

  it('says who completed which course on which day, with the score', async () => {
    const element = await render({ typedName: 'Sam Taylor', score: 94 });
    expect(certificateText(element)).to.equal(
      `${strings.certificateHeading} ${strings.certificateStatement} Sam Taylor has completed Leading Innovation on 29 November 2026 Score: 94%`,
    );
  });

  it('shows a hostile name from the LMS as text, never as markup', async () => {
    const element = await render({ lmsName: hostileName });
    expect(element.shadowRoot?.querySelector('.name')?.textContent).to.equal(hostileName);
    expect(element.shadowRoot?.querySelector('.certificate img')).to.equal(null);
    expect(element.shadowRoot?.querySelector('#name')).to.equal(null, 'an LMS name cannot be changed here');
  });

  it('shows a hostile typed name as text too', async () => {
    const element = await render({ typedName: hostileName });
    expect(element.shadowRoot?.querySelector('.name')?.textContent).to.equal(hostileName);
    expect(element.shadowRoot?.querySelector('.certificate img')).to.equal(null);
  });

  it('takes a typed name with the keyboard', async () => {
    const element = await render();
    const names: string[] = [];
    element.addEventListener('learner-name-change', (event: LearnerNameChangeEvent) => names.push(event.name));
    element.shadowRoot?.querySelector<HTMLInputElement>('#name')?.focus();
    await sendKeys({ type: 'Sam' });
    expect(names).to.deep.equal(['S', 'Sa', 'Sam']);
  });

  it('waits for the course to be complete', async () => {
    const element = await render({ completedOn: '' });
    expect(element.shadowRoot?.querySelector('.certificate')).to.equal(null);
    expect(element.shadowRoot?.textContent).to.contain(strings.certificateNotYet);
    await expect(element).to.be.accessible();
  });

  it('is not given when the final assessment was not passed', async () => {
    const element = await render({ score: 60, passed: false });
    expect(element.shadowRoot?.querySelector('.certificate')).to.equal(null);
    expect(element.shadowRoot?.textContent).to.contain(strings.certificateNotPassed);
    await expect(element).to.be.accessible();
  });

  it('prints on an A4 landscape page of its own', async () => {
    const element = await render({ typedName: 'Sam' });
    const certificate = element.shadowRoot?.querySelector('.certificate');
    expect(certificate && getComputedStyle(certificate).getPropertyValue('page')).to.equal('certificate');
  });
});
