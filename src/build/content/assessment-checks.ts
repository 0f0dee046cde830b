import { seededShuffle, uncoverableSeeds, type DrawableQuestion } from '../../machines/assessment-draw.js';
import type { IdRegistry } from './id-registry.js';
import { checkKnowledgeCheck } from './knowledge-check-rules.js';
import type { ObjectiveReference } from './lesson-checks.js';
import { checkMarkdownFields, type InternalLink } from './markdown-checks.js';
import { assessmentMarkdownFields } from './markdown-fields.js';
import type { ProblemList } from './problems.js';
import { asFields, asList, asText } from './value-access.js';
import { valuePosition, type YamlFile } from './yaml-file.js';

export { assessmentFileName } from './content-files.js';

export interface AssessmentFindings {
  readonly objectiveReferences: ObjectiveReference[];
  readonly links: InternalLink[];
}

/**
 * Checks content/assessment.yaml beyond its schema: each question's id into the shared registry
 * and the rules of a knowledge check, the draw no larger than the bank, and its Markdown.
 */
export function checkAssessmentFile(file: YamlFile, registry: IdRegistry, problems: ProblemList): AssessmentFindings {
  const assessment = asFields(file.value);
  const objectiveReferences: ObjectiveReference[] = [];
  if (!assessment) return { objectiveReferences, links: [] };
  const questions = asList(assessment['questions']);
  questions.forEach((question, index) => {
    const fields = asFields(question);
    if (!fields) return;
    const id = asText(fields['id']);
    if (id !== undefined) {
      registry.declare(
        { id, kind: 'assessment question', file: file.displayPath, position: valuePosition(file, ['questions', index, 'id']) },
        problems,
      );
    }
    asList(fields['objectives']).forEach((objectiveId, objectiveIndex) => {
      if (typeof objectiveId !== 'string') return;
      objectiveReferences.push({
        file: file.displayPath,
        position: valuePosition(file, ['questions', index, 'objectives', objectiveIndex]),
        objectiveId,
      });
    });
    checkKnowledgeCheck(file, ['questions', index], problems);
  });
  const drawCount = assessment['drawCount'];
  if (typeof drawCount === 'number' && Number.isInteger(drawCount) && questions.length > 0 && drawCount > questions.length) {
    problems.add(
      file.displayPath,
      valuePosition(file, ['drawCount']),
      'draw-larger-than-bank',
      `drawCount is ${drawCount} but the bank has only ${questions.length} questions: lower drawCount or add questions`,
    );
  }
  return { objectiveReferences, links: checkMarkdownFields(file, assessmentMarkdownFields(assessment), problems) };
}

/** The bank as the draw sees it: each question's id and the objective ids it names. */
export function drawableBank(assessment: unknown): DrawableQuestion[] {
  return asList(asFields(assessment)?.['questions']).flatMap((question) => {
    const fields = asFields(question);
    const id = asText(fields?.['id']);
    if (id === undefined) return [];
    const objectiveIds = asList(fields?.['objectives']).filter((objective): objective is string => typeof objective === 'string');
    return [{ id, objectiveIds }];
  });
}

/** The objectives a failing draw leaves uncovered, replaying the draw's choice of covering questions. */
function uncoveredBy(bank: readonly DrawableQuestion[], count: number, objectiveIds: readonly string[], seed: number): string[] {
  const order = seededShuffle(bank, seed);
  const uncovered = new Set(objectiveIds);
  for (let chosen = 0; chosen < count && uncovered.size > 0; chosen += 1) {
    const gainOf = (question: DrawableQuestion): number => question.objectiveIds.filter((id) => uncovered.has(id)).length;
    const best = order.reduce<DrawableQuestion | undefined>(
      (found, question) => (gainOf(question) > (found ? gainOf(found) : 0) ? question : found),
      undefined,
    );
    if (!best) break;
    for (const id of best.objectiveIds) uncovered.delete(id);
  }
  return objectiveIds.filter((id) => uncovered.has(id));
}

/**
 * Every draw must cover every learning objective: checked over the draw's seeds, and reported at
 * `drawCount` naming the objectives the first failing draw leaves out.
 */
export function checkAssessmentCoverage(file: YamlFile, objectiveIds: readonly string[], problems: ProblemList): void {
  const drawCount = asFields(file.value)?.['drawCount'];
  if (typeof drawCount !== 'number') return;
  const bank = drawableBank(file.value);
  const failing = uncoverableSeeds(bank, drawCount, objectiveIds);
  const first = failing[0];
  if (first === undefined) return;
  const missed = uncoveredBy(bank, drawCount, objectiveIds, first);
  problems.add(
    file.displayPath,
    valuePosition(file, ['drawCount']),
    'draw-misses-objectives',
    `a draw of ${drawCount} question${drawCount === 1 ? '' : 's'} cannot always cover every learning objective (objectives: ${missed.join(', ')}): ` +
      'add questions that assess two objectives, or raise drawCount',
  );
}
