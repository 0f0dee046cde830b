/**
 * Short, stable hashes of course ids for `suspend_data` (and of the questions an assessment attempt
 * asks), and the check that no two ids sharing a scope (pages; checks; the options of one check or
 * assessment question; scenarios; the choices of one scenario) share a hash. Pure.
 */
import type { Course, KnowledgeCheckBlock, Scenario } from '../course/types.js';
import { courseChecks, coursePages } from '../machines/course-lookup.js';

/** Base-62 digits: letters and digits only, so nothing an LMS might escape or mangle. */
export const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Characters per hash: pages and checks (62³ = 238,328 values), options within a check (62² = 3,844). */
export const PAGE_HASH_WIDTH = 3;
export const CHECK_HASH_WIDTH = 3;
export const OPTION_HASH_WIDTH = 2;
/** Characters in the fingerprint of an attempt's questions: a changed draw matches 1 time in 62³. */
export const DRAW_HASH_WIDTH = 3;

/** FNV-1a over UTF-16 code units, then a murmur3 finaliser to spread the bits; unsigned 32-bit. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    h = Math.imul(h ^ text.charCodeAt(index), 0x01000193);
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** `width` base-62 characters derived from `id`; the same id always gives the same hash. */
export function idHash(id: string, width: number): string {
  let value = hash32(id);
  let out = '';
  for (let index = 0; index < width; index += 1) {
    out += DIGITS[value % 62];
    value = Math.floor(value / 62);
  }
  return out;
}

export const pageHash = (id: string): string => idHash(id, PAGE_HASH_WIDTH);
export const checkHash = (id: string): string => idHash(id, CHECK_HASH_WIDTH);
export const optionHash = (id: string): string => idHash(id, OPTION_HASH_WIDTH);

/**
 * The questions an attempt asks, in the order asked, as one hash. Ids never contain a space, so
 * two different lists never join to the same text.
 */
export const drawHash = (questionIds: readonly string[]): string => idHash(questionIds.join(' '), DRAW_HASH_WIDTH);

/**
 * Hash → id for one scope. A hash shared by two different ids maps to `null`: such data is
 * dropped, never given to either id (the build refuses such a course anyway).
 */
export function hashIndex(ids: readonly string[], hash: (id: string) => string): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const id of ids) {
    const key = hash(id);
    const known = index.get(key);
    index.set(key, known === undefined || known === id ? id : null);
  }
  return index;
}

function scopeCollisions(ids: readonly string[], hash: (id: string) => string, scope: string): string[] {
  const firstByHash = new Map<string, string>();
  const found: string[] = [];
  for (const id of ids) {
    const key = hash(id);
    const first = firstByHash.get(key);
    if (first === undefined) firstByHash.set(key, id);
    else if (first !== id) found.push(`${scope} "${first}" and "${id}" share the hash "${key}"`);
  }
  return found;
}

const optionScope = (check: KnowledgeCheckBlock): string => `options of knowledge check "${check.id}":`;

/**
 * Every pair of different ids in one scope that share a hash, described for a person: such a
 * course cannot save progress reliably, so the build fails on any. Empty when all is well.
 */
export function hashCollisions(course: Course): string[] {
  const checks = courseChecks(course);
  return [
    ...scopeCollisions(coursePages(course).map((page) => page.id), pageHash, 'pages'),
    ...scopeCollisions(checks.map((check) => check.id), checkHash, 'knowledge checks'),
    ...checks.flatMap((check) =>
      scopeCollisions(check.options.map((option) => option.id), optionHash, optionScope(check)),
    ),
    ...(course.assessment?.questions ?? []).flatMap((question) =>
      scopeCollisions(question.options.map((option) => option.id), optionHash, `options of assessment question "${question.id}":`),
    ),
    ...scopeCollisions(course.scenarios.map((scenario) => scenario.id), checkHash, 'scenarios'),
    ...course.scenarios.flatMap((scenario) =>
      scopeCollisions(scenarioChoiceIds(scenario), optionHash, `choices of scenario "${scenario.id}":`),
    ),
  ];
}

/** Every choice id of a scenario (unique within it). */
export function scenarioChoiceIds(scenario: Scenario): string[] {
  return scenario.nodes.flatMap((node) => node.choices.map((choice) => choice.id));
}
