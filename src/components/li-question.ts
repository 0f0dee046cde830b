import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { KnowledgeCheckBlock, QuestionOption, UiStrings } from '../course/types.js';
import { fillTemplate } from '../course/fill-template.js';
import { AnswerMatchEvent, AnswerMoveEvent, AnswerRetryEvent, AnswerSelectEvent, AnswerSubmitEvent } from './events.js';
import { orderingStyles, renderOrdering } from './question-ordering.js';
import { matchingStyles, plainText, renderMatching } from './question-matching.js';
import { buttons, focusRing, proseStyles, themeTokens, visuallyHidden } from '../styles/tokens.js';

/** What the learner sees of a question: still choosing, or looking at feedback on a submission. */
export type QuestionMode = 'choosing' | 'correct' | 'incorrect';

/**
 * @summary One knowledge-check question: options, submit, feedback, retry. Renders only; the
 * question's state arrives in properties and every learner action leaves as an event.
 *
 * @event answer-select - The learner chose or unchose an option (`AnswerSelectEvent`).
 * @event answer-move - Ordering: the learner moved a step (`AnswerMoveEvent`).
 * @event answer-match - Matching: the learner chose a match for a prompt (`AnswerMatchEvent`).
 * @event answer-submit - The learner submitted their choice (`AnswerSubmitEvent`).
 * @event answer-retry - The learner asked for another go (`AnswerRetryEvent`).
 *
 * @csspart feedback - The live region holding feedback.
 */
@customElement('li-question')
export class LiQuestion extends LitElement {
  static override styles = [
    themeTokens,
    focusRing,
    visuallyHidden,
    buttons,
    proseStyles,
    orderingStyles,
    matchingStyles,
    css`
      :host {
        display: block;
        border: 2px solid var(--li-color-border);
        border-radius: var(--li-radius);
        padding: var(--li-space-3) var(--li-space-4) var(--li-space-4);
        color: var(--li-color-text);
        background: var(--li-color-background);
      }
      .question {
        font-weight: 600;
        font-size: 1.125em;
        margin-bottom: var(--li-space-2);
      }
      .hint {
        color: var(--li-color-muted);
        margin: 0 0 var(--li-space-3);
      }
      .options {
        display: grid;
        gap: var(--li-space-2);
      }
      .options label {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: var(--li-space-3);
        align-items: start;
        padding: var(--li-space-2) var(--li-space-3);
        border: 1px solid var(--li-color-border);
        border-radius: var(--li-radius);
        cursor: pointer;
      }
      .options label.selected {
        border-width: 2px;
        border-color: var(--li-color-primary);
        background: var(--li-color-surface);
      }
      input {
        width: 1.5rem;
        height: 1.5rem;
        margin: 0.1rem 0 0;
        accent-color: var(--li-color-primary);
      }
      .actions {
        margin-top: var(--li-space-3);
        display: flex;
        flex-wrap: wrap;
        gap: var(--li-space-3);
        align-items: center;
      }
      .feedback.empty {
        margin: 0;
        padding: 0;
        border: 0;
      }
      .feedback {
        margin-top: var(--li-space-3);
        padding: var(--li-space-3);
        border-left: 6px solid var(--li-color-border);
        background: var(--li-color-surface);
      }
      .feedback.correct {
        border-color: var(--li-color-success);
        background: var(--li-color-success-surface);
      }
      .feedback.incorrect {
        border-color: var(--li-color-error);
        background: var(--li-color-error-surface);
      }
      .verdict {
        font-weight: 700;
        margin: 0 0 var(--li-space-2);
      }
      .feedback ul {
        margin: 0;
        padding-left: 1.25rem;
      }
      .feedback li + li {
        margin-top: var(--li-space-2);
      }
      .option-name {
        font-weight: 600;
      }
      .error {
        color: var(--li-color-error);
        font-weight: 600;
        margin: var(--li-space-2) 0 0;
      }
    `,
  ];

  @property({ attribute: false }) check?: KnowledgeCheckBlock;
  @property({ attribute: false }) strings?: UiStrings;
  @property() mode: QuestionMode = 'choosing';
  /**
   * Choice questions: the chosen option ids. Ordering: option ids in the learner's order.
   * Matching: for each option in authored order, the id of the option whose match is chosen.
   */
  @property({ attribute: false }) selected: readonly string[] = [];
  /** Submissions left after the current one; 0 means the answer is final. */
  @property({ type: Number, attribute: 'attempts-left' }) attemptsLeft = 0;
  /**
   * Part of the final assessment: no submit button (the attempt is submitted as a whole) and no
   * talk of attempts on the question; the review shows each answer as final.
   */
  @property({ type: Boolean, attribute: 'part-of-assessment' }) partOfAssessment = false;

  @state() private showSelectionError = false;
  @state() private moveAnnouncement = '';
  @query('.feedback') private feedbackRegion?: HTMLElement;

  #focusAfterRender: 'feedback' | 'first-option' | undefined;
  #lastMove: { readonly optionId: string; readonly offset: -1 | 1 } | undefined;

  override render() {
    const { check, strings } = this;
    if (!check || !strings) return nothing;
    const answered = this.mode !== 'choosing';
    const hint = { single: strings.chooseOne, 'true-false': strings.chooseOne, multiple: strings.chooseAll, ordering: strings.orderingHint, matching: strings.matchingHint }[check.kind];
    return html`
      <div class="question prose" id="question">${unsafeHTML(check.questionHtml)}</div>
      <p class="hint" id="hint">${hint}</p>
      ${this.#renderResponse(check, strings, answered)}
      ${this.showSelectionError ? html`<p class="error" role="alert">${strings.selectAnAnswer}</p>` : nothing}
      <div class="actions">
        ${answered
          ? this.#canRetry
            ? html`<button class="secondary" type="button" @click=${this.#retry}>${strings.tryAgain}</button>`
            : nothing
          : this.partOfAssessment
            ? nothing
            : html`<button class="primary" type="button" @click=${this.#submit}>${strings.submitAnswer}</button>`}
      </div>
      <div class="feedback ${answered ? this.mode : 'empty'}" part="feedback" role="status" tabindex="-1">${answered
          ? this.#renderFeedback(check, strings)
          : nothing}</div>
      <div class="visually-hidden" role="status">${this.moveAnnouncement}</div>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selected') && this.#lastMove) this.#followMove(this.#lastMove);
    if (!changed.has('mode') || !this.#focusAfterRender) return;
    const target =
      this.#focusAfterRender === 'feedback'
        ? this.feedbackRegion
        : this.renderRoot.querySelector<HTMLElement>('input:checked, input, button.move, select');
    this.#focusAfterRender = undefined;
    target?.focus();
  }

  get #canRetry(): boolean {
    return this.mode === 'incorrect' && this.attemptsLeft > 0 && !this.partOfAssessment;
  }

  get #isFinal(): boolean {
    return this.mode === 'correct' || this.attemptsLeft === 0;
  }

  #renderResponse(check: KnowledgeCheckBlock, strings: UiStrings, answered: boolean) {
    if (check.kind === 'ordering') {
      return renderOrdering({ check, strings, order: this.selected, answered, onMove: (optionId, offset) => this.#move(optionId, offset) });
    }
    if (check.kind === 'matching') {
      return renderMatching({ check, strings, matches: this.selected, answered, onMatch: (optionId, matchId) => this.#match(optionId, matchId) });
    }
    const multiple = check.kind === 'multiple';
    return html`<div
      class="options"
      role=${multiple ? 'group' : 'radiogroup'}
      aria-labelledby="question"
      aria-describedby="hint"
    >
      ${check.options.map((option) => this.#renderOption(option, multiple, answered))}
    </div>`;
  }

  #renderOption(option: QuestionOption, multiple: boolean, answered: boolean) {
    const checked = this.selected.includes(option.id);
    return html`
      <label class=${checked ? 'selected' : ''}>
        <input
          type=${multiple ? 'checkbox' : 'radio'}
          name="answer"
          value=${option.id}
          .checked=${checked}
          ?disabled=${answered}
          @change=${() => this.#select(option.id)}
        />
        <span class="prose">${unsafeHTML(option.textHtml)}</span>
      </label>
    `;
  }

  #renderFeedback(check: KnowledgeCheckBlock, strings: UiStrings) {
    if (check.kind === 'ordering' || check.kind === 'matching') return this.#renderSequenceFeedback(check, strings);
    const verdict = this.mode === 'correct' ? strings.answerCorrect : this.#isPartlyCorrect(check) ? strings.answerPartlyCorrect : strings.answerIncorrect;
    // Once the answer is final, every option's feedback teaches; before that, only the chosen ones,
    // so the learner's second go is still their own thinking.
    const explained = this.#isFinal ? check.options : check.options.filter((option) => this.selected.includes(option.id));
    return html`
      <p class="verdict">${verdict}</p>
      <ul>
        ${explained.map(
          (option) => html`<li>
            <span class="option-name prose">${unsafeHTML(option.textHtml)}</span>${this.#isFinal
              ? html` <span>(${option.correct ? strings.answerCorrect : strings.answerIncorrect})</span>`
              : nothing}
            <div class="prose">${unsafeHTML(option.feedbackHtml)}</div>
          </li>`,
        )}
      </ul>
      ${this.#canRetry
        ? html`<p>${fillTemplate(strings.attemptsLeft, { count: this.attemptsLeft })}</p>`
        : this.mode === 'incorrect' && !this.partOfAssessment
          ? html`<p>${strings.noAttemptsLeft}</p>`
          : nothing}
    `;
  }

  /**
   * Ordering and matching: the verdict, and once the answer is final the right order (or the
   * right match for each prompt) with why. Before that, nothing that gives the answer away.
   */
  #renderSequenceFeedback(check: KnowledgeCheckBlock, strings: UiStrings) {
    const verdict = this.mode === 'correct' ? strings.answerCorrect : strings.answerIncorrect;
    const explanation = !this.#isFinal
      ? nothing
      : check.kind === 'ordering'
        ? html`<p>${strings.rightOrder}</p>
            <ol>
              ${check.options.map(
                (option) => html`<li>
                  <span class="option-name prose">${unsafeHTML(option.textHtml)}</span>
                  <div class="prose">${unsafeHTML(option.feedbackHtml)}</div>
                </li>`,
              )}
            </ol>`
        : html`<ul>
            ${check.options.map(
              (option) => html`<li>
                <span class="option-name prose">${unsafeHTML(option.textHtml)}</span>
                <div>${fillTemplate(strings.rightMatch, { match: plainText(option.matchHtml ?? '') })}</div>
                <div class="prose">${unsafeHTML(option.feedbackHtml)}</div>
              </li>`,
            )}
          </ul>`;
    return html`
      <p class="verdict">${verdict}</p>
      ${explanation}
      ${this.#canRetry
        ? html`<p>${fillTemplate(strings.attemptsLeft, { count: this.attemptsLeft })}</p>`
        : this.mode === 'incorrect' && !this.partOfAssessment
          ? html`<p>${strings.noAttemptsLeft}</p>`
          : nothing}
    `;
  }

  #isPartlyCorrect(check: KnowledgeCheckBlock): boolean {
    return check.kind === 'multiple' && check.options.some((option) => option.correct && this.selected.includes(option.id));
  }

  #select(optionId: string): void {
    this.showSelectionError = false;
    this.dispatchEvent(new AnswerSelectEvent(optionId));
  }

  #move(optionId: string, offset: -1 | 1): void {
    this.#lastMove = { optionId, offset };
    this.dispatchEvent(new AnswerMoveEvent(optionId, offset));
  }

  #match(optionId: string, matchId: string): void {
    this.showSelectionError = false;
    this.dispatchEvent(new AnswerMatchEvent(optionId, matchId));
  }

  /** After a move: keep focus on the moved step's button and say where the step now is. */
  #followMove(move: { readonly optionId: string; readonly offset: -1 | 1 }): void {
    this.#lastMove = undefined;
    const { check, strings } = this;
    const option = check?.options.find((candidate) => candidate.id === move.optionId);
    if (!option || !strings) return;
    this.moveAnnouncement = fillTemplate(strings.itemMoved, {
      item: plainText(option.textHtml),
      position: this.selected.indexOf(move.optionId) + 1,
      total: this.selected.length,
    });
    this.renderRoot.querySelector<HTMLButtonElement>(`button.move[data-option="${move.optionId}"][data-offset="${move.offset}"]`)?.focus();
  }

  get #hasCompleteResponse(): boolean {
    if (this.check?.kind === 'matching') return this.selected.length > 0 && this.selected.every((matchId) => matchId !== '');
    return this.selected.length > 0;
  }

  #submit(): void {
    if (!this.#hasCompleteResponse) {
      this.showSelectionError = true;
      return;
    }
    this.#focusAfterRender = 'feedback';
    this.dispatchEvent(new AnswerSubmitEvent());
  }

  #retry(): void {
    this.#focusAfterRender = 'first-option';
    this.dispatchEvent(new AnswerRetryEvent());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'li-question': LiQuestion;
  }
}
