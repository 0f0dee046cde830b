import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from './next-event.js';
import '../../src/components/li-completion.js';
import type { LiCompletion } from '../../src/components/li-completion.js';
import type { LessonStatus } from '../../src/components/li-toc.js';
import type { Lesson } from '../../src/course/types.js';
import { fixtureCourse } from '../machines/fixture-course.js';
import { strings } from './strings.js';

const lessons: Lesson[] = [
  { id: 'purpose-first', title: 'Purpose first', summary: '', objectiveIds: [], estimatedMinutes: 5, pages: [] },
  { id: 'marginal-gains', title: 'Marginal gains', summary: '', objectiveIds: [], estimatedMinutes: 5, pages: [] },
];

const { credits } = fixtureCourse;

async function render(complete: boolean, statuses: Record<string, LessonStatus>) {
  return fixture<LiCompletion>(html`<li-completion
    .courseTitle=${'Leading Innovation'}
    .lessons=${lessons}
    .statuses=${statuses}
    .credits=${credits}
    .strings=${strings}
    ?complete=${complete}
  ></li-completion>`);
}

describe('li-completion', () => {
  it('is accessible, complete and not yet complete', async () => {
    await expect(await render(true, { 'purpose-first': 'complete', 'marginal-gains': 'complete' })).to.be.accessible();
    await expect(await render(false, { 'purpose-first': 'complete' })).to.be.accessible();
  });

  it('congratulates a learner who has finished, naming the course', async () => {
    const element = await render(true, { 'purpose-first': 'complete', 'marginal-gains': 'complete' });
    expect(element.shadowRoot?.querySelector('h1')?.textContent).to.equal(strings.completionHeading);
    expect(element.shadowRoot?.textContent).to.contain('You have completed Leading Innovation.');
  });

  it('lists only the lessons still to finish, as links', async () => {
    const element = await render(false, { 'purpose-first': 'complete', 'marginal-gains': 'in-progress' });
    const links = [...(element.shadowRoot?.querySelectorAll<HTMLAnchorElement>('.panel a') ?? [])];
    expect(links.map((link) => link.textContent)).to.deep.equal(['Marginal gains']);
    setTimeout(() => links[0]?.click());
    expect((await nextEvent(element, 'navigate-request')).targetId).to.equal('marginal-gains');
  });

  it('credits the source blog with its author, organisation, publisher and date', async () => {
    const element = await render(true, {});
    const credit = element.shadowRoot?.querySelector('.credits li')?.textContent?.replace(/\s+/g, ' ');
    expect(credit).to.contain('How do leaders foster innovation?');
    expect(credit).to.contain('Gwilym Ellis, Lead Trainer, Trilateral Research');
    expect(credit).to.contain('techUK, 25 May 2022');
  });
});
