/**
 * A trainer's live session, beside the course itself: the chosen session length, the countdown
 * for the activity in hand, the room's votes, which vote results the room can see, and whether
 * the audience screen is blanked. The course's own progress stays in the course machine.
 */
import { assertEvent, assign, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { sessionLengths, type SessionLengthId } from '../course/session-plan.js';

/** The room's votes on one question or decision: a count per option or choice id. */
export type VoteCounts = Readonly<Record<string, number>>;

export interface FacilitatorContext {
  readonly lengthId: SessionLengthId;
  /** The audience screen shows nothing (B). */
  readonly blank: boolean;
  /** By vote key (see `voteKey`). */
  readonly votes: Readonly<Record<string, VoteCounts>>;
  /** Vote keys whose results the audience screen shows. */
  readonly shownVotes: readonly string[];
  /** What the countdown is for (a lesson id), its length and what is left. */
  readonly timer: { readonly activityId: string; readonly totalMs: number; readonly remainingMs: number };
}

export type FacilitatorEvent =
  | { readonly type: 'length.choose'; readonly lengthId: string }
  | { readonly type: 'blank.toggle' }
  | { readonly type: 'vote.change'; readonly key: string; readonly optionId: string; readonly delta: number }
  | { readonly type: 'vote.clear'; readonly key: string }
  | { readonly type: 'vote.show'; readonly key: string; readonly shown: boolean }
  /** A new activity is in hand (the trainer moved to another lesson): the countdown resets to its minutes. */
  | { readonly type: 'timer.set'; readonly activityId: string; readonly minutes: number }
  | { readonly type: 'timer.toggle' }
  | { readonly type: 'timer.reset' };

/** Where a vote belongs: a knowledge check, or one decision of a scenario. */
export function voteKey(target: { readonly checkId: string } | { readonly scenarioId: string; readonly nodeId: string }): string {
  return 'checkId' in target ? `check:${target.checkId}` : `decision:${target.scenarioId}:${target.nodeId}`;
}

/** Most votes one option can hold: a room, not a crowd; stops a held key running away. */
export const MAX_VOTES = 999;

const TICK_MS = 1000;

function isLengthId(value: string): value is SessionLengthId {
  return sessionLengths.some((length) => length.id === value);
}

export const facilitatorMachine = setup({
  types: {
    context: {} as FacilitatorContext,
    events: {} as FacilitatorEvent,
    input: {} as { readonly lengthId?: SessionLengthId },
  },
  guards: {
    hasTimeLeft: ({ context }) => context.timer.remainingMs > 0,
    isOutOfTime: ({ context }) => context.timer.remainingMs <= 0,
    isKnownLength: ({ event }) => {
      assertEvent(event, 'length.choose');
      return isLengthId(event.lengthId);
    },
    isNewActivity: ({ context, event }) => {
      assertEvent(event, 'timer.set');
      return event.activityId !== context.timer.activityId && Number.isFinite(event.minutes) && event.minutes >= 0;
    },
  },
  actions: {
    chooseLength: assign(({ event }) => {
      assertEvent(event, 'length.choose');
      return isLengthId(event.lengthId) ? { lengthId: event.lengthId } : {};
    }),
    toggleBlank: assign(({ context }) => ({ blank: !context.blank })),
    changeVote: assign(({ context, event }) => {
      assertEvent(event, 'vote.change');
      const counts = context.votes[event.key] ?? {};
      const count = Math.min(MAX_VOTES, Math.max(0, (counts[event.optionId] ?? 0) + Math.trunc(event.delta)));
      return { votes: { ...context.votes, [event.key]: { ...counts, [event.optionId]: count } } };
    }),
    clearVote: assign(({ context, event }) => {
      assertEvent(event, 'vote.clear');
      const { [event.key]: _cleared, ...votes } = context.votes;
      return { votes, shownVotes: context.shownVotes.filter((key) => key !== event.key) };
    }),
    showVote: assign(({ context, event }) => {
      assertEvent(event, 'vote.show');
      const others = context.shownVotes.filter((key) => key !== event.key);
      return { shownVotes: event.shown ? [...others, event.key] : others };
    }),
    setTimer: assign(({ event }) => {
      assertEvent(event, 'timer.set');
      const totalMs = Math.round(event.minutes * 60_000);
      return { timer: { activityId: event.activityId, totalMs, remainingMs: totalMs } };
    }),
    resetTimer: assign(({ context }) => ({ timer: { ...context.timer, remainingMs: context.timer.totalMs } })),
    tick: assign(({ context }) => ({ timer: { ...context.timer, remainingMs: Math.max(0, context.timer.remainingMs - TICK_MS) } })),
  },
}).createMachine({
  id: 'facilitator',
  type: 'parallel',
  context: ({ input }) => ({
    lengthId: input.lengthId ?? 'ninety-minutes',
    blank: false,
    votes: {},
    shownVotes: [],
    timer: { activityId: '', totalMs: 0, remainingMs: 0 },
  }),
  on: {
    'length.choose': { guard: 'isKnownLength', actions: 'chooseLength' },
    'blank.toggle': { actions: 'toggleBlank' },
    'vote.change': { actions: 'changeVote' },
    'vote.clear': { actions: 'clearVote' },
    'vote.show': { actions: 'showVote' },
  },
  states: {
    timer: {
      initial: 'paused',
      on: {
        'timer.set': { guard: 'isNewActivity', target: '.paused', actions: 'setTimer' },
        'timer.reset': { target: '.paused', actions: 'resetTimer' },
      },
      states: {
        paused: {
          on: { 'timer.toggle': { guard: 'hasTimeLeft', target: 'running' } },
        },
        running: {
          always: { guard: 'isOutOfTime', target: 'finished' },
          after: { [TICK_MS]: { target: 'running', reenter: true, actions: 'tick' } },
          on: { 'timer.toggle': { target: 'paused' } },
        },
        finished: {},
      },
    },
  },
});

export type FacilitatorActor = ActorRefFrom<typeof facilitatorMachine>;
export type FacilitatorSnapshot = SnapshotFrom<typeof facilitatorMachine>;
