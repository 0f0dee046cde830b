/**
 * The final assessment's draw: which questions an attempt asks and in what order, from a seed,
 * so a resumed attempt shows exactly the same questions. Every learning objective is covered by
 * at least one drawn question. Pure; the seed is chosen outside (no Math.random here).
 */

export interface DrawableQuestion {
  readonly id: string;
  readonly objectiveIds: readonly string[];
}

/** A small, fast, well-spread 32-bit generator (mulberry32): same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Fisher–Yates with the seeded generator. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other] as T, shuffled[index] as T];
  }
  return shuffled;
}

/**
 * Draws `count` question ids (fewer if the bank is smaller) covering every objective in
 * `objectiveIds`: first, in the seed's order, the question covering the most objectives not yet
 * covered, until all are; then the rest of the seed's order. Undefined when the objectives cannot
 * be covered within `count` questions this way (the build refuses such a bank).
 */
export function drawQuestions(
  bank: readonly DrawableQuestion[],
  count: number,
  objectiveIds: readonly string[],
  seed: number,
): string[] | undefined {
  const order = seededShuffle(bank, seed);
  const uncovered = new Set(objectiveIds);
  const chosen: DrawableQuestion[] = [];
  while (uncovered.size > 0) {
    let best: DrawableQuestion | undefined;
    let bestGain = 0;
    for (const question of order) {
      if (chosen.includes(question)) continue;
      const gain = question.objectiveIds.filter((id) => uncovered.has(id)).length;
      if (gain > bestGain) {
        best = question;
        bestGain = gain;
      }
    }
    if (!best || chosen.length >= count) return undefined;
    chosen.push(best);
    for (const id of best.objectiveIds) uncovered.delete(id);
  }
  for (const question of order) {
    if (chosen.length >= Math.min(count, bank.length)) break;
    if (!chosen.includes(question)) chosen.push(question);
  }
  // Asked in the seed's order, so covering questions are not always first.
  return order.filter((question) => chosen.includes(question)).map((question) => question.id);
}

/**
 * Seeds (0 … tries-1) for which the draw cannot cover every objective: what the build reports
 * when a bank is too thin for its draw size.
 */
export function uncoverableSeeds(bank: readonly DrawableQuestion[], count: number, objectiveIds: readonly string[], tries = 500): number[] {
  const failing: number[] = [];
  for (let seed = 0; seed < tries; seed += 1) if (!drawQuestions(bank, count, objectiveIds, seed)) failing.push(seed);
  return failing;
}
