import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Lesson, UiStrings } from '../course/types.js';
import { fillTemplate } from '../course/fill-template.js';
import { requestNavigation } from './events.js';
import { focusRing, themeTokens } from '../styles/tokens.js';

export type LessonStatus = 'not-started' | 'in-progress' | 'complete';

/**
 * @summary The table of contents: every lesson with its status and estimated minutes, and the
 * pages of the lesson in view. Links are real anchors; following one raises a navigation request.
 *
 * @event navigate-request - The learner chose a lesson or page (`NavigateRequestEvent`).
 */
@customElement('li-toc')
export class LiToc extends LitElement {
  static override styles = [
    themeTokens,
    focusRing,
    css`
      :host {
        display: block;
        color: var(--li-color-text);
      }
      h2 {
        font-size: 1.125em;
        margin: 0 0 var(--li-space-3);
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .lesson + .lesson {
        margin-top: var(--li-space-3);
      }
      a {
        color: var(--li-color-primary);
        font-weight: 600;
        text-underline-offset: 0.15em;
      }
      a[aria-current] {
        color: var(--li-color-text);
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: var(--li-space-1) var(--li-space-3);
        font-size: 0.9em;
        color: var(--li-color-muted);
        margin-top: var(--li-space-1);
      }
      .status {
        font-weight: 600;
      }
      .status.complete {
        color: var(--li-color-success);
      }
      .status.complete::before {
        content: '✓ ';
      }
      .pages {
        margin: var(--li-space-2) 0 0 var(--li-space-3);
        border-left: 2px solid var(--li-color-border);
        padding-left: var(--li-space-3);
      }
      .pages li + li {
        margin-top: var(--li-space-1);
      }
      .pages a {
        font-weight: 400;
      }
      .pages a[aria-current] {
        font-weight: 700;
      }
    `,
  ];

  @property({ attribute: false }) lessons: readonly Lesson[] = [];
  @property({ attribute: false }) statuses: Readonly<Record<string, LessonStatus>> = {};
  @property({ attribute: false }) strings?: UiStrings;
  @property({ attribute: 'current-page-id' }) currentPageId = '';

  override render() {
    const { strings } = this;
    if (!strings) return nothing;
    return html`
      <nav aria-labelledby="contents-heading">
        <h2 id="contents-heading">${strings.contentsHeading}</h2>
        <ol>
          ${this.lessons.map((lesson) => this.#renderLesson(lesson, strings))}
        </ol>
      </nav>
    `;
  }

  #renderLesson(lesson: Lesson, strings: UiStrings) {
    const status = this.statuses[lesson.id] ?? 'not-started';
    const isCurrent = lesson.pages.some((page) => page.id === this.currentPageId);
    const statusText = { 'not-started': strings.lessonNotStarted, 'in-progress': strings.lessonInProgress, complete: strings.lessonComplete }[status];
    return html`
      <li class="lesson">
        <a href="#${lesson.id}" aria-current=${isCurrent ? 'true' : nothing} @click=${requestNavigation}>${lesson.title}</a>
        <div class="meta">
          <span class="status ${status}">${statusText}</span>
          <span>${lesson.estimatedMinutes === 1 ? strings.minutesEstimateOne : fillTemplate(strings.minutesEstimate, { minutes: lesson.estimatedMinutes })}</span>
        </div>
        ${isCurrent
          ? html`<ol class="pages">
              ${lesson.pages.map(
                (page) => html`<li>
                  <a href="#${page.id}" aria-current=${page.id === this.currentPageId ? 'page' : nothing} @click=${requestNavigation}
                    >${page.title}</a
                  >
                </li>`,
              )}
            </ol>`
          : nothing}
      </li>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'li-toc': LiToc;
  }
}
