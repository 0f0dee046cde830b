/**
 * The fixture course with a final assessment: a third lesson, `final`, whose one page holds the
 * assessment. The bank has one question of each kind (ids `final-*`); each attempt draws 5, so
 * 4 right of 5 (80%) passes and 3 right fails. Every question's right response is in
 * `rightResponse`, and `wrongResponse` is a valid wrong one.
 */
import type { Course, KnowledgeCheckBlock } from '../../src/course/types.js';
import { fixtureCourse, matchingCheck, multipleCheck, orderingCheck, singleCheck, trueFalseCheck } from './fixture-course.js';

function asFinal(check: KnowledgeCheckBlock, id: string): KnowledgeCheckBlock {
  return { ...check, id, maxAttempts: 1 };
}

export const assessmentQuestions: readonly KnowledgeCheckBlock[] = [
  asFinal(singleCheck, 'final-agenda'),
  asFinal(multipleCheck, 'final-gains'),
  asFinal({ ...trueFalseCheck, options: trueFalseCheck.options.map((option) => ({ ...option, textHtml: option.id === 'true' ? 'True' : 'False' })) }, 'final-myth'),
  asFinal(orderingCheck, 'final-order'),
  asFinal(matchingCheck, 'final-match'),
  asFinal({ ...singleCheck, objectiveIds: ['purpose-agenda', 'marginal-gains'] }, 'final-both'),
];

export const rightResponse: Readonly<Record<string, readonly string[]>> = {
  'final-agenda': ['b'],
  'final-gains': ['a', 'c'],
  'final-myth': ['false'],
  'final-order': ['agenda', 'try', 'adopt'],
  'final-match': ['remit', 'lab', 'bot'],
  'final-both': ['b'],
};

export const wrongResponse: Readonly<Record<string, readonly string[]>> = {
  'final-agenda': ['a'],
  'final-gains': ['a'],
  'final-myth': ['true'],
  'final-order': ['try', 'agenda', 'adopt'],
  'final-match': ['lab', 'remit', 'bot'],
  'final-both': ['c'],
};

export const assessmentPageId = 'final-questions';

export const assessmentCourse: Course = {
  ...fixtureCourse,
  id: 'leading-innovation-assessed',
  lessons: [
    ...fixtureCourse.lessons,
    {
      id: 'final',
      title: 'Final assessment',
      summary: 'Show what you can do.',
      objectiveIds: [],
      estimatedMinutes: 5,
      pages: [{ id: assessmentPageId, title: 'Check what you can do', blocks: [{ type: 'prose', html: '<p>Ten questions.</p>' }, { type: 'assessment' }] }],
    },
  ],
  assessment: { drawCount: 5, maxAttempts: 3, opensWhen: 'lessons-complete', questions: assessmentQuestions },
};
