import { LitElement, html, css, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { fillTemplate } from '../course/fill-template.js';
import { customElement, property, query } from 'lit/decorators.js';
import type { Course } from '../course/types.js';
import { sessionLengths, sessionPlan, type SessionLengthId, type SessionPlan } from '../course/session-plan.js';
import type { CourseActor, CourseSnapshot } from '../machines/course.machine.js';
import type { FacilitatorActor, FacilitatorSnapshot } from '../machines/facilitator.machine.js';
import { rightResponse } from '../machines/checks.js';
import { pageLocation } from '../machines/progress.js';
import { ActorSelectorController } from '../controllers/actor-controller.js';
import { proseStyles, themeTokens } from '../styles/tokens.js';
import type { NavigateRequestEvent, SessionLengthChangeEvent, VoteChangeEvent, VoteShowEvent } from './events.js';
import { roomChoice, voteTargets, type VoteTarget } from './vote-targets.js';
import type { LiKeyHelp } from './li-key-help.js';
import './li-app.js';
import './li-facilitator-panel.js';
import './li-vote.js';
import './li-key-help.js';

/**
 * @summary The trainer's window: the course with its facilitator notes, and beside it the session
 * plan, the countdown, the audience controls and, under the page, a class vote for each question
 * or decision on it. Reads the course and facilitator actors and turns the controls' events into
 * their events; opening the audience window is left to the runtime.
 *
 * @event audience-open - The trainer asked for the audience window (from `li-facilitator-panel`).
 */
@customElement('li-facilitator')
export class LiFacilitator extends LitElement {
  static override styles = [
    themeTokens,
    proseStyles,
    css`
    :host {
      display: block;
    }
    .notes {
      padding: var(--li-space-3) var(--li-space-4);
      border: 2px dashed var(--li-color-border);
      border-radius: var(--li-radius);
      background: var(--li-color-surface);
    }
    .notes h2 {
      margin-top: 0;
      font-size: 1.15em;
    }
    .votes {
      display: grid;
      gap: var(--li-space-4, 1.5rem);
      margin-top: var(--li-space-4, 1.5rem);
    }
  `,
  ];

  @property({ attribute: false }) course?: Course;
  @property({ attribute: false }) actor?: CourseActor;
  @property({ attribute: false }) facilitator?: FacilitatorActor;
  /** Whether the audience window is open (the runtime knows). */
  @property({ type: Boolean, attribute: 'audience-open' }) audienceOpen = false;

  @query('li-key-help') private keyHelp?: LiKeyHelp;

  readonly #course = new ActorSelectorController<CourseActor, CourseSnapshot>(this, (snapshot) => snapshot);
  readonly #session = new ActorSelectorController<FacilitatorActor, FacilitatorSnapshot>(this, (snapshot) => snapshot);

  override willUpdate(): void {
    this.#course.setActor(this.actor);
    this.#session.setActor(this.facilitator);
  }

  /** Opens the presenter-keys help (the ? key). */
  showKeyHelp(): void {
    void this.keyHelp?.show();
  }

  override render() {
    const { course, actor } = this;
    const session = this.#session.value;
    const snapshot = this.#course.value;
    const plan = this.#plan();
    if (!course || !actor || !session || !snapshot || !plan) return nothing;
    const { strings } = course;
    const context = session.context;
    const lengthLabels: Record<SessionLengthId, string> = { 'ninety-minutes': strings.sessionLengthNinety, 'half-day': strings.sessionLengthHalfDay };
    const onPage = snapshot.matches({ view: 'page' }) ? voteTargets(course, snapshot.context.progress, strings) : [];
    return html`
      <li-app .course=${course} .actor=${actor} facilitator-mode>
        <li-facilitator-panel
          slot="sidebar"
          .strings=${strings}
          .plan=${plan}
          .lengths=${sessionLengths.map((length) => ({ id: length.id, label: lengthLabels[length.id] }))}
          .lengthId=${context.lengthId}
          .currentLessonId=${this.#currentLessonId()}
          .timer=${{ remainingMs: context.timer.remainingMs, totalMs: context.timer.totalMs, state: timerState(session) }}
          .audienceOpen=${this.audienceOpen}
          .blank=${context.blank}
          @session-length-change=${(event: SessionLengthChangeEvent) => this.facilitator?.send({ type: 'length.choose', lengthId: event.lengthId })}
          @timer-toggle=${() => this.facilitator?.send({ type: 'timer.toggle' })}
          @timer-reset=${() => this.facilitator?.send({ type: 'timer.reset' })}
          @blank-toggle=${() => this.facilitator?.send({ type: 'blank.toggle' })}
          @key-help-request=${() => this.showKeyHelp()}
          @navigate-request=${(event: NavigateRequestEvent) => this.actor?.send({ type: 'lesson.goto', lessonId: event.targetId })}
        ></li-facilitator-panel>
        <div slot="after-page" class="votes">
          ${this.#lessonNotes(course, snapshot)}
          ${onPage.map(
            (target) => html`<li-vote
              .strings=${strings}
              .heading=${target.heading}
              .options=${target.options}
              .counts=${context.votes[target.key] ?? {}}
              .shown=${context.shownVotes.includes(target.key)}
              .actionLabel=${target.kind === 'check' ? strings.voteRevealAnswer : strings.voteTakeRoomChoice}
              .actionDisabled=${!this.#canAct(target, snapshot)}
              @vote-change=${(event: VoteChangeEvent) => this.facilitator?.send({ type: 'vote.change', key: target.key, optionId: event.optionId, delta: event.delta })}
              @vote-show=${(event: VoteShowEvent) => this.facilitator?.send({ type: 'vote.show', key: target.key, shown: event.shown })}
              @vote-clear=${() => this.facilitator?.send({ type: 'vote.clear', key: target.key })}
              @vote-act=${() => this.#act(target)}
            ></li-vote>`,
          )}
        </div>
      </li-app>
      <li-key-help .strings=${strings}></li-key-help>
    `;
  }

  /** The lesson's facilitator notes placed on its other pages: the trainer needs them from the lesson's first page. */
  #lessonNotes(course: Course, snapshot: CourseSnapshot) {
    if (!snapshot.matches({ view: 'page' })) return nothing;
    const location = pageLocation(course, snapshot.context.progress.pageId);
    if (!location) return nothing;
    const notes = location.lesson.pages
      .filter((page) => page.id !== location.page.id)
      .flatMap((page) => page.blocks.filter((block) => block.type === 'facilitator-notes'));
    if (notes.length === 0) return nothing;
    return html`<section class="notes" aria-labelledby="lesson-notes">
      <h2 id="lesson-notes">${fillTemplate(course.strings.facilitatorLessonNotes, { lesson: location.lesson.title })}</h2>
      ${notes.map(
        (block) => html`${block.minutes ? html`<p>${fillTemplate(course.strings.facilitatorMinutes, { minutes: block.minutes })}</p>` : nothing}
          <div class="prose">${unsafeHTML(block.html)}</div>`,
      )}
    </section>`;
  }

  #plan(): SessionPlan | undefined {
    const course = this.course;
    const session = this.#session.value;
    return course && session ? sessionPlan(course, session.context.lengthId) : undefined;
  }

  #currentLessonId(): string {
    const course = this.course;
    const snapshot = this.#course.value;
    return (course && snapshot && pageLocation(course, snapshot.context.progress.pageId)?.lesson.id) ?? '';
  }

  /** Reveal: while the question can still be answered. The room's choice: once the room has voted. */
  #canAct(target: VoteTarget, snapshot: CourseSnapshot): boolean {
    if (target.kind === 'check') {
      const check = snapshot.context.checks[target.checkId]?.getSnapshot();
      return check !== undefined && !check.matches({ answered: 'correct' }) && !check.matches({ answered: { incorrect: 'final' } });
    }
    return roomChoice(target, this.#session.value?.context.votes[target.key]) !== undefined;
  }

  /** Reveal the answer (the right response, submitted) or take the room's choice. */
  #act(target: VoteTarget): void {
    const snapshot = this.#course.value;
    if (!snapshot) return;
    if (target.kind === 'decision') {
      const choiceId = roomChoice(target, this.#session.value?.context.votes[target.key]);
      if (choiceId) this.actor?.send({ type: 'scenario.choose', scenarioId: target.scenarioId, choiceId });
      return;
    }
    const check = snapshot.context.checks[target.checkId];
    const block = check?.getSnapshot().context.check;
    if (!check || !block) return;
    check.send({ type: 'answer.retry' });
    check.send({ type: 'answer.set', optionIds: rightResponse(block) });
    check.send({ type: 'answer.submit' });
  }
}

function timerState(session: FacilitatorSnapshot): 'paused' | 'running' | 'finished' {
  if (session.matches({ timer: 'running' })) return 'running';
  return session.matches({ timer: 'finished' }) ? 'finished' : 'paused';
}

declare global {
  interface HTMLElementTagNameMap {
    'li-facilitator': LiFacilitator;
  }
}
