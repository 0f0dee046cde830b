/**
 * Rules for answering one knowledge check: what a valid selection is, whether it is correct,
 * how many attempts remain. Pure; the course and knowledge-check machines both use these.
 */
import type { KnowledgeCheckBlock } from '../course/types.js';
import type { Answer } from './progress.js';

/** `single` and `true-false` take exactly one option; `multiple` takes one or more. */
export function allowsManyOptions(check: KnowledgeCheckBlock): boolean {
  return check.kind === 'multiple';
}

/** Exact set equality between `optionIds` and the check's correct options. */
export function isCorrectAnswer(
  check: KnowledgeCheckBlock,
  optionIds: readonly string[],
): boolean {
  const chosen = new Set(optionIds);
  const correct = check.options.filter((option) => option.correct).map((option) => option.id);
  return chosen.size === correct.length && correct.every((id) => chosen.has(id));
}

/**
 * A selection the learner could submit: not empty, only the check's own option ids, no
 * repeats, and a single option for `single` and `true-false` questions.
 */
export function isValidSelection(
  check: KnowledgeCheckBlock,
  optionIds: readonly unknown[],
): optionIds is readonly string[] {
  if (optionIds.length === 0) return false;
  if (!allowsManyOptions(check) && optionIds.length > 1) return false;
  if (optionIds.length > check.options.length) return false;
  const known = new Set(check.options.map((option) => option.id));
  const seen = new Set<string>();
  for (const id of optionIds) {
    if (typeof id !== 'string' || !known.has(id) || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

/** Submissions still allowed, given the last answer (undefined: never answered). */
export function attemptsLeft(check: KnowledgeCheckBlock, answer: Answer | undefined): number {
  return Math.max(0, check.maxAttempts - (answer?.attempts ?? 0));
}

/** A check accepts another submission until it is answered correctly or out of attempts. */
export function canSubmit(check: KnowledgeCheckBlock, answer: Answer | undefined): boolean {
  return attemptsLeft(check, answer) > 0 && answer?.correct !== true;
}

/** The option ids in the order the check lists them (unknown ids are left out). */
export function inOptionOrder(
  check: KnowledgeCheckBlock,
  optionIds: readonly string[],
): string[] {
  const chosen = new Set(optionIds);
  return check.options.filter((option) => chosen.has(option.id)).map((option) => option.id);
}

/** The answer recorded for a submission of `optionIds` after `previous`. */
export function gradeAnswer(
  check: KnowledgeCheckBlock,
  optionIds: readonly string[],
  previous: Answer | undefined,
): Answer {
  return {
    optionIds: inOptionOrder(check, optionIds),
    attempts: (previous?.attempts ?? 0) + 1,
    correct: isCorrectAnswer(check, optionIds),
  };
}

/**
 * The selection after the learner picks `optionId`: it replaces the selection for `single` and
 * `true-false`, and toggles it for `multiple`. Unknown option ids leave the selection unchanged.
 */
export function selectOption(
  check: KnowledgeCheckBlock,
  selected: readonly string[],
  optionId: string,
): string[] {
  if (!check.options.some((option) => option.id === optionId)) return [...selected];
  if (!allowsManyOptions(check)) return [optionId];
  return selected.includes(optionId)
    ? selected.filter((id) => id !== optionId)
    : inOptionOrder(check, [...selected, optionId]);
}
