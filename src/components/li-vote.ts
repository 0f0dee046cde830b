import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { UiStrings } from '../course/types.js';
import { fillTemplate } from '../course/fill-template.js';
import { VoteActEvent, VoteChangeEvent, VoteClearEvent, VoteShowEvent } from './events.js';
import { voteCountText, type VoteBar } from './li-vote-chart.js';
import './li-vote-chart.js';
import { activityPanel, buttons, focusRing, themeTokens, toggleButtons, visuallyHidden } from '../styles/tokens.js';

/** One option of a vote. `label` is plain text. */
export interface VoteOption {
  readonly id: string;
  readonly label: string;
}

/**
 * @summary The facilitator's counters for one class vote (a question or a scenario decision):
 * add or remove a vote per option, show the results on the audience screen, clear the votes and,
 * when there is one, the vote's action. The trainer sees the same chart as the room. Counts come
 * in as properties; every press leaves as an event. Native buttons throughout, and a pressed
 * counter keeps focus (at 0 the remove button stays focusable, `aria-disabled`).
 *
 * @event vote-change - A vote was added or removed (`VoteChangeEvent`: optionId, delta ±1).
 * @event vote-show - Show (true) or hide the results on the audience screen (`VoteShowEvent`).
 * @event vote-clear - Set every count back to 0 (`VoteClearEvent`).
 * @event vote-act - The action button was pressed (`VoteActEvent`).
 */
@customElement('li-vote')
export class LiVote extends LitElement {
  static override styles = [
    toggleButtons,
    themeTokens,
    focusRing,
    visuallyHidden,
    buttons,
    activityPanel,
    css`
      section {
        background: var(--li-color-background);
      }
      h2 {
        font-size: 1.25em;
        line-height: 1.3;
      }
      .counters {
        list-style: none;
        margin: 0 0 var(--li-space-4);
        padding: 0;
        display: grid;
        gap: var(--li-space-2);
      }
      .counter {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: var(--li-space-2) var(--li-space-3);
        align-items: center;
        padding: var(--li-space-2) var(--li-space-3);
        border: 1px solid var(--li-color-border);
        border-radius: var(--li-radius);
      }
      .option {
        font-weight: 600;
      }
      .stepper {
        display: flex;
        align-items: center;
        gap: var(--li-space-2);
      }
      .stepper button {
        padding: 0;
        width: 2.75rem;
        font-size: 1.4em;
        line-height: 1;
        font-weight: 700;
      }
      .stepper button[aria-disabled='true'] {
        opacity: 0.55;
        cursor: not-allowed;
        text-decoration: none;
      }
      .count {
        min-width: 5.5em;
        text-align: center;
        font-variant-numeric: tabular-nums;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--li-space-2) var(--li-space-3);
        margin: 0 0 var(--li-space-4);
      }
      .results {
        border-top: 1px solid var(--li-color-border);
        padding-top: var(--li-space-3);
      }
    `,
  ];

  @property({ attribute: false }) strings?: UiStrings;
  /** Plain text, e.g. "Class vote: {title}". */
  @property() heading = '';
  @property({ attribute: false }) options: readonly VoteOption[] = [];
  /** Votes by option id; a missing id counts 0. */
  @property({ attribute: false }) counts: Readonly<Record<string, number>> = {};
  /** Whether the results are on the audience screen. */
  @property({ type: Boolean }) shown = false;
  /** The action button's label, e.g. "Reveal the answer"; '' for no action button. */
  @property({ attribute: 'action-label' }) actionLabel = '';
  @property({ type: Boolean, attribute: 'action-disabled' }) actionDisabled = false;
  /** Options marked in the trainer's chart (e.g. the right answer); optional. */
  @property({ attribute: false }) highlightIds: readonly string[] = [];

  @state() private announcement = '';
  /** The option whose counter was last pressed: its new count is announced when it arrives. */
  #pendingAnnouncement: string | undefined;

  override render() {
    const { strings } = this;
    if (!strings) return nothing;
    const bars: VoteBar[] = this.options.map((option) => ({
      id: option.id,
      label: option.label,
      count: this.#countOf(option.id),
      highlight: this.highlightIds.includes(option.id),
    }));
    return html`<section aria-labelledby="vote-heading">
      <h2 id="vote-heading">${this.heading}</h2>
      <ul class="counters">
        ${repeat(
          this.options,
          (option) => option.id,
          (option) => {
            const count = this.#countOf(option.id);
            return html`<li class="counter">
              <span class="option">${option.label}</span>
              <span class="stepper">
                <button
                  class="secondary remove"
                  type="button"
                  data-option=${option.id}
                  aria-disabled=${count === 0 ? 'true' : 'false'}
                  @click=${() => this.#change(option.id, -1, count)}
                >
                  <span aria-hidden="true">−</span><span class="visually-hidden">${fillTemplate(strings.voteRemove, { option: option.label })}</span>
                </button>
                <span class="count">${voteCountText(strings, count)}</span>
                <button class="secondary add" type="button" data-option=${option.id} @click=${() => this.#change(option.id, 1, count)}>
                  <span aria-hidden="true">+</span><span class="visually-hidden">${fillTemplate(strings.voteAdd, { option: option.label })}</span>
                </button>
              </span>
            </li>`;
          },
        )}
      </ul>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <div class="actions">
        <button class="secondary toggle show" type="button" aria-pressed=${this.shown ? 'true' : 'false'} @click=${this.#toggleShown}>
          <span class="box" aria-hidden="true">${this.shown ? '✓' : ''}</span>${strings.voteShowResults}
        </button>
        <button class="secondary clear" type="button" @click=${this.#clear}>${strings.voteClear}</button>
        ${this.actionLabel
          ? html`<button class="primary act" type="button" ?disabled=${this.actionDisabled} @click=${this.#act}>${this.actionLabel}</button>`
          : nothing}
      </div>
      <li-vote-chart class="results" .strings=${strings} .heading=${strings.voteResults} .bars=${bars}></li-vote-chart>
    </section>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('counts') || this.#pendingAnnouncement === undefined || !this.strings) return;
    const option = this.options.find((candidate) => candidate.id === this.#pendingAnnouncement);
    this.#pendingAnnouncement = undefined;
    if (!option) return;
    const count = this.#countOf(option.id);
    this.announcement =
      count === 1
        ? fillTemplate(this.strings.voteAnnouncementOne, { option: option.label })
        : fillTemplate(this.strings.voteAnnouncement, { option: option.label, count });
  }

  #countOf(optionId: string): number {
    return Math.max(0, this.counts[optionId] ?? 0);
  }

  #change(optionId: string, delta: -1 | 1, count: number): void {
    if (delta < 0 && count === 0) return;
    this.#pendingAnnouncement = optionId;
    this.dispatchEvent(new VoteChangeEvent(optionId, delta));
  }

  #toggleShown(): void {
    this.dispatchEvent(new VoteShowEvent(!this.shown));
  }

  #clear(): void {
    this.dispatchEvent(new VoteClearEvent());
  }

  #act(): void {
    this.dispatchEvent(new VoteActEvent());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'li-vote': LiVote;
  }
}
