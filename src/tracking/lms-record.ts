/**
 * The LMS record as a projection of course state: pure functions from the course, the learner's
 * progress and a few session facts to the list of SCORM data-model values to hold. The session
 * writes only the values that changed since it last wrote them.
 */
import type { Course, KnowledgeCheckBlock, LmsReporting, Scenario, ScenarioChoice, ScenarioNode } from '../course/types.js';
import { courseChecks, courseReflections } from '../machines/course-lookup.js';
import { courseScore, isCourseComplete, type Answer, type Progress } from '../machines/progress.js';

export { courseScore };
import { scenarioDecisions } from '../machines/scenario-path.js';
import { bestAttempt, markAttempt } from '../machines/assessment.js';
import { rightResponse } from '../machines/checks.js';
import type { ScormStandard } from './scorm-api.js';
import { cmiTime, cmiTimespan, htmlToText, isoDuration, isoTimestamp, joinWithin, scormIdentifier } from './scorm-formats.js';

/** When an answer was last submitted and how long after its page opened. */
export interface AnswerTiming {
  readonly timestamp: number;
  readonly latencyMs: number;
}

/** What the LMS said at launch; its statuses are never downgraded by this session. */
export interface LmsStartingPoint {
  readonly completed: boolean;
  readonly passed: boolean;
}

export interface LmsRecordInput {
  readonly course: Course;
  readonly progress: Progress;
  readonly suspendData: string;
  /** By interaction key (see `interactionKeys`). */
  readonly answerTimings: Readonly<Record<string, AnswerTiming>>;
  /**
   * Interaction keys in the order they were first reported, which fixes their indexes: SCORM
   * interactions cannot move. Keys not in it follow, in `interactionKeys` order.
   */
  readonly interactionOrder: readonly string[];
  /** When each note (reflection, or the learner's notes) last changed, by location. */
  readonly reflectionTimes: Readonly<Record<string, number>>;
  /** Note locations in the order first reported, which fixes their comment indexes. */
  readonly noteOrder: readonly string[];
  readonly startingPoint: LmsStartingPoint;
  readonly options: LmsReporting;
}

export type CmiValue = readonly [element: string, value: string];

export type SuccessStatus = 'passed' | 'failed' | 'unknown';

export function courseOutcome(input: Pick<LmsRecordInput, 'course' | 'progress' | 'startingPoint' | 'options'>): {
  readonly completed: boolean;
  readonly success: SuccessStatus;
  readonly score: number | undefined;
} {
  const { course, progress, startingPoint, options } = input;
  const score = courseScore(course, progress);
  const finished = isCourseComplete(course, progress);
  const passed = finished && (score === undefined || score >= course.passMark);
  const reportsFail = finished && !passed && options.onFail === 'failed';
  const completed = startingPoint.completed || passed || reportsFail;
  const success: SuccessStatus = passed || startingPoint.passed ? 'passed' : reportsFail ? 'failed' : 'unknown';
  return { completed, success, score: finished ? score : undefined };
}

/**
 * The session time, written with each commit rather than with every change (it changes all the
 * time), and before score and status, as some LMSes need.
 */
export function sessionTimeValue(standard: ScormStandard, sessionMs: number): CmiValue {
  return standard === 'scorm2004' ? ['cmi.session_time', isoDuration(sessionMs)] : ['cmi.core.session_time', cmiTimespan(sessionMs)];
}

/** Every value the record should hold, in the order to write them: status last, before exit. */
export function cmiValues(standard: ScormStandard, input: LmsRecordInput): CmiValue[] {
  return standard === 'scorm2004' ? scorm2004Values(input) : scorm12Values(input);
}

function scorm2004Values(input: LmsRecordInput): CmiValue[] {
  const { course, progress, options } = input;
  const outcome = courseOutcome(input);
  const values: CmiValue[] = [
    ['cmi.location', progress.pageId],
    ['cmi.suspend_data', input.suspendData],
  ];
  interactionSources(input).forEach((source, index) => {
    const prefix = `cmi.interactions.${index}`;
    const timing = input.answerTimings[source.key];
    if (source.kind === 'check') {
      const { check, answer } = source;
      values.push(
        [`${prefix}.id`, scormIdentifier(check.id)],
        [`${prefix}.type`, interactionType(check)],
        [`${prefix}.description`, htmlToText(check.questionHtml).slice(0, 250)],
        [`${prefix}.weighting`, '1'],
        [`${prefix}.correct_responses.0.pattern`, response2004(check, rightResponse(check))],
        [`${prefix}.learner_response`, response2004(check, answer.optionIds)],
        [`${prefix}.result`, answer.correct ? 'correct' : 'incorrect'],
      );
    } else {
      values.push(
        [`${prefix}.id`, decisionId(source)],
        [`${prefix}.type`, 'choice'],
        [`${prefix}.description`, `${source.scenario.title}: ${source.node.title}`.slice(0, 250)],
        [`${prefix}.weighting`, '0'],
        [`${prefix}.learner_response`, scormIdentifier(source.choice.id)],
        [`${prefix}.result`, 'neutral'],
      );
    }
    if (timing) values.push([`${prefix}.timestamp`, isoTimestamp(timing.timestamp)], [`${prefix}.latency`, isoDuration(timing.latencyMs)]);
  });
  if (options.reportObjectives) {
    course.objectives.forEach((objective, index) => {
      const status = objectiveStatus(course, progress, objective.id);
      const prefix = `cmi.objectives.${index}`;
      values.push(
        [`${prefix}.id`, scormIdentifier(objective.id)],
        [`${prefix}.completion_status`, status === 'not attempted' ? 'not attempted' : status === 'incomplete' ? 'incomplete' : 'completed'],
        [`${prefix}.success_status`, status === 'passed' || status === 'failed' ? status : 'unknown'],
      );
    });
  }
  // Like interactions, comments are numbered in the order the learner first wrote them.
  orderedNotes(input).forEach(([location, text], index) => {
    const prefix = `cmi.comments_from_learner.${index}`;
    values.push([`${prefix}.location`, location], [`${prefix}.comment`, asLocalizedString(text).slice(0, 4000)]);
    const changed = input.reflectionTimes[location];
    if (changed !== undefined) values.push([`${prefix}.timestamp`, isoTimestamp(changed)]);
  });
  if (outcome.score !== undefined) {
    values.push(
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', String(outcome.score)],
      ['cmi.score.scaled', String(outcome.score / 100)],
    );
  }
  values.push(
    ['cmi.completion_status', outcome.completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', outcome.success],
    ['cmi.exit', outcome.completed ? 'normal' : 'suspend'],
  );
  return values;
}

function scorm12Values(input: LmsRecordInput): CmiValue[] {
  const { course, progress, options } = input;
  const outcome = courseOutcome(input);
  const values: CmiValue[] = [
    ['cmi.core.lesson_location', progress.pageId.slice(0, 255)],
    ['cmi.suspend_data', input.suspendData],
  ];
  interactionSources(input).forEach((source, index) => {
    const prefix = `cmi.interactions.${index}`;
    const timing = input.answerTimings[source.key];
    if (source.kind === 'check') {
      const { check, answer } = source;
      values.push(
        [`${prefix}.id`, scormIdentifier(check.id)],
        [`${prefix}.type`, interactionType(check)],
        [`${prefix}.weighting`, '1'],
        [`${prefix}.correct_responses.0.pattern`, response12(check, rightResponse(check))],
        [`${prefix}.student_response`, response12(check, answer.optionIds)],
        [`${prefix}.result`, answer.correct ? 'correct' : 'wrong'],
      );
    } else {
      values.push(
        [`${prefix}.id`, decisionId(source)],
        [`${prefix}.type`, 'choice'],
        [`${prefix}.weighting`, '0'],
        [`${prefix}.student_response`, scormIdentifier(source.choice.id).slice(0, 255)],
        [`${prefix}.result`, 'neutral'],
      );
    }
    if (timing) values.push([`${prefix}.time`, cmiTime(timing.timestamp)], [`${prefix}.latency`, cmiTimespan(timing.latencyMs)]);
  });
  if (options.reportObjectives) {
    course.objectives.forEach((objective, index) => {
      values.push(
        [`cmi.objectives.${index}.id`, scormIdentifier(objective.id)],
        [`cmi.objectives.${index}.status`, objectiveStatus(course, progress, objective.id)],
      );
    });
  }
  values.push(['cmi.comments', comments12(input)]);
  if (outcome.score !== undefined) {
    values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', String(outcome.score)]);
  }
  const lessonStatus = outcome.success === 'passed' ? 'passed' : outcome.success === 'failed' ? 'failed' : outcome.completed ? 'completed' : 'incomplete';
  values.push(['cmi.core.lesson_status', lessonStatus], ['cmi.core.exit', outcome.completed ? '' : 'suspend']);
  return values;
}

type InteractionSource =
  | { readonly kind: 'check'; readonly key: string; readonly check: KnowledgeCheckBlock; readonly answer: Answer }
  | { readonly kind: 'decision'; readonly key: string; readonly scenario: Scenario; readonly node: ScenarioNode; readonly choice: ScenarioChoice };

/** Everything reported as an interaction now: each answered question, then each scenario decision of the current runs. */
function currentInteractions(course: Course, progress: Progress): InteractionSource[] {
  const byId = new Map(courseChecks(course).map((check) => [check.id, check]));
  const checks = Object.entries(progress.answers).flatMap(([checkId, answer]): InteractionSource[] => {
    const check = byId.get(checkId);
    return check ? [{ kind: 'check', key: `check:${checkId}`, check, answer }] : [];
  });
  const decisions = Object.entries(progress.scenarios).flatMap(([scenarioId, run]): InteractionSource[] => {
    const scenario = course.scenarios.find((candidate) => candidate.id === scenarioId);
    if (!scenario) return [];
    return scenarioDecisions(scenario, run.path).map(({ node, choice }) => ({
      kind: 'decision',
      key: `decision:${scenarioId}:${node.id}`,
      scenario,
      node,
      choice,
    }));
  });
  return [...checks, ...decisions, ...assessmentInteractions(course, progress)];
}

/**
 * Each question of the submitted assessment attempts, answered as last submitted (a question drawn
 * again in a later attempt keeps its interaction and takes the new response). `attempts` is the
 * number of the attempt that answered it.
 */
function assessmentInteractions(course: Course, progress: Progress): InteractionSource[] {
  const latest = new Map<string, InteractionSource>();
  (progress.assessmentAttempts ?? []).forEach((attempt, index) => {
    if (!attempt.submitted) return;
    for (const { question, optionIds, correct } of markAttempt(course, attempt)) {
      latest.delete(question.id);
      latest.set(question.id, { kind: 'check', key: `assessment:${question.id}`, check: question, answer: { optionIds, attempts: index + 1, correct } });
    }
  });
  return [...latest.values()];
}

/** Keys of everything reportable now, in their natural order (answers as first given, then decisions). */
export function interactionKeys(course: Course, progress: Progress): string[] {
  return currentInteractions(course, progress).map((source) => source.key);
}

/** What each interaction currently says, by key: a change means a new response to time-stamp. */
export function interactionResponses(course: Course, progress: Progress): Map<string, unknown> {
  return new Map(
    currentInteractions(course, progress).map((source) => [source.key, source.kind === 'check' ? source.answer : source.choice.id]),
  );
}

/** Interactions in reporting order: known keys keep their index, new ones follow. */
function interactionSources(input: LmsRecordInput): InteractionSource[] {
  const current = new Map(currentInteractions(input.course, input.progress).map((source) => [source.key, source]));
  const ordered = input.interactionOrder.flatMap((key) => {
    const source = current.get(key);
    return source ? [source] : [];
  });
  const placed = new Set(input.interactionOrder);
  return [...ordered, ...[...current.values()].filter((source) => !placed.has(source.key))];
}

/** A decision's interaction id: unique in the attempt, as the node can be decided once per run. */
function decisionId(source: Extract<InteractionSource, { kind: 'decision' }>): string {
  return scormIdentifier(`${source.scenario.id}.${source.node.id}`);
}

/** Where the action plan, typed name and completion day are kept in the LMS's comments. */
export const learnerNotesLocation = 'learner-notes';

/**
 * What the learner wrote, as [location, text]: each reflection (in the order first written),
 * then their action plan, typed name and completion day as one JSON note.
 */
export function learnerNotes(course: Course, progress: Progress): [string, string][] {
  const known = new Set(courseReflections(course).map((reflection) => reflection.id));
  const notes: [string, string][] = Object.entries(progress.reflections).filter(([id]) => known.has(id));
  const { actionPlan, learnerName, completedOn } = progress;
  if (actionPlan || learnerName || completedOn) notes.push([learnerNotesLocation, JSON.stringify({ actionPlan, learnerName, completedOn })]);
  return notes;
}

function orderedNotes(input: LmsRecordInput): [string, string][] {
  const notes = new Map(learnerNotes(input.course, input.progress));
  const placed = input.noteOrder.filter((location) => notes.has(location));
  return [...placed, ...[...notes.keys()].filter((location) => !placed.includes(location))].map((location) => [location, notes.get(location) ?? '']);
}

function interactionType(check: KnowledgeCheckBlock): string {
  return { single: 'choice', multiple: 'choice', 'true-false': 'true-false', ordering: 'sequencing', matching: 'matching' }[check.kind];
}

function response2004(check: KnowledgeCheckBlock, optionIds: readonly string[]): string {
  if (check.kind === 'true-false') return optionIds[0] === 'true' ? 'true' : 'false';
  if (check.kind === 'matching') {
    return check.options.map((option, index) => `${scormIdentifier(option.id)}[.]${scormIdentifier(optionIds[index] ?? '')}`).join('[,]');
  }
  return optionIds.map(scormIdentifier).join('[,]');
}

/** SCORM 1.2 responses are `CMIFeedback`: at most 255 characters, cut at a whole item. */
function response12(check: KnowledgeCheckBlock, optionIds: readonly string[]): string {
  if (check.kind === 'true-false') return optionIds[0] === 'true' ? 't' : 'f';
  const items =
    check.kind === 'matching'
      ? check.options.map((option, index) => `${scormIdentifier(option.id)}.${scormIdentifier(optionIds[index] ?? '')}`)
      : optionIds.map(scormIdentifier);
  return joinWithin(items, ',', 255);
}

type ObjectiveStatus = 'passed' | 'failed' | 'incomplete' | 'not attempted';

/**
 * With a final assessment: passed when every question on it in the best attempt is right, failed
 * otherwise, not attempted before the first submission. Without: passed when every knowledge
 * check assessing it is answered right.
 */
function objectiveStatus(course: Course, progress: Progress, objectiveId: string): ObjectiveStatus {
  if (course.assessment) {
    const best = bestAttempt(course, progress.assessmentAttempts);
    if (!best) return 'not attempted';
    const marked = markAttempt(course, best).filter(({ question }) => question.objectiveIds.includes(objectiveId));
    return marked.every((response) => response.correct) ? 'passed' : 'failed';
  }
  const checks = courseChecks(course).filter((check) => check.objectiveIds.includes(objectiveId));
  const answers = checks.map((check) => progress.answers[check.id]);
  if (answers.every((answer) => answer === undefined)) return 'not attempted';
  if (answers.some((answer) => answer === undefined)) return 'incomplete';
  return answers.every((answer) => answer?.correct) ? 'passed' : 'failed';
}

/** SCORM 1.2 has one comments string (4,096 characters): each note under its location. */
function comments12(input: LmsRecordInput): string {
  const entries = orderedNotes(input)
    .filter(([, text]) => text !== '')
    .map(([location, text]) => `[${location}]\n${text.replace(/\n\[/g, '\n (')}`);
  return entries.join('\n\n').slice(0, 4096);
}

/**
 * SCORM 2004 comments are localized strings (RTE 4.1.1.7): text that starts with "{" would be
 * read as a language delimiter and refused, so such text gets a leading space, removed on reading.
 */
function asLocalizedString(text: string): string {
  return text.startsWith('{') ? ` ${text}` : text;
}

export function fromLocalizedString(comment: string): string {
  return comment.replace(/^\{lang=[A-Za-z0-9-]*\}/, '').replace(/^ \{/, '{');
}

/** Reads SCORM 1.2 comments written by `comments12` back into reflections. */
export function reflectionsFromComments12(text: string): Record<string, string> {
  const reflections: Record<string, string> = {};
  const pattern = /(?:^|\n\n)\[([a-z][a-z0-9-]*)\]\n/g;
  const matches = [...text.matchAll(pattern)];
  matches.forEach((match, index) => {
    const start = (match.index ?? 0) + match[0].length;
    const end = matches[index + 1]?.index ?? text.length;
    const id = match[1];
    if (id && !Object.hasOwn(reflections, id)) reflections[id] = text.slice(start, end);
  });
  return reflections;
}
