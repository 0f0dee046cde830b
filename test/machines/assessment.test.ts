import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { courseMachine, type CourseEvent } from '../../src/machines/course.machine.js';
import { attemptQuestions, SEED_LIMIT, type AssessmentAttempt } from '../../src/machines/assessment.js';
import { courseScore, isAssessmentOpen, isCourseComplete, lessonStatus, progressPercent, restoreProgress, type Progress } from '../../src/machines/progress.js';
import { correctOptions, pageIdsInOrder } from './fixture-course.js';
import { assessmentCourse as course, assessmentPageId, rightResponse, wrongResponse } from './fixture-assessment.js';

function run(progress?: Progress) {
  const actor = createActor(courseMachine, { input: { course, progress } }).start();
  const send = (...events: CourseEvent[]) => {
    for (const event of events) actor.send(event);
    return actor.getSnapshot().context.progress;
  };
  return { actor, send, progress: () => actor.getSnapshot().context.progress };
}

/** Every page before the assessment visited and every knowledge check answered right. */
const finishLessons: CourseEvent[] = [
  ...pageIdsInOrder.map((pageId): CourseEvent => ({ type: 'page.goto', pageId })),
  ...Object.entries(correctOptions).map(([checkId, optionIds]): CourseEvent => ({ type: 'check.submit', checkId, optionIds })),
  { type: 'page.goto', pageId: assessmentPageId },
];

/** Responses to the open attempt's questions: right for the first `rightCount`, wrong for the rest. */
function answerAll(progress: Progress, rightCount: number): CourseEvent[] {
  const attempt = progress.assessmentAttempts?.at(-1);
  assert.ok(attempt && !attempt.submitted, 'an attempt is open');
  return attemptQuestions(course, attempt.seed).map((question, index): CourseEvent => ({
    type: 'assessment.respond',
    questionId: question.id,
    optionIds: (index < rightCount ? rightResponse : wrongResponse)[question.id] ?? [],
  }));
}

function takeAttempt(session: ReturnType<typeof run>, seed: number, rightCount: number): Progress {
  session.send({ type: 'assessment.start', seed });
  session.send(...answerAll(session.progress(), rightCount));
  return session.send({ type: 'assessment.submit' });
}

describe('assessment draw', () => {
  it('asks the draw count, covers every objective, and is the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SEED_LIMIT - 1 }), (seed) => {
        const questions = attemptQuestions(course, seed);
        assert.equal(questions.length, 5);
        const covered = new Set(questions.flatMap((question) => question.objectiveIds));
        for (const objective of course.objectives) assert.ok(covered.has(objective.id), `seed ${seed} misses ${objective.id}`);
        assert.deepEqual(attemptQuestions(course, seed), questions);
      }),
    );
  });

  it('shuffles each question’s options by the seed without changing what is right', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 200; seed += 1) {
      for (const question of attemptQuestions(course, seed)) {
        const bank = course.assessment?.questions.find((candidate) => candidate.id === question.id);
        assert.ok(bank);
        assert.deepEqual([...question.displayOrder].sort(), [...bank.displayOrder].sort(), 'display order is a permutation');
        if (question.kind === 'ordering') {
          assert.deepEqual(question.options, bank.options, 'ordering keeps its authored (right) order for marking');
          assert.notDeepEqual(question.displayOrder, bank.options.map((option) => option.id), 'never shown in the right order');
        }
        if (question.kind === 'single' || question.kind === 'multiple') {
          assert.deepEqual(new Set(question.options), new Set(bank.options));
          if (question.id === 'final-gains') orders.add(question.options.map((option) => option.id).join());
        }
      }
    }
    assert.ok(orders.size > 5, `option order varies with the seed (${orders.size} orders seen)`);
  });
});

describe('assessment in the course machine', () => {
  it('stays locked until the lessons before it are complete', () => {
    const session = run();
    assert.equal(isAssessmentOpen(course, session.progress()), false);
    const progress = session.send({ type: 'assessment.start', seed: 7 });
    assert.equal(progress.assessmentAttempts, undefined, 'start is refused while locked');
    session.send(...finishLessons);
    assert.equal(isAssessmentOpen(course, session.progress()), true);
    assert.equal(session.send({ type: 'assessment.start', seed: 7 }).assessmentAttempts?.length, 1);
  });

  it('opens at once when the course says `always`', () => {
    const always = { ...course, assessment: { ...course.assessment!, opensWhen: 'always' as const } };
    const actor = createActor(courseMachine, { input: { course: always } }).start();
    actor.send({ type: 'assessment.start', seed: 3 });
    assert.equal(actor.getSnapshot().context.progress.assessmentAttempts?.length, 1);
  });

  it('refuses a bad seed, a response to a question not drawn, an invalid selection and an incomplete submission', () => {
    const session = run();
    session.send(...finishLessons);
    for (const seed of [-1, 1.5, SEED_LIMIT, Number.NaN]) assert.equal(session.send({ type: 'assessment.start', seed }).assessmentAttempts, undefined);
    session.send({ type: 'assessment.start', seed: 11 });
    const drawn = new Set(attemptQuestions(course, 11).map((question) => question.id));
    const notDrawn = course.assessment?.questions.find((question) => !drawn.has(question.id));
    assert.ok(notDrawn);
    const before = session.progress();
    assert.equal(session.send({ type: 'assessment.respond', questionId: notDrawn.id, optionIds: rightResponse[notDrawn.id] ?? [] }), before);
    const first = attemptQuestions(course, 11)[0];
    assert.ok(first);
    assert.equal(session.send({ type: 'assessment.respond', questionId: first.id, optionIds: ['no-such-option'] }), before);
    assert.equal(session.send({ type: 'assessment.submit' }), before, 'nothing answered: not submitted');
    session.send(...answerAll(session.progress(), 5).slice(0, 4));
    assert.equal(session.send({ type: 'assessment.submit' }).assessmentAttempts?.at(-1)?.submitted, false, 'one question unanswered');
  });

  it('pass: 80% passes, reports the score, completes the lesson and the course, and allows no more attempts', () => {
    const session = run();
    session.send(...finishLessons);
    const progress = takeAttempt(session, 5, 4);
    assert.equal(courseScore(course, progress), 80);
    assert.equal(lessonStatus(course, progress, 'final'), 'complete');
    assert.equal(isCourseComplete(course, progress), true);
    assert.equal(progressPercent(course, progress), 100);
    assert.equal(session.send({ type: 'assessment.start', seed: 6 }).assessmentAttempts?.length, 1, 'no attempt after a pass');
  });

  it('fail: 60% does not pass; another attempt is allowed and the best score counts', () => {
    const session = run();
    session.send(...finishLessons);
    let progress = takeAttempt(session, 5, 3);
    assert.equal(courseScore(course, progress), 60);
    assert.equal(lessonStatus(course, progress, 'final'), 'in-progress', 'not done while attempts remain');
    assert.equal(isCourseComplete(course, progress), false);
    progress = takeAttempt(session, 9, 2);
    assert.equal(courseScore(course, progress), 60, 'the best attempt counts, not the last');
    progress = takeAttempt(session, 10, 5);
    assert.equal(courseScore(course, progress), 100);
    assert.equal(isCourseComplete(course, progress), true);
  });

  it('attempts exhausted: after three fails no attempt starts, and the course completes as not passed', () => {
    const session = run();
    session.send(...finishLessons);
    takeAttempt(session, 1, 0);
    takeAttempt(session, 2, 3);
    const progress = takeAttempt(session, 3, 1);
    assert.equal(progress.assessmentAttempts?.length, 3);
    assert.equal(session.send({ type: 'assessment.start', seed: 4 }).assessmentAttempts?.length, 3);
    assert.equal(courseScore(course, progress), 60);
    assert.equal(lessonStatus(course, progress, 'final'), 'complete');
    assert.equal(isCourseComplete(course, progress), true);
  });

  it('resume mid-attempt: the saved attempt comes back with the same questions, option order and responses', () => {
    const session = run();
    session.send(...finishLessons);
    session.send({ type: 'assessment.start', seed: 123_456 });
    const partly = session.send(...answerAll(session.progress(), 5).slice(0, 2));
    const saved: unknown = JSON.parse(JSON.stringify(partly));
    const { progress, dropped } = restoreProgress(course, saved);
    assert.deepEqual(dropped, []);
    assert.deepEqual(progress.assessmentAttempts, partly.assessmentAttempts);
    const resumed = run(progress);
    assert.deepEqual(attemptQuestions(course, resumed.progress().assessmentAttempts?.[0]?.seed ?? -1), attemptQuestions(course, 123_456));
    resumed.send(...answerAll(resumed.progress(), 5));
    assert.equal(courseScore(course, resumed.send({ type: 'assessment.submit' })), 100);
  });
});

describe('restoring saved attempts', () => {
  const seed = 42;
  const questions = attemptQuestions(course, seed);
  const responses = Object.fromEntries(questions.map((question) => [question.id, rightResponse[question.id] ?? []]));
  const good: AssessmentAttempt = { seed, responses, submitted: true };

  it('keeps valid attempts and re-marks them (a saved score is never read)', () => {
    const { progress, dropped } = restoreProgress(course, { assessmentAttempts: [{ ...good, score: 0 }] });
    assert.deepEqual(dropped, []);
    assert.equal(courseScore(course, progress), 100);
  });

  it('drops what is broken or hostile and keeps the rest', () => {
    const hostile = [
      { seed: -5, responses, submitted: true },
      'not an attempt',
      { seed: 7, responses: { [questions[0]?.id ?? '']: ['<script>'], ['__proto__']: ['x'] }, submitted: false },
      good,
    ];
    const { progress, dropped } = restoreProgress(course, { visited: ['purpose-why'], assessmentAttempts: hostile });
    assert.deepEqual(progress.visited, ['purpose-why']);
    assert.deepEqual(progress.assessmentAttempts, [good], 'only the valid submitted attempt is kept');
    assert.ok(dropped.some((line) => line.includes('seed')), dropped.join('\n'));
    assert.ok(dropped.some((line) => line.includes('never submitted')), dropped.join('\n'));
  });

  it('keeps at most the allowed number of attempts, and ignores attempts of a course without an assessment', () => {
    const many = Array.from({ length: 5 }, (_, index) => ({ ...good, seed: index }));
    assert.equal(restoreProgress(course, { assessmentAttempts: many }).progress.assessmentAttempts?.length, 3);
    const withoutAssessment = { ...course, assessment: undefined };
    const { progress, dropped } = restoreProgress(withoutAssessment, { assessmentAttempts: many });
    assert.equal(progress.assessmentAttempts, undefined);
    assert.equal(dropped.length, 1);
  });

  it('never throws on any saved value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const { progress } = restoreProgress(course, { assessmentAttempts: value });
        for (const attempt of progress.assessmentAttempts ?? []) assert.ok(Number.isInteger(attempt.seed));
      }),
    );
  });
});
