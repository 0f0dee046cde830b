/**
 * What a course page shows beyond its blocks, worked out from progress: its scenarios, its
 * assessment and the learner's details for the plan and certificate. Shared by the learner's app
 * and the audience screen, so both show a page the same way.
 */
import type { Course, Page } from '../course/types.js';
import { courseScore, type Progress } from '../machines/progress.js';
import { hasPassed } from '../machines/assessment.js';
import { assessmentView, type AssessmentView } from './assessment-view.js';
import type { ScenarioView } from './li-scenario.js';
import { scenarioView } from './scenario-view.js';
import type { Scenario } from '../course/types.js';

export function scenariosOnPage(course: Course, page: Page, progress: Progress): Record<string, { scenario: Scenario; view: ScenarioView | undefined }> {
  return Object.fromEntries(
    page.blocks.flatMap((block) => {
      const scenario = block.type === 'scenario' ? course.scenarios.find((candidate) => candidate.id === block.scenarioId) : undefined;
      return scenario ? [[scenario.id, { scenario, view: scenarioView(scenario, progress.scenarios[scenario.id]) }]] : [];
    }),
  );
}

export function assessmentOnPage(course: Course, page: Page, progress: Progress): AssessmentView | undefined {
  return page.blocks.some((block) => block.type === 'assessment') ? assessmentView(course, progress) : undefined;
}

/** `lmsName`: the learner's name from the LMS, '' for none. */
export function learnerDetails(course: Course, progress: Progress, lmsName: string) {
  return {
    courseTitle: course.title,
    language: course.language,
    actionPlan: progress.actionPlan ?? {},
    lmsName,
    typedName: progress.learnerName ?? '',
    completedOn: progress.completedOn ?? '',
    score: courseScore(course, progress),
    passed: !course.assessment || hasPassed(course, progress.assessmentAttempts),
  };
}
