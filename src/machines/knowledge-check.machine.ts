/**
 * The interface mode of one knowledge check: choosing options, then answered (correct, or
 * incorrect with or without a retry). Reports each submission to its parent (the course
 * machine) through the `reportAnswer` action.
 */
import { assertEvent, assign, enqueueActions, setup, type SnapshotFrom } from 'xstate';
import type { KnowledgeCheckBlock } from '../course/types.js';
import { gradeAnswer, initialSelection, isValidSelection, matchOption, moveOption, selectOption } from './checks.js';
import type { Answer } from './progress.js';

export interface KnowledgeCheckInput {
  readonly check: KnowledgeCheckBlock;
  /** The learner's saved answer: the check resumes in `answered` showing it. */
  readonly answer?: Answer;
}

export interface KnowledgeCheckContext {
  readonly check: KnowledgeCheckBlock;
  /** Option ids currently selected, in the check's option order. */
  readonly selected: readonly string[];
  /** Submissions made so far. */
  readonly attempts: number;
  readonly lastAnswer: Answer | undefined;
}

export type KnowledgeCheckEvent =
  | { readonly type: 'answer.select'; readonly optionId: string }
  /** Ordering: move a step one place up (-1) or down (+1). */
  | { readonly type: 'answer.move'; readonly optionId: string; readonly offset: -1 | 1 }
  /** Matching: give the prompt of option `optionId` the match of option `matchId` ('' clears it). */
  | { readonly type: 'answer.match'; readonly optionId: string; readonly matchId: string }
  /** The whole selection at once (a trainer revealing the answer); ignored unless it is a valid one. */
  | { readonly type: 'answer.set'; readonly optionIds: readonly string[] }
  | { readonly type: 'answer.submit' }
  | { readonly type: 'answer.retry' };

/** What `reportAnswer` sends to the parent by default. */
export interface CheckSubmitEvent {
  readonly type: 'check.submit';
  readonly checkId: string;
  readonly optionIds: readonly string[];
}

export const knowledgeCheckMachine = setup({
  types: {
    context: {} as KnowledgeCheckContext,
    events: {} as KnowledgeCheckEvent,
    input: {} as KnowledgeCheckInput,
  },
  actions: {
    selectOption: assign(({ context, event }) => {
      assertEvent(event, 'answer.select');
      return { selected: selectOption(context.check, context.selected, event.optionId) };
    }),
    moveOption: assign(({ context, event }) => {
      assertEvent(event, 'answer.move');
      return { selected: moveOption(context.selected, event.optionId, event.offset) };
    }),
    matchOption: assign(({ context, event }) => {
      assertEvent(event, 'answer.match');
      return { selected: matchOption(context.check, context.selected, event.optionId, event.matchId) };
    }),
    setSelection: assign(({ context, event }) => {
      assertEvent(event, 'answer.set');
      return isValidSelection(context.check, event.optionIds) ? { selected: [...event.optionIds] } : {};
    }),
    recordAnswer: assign(({ context }) => {
      const lastAnswer = gradeAnswer(context.check, context.selected, context.lastAnswer);
      return { lastAnswer, attempts: lastAnswer.attempts };
    }),
    /** Tells the parent (the course machine); a standalone actor has no one to tell. */
    reportAnswer: enqueueActions(({ context, enqueue, self }) => {
      if (self._parent === undefined) return;
      const report: CheckSubmitEvent = {
        type: 'check.submit',
        checkId: context.check.id,
        optionIds: context.lastAnswer?.optionIds ?? context.selected,
      };
      enqueue.sendParent(report);
    }),
  },
  guards: {
    hasAnswer: ({ context }) => context.lastAnswer !== undefined,
    isCorrect: ({ context }) => context.lastAnswer?.correct === true,
    hasSelection: ({ context }) => isValidSelection(context.check, context.selected),
    hasAttemptsLeft: ({ context }) => context.attempts < context.check.maxAttempts,
  },
}).createMachine({
  id: 'knowledgeCheck',
  context: ({ input }) => ({
    check: input.check,
    selected: input.answer?.optionIds ?? initialSelection(input.check),
    attempts: input.answer?.attempts ?? 0,
    lastAnswer: input.answer,
  }),
  initial: 'resuming',
  states: {
    /** Transient: a saved answer resumes in `answered`. */
    resuming: {
      always: [{ guard: 'hasAnswer', target: 'answered' }, { target: 'choosing' }],
    },
    choosing: {
      on: {
        'answer.select': { actions: 'selectOption' },
        'answer.move': { actions: 'moveOption' },
        'answer.match': { actions: 'matchOption' },
        'answer.set': { actions: 'setSelection' },
        'answer.submit': {
          guard: 'hasSelection',
          target: 'answered',
          actions: ['recordAnswer', 'reportAnswer'],
        },
      },
    },
    answered: {
      initial: 'marking',
      states: {
        /** Transient: routes to the outcome of `lastAnswer`. */
        marking: {
          always: [
            { guard: 'isCorrect', target: 'correct' },
            { guard: 'hasAttemptsLeft', target: 'incorrect.canRetry' },
            { target: 'incorrect.final' },
          ],
        },
        correct: {},
        incorrect: {
          initial: 'final',
          states: {
            canRetry: {
              on: {
                // Back to choosing with the previous selection kept.
                'answer.retry': { guard: 'hasAttemptsLeft', target: '#knowledgeCheck.choosing' },
              },
            },
            final: {},
          },
        },
      },
    },
  },
});

export type KnowledgeCheckSnapshot = SnapshotFrom<typeof knowledgeCheckMachine>;
