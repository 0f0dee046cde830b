import type { Course, KnowledgeCheckBlock } from '../course/types.js';
import {
  attemptQuestions,
  attemptsRemaining,
  attemptScore,
  bestScore,
  canStartAttempt,
  hasPassed,
  markAttempt,
  openAttempt,
  shownResponse,
  submittedAttempts,
  unansweredQuestions,
  type MarkedResponse,
} from '../machines/assessment.js';
import { lessonsToFinishFirst, type Progress } from '../machines/progress.js';

/** Which screen of the final assessment the learner sees, worked out from progress by the app. */
export type AssessmentView =
  | { readonly screen: 'locked'; readonly lessonsToFinish: readonly { readonly id: string; readonly title: string }[] }
  | {
      readonly screen: 'start';
      readonly questionCount: number;
      readonly passMark: number;
      readonly maxAttempts: number;
      /** 1 for the first attempt. */
      readonly attemptNumber: number;
    }
  | {
      readonly screen: 'answering';
      readonly questions: readonly KnowledgeCheckBlock[];
      /** What each question shows as chosen, by question id (an unmoved ordering shows its display order). */
      readonly responses: Readonly<Record<string, readonly string[]>>;
      /** Ids of questions without a complete response. */
      readonly unanswered: readonly string[];
      /** Where a new or resumed attempt opens: the first question the learner has not touched, else the check. */
      readonly resumeAt: number | 'check';
    }
  | {
      readonly screen: 'results';
      readonly passed: boolean;
      /** The last submitted attempt's score, and the best of all. */
      readonly score: number;
      readonly bestScore: number;
      readonly passMark: number;
      readonly attemptsLeft: number;
      readonly maxAttempts: number;
      /** The next attempt's number when another is allowed. */
      readonly nextAttempt: number | undefined;
      readonly marked: readonly MarkedResponse[];
    };

export function assessmentView(course: Course, progress: Progress): AssessmentView | undefined {
  const { assessment } = course;
  if (!assessment) return undefined;
  const attempts = progress.assessmentAttempts;
  const open = openAttempt(attempts);
  if (open) {
    const questions = attemptQuestions(course, open.seed);
    const responses = Object.fromEntries(questions.map((question) => [question.id, shownResponse(question, open)]));
    const unanswered = unansweredQuestions(course, open).map((question) => question.id);
    const untouched = questions.findIndex((question) => open.responses[question.id] === undefined);
    return { screen: 'answering', questions, responses, unanswered, resumeAt: untouched < 0 ? 'check' : untouched };
  }
  const last = submittedAttempts(attempts).at(-1);
  if (last) {
    const attemptsLeft = hasPassed(course, attempts) ? 0 : attemptsRemaining(assessment, attempts);
    return {
      screen: 'results',
      passed: hasPassed(course, attempts),
      score: attemptScore(course, last),
      bestScore: bestScore(course, attempts) ?? 0,
      passMark: course.passMark,
      attemptsLeft,
      maxAttempts: assessment.maxAttempts,
      nextAttempt: canStartAttempt(course, attempts) ? (attempts?.length ?? 0) + 1 : undefined,
      marked: markAttempt(course, last),
    };
  }
  const lessonsToFinish = lessonsToFinishFirst(course, progress).map(({ id, title }) => ({ id, title }));
  if (lessonsToFinish.length > 0) return { screen: 'locked', lessonsToFinish };
  return { screen: 'start', questionCount: Math.min(assessment.drawCount, assessment.questions.length), passMark: course.passMark, maxAttempts: assessment.maxAttempts, attemptNumber: 1 };
}
