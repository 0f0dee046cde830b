import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { focusScreenHeading } from './focus-heading.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { AnyActorRef } from 'xstate';
import type { ActionPlanField, Block, GlossaryTerm, Lesson, Page, Scenario, UiStrings } from '../course/types.js';
import type { ScenarioView } from './li-scenario.js';
import type { AssessmentView } from './assessment-view.js';
import { fillTemplate } from '../course/fill-template.js';
import { NavigateRequestEvent } from './events.js';
import { focusRing, proseStyles, themeTokens, screenHeading } from '../styles/tokens.js';
import './li-knowledge-check.js';
import './li-reflection.js';
import './li-scenario.js';
import './li-action-plan.js';
import './li-certificate.js';
import './li-assessment.js';

/**
 * @summary One page of a lesson: its heading and every block, in order. Block HTML was rendered
 * from Markdown and sanitised at build time. Links to other pages raise navigation requests.
 *
 * @event navigate-request - An in-text link to a lesson or page was followed.
 */
@customElement('li-page')
export class LiPage extends LitElement {
  static override styles = [
    themeTokens,
    focusRing,
    screenHeading,
    proseStyles,
    css`
      :host {
        display: block;
        color: var(--li-color-text);
      }
      .eyebrow {
        margin: 0 0 var(--li-space-1);
        color: var(--li-color-muted);
        font-weight: 600;
      }
      .blocks > * + * {
        margin-top: var(--li-space-4);
      }
      figure {
        margin: var(--li-space-4) 0;
        padding: var(--li-space-3) var(--li-space-4);
        border-left: 6px solid var(--li-color-primary);
      }
      blockquote {
        margin: 0;
        font-size: 1.2em;
        font-style: italic;
      }
      figcaption {
        margin-top: var(--li-space-2);
      }
      .quote-source {
        display: block;
        color: var(--li-color-muted);
        font-size: 0.9em;
      }
      .callout {
        padding: var(--li-space-3) var(--li-space-4);
        border: 2px solid var(--li-color-border);
        border-left-width: 8px;
        border-radius: var(--li-radius);
      }
      .callout.tip,
      .callout.note {
        border-color: var(--li-color-primary);
      }
      .callout.example {
        border-color: var(--li-color-accent);
      }
      .callout.warning {
        border-color: var(--li-color-error);
      }
      .callout h2,
      .key-points h2,
      .facilitator h2 {
        font-size: 1.1em;
        margin: 0 0 var(--li-space-2);
      }
      .key-points {
        padding: var(--li-space-3) var(--li-space-4);
        background: var(--li-color-surface);
        border-radius: var(--li-radius);
      }
      .key-points ul {
        margin: 0;
        padding-left: 1.25rem;
      }
      .key-points li + li {
        margin-top: var(--li-space-2);
      }
      figure.diagram {
        border: 0;
        padding: 0;
        margin: var(--li-space-4) 0;
      }
      .diagram-picture svg {
        display: block;
        width: 100%;
        height: auto;
        max-height: 70vh;
        font-family: var(--li-font-body);
      }
      .diagram .li-fill-primary {
        fill: var(--li-color-primary);
      }
      .diagram .li-fill-accent {
        fill: var(--li-color-accent);
      }
      .diagram .li-fill-surface {
        fill: var(--li-color-surface);
      }
      .diagram .li-fill-background {
        fill: var(--li-color-background);
      }
      .diagram .li-fill-text {
        fill: var(--li-color-text);
      }
      .diagram .li-fill-on-primary {
        fill: var(--li-color-on-primary);
      }
      .diagram .li-stroke-primary {
        stroke: var(--li-color-primary);
      }
      .diagram .li-stroke-accent {
        stroke: var(--li-color-accent);
      }
      .diagram .li-stroke-text {
        stroke: var(--li-color-text);
      }
      .diagram .li-stroke-border {
        stroke: var(--li-color-border);
      }
      .diagram figcaption {
        margin-top: var(--li-space-2);
        color: var(--li-color-muted);
      }
      .diagram details {
        margin-top: var(--li-space-2);
      }
      .diagram summary {
        cursor: pointer;
        color: var(--li-color-primary);
        font-weight: 600;
        text-decoration: underline;
        text-underline-offset: 0.15em;
      }
      .glossary {
        margin: 0;
      }
      .glossary-entry + .glossary-entry {
        margin-top: var(--li-space-3);
      }
      .glossary dt {
        font-weight: 700;
      }
      .glossary dd {
        margin: var(--li-space-1) 0 0;
      }
      .facilitator {
        padding: var(--li-space-3) var(--li-space-4);
        border: 2px dashed var(--li-color-border);
        border-radius: var(--li-radius);
      }
    `,
  ];

  @property({ attribute: false }) lesson?: Lesson;
  @property({ attribute: false }) page?: Page;
  @property({ attribute: false }) strings?: UiStrings;
  @property({ type: Number, attribute: 'page-number' }) pageNumber = 1;
  @property({ attribute: false }) checkActors: Readonly<Record<string, AnyActorRef>> = {};
  @property({ attribute: false }) reflections: Readonly<Record<string, string>> = {};
  /** Where reflections are kept and who can read them (see li-reflection). */
  @property({ attribute: false }) reflectionNote = '';
  /** The scenarios placed on this page and where the learner is in each, by scenario id. */
  @property({ attribute: false }) scenarios: Readonly<Record<string, { readonly scenario: Scenario; readonly view: ScenarioView | undefined }>> = {};
  /** For `action-plan` and `certificate` blocks. */
  @property({ attribute: false }) learner: {
    readonly courseTitle: string;
    readonly language: string;
    readonly actionPlan: Readonly<Partial<Record<ActionPlanField, string>>>;
    readonly lmsName: string;
    readonly typedName: string;
    readonly completedOn: string;
    readonly score: number | undefined;
    /** False when the course has an assessment the learner has not passed. */
    readonly passed: boolean;
  } = { courseTitle: '', language: 'en-GB', actionPlan: {}, lmsName: '', typedName: '', completedOn: '', score: undefined, passed: true };
  /** For an `assessment` block: where the learner is in the final assessment. */
  @property({ attribute: false }) assessment: AssessmentView | undefined;
  /** For `glossary` blocks. */
  @property({ attribute: false }) glossary: readonly GlossaryTerm[] = [];
  @property({ type: Boolean, attribute: 'show-facilitator-notes' }) showFacilitatorNotes = false;

  /** Moves focus to the page heading so a screen reader starts reading the new page. */
  focusHeading(): Promise<void> {
    return focusScreenHeading(this);
  }

  override render() {
    const { lesson, page, strings } = this;
    if (!lesson || !page || !strings) return nothing;
    return html`
      <article @click=${this.#followInternalLink}>
        <p class="eyebrow">
          ${lesson.title} ·
          ${fillTemplate(strings.pageOfPages, { current: this.pageNumber, total: lesson.pages.length })}
        </p>
        <h1 tabindex="-1">${page.title}</h1>
        <div class="blocks">${page.blocks.map((block) => this.#renderBlock(block, strings))}</div>
      </article>
    `;
  }

  #renderBlock(block: Block, strings: UiStrings) {
    switch (block.type) {
      case 'prose':
        return html`<div class="prose">${unsafeHTML(block.html)}</div>`;
      case 'quote':
        return html`<figure>
          <blockquote class="prose">${unsafeHTML(block.textHtml)}</blockquote>
          <figcaption>
            — ${block.attribution}
            ${block.source ? html`<span class="quote-source">${fillTemplate(strings.quoteSource, { source: block.source })}</span>` : nothing}
          </figcaption>
        </figure>`;
      case 'callout':
        return html`<aside class="callout ${block.variant}" aria-label=${block.title}>
          <h2>${block.title}</h2>
          <div class="prose">${unsafeHTML(block.html)}</div>
        </aside>`;
      case 'key-points':
        return html`<section class="key-points" aria-label=${block.title}>
          <h2>${block.title}</h2>
          <ul class="prose">
            ${block.pointsHtml.map((point) => html`<li>${unsafeHTML(point)}</li>`)}
          </ul>
        </section>`;
      case 'reflection':
        return html`<li-reflection .reflection=${block} .strings=${strings} .text=${this.reflections[block.id] ?? ''} .savedNote=${this.reflectionNote}></li-reflection>`;
      case 'knowledge-check':
        return html`<li-knowledge-check .check=${block} .strings=${strings} .actor=${this.checkActors[block.id]}></li-knowledge-check>`;
      case 'diagram':
        return html`<figure class="diagram">
          <div class="diagram-picture">${unsafeHTML(block.svg)}</div>
          ${block.captionHtml ? html`<figcaption class="prose">${unsafeHTML(block.captionHtml)}</figcaption>` : nothing}
          ${block.descriptionHtml
            ? html`<details>
                <summary>${strings.describeDiagram}</summary>
                <div class="prose">${unsafeHTML(block.descriptionHtml)}</div>
              </details>`
            : nothing}
        </figure>`;
      case 'scenario': {
        const placed = this.scenarios[block.scenarioId];
        return placed ? html`<li-scenario .scenario=${placed.scenario} .view=${placed.view} .strings=${strings}></li-scenario>` : nothing;
      }
      case 'action-plan':
        return html`<li-action-plan .strings=${strings} .plan=${this.learner.actionPlan} .courseTitle=${this.learner.courseTitle}></li-action-plan>`;
      case 'certificate':
        return html`<li-certificate
          .strings=${strings}
          .courseTitle=${this.learner.courseTitle}
          .lmsName=${this.learner.lmsName}
          .typedName=${this.learner.typedName}
          .completedOn=${this.learner.completedOn}
          .score=${this.learner.score}
          .passed=${this.learner.passed}
          language=${this.learner.language}
        ></li-certificate>`;
      case 'assessment':
        return html`<li-assessment .view=${this.assessment} .strings=${strings}></li-assessment>`;
      case 'glossary':
        return html`<dl class="glossary">
          ${this.glossary.map(
            (term) => html`<div class="glossary-entry">
              <dt id=${term.id}>${term.term}</dt>
              <dd class="prose">${unsafeHTML(term.definitionHtml)}</dd>
            </div>`,
          )}
        </dl>`;
      case 'facilitator-notes':
        return this.showFacilitatorNotes
          ? html`<section class="facilitator" aria-label=${strings.facilitatorNotesHeading}>
              <h2>${strings.facilitatorNotesHeading}</h2>
              ${block.minutes ? html`<p>${fillTemplate(strings.facilitatorMinutes, { minutes: block.minutes })}</p>` : nothing}
              <div class="prose">${unsafeHTML(block.html)}</div>
            </section>`
          : nothing;
    }
  }

  #followInternalLink(event: MouseEvent): void {
    const link = event.composedPath().find((target): target is HTMLAnchorElement => target instanceof HTMLAnchorElement);
    const href = link?.getAttribute('href');
    if (!href?.startsWith('#')) return;
    event.preventDefault();
    this.dispatchEvent(new NavigateRequestEvent(href.slice(1)));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'li-page': LiPage;
  }
}
