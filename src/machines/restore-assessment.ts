/**
 * Reads saved final-assessment attempts (untrusted, like all saved progress): each attempt needs
 * a valid seed; responses are kept only for questions its draw asks and only when they are
 * possible answers; only the last attempt may be unsubmitted; at most the allowed number of
 * attempts. Scores are never read: they are always re-marked from the responses.
 */
import type { Course } from '../course/types.js';
import { attemptQuestions, isPartialMatching, isSeed, type AssessmentAttempt } from './assessment.js';
import { isValidSelection, normaliseResponse } from './checks.js';
import { describeValue, isRecord, ownProperty, type MessageLog } from './untrusted.js';

/** More saved entries than any course allows attempts are not even looked at. */
const MAX_SAVED_ATTEMPTS = 100;

export function readAssessmentAttempts(course: Course, value: unknown, log: MessageLog): AssessmentAttempt[] | undefined {
  if (value === undefined) return undefined;
  const { assessment } = course;
  if (!assessment) {
    log.add('assessment attempts dropped: this course has no assessment');
    return undefined;
  }
  if (!Array.isArray(value)) {
    log.add(`assessment attempts were ${describeValue(value)}, not a list`);
    return undefined;
  }
  const read = value.slice(0, MAX_SAVED_ATTEMPTS).flatMap((item: unknown, index) => {
    const attempt = readAttempt(course, item, `assessment attempt ${index + 1}`, log);
    return attempt ? [{ attempt, index }] : [];
  });
  const attempts = read.flatMap(({ attempt, index }, position) => {
    if (attempt.submitted || position === read.length - 1) return [attempt];
    log.add(`assessment attempt ${index + 1} dropped: it was never submitted, and a later attempt exists`);
    return [];
  });
  if (attempts.length > assessment.maxAttempts) {
    log.add(`assessment: ${attempts.length - assessment.maxAttempts} attempts beyond the ${assessment.maxAttempts} allowed ignored`);
  }
  return attempts.slice(0, assessment.maxAttempts);
}

function readAttempt(course: Course, value: unknown, what: string, log: MessageLog): AssessmentAttempt | undefined {
  if (!isRecord(value)) {
    log.add(`${what} was ${describeValue(value)}, not an object`);
    return undefined;
  }
  const seed = ownProperty(value, 'seed');
  if (!isSeed(seed)) {
    log.add(`${what} dropped: its seed ${describeValue(seed)} is not a whole number from 0 to 2^28 - 1`);
    return undefined;
  }
  const submitted = ownProperty(value, 'submitted') === true;
  const savedResponses = ownProperty(value, 'responses');
  if (savedResponses !== undefined && !isRecord(savedResponses)) log.add(`${what}: responses were ${describeValue(savedResponses)}, not an object`);
  const asked = attemptQuestions(course, seed);
  const responses: [string, string[]][] = [];
  for (const question of asked) {
    const response = isRecord(savedResponses) ? ownProperty(savedResponses, question.id) : undefined;
    if (response === undefined) continue;
    if (Array.isArray(response) && isValidSelection(question, response)) responses.push([question.id, normaliseResponse(question, response)]);
    else if (Array.isArray(response) && !submitted && isPartialMatching(question, response)) responses.push([question.id, [...response]]);
    else log.add(`${what}: response ${describeValue(response)} to "${question.id}" is not a possible answer; dropped`);
  }
  if (isRecord(savedResponses)) {
    const askedIds = new Set(asked.map((question) => question.id));
    const strays = Object.keys(savedResponses).filter((id) => !askedIds.has(id));
    if (strays.length > 0) log.add(`${what}: responses to questions it does not ask ignored (${strays.slice(0, 5).map((id) => describeValue(id)).join(', ')})`);
  }
  return { seed, responses: Object.fromEntries(responses), submitted };
}
