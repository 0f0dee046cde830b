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

/**
 * Whether the response is a sequence (one entry per option, positions matter) rather than a set
 * of chosen options. `ordering`: option ids in the learner's order. `matching`: for each option
 * in authored order, the id of the option whose match the learner chose.
 */
export function isSequenceResponse(check: KnowledgeCheckBlock): boolean {
  return check.kind === 'ordering' || check.kind === 'matching';
}

/** What the learner starts from: nothing chosen, the shuffled steps, or no match for any prompt. */
export function initialSelection(check: KnowledgeCheckBlock): string[] {
  if (check.kind === 'ordering') return [...check.displayOrder];
  if (check.kind === 'matching') return check.options.map(() => '');
  return [];
}

/**
 * Choice questions: exact set equality with the correct options. Ordering and matching: each
 * position holds the option authored there.
 */
export function isCorrectAnswer(
  check: KnowledgeCheckBlock,
  optionIds: readonly string[],
): boolean {
  if (isSequenceResponse(check)) {
    return optionIds.length === check.options.length && check.options.every((option, index) => optionIds[index] === option.id);
  }
  const chosen = new Set(optionIds);
  const correct = check.options.filter((option) => option.correct).map((option) => option.id);
  return chosen.size === correct.length && correct.every((id) => chosen.has(id));
}

/** The right response: the correct options, or every option in its authored place for ordering and matching. */
export function rightResponse(check: KnowledgeCheckBlock): string[] {
  if (isSequenceResponse(check)) return check.options.map((option) => option.id);
  return check.options.filter((option) => option.correct).map((option) => option.id);
}

/**
 * A selection the learner could submit. Choice questions: not empty, only the check's own
 * option ids, no repeats, and a single option for `single` and `true-false`. Ordering: every
 * option exactly once. Matching: a known option id for every prompt (repeats allowed: a learner
 * may wrongly give two prompts the same match).
 */
export function isValidSelection(
  check: KnowledgeCheckBlock,
  optionIds: readonly unknown[],
): optionIds is readonly string[] {
  const known = new Set(check.options.map((option) => option.id));
  if (check.kind === 'matching') {
    return optionIds.length === check.options.length && optionIds.every((id) => typeof id === 'string' && known.has(id));
  }
  if (check.kind === 'ordering') {
    return optionIds.length === check.options.length && new Set(optionIds).size === optionIds.length && optionIds.every((id) => typeof id === 'string' && known.has(id));
  }
  if (optionIds.length === 0) return false;
  if (!allowsManyOptions(check) && optionIds.length > 1) return false;
  if (optionIds.length > check.options.length) return false;
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

/** The response as it is kept: choices in the check's option order; sequences as given. */
export function normaliseResponse(check: KnowledgeCheckBlock, optionIds: readonly string[]): string[] {
  return isSequenceResponse(check) ? [...optionIds] : inOptionOrder(check, optionIds);
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
    optionIds: normaliseResponse(check, optionIds),
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

/** Ordering: the sequence with `optionId` moved one place up (-1) or down (+1), if it can move. */
export function moveOption(selected: readonly string[], optionId: string, offset: -1 | 1): string[] {
  const from = selected.indexOf(optionId);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= selected.length) return [...selected];
  const moved = [...selected];
  [moved[from], moved[to]] = [moved[to] as string, moved[from] as string];
  return moved;
}

/** Matching: the response with the prompt of option `promptId` given the match of option `matchId`. */
export function matchOption(
  check: KnowledgeCheckBlock,
  selected: readonly string[],
  promptId: string,
  matchId: string,
): string[] {
  const index = check.options.findIndex((option) => option.id === promptId);
  const knownMatch = matchId === '' || check.options.some((option) => option.id === matchId);
  if (index < 0 || !knownMatch) return [...selected];
  const matched = check.options.map((_, position) => selected[position] ?? '');
  matched[index] = matchId;
  return matched;
}
