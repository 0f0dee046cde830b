import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Course } from '../course/types.js';
import type { CourseActor, CourseSnapshot } from '../machines/course.machine.js';
import { isCourseComplete, lessonStatus, pageLocation } from '../machines/progress.js';
import { ActorSelectorController } from '../controllers/actor-controller.js';
import type { VoteChartData } from '../runtime/audience-link.js';
import { assessmentOnPage, learnerDetails, scenariosOnPage } from './page-view.js';
import { buttons, focusRing, themeTokens, visuallyHidden } from '../styles/tokens.js';
import type { LiPage } from './li-page.js';
import './li-page.js';
import './li-completion.js';
import './li-vote-chart.js';

/** Whether the audience screen has anything to follow yet. */
export type AudienceConnection = 'waiting' | 'following' | 'closed' | 'no-facilitator';

/**
 * @summary The projected screen in a live session: only what learners should see (no contents,
 * no buttons, no facilitator notes), in large type, following the trainer's window. It shows the
 * page the trainer is on (answers and scenario choices as the trainer made them), the vote
 * results the trainer chooses to show, or nothing at all while the trainer blanks it.
 */
@customElement('li-audience')
export class LiAudience extends LitElement {
  static override styles = [
    themeTokens,
    visuallyHidden,
    buttons,
    focusRing,
    css`
      :host {
        display: block;
        min-height: 100vh;
        color: var(--li-color-text);
        background: var(--li-color-background);
        font-family: var(--li-font-body);
        line-height: var(--li-line-height);
        /* The runtime sets a large root size for the room; the course's sizes follow it. */
        font-size: 1.15rem;
      }
      :host([blank]) {
        background: #000;
        color: #fff;
      }
      main {
        max-width: 60rem;
        margin: 0 auto;
        padding: 1.5em 1em 3em;
      }
      main:focus {
        outline: none;
      }
      li-page,
      li-completion {
        pointer-events: none;
      }
      .full-screen {
        position: fixed;
        top: 0.5rem;
        right: 0.5rem;
        font-size: 0.6em;
      }
      .message {
        font-size: 1.2em;
        margin-top: 3em;
        text-align: center;
      }
      .charts {
        display: grid;
        gap: 1.5em;
        margin-top: 1.5em;
      }
    `,
  ];

  @property({ attribute: false }) course?: Course;
  /** The course as the trainer has it, rebuilt from each state the trainer's window sends. */
  @property({ attribute: false }) actor?: CourseActor;
  @property({ type: Boolean, reflect: true }) blank = false;
  /** The trainer is on the completion screen. */
  @property({ type: Boolean }) completion = false;
  @property({ attribute: false }) charts: readonly VoteChartData[] = [];
  @property({ attribute: false }) connection: AudienceConnection = 'waiting';
  /** The window is full screen (the runtime follows fullscreenchange); the button to ask for it hides. */
  @property({ type: Boolean, attribute: 'full-screen' }) fullScreen = false;

  readonly #snapshot = new ActorSelectorController<CourseActor, CourseSnapshot>(this, (snapshot) => snapshot);
  #lastPageId = '';

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('actor')) this.#snapshot.setActor(this.actor);
  }

  protected override updated(): void {
    const pageId = this.#snapshot.value?.context.progress.pageId ?? '';
    if (!this.course || pageId === this.#lastPageId) return;
    this.#lastPageId = pageId;
    const title = pageLocation(this.course, pageId)?.page.title ?? '';
    document.title = `${title} – ${this.course.title}`;
  }

  override render() {
    const { course } = this;
    if (!course) return nothing;
    const { strings } = course;
    const snapshot = this.#snapshot.value;
    if (this.blank) return html`<p class="visually-hidden" role="status">${strings.audienceBlanked}</p>`;
    if (this.connection !== 'following' || !snapshot) {
      const message = this.connection === 'waiting' ? strings.audienceWaiting : strings.audienceClosed;
      return html`<main><h1 class="visually-hidden">${strings.audienceTitle}</h1><p class="message" role="status">${message}</p></main>`;
    }
    const { progress } = snapshot.context;
    if (this.completion) {
      return html`<main>
        <li-completion
          .courseTitle=${course.title}
          .lessons=${course.lessons}
          .statuses=${Object.fromEntries(course.lessons.map((lesson) => [lesson.id, lessonStatus(course, progress, lesson.id)]))}
          .credits=${course.credits}
          .strings=${strings}
          language=${course.language}
          ?complete=${isCourseComplete(course, progress)}
        ></li-completion>
      </main>`;
    }
    const location = pageLocation(course, progress.pageId);
    if (!location) return nothing;
    // The trainer drives: clicks here do nothing (not inert, which would hide the page from assistive technology).
    return html`${this.fullScreen
        ? nothing
        : html`<button class="secondary full-screen" type="button" @click=${() => void document.documentElement.requestFullscreen?.()}>${strings.audienceFullScreen}</button>`}
      <main>
      <li-page
        .lesson=${location.lesson}
        .page=${location.page}
        .strings=${strings}
        page-number=${location.pageNumberInLesson}
        .checkActors=${snapshot.context.checks}
        .reflections=${{}}
        .glossary=${course.glossary}
        .scenarios=${scenariosOnPage(course, location.page, progress)}
        .assessment=${assessmentOnPage(course, location.page, progress)}
        .learner=${learnerDetails(course, progress, '')}
      ></li-page>
      ${this.charts.length > 0
        ? html`<div class="charts">
            ${this.charts.map((chart) => html`<li-vote-chart .strings=${strings} .heading=${chart.heading} .bars=${chart.bars}></li-vote-chart>`)}
          </div>`
        : nothing}
    </main>`;
  }

  /** For tests and the runtime: the page element on screen, if any. */
  get pageElement(): LiPage | null {
    return this.renderRoot.querySelector('li-page');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'li-audience': LiAudience;
  }
}
