import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { GlossaryTerm, UiStrings } from '../course/types.js';
import { buttons, focusRing, modalDialog, proseStyles, themeTokens } from '../styles/tokens.js';

/**
 * @summary A glossary definition in a modal dialog, opened from a term link so the learner keeps
 * their place. The native `<dialog>` traps focus, closes on Escape and hands focus back to the
 * link.
 */
@customElement('li-term-dialog')
export class LiTermDialog extends LitElement {
  static override styles = [
    modalDialog,
    themeTokens,
    focusRing,
    buttons,
    proseStyles,
    css`
      dialog {
        max-width: min(32rem, calc(100vw - 2rem));
      }
      .kicker {
        margin: 0;
        color: var(--li-color-muted);
        font-weight: 600;
      }
      h2 {
        margin: 0 0 var(--li-space-3);
        font-size: 1.4em;
      }
      .actions {
        margin-top: var(--li-space-4);
      }
    `,
  ];

  @property({ attribute: false }) strings?: UiStrings;
  @state() private term: GlossaryTerm | undefined;
  @query('dialog') private dialog?: HTMLDialogElement;

  /** Shows the definition of `term`. */
  async show(term: GlossaryTerm): Promise<void> {
    this.term = term;
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
  }

  close(): void {
    this.dialog?.close();
  }

  override render() {
    const { strings, term } = this;
    if (!strings) return nothing;
    return html`<dialog aria-labelledby="term-heading" @close=${() => (this.term = undefined)}>
      ${term
        ? html`<p class="kicker">${strings.glossaryHeading}</p>
            <h2 id="term-heading">${term.term}</h2>
            <div class="prose">${unsafeHTML(term.definitionHtml)}</div>
            <div class="actions">
              <button class="primary" type="button" @click=${this.close}>${strings.glossaryClose}</button>
            </div>`
        : nothing}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'li-term-dialog': LiTermDialog;
  }
}
