import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/li-vote-chart.js';
import type { LiVoteChart, VoteBar } from '../../src/components/li-vote-chart.js';
import type { UiStrings } from '../../src/course/types.js';
import { strings as baseStrings } from './strings.js';

const strings: UiStrings = {
  ...baseStrings,
  voteTotal: '{count} votes in total',
  voteTotalOne: '1 vote in total',
  voteTotalNone: 'No votes yet',
  voteCount: '{count} votes',
  voteCountOne: '1 vote',
  votePercent: '{percent}%',
  voteRightAnswer: 'Right answer',
};

const bars: VoteBar[] = [
  { id: 'a', label: 'Agree one goal', count: 6 },
  { id: 'b', label: 'Buy a new system', count: 3 },
  { id: 'c', label: 'Wait and see', count: 1 },
  { id: 'd', label: 'Ask the director', count: 0 },
];

async function render(shown: readonly VoteBar[], highlightLabel = '') {
  return fixture<LiVoteChart>(
    html`<li-vote-chart .strings=${strings} heading="Class vote: first step" .bars=${shown} highlight-label=${highlightLabel}></li-vote-chart>`,
  );
}

function rows(element: LiVoteChart): string[] {
  return [...(element.shadowRoot?.querySelectorAll('li') ?? [])].map((row) => row.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

function barWidths(element: LiVoteChart): number[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>('.bar') ?? [])].map((bar) => bar.getBoundingClientRect().width);
}

describe('li-vote-chart', () => {
  describe('accessibility', () => {
    it('is accessible with votes, with none and with a highlighted bar', async () => {
      await expect(await render(bars)).to.be.accessible();
      await expect(await render(bars.map((bar) => ({ ...bar, count: 0 })))).to.be.accessible();
      await expect(await render(bars.map((bar) => ({ ...bar, highlight: bar.id === 'a' })))).to.be.accessible();
    });

    it('is a figure captioned with the heading and the total', async () => {
      const element = await render(bars);
      const figure = element.shadowRoot?.querySelector('figure');
      expect(figure?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Class vote: first step 10 votes in total');
    });

    it('gives every bar its count and percentage as text, and hides the drawn bar', async () => {
      const element = await render(bars);
      expect(rows(element)).to.deep.equal([
        'Agree one goal 60% 6 votes',
        'Buy a new system 30% 3 votes',
        'Wait and see 10% 1 vote',
        'Ask the director 0% 0 votes',
      ]);
      for (const track of element.shadowRoot?.querySelectorAll('.track') ?? []) expect(track.getAttribute('aria-hidden')).to.equal('true');
    });

    it('names a highlighted bar in words, not by colour alone', async () => {
      const element = await render(bars.map((bar) => ({ ...bar, highlight: bar.id === 'b' })));
      expect(rows(element)[1]).to.equal('Buy a new system ✓ Right answer 30% 3 votes');
      expect(rows(element)[0]).not.to.contain('Right answer');
      const custom = await render(bars.map((bar) => ({ ...bar, highlight: bar.id === 'a' })), "The room's choice");
      expect(rows(custom)[0]).to.contain("The room's choice");
      expect(rows(custom)[0]).not.to.contain('Right answer');
    });
  });

  describe('properties', () => {
    it('draws each bar in proportion to its share, with a hairline for none', async () => {
      const element = await render(bars);
      const tracks = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('.track') ?? [])].map((each) => each.getBoundingClientRect().width);
      expect(new Set(tracks).size, 'every bar on one scale').to.equal(1);
      const track = element.shadowRoot?.querySelector<HTMLElement>('.track')?.getBoundingClientRect().width ?? 0;
      const [six, three, one, none] = barWidths(element);
      expect(six).to.be.closeTo(track * 0.6, 1);
      expect(three).to.be.closeTo(track * 0.3, 1);
      expect(one).to.be.closeTo(track * 0.1, 1);
      expect(none).to.be.greaterThan(0);
      expect(none).to.be.lessThan(one ?? 0);
    });

    it('says when there are no votes yet, and counts one vote in the singular', async () => {
      const empty = await render(bars.map((bar) => ({ ...bar, count: 0 })));
      expect(empty.shadowRoot?.querySelector('.total')?.textContent).to.equal('No votes yet');
      expect(rows(empty)[0]).to.equal('Agree one goal 0% 0 votes');
      const single = await render([{ id: 'a', label: 'Agree one goal', count: 1 }]);
      expect(single.shadowRoot?.querySelector('.total')?.textContent).to.equal('1 vote in total');
      expect(rows(single)).to.deep.equal(['Agree one goal 100% 1 vote']);
    });

    it('updates bars when the votes change', async () => {
      const element = await render(bars);
      element.bars = [
        { id: 'a', label: 'Agree one goal', count: 1 },
        { id: 'b', label: 'Buy a new system', count: 3 },
      ];
      await element.updateComplete;
      expect(rows(element)).to.deep.equal(['Agree one goal 25% 1 vote', 'Buy a new system 75% 3 votes']);
      const track = element.shadowRoot?.querySelector<HTMLElement>('.track')?.getBoundingClientRect().width ?? 0;
      expect(barWidths(element)[1]).to.be.closeTo(track * 0.75, 1);
    });

    it('grows with the host font size, for a projector', async () => {
      const element = await render(bars);
      const height = () => element.shadowRoot?.querySelector<HTMLElement>('.track')?.getBoundingClientRect().height ?? 0;
      const normal = height();
      element.style.fontSize = '2em';
      expect(height()).to.be.closeTo(normal * 2, 1);
    });
  });
});
