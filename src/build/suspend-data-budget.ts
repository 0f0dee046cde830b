/**
 * Build-time check that the course's progress always fits SCORM 1.2's `suspend_data` (4,096
 * characters) and that the short hashes `suspend_data` uses for ids are unambiguous.
 */
import type { Course, KnowledgeCheckBlock, Scenario } from '../course/types.js';
import { attemptQuestions, SEED_LIMIT, type AssessmentAttempt } from '../machines/assessment.js';
import { courseChecks, coursePages } from '../machines/course-lookup.js';
import type { Answer, Progress } from '../machines/progress.js';
import { encodedResponseLength, encodeSuspendData, hashCollisions } from '../tracking/suspend-data.js';

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

/** The largest seed: six count digits, the most any seed takes. */
const LONGEST_SEED = SEED_LIMIT - 1;

const sum = (sizes: readonly number[]): number => sizes.reduce((total, size) => total + size, 0);

/** Characters the largest response to `question` takes in an attempt. */
const largestResponseLength = (question: KnowledgeCheckBlock): number =>
  encodedResponseLength(largestAnswer(question).optionIds.length);

/**
 * Every attempt allowed, submitted, with the longest seed and the largest response to each
 * question that seed draws; and how many characters short of the worst draw each attempt may
 * be. Which questions are drawn depends on the seed, so the worst draw is bounded instead: the
 * `drawCount` largest responses in the bank. The rest of each field (the longest seed, the flag,
 * the fixed-width fingerprint of the draw) is written into the sample, so the bound includes it.
 */
function largestAttempts(course: Course): { attempts: AssessmentAttempt[]; shortfallPerAttempt: number } {
  const { assessment } = course;
  if (!assessment) return { attempts: [], shortfallPerAttempt: 0 };
  const drawn = attemptQuestions(course, LONGEST_SEED);
  const responses = Object.fromEntries(drawn.map((question) => [question.id, largestAnswer(question).optionIds]));
  const attempts = Array.from({ length: assessment.maxAttempts }, () => ({ seed: LONGEST_SEED, responses, submitted: true }));
  const worstDraw = assessment.questions.map(largestResponseLength).sort((a, b) => b - a).slice(0, assessment.drawCount);
  return { attempts, shortfallPerAttempt: sum(worstDraw) - sum(drawn.map(largestResponseLength)) };
}

/**
 * The longest `suspend_data` this course can produce, and a text at least nearly that long. With
 * a final assessment, `length` is an upper bound: `sample` holds the draw of one seed, and
 * `length` adds what the worst possible draw could take beyond it (so it can exceed
 * `sample.length`). Without one, `length` is `sample.length`.
 */
export function largestSuspendData(course: Course): { length: number; sample: string } {
  const pageIds = coursePages(course).map((page) => page.id);
  const longest = pageIds.reduce((a, b) => (b.length > a.length ? b : a), pageIds[0] ?? '');
  const { attempts, shortfallPerAttempt } = largestAttempts(course);
  const progress: Progress = {
    pageId: longest,
    visited: pageIds,
    answers: Object.fromEntries(courseChecks(course).map((check) => [check.id, largestAnswer(check)])),
    reflections: {},
    scenarios: Object.fromEntries(course.scenarios.map((scenario) => [scenario.id, { path: longestPath(scenario), finished: true }])),
    ...(attempts.length === 0 ? {} : { assessmentAttempts: attempts }),
  };
  const sample = encodeSuspendData(course, progress);
  return { length: sample.length + attempts.length * shortfallPerAttempt, sample };
}

/** Fails when the largest progress would not fit, or when two ids in one scope share a hash. */
export function checkSuspendDataBudget(course: Course): { ok: boolean; length: number; message?: string } {
  const { length } = largestSuspendData(course);
  const problems: string[] = [];
  if (length > SUSPEND_DATA_LIMIT) {
    problems.push(
      `saved progress can reach ${length} characters, over SCORM 1.2's suspend_data limit of ${SUSPEND_DATA_LIMIT}: ` +
        'split the course or use fewer pages, knowledge checks, options or assessment attempts',
    );
  }
  for (const collision of hashCollisions(course)) {
    problems.push(`${collision}, so saved progress could not tell them apart: rename one of them, preferably one not yet published (saved progress for a renamed id is lost)`);
  }
  return problems.length === 0 ? { ok: true, length } : { ok: false, length, message: problems.join('\n') };
}
