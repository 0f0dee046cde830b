import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from './next-event.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/li-toc.js';
import type { LiToc, LessonStatus } from '../../src/components/li-toc.js';
import type { Lesson } from '../../src/course/types.js';
import { strings } from './strings.js';

const lessons: Lesson[] = [
  {
    id: 'purpose-first',
    title: 'Purpose first',
    summary: 'Why purpose comes first.',
    objectiveIds: [],
    estimatedMinutes: 8,
    pages: [
      { id: 'purpose-why', title: 'Why purpose matters', blocks: [] },
      { id: 'purpose-customers', title: 'Customer obsession', blocks: [] },
    ],
  },
  {
    id: 'marginal-gains',
    title: 'Marginal gains',
    summary: 'Small improvements add up.',
    objectiveIds: [],
    estimatedMinutes: 1,
    pages: [{ id: 'gains-everyday', title: 'Everyday improvements', blocks: [] }],
  },
];

async function render(statuses: Record<string, LessonStatus>, currentPageId = 'purpose-customers') {
  return fixture<LiToc>(
    html`<li-toc .lessons=${lessons} .statuses=${statuses} .strings=${strings} current-page-id=${currentPageId}></li-toc>`,
  );
}

describe('li-toc', () => {
  it('is accessible in every lesson state', async () => {
    await expect(await render({ 'purpose-first': 'complete', 'marginal-gains': 'in-progress' })).to.be.accessible();
    await expect(await render({}, 'gains-everyday')).to.be.accessible();
  });

  it('shows each lesson’s status in words and its estimated minutes', async () => {
    const element = await render({ 'purpose-first': 'complete' });
    const items = [...(element.shadowRoot?.querySelectorAll('.lesson .meta') ?? [])].map((meta) =>
      meta.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.deep.equal([`${strings.lessonComplete} About 8 minutes`, `${strings.lessonNotStarted} ${strings.minutesEstimateOne}`]);
  });

  it('lists the pages of the current lesson and marks the current page', async () => {
    const element = await render({});
    const pageLinks = [...(element.shadowRoot?.querySelectorAll('.pages a') ?? [])];
    expect(pageLinks.map((link) => link.textContent?.trim())).to.deep.equal(['Why purpose matters', 'Customer obsession']);
    expect(element.shadowRoot?.querySelector('[aria-current="page"]')?.textContent?.trim()).to.equal('Customer obsession');
  });

  it('asks to navigate when a lesson link is followed with the keyboard', async () => {
    const element = await render({});
    const links = element.shadowRoot?.querySelectorAll<HTMLAnchorElement>('a');
    links?.[links.length - 1]?.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await nextEvent(element, 'navigate-request');
    expect(event.targetId).to.equal('marginal-gains');
  });
});
