/**
 * The course as a whole: which view is showing (a page or the completion screen), the
 * learner's progress, and one knowledge-check actor per check. The rules live in the pure
 * progress modules; this file only wires them to events.
 */
import { assertEvent, assign, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { Course } from '../course/types.js';
import {
  courseChecks,
  firstPageOfLesson,
  nextPageId,
  previousPageId,
} from './course-lookup.js';
import { knowledgeCheckMachine, type CheckSubmitEvent } from './knowledge-check.machine.js';
import { canVisitPage } from './navigation.js';
import {
  answerTo,
  canRecordAnswer,
  enterCourse,
  isKnownReflection,
  recordAnswer,
  recordReflection,
  visitPage,
} from './progress-update.js';
import { chooseInScenario, findScenario } from './scenario-progress.js';
import { isActionPlanField, isIsoDay, recordActionPlan, recordCompletedOn, recordLearnerName } from './plan-and-certificate.js';
import { initialProgress } from './restore.js';
import { canStartAttempt, isSeed, respondInAttempt, startAttempt, submitAttempt } from './assessment.js';
import { isAssessmentOpen, isCourseComplete, type Progress } from './progress.js';

export interface CourseMachineInput {
  readonly course: Course;
  /** Already restored (see `restoreProgress`); a fresh start when left out. */
  readonly progress?: Progress;
}

export type KnowledgeCheckActor = ActorRefFrom<typeof knowledgeCheckMachine>;

export interface CourseContext {
  readonly course: Course;
  /** The one source of truth for what the learner has done; save it as is. */
  readonly progress: Progress;
  /** One actor per knowledge check, by check id, for the interface to subscribe to. */
  readonly checks: Readonly<Record<string, KnowledgeCheckActor>>;
}

export type CourseEvent =
  | { readonly type: 'page.next' }
  | { readonly type: 'page.back' }
  | { readonly type: 'page.goto'; readonly pageId: string }
  | { readonly type: 'lesson.goto'; readonly lessonId: string }
  /** Sent by the knowledge-check actors; correctness is computed here, never taken. */
  | CheckSubmitEvent
  | { readonly type: 'reflection.change'; readonly reflectionId: string; readonly text: string }
  | { readonly type: 'completion.show' }
  | { readonly type: 'scenario.choose'; readonly scenarioId: string; readonly choiceId: string }
  | { readonly type: 'scenario.restart'; readonly scenarioId: string }
  | { readonly type: 'action-plan.change'; readonly field: string; readonly text: string }
  | { readonly type: 'learner-name.change'; readonly name: string }
  /** Sent by the runtime (which has the clock) once the course is complete: `yyyy-mm-dd`. */
  | { readonly type: 'completion.date'; readonly day: string }
  /** A new assessment attempt; the interface picks the seed (see `SEED_LIMIT`). */
  | { readonly type: 'assessment.start'; readonly seed: number }
  /** The learner's current response to one question of the open attempt ([] clears it). */
  | { readonly type: 'assessment.respond'; readonly questionId: string; readonly optionIds: readonly string[] }
  | { readonly type: 'assessment.submit' };

/** Whether `pageId` exists and may be opened now. */
function canOpen(context: CourseContext, pageId: string | undefined): boolean {
  return pageId !== undefined && canVisitPage(context.course, context.progress, pageId);
}

/** `progress` with `pageId` opened (callers check `canOpen` first). */
function open(context: CourseContext, pageId: string | undefined): { progress: Progress } {
  return {
    progress:
      pageId === undefined ? context.progress : visitPage(context.course, context.progress, pageId),
  };
}

export const courseMachine = setup({
  types: {
    context: {} as CourseContext,
    events: {} as CourseEvent,
    input: {} as CourseMachineInput,
  },
  actors: {
    knowledgeCheck: knowledgeCheckMachine,
  },
  guards: {
    isLastPage: ({ context }) => nextPageId(context.course, context.progress.pageId) === undefined,
    canGoNext: ({ context }) => canOpen(context, nextPageId(context.course, context.progress.pageId)),
    canGoBack: ({ context }) =>
      canOpen(context, previousPageId(context.course, context.progress.pageId)),
    canGoToPage: ({ context, event }) => {
      assertEvent(event, 'page.goto');
      return canOpen(context, event.pageId);
    },
    canGoToLesson: ({ context, event }) => {
      assertEvent(event, 'lesson.goto');
      return canOpen(context, firstPageOfLesson(context.course, event.lessonId));
    },
    isValidSubmission: ({ context, event }) => {
      assertEvent(event, 'check.submit');
      return canRecordAnswer(context.course, context.progress, event.checkId, event.optionIds);
    },
    isKnownReflection: ({ context, event }) => {
      assertEvent(event, 'reflection.change');
      return isKnownReflection(context.course, event.reflectionId) && typeof event.text === 'string';
    },
    isCourseComplete: ({ context }) => isCourseComplete(context.course, context.progress),
    isOpenScenarioChoice: ({ context, event }) => {
      assertEvent(event, 'scenario.choose');
      const scenario = findScenario(context.course, event.scenarioId);
      return scenario !== undefined && chooseInScenario(scenario, context.progress.scenarios[event.scenarioId], event.choiceId) !== undefined;
    },
    isActionPlanField: ({ event }) => {
      assertEvent(event, 'action-plan.change');
      return isActionPlanField(event.field) && typeof event.text === 'string';
    },
    isName: ({ event }) => {
      assertEvent(event, 'learner-name.change');
      return typeof event.name === 'string';
    },
    isCompletionDay: ({ context, event }) => {
      assertEvent(event, 'completion.date');
      return isCourseComplete(context.course, context.progress) && typeof event.day === 'string' && isIsoDay(event.day);
    },
    canStartAttempt: ({ context, event }) => {
      assertEvent(event, 'assessment.start');
      const { course, progress } = context;
      return isSeed(event.seed) && isAssessmentOpen(course, progress) && canStartAttempt(course, progress.assessmentAttempts);
    },
    isValidResponse: ({ context, event }) => {
      assertEvent(event, 'assessment.respond');
      return Array.isArray(event.optionIds) && respondInAttempt(context.course, context.progress.assessmentAttempts, event.questionId, event.optionIds) !== undefined;
    },
    canSubmitAttempt: ({ context }) => submitAttempt(context.course, context.progress.assessmentAttempts) !== undefined,
    isKnownScenario: ({ context, event }) => {
      assertEvent(event, 'scenario.restart');
      return findScenario(context.course, event.scenarioId) !== undefined;
    },
  },
  actions: {
    enterCourse: assign(({ context }) => ({
      progress: enterCourse(context.course, context.progress),
    })),
    spawnChecks: assign(({ context, spawn }) => ({
      checks: Object.fromEntries(
        courseChecks(context.course).map((check) => [
          check.id,
          spawn('knowledgeCheck', {
            id: check.id,
            input: { check, answer: answerTo(context.progress, check.id) },
          }),
        ]),
      ),
    })),
    goToNextPage: assign(({ context }) =>
      open(context, nextPageId(context.course, context.progress.pageId)),
    ),
    goToPreviousPage: assign(({ context }) =>
      open(context, previousPageId(context.course, context.progress.pageId)),
    ),
    goToPage: assign(({ context, event }) => {
      assertEvent(event, 'page.goto');
      return open(context, event.pageId);
    }),
    goToLesson: assign(({ context, event }) => {
      assertEvent(event, 'lesson.goto');
      return open(context, firstPageOfLesson(context.course, event.lessonId));
    }),
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'check.submit');
      return {
        progress: recordAnswer(context.course, context.progress, event.checkId, event.optionIds),
      };
    }),
    recordScenarioChoice: assign(({ context, event }) => {
      assertEvent(event, 'scenario.choose');
      const scenario = findScenario(context.course, event.scenarioId);
      const next = scenario && chooseInScenario(scenario, context.progress.scenarios[event.scenarioId], event.choiceId);
      if (!next) return {};
      return { progress: { ...context.progress, scenarios: { ...context.progress.scenarios, [event.scenarioId]: next } } };
    }),
    restartScenario: assign(({ context, event }) => {
      assertEvent(event, 'scenario.restart');
      const finished = context.progress.scenarios[event.scenarioId]?.finished ?? false;
      return { progress: { ...context.progress, scenarios: { ...context.progress.scenarios, [event.scenarioId]: { path: [], finished } } } };
    }),
    recordActionPlan: assign(({ context, event }) => {
      assertEvent(event, 'action-plan.change');
      return isActionPlanField(event.field) ? { progress: recordActionPlan(context.progress, event.field, event.text) } : {};
    }),
    recordLearnerName: assign(({ context, event }) => {
      assertEvent(event, 'learner-name.change');
      return { progress: recordLearnerName(context.progress, event.name) };
    }),
    recordCompletedOn: assign(({ context, event }) => {
      assertEvent(event, 'completion.date');
      return { progress: recordCompletedOn(context.progress, event.day) };
    }),
    startAttempt: assign(({ context, event }) => {
      assertEvent(event, 'assessment.start');
      return { progress: { ...context.progress, assessmentAttempts: startAttempt(context.progress.assessmentAttempts, event.seed) } };
    }),
    recordResponse: assign(({ context, event }) => {
      assertEvent(event, 'assessment.respond');
      const attempts = respondInAttempt(context.course, context.progress.assessmentAttempts, event.questionId, event.optionIds);
      return attempts ? { progress: { ...context.progress, assessmentAttempts: attempts } } : {};
    }),
    submitAttempt: assign(({ context }) => {
      const attempts = submitAttempt(context.course, context.progress.assessmentAttempts);
      return attempts ? { progress: { ...context.progress, assessmentAttempts: attempts } } : {};
    }),
    recordReflection: assign(({ context, event }) => {
      assertEvent(event, 'reflection.change');
      return {
        progress: recordReflection(
          context.course,
          context.progress,
          event.reflectionId,
          event.text,
        ),
      };
    }),
  },
}).createMachine({
  id: 'course',
  type: 'parallel',
  context: ({ input }) => ({
    course: input.course,
    progress: input.progress ?? initialProgress(input.course),
    checks: {},
  }),
  entry: ['enterCourse', 'spawnChecks'],
  on: {
    'check.submit': { guard: 'isValidSubmission', actions: 'recordAnswer' },
    'reflection.change': { guard: 'isKnownReflection', actions: 'recordReflection' },
    'scenario.choose': { guard: 'isOpenScenarioChoice', actions: 'recordScenarioChoice' },
    'scenario.restart': { guard: 'isKnownScenario', actions: 'restartScenario' },
    'action-plan.change': { guard: 'isActionPlanField', actions: 'recordActionPlan' },
    'learner-name.change': { guard: 'isName', actions: 'recordLearnerName' },
    'completion.date': { guard: 'isCompletionDay', actions: 'recordCompletedOn' },
    'assessment.start': { guard: 'canStartAttempt', actions: 'startAttempt' },
    'assessment.respond': { guard: 'isValidResponse', actions: 'recordResponse' },
    'assessment.submit': { guard: 'canSubmitAttempt', actions: 'submitAttempt' },
  },
  states: {
    view: {
      initial: 'page',
      on: {
        'page.goto': { guard: 'canGoToPage', target: '.page', actions: 'goToPage' },
        'lesson.goto': { guard: 'canGoToLesson', target: '.page', actions: 'goToLesson' },
        'completion.show': { target: '.completion' },
      },
      states: {
        page: {
          on: {
            'page.next': [
              { guard: 'isLastPage', target: 'completion' },
              { guard: 'canGoNext', actions: 'goToNextPage' },
            ],
            'page.back': { guard: 'canGoBack', actions: 'goToPreviousPage' },
          },
        },
        completion: {
          on: {
            // Back to the page the learner was on.
            'page.back': { target: 'page' },
          },
        },
      },
    },
    progress: {
      initial: 'incomplete',
      states: {
        incomplete: {
          always: { guard: 'isCourseComplete', target: 'complete' },
        },
        // Stays complete: progress only ever grows.
        complete: {},
      },
    },
  },
});

export type CourseActor = ActorRefFrom<typeof courseMachine>;
export type CourseSnapshot = SnapshotFrom<typeof courseMachine>;
