import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/li-vote.js';
import type { LiVote, VoteOption } from '../../src/components/li-vote.js';
import type { UiStrings } from '../../src/course/types.js';
import { nextEvent } from './next-event.js';
import { strings as baseStrings } from './strings.js';

const strings: UiStrings = {
  ...baseStrings,
  voteResults: 'Results',
  voteTotal: '{count} votes in total',
  voteTotalOne: '1 vote in total',
  voteTotalNone: 'No votes yet',
  voteCount: '{count} votes',
  voteCountOne: '1 vote',
  votePercent: '{percent}%',
  voteRightAnswer: 'Right answer',
  voteAdd: 'Add a vote for {option}',
  voteRemove: 'Remove a vote for {option}',
  voteAnnouncement: '{option}: {count} votes',
  voteAnnouncementOne: '{option}: 1 vote',
  voteShowResults: 'Show results on the audience screen',
  voteClear: 'Clear votes',
};

const options: VoteOption[] = [
  { id: 'goal', label: 'Agree one goal' },
  { id: 'system', label: 'Buy a new system' },
];

interface RenderOptions {
  readonly counts?: Record<string, number>;
  readonly shown?: boolean;
  readonly actionLabel?: string;
  readonly actionDisabled?: boolean;
}

async function render({ counts = {}, shown = false, actionLabel = '', actionDisabled = false }: RenderOptions = {}) {
  return fixture<LiVote>(
    html`<li-vote
      .strings=${strings}
      heading="Class vote: first step"
      .options=${options}
      .counts=${counts}
      ?shown=${shown}
      action-label=${actionLabel}
      ?action-disabled=${actionDisabled}
    ></li-vote>`,
  );
}

function button(element: LiVote, name: string): HTMLButtonElement {
  const found = [...(element.shadowRoot?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim().includes(name));
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** The app's side: counts follow each vote-change, as the facilitator machine does. */
function countLikeTheApp(element: LiVote): void {
  element.addEventListener('vote-change', (event) => {
    const current = element.counts[event.optionId] ?? 0;
    element.counts = { ...element.counts, [event.optionId]: Math.max(0, current + event.delta) };
  });
}

describe('li-vote', () => {
  describe('accessibility', () => {
    it('is accessible with no votes, with votes shown and with an action', async () => {
      await expect(await render()).to.be.accessible();
      await expect(await render({ counts: { goal: 4, system: 1 }, shown: true, actionLabel: 'Reveal the answer' })).to.be.accessible();
      await expect(await render({ counts: { goal: 2 }, actionLabel: "Take the room's choice", actionDisabled: true })).to.be.accessible();
    });

    it('is a section headed by the vote', async () => {
      const element = await render();
      const section = element.shadowRoot?.querySelector('section');
      expect(section?.getAttribute('aria-labelledby')).to.equal('vote-heading');
      expect(section?.querySelector('h2')?.textContent).to.equal('Class vote: first step');
    });

    it('names each counter button after its option', async () => {
      const element = await render();
      const names = [...(element.shadowRoot?.querySelectorAll('.stepper button') ?? [])].map((each) => each.querySelector('.visually-hidden')?.textContent);
      expect(names).to.deep.equal([
        'Remove a vote for Agree one goal',
        'Add a vote for Agree one goal',
        'Remove a vote for Buy a new system',
        'Add a vote for Buy a new system',
      ]);
    });
  });

  describe('properties', () => {
    it('shows each option with its count, and the same chart as the room', async () => {
      const element = await render({ counts: { goal: 3, system: 1 } });
      const counters = [...(element.shadowRoot?.querySelectorAll('.counter') ?? [])].map((row) => [
        row.querySelector('.option')?.textContent,
        row.querySelector('.count')?.textContent,
      ]);
      expect(counters).to.deep.equal([
        ['Agree one goal', '3 votes'],
        ['Buy a new system', '1 vote'],
      ]);
      const chart = element.shadowRoot?.querySelector('li-vote-chart');
      await chart?.updateComplete;
      expect(chart?.heading).to.equal('Results');
      expect(chart?.bars.map((bar) => [bar.label, bar.count])).to.deep.equal([
        ['Agree one goal', 3],
        ['Buy a new system', 1],
      ]);
      expect(chart?.shadowRoot?.querySelector('.total')?.textContent).to.equal('4 votes in total');
    });

    it('highlights options in the trainer’s chart when asked', async () => {
      const element = await render({ counts: { goal: 3 } });
      element.highlightIds = ['system'];
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('li-vote-chart')?.bars.map((bar) => bar.highlight)).to.deep.equal([false, true]);
    });

    it('shows whether the results are on the audience screen with aria-pressed', async () => {
      expect(button(await render(), 'Show results').getAttribute('aria-pressed')).to.equal('false');
      expect(button(await render({ shown: true }), 'Show results').getAttribute('aria-pressed')).to.equal('true');
    });

    it('shows the action button only with a label, disabled when asked', async () => {
      expect(button(await render(), 'Clear votes')).to.exist;
      expect((await render()).shadowRoot?.querySelector('button.act')).to.equal(null);
      expect(button(await render({ actionLabel: 'Reveal the answer' }), 'Reveal the answer').disabled).to.equal(false);
      expect(button(await render({ actionLabel: 'Reveal the answer', actionDisabled: true }), 'Reveal the answer').disabled).to.equal(true);
    });
  });

  describe('events', () => {
    it('raises vote-change with the option and +1 or -1', async () => {
      const element = await render({ counts: { system: 2 } });
      setTimeout(() => button(element, 'Add a vote for Agree one goal').click());
      const added = await nextEvent(element, 'vote-change');
      expect([added.optionId, added.delta, added.bubbles, added.composed]).to.deep.equal(['goal', 1, true, true]);
      setTimeout(() => button(element, 'Remove a vote for Buy a new system').click());
      const removed = await nextEvent(element, 'vote-change');
      expect([removed.optionId, removed.delta]).to.deep.equal(['system', -1]);
    });

    it('does not remove a vote below 0, and keeps that button focusable', async () => {
      const element = await render({ counts: { goal: 0 } });
      const remove = button(element, 'Remove a vote for Agree one goal');
      expect(remove.getAttribute('aria-disabled')).to.equal('true');
      expect(remove.disabled).to.equal(false);
      let raised = 0;
      element.addEventListener('vote-change', () => (raised += 1));
      remove.click();
      expect(raised).to.equal(0);
    });

    it('raises vote-show with the opposite of what is shown', async () => {
      const hidden = await render();
      setTimeout(() => button(hidden, 'Show results').click());
      expect((await nextEvent(hidden, 'vote-show')).shown).to.equal(true);
      const shown = await render({ shown: true });
      setTimeout(() => button(shown, 'Show results').click());
      expect((await nextEvent(shown, 'vote-show')).shown).to.equal(false);
    });

    it('raises vote-clear and vote-act', async () => {
      const element = await render({ counts: { goal: 1 }, actionLabel: 'Reveal the answer' });
      setTimeout(() => button(element, 'Clear votes').click());
      expect(await nextEvent(element, 'vote-clear')).to.be.instanceOf(Event);
      setTimeout(() => button(element, 'Reveal the answer').click());
      expect(await nextEvent(element, 'vote-act')).to.be.instanceOf(Event);
    });

    it('announces the new count politely once it arrives', async () => {
      const element = await render({ counts: { goal: 1 } });
      countLikeTheApp(element);
      const region = element.shadowRoot?.querySelector('[role="status"]');
      expect(region?.textContent).to.equal('');
      button(element, 'Add a vote for Agree one goal').click();
      await element.updateComplete;
      expect(region?.textContent).to.equal('Agree one goal: 2 votes');
      button(element, 'Add a vote for Buy a new system').click();
      await element.updateComplete;
      expect(region?.textContent).to.equal('Buy a new system: 1 vote');
    });
  });

  describe('keyboard', () => {
    it('adds a vote with Enter and keeps focus on the pressed button', async () => {
      const element = await render();
      countLikeTheApp(element);
      const add = button(element, 'Add a vote for Buy a new system');
      add.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.counts).to.deep.equal({ system: 2 });
      expect(element.shadowRoot?.activeElement).to.equal(add);
    });

    it('removes a vote with Space and keeps focus there, even at 0', async () => {
      const element = await render({ counts: { goal: 1 } });
      countLikeTheApp(element);
      const remove = button(element, 'Remove a vote for Agree one goal');
      remove.focus();
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(element.counts['goal']).to.equal(0);
      expect(remove.getAttribute('aria-disabled')).to.equal('true');
      expect(element.shadowRoot?.activeElement).to.equal(remove);
    });

    it('reaches every control with Tab, in reading order', async () => {
      const element = await render({ actionLabel: 'Reveal the answer' });
      button(element, 'Remove a vote for Agree one goal').focus();
      const visited: string[] = [];
      for (let step = 0; step < 6; step += 1) {
        await sendKeys({ press: 'Tab' });
        visited.push(element.shadowRoot?.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      }
      expect(visited).to.deep.equal([
        '+Add a vote for Agree one goal',
        '−Remove a vote for Buy a new system',
        '+Add a vote for Buy a new system',
        'Show results on the audience screen',
        'Clear votes',
        'Reveal the answer',
      ]);
    });

    it('toggles the audience results with Space', async () => {
      const element = await render();
      button(element, 'Show results').focus();
      setTimeout(() => void sendKeys({ press: 'Space' }));
      expect((await nextEvent(element, 'vote-show')).shown).to.equal(true);
    });
  });
});
