import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { UiStrings } from '../course/types.js';
import { fillTemplate } from '../course/fill-template.js';
import { LearnerNameChangeEvent } from './events.js';
import { buttons, focusRing, themeTokens } from '../styles/tokens.js';

/**
 * @summary The certificate of completion: the learner's name (from the LMS, or typed here),
 * the course title, the day it was completed and the score. Made in the page, printed on A4
 * landscape; the name is untrusted and only ever rendered as text.
 *
 * @event learner-name-change - The learner typed their name (`LearnerNameChangeEvent`).
 */
@customElement('li-certificate')
export class LiCertificate extends LitElement {
  static override styles = [
    themeTokens,
    focusRing,
    buttons,
    css`
      :host {
        display: block;
        color: var(--li-color-text);
      }
      label {
        display: block;
        font-weight: 700;
      }
      .hint {
        margin: var(--li-space-1) 0 var(--li-space-2);
        color: var(--li-color-muted);
      }
      input {
        box-sizing: border-box;
        width: 100%;
        max-width: 30rem;
        font: inherit;
        padding: var(--li-space-2);
        border: 2px solid var(--li-color-border);
        border-radius: var(--li-radius);
      }
      .certificate {
        page: certificate;
        margin-top: var(--li-space-4);
        padding: var(--li-space-5) var(--li-space-4);
        border: 6px double var(--li-color-primary);
        text-align: center;
        background: var(--li-color-background);
      }
      .certificate .title {
        font-size: 1.6em;
        font-weight: 700;
        margin: 0 0 var(--li-space-4);
        color: var(--li-color-primary);
      }
      .certificate .name {
        font-size: 2em;
        font-weight: 700;
        margin: var(--li-space-2) 0;
        overflow-wrap: anywhere;
      }
      .certificate p {
        margin: var(--li-space-2) 0;
      }
      .actions {
        margin-top: var(--li-space-4);
      }
      @media print {
        .name-field,
        .actions {
          display: none;
        }
        .certificate {
          margin: 0;
          min-height: 150mm;
          display: flex;
          flex-direction: column;
          justify-content: center;
        }
      }
    `,
  ];

  @property({ attribute: false }) strings?: UiStrings;
  @property({ attribute: false }) courseTitle = '';
  /** The name from the LMS; when set, the learner cannot change it here. */
  @property({ attribute: false }) lmsName = '';
  /** The name the learner typed (used when there is no LMS name). */
  @property({ attribute: false }) typedName = '';
  /** `yyyy-mm-dd`; no certificate until the course is complete. */
  @property({ attribute: false }) completedOn = '';
  @property({ attribute: false }) score: number | undefined = undefined;
  /** A course with a final assessment gives its certificate for a pass only. */
  @property({ type: Boolean }) passed = true;
  @property() language = 'en-GB';

  override render() {
    const { strings } = this;
    if (!strings) return nothing;
    if (!this.completedOn) return html`<p class="not-yet">${strings.certificateNotYet}</p>`;
    if (!this.passed) return html`<p class="not-yet">${strings.certificateNotPassed}</p>`;
    const name = this.lmsName || this.typedName;
    return html`
      ${this.lmsName
        ? nothing
        : html`<div class="name-field">
            <label for="name">${strings.certificateNameLabel}</label>
            <p class="hint" id="name-hint">${strings.certificateNameHint}</p>
            <input
              id="name"
              autocomplete="name"
              aria-describedby="name-hint"
              .value=${live(this.typedName)}
              @input=${(event: Event) => this.dispatchEvent(new LearnerNameChangeEvent((event.target as HTMLInputElement).value))}
            />
          </div>`}
      <section class="certificate" aria-labelledby="certificate-title">
        <p class="title" id="certificate-title">${strings.certificateHeading}</p>
        <p>${strings.certificateStatement}</p>
        <p class="name">${name}</p>
        <p>${fillTemplate(strings.certificateCourse, { title: this.courseTitle })}</p>
        <p>${fillTemplate(strings.certificateDate, { date: this.#formatDay(this.completedOn) })}</p>
        ${this.score === undefined ? nothing : html`<p>${fillTemplate(strings.certificateScore, { score: this.score })}</p>`}
      </section>
      <div class="actions">
        <button class="primary" type="button" @click=${() => window.print()}>${strings.certificatePrint}</button>
      </div>
    `;
  }

  #formatDay(day: string): string {
    const date = new Date(`${day}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat(this.language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'li-certificate': LiCertificate;
  }
}
