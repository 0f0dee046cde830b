import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AnyActorRef } from 'xstate';
import type { KnowledgeCheckBlock, UiStrings } from '../course/types.js';
import type { KnowledgeCheckSnapshot } from '../machines/knowledge-check.machine.js';
import { ActorSelectorController } from '../controllers/actor-controller.js';
import type { QuestionMode } from './li-question.js';
import type { AnswerMatchEvent, AnswerMoveEvent, AnswerSelectEvent } from './events.js';
import './li-question.js';

/**
 * @summary Connects one question's actor to `<li-question>`: reads the actor's snapshot and turns
 * the question's events into actor events. Holds no state of its own.
 */
@customElement('li-knowledge-check')
export class LiKnowledgeCheck extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  @property({ attribute: false }) check?: KnowledgeCheckBlock;
  @property({ attribute: false }) strings?: UiStrings;
  /** The check's actor, spawned by the course machine. */
  @property({ attribute: false }) actor?: AnyActorRef;

  readonly #snapshot = new ActorSelectorController<AnyActorRef, KnowledgeCheckSnapshot>(
    this,
    (snapshot) => snapshot as KnowledgeCheckSnapshot,
  );

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('actor')) this.#snapshot.setActor(this.actor);
  }

  override render() {
    const snapshot = this.#snapshot.value;
    if (!this.check || !this.strings || !snapshot) return nothing;
    const { selected, attempts } = snapshot.context;
    return html`<li-question
      .check=${this.check}
      .strings=${this.strings}
      .mode=${questionMode(snapshot)}
      .selected=${selected}
      .attemptsLeft=${Math.max(0, this.check.maxAttempts - attempts)}
      @answer-select=${(event: AnswerSelectEvent) => this.actor?.send({ type: 'answer.select', optionId: event.optionId })}
      @answer-move=${(event: AnswerMoveEvent) => this.actor?.send({ type: 'answer.move', optionId: event.optionId, offset: event.offset })}
      @answer-match=${(event: AnswerMatchEvent) => this.actor?.send({ type: 'answer.match', optionId: event.optionId, matchId: event.matchId })}
      @answer-submit=${() => this.actor?.send({ type: 'answer.submit' })}
      @answer-retry=${() => this.actor?.send({ type: 'answer.retry' })}
    ></li-question>`;
  }
}

function questionMode(snapshot: KnowledgeCheckSnapshot): QuestionMode {
  if (snapshot.matches({ answered: 'correct' })) return 'correct';
  if (snapshot.matches({ answered: 'incorrect' })) return 'incorrect';
  return 'choosing';
}

declare global {
  interface HTMLElementTagNameMap {
    'li-knowledge-check': LiKnowledgeCheck;
  }
}
