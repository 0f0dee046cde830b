import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Course } from '../course/types.js';
import { fillTemplate } from '../course/fill-template.js';
import type { CourseActor, CourseSnapshot } from '../machines/course.machine.js';
import { isCourseComplete, lessonStatus, pageLocation, progressPercent } from '../machines/progress.js';
import { ActorSelectorController } from '../controllers/actor-controller.js';
import {
  ExitRequestEvent,
  NoticeDismissEvent,
  type NavigateRequestEvent,
  type ReflectionChangeEvent,
  type ScenarioChooseEvent,
  type ActionPlanChangeEvent,
  type LearnerNameChangeEvent,
  type ScenarioRestartEvent,
  type AssessmentRespondEvent,
} from './events.js';
import { assessmentOnPage, learnerDetails, scenariosOnPage } from './page-view.js';
import { SEED_LIMIT } from '../machines/assessment.js';
import type { LessonStatus } from './li-toc.js';
import type { LiPage } from './li-page.js';
import type { LiCompletion } from './li-completion.js';
import type { LiResumePrompt } from './li-resume-prompt.js';
import type { LiTermDialog } from './li-term-dialog.js';
import { buttons, focusRing, themeTokens, visuallyHidden } from '../styles/tokens.js';
import './li-toc.js';
import './li-page.js';
import './li-completion.js';
import './li-resume-prompt.js';
import './li-term-dialog.js';

export interface Notice {
  readonly id: string;
  readonly text: string;
}

/**
 * @summary The course shell: title, progress, contents, the current page or the completion
 * screen, and page-turn buttons. The only component that talks to the course actor: it reads
 * the actor's snapshot and turns the leaf components' events into actor events.
 *
 * @event notice-dismiss - The learner dismissed a notice.
 * @event exit-request - The learner chose "Save and exit" (LMS sessions only).
 *
 * @slot sidebar - Facilitator mode: the trainer's controls, in place of the contents.
 * @slot after-page - Under the page, above the page turns (facilitator mode: class votes).
 */
@customElement('li-app')
export class LiApp extends LitElement {
  static override styles = [
    themeTokens,
    focusRing,
    visuallyHidden,
    buttons,
    css`
      :host {
        display: block;
        min-height: 100vh;
        color: var(--li-color-text);
        background: var(--li-color-background);
        font-family: var(--li-font-body);
        line-height: var(--li-line-height);
        font-size: clamp(1rem, 0.95rem + 0.35vw, 1.5rem);
      }
      .skip-link {
        position: absolute;
        left: var(--li-space-2);
        top: -10rem;
        padding: var(--li-space-2) var(--li-space-3);
        border: 2px solid var(--li-color-focus-outline);
        background: var(--li-color-focus);
        color: var(--li-color-focus-outline);
        z-index: 10;
      }
      .skip-link:focus {
        top: var(--li-space-2);
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--li-space-2) var(--li-space-4);
        padding: var(--li-space-3) var(--li-space-4);
        background: var(--li-color-primary);
        color: var(--li-color-on-primary);
      }
      .brand {
        display: flex;
        align-items: center;
        gap: var(--li-space-3);
        margin-right: auto;
        font-size: 1.25em;
        font-weight: 700;
      }
      .brand img {
        height: 2.5rem;
        width: auto;
      }
      /* A label, not a button: filled, rounded, in small capitals. */
      .mode {
        margin: 0;
        padding: 0.1em 0.75em;
        border-radius: 999px;
        background: var(--li-color-on-primary);
        color: var(--li-color-primary);
        font-size: 0.85em;
        font-weight: 700;
        font-variant: small-caps;
      }
      .progress {
        display: flex;
        align-items: center;
        gap: var(--li-space-2);
      }
      progress {
        width: 8rem;
        height: 0.75rem;
        accent-color: var(--li-color-on-primary);
      }
      header button {
        border-color: var(--li-color-on-primary);
        background: transparent;
        color: var(--li-color-on-primary);
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--li-space-4);
        max-width: 78rem;
        margin: 0 auto;
        padding: var(--li-space-4) var(--li-space-3) var(--li-space-5);
      }
      .contents {
        display: none;
      }
      .contents.open {
        display: block;
      }
      main {
        max-width: var(--li-measure);
        min-width: 0;
      }
      main:focus {
        outline: none;
      }
      .save-status {
        margin: 0;
        font-size: 0.9em;
      }
      main h1.exited {
        font-size: clamp(1.6rem, 1.3rem + 1.2vw, 2.4rem);
      }
      .notice {
        display: flex;
        flex-wrap: wrap;
        gap: var(--li-space-3);
        align-items: center;
        justify-content: space-between;
        padding: var(--li-space-3);
        margin-bottom: var(--li-space-4);
        border-left: 8px solid var(--li-color-accent);
        background: var(--li-color-surface);
      }
      .notice p {
        margin: 0;
        flex: 1 1 16rem;
      }
      .page-turns {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: var(--li-space-3);
        margin-top: var(--li-space-5);
        padding-top: var(--li-space-3);
        border-top: 1px solid var(--li-color-border);
      }
      .page-turns .next {
        margin-left: auto;
      }
      @media (min-width: 60rem) {
        .layout {
          grid-template-columns: 18rem minmax(0, 1fr);
          gap: var(--li-space-5);
        }
        .contents,
        .contents.open {
          display: block;
        }
        .contents-toggle {
          display: none;
        }
      }
      @media print {
        header button,
        .contents,
        .page-turns {
          display: none;
        }
      }
    `,
  ];

  @property({ attribute: false }) course?: Course;
  @property({ attribute: false }) actor?: CourseActor;
  @property({ attribute: false }) notices: readonly Notice[] = [];
  /** Where a returning learner would resume; while set and no actor is given, the resume choice shows. */
  @property({ attribute: 'resume-at' }) resumeAt = '';
  /**
   * Facilitator mode: facilitator notes show, and the trainer's controls take the contents'
   * place (slot `sidebar`); slot `after-page` holds the class votes under the page.
   */
  @property({ type: Boolean, attribute: 'facilitator-mode' }) facilitatorMode = false;
  /** The course runs in an LMS: reflections are kept there, and the learner can save and exit. */
  @property({ type: Boolean, attribute: 'in-lms' }) inLms = false;
  /** The learner's name from the LMS (untrusted: only ever rendered as text). */
  @property({ attribute: false }) learnerName = '';
  /** Whether the LMS has everything; only a failure is shown, quietly. */
  @property({ attribute: false }) saveStatus: 'saved' | 'pending' | 'failing' = 'saved';
  /** The LMS session has ended after "Save and exit". */
  @property({ type: Boolean }) exited = false;

  @state() private contentsOpen = false;
  @state() private announcement = '';
  @query('main') private main?: HTMLElement;

  readonly #snapshot = new ActorSelectorController<CourseActor, CourseSnapshot>(this, (snapshot) => snapshot);
  #lastViewKey = '';

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('actor')) this.#snapshot.setActor(this.actor);
  }

  override render() {
    const { course } = this;
    if (!course) return nothing;
    const snapshot = this.#snapshot.value;
    const percent = snapshot ? progressPercent(course, snapshot.context.progress) : 0;
    return html`
      <button class="skip-link" type="button" @click=${this.#skipToMain}>${course.strings.skipToContent}</button>
      <header>
        <div class="brand">
          ${course.branding.logoDataUrl ? html`<img src=${course.branding.logoDataUrl} alt=${course.branding.logoAlt} />` : nothing}
          <span>${course.title}</span>
        </div>
        ${this.facilitatorMode ? html`<p class="mode">${course.strings.facilitatorTitle}</p>` : nothing}
        ${this.saveStatus === 'failing' ? html`<p class="save-status" role="status">${course.strings.saveStatusFailing}</p>` : nothing}
        ${snapshot && this.inLms && !this.exited
          ? html`<button class="exit" type="button" @click=${this.#requestExit}>${course.strings.saveAndExit}</button>`
          : nothing}
        ${snapshot
          ? html`<div class="progress">
                <span id="progress-label">${fillTemplate(course.strings.progressLabel, { percent })}</span>
                <progress max="100" .value=${percent} aria-labelledby="progress-label"></progress>
              </div>
              <button
                class="contents-toggle"
                type="button"
                aria-expanded=${this.contentsOpen ? 'true' : 'false'}
                aria-controls="contents"
                @click=${this.#toggleContents}
              >
                ${course.strings.contentsToggle}
              </button>`
          : nothing}
      </header>
      <div class="layout">
        ${!snapshot
          ? nothing
          : this.facilitatorMode
            ? html`<div class="contents open"><slot name="sidebar"></slot></div>`
            : this.#renderContents(course, snapshot)}
        <main id="main" tabindex="-1">
          ${this.notices.map(
            (notice) => html`<div class="notice" role="status">
              <p>${notice.text}</p>
              <button class="secondary" type="button" @click=${() => this.#dismiss(notice.id)}>${course.strings.dismiss}</button>
            </div>`,
          )}
          ${this.exited
            ? html`<h1 tabindex="-1" class="exited">${course.strings.exitedHeading}</h1>
                <p>${course.strings.exitedBody}</p>`
            : snapshot
              ? this.#renderView(course, snapshot)
              : this.#renderResumePrompt(course)}
        </main>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <li-term-dialog .strings=${course.strings}></li-term-dialog>
    `;
  }

  protected override updated(): void {
    const snapshot = this.#snapshot.value;
    if (!snapshot) {
      void this.renderRoot.querySelector<LiResumePrompt>('li-resume-prompt')?.focusHeading();
      return;
    }
    const viewKey = this.#viewKey(snapshot);
    if (viewKey === this.#lastViewKey) return;
    const isFirstView = this.#lastViewKey === '';
    this.#lastViewKey = viewKey;
    this.#announceView(snapshot);
    // On first load focus stays at the top of the document, where the skip link is.
    if (isFirstView) return;
    void this.renderRoot.querySelector<LiPage | LiCompletion>('li-page, li-completion')?.focusHeading();
  }

  #renderContents(course: Course, snapshot: CourseSnapshot) {
    return html`<div class="contents ${this.contentsOpen ? 'open' : ''}" id="contents">
      <li-toc
        .lessons=${course.lessons}
        .statuses=${this.#statuses(course, snapshot)}
        .strings=${course.strings}
        current-page-id=${snapshot.matches({ view: 'completion' }) ? '' : snapshot.context.progress.pageId}
        @navigate-request=${this.#navigate}
      ></li-toc>
    </div>`;
  }

  #renderView(course: Course, snapshot: CourseSnapshot) {
    const { progress } = snapshot.context;
    if (snapshot.matches({ view: 'completion' })) {
      return html`<li-completion
          .courseTitle=${course.title}
          .lessons=${course.lessons}
          .statuses=${this.#statuses(course, snapshot)}
          .credits=${course.credits}
          .learnerName=${this.learnerName}
          language=${course.language}
          .strings=${course.strings}
          ?complete=${isCourseComplete(course, progress)}
          @navigate-request=${this.#navigate}
        ></li-completion>
        <div class="page-turns">
          <button class="secondary" type="button" @click=${() => this.#turn('back')}>${course.strings.back}</button>
        </div>`;
    }
    const location = pageLocation(course, progress.pageId);
    if (!location) return nothing;
    const isFirstPage = location.lessonIndex === 0 && location.pageIndex === 0;
    const isLastPage = location.lessonIndex === course.lessons.length - 1 && location.pageIndex === location.pagesInLesson - 1;
    return html`<li-page
        .lesson=${location.lesson}
        .page=${location.page}
        .strings=${course.strings}
        page-number=${location.pageNumberInLesson}
        .checkActors=${snapshot.context.checks}
        .reflections=${progress.reflections}
        .glossary=${course.glossary}
        .scenarios=${scenariosOnPage(course, location.page, progress)}
        .assessment=${assessmentOnPage(course, location.page, progress)}
        .learner=${learnerDetails(course, progress, this.learnerName)}
        .reflectionNote=${this.inLms ? course.strings.reflectionSavedLms : course.strings.reflectionSavedLocal}
        ?show-facilitator-notes=${this.facilitatorMode}
        @navigate-request=${this.#navigate}
        @reflection-change=${this.#changeReflection}
        @scenario-choose=${this.#chooseInScenario}
        @scenario-restart=${this.#restartScenario}
        @assessment-start=${() => this.actor?.send({ type: 'assessment.start', seed: newSeed() })}
        @assessment-respond=${(event: AssessmentRespondEvent) => this.actor?.send({ type: 'assessment.respond', questionId: event.questionId, optionIds: event.optionIds })}
        @assessment-submit=${() => this.actor?.send({ type: 'assessment.submit' })}
        @action-plan-change=${(event: ActionPlanChangeEvent) => this.actor?.send({ type: 'action-plan.change', field: event.field, text: event.text })}
        @learner-name-change=${(event: LearnerNameChangeEvent) => this.actor?.send({ type: 'learner-name.change', name: event.name })}
      ></li-page>
      <slot name="after-page"></slot>
      <div class="page-turns">
        ${isFirstPage ? nothing : html`<button class="secondary" type="button" @click=${() => this.#turn('back')}>${course.strings.back}</button>`}
        <button class="primary next" type="button" @click=${() => this.#turn('next')}>
          ${isLastPage ? course.strings.finish : course.strings.next}
        </button>
      </div>`;
  }

  #renderResumePrompt(course: Course) {
    return this.resumeAt
      ? html`<li-resume-prompt .strings=${course.strings} resume-at=${this.resumeAt}></li-resume-prompt>`
      : nothing;
  }

  #statuses(course: Course, snapshot: CourseSnapshot): Record<string, LessonStatus> {
    return Object.fromEntries(course.lessons.map((lesson) => [lesson.id, lessonStatus(course, snapshot.context.progress, lesson.id)]));
  }

  #viewKey(snapshot: CourseSnapshot): string {
    return snapshot.matches({ view: 'completion' }) ? 'completion' : `page:${snapshot.context.progress.pageId}`;
  }

  #announceView(snapshot: CourseSnapshot): void {
    const course = this.course;
    if (!course) return;
    const title = snapshot.matches({ view: 'completion' })
      ? isCourseComplete(course, snapshot.context.progress)
        ? course.strings.completionHeading
        : course.strings.completionIncompleteHeading
      : (pageLocation(course, snapshot.context.progress.pageId)?.page.title ?? '');
    this.announcement = fillTemplate(course.strings.pageAnnouncement, { title });
    // The trainer's window says what it is, so the two windows of a live session are easy to tell apart.
    document.title = this.facilitatorMode ? `${course.strings.facilitatorTitle}: ${title} – ${course.title}` : `${title} – ${course.title}`;
  }

  #turn(direction: 'next' | 'back'): void {
    this.actor?.send({ type: direction === 'next' ? 'page.next' : 'page.back' });
  }

  #navigate(event: NavigateRequestEvent): void {
    const course = this.course;
    if (!course) return;
    const term = course.glossary.find((candidate) => candidate.id === event.targetId);
    if (term) {
      void this.renderRoot.querySelector<LiTermDialog>('li-term-dialog')?.show(term);
      return;
    }
    const isLesson = course.lessons.some((lesson) => lesson.id === event.targetId);
    this.actor?.send(isLesson ? { type: 'lesson.goto', lessonId: event.targetId } : { type: 'page.goto', pageId: event.targetId });
    this.contentsOpen = false;
  }

  #chooseInScenario(event: ScenarioChooseEvent): void {
    this.actor?.send({ type: 'scenario.choose', scenarioId: event.scenarioId, choiceId: event.choiceId });
  }

  #restartScenario(event: ScenarioRestartEvent): void {
    this.actor?.send({ type: 'scenario.restart', scenarioId: event.scenarioId });
  }

  #changeReflection(event: ReflectionChangeEvent): void {
    this.actor?.send({ type: 'reflection.change', reflectionId: event.reflectionId, text: event.text });
  }

  #requestExit(): void {
    this.dispatchEvent(new ExitRequestEvent());
  }

  #toggleContents(): void {
    this.contentsOpen = !this.contentsOpen;
  }

  // A button, not a link to #main: fragment links cannot reach into a shadow root.
  #skipToMain(): void {
    this.main?.focus();
  }

  #dismiss(noticeId: string): void {
    this.dispatchEvent(new NoticeDismissEvent(noticeId));
  }
}

/** A fresh assessment seed: the one place the draw meets chance. */
function newSeed(): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % SEED_LIMIT;
}

declare global {
  interface HTMLElementTagNameMap {
    'li-app': LiApp;
  }
}
