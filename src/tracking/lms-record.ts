/**
 * The LMS record as a projection of course state: pure functions from the course, the learner's
 * progress and a few session facts to the list of SCORM data-model values to hold. The session
 * writes only the values that changed since it last wrote them.
 */
import type { Course, KnowledgeCheckBlock, LmsReporting } from '../course/types.js';
import { courseChecks, courseReflections } from '../machines/course-lookup.js';
import { isCourseComplete, type Progress } from '../machines/progress.js';
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
  readonly answerTimings: Readonly<Record<string, AnswerTiming>>;
  readonly reflectionTimes: Readonly<Record<string, number>>;
  readonly startingPoint: LmsStartingPoint;
  readonly options: LmsReporting;
}

export type CmiValue = readonly [element: string, value: string];

export type SuccessStatus = 'passed' | 'failed' | 'unknown';

/** The course's score in percent, once every knowledge check has an answer. */
export function courseScore(course: Course, progress: Progress): number | undefined {
  const checks = courseChecks(course);
  if (checks.length === 0 || checks.some((check) => !progress.answers[check.id])) return undefined;
  const correct = checks.filter((check) => progress.answers[check.id]?.correct).length;
  return Math.round((100 * correct) / checks.length);
}

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
  answeredChecks(course, progress).forEach((check, index) => {
    const answer = progress.answers[check.id];
    if (!answer) return;
    const prefix = `cmi.interactions.${index}`;
    const timing = input.answerTimings[check.id];
    values.push(
      [`${prefix}.id`, scormIdentifier(check.id)],
      [`${prefix}.type`, interactionType(check)],
      [`${prefix}.description`, htmlToText(check.questionHtml).slice(0, 250)],
      [`${prefix}.weighting`, '1'],
      [`${prefix}.correct_responses.0.pattern`, response2004(check, correctResponse(check))],
      [`${prefix}.learner_response`, response2004(check, answer.optionIds)],
      [`${prefix}.result`, answer.correct ? 'correct' : 'incorrect'],
    );
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
  writtenReflections(course, progress).forEach((reflectionId, index) => {
    const prefix = `cmi.comments_from_learner.${index}`;
    values.push(
      [`${prefix}.location`, reflectionId],
      [`${prefix}.comment`, (progress.reflections[reflectionId] ?? '').slice(0, 4000)],
    );
    const changed = input.reflectionTimes[reflectionId];
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
  answeredChecks(course, progress).forEach((check, index) => {
    const answer = progress.answers[check.id];
    if (!answer) return;
    const prefix = `cmi.interactions.${index}`;
    const timing = input.answerTimings[check.id];
    values.push(
      [`${prefix}.id`, scormIdentifier(check.id)],
      [`${prefix}.type`, interactionType(check)],
      [`${prefix}.weighting`, '1'],
      [`${prefix}.correct_responses.0.pattern`, response12(check, correctResponse(check))],
      [`${prefix}.student_response`, response12(check, answer.optionIds)],
      [`${prefix}.result`, answer.correct ? 'correct' : 'wrong'],
    );
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

/** Interactions are numbered in the order questions were first answered: indexes never move. */
function answeredChecks(course: Course, progress: Progress): KnowledgeCheckBlock[] {
  const byId = new Map(courseChecks(course).map((check) => [check.id, check]));
  return Object.keys(progress.answers)
    .map((id) => byId.get(id))
    .filter((check): check is KnowledgeCheckBlock => check !== undefined);
}

function writtenReflections(course: Course, progress: Progress): string[] {
  const known = new Set(courseReflections(course).map((reflection) => reflection.id));
  return Object.keys(progress.reflections).filter((id) => known.has(id));
}

function interactionType(check: KnowledgeCheckBlock): string {
  return { single: 'choice', multiple: 'choice', 'true-false': 'true-false', ordering: 'sequencing', matching: 'matching' }[check.kind];
}

function correctResponse(check: KnowledgeCheckBlock): string[] {
  if (check.kind === 'ordering' || check.kind === 'matching') return check.options.map((option) => option.id);
  return check.options.filter((option) => option.correct).map((option) => option.id);
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

/** An objective is passed when every question assessing it is answered right. */
function objectiveStatus(course: Course, progress: Progress, objectiveId: string): ObjectiveStatus {
  const checks = courseChecks(course).filter((check) => check.objectiveIds.includes(objectiveId));
  const answers = checks.map((check) => progress.answers[check.id]);
  if (answers.every((answer) => answer === undefined)) return 'not attempted';
  if (answers.some((answer) => answer === undefined)) return 'incomplete';
  return answers.every((answer) => answer?.correct) ? 'passed' : 'failed';
}

/** SCORM 1.2 has one comments string (4,096 characters): each reflection under its id. */
function comments12(input: LmsRecordInput): string {
  const entries = courseReflections(input.course)
    .map((reflection) => [reflection.id, input.progress.reflections[reflection.id] ?? ''] as const)
    .filter(([, text]) => text !== '')
    .map(([id, text]) => `[${id}]\n${text.replace(/\n\[/g, '\n (')}`);
  return entries.join('\n\n').slice(0, 4096);
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
