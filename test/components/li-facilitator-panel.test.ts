import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/li-facilitator-panel.js';
import { formatClockMinutes, formatCountdown, type FacilitatorTimer, type LiFacilitatorPanel } from '../../src/components/li-facilitator-panel.js';
import type { SessionPlan } from '../../src/course/session-plan.js';
import type { UiStrings } from '../../src/course/types.js';
import { nextEvent } from './next-event.js';
import { strings as baseStrings } from './strings.js';

const strings: UiStrings = {
  ...baseStrings,
  sessionHeading: 'Session',
  sessionLengthLabel: 'Session length',
  sessionPlanHeading: 'Plan',
  sessionMinutes: '{minutes} min',
  sessionHandout: 'Handout',
  sessionBreak: 'Break',
  sessionTotal: 'Total: {minutes} min',
  sessionNow: 'Now',
  timerHeading: 'Timer',
  timerOfTotal: 'of {total}',
  timerStart: 'Start (T)',
  timerPause: 'Pause (T)',
  timerReset: 'Reset',
  timerFinished: 'Time is up',
  audienceHeading: 'Audience screen',
  audienceOpen: 'Open audience view',
  audienceStatusOpen: 'Audience view: open',
  audienceStatusClosed: 'Audience view: not open',
  audienceBlank: 'Blank the audience screen (B)',
  keyHelpButton: 'Keyboard shortcuts (?)',
  sessionActivityQuestions: '{count} questions',
  sessionActivityReflection: 'Reflection',
  sessionActivityScenario: 'Scenario: {title}',
};

const plan: SessionPlan = {
  length: { id: 'half-day', minutes: 90, breakMinutes: 15 },
  totalMinutes: 90,
  suggestedMinutes: 60,
  items: [
    { kind: 'lesson', lessonId: 'welcome', title: 'Welcome', delivery: 'facilitated', suggestedMinutes: 10, minutes: 25, startMinute: 0, activities: [] },
    { kind: 'lesson', lessonId: 'purpose-first', title: 'Purpose first', delivery: 'facilitated', suggestedMinutes: 8, minutes: 15, startMinute: 25, activities: [] },
    { kind: 'break', minutes: 15, startMinute: 40 },
    {
      kind: 'lesson',
      lessonId: 'safe-to-fail',
      title: 'Safe to fail',
      delivery: 'facilitated',
      suggestedMinutes: 20,
      minutes: 35,
      startMinute: 55,
      activities: [
        { kind: 'knowledge-check', id: 'a' },
        { kind: 'knowledge-check', id: 'b' },
        { kind: 'reflection', id: 'c' },
        { kind: 'scenario', id: 'pilot', title: 'The failed pilot' },
      ],
    },
    { kind: 'lesson', lessonId: 'sources', title: 'Sources and glossary', delivery: 'handout', suggestedMinutes: 0, minutes: 0, startMinute: 90, activities: [] },
  ],
};

const lengths = [
  { id: 'ninety-minutes', label: '90-minute session' },
  { id: 'half-day', label: 'Half-day session' },
];

interface RenderOptions {
  readonly timer?: FacilitatorTimer;
  readonly audienceOpen?: boolean;
  readonly blank?: boolean;
  readonly currentLessonId?: string;
}

const paused: FacilitatorTimer = { remainingMs: 15 * 60_000, totalMs: 15 * 60_000, state: 'paused' };

async function render({ timer = paused, audienceOpen = false, blank = false, currentLessonId = 'purpose-first' }: RenderOptions = {}) {
  return fixture<LiFacilitatorPanel>(
    html`<li-facilitator-panel
      .strings=${strings}
      .plan=${plan}
      .lengths=${lengths}
      length-id="half-day"
      current-lesson-id=${currentLessonId}
      .timer=${timer}
      ?audience-open=${audienceOpen}
      ?blank=${blank}
    ></li-facilitator-panel>`,
  );
}

function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function button(element: LiFacilitatorPanel, name: string): HTMLButtonElement {
  const found = [...(element.shadowRoot?.querySelectorAll('button') ?? [])].find((candidate) => text(candidate).includes(name));
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

describe('li-facilitator-panel', () => {
  describe('accessibility', () => {
    it('is accessible paused with no audience, running with the audience blanked, and when time is up', async () => {
      await expect(await render()).to.be.accessible();
      await expect(await render({ timer: { ...paused, remainingMs: 125_000, state: 'running' }, audienceOpen: true, blank: true })).to.be.accessible();
      await expect(await render({ timer: { ...paused, remainingMs: 0, state: 'finished' }, currentLessonId: 'sources' })).to.be.accessible();
    });

    it('labels the session length list', async () => {
      const element = await render();
      const select = element.shadowRoot?.querySelector('select');
      expect(text(element.shadowRoot?.querySelector(`label[for="${select?.id}"]`))).to.equal('Session length');
      expect([...(select?.options ?? [])].map((option) => [option.value, option.text])).to.deep.equal([
        ['ninety-minutes', '90-minute session'],
        ['half-day', 'Half-day session'],
      ]);
      expect(select?.value).to.equal('half-day');
    });

    it('marks the current lesson with aria-current="step" and in words', async () => {
      const element = await render();
      const current = element.shadowRoot?.querySelectorAll('[aria-current]');
      expect(current).to.have.length(1);
      expect(current?.[0]?.getAttribute('aria-current')).to.equal('step');
      expect(text(current?.[0])).to.equal('Purpose first');
      expect(text(current?.[0]?.closest('li')?.querySelector('.now'))).to.equal('Now');
      element.currentLessonId = 'safe-to-fail';
      await element.updateComplete;
      expect(text(element.shadowRoot?.querySelector('[aria-current="step"]'))).to.equal('Safe to fail');
    });

    it('puts the remaining time in a timer region named by its heading', async () => {
      const element = await render({ timer: { ...paused, remainingMs: 125_000 } });
      const timer = element.shadowRoot?.querySelector('[role="timer"]');
      expect(text(timer)).to.equal('2:05');
      expect(text(element.shadowRoot?.getElementById(timer?.getAttribute('aria-labelledby') ?? ''))).to.equal('Timer');
    });
  });

  describe('properties', () => {
    it('lists the plan: time range, lesson, minutes; breaks as plain rows; handouts without times; and the total', async () => {
      const element = await render();
      const rows = [...(element.shadowRoot?.querySelectorAll('.plan > li') ?? [])].map(text);
      expect(rows).to.deep.equal([
        '0:00–0:25 Welcome 25 min',
        '0:25–0:40 Purpose first 15 min Now',
        '0:40–0:55 Break 15 min',
        '0:55–1:30 Safe to fail 35 min 2 questions · Reflection · Scenario: The failed pilot',
        'Sources and glossary Handout',
      ]);
      expect(element.shadowRoot?.querySelectorAll('.plan .break button')).to.have.length(0);
      expect(text(element.shadowRoot?.querySelector('.total'))).to.equal('Total: 90 min');
      expect(element.shadowRoot?.querySelector('time')?.getAttribute('datetime')).to.equal('PT0M');
    });

    it('formats the clock as h:mm and the countdown as m:ss', () => {
      expect([0, 25, 59, 60, 210].map(formatClockMinutes)).to.deep.equal(['0:00', '0:25', '0:59', '1:00', '3:30']);
      expect([125_000, 0, -500, 1, 59_001, 60_000, 3_600_000].map(formatCountdown)).to.deep.equal(['2:05', '0:00', '0:00', '0:01', '1:00', '1:00', '60:00']);
    });

    it('shows the remaining time of the total, and Start or Pause as the timer stands', async () => {
      const element = await render({ timer: { remainingMs: 125_000, totalMs: 900_000, state: 'paused' } });
      expect(text(element.shadowRoot?.querySelector('.clock-line'))).to.equal('2:05 of 15:00');
      expect(text(element.shadowRoot?.querySelector('.timer-toggle'))).to.equal('Start (T)');
      element.timer = { remainingMs: 124_000, totalMs: 900_000, state: 'running' };
      await element.updateComplete;
      expect(text(element.shadowRoot?.querySelector('[role="timer"]'))).to.equal('2:04');
      expect(text(element.shadowRoot?.querySelector('.timer-toggle'))).to.equal('Pause (T)');
    });

    it('says when time is up, in a status region that is there beforehand', async () => {
      const element = await render();
      const status = element.shadowRoot?.querySelector('.time-up');
      expect(status?.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('');
      element.timer = { remainingMs: 0, totalMs: 900_000, state: 'finished' };
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('.time-up')).to.equal(status);
      expect(text(status)).to.equal('Time is up');
      expect(text(element.shadowRoot?.querySelector('[role="timer"]'))).to.equal('0:00');
    });

    it('makes Start unavailable with no time left', async () => {
      const element = await render({ timer: { remainingMs: 0, totalMs: 900_000, state: 'finished' } });
      const start = button(element, 'Start (T)');
      expect(start.getAttribute('aria-disabled')).to.equal('true');
      let raised = 0;
      element.addEventListener('timer-toggle', () => (raised += 1));
      start.click();
      expect(raised).to.equal(0);
      expect(button(await render(), 'Start (T)').getAttribute('aria-disabled')).to.equal('false');
    });

    it('shows whether the audience view is open, and whether it is blanked', async () => {
      const closed = await render();
      expect(text(closed.shadowRoot?.querySelector('.audience-status'))).to.equal('Audience view: not open');
      expect(button(closed, 'Blank the audience screen').getAttribute('aria-pressed')).to.equal('false');
      const open = await render({ audienceOpen: true, blank: true });
      expect(text(open.shadowRoot?.querySelector('.audience-status'))).to.equal('Audience view: open');
      expect(open.shadowRoot?.querySelector('.audience-status')?.getAttribute('role')).to.equal('status');
      expect(button(open, 'Blank the audience screen').getAttribute('aria-pressed')).to.equal('true');
    });

    it('shows the length in force after a choice the app did not take', async () => {
      const element = await render();
      const select = element.shadowRoot?.querySelector('select');
      if (!select) throw new Error('no select');
      select.value = 'ninety-minutes';
      element.lengthId = 'ninety-minutes';
      await element.updateComplete;
      element.lengthId = 'half-day';
      await element.updateComplete;
      expect(select.value).to.equal('half-day');
    });
  });

  describe('events', () => {
    it('raises navigate-request with the lesson id from a plan row', async () => {
      const element = await render();
      setTimeout(() => button(element, 'Safe to fail').click());
      const event = await nextEvent(element, 'navigate-request');
      expect([event.targetId, event.bubbles, event.composed]).to.deep.equal(['safe-to-fail', true, true]);
    });

    it('raises timer-toggle, timer-reset, audience-open, blank-toggle and key-help-request', async () => {
      const element = await render();
      const pairs = [
        ['Start (T)', 'timer-toggle'],
        ['Reset', 'timer-reset'],
        ['Open audience view', 'audience-open'],
        ['Blank the audience screen', 'blank-toggle'],
        ['Keyboard shortcuts', 'key-help-request'],
      ] as const;
      for (const [name, eventName] of pairs) {
        setTimeout(() => button(element, name).click());
        const event = await nextEvent(element, eventName);
        expect([event.type, event.bubbles, event.composed]).to.deep.equal([eventName, true, true]);
      }
    });
  });

  describe('keyboard', () => {
    it('chooses a session length with the arrow keys', async () => {
      const element = await render();
      element.shadowRoot?.querySelector('select')?.focus();
      setTimeout(() => void sendKeys({ press: 'ArrowUp' }));
      expect((await nextEvent(element, 'session-length-change')).lengthId).to.equal('ninety-minutes');
    });

    it('goes to a lesson with Enter', async () => {
      const element = await render();
      button(element, 'Welcome').focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      expect((await nextEvent(element, 'navigate-request')).targetId).to.equal('welcome');
    });

    it('starts the timer with Space, and keeps focus on the button as it becomes Pause', async () => {
      const element = await render();
      element.addEventListener('timer-toggle', () => {
        element.timer = { ...element.timer, state: element.timer.state === 'running' ? 'paused' : 'running' };
      });
      const toggle = button(element, 'Start (T)');
      toggle.focus();
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(text(toggle)).to.equal('Pause (T)');
      expect(element.shadowRoot?.activeElement).to.equal(toggle);
    });

    it('reaches the timer and audience controls first, then the session, with Tab, in order', async () => {
      const element = await render();
      button(element, 'Start (T)').focus();
      const visited: string[] = [];
      for (let step = 0; step < 4; step += 1) {
        await sendKeys({ press: 'Tab' });
        visited.push(text(element.shadowRoot?.activeElement));
      }
      expect(visited).to.deep.equal(['Reset', 'Open audience view', 'Blank the audience screen (B)', '90-minute sessionHalf-day session']);
    });

    it('blanks the audience screen with Enter', async () => {
      const element = await render({ audienceOpen: true });
      button(element, 'Blank the audience screen').focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      expect(await nextEvent(element, 'blank-toggle')).to.be.instanceOf(Event);
    });
  });
});
