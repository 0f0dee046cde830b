import { LitElement, html, css, nothing, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { UiStrings } from '../course/types.js';
import { buttons, focusRing, modalDialog, themeTokens, visuallyHidden } from '../styles/tokens.js';

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/**
 * @summary The presenter keys, in a modal dialog: next and previous page, blank the audience
 * screen, start or pause the timer, and this help. The native `<dialog>` traps focus and closes
 * on Escape; focus goes back to wherever it was when the help opened.
 */
@customElement('li-key-help')
export class LiKeyHelp extends LitElement {
  static override styles = [
    modalDialog,
    themeTokens,
    focusRing,
    visuallyHidden,
    buttons,
    css`
      dialog {
        width: min(34rem, calc(100vw - 2rem));
      }
      h2 {
        margin: 0 0 var(--li-space-3);
        font-size: 1.4em;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--li-space-2) var(--li-space-4);
        align-items: baseline;
        margin: 0;
      }
      dt {
        white-space: nowrap;
      }
      dd {
        margin: 0;
      }
      kbd {
        display: inline-block;
        min-width: 1.6em;
        padding: 0.05em 0.45em;
        border: 1px solid var(--li-color-border);
        border-bottom-width: 3px;
        border-radius: 0.3em;
        background: var(--li-color-surface);
        font-family: inherit;
        font-weight: 700;
        text-align: center;
      }
      .or {
        color: var(--li-color-muted);
      }
      .actions {
        margin-top: var(--li-space-4);
      }
    `,
  ];

  @property({ attribute: false }) strings?: UiStrings;
  @query('dialog') private dialog?: HTMLDialogElement;

  #returnFocusTo: HTMLElement | undefined;

  /** Opens the help, remembering where focus was so closing can put it back. */
  async show(): Promise<void> {
    await this.updateComplete;
    if (!this.dialog || this.dialog.open) return;
    this.#returnFocusTo = deepActiveElement();
    this.dialog.showModal();
  }

  close(): void {
    this.dialog?.close();
  }

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  override render() {
    const { strings } = this;
    if (!strings) return nothing;
    const rows: readonly (readonly [TemplateResult, string])[] = [
      [html`${this.#arrow('→', strings.keyRightArrow)}${this.#or(strings)}<kbd>${strings.keyPageDown}</kbd>`, strings.keyHelpNext],
      [html`${this.#arrow('←', strings.keyLeftArrow)}${this.#or(strings)}<kbd>${strings.keyPageUp}</kbd>`, strings.keyHelpPrevious],
      [html`<kbd>B</kbd>`, strings.keyHelpBlank],
      [html`<kbd>T</kbd>`, strings.keyHelpTimer],
      [html`<kbd>?</kbd>`, strings.keyHelpHelp],
    ];
    return html`<dialog aria-labelledby="key-help-heading" @close=${this.#restoreFocus}>
      <h2 id="key-help-heading">${strings.keyHelpHeading}</h2>
      <dl>${rows.map(([keys, action]) => html`<dt>${keys}</dt><dd>${action}</dd>`)}</dl>
      <div class="actions">
        <button class="primary" type="button" @click=${this.close}>${strings.keyHelpClose}</button>
      </div>
    </dialog>`;
  }

  #arrow(glyph: string, name: string) {
    return html`<kbd><span aria-hidden="true">${glyph}</span><span class="visually-hidden">${name}</span></kbd>`;
  }

  #or(strings: UiStrings) {
    return html`<span class="or"> ${strings.keyHelpOr} </span>`;
  }

  #restoreFocus(): void {
    const target = this.#returnFocusTo;
    this.#returnFocusTo = undefined;
    if (target?.isConnected) target.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'li-key-help': LiKeyHelp;
  }
}
