/** The final assessment's bank with answer keys, and how an attempt is drawn from it. */
import type { Assessment, Course } from '../../course/types.js';
import { countOf } from './guide-markup.js';
import { questionKeyHtml } from './guide-questions.js';

export function assessmentHtml(assessment: Assessment, course: Course): string {
  const opens = assessment.opensWhen === 'lessons-complete' ? 'It opens when learners have finished every lesson before it.' : 'Learners can take it at any time.';
  return [
    `<p>${[
      `Each attempt asks ${assessment.drawCount} of these ${assessment.questions.length} questions, drawn so that every learning objective is covered.`,
      `Learners need ${course.passMark}% to pass and may make ${countOf(assessment.maxAttempts, 'attempt', 'attempts')}; each attempt draws a new set.`,
      opens,
      'Each question allows one answer.',
    ].join(' ')}</p>`,
    ...assessment.questions.map((question, index) => questionKeyHtml(question, { heading: `Question ${index + 1}`, headingLevel: 3, course })),
  ].join('\n');
}
