import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { UiStrings } from '../course/types.js';
import type { SessionActivity, SessionPlan, SessionPlanItem } from '../course/session-plan.js';
import { fillTemplate } from '../course/fill-template.js';
import {
  AudienceOpenEvent,
  BlankToggleEvent,
  KeyHelpRequestEvent,
  NavigateRequestEvent,
  SessionLengthChangeEvent,
  TimerResetEvent,
  TimerToggleEvent,
} from './events.js';
import { buttons, focusRing, themeTokens, toggleButtons } from '../styles/tokens.js';

/** The countdown for the activity in hand. */
export interface FacilitatorTimer {
  readonly remainingMs: number;
  readonly totalMs: number;
  readonly state: 'paused' | 'running' | 'finished';
}

/** A session length the trainer can choose, with its label from the strings. */
export interface SessionLengthOption {
  readonly id: string;
  readonly label: string;
}

/** Minutes from the start of a session as h:mm (25 → "0:25", 210 → "3:30"). */
export function formatClockMinutes(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A countdown as m:ss, rounded up so it reads 0:00 only when time is up (125000 → "2:05"). */
export function formatCountdown(milliseconds: number): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** An ISO 8601 duration for a `<time>` element (25 → "PT25M"). */
function isoMinutes(minutes: number): string {
  return `PT${Math.max(0, Math.floor(minutes))}M`;
}

/**
 * @summary The trainer's controls in the sidebar: the session's length and plan (each lesson a
 * button that goes to it, the current one marked), the countdown with start, pause and reset,
 * the audience window (open it, is it open, blank it) and the presenter-keys help. Renders only:
 * state comes in as properties and every press leaves as an event. Buttons that must not act
 * stay focusable (`aria-disabled`), so focus never drops out of the panel when the timer ends.
 *
 * @event session-length-change - Another session length was chosen (`SessionLengthChangeEvent`).
 * @event navigate-request - A lesson of the plan was chosen (`NavigateRequestEvent`, lesson id).
 * @event timer-toggle - Start or pause the timer (`TimerToggleEvent`).
 * @event timer-reset - Set the timer back to its full time (`TimerResetEvent`).
 * @event audience-open - Open the audience window (`AudienceOpenEvent`).
 * @event blank-toggle - Blank the audience screen, or show it again (`BlankToggleEvent`).
 * @event key-help-request - Show the presenter keys (`KeyHelpRequestEvent`).
 */
@customElement('li-facilitator-panel')
export class LiFacilitatorPanel extends LitElement {
  static override styles = [
    toggleButtons,
    themeTokens,
    focusRing,
    buttons,
    css`
      :host {
        display: block;
        color: var(--li-color-text);
      }
      section + section,
      .help {
        margin-top: var(--li-space-4);
        padding-top: var(--li-space-3);
        border-top: 1px solid var(--li-color-border);
      }
      h2 {
        font-size: 1.125em;
        margin: 0 0 var(--li-space-3);
      }
      h3 {
        font-size: 1em;
        margin: var(--li-space-3) 0 var(--li-space-2);
      }
      label {
        display: block;
        font-weight: 600;
        margin-bottom: var(--li-space-1);
      }
      select {
        font: inherit;
        width: 100%;
        min-height: 2.75rem;
        padding: var(--li-space-1) var(--li-space-2);
        border: 2px solid var(--li-color-text);
        border-radius: var(--li-radius);
        background: var(--li-color-background);
        color: var(--li-color-text);
      }
      .plan {
        list-style: none;
        margin: 0;
        padding: 0;
        font-size: 0.95em;
      }
      .item {
        display: grid;
        grid-template-columns: 5.6em minmax(0, 1fr);
        gap: 0 var(--li-space-2);
        padding: var(--li-space-1) var(--li-space-2);
        border-left: 4px solid transparent;
      }
      .item + .item {
        border-top: 1px solid var(--li-color-surface);
      }
      .item.current {
        border-left-color: var(--li-color-primary);
        background: var(--li-color-surface);
      }
      .time {
        color: var(--li-color-muted);
        font-variant-numeric: tabular-nums;
        padding-top: 0.2em;
      }
      .activities {
        display: block;
        font-size: 0.85em;
        color: var(--li-color-muted);
      }
      .lesson-link {
        display: block;
        min-height: 0;
        min-width: 0;
        padding: 0.2em 0;
        border: 0;
        background: none;
        color: var(--li-color-primary);
        text-align: left;
        text-decoration: underline;
        text-underline-offset: 0.15em;
        font-weight: 600;
      }
      .lesson-link:hover {
        text-decoration-thickness: 3px;
      }
      .lesson-link[aria-current] {
        color: var(--li-color-text);
        font-weight: 700;
      }
      .detail {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--li-space-2);
        color: var(--li-color-muted);
      }
      .now {
        font-weight: 700;
        color: var(--li-color-text);
      }
      .now::before {
        content: '▶ ';
        font-size: 0.8em;
      }
      .break-label {
        font-style: italic;
        padding-top: 0.2em;
      }
      .total {
        margin: var(--li-space-2) 0 0;
        font-weight: 700;
      }
      .clock-line {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0 var(--li-space-2);
        margin: 0 0 var(--li-space-2);
      }
      .clock {
        font-size: 2.75em;
        font-weight: 700;
        line-height: 1.1;
        font-variant-numeric: tabular-nums;
      }
      .clock.finished {
        color: var(--li-color-error);
      }
      .of {
        color: var(--li-color-muted);
        font-variant-numeric: tabular-nums;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--li-space-2);
      }
      .row button,
      .stack button {
        padding: var(--li-space-1) var(--li-space-3);
      }
      button[aria-disabled='true'] {
        opacity: 0.55;
        cursor: not-allowed;
        text-decoration: none;
      }
      .time-up {
        margin: var(--li-space-2) 0 0;
      }
      .time-up.shown {
        padding: var(--li-space-2) var(--li-space-3);
        border-left: 6px solid var(--li-color-error);
        background: var(--li-color-error-surface);
        font-weight: 700;
      }
      .stack {
        display: grid;
        gap: var(--li-space-2);
        justify-items: start;
      }
      .audience-status {
        margin: 0;
      }
      .audience-status::before {
        content: '○ ' / '';
      }
      .audience-status.open::before {
        content: '● ' / '';
        color: var(--li-color-success);
      }
    `,
  ];

  @property({ attribute: false }) strings?: UiStrings;
  @property({ attribute: false }) plan?: SessionPlan;
  @property({ attribute: false }) lengths: readonly SessionLengthOption[] = [];
  @property({ attribute: 'length-id' }) lengthId = '';
  @property({ attribute: 'current-lesson-id' }) currentLessonId = '';
  @property({ attribute: false }) timer: FacilitatorTimer = { remainingMs: 0, totalMs: 0, state: 'paused' };
  /** Whether the audience window is open. */
  @property({ type: Boolean, attribute: 'audience-open' }) audienceOpen = false;
  /** Whether the audience screen is blanked. */
  @property({ type: Boolean }) blank = false;

  @query('select') private lengthSelect?: HTMLSelectElement;

  override render() {
    const { strings } = this;
    if (!strings) return nothing;
    // The timer and the audience controls first: a trainer needs them in view all session.
    return html`${this.#renderTimer(strings)} ${this.#renderAudience(strings)} ${this.#renderSession(strings)}
      <div class="help">
        <button class="secondary" type="button" aria-keyshortcuts="?" @click=${() => this.dispatchEvent(new KeyHelpRequestEvent())}>
          ${strings.keyHelpButton}
        </button>
      </div>`;
  }

  protected override updated(): void {
    // A choice the app did not take (or a length changed elsewhere) shows what is really in force.
    if (this.lengthSelect && this.lengthSelect.value !== this.lengthId) this.lengthSelect.value = this.lengthId;
  }

  #renderSession(strings: UiStrings) {
    const { plan } = this;
    return html`<section aria-labelledby="session-heading">
      <h2 id="session-heading">${strings.sessionHeading}</h2>
      <label for="session-length">${strings.sessionLengthLabel}</label>
      <select id="session-length" @change=${this.#chooseLength}>
        ${this.lengths.map((length) => html`<option value=${length.id} ?selected=${length.id === this.lengthId}>${length.label}</option>`)}
      </select>
      ${plan
        ? html`<h3 id="plan-heading">${strings.sessionPlanHeading}</h3>
            <ol class="plan" aria-labelledby="plan-heading">
              ${plan.items.map((item) => this.#renderItem(item, strings))}
            </ol>
            <p class="total">${fillTemplate(strings.sessionTotal, { minutes: plan.totalMinutes })}</p>`
        : nothing}
    </section>`;
  }

  #renderItem(item: SessionPlanItem, strings: UiStrings) {
    const range = html`<time datetime=${isoMinutes(item.startMinute)}>${formatClockMinutes(item.startMinute)}</time>–<time
        datetime=${isoMinutes(item.startMinute + item.minutes)}
        >${formatClockMinutes(item.startMinute + item.minutes)}</time
      >`;
    const minutes = fillTemplate(strings.sessionMinutes, { minutes: item.minutes });
    if (item.kind === 'break') {
      return html`<li class="item break">
        <span class="time">${range}</span>
        <span><span class="break-label">${strings.sessionBreak}</span> <span class="detail">${minutes}</span></span>
      </li>`;
    }
    const isCurrent = item.lessonId === this.currentLessonId;
    const handout = item.delivery === 'handout';
    return html`<li class="item lesson ${isCurrent ? 'current' : ''}">
      <span class="time">${handout ? nothing : range}</span>
      <span>
        <button
          class="lesson-link"
          type="button"
          aria-current=${isCurrent ? 'step' : nothing}
          @click=${() => this.dispatchEvent(new NavigateRequestEvent(item.lessonId))}
        >
          ${item.title}
        </button>
        <span class="detail">
          <span>${handout ? strings.sessionHandout : minutes}</span>
          ${isCurrent ? html`<span class="now" aria-hidden="true">${strings.sessionNow}</span>` : nothing}
        </span>
        ${item.activities.length > 0 ? html`<span class="activities">${activitySummary(item.activities, strings).join(' · ')}</span>` : nothing}
      </span>
    </li>`;
  }

  #renderTimer(strings: UiStrings) {
    const { timer } = this;
    const finished = timer.state === 'finished';
    const outOfTime = timer.remainingMs <= 0;
    return html`<section aria-labelledby="timer-heading">
      <h2 id="timer-heading">${strings.timerHeading}</h2>
      <p class="clock-line">
        <span class="clock ${finished ? 'finished' : ''}" role="timer" aria-labelledby="timer-heading">${formatCountdown(timer.remainingMs)}</span>
        <span class="of">${fillTemplate(strings.timerOfTotal, { total: formatCountdown(timer.totalMs) })}</span>
      </p>
      <div class="row">
        <button
          class="primary timer-toggle"
          type="button"
          aria-keyshortcuts="T"
          aria-disabled=${outOfTime && timer.state !== 'running' ? 'true' : 'false'}
          @click=${this.#toggleTimer}
        >
          ${timer.state === 'running' ? strings.timerPause : strings.timerStart}
        </button>
        <button class="secondary timer-reset" type="button" @click=${() => this.dispatchEvent(new TimerResetEvent())}>${strings.timerReset}</button>
      </div>
      <p class="time-up ${finished ? 'shown' : ''}" role="status">${finished ? strings.timerFinished : ''}</p>
    </section>`;
  }

  #renderAudience(strings: UiStrings) {
    return html`<section aria-labelledby="audience-heading">
      <h2 id="audience-heading">${strings.audienceHeading}</h2>
      <div class="stack">
        <button class="secondary audience-open" type="button" @click=${() => this.dispatchEvent(new AudienceOpenEvent())}>${strings.audienceOpen}</button>
        <p class="audience-status ${this.audienceOpen ? 'open' : ''}" role="status">
          ${this.audienceOpen ? strings.audienceStatusOpen : strings.audienceStatusClosed}
        </p>
        <button
          class="secondary toggle blank"
          type="button"
          aria-pressed=${this.blank ? 'true' : 'false'}
          aria-keyshortcuts="B"
          @click=${() => this.dispatchEvent(new BlankToggleEvent())}
        >
          <span class="box" aria-hidden="true">${this.blank ? '✓' : ''}</span>${strings.audienceBlank}
        </button>
      </div>
    </section>`;
  }

  #chooseLength(event: Event): void {
    const select = event.currentTarget as HTMLSelectElement;
    this.dispatchEvent(new SessionLengthChangeEvent(select.value));
  }

  #toggleTimer(): void {
    if (this.timer.remainingMs <= 0 && this.timer.state !== 'running') return;
    this.dispatchEvent(new TimerToggleEvent());
  }
}

/** A lesson's activities in a few words: how many questions and reflections, which scenarios. */
export function activitySummary(activities: readonly SessionActivity[], strings: UiStrings): string[] {
  const count = (kind: SessionActivity['kind']) => activities.filter((activity) => activity.kind === kind).length;
  const questions = count('knowledge-check');
  const reflections = count('reflection');
  return [
    ...(questions > 0 ? [questions === 1 ? strings.sessionActivityQuestionOne : fillTemplate(strings.sessionActivityQuestions, { count: questions })] : []),
    ...(reflections > 0 ? [strings.sessionActivityReflection] : []),
    ...activities.flatMap((activity) => (activity.kind === 'scenario' ? [fillTemplate(strings.sessionActivityScenario, { title: activity.title })] : [])),
    ...(count('action-plan') > 0 ? [strings.sessionActivityActionPlan] : []),
    ...(count('assessment') > 0 ? [strings.sessionActivityAssessment] : []),
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'li-facilitator-panel': LiFacilitatorPanel;
  }
}
