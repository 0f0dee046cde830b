/**
 * A plan for running the course as a live session: each lesson in course order with the minutes
 * to spend on it, fitted exactly to the session's length. Pure (no DOM, no Node), so the build's
 * facilitator guide and, later, facilitator mode in the browser share it.
 *
 * How minutes are found and fitted:
 * - A lesson with facilitator notes is run in the session. Its suggested minutes are the sum of
 *   its notes' `minutes`, or, when no note gives any, the lesson's computed estimate.
 * - A lesson with no facilitator notes (such as the sources) is a handout: 0 minutes, read before
 *   or after. If no lesson has notes at all, every lesson is run at its estimate instead.
 * - The session's teaching time (its length less any break) is shared in proportion to the
 *   suggested minutes, in whole minutes, and never below `minimumLessonMinutes` per lesson
 *   (or an equal share, if the session is too short for that). Lessons whose share would fall
 *   below the minimum get the minimum and the rest is shared again among the others.
 * - Shares are rounded down; the minutes left over go one each to the lessons with the largest
 *   fractions cut off (ties: the longer lesson, then the earlier one). So the plan's total is
 *   exactly the session's length.
 * - A break goes at the boundary between lessons nearest the middle of the teaching time.
 */
import type { Block, Course, FacilitatorNotesBlock, Lesson } from './types.js';

export interface SessionLength {
  readonly id: string;
  /** The whole session, breaks included. */
  readonly minutes: number;
  /** One break near the middle; 0 for none. */
  readonly breakMinutes: number;
}

/** The session lengths a trainer can choose. Their labels belong to whoever shows them. */
export const sessionLengths = [
  { id: 'ninety-minutes', minutes: 90, breakMinutes: 0 },
  { id: 'half-day', minutes: 210, breakMinutes: 15 },
] as const satisfies readonly SessionLength[];

export type SessionLengthId = (typeof sessionLengths)[number]['id'];

/** No run lesson gets fewer minutes than this, unless the session cannot give every lesson as many. */
export const minimumLessonMinutes = 5;

export type SessionActivity =
  | { readonly kind: 'knowledge-check'; readonly id: string }
  | { readonly kind: 'reflection'; readonly id: string }
  | { readonly kind: 'scenario'; readonly id: string; readonly title: string }
  | { readonly kind: 'action-plan' }
  | { readonly kind: 'assessment' };

export interface LessonSessionItem {
  readonly kind: 'lesson';
  readonly lessonId: string;
  readonly title: string;
  /** `facilitated`: run in the session. `handout`: read before or after it, 0 minutes. */
  readonly delivery: 'facilitated' | 'handout';
  /** What the content suggests, before fitting to the session; 0 for a handout. */
  readonly suggestedMinutes: number;
  readonly minutes: number;
  /** Minutes from the start of the session. */
  readonly startMinute: number;
  /** The lesson's activities, in page order. */
  readonly activities: readonly SessionActivity[];
}

export interface BreakSessionItem {
  readonly kind: 'break';
  readonly minutes: number;
  readonly startMinute: number;
}

export type SessionPlanItem = LessonSessionItem | BreakSessionItem;

export interface SessionPlan {
  readonly length: SessionLength;
  readonly items: readonly SessionPlanItem[];
  /** The sum of the items' minutes: the session's length whenever the course has a lesson. */
  readonly totalMinutes: number;
  /** The sum of the run lessons' suggested minutes, before fitting. */
  readonly suggestedMinutes: number;
}

export function sessionLengthById(id: SessionLengthId): SessionLength {
  const length = sessionLengths.find((candidate) => candidate.id === id);
  if (!length) throw new Error(`no session length ${id}`);
  return length;
}

/** The plan for one of `sessionLengths`. */
export function sessionPlan(course: Course, lengthId: SessionLengthId): SessionPlan {
  return sessionPlanFor(course, sessionLengthById(lengthId));
}

/** The plan for any session length (the listed ones, or another in tests). */
export function sessionPlanFor(course: Course, length: SessionLength): SessionPlan {
  const anyNotes = course.lessons.some((lesson) => facilitatorNotesOf(lesson).length > 0);
  const planned = course.lessons.map((lesson) => ({
    lesson,
    delivery: !anyNotes || facilitatorNotesOf(lesson).length > 0 ? ('facilitated' as const) : ('handout' as const),
  }));
  const facilitated = planned.filter((entry) => entry.delivery === 'facilitated');
  const suggested = facilitated.map((entry) => suggestedMinutesOf(entry.lesson));
  const breakMinutes = facilitated.length > 0 ? Math.min(length.breakMinutes, length.minutes) : 0;
  const fitted = allocateMinutes(suggested, length.minutes - breakMinutes, minimumLessonMinutes);
  const breakAfter = facilitated.length > 0 && breakMinutes > 0 ? breakPosition(fitted) : undefined;

  const items: SessionPlanItem[] = [];
  let clock = 0;
  let facilitatedIndex = 0;
  for (const { lesson, delivery } of planned) {
    const index = delivery === 'facilitated' ? facilitatedIndex++ : undefined;
    const minutes = index === undefined ? 0 : (fitted[index] ?? 0);
    items.push({
      kind: 'lesson',
      lessonId: lesson.id,
      title: lesson.title,
      delivery,
      suggestedMinutes: index === undefined ? 0 : (suggested[index] ?? 0),
      minutes,
      startMinute: clock,
      activities: activitiesOf(lesson, course),
    });
    clock += minutes;
    if (index !== undefined && index === breakAfter) {
      items.push({ kind: 'break', minutes: breakMinutes, startMinute: clock });
      clock += breakMinutes;
    }
  }
  return { length, items, totalMinutes: clock, suggestedMinutes: suggested.reduce((sum, minutes) => sum + minutes, 0) };
}

/**
 * Shares `totalMinutes` in whole minutes in proportion to `weights` (positive; rounded to whole
 * numbers, at least 1), each share at least `minimumMinutes` where the total allows. The result
 * always sums to `totalMinutes` when there is a weight. Integer arithmetic throughout, so the
 * rounding never drifts.
 */
export function allocateMinutes(weights: readonly number[], totalMinutes: number, minimumMinutes: number): number[] {
  if (weights.length === 0) return [];
  const wholeWeights = weights.map((weight) => Math.max(1, Math.round(weight)));
  const floor = Math.max(0, Math.min(minimumMinutes, Math.floor(totalMinutes / wholeWeights.length)));
  const atFloor = new Set<number>();
  for (;;) {
    const { minutes: freeMinutes, weight: freeWeight } = freeShare(wholeWeights, atFloor, totalMinutes, floor);
    const below = wholeWeights.flatMap((weight, index) =>
      !atFloor.has(index) && freeMinutes * weight < floor * freeWeight ? [index] : [],
    );
    if (below.length === 0) break;
    for (const index of below) atFloor.add(index);
  }

  const { minutes: freeMinutes, weight: freeWeight } = freeShare(wholeWeights, atFloor, totalMinutes, floor);
  const shares = wholeWeights.map((weight, index) =>
    atFloor.has(index)
      ? { minutes: floor, cut: 0 }
      : { minutes: Math.floor((freeMinutes * weight) / freeWeight), cut: (freeMinutes * weight) % freeWeight },
  );
  let leftOver = totalMinutes - shares.reduce((sum, share) => sum + share.minutes, 0);
  const byCut = shares
    .map((share, index) => ({ index, cut: share.cut, weight: wholeWeights[index] ?? 0 }))
    .filter((entry) => !atFloor.has(entry.index))
    .sort((a, b) => b.cut - a.cut || b.weight - a.weight || a.index - b.index);
  const minutes = shares.map((share) => share.minutes);
  for (const entry of byCut) {
    if (leftOver <= 0) break;
    minutes[entry.index] = (minutes[entry.index] ?? 0) + 1;
    leftOver -= 1;
  }
  return minutes;
}

/** The minutes and weight of the lessons not yet held at the floor. */
function freeShare(
  weights: readonly number[],
  atFloor: ReadonlySet<number>,
  totalMinutes: number,
  floor: number,
): { readonly minutes: number; readonly weight: number } {
  const weight = weights.reduce((sum, value, index) => (atFloor.has(index) ? sum : sum + value), 0);
  return { minutes: totalMinutes - atFloor.size * floor, weight };
}

/** After which lesson (index among the run ones) the break goes: the boundary nearest half-time. */
function breakPosition(minutes: readonly number[]): number {
  const teaching = minutes.reduce((sum, value) => sum + value, 0);
  if (minutes.length < 2) return minutes.length - 1;
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  let elapsed = 0;
  for (let index = 0; index < minutes.length - 1; index += 1) {
    elapsed += minutes[index] ?? 0;
    const distance = Math.abs(2 * elapsed - teaching);
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  }
  return best;
}

function blocksOf(lesson: Lesson): Block[] {
  return lesson.pages.flatMap((page) => page.blocks);
}

function facilitatorNotesOf(lesson: Lesson): FacilitatorNotesBlock[] {
  return blocksOf(lesson).filter((block): block is FacilitatorNotesBlock => block.type === 'facilitator-notes');
}

function suggestedMinutesOf(lesson: Lesson): number {
  const given = facilitatorNotesOf(lesson).flatMap((notes) => (notes.minutes === undefined ? [] : [notes.minutes]));
  return given.length > 0 ? given.reduce((sum, minutes) => sum + minutes, 0) : lesson.estimatedMinutes;
}

function activitiesOf(lesson: Lesson, course: Course): SessionActivity[] {
  return blocksOf(lesson).flatMap((block): SessionActivity[] => {
    switch (block.type) {
      case 'knowledge-check':
        return [{ kind: 'knowledge-check', id: block.id }];
      case 'reflection':
        return [{ kind: 'reflection', id: block.id }];
      case 'scenario': {
        const scenario = course.scenarios.find((candidate) => candidate.id === block.scenarioId);
        return [{ kind: 'scenario', id: block.scenarioId, title: scenario?.title ?? block.scenarioId }];
      }
      case 'action-plan':
        return [{ kind: 'action-plan' }];
      case 'assessment':
        return [{ kind: 'assessment' }];
      default:
        return [];
    }
  });
}
