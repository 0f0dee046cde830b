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
  displayOrder: ['true', 'false'],
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
    {
      type: 'diagram',
      svg: '<svg viewBox="0 0 100 40" role="img" aria-label="Goal first, then ideas" focusable="false"><rect class="li-fill-primary" x="0" y="0" width="40" height="40"></rect><text class="li-fill-text" x="50" y="25">Ideas</text></svg>',
      alt: 'Goal first, then ideas',
      captionHtml: 'The goal comes before the ideas.',
      descriptionHtml: '<p>A box labelled goal sits to the left of the word ideas.</p>',
    },
    { type: 'glossary' },
  ],
};

const glossary = [
  { id: 'agenda-term', term: 'agenda', definitionHtml: '<p>The areas of work a team sets out to change.</p>' },
  { id: 'marginal-gains-term', term: 'marginal gains', definitionHtml: '<p>Small improvements that add up.</p>' },
];

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
    .glossary=${glossary}
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

  it('renders a diagram as a named image, themed by the course colours, with its caption and description', async () => {
    const element = await render();
    const svg = element.shadowRoot?.querySelector('figure.diagram svg');
    expect(svg?.getAttribute('role')).to.equal('img');
    expect(svg?.getAttribute('aria-label')).to.equal('Goal first, then ideas');
    const box = element.shadowRoot?.querySelector('figure.diagram rect');
    expect(box && getComputedStyle(box).fill).to.equal('rgb(29, 79, 145)');
    expect(element.shadowRoot?.querySelector('figure.diagram figcaption')?.textContent).to.equal('The goal comes before the ideas.');
    const details = element.shadowRoot?.querySelector('figure.diagram details');
    expect(details?.querySelector('summary')?.textContent).to.equal(strings.describeDiagram);
    expect(details?.textContent).to.contain('A box labelled goal');
  });

  it('lists the glossary with each term and its definition', async () => {
    const element = await render();
    const terms = [...(element.shadowRoot?.querySelectorAll('.glossary dt') ?? [])].map((term) => term.textContent);
    expect(terms).to.deep.equal(['agenda', 'marginal gains']);
    expect(element.shadowRoot?.querySelector('.glossary dd')?.textContent).to.contain('The areas of work');
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
