import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { focusScreenHeading } from './focus-heading.js';
import type { Credit, Lesson, UiStrings } from '../course/types.js';
import { fillTemplate } from '../course/fill-template.js';
import { requestNavigation } from './events.js';
import type { LessonStatus } from './li-toc.js';
import { focusRing, themeTokens, screenHeading } from '../styles/tokens.js';

/**
 * @summary The end of the course: a completion message, or the lessons still to finish, and the
 * sources the course is built from.
 *
 * @event navigate-request - The learner chose an unfinished lesson.
 */
@customElement('li-completion')
export class LiCompletion extends LitElement {
  static override styles = [
    themeTokens,
    focusRing,
    screenHeading,
    css`
      :host {
        display: block;
        color: var(--li-color-text);
      }
      .panel {
        padding: var(--li-space-4);
        border-radius: var(--li-radius);
        background: var(--li-color-success-surface);
        border-left: 8px solid var(--li-color-success);
      }
      .panel > :first-child {
        margin-top: 0;
      }
      .panel > :last-child {
        margin-bottom: 0;
      }
      .panel.incomplete {
        background: var(--li-color-surface);
        border-color: var(--li-color-accent);
      }
      a {
        color: var(--li-color-primary);
      }
      h2 {
        font-size: 1.2em;
        margin: var(--li-space-5) 0 var(--li-space-2);
      }
      .credits li + li {
        margin-top: var(--li-space-2);
      }
    `,
  ];

  @property({ attribute: false }) courseTitle = '';
  @property({ attribute: false }) lessons: readonly Lesson[] = [];
  @property({ attribute: false }) statuses: Readonly<Record<string, LessonStatus>> = {};
  @property({ attribute: false }) credits: readonly Credit[] = [];
  @property({ attribute: false }) strings?: UiStrings;
  @property({ type: Boolean }) complete = false;
  /** The learner's name from the LMS, untrusted text: rendered as text only. */
  @property({ attribute: false }) learnerName = '';
  /** BCP 47 tag the credit dates are written in. */
  @property() language = 'en-GB';

  focusHeading(): Promise<void> {
    return focusScreenHeading(this);
  }

  override render() {
    const { strings } = this;
    if (!strings) return nothing;
    const unfinished = this.lessons.filter((lesson) => this.statuses[lesson.id] !== 'complete');
    return html`
      ${this.complete
        ? html`<h1 tabindex="-1">${this.learnerName ? fillTemplate(strings.completionHeadingNamed, { name: this.learnerName }) : strings.completionHeading}</h1>
            <div class="panel"><p>${fillTemplate(strings.completionBody, { title: this.courseTitle })}</p></div>`
        : html`<h1 tabindex="-1">${strings.completionIncompleteHeading}</h1>
            <div class="panel incomplete">
              <p>${strings.completionIncompleteBody}</p>
              <ul>
                ${unfinished.map(
                  (lesson) => html`<li><a href="#${lesson.id}" @click=${requestNavigation}>${lesson.title}</a></li>`,
                )}
              </ul>
            </div>`}
      ${this.credits.length > 0
        ? html`<h2>${strings.creditsHeading}</h2>
            <ul class="credits">
              ${this.credits.map((credit) => html`<li>${this.#renderCredit(credit)}</li>`)}
            </ul>`
        : nothing}
    `;
  }

  #formatDate(isoDate: string): string {
    const date = new Date(`${isoDate}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return isoDate;
    return new Intl.DateTimeFormat(this.language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }

  #renderCredit(credit: Credit) {
    const byline = [credit.author, credit.role, credit.organisation].filter(Boolean).join(', ');
    const published = [credit.publisher, credit.date && this.#formatDate(credit.date)].filter(Boolean).join(', ');
    const title = credit.url
      ? html`<a href=${credit.url} target="_blank" rel="noopener noreferrer">${credit.title}</a>`
      : html`<cite>${credit.title}</cite>`;
    return html`${title}${byline ? html` — ${byline}` : nothing}${published ? html` (${published})` : nothing}${credit.note
      ? html`. ${credit.note}`
      : nothing}`;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'li-completion': LiCompletion;
  }
}
