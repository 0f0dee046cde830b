import { html, css, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { KnowledgeCheckBlock, UiStrings } from '../course/types.js';
import { fillTemplate } from '../course/fill-template.js';

export interface OrderingView {
  readonly check: KnowledgeCheckBlock;
  readonly strings: UiStrings;
  /** Option ids in the learner's current order. */
  readonly order: readonly string[];
  readonly answered: boolean;
  readonly onMove: (optionId: string, offset: -1 | 1) => void;
}

/**
 * The steps of an ordering question as a numbered list, each with Move up and Move down
 * buttons: no dragging, so it works with a keyboard, a switch or a screen reader alike.
 * Buttons at the ends stay focusable (`aria-disabled`) so focus never drops out of the list.
 */
export function renderOrdering(view: OrderingView): TemplateResult {
  const { check, strings, order, answered } = view;
  const optionsById = new Map(check.options.map((option) => [option.id, option]));
  return html`<ol class="ordering" aria-labelledby="question" aria-describedby="hint">
    ${order.map((optionId, index) => {
      const option = optionsById.get(optionId);
      if (!option) return null;
      const position = fillTemplate(strings.positionLabel, { position: index + 1, total: order.length });
      return html`<li class="step">
        <span class="step-text prose">${unsafeHTML(option.textHtml)}<span class="visually-hidden"> (${position})</span></span>
        <span class="step-buttons">
          ${moveButton(view, optionId, -1, strings.moveUp, index === 0 || answered, option.textHtml)}
          ${moveButton(view, optionId, 1, strings.moveDown, index === order.length - 1 || answered, option.textHtml)}
        </span>
      </li>`;
    })}
  </ol>`;
}

function moveButton(view: OrderingView, optionId: string, offset: -1 | 1, label: string, unavailable: boolean, itemHtml: string) {
  return html`<button
    class="secondary move"
    type="button"
    data-option=${optionId}
    data-offset=${offset}
    aria-disabled=${unavailable ? 'true' : 'false'}
    @click=${() => {
      if (!unavailable) view.onMove(optionId, offset);
    }}
  >
    ${label}<span class="visually-hidden">: ${unsafeHTML(itemHtml)}</span>
  </button>`;
}

export const orderingStyles = css`
  .ordering {
    list-style: none;
    counter-reset: step;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--li-space-2);
  }
  .step {
    counter-increment: step;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--li-space-2) var(--li-space-3);
    align-items: center;
    padding: var(--li-space-2) var(--li-space-3);
    border: 1px solid var(--li-color-border);
    border-radius: var(--li-radius);
  }
  .step::before {
    content: counter(step);
    font-weight: 700;
    min-width: 1.5rem;
    text-align: center;
  }
  .step-buttons {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    gap: var(--li-space-2);
  }
  .move {
    padding: var(--li-space-1) var(--li-space-3);
  }
  .move[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
    text-decoration: none;
  }
  @media (min-width: 36rem) {
    .step {
      grid-template-columns: auto 1fr auto;
    }
    .step-buttons {
      grid-column: 3;
    }
  }
`;
