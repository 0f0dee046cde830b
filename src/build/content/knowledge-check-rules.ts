import type { ProblemList } from './problems.js';
import { arrangingKinds, questionKinds } from './schemas/lesson-schema.js';
import { asFields, asList, asText, valueAt } from './value-access.js';
import { valuePosition, type ValuePath, type YamlFile } from './yaml-file.js';

interface OptionView {
  readonly index: number;
  /** Unquoted `true`/`false` ids arrive as booleans; they name the same option as the text. */
  readonly id: string | undefined;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** Ordering and matching questions take this many options. */
export const arrangingOptionRange = { min: 3, max: 8 } as const;

const kindNames: Readonly<Record<(typeof questionKinds)[number], string>> = {
  single: 'single-choice',
  multiple: 'multiple-choice',
  'true-false': 'true-false',
  ordering: 'an ordering question',
  matching: 'a matching question',
};

function readOptions(block: Readonly<Record<string, unknown>>): OptionView[] {
  return asList(block['options']).flatMap((option, index) => {
    const fields = asFields(option);
    if (!fields) return [];
    const rawId = fields['id'];
    const id = typeof rawId === 'boolean' ? String(rawId) : asText(rawId);
    return [{ index, id, fields }];
  });
}

function optionName(option: OptionView): string {
  return option.id === undefined ? `option ${option.index + 1}` : `option "${option.id}"`;
}

function isKind(kind: unknown): kind is (typeof questionKinds)[number] {
  return (questionKinds as readonly unknown[]).includes(kind);
}

function isArranging(kind: unknown): kind is (typeof arrangingKinds)[number] {
  return (arrangingKinds as readonly unknown[]).includes(kind);
}

/** Matches compare as a learner sees them: case and spacing do not make two matches different. */
function normaliseMatch(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The rules a question must follow beyond its schema: distinct option ids; for choice questions a
 * right answer (only one for single-choice and true-false), enough options and true-false's fixed
 * ids; for ordering and matching questions 3 to 8 options, no `correct`, and distinct matches.
 */
export function checkKnowledgeCheck(file: YamlFile, blockPath: ValuePath, problems: ProblemList): void {
  const block = asFields(valueAt(file.value, blockPath));
  if (!block) return;
  const checkName = typeof block['id'] === 'string' ? `knowledge check "${block['id']}"` : 'this knowledge check';
  const kind = block['kind'];
  const options = readOptions(block);
  const optionsPath = [...blockPath, 'options'];
  const optionPath = (option: OptionView, field?: string): ValuePath =>
    field ? [...optionsPath, option.index, field] : [...optionsPath, option.index];
  const report = (path: ValuePath, code: string, message: string): void =>
    problems.add(file.displayPath, valuePosition(file, path), code, message);

  const firstById = new Map<string, OptionView>();
  for (const option of options) {
    if (option.id === undefined) continue;
    const first = firstById.get(option.id);
    if (first) {
      const firstLine = valuePosition(file, optionPath(first, 'id')).line;
      report(
        optionPath(option, 'id'),
        'duplicate-option-id',
        `option id "${option.id}" is used twice in ${checkName} (first on line ${firstLine}): give each option its own id`,
      );
    } else {
      firstById.set(option.id, option);
    }
  }
  if (!isKind(kind)) return; // the schema reports it

  if (kind !== 'true-false') {
    for (const option of options) {
      if (typeof option.fields['text'] === 'string') continue;
      report(
        optionPath(option),
        'missing-field',
        `missing required field "text" in ${optionName(option)} (only true-false options may leave it out)`,
      );
    }
  }
  if (kind !== 'matching') {
    for (const option of options.filter((candidate) => 'match' in candidate.fields)) {
      report(
        optionPath(option, 'match'),
        'field-not-allowed',
        `"match" in ${optionName(option)} is only used by matching questions, and ${checkName} is ${kindNames[kind]}: remove it, or use "kind: matching"`,
      );
    }
  }
  if (isArranging(kind)) checkArranging(kind);
  else checkChoice(kind);

  function checkChoice(choiceKind: 'single' | 'multiple' | 'true-false'): void {
    for (const option of options.filter((candidate) => !('correct' in candidate.fields))) {
      report(optionPath(option), 'missing-field', `missing required field "correct" in ${optionName(option)}`);
    }
    const allMarked = options.length > 0 && options.every((option) => typeof option.fields['correct'] === 'boolean');
    const correct = options.filter((option) => option.fields['correct'] === true);
    if (allMarked && correct.length === 0) {
      report(
        optionsPath,
        'no-correct-option',
        `${checkName} has no correct option: mark the right answer with "correct: true"`,
      );
    }
    const second = correct[1];
    if (choiceKind !== 'multiple' && second && correct[0]) {
      const names = `${optionName(correct[0])} and ${optionName(second)}`;
      const fix = choiceKind === 'single' ? 'mark only one as correct, or use "kind: multiple"' : 'mark only one as correct';
      report(
        optionPath(second, 'correct'),
        'too-many-correct',
        `${checkName} is ${kindNames[choiceKind]} but ${names} are both correct: ${fix}`,
      );
    }

    if (choiceKind === 'multiple' && options.length === 1) {
      report(
        optionsPath,
        'too-few-options',
        `${checkName} is multiple-choice but has only one option: add at least one more`,
      );
    }

    if (choiceKind === 'true-false') {
      const ids = options.map((option) => option.id ?? '?');
      const exact = ids.length === 2 && ids.includes('true') && ids.includes('false');
      if (!exact && options.length > 0) {
        report(
          optionsPath,
          'true-false-options',
          `${checkName} is true-false, so it needs exactly two options with ids true and false (found: ${ids.join(', ')})`,
        );
      }
    }
  }

  function checkArranging(arrangingKind: 'ordering' | 'matching'): void {
    const answer =
      arrangingKind === 'ordering'
        ? 'the order of the options is the answer, so list them in the right order'
        : 'each option\'s "match" is its answer';
    for (const option of options.filter((candidate) => 'correct' in candidate.fields)) {
      report(
        optionPath(option, 'correct'),
        'field-not-allowed',
        `"correct" in ${optionName(option)} is not used by ${arrangingKind} questions (${answer}): remove it`,
      );
    }

    const { min, max } = arrangingOptionRange;
    const noun = arrangingKind === 'ordering' ? 'steps' : 'prompts';
    if (options.length > 0 && options.length < min) {
      report(
        optionsPath,
        'too-few-options',
        `${checkName} is ${kindNames[arrangingKind]} but has only ${options.length} option${options.length === 1 ? '' : 's'}: give it ${min} to ${max} ${noun}`,
      );
    } else if (options.length > max) {
      report(
        optionsPath,
        'too-many-options',
        `${checkName} is ${kindNames[arrangingKind]} with ${options.length} options, more than a learner can hold in mind: give it ${min} to ${max} ${noun}, splitting it into two questions if need be`,
      );
    }

    if (arrangingKind !== 'matching') return;
    const firstByMatch = new Map<string, OptionView>();
    for (const option of options) {
      const match = option.fields['match'];
      if (match === undefined) {
        report(
          optionPath(option),
          'missing-field',
          `missing required field "match" in ${optionName(option)} (every prompt of a matching question needs its right match)`,
        );
        continue;
      }
      if (typeof match !== 'string') continue; // the schema reports it
      const key = normaliseMatch(match);
      const first = firstByMatch.get(key);
      if (first) {
        const firstLine = valuePosition(file, optionPath(first, 'match')).line;
        report(
          optionPath(option, 'match'),
          'duplicate-match',
          `match "${match.trim()}" is used twice in ${checkName} (first on line ${firstLine}), so learners could not tell the two apart: give each prompt its own match`,
        );
      } else {
        firstByMatch.set(key, option);
      }
    }
  }
}
