import { html, css, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { KnowledgeCheckBlock, UiStrings } from '../course/types.js';

export interface MatchingView {
  readonly check: KnowledgeCheckBlock;
  readonly strings: UiStrings;
  /** For each option in authored order, the id of the option whose match is chosen ('' for none). */
  readonly matches: readonly string[];
  readonly answered: boolean;
  readonly onMatch: (optionId: string, matchId: string) => void;
}

/**
 * A matching question as one labelled native `<select>` per prompt, listing every match: fully
 * usable with a keyboard and announced properly by screen readers, with no drag and drop.
 */
export function renderMatching(view: MatchingView): TemplateResult {
  const { check, strings, matches, answered } = view;
  const matchChoices = check.displayOrder
    .map((id) => check.options.find((option) => option.id === id))
    .filter((option) => option !== undefined);
  return html`<div class="matching" role="group" aria-labelledby="question" aria-describedby="hint">
    ${check.options.map((option, index) => {
      const chosen = matches[index] ?? '';
      return html`<div class="match-row">
        <label class="prose" for="match-${option.id}">${unsafeHTML(option.textHtml)}</label>
        <select
          id="match-${option.id}"
          ?disabled=${answered}
          @change=${(event: Event) => view.onMatch(option.id, (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${chosen === ''}>${strings.matchingPlaceholder}</option>
          ${matchChoices.map(
            (choice) => html`<option value=${choice.id} ?selected=${chosen === choice.id}>${plainText(choice.matchHtml ?? '')}</option>`,
          )}
        </select>
      </div>`;
    })}
  </div>`;
}

/** `<option>` holds text only; build-time HTML is reduced to its text without running anything. */
export function plainText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() ?? '';
}

export const matchingStyles = css`
  .matching {
    display: grid;
    gap: var(--li-space-3);
  }
  .match-row {
    display: grid;
    gap: var(--li-space-1) var(--li-space-3);
    padding: var(--li-space-2) var(--li-space-3);
    border: 1px solid var(--li-color-border);
    border-radius: var(--li-radius);
  }
  .match-row label {
    font-weight: 600;
  }
  select {
    font: inherit;
    min-height: 2.75rem;
    max-width: 100%;
    padding: var(--li-space-1) var(--li-space-2);
    border: 2px solid var(--li-color-border);
    border-radius: var(--li-radius);
    color: var(--li-color-text);
    background: var(--li-color-background);
  }
  @media (min-width: 36rem) {
    .match-row {
      grid-template-columns: 1fr minmax(12rem, 1fr);
      align-items: center;
    }
  }
`;
