import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ReflectionBlock, UiStrings } from '../course/types.js';
import { ReflectionChangeEvent } from './events.js';
import { focusRing, proseStyles, themeTokens } from '../styles/tokens.js';

/**
 * @summary A reflection prompt with a text box. Every keystroke is raised as an event so the
 * answer is saved as it is typed; the note says who can see it.
 *
 * @event reflection-change - The learner's text changed (`ReflectionChangeEvent`).
 */
@customElement('li-reflection')
export class LiReflection extends LitElement {
  static override styles = [
    themeTokens,
    focusRing,
    proseStyles,
    css`
      :host {
        display: block;
        padding: var(--li-space-3) var(--li-space-4) var(--li-space-4);
        border-left: 6px solid var(--li-color-accent);
        background: var(--li-color-surface);
        color: var(--li-color-text);
      }
      .prompt {
        font-weight: 600;
        margin-bottom: var(--li-space-3);
      }
      label {
        display: block;
        font-weight: 600;
        margin-bottom: var(--li-space-1);
      }
      textarea {
        box-sizing: border-box;
        width: 100%;
        min-height: 8rem;
        font: inherit;
        padding: var(--li-space-2);
        border: 2px solid var(--li-color-border);
        border-radius: var(--li-radius);
        color: var(--li-color-text);
        background: var(--li-color-background);
        resize: vertical;
      }
      .saved-note {
        margin: var(--li-space-2) 0 0;
        color: var(--li-color-muted);
        font-size: 0.95em;
      }
    `,
  ];

  @property({ attribute: false }) reflection?: ReflectionBlock;
  @property({ attribute: false }) strings?: UiStrings;
  @property() text = '';
  /** Says where the notes are kept and who can read them; defaults to the on-device wording. */
  @property({ attribute: false }) savedNote = '';

  override render() {
    const { reflection, strings } = this;
    if (!reflection || !strings) return nothing;
    return html`
      <div class="prompt prose" id="prompt">${unsafeHTML(reflection.promptHtml)}</div>
      <label for="answer">${strings.reflectionLabel}</label>
      <textarea
        id="answer"
        aria-describedby="prompt saved-note"
        .value=${live(this.text)}
        @input=${this.#onInput}
      ></textarea>
      <p class="saved-note" id="saved-note">${this.savedNote || strings.reflectionSavedLocal}</p>
    `;
  }

  #onInput(event: InputEvent): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.dispatchEvent(new ReflectionChangeEvent(this.reflection?.id ?? '', text));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'li-reflection': LiReflection;
  }
}
