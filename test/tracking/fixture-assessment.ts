/**
 * A final assessment for saved-progress tests: a bank of one question of each kind and a second
 * single, five drawn per attempt, three attempts; and the helpers to put it in a course.
 */
import type { Assessment, Course, KnowledgeCheckBlock } from '../../src/course/types.js';
import { matchingCheck, multipleCheck, orderingCheck, singleCheck, trueFalseCheck } from '../machines/fixture-course.js';

const asAssessmentQuestion = (check: KnowledgeCheckBlock, id: string): KnowledgeCheckBlock => ({ ...check, id, maxAttempts: 1 });

export const assessmentBank: readonly KnowledgeCheckBlock[] = [
  asAssessmentQuestion(singleCheck, 'final-agenda'),
  asAssessmentQuestion(multipleCheck, 'final-gains'),
  asAssessmentQuestion(trueFalseCheck, 'final-myth'),
  asAssessmentQuestion(orderingCheck, 'final-order'),
  asAssessmentQuestion(matchingCheck, 'final-match'),
  asAssessmentQuestion({ ...singleCheck, questionHtml: '<p>What comes before a tool?</p>' }, 'final-before-tool'),
];

export const fixtureAssessment: Assessment = {
  drawCount: 5,
  maxAttempts: 3,
  opensWhen: 'always',
  questions: assessmentBank,
};

/** `course` with a final assessment (by default `fixtureAssessment`) on a lesson of its own. */
export function withAssessment(course: Course, changes: Partial<Assessment> = {}): Course {
  return {
    ...course,
    assessment: { ...fixtureAssessment, ...changes },
    lessons: [
      ...course.lessons,
      {
        id: 'final',
        title: 'Final assessment',
        summary: 'Questions on the whole course.',
        objectiveIds: [],
        estimatedMinutes: 10,
        pages: [{ id: 'final-assessment', title: 'Final assessment', blocks: [{ type: 'assessment' }] }],
      },
    ],
  };
}
