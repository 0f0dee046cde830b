import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Block, Course, KnowledgeCheckBlock, Lesson, Page } from '../../src/course/types.js';
import { attemptQuestions, SEED_LIMIT, type AssessmentAttempt } from '../../src/machines/assessment.js';
import { isCorrectAnswer, isValidSelection } from '../../src/machines/checks.js';
import { courseChecks, coursePages } from '../../src/machines/course-lookup.js';
import { restoreProgress, type Answer, type Progress } from '../../src/machines/progress.js';
import {
  decodeSuspendData,
  encodeSuspendData,
  hashCollisions,
  type DecodeResult,
} from '../../src/tracking/suspend-data.js';
import { checkHash, drawHash, optionHash, pageHash } from '../../src/tracking/suspend-data-hash.js';
import {
  fixtureCourse,
  matchingCheck,
  multipleCheck,
  orderingCheck,
  withNavigation,
} from '../machines/fixture-course.js';
import { scenarioCourse } from '../machines/fixture-scenario.js';
import { assessmentBank, withAssessment } from './fixture-assessment.js';

/** The fixture course plus a lesson with ordering, matching and a many-attempts check. */
const course: Course = {
  ...fixtureCourse,
  lessons: [
    ...fixtureCourse.lessons,
    {
      id: 'follow-through',
      title: 'Follow through',
      summary: 'Ideas into practice.',
      objectiveIds: ['purpose-agenda'],
      estimatedMinutes: 4,
      pages: [
        { id: 'follow-order', title: 'Steps', blocks: [orderingCheck] },
        { id: 'follow-match', title: 'Principles', blocks: [matchingCheck] },
        { id: 'follow-retry', title: 'Try again', blocks: [{ ...multipleCheck, id: 'check-retry', maxAttempts: 40_000 }] },
      ],
    },
  ],
};

/** The same course with a final assessment: five questions of six drawn, three attempts. */
const assessed: Course = withAssessment(course);

const FAST = { numRuns: 60 };

function decoded(result: DecodeResult): { saved: unknown; problems: readonly string[] } {
  assert.equal(result.kind, 'decoded', JSON.stringify(result));
  return result as { saved: unknown; problems: readonly string[] };
}

/** Encode, decode, restore: the progress the learner would resume with. */
function roundTrip(progress: Progress, from: Course = course, to: Course = from): Progress {
  return restoreProgress(to, decoded(decodeSuspendData(to, encodeSuspendData(from, progress))).saved).progress;
}

function assertSameProgress(actual: Progress, expected: Progress): void {
  assert.deepEqual(actual, expected);
  assert.deepEqual(Object.keys(actual.answers), Object.keys(expected.answers), 'answer order');
}

const pageIds = (c: Course): string[] => coursePages(c).map((page) => page.id);

/** Any selection the learner could submit, choices in the check's option order. */
function selectionArb(check: KnowledgeCheckBlock): fc.Arbitrary<string[]> {
  const ids = check.options.map((option) => option.id);
  const n = ids.length;
  return check.kind === 'multiple'
    ? fc.subarray(ids, { minLength: 1 })
    : check.kind === 'ordering'
      ? fc.shuffledSubarray(ids, { minLength: n, maxLength: n })
      : check.kind === 'matching'
        ? fc.array(fc.constantFrom(...ids), { minLength: n, maxLength: n })
        : fc.constantFrom(...ids).map((id) => [id]);
}

function answerArb(check: KnowledgeCheckBlock): fc.Arbitrary<Answer> {
  return fc
    .tuple(selectionArb(check), fc.integer({ min: 1, max: check.maxAttempts }))
    .map(([optionIds, attempts]) => ({ optionIds, attempts, correct: isCorrectAnswer(check, optionIds) }));
}

/**
 * One attempt with any seed: every question answered if submitted, any of them if not, each
 * response as the question shows it (choices in its shuffled option order, as kept).
 */
function attemptArb(c: Course, submitted: boolean): fc.Arbitrary<AssessmentAttempt> {
  return fc.integer({ min: 0, max: SEED_LIMIT - 1 }).chain((seed) => {
    const questions = [...attemptQuestions(c, seed)];
    return (submitted ? fc.constant(questions) : fc.subarray(questions))
      .chain((answered) => fc.tuple(...answered.map((question) => selectionArb(question).map((optionIds): [string, string[]] => [question.id, optionIds]))))
      .map((responses) => ({ seed, submitted, responses: Object.fromEntries(responses) }));
  });
}

/** Up to the allowed number of attempts, only the last of which may be open. */
function attemptsArb(c: Course): fc.Arbitrary<AssessmentAttempt[]> {
  const { assessment } = c;
  if (!assessment) return fc.constant([]);
  return fc
    .tuple(fc.integer({ min: 0, max: assessment.maxAttempts }), fc.boolean())
    .chain(([count, lastOpen]) => fc.tuple(...Array.from({ length: count }, (_, index) => attemptArb(c, !(lastOpen && index === count - 1)))));
}

/** Any progress the course could produce, reflections and assessment attempts included. */
function progressArb(c: Course): fc.Arbitrary<Progress> {
  const pages = pageIds(c);
  const checks = courseChecks(c);
  return fc
    .record({
      visited: fc.shuffledSubarray(pages),
      answers: fc
        .shuffledSubarray([...checks])
        .chain((chosen) => fc.tuple(...chosen.map((check) => answerArb(check).map((a): [string, Answer] => [check.id, a])))),
      reflection: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
      attempts: attemptsArb(c),
    })
    .chain(({ visited, answers, reflection, attempts }) => {
      const firstUnvisited = pages.find((id) => !visited.includes(id));
      const allowed =
        c.navigation === 'free' ? pages : [...visited, ...(firstUnvisited === undefined ? [] : [firstUnvisited])];
      return fc.constantFrom(...allowed).map(
        (pageId): Progress => ({
          pageId,
          visited,
          answers: Object.fromEntries(answers),
          reflections: reflection === undefined ? {} : { 'reflect-purpose': reflection },
          scenarios: {},
          ...(attempts.length === 0 ? {} : { assessmentAttempts: attempts }),
        }),
      );
    });
}

const withoutReflections = (p: Progress): Progress => ({ ...p, reflections: {} });

const example: Progress = {
  pageId: 'gains-intro',
  visited: ['purpose-why', 'gains-intro', 'purpose-agenda'],
  answers: {
    'check-match': { optionIds: ['lab', 'lab', 'bot'], attempts: 2, correct: false },
    'check-agenda': { optionIds: ['b'], attempts: 1, correct: true },
    'check-retry': { optionIds: ['a', 'c'], attempts: 1000, correct: true },
  },
  reflections: { 'reflect-purpose': 'Four thousand characters of thought.' },
  scenarios: {},
};

describe('suspend data format', () => {
  it('is short, versioned, printable and made of hashes of ids', () => {
    const text = encodeSuspendData(course, example);
    const expected =
      `1.${pageHash('gains-intro')}.` +
      `${pageHash('purpose-why')}${pageHash('gains-intro')}${pageHash('purpose-agenda')}.` +
      `${checkHash('check-match')}2${optionHash('lab')}${optionHash('lab')}${optionHash('bot')}.` +
      `${checkHash('check-agenda')}1${optionHash('b')}.` +
      // 1000 = 1·31² + 1·31 + 8: leading digits shifted by 31 ('V' is 31).
      `${checkHash('check-retry')}WW8${optionHash('a')}${optionHash('c')}.`;
    assert.equal(text, expected);
    assert.match(text, /^1\.[0-9A-Za-z.]*$/);
    assert.doesNotMatch(text, /Four thousand/);
  });

  it('round-trips the example, keeping answer order and dropping reflections', () => {
    const result = decoded(decodeSuspendData(course, encodeSuspendData(course, example)));
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.saved, {
      pageId: 'gains-intro',
      visited: example.visited,
      answers: {
        'check-match': { optionIds: ['lab', 'lab', 'bot'], attempts: 2 },
        'check-agenda': { optionIds: ['b'], attempts: 1 },
        'check-retry': { optionIds: ['a', 'c'], attempts: 1000 },
      },
    });
    const restored = restoreProgress(course, result.saved);
    assert.deepEqual(restored.dropped, []);
    assertSameProgress(restored.progress, withoutReflections(example));
  });

  it('encodes fresh progress as a bookmark and nothing else', () => {
    const fresh = restoreProgress(course, undefined).progress;
    assert.equal(encodeSuspendData(course, fresh), `1.${pageHash('purpose-why')}..`);
    assertSameProgress(roundTrip(fresh), fresh);
  });

  it('treats missing and blank data as empty, and foreign data as unreadable', () => {
    for (const text of [undefined, null, '', '  \n']) assert.deepEqual(decodeSuspendData(course, text), { kind: 'empty' });
    for (const text of ['{"pageId":"purpose-why"}', '2.abc.', 'hello', '1abc', 42, {}, ['1.'], true]) {
      const result = decodeSuspendData(course, text);
      assert.equal(result.kind, 'unreadable', String(text));
      assert.ok(result.kind === 'unreadable' && result.reason.length > 0);
    }
  });

  it('reports what it drops: unknown ids, damaged and cut-short entries', () => {
    const text = `1.zzz.${pageHash('purpose-why')}zzz!!!${pageHash('gains-myth')}xy.zzz1${optionHash('a')}.!.${checkHash('check-agenda')}1zz.${checkHash('check-agenda')}1${optionHash('b')}.${checkHash('check-agenda')}2${optionHash('c')}.${checkHash('check-myth')}1`;
    const result = decoded(decodeSuspendData(course, text));
    assert.deepEqual(result.saved, {
      visited: ['purpose-why', 'gains-myth'],
      answers: { 'check-agenda': { optionIds: ['b'], attempts: 1 } },
    });
    const problems = result.problems.join('\n');
    for (const fragment of ['current page "zzz"', 'visited page "zzz"', '"!!!"', '"xy"', 'knowledge check "zzz"', 'option "zz"', 'second answer', 'cut short', 'answer "!"']) {
      assert.ok(problems.includes(fragment), `${fragment} in\n${problems}`);
    }
  });

  it('never gives data to an id when two ids in the course share its hash', () => {
    // Find two page ids with the same hash, and put both in a course.
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let n = 0; pair === undefined; n += 1) {
      const id = `page-${n}`;
      const other = seen.get(pageHash(id));
      if (other === undefined) seen.set(pageHash(id), id);
      else pair = [other, id];
    }
    const lesson = fixtureCourse.lessons[0] as Lesson;
    const pages: Page[] = [...lesson.pages, ...pair.map((id) => ({ id, title: id, blocks: [] }))];
    const clashing: Course = { ...fixtureCourse, lessons: [{ ...lesson, pages }, ...fixtureCourse.lessons.slice(1)] };
    assert.equal(hashCollisions(clashing).length, 1);
    assert.match(hashCollisions(clashing)[0] as string, new RegExp(`"${pair[0]}" and "${pair[1]}"`));
    const result = decoded(decodeSuspendData(clashing, `1.${pageHash(pair[0])}.${pageHash('purpose-why')}${pageHash(pair[1])}.`));
    assert.deepEqual(result.saved, { visited: ['purpose-why'], answers: {} });
    assert.match(result.problems.join('\n'), /more than one id/);
  });
});

/** The first seed whose draw asks a question of each of these kinds. */
function seedAsking(c: Course, kinds: readonly KnowledgeCheckBlock['kind'][], from = 0): number {
  for (let seed = from; ; seed += 1) {
    const asked = attemptQuestions(c, seed).map((question) => question.kind);
    if (kinds.every((kind) => asked.includes(kind))) return seed;
  }
}

/** A possible response to each question, as the question shows it. */
function someResponse(question: KnowledgeCheckBlock): string[] {
  const ids = question.options.map((option) => option.id);
  if (question.kind === 'ordering') return [...ids].reverse();
  if (question.kind === 'matching') return ids.map((_, index) => ids[Math.min(index, 1)] as string);
  if (question.kind === 'multiple') return [ids[0] as string, ids[2] as string];
  return [ids[ids.length - 1] as string];
}

function responsesTo(c: Course, seed: number, kinds?: readonly KnowledgeCheckBlock['kind'][]): Record<string, string[]> {
  const asked = attemptQuestions(c, seed).filter((question) => kinds === undefined || kinds.includes(question.kind));
  return Object.fromEntries(asked.map((question) => [question.id, someResponse(question)]));
}

const allKinds = ['single', 'multiple', 'ordering', 'matching'] as const;
const firstSeed = seedAsking(assessed, allKinds);
const secondSeed = seedAsking(assessed, allKinds, 5000);
const attemptsExample: AssessmentAttempt[] = [
  { seed: firstSeed, submitted: true, responses: responsesTo(assessed, firstSeed) },
  { seed: secondSeed, submitted: false, responses: responsesTo(assessed, secondSeed, ['multiple', 'ordering', 'matching']) },
];

/** The field `attempt` is written as: what follows the empty scenario section. */
function attemptField(c: Course, attempt: AssessmentAttempt): string {
  const text = encodeSuspendData(c, { ...restoreProgress(c, undefined).progress, assessmentAttempts: [attempt] });
  return text.split('.')[5] as string;
}

describe('suspend data: assessment attempts', () => {
  it('writes each attempt as its seed, whether submitted, a hash of its draw, and a count and options per question asked', () => {
    const [first] = attemptQuestions(assessed, 1000);
    assert.ok(first);
    const chosen = someResponse(first);
    const progress: Progress = {
      ...restoreProgress(assessed, undefined).progress,
      assessmentAttempts: [{ seed: 1000, submitted: false, responses: { [first.id]: chosen } }],
    };
    const asked = attemptQuestions(assessed, 1000);
    const responses = asked.map((question) => (question.id === first.id ? `${chosen.length}${chosen.map(optionHash).join('')}` : '0')).join('');
    const draw = drawHash(asked.map((question) => question.id));
    // No scenarios: their section is its empty field alone, so two empty fields in a row.
    assert.equal(encodeSuspendData(assessed, progress), `1.${pageHash('purpose-why')}....WW80${draw}${responses}.`);
    assertSameProgress(roundTrip(progress, assessed), progress);
  });

  it('round-trips open and submitted attempts with choice, multiple, ordering and matching responses', () => {
    for (const attempt of attemptsExample) {
      const kinds = attemptQuestions(assessed, attempt.seed).filter((question) => Object.hasOwn(attempt.responses, question.id)).map((question) => question.kind);
      for (const kind of ['multiple', 'ordering', 'matching'] as const) assert.ok(kinds.includes(kind), `${kind} in attempt ${attempt.seed}`);
    }
    const progress: Progress = { ...withoutReflections(example), assessmentAttempts: attemptsExample };
    const text = encodeSuspendData(assessed, progress);
    assert.match(text, /^1\.[0-9A-Za-z.]*$/);
    assert.ok(text.startsWith(`${encodeSuspendData(assessed, withoutReflections(example))}..`), 'answers, then an empty scenario section');
    const result = decoded(decodeSuspendData(assessed, text));
    assert.deepEqual(result.problems, []);
    assert.deepEqual((result.saved as { assessmentAttempts: unknown }).assessmentAttempts, attemptsExample);
    const restored = restoreProgress(assessed, result.saved);
    assert.deepEqual(restored.dropped, []);
    assertSameProgress(restored.progress, progress);
  });

  it('writes a part-done matching response as no response', () => {
    const seed = seedAsking(assessed, ['matching']);
    const matching = attemptQuestions(assessed, seed).find((question) => question.kind === 'matching') as KnowledgeCheckBlock;
    const partial = matching.options.map((option, index) => (index === 0 ? option.id : ''));
    const responses = { ...responsesTo(assessed, seed, ['single']), [matching.id]: partial };
    const progress: Progress = { ...restoreProgress(assessed, undefined).progress, assessmentAttempts: [{ seed, submitted: false, responses }] };
    assert.ok(restoreProgress(assessed, progress).progress.assessmentAttempts?.[0]?.responses[matching.id], 'the open attempt keeps it in progress');
    const restored = roundTrip(progress, assessed);
    assert.deepEqual(restored.assessmentAttempts, [{ seed, submitted: false, responses: responsesTo(assessed, seed, ['single']) }]);
  });

  it('keeps scenarios and attempts apart', () => {
    const both = withAssessment(scenarioCourse);
    const progress: Progress = {
      ...restoreProgress(both, undefined).progress,
      visited: ['purpose-why', 'practise-scenario'],
      scenarios: { 'contact-test': { path: ['set-goal'], finished: false } },
      assessmentAttempts: [{ seed: 7, submitted: false, responses: responsesTo(both, 7) }],
    };
    const text = encodeSuspendData(both, progress);
    assert.ok(text.includes(`..${checkHash('contact-test')}0${optionHash('set-goal')}..`), text);
    const result = decoded(decodeSuspendData(both, text));
    assert.deepEqual(result.problems, []);
    assertSameProgress(restoreProgress(both, result.saved).progress, progress);
  });

  it('reads text written before attempts were saved as before, with or without scenarios', () => {
    const oldAnswers = `1.${pageHash('gains-intro')}.${pageHash('purpose-why')}${pageHash('gains-intro')}.${checkHash('check-agenda')}1${optionHash('b')}.`;
    const answersOnly = decoded(decodeSuspendData(assessed, oldAnswers));
    assert.deepEqual(answersOnly, {
      kind: 'decoded',
      saved: { pageId: 'gains-intro', visited: ['purpose-why', 'gains-intro'], answers: { 'check-agenda': { optionIds: ['b'], attempts: 1 } } },
      problems: [],
    });
    const both = withAssessment(scenarioCourse);
    const withScenario = decoded(decodeSuspendData(both, `${oldAnswers}.${checkHash('contact-test')}1${optionHash('buy-system')}.`));
    assert.deepEqual(withScenario, {
      kind: 'decoded',
      saved: {
        pageId: 'gains-intro',
        visited: ['purpose-why', 'gains-intro'],
        answers: { 'check-agenda': { optionIds: ['b'], attempts: 1 } },
        scenarios: { 'contact-test': { path: ['buy-system'], finished: true } },
      },
      problems: [],
    });
    // And progress without attempts is written exactly as before.
    assert.equal(encodeSuspendData(assessed, withoutReflections(example)), encodeSuspendData(course, example));
  });

  describe('from damaged or hostile attempt fields', () => {
    const both = withAssessment(scenarioCourse);
    const [submitted, open] = attemptsExample.map((attempt): AssessmentAttempt => ({ ...attempt, responses: responsesTo(both, attempt.seed) })) as [AssessmentAttempt, AssessmentAttempt];
    const submittedField = attemptField(both, submitted);
    const openField = attemptField(both, open);
    const asked = attemptQuestions(both, submitted.seed);
    const draw = drawHash(asked.map((question) => question.id));
    /** The submitted attempt's seed as written, without its flag, draw or responses. */
    const seedWritten = attemptField(both, { ...submitted, responses: {} }).slice(0, -1 - draw.length - asked.length);
    const noResponses = '0'.repeat(asked.length);
    const before = `1.${pageHash('gains-intro')}.${pageHash('purpose-why')}${pageHash('gains-intro')}.${checkHash('check-agenda')}1${optionHash('b')}..${checkHash('contact-test')}1${optionHash('buy-system')}..`;
    const kept = {
      pageId: 'gains-intro',
      visited: ['purpose-why', 'gains-intro'],
      answers: { 'check-agenda': { optionIds: ['b'], attempts: 1 } },
      scenarios: { 'contact-test': { path: ['buy-system'], finished: true } },
    };

    /** Decodes `before` and the fields: everything but the damaged attempt must survive. */
    function decodeWith(fields: readonly string[], attempts: readonly AssessmentAttempt[], problem: RegExp): void {
      const text = before + fields.map((field) => `${field}.`).join('');
      const result = decoded(decodeSuspendData(both, text));
      assert.deepEqual(result.saved, { ...kept, ...(attempts.length === 0 ? {} : { assessmentAttempts: attempts }) }, text);
      assert.match(result.problems.join('\n'), problem);
      assert.doesNotThrow(() => restoreProgress(both, result.saved));
    }

    it('the fields are well formed to begin with', () => {
      assert.equal(submittedField, `${seedWritten}1${draw}${submittedField.slice(seedWritten.length + 1 + draw.length)}`);
      decodeWith([submittedField, openField], [submitted, open], /^$/);
    });

    it('drops an attempt whose seed is too large or unreadable, or whose flag is not 0 or 1', () => {
      // 'zzzzzU' is 31^6 - 1 = 887,503,680, beyond 2^28; six shifted digits never end.
      decodeWith([`zzzzzU1${draw}${noResponses}`, openField], [open], /assessment attempt 1 dropped: its seed 887503680 is not below 2\^28/);
      decodeWith([`zzzzzz1${draw}${noResponses}`, openField], [open], /assessment attempt 1 "zzzzzz1.*" is unreadable/);
      decodeWith([`${seedWritten}2${draw}${noResponses}`, openField], [open], /assessment attempt 1 .* is unreadable/);
      decodeWith([submittedField, `${openField.slice(0, 2)}!${openField.slice(3)}`], [submitted], /assessment attempt 2 .* is unreadable/);
    });

    it('drops only the attempt whose draw hash is damaged, or cut short', () => {
      const damagedDraw = ['zzz', 'zzy'].find((hash) => hash !== draw) as string;
      const afterDraw = submittedField.slice(seedWritten.length + 1 + draw.length);
      decodeWith([`${seedWritten}1${damagedDraw}${afterDraw}`, openField], [open], /^assessment attempt 1 dropped: the assessment changed since it was saved/);
      decodeWith([submittedField, openField, `${seedWritten}1${draw.slice(0, 2)}`], [submitted, open], /assessment attempt 3 .* is unreadable/);
    });

    it('drops an attempt cut short, or with characters to spare', () => {
      decodeWith([submittedField.slice(0, -1), openField], [open], /assessment attempt 1 .* is unreadable/);
      decodeWith([submittedField, `${openField}0`], [submitted], /assessment attempt 2 .* is unreadable/);
      decodeWith([submittedField, openField.slice(0, -3)], [submitted], /assessment attempt 2 .* is unreadable/);
    });

    it('drops an attempt whose response counts overrun it, however large', () => {
      for (const count of ['z', 'zzzzzU', 'zzzzzz', '9']) {
        decodeWith([`${seedWritten}1${draw}${count}${noResponses.slice(1)}`, openField], [open], /assessment attempt 1 .* is unreadable/);
      }
    });

    it('drops only the response with an option the question does not have', () => {
      const [question] = asked as [KnowledgeCheckBlock];
      const unknown = ['zz', 'zy', 'zx'].find((hash) => !question.options.some((option) => optionHash(option.id) === hash)) as string;
      // The first response starts after the seed, the flag, the draw and its one-character count.
      const at = seedWritten.length + 1 + draw.length + 1;
      const damaged = `${submittedField.slice(0, at)}${unknown}${submittedField.slice(at + 2)}`;
      const { [question.id]: _dropped, ...otherResponses } = submitted.responses;
      decodeWith([damaged, openField], [{ ...submitted, responses: otherResponses }, open], new RegExp(`attempt 1: response to "${question.id}": option "${unknown}" is not in this version`));
    });

    it('reads no more attempts than allowed, and nothing after a further empty field', () => {
      decodeWith([submittedField, submittedField, submittedField, openField], [submitted, submitted, submitted], /1 attempts beyond the 3 allowed ignored/);
      decodeWith([submittedField, '', openField, 'anything'], [submitted], /2 entries after the assessment attempts ignored/);
      decodeWith([submittedField, '', '', ''], [submitted], /^$/);
    });

    it('notes a cut-short attempt as an attempt, and drops attempts a course without an assessment cannot read', () => {
      const cut = decoded(decodeSuspendData(both, `${before}${submittedField}.${openField.slice(0, 4)}`));
      assert.deepEqual(cut.saved, { ...kept, assessmentAttempts: [submitted] });
      assert.match(cut.problems.join('\n'), /assessment attempt ".*" was cut short/);
      const noAssessment = decoded(decodeSuspendData(scenarioCourse, `${before}${submittedField}.`));
      assert.deepEqual(noAssessment.saved, kept);
      assert.match(noAssessment.problems.join('\n'), /this course has no assessment/);
    });

    it('never throws on an attempt section of random fields, and keeps what comes before it', () => {
      const field = fc.string({ unit: fc.constantFrom(...'0123456789zyUVW.!'), maxLength: 40 });
      fc.assert(
        fc.property(fc.array(field, { maxLength: 6 }), (fields) => {
          const result = decoded(decodeSuspendData(both, before + fields.join('.')));
          const { progress } = restoreProgress(both, result.saved);
          assert.deepEqual(progress.answers, { 'check-agenda': { optionIds: ['b'], attempts: 1, correct: true } });
          assert.deepEqual(progress.scenarios, { 'contact-test': { path: ['buy-system'], finished: true } });
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('suspend data: attempts after the assessment changed', () => {
  const both = withAssessment(scenarioCourse);
  const attempts = attemptsExample.map((attempt): AssessmentAttempt => ({ ...attempt, responses: responsesTo(both, attempt.seed) }));
  const progress: Progress = {
    ...restoreProgress(both, undefined).progress,
    visited: ['purpose-why', 'practise-scenario'],
    answers: { 'check-agenda': { optionIds: ['b'], attempts: 1, correct: true } },
    scenarios: { 'contact-test': { path: ['set-goal'], finished: false } },
    assessmentAttempts: attempts,
  };
  const text = encodeSuspendData(both, progress);
  const drawnIds = (c: Course, seed: number): string[] => attemptQuestions(c, seed).map((question) => question.id);
  const sameDraw = (changed: Course, seed: number): boolean => drawnIds(both, seed).join() === drawnIds(changed, seed).join();

  /** Decodes the text saved with `both` for `changed`: everything but the attempts it no longer draws survives. */
  function decodeChanged(changed: Course): { kept: AssessmentAttempt[]; problems: readonly string[] } {
    const result = decoded(decodeSuspendData(changed, text));
    const kept = attempts.filter((attempt) => sameDraw(changed, attempt.seed));
    const { progress: restored, dropped } = restoreProgress(changed, result.saved);
    assert.deepEqual(dropped, []);
    const { assessmentAttempts: _attempts, ...rest } = progress;
    assertSameProgress(restored, { ...rest, ...(kept.length === 0 ? {} : { assessmentAttempts: kept }) });
    const changedMessages = result.problems.filter((problem) => /dropped: the assessment changed since it was saved/.test(problem));
    assert.equal(changedMessages.length, attempts.length - kept.length, result.problems.join('\n'));
    assert.equal(result.problems.length, changedMessages.length, result.problems.join('\n'));
    return { kept, problems: result.problems };
  }

  it('round-trips as long as the assessment is unchanged', () => {
    assert.deepEqual(decodeChanged(both).kept, attempts);
  });

  it('keeps attempts when only the wording of questions changed', () => {
    const reworded = withAssessment(scenarioCourse, {
      questions: assessmentBank.map((question) => ({ ...question, questionHtml: `<p>Reworded: ${question.id}</p>` })),
    });
    assert.deepEqual(decodeChanged(reworded), { kept: attempts, problems: [] });
  });

  it('drops every attempt, and nothing else, when the number drawn changed', () => {
    const fewer = withAssessment(scenarioCourse, { drawCount: 4 });
    const { kept, problems } = decodeChanged(fewer);
    assert.deepEqual(kept, []);
    assert.match(problems.join('\n'), new RegExp(`assessment attempt 1 dropped: .*seed ${attempts[0]?.seed} no longer draws`));
    assert.match(problems.join('\n'), new RegExp(`assessment attempt 2 dropped: .*seed ${attempts[1]?.seed} no longer draws`));
  });

  it('drops an attempt that asked a question since removed from the bank', () => {
    const [submitted] = attempts as [AssessmentAttempt];
    const removedId = drawnIds(both, submitted.seed)[0] as string;
    const removed = withAssessment(scenarioCourse, { questions: assessmentBank.filter((question) => question.id !== removedId) });
    assert.ok(!decodeChanged(removed).kept.includes(submitted));
  });

  it('drops a submitted attempt rather than re-marking it against a question that replaced one with the same option ids', () => {
    // The same place in the bank and the same objectives, so every seed draws it where the old one was.
    const myth = assessmentBank.find((question) => question.kind === 'true-false') as KnowledgeCheckBlock;
    const replacement: KnowledgeCheckBlock = {
      ...myth,
      id: 'final-myth-budget',
      questionHtml: '<p>Small steps need no budget.</p>',
      options: myth.options.map((option) => ({ ...option, correct: !option.correct })),
    };
    const replaced = withAssessment(scenarioCourse, { questions: assessmentBank.map((question) => (question === myth ? replacement : question)) });
    const seed = seedAsking(both, ['true-false']);
    const drawn = drawnIds(both, seed);
    assert.deepEqual(drawnIds(replaced, seed), drawn.map((id) => (id === myth.id ? replacement.id : id)), 'the replacement takes its place in the draw');
    const submitted: AssessmentAttempt = { seed, submitted: true, responses: responsesTo(both, seed) };
    const response = submitted.responses[myth.id] as string[];
    assert.notEqual(isCorrectAnswer(replacement, response), isCorrectAnswer(myth, response), 'read as before, it would be re-marked');
    const saved = encodeSuspendData(both, { ...progress, assessmentAttempts: [submitted] });
    const result = decoded(decodeSuspendData(replaced, saved));
    assert.equal((result.saved as { assessmentAttempts?: unknown }).assessmentAttempts, undefined);
    assert.deepEqual(result.problems, [`assessment attempt 1 dropped: the assessment changed since it was saved (seed ${seed} no longer draws the questions it was answered on)`]);
  });

  it('keeps an attempt exactly when the changed assessment draws the same questions for its seed (property)', () => {
    const changes = fc.record({
      keep: fc.subarray([...assessmentBank], { minLength: 1 }),
      order: fc.nat(5),
      drawCount: fc.integer({ min: 1, max: assessmentBank.length }),
    });
    fc.assert(
      fc.property(attemptsArb(assessed), changes, (saved, { keep, order, drawCount }) => {
        const questions = [...keep.slice(order % keep.length), ...keep.slice(0, order % keep.length)];
        const changed = withAssessment(course, { questions, drawCount });
        const same = (seed: number): boolean => drawnIds(assessed, seed).join() === drawnIds(changed, seed).join();
        const hashOf = (c: Course, seed: number): string => drawHash(drawnIds(c, seed));
        // A different draw whose hash happens to match (1 in 62³) is the one case the hash cannot tell.
        fc.pre(saved.every((attempt) => same(attempt.seed) || hashOf(assessed, attempt.seed) !== hashOf(changed, attempt.seed)));
        const start = restoreProgress(assessed, undefined).progress;
        const result = decoded(decodeSuspendData(changed, encodeSuspendData(assessed, { ...start, assessmentAttempts: saved })));
        const expected = saved.filter((attempt) => same(attempt.seed));
        assert.deepEqual((result.saved as { assessmentAttempts?: unknown }).assessmentAttempts ?? [], expected);
        assert.equal(result.problems.length, saved.length - expected.length, result.problems.join('\n'));
      }),
      FAST,
    );
  });
});

describe('suspend data round trip (property)', () => {
  for (const [name, c] of [
    ['free navigation', course],
    ['sequential navigation', withNavigation(course, 'sequential')],
    ['with an assessment', assessed],
    ['with an assessment, sequential navigation', withNavigation(assessed, 'sequential')],
  ] as const) {
    it(`restores any valid progress exactly, less reflections (${name})`, () => {
      fc.assert(
        fc.property(progressArb(c), (progress) => {
          for (const answer of Object.values(progress.answers)) assert.ok(answer.attempts >= 1);
          const text = encodeSuspendData(c, progress);
          assert.match(text, /^[0-9A-Za-z.]+$/);
          const result = decoded(decodeSuspendData(c, text));
          assert.deepEqual(result.problems, []);
          const restored = restoreProgress(c, result.saved);
          assert.deepEqual(restored.dropped, []);
          assertSameProgress(restored.progress, withoutReflections(progress));
        }),
        FAST,
      );
    });
  }

  it('generates only valid selections', () => {
    fc.assert(
      fc.property(progressArb(course), (progress) => {
        for (const [checkId, answer] of Object.entries(progress.answers)) {
          const check = courseChecks(course).find((candidate) => candidate.id === checkId) as KnowledgeCheckBlock;
          assert.ok(isValidSelection(check, answer.optionIds));
        }
      }),
      FAST,
    );
  });
});

describe('suspend data from damaged text (property)', () => {
  const alphabet = fc.constantFrom(...'1.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!"\\ ');

  function neverThrows(text: string, c: Course = course): void {
    const result = decodeSuspendData(c, text);
    assert.ok(['empty', 'decoded', 'unreadable'].includes(result.kind));
    if (result.kind === 'decoded') {
      const { progress } = restoreProgress(c, result.saved);
      assert.ok(pageIds(c).includes(progress.pageId));
    }
  }

  it('never throws on arbitrary strings', () => {
    for (const c of [course, assessed]) {
      fc.assert(fc.property(fc.string(), (s) => neverThrows(s, c)), { numRuns: 200 });
      fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => neverThrows(s, c)), { numRuns: 200 });
      fc.assert(fc.property(fc.string({ unit: alphabet, maxLength: 80 }), (s) => neverThrows(`1.${s}`, c)), { numRuns: 300 });
    }
  });

  for (const [name, c] of [
    ['', course],
    [' with assessment attempts', assessed],
  ] as const) {
    it(`never throws on a valid encoding${name} with characters replaced, inserted or removed`, () => {
      const mutation = fc.record({
        at: fc.nat(),
        char: fc.oneof(alphabet, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
        how: fc.constantFrom('replace', 'insert', 'remove'),
      });
      fc.assert(
        fc.property(progressArb(c), fc.array(mutation, { minLength: 1, maxLength: 4 }), (progress, mutations) => {
          let text = encodeSuspendData(c, progress);
          for (const { at, char, how } of mutations) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + (how === 'remove' ? '' : char) + text.slice(how === 'insert' ? i : i + 1);
          }
          neverThrows(text, c);
        }),
        { numRuns: 200 },
      );
    });
  }

  it('never throws on huge input, reading a bounded amount', () => {
    const valid = encodeSuspendData(course, example);
    const result = decoded(decodeSuspendData(course, valid + 'x'.repeat(100_000)));
    assert.ok(result.problems.some((problem) => problem.includes('ignored')));
    neverThrows('1.' + '.'.repeat(200_000));
    neverThrows('1.abc.' + 'abc'.repeat(50_000));
  });

  for (const [name, c] of [
    ['', course],
    [' (with assessment attempts)', assessed],
  ] as const) {
    it(`keeps the complete entries before a cut, at every cut${name}`, () => {
      fc.assert(
        fc.property(progressArb(c), (progress) => {
          const text = encodeSuspendData(c, progress);
          const { assessmentAttempts: attempts = [], ...withoutAttempts } = progress;
          // Where the answers end; attempts begin after two empty fields (no scenarios here).
          const answersEnd = encodeSuspendData(c, withoutAttempts).length;
          const dots = [...text].flatMap((char, index) => (char === '.' ? [index] : []));
          const [, bookmarkEnd = 0, visitedEnd = 0] = dots;
          const answerIds = Object.keys(progress.answers);
          for (let cut = 0; cut <= text.length; cut += 1) {
            const result = decodeSuspendData(c, text.slice(0, cut));
            if (cut === 0) {
              assert.deepEqual(result, { kind: 'empty' });
              continue;
            }
            const { progress: restored } = restoreProgress(c, decoded(result).saved);
            const visitedKept = cut >= visitedEnd ? progress.visited.length : Math.max(0, Math.floor((cut - bookmarkEnd - 1) / 3));
            const answersKept = dots.filter((dot) => dot > visitedEnd && dot < cut && dot < answersEnd).length;
            const attemptsKept = dots.filter((dot) => dot > answersEnd + 1 && dot < cut).length;
            assert.deepEqual(restored.visited, progress.visited.slice(0, visitedKept), `cut ${cut}`);
            assert.deepEqual(Object.keys(restored.answers), answerIds.slice(0, answersKept), `cut ${cut}`);
            for (const id of Object.keys(restored.answers)) assert.deepEqual(restored.answers[id], progress.answers[id]);
            assert.deepEqual(restored.assessmentAttempts ?? [], attempts.slice(0, attemptsKept), `cut ${cut}`);
            assert.equal(restored.pageId, cut >= bookmarkEnd ? progress.pageId : pageIds(c)[0]);
          }
        }),
        { numRuns: 25 },
      );
    });
  }
});

/** Ids of B (per scope) that differ from A's but share a hash: the one case hashes cannot tell. */
function crossVersionCollision(a: Course, b: Course): boolean {
  const clash = (ids: string[], hash: (id: string) => string): boolean => {
    const unique = [...new Set(ids)];
    return new Set(unique.map(hash)).size !== unique.length;
  };
  const checksOf = (c: Course): KnowledgeCheckBlock[] => [...courseChecks(c)];
  const optionsOf = (c: Course, checkId: string): string[] =>
    checksOf(c).find((check) => check.id === checkId)?.options.map((option) => option.id) ?? [];
  return (
    clash([...pageIds(a), ...pageIds(b)], pageHash) ||
    clash([...checksOf(a), ...checksOf(b)].map((check) => check.id), checkHash) ||
    checksOf(b).some((check) => clash([...optionsOf(a, check.id), ...optionsOf(b, check.id)], optionHash))
  );
}

type Edit = 'keep' | 'remove' | 'rename';
const editArb: fc.Arbitrary<Edit> = fc.constantFrom('keep', 'keep', 'remove', 'rename');

/** Course B: pages, checks and options reordered, renamed (`-v2`) or removed, per the edit lists. */
function editedCourse(a: Course, edits: { pages: Edit[]; checks: Edit[]; options: Edit[]; order: number[] }): Course {
  let p = 0;
  let k = 0;
  let o = 0;
  const renamed = (id: string, edit: Edit | undefined): string => (edit === 'rename' ? `${id}-v2` : id);
  const rotate = <T,>(list: readonly T[]): T[] => {
    const shift = (edits.order[(p + k + o) % edits.order.length] ?? 0) % Math.max(1, list.length);
    return [...list.slice(shift), ...list.slice(0, shift)];
  };
  const editCheck = (check: KnowledgeCheckBlock): KnowledgeCheckBlock | undefined => {
    const edit = edits.checks[k++ % edits.checks.length];
    if (edit === 'remove') return undefined;
    const kept = check.options.flatMap((option) => {
      const optionEdit = edits.options[o++ % edits.options.length];
      return optionEdit === 'remove' ? [] : [{ ...option, id: renamed(option.id, optionEdit) }];
    });
    const options = rotate(kept.length > 0 ? kept : check.options);
    return { ...check, id: renamed(check.id, edit), options, displayOrder: options.map((option) => option.id) };
  };
  const lessons = a.lessons.map((lesson): Lesson => {
    const pages = lesson.pages.flatMap((page): Page[] => {
      const edit = edits.pages[p++ % edits.pages.length];
      if (edit === 'remove') return [];
      const blocks = page.blocks.flatMap((block): Block[] => {
        if (block.type !== 'knowledge-check') return [block];
        const check = editCheck(block);
        return check === undefined ? [] : [check];
      });
      return [{ ...page, id: renamed(page.id, edit), blocks }];
    });
    return { ...lesson, pages: rotate(pages) };
  });
  const kept = lessons.some((lesson) => lesson.pages.length > 0) ? lessons : a.lessons;
  return { ...a, lessons: rotate(kept) };
}

/** What `restoreProgress` makes of the same progress saved with full ids (the JSON store). */
function restoredFromIds(b: Course, progress: Progress): Progress {
  const plain = {
    pageId: progress.pageId,
    visited: progress.visited,
    answers: Object.fromEntries(
      Object.entries(progress.answers).map(([id, { optionIds, attempts }]) => [id, { optionIds, attempts }]),
    ),
  };
  return restoreProgress(b, plain).progress;
}

describe('suspend data across content edits', () => {
  it('keeps exactly the entries whose ids still exist (example)', () => {
    const b = editedCourse(course, { pages: ['keep', 'rename', 'keep', 'remove', 'keep', 'keep', 'keep', 'keep'], checks: ['keep', 'keep', 'remove', 'keep', 'rename'], options: ['keep'], order: [1] });
    const text = encodeSuspendData(course, example);
    const result = decoded(decodeSuspendData(b, text));
    // gains-intro (bookmark, visited) was removed; purpose-agenda renamed; check-agenda lives on.
    assert.deepEqual(result.saved, {
      visited: ['purpose-why'],
      answers: {
        'check-match': { optionIds: ['lab', 'lab', 'bot'], attempts: 2 },
        'check-agenda': { optionIds: ['b'], attempts: 1 },
      },
    });
    assert.equal(result.problems.length, 4, result.problems.join('\n'));
  });

  it('drops an answer whose options changed rather than re-reading it', () => {
    const ordering: KnowledgeCheckBlock = { ...orderingCheck, options: orderingCheck.options.map((option) => (option.id === 'try' ? { ...option, id: 'pilot' } : option)) };
    const b: Course = { ...course, lessons: course.lessons.map((lesson) => ({ ...lesson, pages: lesson.pages.map((page) => (page.id === 'follow-order' ? { ...page, blocks: [ordering] } : page)) })) };
    const progress: Progress = { ...example, answers: { 'check-order': { optionIds: ['try', 'agenda', 'adopt'], attempts: 1, correct: false } } };
    const result = decoded(decodeSuspendData(b, encodeSuspendData(course, progress)));
    assert.deepEqual(result.saved, { pageId: 'gains-intro', visited: example.visited, answers: {} });
    assert.match(result.problems.join('\n'), /answer to "check-order": option/);
  });

  it('never mis-assigns: decoding with an edited course equals restoring the full ids (property)', () => {
    const edits = fc.record({
      pages: fc.array(editArb, { minLength: 1, maxLength: 9 }),
      checks: fc.array(editArb, { minLength: 1, maxLength: 7 }),
      options: fc.array(editArb, { minLength: 1, maxLength: 13 }),
      order: fc.array(fc.nat(20), { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(progressArb(course), edits, (progress, edit) => {
        const b = editedCourse(course, edit);
        fc.pre(!crossVersionCollision(course, b));
        assertSameProgress(roundTrip(progress, course, b), restoredFromIds(b, progress));
      }),
      { numRuns: 150 },
    );
  });
});
