/**
 * Where progress comes from: a fresh start, or saved progress read back from storage or the
 * LMS. Saved progress is untrusted: anything that no longer fits the course is dropped and
 * described, correctness is re-computed, and nothing here throws.
 */
import { actionPlanFields, type ActionPlanField, type Course, type KnowledgeCheckBlock } from '../course/types.js';
import { isCorrectAnswer, isValidSelection, normaliseResponse } from './checks.js';
import { isIsoDay, MAX_NAME_LENGTH } from './plan-and-certificate.js';
import { isScenarioEnding, replayScenarioPath } from './scenario-path.js';
import { findScenario, type ScenarioProgress } from './scenario-progress.js';
import { readAssessmentAttempts } from './restore-assessment.js';
import { findCheck, findPage, firstPageId } from './course-lookup.js';
import { canVisitPage } from './navigation.js';
import { capReflection, isKnownReflection, MAX_REFLECTION_LENGTH } from './progress-update.js';
import type { Answer, Progress } from './progress.js';
import {
  createMessageLog,
  describeValue,
  isRecord,
  ownProperty,
  type MessageLog,
} from './untrusted.js';

export interface RestoredProgress {
  readonly progress: Progress;
  /** Human-readable descriptions of what was discarded or corrected. */
  readonly dropped: string[];
}

/** Most list entries or object keys read from saved progress; the rest are ignored. */
const MAX_ENTRIES = 10_000;

/** The start of the course: first page, nothing visited, answered or written. */
export function initialProgress(course: Course): Progress {
  return { pageId: firstPageId(course), visited: [], answers: {}, reflections: {}, scenarios: {} };
}

/**
 * Reads saved progress of any shape. `null` and `undefined` mean "nothing saved" and drop
 * nothing. Never throws: unreadable input (throwing getters, revoked proxies) starts afresh.
 */
export function restoreProgress(course: Course, saved: unknown): RestoredProgress {
  const fresh = initialProgress(course);
  if (saved === undefined || saved === null) return { progress: fresh, dropped: [] };
  const log = createMessageLog();
  try {
    if (!isRecord(saved)) {
      log.add(`saved progress was ${describeValue(saved)}, not an object; starting afresh`);
      return { progress: fresh, dropped: log.list() };
    }
    let partial: Progress = {
      pageId: fresh.pageId,
      visited: readVisited(course, ownProperty(saved, 'visited'), log),
      answers: readAnswers(course, ownProperty(saved, 'answers'), log),
      reflections: readReflections(course, ownProperty(saved, 'reflections'), log),
      scenarios: readScenarios(course, ownProperty(saved, 'scenarios'), log),
      ...readPlanAndCertificate(saved, log),
    };
    const assessmentAttempts = readAssessmentAttempts(course, ownProperty(saved, 'assessmentAttempts'), log);
    if (assessmentAttempts) partial = { ...partial, assessmentAttempts };
    const pageId = readPageId(course, partial, ownProperty(saved, 'pageId'), log);
    return { progress: { ...partial, pageId }, dropped: log.list() };
  } catch {
    log.add('saved progress could not be read; starting afresh');
    return { progress: fresh, dropped: log.list() };
  }
}

function readPageId(course: Course, progress: Progress, value: unknown, log: MessageLog): string {
  if (typeof value === 'string' && canVisitPage(course, progress, value)) return value;
  if (value === undefined) return progress.pageId;
  if (typeof value !== 'string') {
    log.add(`current page ${describeValue(value)} is not a page id; starting at the first page`);
  } else if (findPage(course, value) === undefined) {
    log.add(`current page ${describeValue(value)} no longer exists; starting at the first page`);
  } else {
    log.add(`current page ${describeValue(value)} cannot be opened yet; starting at the first page`);
  }
  return progress.pageId;
}

/** At most `MAX_ENTRIES` items of a list, noting the rest. */
function boundedItems(list: readonly unknown[], what: string, log: MessageLog): unknown[] {
  if (list.length > MAX_ENTRIES) {
    log.add(`${what}: ${list.length - MAX_ENTRIES} entries beyond the first ${MAX_ENTRIES} ignored`);
  }
  const items: unknown[] = [];
  for (let index = 0; index < Math.min(list.length, MAX_ENTRIES); index += 1) {
    items.push(list[index]);
  }
  return items;
}

/** At most `MAX_ENTRIES` own enumerable keys of a record, noting the rest. */
function boundedKeys(record: object, what: string, log: MessageLog): string[] {
  const keys = Object.keys(record);
  if (keys.length > MAX_ENTRIES) {
    log.add(`${what}: ${keys.length - MAX_ENTRIES} entries beyond the first ${MAX_ENTRIES} ignored`);
  }
  return keys.slice(0, MAX_ENTRIES);
}

function readVisited(course: Course, value: unknown, log: MessageLog): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    log.add(`visited pages were ${describeValue(value)}, not a list`);
    return [];
  }
  const visited: string[] = [];
  for (const item of boundedItems(value, 'visited pages', log)) {
    if (typeof item !== 'string') {
      log.add(`visited page ${describeValue(item)} is not a page id`);
    } else if (findPage(course, item) === undefined) {
      log.add(`visited page ${describeValue(item)} no longer exists`);
    } else if (visited.includes(item)) {
      log.add(`visited page ${describeValue(item)} was listed twice`);
    } else {
      visited.push(item);
    }
  }
  return visited;
}

function readAnswers(course: Course, value: unknown, log: MessageLog): Record<string, Answer> {
  // Entries then `Object.fromEntries`: defines own properties, so no key reaches a prototype.
  const answers: [string, Answer][] = [];
  if (value === undefined) return {};
  if (!isRecord(value)) {
    log.add(`answers were ${describeValue(value)}, not an object`);
    return {};
  }
  for (const checkId of boundedKeys(value, 'answers', log)) {
    const check = findCheck(course, checkId);
    if (check === undefined) {
      log.add(`answer to ${describeValue(checkId)}: that knowledge check no longer exists`);
      continue;
    }
    const answer = readAnswer(check, ownProperty(value, checkId), log);
    if (answer !== undefined) answers.push([checkId, answer]);
  }
  return Object.fromEntries(answers);
}

function readAnswer(
  check: KnowledgeCheckBlock,
  value: unknown,
  log: MessageLog,
): Answer | undefined {
  const what = `answer to ${describeValue(check.id)}`;
  if (!isRecord(value)) {
    log.add(`${what} was ${describeValue(value)}, not an object`);
    return undefined;
  }
  const optionIds = readOptionIds(check, ownProperty(value, 'optionIds'), what, log);
  const attempts = readAttempts(check, ownProperty(value, 'attempts'), what, log);
  if (optionIds === undefined || attempts === undefined) return undefined;
  const correct = isCorrectAnswer(check, optionIds);
  const savedCorrect = ownProperty(value, 'correct');
  if (savedCorrect !== undefined && savedCorrect !== correct) {
    log.add(`${what}: saved correctness ${describeValue(savedCorrect)} ignored; re-marked as ${String(correct)}`);
  }
  return { optionIds, attempts, correct };
}

function readOptionIds(
  check: KnowledgeCheckBlock,
  value: unknown,
  what: string,
  log: MessageLog,
): string[] | undefined {
  if (!Array.isArray(value)) {
    log.add(`${what} dropped: options were ${describeValue(value)}, not a list`);
    return undefined;
  }
  if (!isValidSelection(check, value)) {
    log.add(`${what} dropped: ${describeValue(value)} is not a possible answer to this ${check.kind} question (options changed?)`);
    return undefined;
  }
  return normaliseResponse(check, value);
}

function readAttempts(
  check: KnowledgeCheckBlock,
  value: unknown,
  what: string,
  log: MessageLog,
): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    log.add(`${what} dropped: attempts were ${describeValue(value)}, not a number`);
    return undefined;
  }
  const attempts = Math.min(Math.max(Math.floor(value), 1), check.maxAttempts);
  if (attempts !== value) {
    log.add(`${what}: attempts ${describeValue(value)} corrected to ${attempts}`);
  }
  return attempts;
}

function readReflections(
  course: Course,
  value: unknown,
  log: MessageLog,
): Record<string, string> {
  const reflections: [string, string][] = [];
  if (value === undefined) return {};
  if (!isRecord(value)) {
    log.add(`reflections were ${describeValue(value)}, not an object`);
    return {};
  }
  for (const reflectionId of boundedKeys(value, 'reflections', log)) {
    const text = ownProperty(value, reflectionId);
    const what = `reflection ${describeValue(reflectionId)}`;
    if (!isKnownReflection(course, reflectionId)) {
      log.add(`${what} dropped: that reflection no longer exists`);
    } else if (typeof text !== 'string') {
      log.add(`${what} dropped: it was ${describeValue(text)}, not text`);
    } else {
      if (text.length > MAX_REFLECTION_LENGTH) {
        log.add(`${what} shortened to ${MAX_REFLECTION_LENGTH} characters`);
      }
      reflections.push([reflectionId, capReflection(text)]);
    }
  }
  return Object.fromEntries(reflections);
}

/** Each known scenario's path, replayed through the current scenario: it stops at the first choice that no longer fits. */
function readScenarios(course: Course, value: unknown, log: MessageLog): Record<string, ScenarioProgress> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    log.add(`scenarios were ${describeValue(value)}, not an object`);
    return {};
  }
  const scenarios: [string, ScenarioProgress][] = [];
  for (const scenarioId of boundedKeys(value, 'scenarios', log)) {
    const scenario = findScenario(course, scenarioId);
    const saved = ownProperty(value, scenarioId);
    if (!scenario) {
      log.add(`scenario ${describeValue(scenarioId)} no longer exists`);
      continue;
    }
    const rawPath = isRecord(saved) ? ownProperty(saved, 'path') : undefined;
    const path = Array.isArray(rawPath) ? rawPath.slice(0, MAX_ENTRIES).filter((entry): entry is string => typeof entry === 'string') : [];
    const { nodeOrEndingId, validPath } = replayScenarioPath(scenario, path);
    if (validPath.length < (Array.isArray(rawPath) ? rawPath.length : 0)) log.add(`scenario ${describeValue(scenarioId)}: path kept up to the first choice that no longer fits`);
    const finished = (isRecord(saved) && ownProperty(saved, 'finished') === true) || isScenarioEnding(scenario, nodeOrEndingId);
    scenarios.push([scenarioId, { path: validPath, finished }]);
  }
  return Object.fromEntries(scenarios);
}

/** The action plan (known fields, text, capped), the typed name and the completion day. */
function readPlanAndCertificate(saved: Record<string, unknown>, log: MessageLog): Pick<Progress, 'actionPlan' | 'learnerName' | 'completedOn'> {
  const result: { actionPlan?: Partial<Record<ActionPlanField, string>>; learnerName?: string; completedOn?: string } = {};
  const plan = ownProperty(saved, 'actionPlan');
  if (isRecord(plan)) {
    const fields = actionPlanFields.flatMap((field) => {
      const text = ownProperty(plan, field);
      return typeof text === 'string' ? [[field, capReflection(text)] as const] : [];
    });
    if (fields.length > 0) result.actionPlan = Object.fromEntries(fields);
  } else if (plan !== undefined) log.add(`action plan was ${describeValue(plan)}, not an object`);
  const name = ownProperty(saved, 'learnerName');
  if (typeof name === 'string') result.learnerName = name.slice(0, MAX_NAME_LENGTH);
  const completedOn = ownProperty(saved, 'completedOn');
  if (typeof completedOn === 'string' && isIsoDay(completedOn)) result.completedOn = completedOn;
  else if (completedOn !== undefined) log.add(`completion day ${describeValue(completedOn)} is not a yyyy-mm-dd date`);
  return result;
}
