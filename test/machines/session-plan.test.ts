import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { compileCourse } from '../../src/build/content/compile-course.js';
import {
  allocateMinutes,
  minimumLessonMinutes,
  sessionLengths,
  sessionPlan,
  sessionPlanFor,
  type LessonSessionItem,
  type SessionPlan,
} from '../../src/course/session-plan.js';
import type { Block, Course, Lesson } from '../../src/course/types.js';
import { fixtureCourse } from './fixture-course.js';

/** What a generated lesson carries: no notes, notes without minutes, or notes with minutes. */
type NotesShape = { readonly kind: 'none' } | { readonly kind: 'unnamed' } | { readonly kind: 'minutes'; readonly minutes: readonly number[] };

function lessonWith(id: string, estimatedMinutes: number, notes: NotesShape): Lesson {
  const blocks: Block[] = [{ type: 'prose', html: '<p>Text.</p>' }];
  if (notes.kind === 'unnamed') blocks.push({ type: 'facilitator-notes', html: '<p>Run it.</p>' });
  if (notes.kind === 'minutes') {
    for (const minutes of notes.minutes) blocks.push({ type: 'facilitator-notes', minutes, html: '<p>Run it.</p>' });
  }
  return { id, title: `Lesson ${id}`, summary: '', objectiveIds: [], estimatedMinutes, pages: [{ id: `${id}-page`, title: 'Page', blocks }] };
}

function courseOf(lessons: readonly Lesson[]): Course {
  return { ...fixtureCourse, lessons };
}

function lessonItems(plan: SessionPlan): LessonSessionItem[] {
  return plan.items.filter((item): item is LessonSessionItem => item.kind === 'lesson');
}

const notesArbitrary: fc.Arbitrary<NotesShape> = fc.oneof(
  fc.constant<NotesShape>({ kind: 'none' }),
  fc.constant<NotesShape>({ kind: 'unnamed' }),
  fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 2 }).map((minutes): NotesShape => ({ kind: 'minutes', minutes })),
);

const courseArbitrary = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 60 }), notesArbitrary), { minLength: 1, maxLength: 14 })
  .map((lessons) => courseOf(lessons.map(([estimate, notes], index) => lessonWith(`l${index}`, estimate, notes))));

const lengthArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 60 }))
  .map(([minutes, breakMinutes]) => ({ id: 'generated', minutes, breakMinutes }));

describe('sharing minutes', () => {
  const table = [
    { weights: [10, 30, 30, 30, 30, 30, 35, 45, 15], total: 90, expected: [5, 11, 11, 10, 10, 10, 12, 16, 5], why: 'the smallest held at the minimum, the rest in proportion' },
    { weights: [10, 30, 30, 30, 30, 30, 35, 45, 15], total: 195, expected: [8, 23, 23, 23, 23, 23, 27, 34, 11], why: 'left-over minutes to the largest fractions cut off' },
    { weights: [1, 1, 1], total: 10, expected: [4, 3, 3], why: 'equal fractions: the earliest first' },
    { weights: [1, 2], total: 3, expected: [1, 2], why: 'below the minimum for all: an equal floor, then proportion' },
    { weights: [5, 5], total: 0, expected: [0, 0], why: 'no time at all' },
    { weights: [20, 40], total: 120, expected: [40, 80], why: 'scaled up as well as down' },
    { weights: [], total: 90, expected: [], why: 'nothing to share' },
  ];
  for (const { weights, total, expected, why } of table) {
    it(`shares ${total} minutes over [${weights.join(', ')}]: ${why}`, () => {
      assert.deepEqual(allocateMinutes(weights, total, minimumLessonMinutes), expected);
    });
  }

  it('always sums to the total, keeps the minimum where it fits, and never gives a heavier weight less', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 20 }),
        (weights, total, minimum) => {
          const minutes = allocateMinutes(weights, total, minimum);
          assert.equal(minutes.reduce((sum, value) => sum + value, 0), total);
          const floor = Math.min(minimum, Math.floor(total / weights.length));
          assert.ok(minutes.every((value) => Number.isInteger(value) && value >= floor), `${minutes.join(',')} below ${floor}`);
          weights.forEach((weight, index) =>
            weights.forEach((other, otherIndex) => {
              if (weight > other) assert.ok((minutes[index] ?? 0) >= (minutes[otherIndex] ?? 0), `${weight} got less than ${other}`);
            }),
          );
        },
      ),
    );
  });
});

describe('a session plan', () => {
  it('totals exactly the session length, for every listed length and any other', () => {
    fc.assert(
      fc.property(courseArbitrary, fc.oneof(fc.constantFrom(...sessionLengths), lengthArbitrary), (course, length) => {
        const plan = sessionPlanFor(course, length);
        assert.equal(plan.totalMinutes, length.minutes);
        assert.equal(plan.items.reduce((sum, item) => sum + item.minutes, 0), length.minutes);
      }),
    );
  });

  it('lists every lesson once in course order, each starting when the one before ends', () => {
    fc.assert(
      fc.property(courseArbitrary, fc.constantFrom(...sessionLengths), (course, length) => {
        const plan = sessionPlanFor(course, length);
        assert.deepEqual(lessonItems(plan).map((item) => item.lessonId), course.lessons.map((lesson) => lesson.id));
        let clock = 0;
        for (const item of plan.items) {
          assert.equal(item.startMinute, clock);
          clock += item.minutes;
        }
      }),
    );
  });

  it('makes lessons without facilitator notes handouts of 0 minutes, unless no lesson has notes', () => {
    fc.assert(
      fc.property(courseArbitrary, (course) => {
        const plan = sessionPlan(course, 'half-day');
        const anyNotes = course.lessons.some((lesson) => lesson.pages.some((page) => page.blocks.some((block) => block.type === 'facilitator-notes')));
        for (const item of lessonItems(plan)) {
          const lesson = course.lessons.find((candidate) => candidate.id === item.lessonId);
          const hasNotes = lesson?.pages.some((page) => page.blocks.some((block) => block.type === 'facilitator-notes')) ?? false;
          assert.equal(item.delivery, hasNotes || !anyNotes ? 'facilitated' : 'handout');
          if (item.delivery === 'handout') assert.deepEqual([item.minutes, item.suggestedMinutes], [0, 0]);
        }
      }),
    );
  });

  it('suggests the notes’ minutes, summed, or else the lesson’s estimate', () => {
    const course = courseOf([
      lessonWith('timed', 9, { kind: 'minutes', minutes: [20, 10] }),
      lessonWith('untimed', 12, { kind: 'unnamed' }),
      lessonWith('reading', 4, { kind: 'none' }),
    ]);
    const plan = sessionPlan(course, 'ninety-minutes');
    assert.deepEqual(
      lessonItems(plan).map((item) => [item.lessonId, item.delivery, item.suggestedMinutes, item.minutes]),
      [
        ['timed', 'facilitated', 30, 64],
        ['untimed', 'facilitated', 12, 26],
        ['reading', 'handout', 0, 0],
      ],
    );
    assert.equal(plan.suggestedMinutes, 42);
  });

  it('puts the half-day break between lessons, nearest half-time', () => {
    const course = courseOf(['a', 'b', 'c', 'd'].map((id) => lessonWith(id, 5, { kind: 'minutes', minutes: [30] })));
    const plan = sessionPlan(course, 'half-day');
    assert.deepEqual(
      plan.items.map((item) => (item.kind === 'break' ? `break ${item.minutes}` : `${item.lessonId} ${item.minutes}`)),
      ['a 49', 'b 49', 'break 15', 'c 49', 'd 48'],
    );
    assert.equal(sessionPlan(course, 'ninety-minutes').items.some((item) => item.kind === 'break'), false);
  });

  it('lists each lesson’s activities in page order', () => {
    const plan = sessionPlan(fixtureCourse, 'ninety-minutes');
    assert.deepEqual(
      lessonItems(plan).map((item) => item.activities),
      [
        [{ kind: 'reflection', id: 'reflect-purpose' }, { kind: 'knowledge-check', id: 'check-agenda' }],
        [{ kind: 'knowledge-check', id: 'check-gains' }, { kind: 'knowledge-check', id: 'check-myth' }],
      ],
    );
  });
});

describe('the session plans of the real course', () => {
  let course: Course;

  before(async () => {
    const compiled = await compileCourse({ contentDir: 'content' });
    assert.deepEqual(compiled.problems, []);
    assert.ok(compiled.course);
    course = compiled.course;
  });

  for (const length of sessionLengths) {
    it(`fits ${length.id} exactly, with every lesson and activity from the content`, () => {
      const plan = sessionPlan(course, length.id);
      assert.equal(plan.totalMinutes, length.minutes);
      const items = lessonItems(plan);
      assert.deepEqual(items.map((item) => item.lessonId), course.lessons.map((lesson) => lesson.id));
      for (const [index, lesson] of course.lessons.entries()) {
        const item = items[index];
        assert.ok(item);
        const blocks = lesson.pages.flatMap((page) => page.blocks);
        const noteMinutes = blocks.flatMap((block) => (block.type === 'facilitator-notes' && block.minutes !== undefined ? [block.minutes] : []));
        const hasNotes = blocks.some((block) => block.type === 'facilitator-notes');
        assert.equal(item.delivery, hasNotes ? 'facilitated' : 'handout', lesson.id);
        if (hasNotes) {
          const expected = noteMinutes.length > 0 ? noteMinutes.reduce((sum, minutes) => sum + minutes, 0) : lesson.estimatedMinutes;
          assert.equal(item.suggestedMinutes, expected, lesson.id);
          assert.ok(item.minutes >= minimumLessonMinutes, `${lesson.id} gets at least ${minimumLessonMinutes} minutes`);
        }
        const checks = blocks.flatMap((block) => (block.type === 'knowledge-check' ? [block.id] : []));
        assert.deepEqual(item.activities.flatMap((activity) => (activity.kind === 'knowledge-check' ? [activity.id] : [])), checks);
      }
      const scenarioIds = items.flatMap((item) => item.activities.flatMap((activity) => (activity.kind === 'scenario' ? [activity.id] : [])));
      assert.deepEqual([...scenarioIds].sort(), course.scenarios.map((scenario) => scenario.id).sort());
    });
  }

  it('keeps the proportions of the suggested minutes, to within a minute, above the minimum', () => {
    for (const length of sessionLengths) {
      const plan = sessionPlan(course, length.id);
      const teaching = length.minutes - length.breakMinutes;
      const run = lessonItems(plan).filter((item) => item.delivery === 'facilitated' && item.minutes > minimumLessonMinutes);
      const runMinutes = run.reduce((sum, item) => sum + item.minutes, 0);
      const runSuggested = run.reduce((sum, item) => sum + item.suggestedMinutes, 0);
      assert.ok(runMinutes <= teaching);
      for (const item of run) {
        assert.ok(Math.abs(item.minutes - (runMinutes * item.suggestedMinutes) / runSuggested) < 1, `${length.id}: ${item.lessonId}`);
      }
    }
  });
});
