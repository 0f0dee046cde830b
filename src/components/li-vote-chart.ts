import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { UiStrings } from '../course/types.js';
import { fillTemplate } from '../course/fill-template.js';
import { themeTokens } from '../styles/tokens.js';

/** One bar of a vote chart. `label` is plain text. */
export interface VoteBar {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  /** Marked in words as well as colour, e.g. the right answer once it is revealed. */
  readonly highlight?: boolean;
}

/** Each bar's share of all the votes, in whole percent (0 when there are none). */
export function votePercent(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}

/** "{count} votes", with the one-vote wording for 1. */
export function voteCountText(strings: UiStrings, count: number): string {
  return count === 1 ? strings.voteCountOne : fillTemplate(strings.voteCount, { count });
}

/**
 * @summary The room's votes as a horizontal bar chart, readable from the back of a room and by a
 * screen reader: every bar carries its count and percentage as text, and a highlighted bar is
 * named in words. Sized in `em`, so it grows with the host's font size on a projector.
 *
 * @cssproperty --li-vote-bar-color - The bars' colour (default: the theme's primary colour).
 * @cssproperty --li-vote-highlight-color - A highlighted bar's colour (default: the theme's success colour).
 */
@customElement('li-vote-chart')
export class LiVoteChart extends LitElement {
  static override styles = [
    themeTokens,
    css`
      :host {
        display: block;
        color: var(--li-color-text);
        --li-vote-bar-color: var(--li-color-primary);
        --li-vote-highlight-color: var(--li-color-success);
      }
      figure {
        margin: 0;
      }
      figcaption {
        margin: 0 0 0.75em;
        line-height: 1.3;
      }
      .heading {
        display: block;
        font-weight: 700;
        font-size: 1.2em;
      }
      .total {
        display: block;
        color: var(--li-color-muted);
        margin-top: 0.2em;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: 0.5em 0.75em;
      }
      /* One column for the values across every row, so all the bars share one scale. */
      li {
        grid-column: 1 / -1;
        display: grid;
        grid-template-columns: subgrid;
        gap: 0.3em 0.75em;
        align-items: center;
        padding: 0.5em 0.6em;
        border: 2px solid transparent;
        border-radius: var(--li-radius);
      }
      li.highlight {
        border-color: var(--li-vote-highlight-color);
        background: var(--li-color-success-surface);
      }
      .label {
        grid-column: 1 / -1;
        font-weight: 600;
        line-height: 1.3;
      }
      .tag {
        display: inline-block;
        margin-left: 0.4em;
        padding: 0 0.4em;
        border-radius: var(--li-radius);
        border: 2px solid currentColor;
        background: var(--li-color-background);
        color: var(--li-vote-highlight-color);
        font-size: 0.85em;
        font-weight: 700;
        white-space: nowrap;
      }
      .track {
        display: block;
        height: 1.1em;
        background: var(--li-color-surface);
        border-radius: 0.2em;
        overflow: hidden;
      }
      .bar {
        display: block;
        height: 100%;
        width: 0;
        min-width: 0.2em;
        background: var(--li-vote-bar-color);
      }
      li.highlight .track {
        background: var(--li-color-background);
      }
      li.highlight .bar {
        background: var(--li-vote-highlight-color);
      }
      .value {
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      .percent {
        font-weight: 700;
        font-size: 1.15em;
      }
      .count {
        color: var(--li-color-muted);
      }
      @media (forced-colors: active) {
        .bar {
          background: CanvasText;
        }
        .track {
          border: 1px solid CanvasText;
        }
      }
    `,
  ];

  @property({ attribute: false }) strings?: UiStrings;
  /** Plain text: what was voted on. */
  @property() heading = '';
  @property({ attribute: false }) bars: readonly VoteBar[] = [];
  /** The words beside a highlighted bar; '' for the strings' "Right answer". */
  @property({ attribute: 'highlight-label' }) highlightLabel = '';

  override render() {
    const { strings, bars } = this;
    if (!strings) return nothing;
    const total = bars.reduce((sum, bar) => sum + Math.max(0, bar.count), 0);
    const totalText = total === 0 ? strings.voteTotalNone : total === 1 ? strings.voteTotalOne : fillTemplate(strings.voteTotal, { count: total });
    return html`<figure>
      <figcaption>
        ${this.heading ? html`<span class="heading">${this.heading}</span>` : nothing}
        <span class="total">${totalText}</span>
      </figcaption>
      <ol>
        ${repeat(
          bars,
          (bar) => bar.id,
          (bar) => {
            const count = Math.max(0, bar.count);
            const percent = votePercent(count, total);
            return html`<li class=${bar.highlight ? 'highlight' : ''}>
              <span class="label"
                >${bar.label}${bar.highlight
                  ? html` <span class="tag"><span aria-hidden="true">✓ </span>${this.highlightLabel || strings.voteRightAnswer}</span>`
                  : nothing}</span
              >
              <span class="track" aria-hidden="true"><span class="bar" data-percent=${percent}></span></span>
              <span class="value"
                ><span class="percent">${fillTemplate(strings.votePercent, { percent })}</span>
                <span class="count">${voteCountText(strings, count)}</span></span
              >
            </li>`;
          },
        )}
      </ol>
    </figure>`;
  }

  protected override updated(): void {
    // Widths through the CSSOM: a style attribute would need 'unsafe-inline' in the policy.
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('.bar')) bar.style.width = `${Number(bar.dataset['percent'] ?? 0)}%`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'li-vote-chart': LiVoteChart;
  }
}
