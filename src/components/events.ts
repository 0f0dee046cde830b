/**
 * The DOM events leaf components raise. Each bubbles and crosses shadow roots so the app shell,
 * the only place that talks to the course actor, can hear it.
 */

const crossing = { bubbles: true, composed: true } as const;

/** The learner asked to open a page or a lesson (contents link, in-text link, completion list). */
export class NavigateRequestEvent extends Event {
  static readonly eventName = 'navigate-request';
  readonly targetId: string;
  constructor(targetId: string) {
    super(NavigateRequestEvent.eventName, crossing);
    this.targetId = targetId;
  }
}

/** Click handler for an in-course `#id` link: stays on the page and raises a navigation request. */
export function requestNavigation(event: MouseEvent): void {
  event.preventDefault();
  const link = event.currentTarget as HTMLAnchorElement;
  link.dispatchEvent(new NavigateRequestEvent((link.getAttribute('href') ?? '').slice(1)));
}

export class AnswerSelectEvent extends Event {
  static readonly eventName = 'answer-select';
  readonly optionId: string;
  constructor(optionId: string) {
    super(AnswerSelectEvent.eventName, crossing);
    this.optionId = optionId;
  }
}

/** Ordering: the learner moved a step one place up (-1) or down (+1). */
export class AnswerMoveEvent extends Event {
  static readonly eventName = 'answer-move';
  readonly optionId: string;
  readonly offset: -1 | 1;
  constructor(optionId: string, offset: -1 | 1) {
    super(AnswerMoveEvent.eventName, crossing);
    this.optionId = optionId;
    this.offset = offset;
  }
}

/** Matching: the learner chose a match (`matchId`, '' for none) for the prompt of `optionId`. */
export class AnswerMatchEvent extends Event {
  static readonly eventName = 'answer-match';
  readonly optionId: string;
  readonly matchId: string;
  constructor(optionId: string, matchId: string) {
    super(AnswerMatchEvent.eventName, crossing);
    this.optionId = optionId;
    this.matchId = matchId;
  }
}

export class AnswerSubmitEvent extends Event {
  static readonly eventName = 'answer-submit';
  constructor() {
    super(AnswerSubmitEvent.eventName, crossing);
  }
}

export class AnswerRetryEvent extends Event {
  static readonly eventName = 'answer-retry';
  constructor() {
    super(AnswerRetryEvent.eventName, crossing);
  }
}

export class ReflectionChangeEvent extends Event {
  static readonly eventName = 'reflection-change';
  readonly reflectionId: string;
  readonly text: string;
  constructor(reflectionId: string, text: string) {
    super(ReflectionChangeEvent.eventName, crossing);
    this.reflectionId = reflectionId;
    this.text = text;
  }
}

export class ResumeChoiceEvent extends Event {
  static readonly eventName = 'resume-choice';
  readonly choice: 'resume' | 'restart';
  constructor(choice: 'resume' | 'restart') {
    super(ResumeChoiceEvent.eventName, crossing);
    this.choice = choice;
  }
}

/** The learner asked to save and leave (LMS sessions only). */
export class ExitRequestEvent extends Event {
  static readonly eventName = 'exit-request';
  constructor() {
    super(ExitRequestEvent.eventName, crossing);
  }
}

/** Scenario: the learner made a decision. */
export class ScenarioChooseEvent extends Event {
  static readonly eventName = 'scenario-choose';
  readonly scenarioId: string;
  readonly choiceId: string;
  constructor(scenarioId: string, choiceId: string) {
    super(ScenarioChooseEvent.eventName, crossing);
    this.scenarioId = scenarioId;
    this.choiceId = choiceId;
  }
}

/** Scenario: the learner asked to start it again. */
export class ScenarioRestartEvent extends Event {
  static readonly eventName = 'scenario-restart';
  readonly scenarioId: string;
  constructor(scenarioId: string) {
    super(ScenarioRestartEvent.eventName, crossing);
    this.scenarioId = scenarioId;
  }
}

/** The learner changed a field of their action plan. */
export class ActionPlanChangeEvent extends Event {
  static readonly eventName = 'action-plan-change';
  readonly field: string;
  readonly text: string;
  constructor(field: string, text: string) {
    super(ActionPlanChangeEvent.eventName, crossing);
    this.field = field;
    this.text = text;
  }
}

/** The learner typed the name for their certificate. */
export class LearnerNameChangeEvent extends Event {
  static readonly eventName = 'learner-name-change';
  readonly name: string;
  constructor(name: string) {
    super(LearnerNameChangeEvent.eventName, crossing);
    this.name = name;
  }
}

export class NoticeDismissEvent extends Event {
  static readonly eventName = 'notice-dismiss';
  readonly noticeId: string;
  constructor(noticeId: string) {
    super(NoticeDismissEvent.eventName, crossing);
    this.noticeId = noticeId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'navigate-request': NavigateRequestEvent;
    'answer-select': AnswerSelectEvent;
    'answer-submit': AnswerSubmitEvent;
    'answer-move': AnswerMoveEvent;
    'answer-match': AnswerMatchEvent;
    'answer-retry': AnswerRetryEvent;
    'reflection-change': ReflectionChangeEvent;
    'resume-choice': ResumeChoiceEvent;
    'notice-dismiss': NoticeDismissEvent;
    'exit-request': ExitRequestEvent;
    'scenario-choose': ScenarioChooseEvent;
    'scenario-restart': ScenarioRestartEvent;
    'action-plan-change': ActionPlanChangeEvent;
    'learner-name-change': LearnerNameChangeEvent;
  }
}

/** Assessment: the learner asked to start an attempt (the app picks its seed). */
export class AssessmentStartEvent extends Event {
  static readonly eventName = 'assessment-start';
  constructor() {
    super(AssessmentStartEvent.eventName, crossing);
  }
}

/** Assessment: the learner's response to one question changed ([] for none). */
export class AssessmentRespondEvent extends Event {
  static readonly eventName = 'assessment-respond';
  readonly questionId: string;
  readonly optionIds: readonly string[];
  constructor(questionId: string, optionIds: readonly string[]) {
    super(AssessmentRespondEvent.eventName, crossing);
    this.questionId = questionId;
    this.optionIds = optionIds;
  }
}

/** Assessment: the learner submitted the attempt. */
export class AssessmentSubmitEvent extends Event {
  static readonly eventName = 'assessment-submit';
  constructor() {
    super(AssessmentSubmitEvent.eventName, crossing);
  }
}

/** Trainer mode, class vote: the facilitator added (+1) or removed (-1) a vote for an option. */
export class VoteChangeEvent extends Event {
  static readonly eventName = 'vote-change';
  readonly optionId: string;
  readonly delta: -1 | 1;
  constructor(optionId: string, delta: -1 | 1) {
    super(VoteChangeEvent.eventName, crossing);
    this.optionId = optionId;
    this.delta = delta;
  }
}

/** Trainer mode, class vote: the facilitator asked to show (true) or hide the results on the audience screen. */
export class VoteShowEvent extends Event {
  static readonly eventName = 'vote-show';
  readonly shown: boolean;
  constructor(shown: boolean) {
    super(VoteShowEvent.eventName, crossing);
    this.shown = shown;
  }
}

/** Trainer mode, class vote: the facilitator asked to set every count back to 0. */
export class VoteClearEvent extends Event {
  static readonly eventName = 'vote-clear';
  constructor() {
    super(VoteClearEvent.eventName, crossing);
  }
}

/** Trainer mode, class vote: the facilitator pressed the vote's action (reveal the answer, take the room's choice). */
export class VoteActEvent extends Event {
  static readonly eventName = 'vote-act';
  constructor() {
    super(VoteActEvent.eventName, crossing);
  }
}

/** Trainer mode: the facilitator chose another session length (an id of `sessionLengths`). */
export class SessionLengthChangeEvent extends Event {
  static readonly eventName = 'session-length-change';
  readonly lengthId: string;
  constructor(lengthId: string) {
    super(SessionLengthChangeEvent.eventName, crossing);
    this.lengthId = lengthId;
  }
}

/** Trainer mode: the facilitator asked to start or pause the timer. */
export class TimerToggleEvent extends Event {
  static readonly eventName = 'timer-toggle';
  constructor() {
    super(TimerToggleEvent.eventName, crossing);
  }
}

/** Trainer mode: the facilitator asked to set the timer back to its full time. */
export class TimerResetEvent extends Event {
  static readonly eventName = 'timer-reset';
  constructor() {
    super(TimerResetEvent.eventName, crossing);
  }
}

/** Trainer mode: the facilitator asked to open (or bring back) the audience window. */
export class AudienceOpenEvent extends Event {
  static readonly eventName = 'audience-open';
  constructor() {
    super(AudienceOpenEvent.eventName, crossing);
  }
}

/** Trainer mode: the facilitator asked to blank the audience screen, or show it again. */
export class BlankToggleEvent extends Event {
  static readonly eventName = 'blank-toggle';
  constructor() {
    super(BlankToggleEvent.eventName, crossing);
  }
}

/** Trainer mode: the facilitator asked for the presenter-keys help. */
export class KeyHelpRequestEvent extends Event {
  static readonly eventName = 'key-help-request';
  constructor() {
    super(KeyHelpRequestEvent.eventName, crossing);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vote-change': VoteChangeEvent;
    'vote-show': VoteShowEvent;
    'vote-clear': VoteClearEvent;
    'vote-act': VoteActEvent;
    'session-length-change': SessionLengthChangeEvent;
    'timer-toggle': TimerToggleEvent;
    'timer-reset': TimerResetEvent;
    'audience-open': AudienceOpenEvent;
    'blank-toggle': BlankToggleEvent;
    'key-help-request': KeyHelpRequestEvent;
  }
}
