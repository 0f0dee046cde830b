/**
 * The final assessment's rules: which questions an attempt asks (from its seed), how responses
 * are kept, how an attempt is marked, and where the learner stands. Pure functions over plain
 * data; the course machine applies them and the seed comes from outside (no Math.random here).
 */
import type { Assessment, Course, KnowledgeCheckBlock } from '../course/types.js';
import { drawQuestions, seededShuffle } from './assessment-draw.js';
import { isCorrectAnswer, isValidSelection, normaliseResponse } from './checks.js';

export interface AssessmentAttempt {
  /** Fixes the draw and the option order: a resumed attempt shows exactly the same thing. */
  readonly seed: number;
  /** The learner's response to each drawn question answered so far, by question id. */
  readonly responses: Readonly<Record<string, readonly string[]>>;
  readonly submitted: boolean;
}

/** Seeds are whole numbers below this: small enough to save in six base-31 digits. */
export const SEED_LIMIT = 2 ** 28;

export function isSeed(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < SEED_LIMIT;
}

/** A different, well-mixed seed for each question of an attempt. */
function questionSeed(seed: number, index: number): number {
  return (seed + Math.imul(index + 1, 0x9e3779b9)) >>> 0;
}

/**
 * The question as this attempt shows it: choice options in a seeded order; ordering steps and
 * matching choices in a seeded display order (never the right order for ordering). Marking is
 * unchanged: it never depends on the order options are shown in.
 */
function shuffledForAttempt(question: KnowledgeCheckBlock, seed: number): KnowledgeCheckBlock {
  if (question.kind === 'ordering' || question.kind === 'matching') {
    let displayOrder = seededShuffle(question.displayOrder, seed);
    const rightOrder = question.options.map((option) => option.id);
    if (question.kind === 'ordering' && displayOrder.every((id, index) => id === rightOrder[index])) {
      displayOrder = [...displayOrder.slice(1), ...displayOrder.slice(0, 1)];
    }
    return { ...question, displayOrder };
  }
  // True or false reads best in its authored order.
  if (question.kind === 'true-false') return question;
  const options = seededShuffle(question.options, seed);
  return { ...question, options, displayOrder: options.map((option) => option.id) };
}

/** Draws already made, by course and seed: every screen, the LMS record and the codec ask again and again. */
const drawsMade = new WeakMap<Course, Map<number, readonly KnowledgeCheckBlock[]>>();

/** The questions an attempt with `seed` asks, in order, as it shows them. */
export function attemptQuestions(course: Course, seed: number): readonly KnowledgeCheckBlock[] {
  let draws = drawsMade.get(course);
  if (!draws) drawsMade.set(course, (draws = new Map()));
  let questions = draws.get(seed);
  if (!questions) draws.set(seed, (questions = drawAttempt(course, seed)));
  return questions;
}

function drawAttempt(course: Course, seed: number): KnowledgeCheckBlock[] {
  const { assessment } = course;
  if (!assessment) return [];
  const objectiveIds = course.objectives.map((objective) => objective.id);
  const ids =
    drawQuestions(assessment.questions, assessment.drawCount, objectiveIds, seed) ??
    // The build proves the draw covers every objective; this keeps an unproved bank usable.
    seededShuffle(assessment.questions, seed).slice(0, assessment.drawCount).map((question) => question.id);
  return ids.flatMap((id, index) => {
    const question = assessment.questions.find((candidate) => candidate.id === id);
    return question ? [shuffledForAttempt(question, questionSeed(seed, index))] : [];
  });
}

export interface MarkedResponse {
  readonly question: KnowledgeCheckBlock;
  /** Empty when the question was not answered. */
  readonly optionIds: readonly string[];
  readonly correct: boolean;
}

/**
 * The learner's response as the question shows it: an ordering question nobody has moved still
 * shows (and so answers with) its display order; other questions show what was chosen, if anything.
 */
export function shownResponse(question: KnowledgeCheckBlock, attempt: AssessmentAttempt): readonly string[] {
  return attempt.responses[question.id] ?? (question.kind === 'ordering' ? question.displayOrder : []);
}

export function markAttempt(course: Course, attempt: AssessmentAttempt): MarkedResponse[] {
  return attemptQuestions(course, attempt.seed).map((question) => {
    const optionIds = shownResponse(question, attempt);
    return { question, optionIds, correct: isValidSelection(question, optionIds) && isCorrectAnswer(question, optionIds) };
  });
}

/** Whole percent of the attempt's questions answered right. */
export function attemptScore(course: Course, attempt: AssessmentAttempt): number {
  const marked = markAttempt(course, attempt);
  if (marked.length === 0) return 0;
  return Math.round((100 * marked.filter((response) => response.correct).length) / marked.length);
}

export function submittedAttempts(attempts: readonly AssessmentAttempt[] | undefined): AssessmentAttempt[] {
  return (attempts ?? []).filter((attempt) => attempt.submitted);
}

/** The attempt being answered, if any: only the last attempt can be open. */
export function openAttempt(attempts: readonly AssessmentAttempt[] | undefined): AssessmentAttempt | undefined {
  const last = attempts?.at(-1);
  return last && !last.submitted ? last : undefined;
}

/** The highest score of the submitted attempts; undefined before the first submission. */
export function bestScore(course: Course, attempts: readonly AssessmentAttempt[] | undefined): number | undefined {
  const scores = submittedAttempts(attempts).map((attempt) => attemptScore(course, attempt));
  return scores.length === 0 ? undefined : Math.max(...scores);
}

/** The submitted attempt that scored best (the first of equals): what objectives report. */
export function bestAttempt(course: Course, attempts: readonly AssessmentAttempt[] | undefined): AssessmentAttempt | undefined {
  let best: AssessmentAttempt | undefined;
  let bestPercent = -1;
  for (const attempt of submittedAttempts(attempts)) {
    const percent = attemptScore(course, attempt);
    if (percent > bestPercent) [best, bestPercent] = [attempt, percent];
  }
  return best;
}

export function hasPassed(course: Course, attempts: readonly AssessmentAttempt[] | undefined): boolean {
  const best = bestScore(course, attempts);
  return best !== undefined && best >= course.passMark;
}

export function attemptsUsed(attempts: readonly AssessmentAttempt[] | undefined): number {
  return attempts?.length ?? 0;
}

export function attemptsRemaining(assessment: Assessment, attempts: readonly AssessmentAttempt[] | undefined): number {
  return Math.max(0, assessment.maxAttempts - attemptsUsed(attempts));
}

/** Passed, or every attempt used and submitted: nothing more to do on the assessment. */
export function isAssessmentDone(course: Course, attempts: readonly AssessmentAttempt[] | undefined): boolean {
  if (!course.assessment) return true;
  if (hasPassed(course, attempts)) return true;
  return attemptsRemaining(course.assessment, attempts) === 0 && openAttempt(attempts) === undefined;
}

/** A new attempt may start: none open, not yet passed and attempts left. */
export function canStartAttempt(course: Course, attempts: readonly AssessmentAttempt[] | undefined): boolean {
  const { assessment } = course;
  return (
    assessment !== undefined &&
    openAttempt(attempts) === undefined &&
    !hasPassed(course, attempts) &&
    attemptsRemaining(assessment, attempts) > 0
  );
}

export function startAttempt(attempts: readonly AssessmentAttempt[] | undefined, seed: number): AssessmentAttempt[] {
  return [...(attempts ?? []), { seed, responses: {}, submitted: false }];
}

/**
 * The attempts with `optionIds` as the open attempt's response to `questionId`, or undefined
 * when there is no open attempt, the question is not in it or the selection is not valid.
 * An empty selection clears the response.
 */
export function respondInAttempt(
  course: Course,
  attempts: readonly AssessmentAttempt[] | undefined,
  questionId: string,
  optionIds: readonly unknown[],
): AssessmentAttempt[] | undefined {
  const current = openAttempt(attempts);
  if (!current || !attempts) return undefined;
  const question = attemptQuestions(course, current.seed).find((candidate) => candidate.id === questionId);
  if (!question) return undefined;
  const responses = { ...current.responses };
  if (optionIds.length === 0) delete responses[questionId];
  else if (isValidSelection(question, optionIds)) responses[questionId] = normaliseResponse(question, optionIds);
  else if (isPartialMatching(question, optionIds)) responses[questionId] = [...optionIds];
  else return undefined;
  return [...attempts.slice(0, -1), { ...current, responses }];
}

/** Matching, part done: a known match or '' (none yet) for every prompt. Kept so a resume shows it. */
export function isPartialMatching(question: KnowledgeCheckBlock, optionIds: readonly unknown[]): optionIds is readonly string[] {
  const known = new Set(['', ...question.options.map((option) => option.id)]);
  return question.kind === 'matching' && optionIds.length === question.options.length && optionIds.every((id) => typeof id === 'string' && known.has(id));
}

/** Questions of the attempt still without a complete response, in the order asked. */
export function unansweredQuestions(course: Course, attempt: AssessmentAttempt): readonly KnowledgeCheckBlock[] {
  return attemptQuestions(course, attempt.seed).filter((question) => !isValidSelection(question, shownResponse(question, attempt)));
}

/** The attempts with the open one submitted, or undefined unless every question has an answer. */
export function submitAttempt(course: Course, attempts: readonly AssessmentAttempt[] | undefined): AssessmentAttempt[] | undefined {
  const current = openAttempt(attempts);
  if (!current || !attempts || unansweredQuestions(course, current).length > 0) return undefined;
  return [...attempts.slice(0, -1), { ...current, submitted: true }];
}
