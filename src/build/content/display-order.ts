import type { QuestionKind } from '../../course/types.js';
import { seededRandom } from '../../machines/assessment-draw.js';

/** FNV-1a: a small, stable hash of a string, so a question's shuffle depends only on its id. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/**
 * A fixed shuffle of `ids`, seeded by `seed`, that never equals the given order when there are at
 * least two ids: if the shuffle lands on it, the result is rotated by one.
 */
export function fixedShuffle(ids: readonly string[], seed: string): string[] {
  const random = seededRandom(hash(seed));
  const shuffled = [...ids];
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other] as string, shuffled[index] as string];
  }
  const unchanged = shuffled.every((id, index) => id === ids[index]);
  return unchanged && shuffled.length > 1 ? [...shuffled.slice(1), ...shuffled.slice(0, 1)] : shuffled;
}

/**
 * The order a learner first sees a question's options in: as written for choice questions; for
 * ordering steps and matching choices a shuffle made at build time from the question's id, so
 * every learner and every resume sees the same order, and never the right one.
 */
export function displayOrder(kind: QuestionKind, checkId: string, optionIds: readonly string[]): string[] {
  return kind === 'ordering' || kind === 'matching' ? fixedShuffle(optionIds, checkId) : [...optionIds];
}
