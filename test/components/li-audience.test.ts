import { expect, fixture, html } from '@open-wc/testing';
import { createActor } from 'xstate';
import '../../src/components/li-audience.js';
import type { LiAudience } from '../../src/components/li-audience.js';
import { courseMachine } from '../../src/machines/course.machine.js';
import { restoreProgress } from '../../src/machines/progress.js';
import { fixtureCourse } from '../machines/fixture-course.js';
import { strings } from './strings.js';

const course = { ...fixtureCourse, strings };

async function render(state: Partial<Pick<LiAudience, 'blank' | 'charts' | 'connection' | 'completion'>> & { pageId?: string } = {}): Promise<LiAudience> {
  const { progress } = restoreProgress(course, { pageId: state.pageId ?? 'purpose-recap', visited: ['purpose-why', 'purpose-agenda', 'purpose-recap'] });
  const actor = createActor(courseMachine, { input: { course, progress } }).start();
  const element = await fixture<LiAudience>(html`<li-audience
    .course=${course}
    .actor=${actor}
    .blank=${state.blank ?? false}
    .charts=${state.charts ?? []}
    .connection=${state.connection ?? 'following'}
    .completion=${state.completion ?? false}
  ></li-audience>`);
  await element.pageElement?.updateComplete;
  return element;
}

function shown(element: LiAudience): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('li-audience', () => {
  it('shows the trainer’s page without facilitator notes, contents or page turns, and is accessible', async () => {
    const element = await render();
    expect(element.pageElement?.shadowRoot?.querySelector('h1')?.textContent).to.equal('Recap');
    expect(element.pageElement?.shadowRoot?.querySelector('.facilitator')).to.equal(null);
    expect(element.shadowRoot?.querySelector('li-toc, .page-turns')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows the vote results the trainer shows, as charts', async () => {
    const element = await render({ charts: [{ key: 'check:x', heading: 'Class vote: What comes first?', bars: [{ id: 'a', label: 'A tool', count: 1, highlight: false }, { id: 'b', label: 'A purpose', count: 3, highlight: true }] }] });
    const chart = element.shadowRoot?.querySelector('li-vote-chart');
    expect(chart).to.exist;
    await chart?.updateComplete;
    expect(chart?.shadowRoot?.textContent).to.contain('A purpose');
    expect(chart?.shadowRoot?.textContent).to.contain(strings.voteRightAnswer);
    await expect(element).to.be.accessible();
  });

  it('shows the completion screen when the trainer is on it', async () => {
    const element = await render({ completion: true });
    const completion = element.shadowRoot?.querySelector('li-completion');
    expect(completion).to.exist;
    expect(element.pageElement).to.equal(null);
    await completion?.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('shows nothing but a status for screen readers while blanked', async () => {
    const element = await render({ blank: true });
    expect(element.pageElement).to.equal(null);
    expect(element.hasAttribute('blank')).to.equal(true);
    expect(element.shadowRoot?.querySelector('[role="status"]')?.textContent).to.equal(strings.audienceBlanked);
    await expect(element).to.be.accessible();
  });

  it('says when it is waiting for the trainer’s window', async () => {
    expect(shown(await render({ connection: 'waiting' }))).to.contain(strings.audienceWaiting);
  });

  it('says when it has lost the trainer’s window', async () => {
    const closed = await render({ connection: 'closed' });
    expect(shown(closed)).to.contain(strings.audienceClosed);
    await expect(closed).to.be.accessible();
  });
});
