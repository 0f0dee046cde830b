import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { principleIds, type PrincipleId, type Scenario, type ScenarioChoice, type ScenarioEnding, type ScenarioNode, type UiStrings } from '../course/types.js';
import { fillTemplate } from '../course/fill-template.js';
import { principleWording } from '../course/wording-keys.js';
import { ScenarioChooseEvent, ScenarioRestartEvent } from './events.js';
import { activityPanel, buttons, focusRing, proseStyles, themeTokens } from '../styles/tokens.js';

/** Where the learner is in a scenario, worked out from their path by the app. */
export type ScenarioView =
  | {
      readonly kind: 'node';
      readonly node: ScenarioNode;
      /** 1 for the first decision. */
      readonly decisionNumber: number;
      /** The choice that led here, whose consequence is shown first. */
      readonly lastChoice?: ScenarioChoice;
    }
  | {
      readonly kind: 'ending';
      readonly ending: ScenarioEnding;
      readonly lastChoice?: ScenarioChoice;
      readonly decisions: readonly { readonly node: ScenarioNode; readonly choice: ScenarioChoice }[];
      readonly profile: Readonly<Record<PrincipleId, number>>;
    };


/**
 * @summary A branching scenario: the situation at the current decision and its choices, the
 * consequence of the last choice, and at an ending the debrief (each decision with what a
 * strong leader would weigh, and the learner's profile across the principles).
 *
 * @event scenario-choose - The learner made a decision (`ScenarioChooseEvent`).
 * @event scenario-restart - The learner asked to start again (`ScenarioRestartEvent`).
 */
@customElement('li-scenario')
export class LiScenario extends LitElement {
  static override styles = [
    themeTokens,
    focusRing,
    buttons,
    proseStyles,
    activityPanel,
    css`
      h3 {
        margin: var(--li-space-4) 0 var(--li-space-2);
        font-size: 1.15em;
      }
      h3:focus {
        outline: none;
      }
      h4 {
        margin: var(--li-space-4) 0 var(--li-space-2);
        font-size: 1.05em;
      }
      .consequence {
        padding: var(--li-space-3);
        border-left: 6px solid var(--li-color-accent);
        background: var(--li-color-surface);
      }
      .consequence h3 {
        margin-top: 0;
      }
      .facts {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--li-space-1) var(--li-space-3);
        margin: 0 0 var(--li-space-3);
      }
      .facts dt {
        font-weight: 700;
      }
      .facts dd {
        margin: 0;
      }
      .choices {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--li-space-2);
      }
      .choices button {
        width: 100%;
        text-align: left;
        background: var(--li-color-background);
        color: var(--li-color-text);
        border-color: var(--li-color-primary);
      }
      .decisions li + li {
        margin-top: var(--li-space-3);
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: left;
        padding: var(--li-space-1) var(--li-space-2);
        border-bottom: 1px solid var(--li-color-border);
      }
      .bar {
        display: inline-block;
        height: 0.75rem;
        background: var(--li-color-primary);
        vertical-align: middle;
        margin-left: var(--li-space-2);
      }
      .bar.negative {
        background: var(--li-color-accent);
      }
      .restart {
        margin-top: var(--li-space-4);
      }
    `,
  ];

  @property({ attribute: false }) scenario?: Scenario;
  @property({ attribute: false }) view?: ScenarioView;
  @property({ attribute: false }) strings?: UiStrings;

  #moveFocusAfterRender = false;

  override render() {
    const { scenario, view, strings } = this;
    if (!scenario || !view || !strings) return nothing;
    return html`<section aria-labelledby="scenario-title">
      <h2 id="scenario-title">${scenario.title}</h2>
      ${view.kind === 'node' && view.decisionNumber === 1 ? html`<div class="prose">${unsafeHTML(scenario.introHtml)}</div>` : nothing}
      ${view.lastChoice
        ? html`<div class="consequence">
            <h3 tabindex="-1" class="focus-target">${strings.scenarioWhatHappened}</h3>
            <div class="prose">${unsafeHTML(view.lastChoice.consequenceHtml)}</div>
          </div>`
        : nothing}
      ${view.kind === 'node' ? this.#renderNode(scenario, view.node, view.decisionNumber, strings) : this.#renderEnding(scenario, view, strings)}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#sizeBars();
    if (!changed.has('view') || !this.#moveFocusAfterRender) return;
    this.#moveFocusAfterRender = false;
    // After a decision, start reading at what happened; after a restart, at the first decision.
    this.renderRoot.querySelector<HTMLElement>('.focus-target')?.focus();
  }

  #renderNode(scenario: Scenario, node: ScenarioNode, decisionNumber: number, strings: UiStrings) {
    const hasConsequence = this.view?.lastChoice !== undefined;
    return html`
      <h3 tabindex="-1" class=${hasConsequence ? '' : 'focus-target'}>
        ${fillTemplate(strings.scenarioDecision, { number: decisionNumber })}: ${node.title}
      </h3>
      <dl class="facts">
        <dt>${strings.scenarioWho}</dt>
        <dd>${node.who}</dd>
        <dt>${strings.scenarioWhere}</dt>
        <dd>${node.where}</dd>
        <dt>${strings.scenarioStakes}</dt>
        <dd>${node.stakes}</dd>
      </dl>
      <div class="prose">${unsafeHTML(node.situationHtml)}</div>
      <h4 id="choose-${node.id}">${strings.scenarioChoose}</h4>
      <ul class="choices" aria-labelledby="choose-${node.id}">
        ${node.choices.map(
          (choice) => html`<li>
            <button type="button" class="secondary" @click=${() => this.#choose(scenario, choice)}>
              <span class="prose">${unsafeHTML(choice.textHtml)}</span>
            </button>
          </li>`,
        )}
      </ul>
    `;
  }

  #renderEnding(scenario: Scenario, view: Extract<ScenarioView, { kind: 'ending' }>, strings: UiStrings) {
    const largest = Math.max(1, ...principleIds.map((id) => Math.abs(view.profile[id] ?? 0)));
    return html`
      <h3 tabindex="-1" class=${view.lastChoice ? '' : 'focus-target'}>
        ${fillTemplate(strings.scenarioDebriefHeading, { title: view.ending.title })}
      </h3>
      <div class="prose">${unsafeHTML(view.ending.debriefHtml)}</div>
      <h4>${strings.scenarioYourChoices}</h4>
      <ol class="decisions">
        ${view.decisions.map(
          ({ node, choice }) => html`<li>
            <strong>${node.title}</strong>
            <p>${strings.scenarioYouChose} <span class="prose">${unsafeHTML(choice.textHtml)}</span></p>
            <p>${strings.scenarioWeigh}</p>
            <div class="prose">${unsafeHTML(node.weighHtml)}</div>
          </li>`,
        )}
      </ol>
      <h4 id="profile-heading">${strings.scenarioProfileHeading}</h4>
      <p>${strings.scenarioProfileIntro}</p>
      <table aria-labelledby="profile-heading">
        <thead>
          <tr>
            <th scope="col">${strings.scenarioProfilePrinciple}</th>
            <th scope="col">${strings.scenarioProfileScore}</th>
          </tr>
        </thead>
        <tbody>
          ${principleIds.map((id) => {
            const score = view.profile[id] ?? 0;
            return html`<tr>
              <th scope="row">${strings[principleWording[id]]}</th>
              <td>
                ${score > 0 ? `+${score}` : String(score)}<span
                  class="bar ${score < 0 ? 'negative' : ''}"
                  aria-hidden="true"
                  data-width=${Math.round((Math.abs(score) / largest) * 100)}
                ></span>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      <button class="secondary restart" type="button" @click=${() => this.#restart(scenario)}>${strings.scenarioRestart}</button>
    `;
  }

  /** Bar widths set through the CSSOM: style attributes would need 'unsafe-inline' in the policy. */
  #sizeBars(): void {
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('.bar')) bar.style.width = `${Number(bar.dataset['width'] ?? 0) / 10}rem`;
  }

  #choose(scenario: Scenario, choice: ScenarioChoice): void {
    this.#moveFocusAfterRender = true;
    this.dispatchEvent(new ScenarioChooseEvent(scenario.id, choice.id));
  }

  #restart(scenario: Scenario): void {
    this.#moveFocusAfterRender = true;
    this.dispatchEvent(new ScenarioRestartEvent(scenario.id));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'li-scenario': LiScenario;
  }
}
