import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { actionPlanFields, type ActionPlanField, type UiStrings } from '../course/types.js';
import { fillTemplate } from '../course/fill-template.js';
import { actionPlanWording } from '../course/wording-keys.js';
import { ActionPlanChangeEvent } from './events.js';
import { buttons, focusRing, themeTokens } from '../styles/tokens.js';


/** The plan as plain text, for the download: no markup, so it opens anywhere. */
export function actionPlanText(strings: UiStrings, courseTitle: string, plan: Readonly<Partial<Record<ActionPlanField, string>>>): string {
  const sections = actionPlanFields.map((field) => `${strings[actionPlanWording[field][0]]}\n${plan[field]?.trim() || '—'}`);
  return `${fillTemplate(strings.actionPlanFileHeading, { title: courseTitle })}\n\n${sections.join('\n\n')}\n`;
}

/**
 * @summary The learner's innovation agenda for their team: six labelled questions saved as they
 * type, with Print and Download. The follow-up is a date field.
 *
 * @event action-plan-change - A field changed (`ActionPlanChangeEvent`).
 */
@customElement('li-action-plan')
export class LiActionPlan extends LitElement {
  static override styles = [
    themeTokens,
    focusRing,
    buttons,
    css`
      :host {
        display: block;
        color: var(--li-color-text);
      }
      .field + .field {
        margin-top: var(--li-space-4);
      }
      label {
        display: block;
        font-weight: 700;
      }
      .hint {
        margin: var(--li-space-1) 0 var(--li-space-2);
        color: var(--li-color-muted);
      }
      textarea,
      input {
        box-sizing: border-box;
        width: 100%;
        font: inherit;
        padding: var(--li-space-2);
        border: 2px solid var(--li-color-border);
        border-radius: var(--li-radius);
        color: var(--li-color-text);
        background: var(--li-color-background);
      }
      input[type='date'] {
        max-width: 14rem;
      }
      textarea {
        min-height: 5rem;
        resize: vertical;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--li-space-3);
        margin-top: var(--li-space-4);
      }
      @media print {
        .actions {
          display: none;
        }
        textarea,
        input {
          border: 1px solid #000;
        }
      }
    `,
  ];

  @property({ attribute: false }) strings?: UiStrings;
  @property({ attribute: false }) plan: Readonly<Partial<Record<ActionPlanField, string>>> = {};
  @property({ attribute: false }) courseTitle = '';
  /** Saves a file; by default through a Blob URL and a download link (nothing leaves the device). */
  @property({ attribute: false }) download: (fileName: string, text: string) => void = downloadText;

  override render() {
    const { strings } = this;
    if (!strings) return nothing;
    return html`
      <p>${strings.actionPlanIntro}</p>
      ${actionPlanFields.map((field) => {
        const [label, hint] = actionPlanWording[field];
        const value = live(this.plan[field] ?? '');
        const onInput = (event: Event) => this.#change(field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
        return html`<div class="field">
          <label for=${field}>${strings[label]}</label>
          <p class="hint" id="${field}-hint">${strings[hint]}</p>
          ${field === 'followUp'
            ? html`<input id=${field} type="date" aria-describedby="${field}-hint" .value=${value} @input=${onInput} />`
            : html`<textarea id=${field} aria-describedby="${field}-hint" .value=${value} @input=${onInput}></textarea>`}
        </div>`;
      })}
      <div class="actions">
        <button class="primary" type="button" @click=${() => window.print()}>${strings.actionPlanPrint}</button>
        <button class="secondary" type="button" @click=${this.#download}>${strings.actionPlanDownload}</button>
      </div>
    `;
  }

  #change(field: ActionPlanField, text: string): void {
    this.dispatchEvent(new ActionPlanChangeEvent(field, text));
  }

  #download(): void {
    if (!this.strings) return;
    this.download('innovation-agenda.txt', actionPlanText(this.strings, this.courseTitle, this.plan));
  }
}

function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

declare global {
  interface HTMLElementTagNameMap {
    'li-action-plan': LiActionPlan;
  }
}
