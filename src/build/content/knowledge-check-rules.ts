import type { ProblemList } from './problems.js';
import { asFields, asList, asText, valueAt } from './value-access.js';
import { valuePosition, type ValuePath, type YamlFile } from './yaml-file.js';

interface OptionView {
  readonly index: number;
  /** Unquoted `true`/`false` ids arrive as booleans; they name the same option as the text. */
  readonly id: string | undefined;
  readonly correct: unknown;
  readonly hasText: boolean;
}

function readOptions(block: Readonly<Record<string, unknown>>): OptionView[] {
  return asList(block['options']).flatMap((option, index) => {
    const fields = asFields(option);
    if (!fields) return [];
    const rawId = fields['id'];
    const id = typeof rawId === 'boolean' ? String(rawId) : asText(rawId);
    return [{ index, id, correct: fields['correct'], hasText: typeof fields['text'] === 'string' }];
  });
}

function optionName(option: OptionView): string {
  return option.id === undefined ? `option ${option.index + 1}` : `option "${option.id}"`;
}

/**
 * The rules a question must follow beyond its schema: distinct option ids, a right answer (only
 * one for single-choice and true-false), enough options, and true-false's fixed ids.
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

  const allMarked = options.length > 0 && options.every((option) => typeof option.correct === 'boolean');
  const correct = options.filter((option) => option.correct === true);
  if (allMarked && correct.length === 0) {
    report(
      optionsPath,
      'no-correct-option',
      `${checkName} has no correct option: mark the right answer with "correct: true"`,
    );
  }
  const second = correct[1];
  if ((kind === 'single' || kind === 'true-false') && second && correct[0]) {
    const names = `${optionName(correct[0])} and ${optionName(second)}`;
    const fix = kind === 'single' ? 'mark only one as correct, or use "kind: multiple"' : 'mark only one as correct';
    report(
      optionPath(second, 'correct'),
      'too-many-correct',
      `${checkName} is ${kind === 'single' ? 'single-choice' : 'true-false'} but ${names} are both correct: ${fix}`,
    );
  }

  if (kind === 'multiple' && options.length === 1) {
    report(
      optionsPath,
      'too-few-options',
      `${checkName} is multiple-choice but has only one option: add at least one more`,
    );
  }

  if (kind === 'true-false') {
    const ids = options.map((option) => option.id ?? '?');
    const exact = ids.length === 2 && ids.includes('true') && ids.includes('false');
    if (!exact && options.length > 0) {
      report(
        optionsPath,
        'true-false-options',
        `${checkName} is true-false, so it needs exactly two options with ids true and false (found: ${ids.join(', ')})`,
      );
    }
  } else if (kind === 'single' || kind === 'multiple') {
    for (const option of options) {
      if (option.hasText) continue;
      report(
        optionPath(option),
        'missing-field',
        `missing required field "text" in ${optionName(option)} (only true-false options may leave it out)`,
      );
    }
  }
}
