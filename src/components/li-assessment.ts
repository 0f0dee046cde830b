import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { KnowledgeCheckBlock, UiStrings } from '../course/types.js';
import { fillTemplate } from '../course/fill-template.js';
import { matchOption, moveOption, selectOption } from '../machines/checks.js';
import type { AssessmentView } from './assessment-view.js';
import { AssessmentRespondEvent, AssessmentStartEvent, AssessmentSubmitEvent, type AnswerMatchEvent, type AnswerMoveEvent, type AnswerSelectEvent } from './events.js';
import { activityPanel, buttons, focusRing, proseStyles, themeTokens } from '../styles/tokens.js';
import './li-question.js';

/**
 * @summary The final assessment: what it is and a start button (or, while it is locked, the
 * lessons still to finish); then one question at a time with previous and next; a check of
 * unanswered questions before submitting; then the result and a review of every answer with
 * its feedback. Where the learner is comes in `view`; every action leaves as an event. Which
 * question is on screen is the only state kept here.
 *
 * @event assessment-start - The learner started an attempt (`AssessmentStartEvent`).
 * @event assessment-respond - The learner's response to a question changed (`AssessmentRespondEvent`).
 * @event assessment-submit - The learner submitted the attempt (`AssessmentSubmitEvent`).
 */
@customElement('li-assessment')
export class LiAssessment extends LitElement {
  static override styles = [
    themeTokens,
    focusRing,
    buttons,
    proseStyles,
    activityPanel,
    css`
      h2:focus,
      h3:focus {
        outline: none;
      }
      h3 {
        margin: var(--li-space-4) 0 var(--li-space-2);
        font-size: 1.15em;
      }
      .answered {
        color: var(--li-color-muted);
        margin: 0 0 var(--li-space-3);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--li-space-2);
        margin-top: var(--li-space-4);
      }
      .result {
        padding: var(--li-space-3);
        border-left: 6px solid var(--li-color-accent);
        background: var(--li-color-surface);
      }
      .result.passed {
        border-left-color: var(--li-color-success, var(--li-color-primary));
      }
      .result p {
        margin: 0 0 var(--li-space-2);
      }
      .review {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--li-space-4);
      }
      h4 {
        margin: 0 0 var(--li-space-2);
        font-size: 1.05em;
      }
      .unanswered {
        margin: 0 0 var(--li-space-3);
      }
      .unanswered button {
        margin: var(--li-space-1) 0;
      }
    `,
  ];

  @property({ attribute: false }) view?: AssessmentView;
  @property({ attribute: false }) strings?: UiStrings;

  /** While answering: the question on screen, or the check before submitting. */
  @state() private position: number | 'check' = 0;

  #focusAfterRender = false;
  #placedForAttempt: readonly KnowledgeCheckBlock[] | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const view = this.view;
    if (changed.has('view') && view?.screen === 'answering' && !sameQuestions(view.questions, this.#placedForAttempt)) {
      this.position = view.resumeAt;
      this.#placedForAttempt = view.questions;
    }
    if (view?.screen !== 'answering') this.#placedForAttempt = undefined;
  }

  protected override updated(): void {
    if (!this.#focusAfterRender) return;
    this.#focusAfterRender = false;
    this.renderRoot.querySelector<HTMLElement>('.focus-target')?.focus();
  }

  override render() {
    const { view, strings } = this;
    if (!view || !strings) return nothing;
    switch (view.screen) {
      case 'locked':
        return html`<section aria-labelledby="assessment-heading">
          <h2 id="assessment-heading" tabindex="-1">${strings.assessmentIntroHeading}</h2>
          <p>${strings.assessmentLocked}</p>
          <p>${strings.assessmentStillToFinish}</p>
          <ul>
            ${view.lessonsToFinish.map((lesson) => html`<li><a href="#${lesson.id}">${lesson.title}</a></li>`)}
          </ul>
        </section>`;
      case 'start':
        return html`<section aria-labelledby="assessment-heading">
          <h2 id="assessment-heading" class="focus-target" tabindex="-1">${strings.assessmentIntroHeading}</h2>
          <p>${fillTemplate(strings.assessmentFacts, { count: view.questionCount, passMark: view.passMark, max: view.maxAttempts })}</p>
          <div class="actions">
            <button class="primary" type="button" @click=${this.#start}>${strings.assessmentStart}</button>
          </div>
        </section>`;
      case 'answering':
        return this.position === 'check' ? this.#renderCheck(view, strings) : this.#renderQuestion(view, strings, this.position);
      case 'results':
        return this.#renderResults(view, strings);
    }
  }

  #renderQuestion(view: Extract<AssessmentView, { screen: 'answering' }>, strings: UiStrings, index: number) {
    const question = view.questions[index];
    if (!question) return nothing;
    const total = view.questions.length;
    const isLast = index === total - 1;
    return html`<section aria-labelledby="assessment-heading">
      <h2 id="assessment-heading" class="focus-target" tabindex="-1">${fillTemplate(strings.assessmentQuestionOf, { current: index + 1, total })}</h2>
      <p class="answered">${fillTemplate(strings.assessmentAnswered, { answered: total - view.unanswered.length, total })}</p>
      <li-question
        .check=${question}
        .strings=${strings}
        .selected=${view.responses[question.id] ?? []}
        part-of-assessment
        @answer-select=${(event: AnswerSelectEvent) => this.#respond(question, selectOption(question, this.#shown(question), event.optionId))}
        @answer-move=${(event: AnswerMoveEvent) => this.#respond(question, moveOption(this.#shown(question), event.optionId, event.offset))}
        @answer-match=${(event: AnswerMatchEvent) => this.#respond(question, matchOption(question, this.#shown(question), event.optionId, event.matchId))}
      ></li-question>
      <div class="actions">
        ${index > 0 ? html`<button class="secondary" type="button" @click=${() => this.#goTo(index - 1)}>${strings.assessmentPrevious}</button>` : nothing}
        <button class="primary" type="button" @click=${() => this.#goTo(isLast ? 'check' : index + 1)}>
          ${isLast ? strings.assessmentCheckAnswers : strings.assessmentNext}
        </button>
      </div>
    </section>`;
  }

  #renderCheck(view: Extract<AssessmentView, { screen: 'answering' }>, strings: UiStrings) {
    const unanswered = view.questions.flatMap((question, index) => (view.unanswered.includes(question.id) ? [index] : []));
    const total = view.questions.length;
    return html`<section aria-labelledby="assessment-heading">
      <h2 id="assessment-heading" class="focus-target" tabindex="-1">${strings.assessmentCheckHeading}</h2>
      <p class="answered">${fillTemplate(strings.assessmentAnswered, { answered: total - unanswered.length, total })}</p>
      ${unanswered.length > 0
        ? html`<p>${strings.assessmentUnanswered}</p>
            <ul class="unanswered">
              ${unanswered.map(
                (index) => html`<li>
                  <button class="secondary" type="button" @click=${() => this.#goTo(index)}>
                    ${fillTemplate(strings.assessmentGoToQuestion, { number: index + 1 })}
                  </button>
                </li>`,
              )}
            </ul>`
        : html`<p>${strings.assessmentAllAnswered}</p>`}
      <div class="actions">
        <button class="secondary" type="button" @click=${() => this.#goTo(total - 1)}>${strings.assessmentPrevious}</button>
        ${unanswered.length === 0
          ? html`<button class="primary" type="button" @click=${this.#submit}>${strings.assessmentSubmit}</button>`
          : nothing}
      </div>
    </section>`;
  }

  #renderResults(view: Extract<AssessmentView, { screen: 'results' }>, strings: UiStrings) {
    return html`<section aria-labelledby="assessment-heading">
      <div class="result ${view.passed ? 'passed' : ''}">
        <h2 id="assessment-heading" class="focus-target" tabindex="-1">
          ${view.passed ? strings.assessmentPassedHeading : strings.assessmentNotPassedHeading}
        </h2>
        <p>${fillTemplate(strings.assessmentScore, { score: view.score, passMark: view.passMark })}</p>
        <p>
          ${view.passed
            ? strings.assessmentPassedNext
            : view.attemptsLeft > 0
              ? fillTemplate(strings.assessmentAttemptsLeft, { count: view.attemptsLeft })
              : fillTemplate(strings.assessmentNoAttemptsLeft, { max: view.maxAttempts, best: view.bestScore })}
        </p>
        ${view.nextAttempt !== undefined
          ? html`<div class="actions">
              <button class="primary" type="button" @click=${this.#start}>
                ${fillTemplate(strings.assessmentRetry, { attempt: view.nextAttempt, max: view.maxAttempts })}
              </button>
            </div>`
          : nothing}
      </div>
      <h3>${strings.assessmentReviewHeading}</h3>
      <ol class="review">
        ${view.marked.map(
          (response, index) => html`<li>
            <h4>${fillTemplate(strings.assessmentReviewQuestion, { number: index + 1 })}</h4>
            <li-question
              .check=${response.question}
              .strings=${strings}
              .selected=${response.optionIds}
              .mode=${response.correct ? 'correct' : 'incorrect'}
              part-of-assessment
            ></li-question>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  #shown(question: KnowledgeCheckBlock): readonly string[] {
    return this.view?.screen === 'answering' ? (this.view.responses[question.id] ?? []) : [];
  }

  #respond(question: KnowledgeCheckBlock, optionIds: readonly string[]): void {
    this.dispatchEvent(new AssessmentRespondEvent(question.id, optionIds));
  }

  #goTo(position: number | 'check'): void {
    this.position = position;
    this.#focusAfterRender = true;
  }

  #start(): void {
    this.#focusAfterRender = true;
    this.dispatchEvent(new AssessmentStartEvent());
  }

  #submit(): void {
    this.#focusAfterRender = true;
    this.dispatchEvent(new AssessmentSubmitEvent());
  }
}

function sameQuestions(a: readonly KnowledgeCheckBlock[], b: readonly KnowledgeCheckBlock[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((question, index) => question.id === b[index]?.id);
}

declare global {
  interface HTMLElementTagNameMap {
    'li-assessment': LiAssessment;
  }
}
