import { seededShuffle, uncoverableSeeds, type DrawableQuestion } from '../../machines/assessment-draw.js';
import type { IdRegistry } from './id-registry.js';
import { blocksOf } from './lesson-walk.js';
import { checkKnowledgeCheck } from './knowledge-check-rules.js';
import type { ObjectiveReference } from './lesson-checks.js';
import { checkMarkdownFields, type InternalLink } from './markdown-checks.js';
import { assessmentMarkdownFields } from './markdown-fields.js';
import type { ProblemList } from './problems.js';
import { asFields, asList, asText } from './value-access.js';
import { valuePosition, type YamlFile } from './yaml-file.js';

import { assessmentFileName } from './content-files.js';

export { assessmentFileName };

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

/**
 * The assessment is taken on exactly one page: with assessment.yaml there must be one
 * `assessment` block (none is reported at the top of assessment.yaml, extras at each extra
 * block); without it, any `assessment` block is reported. `everyPlacementKnown` is false when a
 * lesson could not be read: the block may be there, so its absence is not reported.
 */
export function checkAssessmentPlacement(
  lessons: readonly YamlFile[],
  assessmentFile: YamlFile | undefined,
  everyPlacementKnown: boolean,
  problems: ProblemList,
): void {
  const placements = lessons.flatMap((file) =>
    blocksOf(file.value)
      .filter(({ block }) => block['type'] === 'assessment')
      .map(({ path, pageId }) => ({ file, position: valuePosition(file, [...path, 'type']), pageId })),
  );
  const [first, ...extra] = placements;
  if (!assessmentFile) {
    for (const placement of placements) {
      problems.add(placement.file.displayPath, placement.position, 'assessment-without-bank', `this page has an \`assessment\` block but there is no content/${assessmentFileName}: create the question bank or remove the block`);
    }
    return;
  }
  if (!first) {
    if (everyPlacementKnown) {
      problems.add(assessmentFile.displayPath, { line: 1, column: 1 }, 'unplaced-assessment', 'the assessment is not on any page: add `- type: assessment` to the blocks of the page where learners should take it');
    }
    return;
  }
  const where = `${first.file.displayPath}:${first.position.line}:${first.position.column}`;
  for (const placement of extra) {
    problems.add(placement.file.displayPath, placement.position, 'duplicate-assessment-block', `the assessment is already on page "${first.pageId ?? '?'}" (${where}): it goes on one page only, so remove one of the blocks`);
  }
}
