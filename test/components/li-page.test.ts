import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from './next-event.js';
import { createActor } from 'xstate';
import '../../src/components/li-page.js';
import type { LiPage } from '../../src/components/li-page.js';
import type { KnowledgeCheckBlock, Lesson, Page } from '../../src/course/types.js';
import { knowledgeCheckMachine } from '../../src/machines/knowledge-check.machine.js';
import { strings } from './strings.js';

const check: KnowledgeCheckBlock = {
  type: 'knowledge-check',
  id: 'check-purpose',
  kind: 'true-false',
  questionHtml: '<p>A vague call to “be more innovative” gives a team a shared goal.</p>',
  objectiveIds: ['purpose-agenda'],
  maxAttempts: 2,
  options: [
    { id: 'true', textHtml: 'True', correct: false, feedbackHtml: '<p>It leaves each person to guess the goal.</p>' },
    { id: 'false', textHtml: 'False', correct: true, feedbackHtml: '<p>A shared goal has to be named.</p>' },
  ],
};

const page: Page = {
  id: 'purpose-why',
  title: 'Why purpose comes first',
  blocks: [
    { type: 'prose', html: '<p>Know what you are aiming for. See <a href="#marginal-gains">marginal gains</a>.</p>' },
    {
      type: 'quote',
      textHtml: 'If you can’t explain it simply, you don’t understand it well enough.',
      attribution: 'Albert Einstein (attributed)',
      source: 'Gwilym Ellis, techUK, 2022',
    },
    { type: 'callout', variant: 'example', title: 'Example (illustrative): a library service', html: '<p>A library sets one goal.</p>' },
    { type: 'key-points', title: 'Key points', pointsHtml: ['Name the goal', 'Share it'] },
    { type: 'reflection', id: 'reflect-purpose', promptHtml: '<p>What is your team’s goal?</p>' },
    check,
    { type: 'facilitator-notes', minutes: 10, html: '<p>Ask the room for a goal.</p>' },
  ],
};

const lesson: Lesson = {
  id: 'purpose-first',
  title: 'Purpose first',
  summary: '',
  objectiveIds: [],
  estimatedMinutes: 5,
  pages: [page, { id: 'purpose-more', title: 'More', blocks: [] }],
};

async function render(showFacilitatorNotes = false) {
  const actor = createActor(knowledgeCheckMachine, { input: { check } }).start();
  return fixture<LiPage>(html`<li-page
    .lesson=${lesson}
    .page=${page}
    .strings=${strings}
    page-number="1"
    .checkActors=${{ [check.id]: actor }}
    .reflections=${{ 'reflect-purpose': 'Fewer missed bins.' }}
    ?show-facilitator-notes=${showFacilitatorNotes}
  ></li-page>`);
}

describe('li-page', () => {
  it('is accessible with every block type, for learners and for facilitators', async () => {
    await expect(await render()).to.be.accessible();
    await expect(await render(true)).to.be.accessible();
  });

  it('renders the heading and where the page sits in its lesson', async () => {
    const element = await render();
    expect(element.shadowRoot?.querySelector('h1')?.textContent).to.equal('Why purpose comes first');
    expect(element.shadowRoot?.querySelector('.eyebrow')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Purpose first · Page 1 of 2');
  });

  it('renders every block type', async () => {
    const element = await render();
    const root = element.shadowRoot;
    expect(root?.querySelector('.prose a')?.getAttribute('href')).to.equal('#marginal-gains');
    expect(root?.querySelector('blockquote')?.textContent).to.contain('explain it simply');
    expect(root?.querySelector('figcaption')?.textContent).to.contain('Albert Einstein (attributed)');
    expect(root?.querySelector('figcaption')?.textContent).to.contain('Source: Gwilym Ellis, techUK, 2022');
    expect(root?.querySelector('aside.callout.example h2')?.textContent).to.equal('Example (illustrative): a library service');
    expect([...(root?.querySelectorAll('.key-points li') ?? [])].map((item) => item.textContent)).to.deep.equal(['Name the goal', 'Share it']);
    const reflection = root?.querySelector('li-reflection');
    await reflection?.updateComplete;
    expect(reflection?.shadowRoot?.querySelector('textarea')?.value).to.equal('Fewer missed bins.');
    const knowledgeCheck = root?.querySelector('li-knowledge-check');
    await knowledgeCheck?.updateComplete;
    const question = knowledgeCheck?.shadowRoot?.querySelector('li-question');
    await question?.updateComplete;
    expect(question?.shadowRoot?.textContent).to.contain('be more innovative');
  });

  it('hides facilitator notes from learners and shows them in facilitator mode', async () => {
    expect((await render()).shadowRoot?.textContent).not.to.contain('Ask the room for a goal.');
    const facilitatorView = await render(true);
    expect(facilitatorView.shadowRoot?.textContent).to.contain('Ask the room for a goal.');
    expect(facilitatorView.shadowRoot?.textContent).to.contain('Suggested time: 10 minutes');
  });

  it('turns a link to another lesson into a navigation request', async () => {
    const element = await render();
    setTimeout(() => element.shadowRoot?.querySelector<HTMLAnchorElement>('.prose a')?.click());
    const event = await nextEvent(element, 'navigate-request');
    expect(event.targetId).to.equal('marginal-gains');
  });

  it('moves focus to the heading on request', async () => {
    const element = await render();
    await element.focusHeading();
    expect(element.shadowRoot?.activeElement?.tagName).to.equal('H1');
  });
});
