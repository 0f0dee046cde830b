/**
 * The SCORM `suspend_data` codec: progress as a short line of letters, digits and dots.
 *
 *   1.BBB.VVVVVV…VVV.CCCaOOOO.CCCaOO.…                  answers only
 *   1.BBB.VVV…VVV.CCCaOO.….SSSfCC.SSSfCCCC.…            and scenarios
 *   1.BBB.VVV…VVV.CCCaOO.….SSSfCC.….sfDDDnOOnOO….…     and assessment attempts
 *   1.BBB.VVV…VVV.CCCaOO.…..sfDDDnOOnOO….…             attempts but no scenarios
 *
 * Fields end with `.`. `1` is the format version. `BBB` is the bookmarked page, `VVV…` the visited
 * pages in first-visit order (3 characters each). Then one field per answer, in the order first
 * answered: `CCC` the check, `a` the attempts (a count, below), `OO…` the chosen option ids (2
 * characters each): in option order for choice questions, the learner's sequence for ordering
 * and matching.
 *
 * Then two optional sections, each opened by an empty field and left out, empty field and all,
 * when it and the section after it are empty. Scenarios, if any has been started: one field per
 * scenario, `SSSfCC…`: the scenario, `f` 1 if it has ever reached an ending (else 0), and the
 * choices of the current run in order (2 characters each). Final assessment attempts, if any has
 * been started (after an empty scenario section, which is its empty field alone, if no scenario
 * has): one field per attempt, oldest first, `sfDDD` and one response per question: `s` the
 * attempt's seed (a count: at most 6 characters, as seeds are below 2^28), `f` 1 if submitted
 * (else 0), `DDD` a hash of the ids of the questions `attemptQuestions(course, s)` asks, in the
 * order it asks them (`drawHash`); then for each of those questions, in that order, `n` the
 * number of option ids in the response (a count: 0 for no response, or for one the learner could
 * not submit yet, such as a part-done matching) and those `n` option ids (2 characters each,
 * ordered as in answers).
 *
 * Every id is a base-62 hash of the id itself (`suspend-data-hash.ts`), never a position, and is
 * looked up in the course being run: a hash it does not know is dropped, not guessed. An
 * attempt's questions are the exception: the seed says which they are, and `DDD` checks that the
 * course being run still draws exactly those for that seed. If it does not (the bank, `drawCount`
 * or the objectives changed since the attempt was saved, or `DDD` is damaged), the whole attempt
 * is dropped with a problem saying the assessment changed. Read against the new draw, its
 * responses would land on other questions whose option ids can hash the same (banks share ids
 * such as `true` and `false`), and a submitted attempt would be re-marked against questions the
 * learner never saw; dropping it gives the learner that attempt back, which errs on the
 * learner's side. (A changed draw slips through only when its hash happens to match: 1 in 62³.)
 * Within a draw that matches, a response with an option its question no longer has is dropped.
 * Correctness and scores are not stored (they are re-marked on restore) and nor are reflections.
 *
 * Counts: base-31 digits, most significant first; every digit but the last is shifted up by 31
 * (`DIGITS[31 + d]`), so `1`..`9`, `A`..`U` are 1..30 in one character.
 *
 * Decoding reads field by field and keeps whatever it understands; it never throws. An attempt
 * field that cannot be read to its end is dropped whole (its responses are positions in the draw);
 * fields after a further empty field, a section this version does not know, are ignored. What it
 * yields is untrusted input for `restoreProgress`, which checks it against the course.
 */
import type { Course, KnowledgeCheckBlock } from '../course/types.js';
import { attemptQuestions, isSeed, type AssessmentAttempt } from '../machines/assessment.js';
import { isValidSelection } from '../machines/checks.js';
import { courseChecks, coursePages } from '../machines/course-lookup.js';
import type { Progress } from '../machines/progress.js';
import { createMessageLog, describeValue, type MessageLog } from '../machines/untrusted.js';
import {
  CHECK_HASH_WIDTH,
  DIGITS,
  DRAW_HASH_WIDTH,
  OPTION_HASH_WIDTH,
  PAGE_HASH_WIDTH,
  checkHash,
  drawHash,
  hashIndex,
  optionHash,
  pageHash,
  scenarioChoiceIds,
} from './suspend-data-hash.js';

export { hashCollisions } from './suspend-data-hash.js';

export type DecodeResult =
  | { readonly kind: 'empty' }
  /** `saved` is in `restoreProgress`'s input shape; `problems` says what was dropped and why. */
  | { readonly kind: 'decoded'; readonly saved: unknown; readonly problems: readonly string[] }
  | { readonly kind: 'unreadable'; readonly reason: string };

export const SUSPEND_DATA_VERSION = '1';
const END = '.';
/** Longest text read (SCORM 2004's own limit is 64,000); anything after it is ignored. */
const MAX_TEXT = 65_536;
const COUNT_BASE = 31;
const MAX_COUNT_DIGITS = 6;
const HASH_CHARS = /^[0-9A-Za-z]*$/;
/** What the fields of each section are, for messages: answers, scenarios, attempts. */
const SECTION_ENTRIES = ['answer', 'scenario', 'assessment attempt'] as const;

function encodeCount(value: number): string {
  let rest = Math.max(0, Math.floor(value));
  let out = DIGITS[rest % COUNT_BASE] as string;
  rest = Math.floor(rest / COUNT_BASE);
  while (rest > 0) {
    out = (DIGITS[COUNT_BASE + (rest % COUNT_BASE)] as string) + out;
    rest = Math.floor(rest / COUNT_BASE);
  }
  return out;
}

/** Progress (less reflections and correctness) as printable ASCII: `[0-9A-Za-z.]` only. */
export function encodeSuspendData(course: Course, progress: Progress): string {
  const pageIds = new Set(coursePages(course).map((page) => page.id));
  const checks = new Map(courseChecks(course).map((check) => [check.id, check]));
  const bookmark = pageIds.has(progress.pageId) ? pageHash(progress.pageId) : '';
  const visited = progress.visited.filter((id) => pageIds.has(id)).map(pageHash).join('');
  let text = [SUSPEND_DATA_VERSION, bookmark, visited, ''].join(END);
  for (const [checkId, answer] of Object.entries(progress.answers)) {
    const check = checks.get(checkId);
    if (check === undefined || !isValidSelection(check, answer.optionIds)) continue;
    const attempts = Number.isFinite(answer.attempts) ? Math.min(answer.attempts, check.maxAttempts) : 1;
    text += checkHash(checkId) + encodeCount(attempts) + answer.optionIds.map(optionHash).join('') + END;
  }
  const scenarios = Object.entries(progress.scenarios ?? {}).flatMap(([scenarioId, scenario]) => {
    const known = course.scenarios.find((candidate) => candidate.id === scenarioId);
    if (!known) return [];
    const choices = new Set(scenarioChoiceIds(known));
    const path = scenario.path.filter((choiceId) => choices.has(choiceId));
    return [checkHash(scenarioId) + (scenario.finished ? '1' : '0') + path.map(optionHash).join('') + END];
  });
  const attempts = attemptFields(course, progress.assessmentAttempts);
  // Empty fields mark where scenarios and attempts begin; text without them is unchanged.
  if (attempts.length > 0) return text + END + scenarios.join('') + END + attempts.join('');
  return scenarios.length === 0 ? text : text + END + scenarios.join('');
}

/** Characters a response of `optionCount` option ids takes in an attempt field. */
export function encodedResponseLength(optionCount: number): number {
  return encodeCount(optionCount).length + optionCount * OPTION_HASH_WIDTH;
}

/** One field per attempt, at most the number allowed: `sfDDDnOO…nOO….`. */
function attemptFields(course: Course, attempts: readonly AssessmentAttempt[] | undefined): string[] {
  const { assessment } = course;
  if (!assessment || !attempts) return [];
  return attempts
    .slice(0, assessment.maxAttempts)
    .filter((attempt) => isSeed(attempt.seed))
    .map((attempt) => {
      const questions = attemptQuestions(course, attempt.seed);
      const responses = questions.map((question) => {
        const response = Object.hasOwn(attempt.responses, question.id) ? attempt.responses[question.id] : undefined;
        // Only what could be submitted: a part-done matching is saved as no response.
        const optionIds = Array.isArray(response) && isValidSelection(question, response) ? response : [];
        return encodeCount(optionIds.length) + optionIds.map(optionHash).join('');
      });
      const draw = drawHash(questions.map((question) => question.id));
      return encodeCount(attempt.seed) + (attempt.submitted ? '1' : '0') + draw + responses.join('') + END;
    });
}

/** Splits `text` into `width`-character hashes, noting (and leaving out) malformed ones. */
function chunks(text: string, width: number, what: string, log: MessageLog): string[] {
  const found: string[] = [];
  for (let start = 0; start < text.length; start += width) {
    const chunk = text.slice(start, start + width);
    if (chunk.length < width) log.add(`${what}: incomplete entry ${describeValue(chunk)} at the end ignored`);
    else if (!HASH_CHARS.test(chunk)) log.add(`${what}: unreadable entry ${describeValue(chunk)} ignored`);
    else found.push(chunk);
  }
  return found;
}

/** The id a hash stands for, or `undefined` (noted) if the course has no single such id. */
function lookUp(index: Map<string, string | null>, hash: string, what: string, log: MessageLog): string | undefined {
  const id = index.get(hash);
  if (id === undefined) log.add(`${what} ${describeValue(hash)} is not in this version of the course; dropped`);
  else if (id === null) log.add(`${what} ${describeValue(hash)} matches more than one id; dropped`);
  return id ?? undefined;
}

function readCount(text: string, start: number): { value: number; next: number } | undefined {
  let value = 0;
  for (let at = start; at < start + MAX_COUNT_DIGITS && at < text.length; at += 1) {
    const digit = DIGITS.indexOf(text.charAt(at));
    if (digit < 0) return undefined;
    if (digit < COUNT_BASE) return { value: value * COUNT_BASE + digit, next: at + 1 };
    value = value * COUNT_BASE + digit - COUNT_BASE;
  }
  return undefined;
}

type SavedAnswer = { optionIds: string[]; attempts: number };

function readAnswer(
  field: string,
  checks: Map<string, string | null>,
  byId: Map<string, KnowledgeCheckBlock>,
  log: MessageLog,
): [string, SavedAnswer] | undefined {
  const count = HASH_CHARS.test(field) ? readCount(field, CHECK_HASH_WIDTH) : undefined;
  const options = count === undefined ? '' : field.slice(count.next);
  if (count === undefined || options.length % OPTION_HASH_WIDTH !== 0) {
    log.add(`answer ${describeValue(field)} is unreadable; dropped`);
    return undefined;
  }
  const checkId = lookUp(checks, field.slice(0, CHECK_HASH_WIDTH), 'answered knowledge check', log);
  const check = checkId === undefined ? undefined : byId.get(checkId);
  if (check === undefined) return undefined;
  const optionIndex = hashIndex(check.options.map((option) => option.id), optionHash);
  const optionIds: string[] = [];
  for (let start = 0; start < options.length; start += OPTION_HASH_WIDTH) {
    const hash = options.slice(start, start + OPTION_HASH_WIDTH);
    const id = lookUp(optionIndex, hash, `answer to "${check.id}": option`, log);
    // One unknown option changes the meaning of the rest (a set, or positions): drop it all.
    if (id === undefined) return undefined;
    optionIds.push(id);
  }
  return [check.id, { optionIds, attempts: count.value }];
}

/** The fields between empty fields: answers, scenarios, attempts, then sections not yet defined. */
function sections(fields: readonly string[]): string[][] {
  const found: string[][] = [[]];
  for (const field of fields) {
    if (field === '') found.push([]);
    else found[found.length - 1]?.push(field);
  }
  return found;
}

/**
 * Reads `suspend_data` written by `encodeSuspendData`, possibly for another version of the
 * course, possibly cut short or damaged. `undefined`, `null` and blank text are `empty`; text
 * without the version marker is `unreadable`; anything else is `decoded`, keeping every entry
 * that is complete and names ids this course has. Never throws.
 */
export function decodeSuspendData(course: Course, text: unknown): DecodeResult {
  if (text === undefined || text === null) return { kind: 'empty' };
  if (typeof text !== 'string') return { kind: 'unreadable', reason: `suspend data was ${describeValue(text)}, not text` };
  const log = createMessageLog();
  let body = text.trim();
  if (body === '') return { kind: 'empty' };
  if (body.length > MAX_TEXT) {
    log.add(`suspend data: ${body.length - MAX_TEXT} characters beyond the first ${MAX_TEXT} ignored`);
    body = body.slice(0, MAX_TEXT);
  }
  const [version, bookmark, visited, ...fields] = body.split(END);
  if (version !== SUSPEND_DATA_VERSION) {
    return { kind: 'unreadable', reason: `suspend data ${describeValue(body)} is not in format ${SUSPEND_DATA_VERSION}` };
  }
  const pages = hashIndex(coursePages(course).map((page) => page.id), pageHash);
  let pageId: string | undefined;
  const visitedIds: string[] = [];

  if (bookmark !== undefined && bookmark !== '') {
    if (bookmark.length === PAGE_HASH_WIDTH && HASH_CHARS.test(bookmark)) {
      pageId = lookUp(pages, bookmark, 'current page', log);
    } else {
      log.add(`current page ${describeValue(bookmark)} is unreadable; starting at the first page`);
    }
  }
  for (const hash of chunks(visited ?? '', PAGE_HASH_WIDTH, 'visited pages', log)) {
    const id = lookUp(pages, hash, 'visited page', log);
    if (id !== undefined) visitedIds.push(id);
  }

  // The last field has no `.` after it: unless empty, it is an entry cut short.
  const tail = fields.pop();
  const fieldSections = sections(fields);
  if (tail !== undefined && tail !== '') {
    // The tail belongs to the last section begun.
    const entry = SECTION_ENTRIES[fieldSections.length - 1] ?? 'entry';
    log.add(`${entry} ${describeValue(tail)} was cut short; dropped`);
  }
  const [answerFields = [], scenarioFields = [], attemptFieldsSaved = [], ...unknownSections] = fieldSections;
  const ignored = unknownSections.flat().length;
  if (ignored > 0) log.add(`suspend data: ${ignored} entries after the assessment attempts ignored`);

  const checks = courseChecks(course);
  const checkIndex = hashIndex(checks.map((check) => check.id), checkHash);
  const byId = new Map(checks.map((check) => [check.id, check]));
  const answers: [string, SavedAnswer][] = [];
  for (const field of answerFields) {
    const answer = readAnswer(field, checkIndex, byId, log);
    if (answer === undefined) continue;
    if (answers.some(([id]) => id === answer[0])) log.add(`second answer to "${answer[0]}" ignored`);
    else answers.push(answer);
  }
  // `Object.fromEntries` keeps the order first answered (check ids are never integer-like).
  const scenarios = readScenarios(course, scenarioFields, log);
  const assessmentAttempts = readAttempts(course, attemptFieldsSaved, log);
  const saved = {
    ...(pageId === undefined ? {} : { pageId }),
    visited: visitedIds,
    answers: Object.fromEntries(answers),
    ...(Object.keys(scenarios).length === 0 ? {} : { scenarios }),
    ...(assessmentAttempts.length === 0 ? {} : { assessmentAttempts }),
  };
  return { kind: 'decoded', saved, problems: log.list() };
}

/** Scenario fields, `SSSfCC…`; `restoreProgress` then replays each path through the scenario. */
function readScenarios(course: Course, fields: readonly string[], log: MessageLog): Record<string, { path: string[]; finished: boolean }> {
  const index = hashIndex(course.scenarios.map((scenario) => scenario.id), checkHash);
  const scenarios: Record<string, { path: string[]; finished: boolean }> = {};
  for (const field of fields) {
    const flag = field.charAt(CHECK_HASH_WIDTH);
    const choices = field.slice(CHECK_HASH_WIDTH + 1);
    if (!HASH_CHARS.test(field) || (flag !== '0' && flag !== '1') || choices.length % OPTION_HASH_WIDTH !== 0) {
      log.add(`scenario ${describeValue(field)} is unreadable; dropped`);
      continue;
    }
    const scenarioId = lookUp(index, field.slice(0, CHECK_HASH_WIDTH), 'scenario', log);
    const scenario = course.scenarios.find((candidate) => candidate.id === scenarioId);
    if (!scenario || Object.hasOwn(scenarios, scenario.id)) continue;
    const choiceIndex = hashIndex(scenarioChoiceIds(scenario), optionHash);
    const path: string[] = [];
    for (let start = 0; start < choices.length; start += OPTION_HASH_WIDTH) {
      const id = lookUp(choiceIndex, choices.slice(start, start + OPTION_HASH_WIDTH), `scenario "${scenario.id}": choice`, log);
      // A path is a sequence: keep what comes before a choice that no longer exists.
      if (id === undefined) break;
      path.push(id);
    }
    scenarios[scenario.id] = { path, finished: flag === '1' };
  }
  return scenarios;
}

type SavedAttempt = { seed: number; submitted: boolean; responses: Record<string, string[]> };

/** Attempt fields, at most the number allowed (as `restoreProgress` keeps): each is a draw to re-make. */
function readAttempts(course: Course, fields: readonly string[], log: MessageLog): SavedAttempt[] {
  if (fields.length === 0) return [];
  const { assessment } = course;
  if (!assessment) {
    log.add('assessment attempts dropped: this course has no assessment');
    return [];
  }
  if (fields.length > assessment.maxAttempts) {
    log.add(`assessment: ${fields.length - assessment.maxAttempts} attempts beyond the ${assessment.maxAttempts} allowed ignored`);
  }
  return fields.slice(0, assessment.maxAttempts).flatMap((field, index) => {
    const attempt = readAttempt(course, field, `assessment attempt ${index + 1}`, log);
    return attempt === undefined ? [] : [attempt];
  });
}

/**
 * `sfDDDnOO…nOO…`: the whole field or nothing, as each response's place depends on those before,
 * and nothing unless this course still draws, for seed `s`, the questions `DDD` says it answered.
 */
function readAttempt(course: Course, field: string, what: string, log: MessageLog): SavedAttempt | undefined {
  const unreadable = (): undefined => {
    log.add(`${what} ${describeValue(field)} is unreadable; dropped`);
    return undefined;
  };
  const seed = HASH_CHARS.test(field) ? readCount(field, 0) : undefined;
  const flag = seed === undefined ? '' : field.charAt(seed.next);
  if (seed === undefined || (flag !== '0' && flag !== '1')) return unreadable();
  if (!isSeed(seed.value)) {
    log.add(`${what} dropped: its seed ${seed.value} is not below 2^28`);
    return undefined;
  }
  const drawStart = seed.next + 1;
  const drawSaved = field.slice(drawStart, drawStart + DRAW_HASH_WIDTH);
  if (drawSaved.length < DRAW_HASH_WIDTH) return unreadable();
  const questions = attemptQuestions(course, seed.value);
  if (drawSaved !== drawHash(questions.map((question) => question.id))) {
    log.add(`${what} dropped: the assessment changed since it was saved (seed ${seed.value} no longer draws the questions it was answered on)`);
    return undefined;
  }
  const responses: [string, string[]][] = [];
  let at = drawStart + DRAW_HASH_WIDTH;
  for (const question of questions) {
    const count = readCount(field, at);
    const end = count === undefined ? Number.POSITIVE_INFINITY : count.next + count.value * OPTION_HASH_WIDTH;
    if (count === undefined || end > field.length) return unreadable();
    const optionIndex = hashIndex(question.options.map((option) => option.id), optionHash);
    const optionIds: string[] = [];
    for (let start = count.next; start < end; start += OPTION_HASH_WIDTH) {
      const id = lookUp(optionIndex, field.slice(start, start + OPTION_HASH_WIDTH), `${what}: response to "${question.id}": option`, log);
      // As for answers: one unknown option changes the meaning of the rest.
      if (id === undefined) break;
      optionIds.push(id);
    }
    if (count.value > 0 && optionIds.length === count.value) responses.push([question.id, optionIds]);
    at = end;
  }
  if (at !== field.length) return unreadable();
  return { seed: seed.value, submitted: flag === '1', responses: Object.fromEntries(responses) };
}
