/**
 * Build-time check that the course's progress always fits SCORM 1.2's `suspend_data` (4,096
 * characters) and that the short hashes `suspend_data` uses for ids are unambiguous.
 */
import type { Course, KnowledgeCheckBlock, Scenario } from '../course/types.js';
import { courseChecks, coursePages } from '../machines/course-lookup.js';
import type { Answer, Progress } from '../machines/progress.js';
import { encodeSuspendData, hashCollisions } from '../tracking/suspend-data.js';

/** `cmi.suspend_data` in SCORM 1.2 is a CMIString4096. */
export const SUSPEND_DATA_LIMIT = 4096;

/** The answer that takes the most room: every option it can hold, every attempt used. */
function largestAnswer(check: KnowledgeCheckBlock): Answer {
  const all = check.options.map((option) => option.id);
  const optionIds = check.kind === 'single' || check.kind === 'true-false' ? all.slice(0, 1) : all;
  return { optionIds, attempts: check.maxAttempts, correct: false };
}

/** The choices along the scenario's longest path (the build has proven it has no cycles). */
function longestPath(scenario: Scenario): string[] {
  const memo = new Map<string, string[]>();
  const from = (id: string, depth: number): string[] => {
    const node = scenario.nodes.find((candidate) => candidate.id === id);
    if (!node || depth > scenario.nodes.length) return [];
    const known = memo.get(id);
    if (known) return known;
    const best = node.choices
      .map((choice) => [choice.id, ...from(choice.next, depth + 1)])
      .reduce<string[]>((longest, path) => (path.length > longest.length ? path : longest), []);
    memo.set(id, best);
    return best;
  };
  return from(scenario.startNodeId, 0);
}

/** The longest `suspend_data` this course can produce, and that text. */
export function largestSuspendData(course: Course): { length: number; sample: string } {
  const pageIds = coursePages(course).map((page) => page.id);
  const longest = pageIds.reduce((a, b) => (b.length > a.length ? b : a), pageIds[0] ?? '');
  const progress: Progress = {
    pageId: longest,
    visited: pageIds,
    answers: Object.fromEntries(courseChecks(course).map((check) => [check.id, largestAnswer(check)])),
    reflections: {},
    scenarios: Object.fromEntries(course.scenarios.map((scenario) => [scenario.id, { path: longestPath(scenario), finished: true }])),
  };
  const sample = encodeSuspendData(course, progress);
  return { length: sample.length, sample };
}

/** Fails when the largest progress would not fit, or when two ids in one scope share a hash. */
export function checkSuspendDataBudget(course: Course): { ok: boolean; length: number; message?: string } {
  const { length } = largestSuspendData(course);
  const problems: string[] = [];
  if (length > SUSPEND_DATA_LIMIT) {
    problems.push(
      `saved progress can reach ${length} characters, over SCORM 1.2's suspend_data limit of ${SUSPEND_DATA_LIMIT}: ` +
        'split the course or use fewer pages, knowledge checks or options',
    );
  }
  for (const collision of hashCollisions(course)) {
    problems.push(`${collision}, so saved progress could not tell them apart: rename one of them, preferably one not yet published (saved progress for a renamed id is lost)`);
  }
  return problems.length === 0 ? { ok: true, length } : { ok: false, length, message: problems.join('\n') };
}
