import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { focusScreenHeading } from './focus-heading.js';
import type { UiStrings } from '../course/types.js';
import { ResumeChoiceEvent } from './events.js';
import { buttons, focusRing, themeTokens, screenHeading } from '../styles/tokens.js';

/**
 * @summary Asks a returning learner whether to resume where they left off or start again.
 *
 * @event resume-choice - `resume` or `restart` (`ResumeChoiceEvent`).
 */
@customElement('li-resume-prompt')
export class LiResumePrompt extends LitElement {
  static override styles = [
    themeTokens,
    focusRing,
    screenHeading,
    buttons,
    css`
      :host {
        display: block;
        color: var(--li-color-text);
      }
      section {
        max-width: var(--li-measure);
        padding: var(--li-space-4);
        border: 2px solid var(--li-color-primary);
        border-radius: var(--li-radius);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--li-space-3);
        margin-top: var(--li-space-4);
      }
    `,
  ];

  @property({ attribute: false }) strings?: UiStrings;
  /** Where the learner would resume, e.g. the page title. */
  @property({ attribute: 'resume-at' }) resumeAt = '';

  focusHeading(): Promise<void> {
    return focusScreenHeading(this);
  }

  override render() {
    const { strings } = this;
    if (!strings) return nothing;
    return html`
      <section aria-labelledby="resume-heading">
        <h1 id="resume-heading" tabindex="-1">${strings.resumeHeading}</h1>
        <p>${strings.resumeBody}</p>
        ${this.resumeAt ? html`<p><strong>${this.resumeAt}</strong></p>` : nothing}
        <div class="actions">
          <button class="primary" type="button" @click=${() => this.#choose('resume')}>${strings.resumeContinue}</button>
          <button class="secondary" type="button" @click=${() => this.#choose('restart')}>${strings.resumeStartAgain}</button>
        </div>
      </section>
    `;
  }

  #choose(choice: 'resume' | 'restart'): void {
    this.dispatchEvent(new ResumeChoiceEvent(choice));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'li-resume-prompt': LiResumePrompt;
  }
}
