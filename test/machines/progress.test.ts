import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canSubmit, isValidSelection, selectOption } from '../../src/machines/checks.js';
import { nextPageId, previousPageId } from '../../src/machines/course-lookup.js';
import {
  canRecordAnswer,
  capReflection,
  enterCourse,
  recordAnswer,
  recordReflection,
  visitPage,
} from '../../src/machines/progress-update.js';
import {
  MAX_REFLECTION_LENGTH,
  canVisitPage,
  initialProgress,
  isCorrectAnswer,
  isCourseComplete,
  lessonStatus,
  pageLocation,
  progressPercent,
  type Progress,
} from '../../src/machines/progress.js';
import {
  correctOptions,
  fixtureCourse as course,
  multipleCheck,
  pageIdsInOrder,
  singleCheck,
  trueFalseCheck,
  withNavigation,
  wrongOptions,
} from './fixture-course.js';

function visitAll(progress: Progress): Progress {
  return pageIdsInOrder.reduce((p, id) => visitPage(course, p, id), progress);
}

function answerAll(progress: Progress, options = correctOptions): Progress {
  return Object.entries(options).reduce((p, [id, ids]) => recordAnswer(course, p, id, ids), progress);
}

describe('initialProgress', () => {
  it('starts on the first page with nothing done', () => {
    assert.deepEqual(initialProgress(course), {
      pageId: 'purpose-why',
      visited: [],
      answers: {},
      reflections: {},
      scenarios: {},
    });
  });
});

describe('pageLocation', () => {
  it('locates a page in its lesson', () => {
    const location = pageLocation(course, 'gains-myth');
    assert.ok(location);
    assert.equal(location.lesson.id, 'marginal-gains');
    assert.equal(location.lessonIndex, 1);
    assert.equal(location.pageIndex, 1);
    assert.equal(location.page.id, 'gains-myth');
    assert.equal(location.pageNumberInLesson, 2);
    assert.equal(location.pagesInLesson, 2);
  });

  it('returns undefined for an unknown page', () => {
    assert.equal(pageLocation(course, 'nope'), undefined);
    assert.equal(pageLocation(course, 'purpose-first'), undefined, 'a lesson id is not a page');
  });

  it('walks pages across lessons', () => {
    assert.equal(nextPageId(course, 'purpose-recap'), 'gains-intro');
    assert.equal(previousPageId(course, 'gains-intro'), 'purpose-recap');
    assert.equal(nextPageId(course, 'gains-myth'), undefined);
    assert.equal(previousPageId(course, 'purpose-why'), undefined);
  });
});

describe('canVisitPage', () => {
  it('free: any existing page', () => {
    const progress = initialProgress(course);
    for (const id of pageIdsInOrder) assert.equal(canVisitPage(course, progress, id), true, id);
    assert.equal(canVisitPage(course, progress, 'nope'), false);
  });

  it('sequential: visited pages and the first unvisited one', () => {
    const sequential = withNavigation(course, 'sequential');
    let progress = initialProgress(sequential);
    assert.equal(canVisitPage(sequential, progress, 'purpose-why'), true);
    assert.equal(canVisitPage(sequential, progress, 'purpose-agenda'), false);
    progress = visitPage(sequential, progress, 'purpose-why');
    progress = visitPage(sequential, progress, 'purpose-agenda');
    assert.equal(canVisitPage(sequential, progress, 'purpose-why'), true);
    assert.equal(canVisitPage(sequential, progress, 'purpose-agenda'), true);
    assert.equal(canVisitPage(sequential, progress, 'purpose-recap'), true);
    assert.equal(canVisitPage(sequential, progress, 'gains-intro'), false);
    assert.equal(canVisitPage(sequential, progress, 'nope'), false);
  });

  it('sequential: a gap in visited pages makes the gap the next page', () => {
    const sequential = withNavigation(course, 'sequential');
    const progress: Progress = { ...initialProgress(sequential), visited: ['purpose-why', 'purpose-recap'] };
    assert.equal(canVisitPage(sequential, progress, 'purpose-agenda'), true);
    assert.equal(canVisitPage(sequential, progress, 'purpose-recap'), true);
    assert.equal(canVisitPage(sequential, progress, 'gains-intro'), false);
  });
});

describe('isCorrectAnswer', () => {
  it('needs exact set equality with the correct options', () => {
    assert.equal(isCorrectAnswer(singleCheck, ['b']), true);
    assert.equal(isCorrectAnswer(singleCheck, ['a']), false);
    assert.equal(isCorrectAnswer(singleCheck, []), false);
    assert.equal(isCorrectAnswer(multipleCheck, ['a', 'c']), true);
    assert.equal(isCorrectAnswer(multipleCheck, ['c', 'a']), true, 'order does not matter');
    assert.equal(isCorrectAnswer(multipleCheck, ['a']), false, 'a subset is not enough');
    assert.equal(isCorrectAnswer(multipleCheck, ['a', 'b', 'c']), false, 'a superset is wrong');
    assert.equal(isCorrectAnswer(trueFalseCheck, ['false']), true);
    assert.equal(isCorrectAnswer(trueFalseCheck, ['true']), false);
  });
});

describe('check rules', () => {
  it('validates selections by kind', () => {
    assert.equal(isValidSelection(singleCheck, ['a']), true);
    assert.equal(isValidSelection(singleCheck, []), false);
    assert.equal(isValidSelection(singleCheck, ['a', 'b']), false);
    assert.equal(isValidSelection(singleCheck, ['z']), false);
    assert.equal(isValidSelection(trueFalseCheck, ['true', 'false']), false);
    assert.equal(isValidSelection(multipleCheck, ['a', 'b', 'c', 'd']), true);
    assert.equal(isValidSelection(multipleCheck, ['a', 'a']), false);
    assert.equal(isValidSelection(multipleCheck, ['a', 7]), false);
  });

  it('selects: replaces for single and true-false, toggles for multiple', () => {
    assert.deepEqual(selectOption(singleCheck, ['a'], 'c'), ['c']);
    assert.deepEqual(selectOption(trueFalseCheck, ['true'], 'false'), ['false']);
    assert.deepEqual(selectOption(multipleCheck, ['c'], 'a'), ['a', 'c'], 'kept in option order');
    assert.deepEqual(selectOption(multipleCheck, ['a', 'c'], 'a'), ['c']);
    assert.deepEqual(selectOption(multipleCheck, ['a'], 'zzz'), ['a'], 'unknown ids ignored');
  });

  it('allows submissions until correct or out of attempts', () => {
    assert.equal(canSubmit(singleCheck, undefined), true);
    assert.equal(canSubmit(singleCheck, { optionIds: ['a'], attempts: 1, correct: false }), true);
    assert.equal(canSubmit(singleCheck, { optionIds: ['a'], attempts: 2, correct: false }), false);
    assert.equal(canSubmit(singleCheck, { optionIds: ['b'], attempts: 1, correct: true }), false);
  });
});

describe('progress updates', () => {
  it('visiting records first-visit order once', () => {
    let progress = initialProgress(course);
    progress = visitPage(course, progress, 'gains-intro');
    progress = visitPage(course, progress, 'purpose-why');
    progress = visitPage(course, progress, 'gains-intro');
    assert.equal(progress.pageId, 'gains-intro');
    assert.deepEqual(progress.visited, ['gains-intro', 'purpose-why']);
    assert.equal(visitPage(course, progress, 'nope'), progress, 'unknown pages change nothing');
  });

  it('entering falls back to the first page when the current one cannot be opened', () => {
    const entered = enterCourse(course, { ...initialProgress(course), pageId: 'gone' });
    assert.equal(entered.pageId, 'purpose-why');
    assert.deepEqual(entered.visited, ['purpose-why']);
  });

  it('records graded answers and counts attempts', () => {
    let progress = recordAnswer(course, initialProgress(course), 'check-agenda', ['a']);
    assert.deepEqual(progress.answers['check-agenda'], { optionIds: ['a'], attempts: 1, correct: false });
    progress = recordAnswer(course, progress, 'check-agenda', ['b']);
    assert.deepEqual(progress.answers['check-agenda'], { optionIds: ['b'], attempts: 2, correct: true });
    assert.equal(recordAnswer(course, progress, 'check-agenda', ['b']), progress);
    assert.equal(canRecordAnswer(course, progress, 'check-agenda', ['a']), false);
  });

  it('stores multiple answers in option order', () => {
    const progress = recordAnswer(course, initialProgress(course), 'check-gains', ['c', 'a']);
    assert.deepEqual(progress.answers['check-gains'], { optionIds: ['a', 'c'], attempts: 1, correct: true });
  });

  it('ignores invalid submissions', () => {
    const start = initialProgress(course);
    assert.equal(recordAnswer(course, start, 'nope', ['a']), start);
    assert.equal(recordAnswer(course, start, 'check-agenda', []), start);
    assert.equal(recordAnswer(course, start, 'check-agenda', ['a', 'b']), start);
    assert.equal(recordAnswer(course, start, 'check-myth', ['true', 'false']), start);
    assert.equal(recordAnswer(course, start, 'check-gains', ['x']), start);
    assert.equal(recordAnswer(course, start, 'purpose-why', ['a']), start, 'a page is not a check');
  });

  it('stores reflections, capped, for known reflections only', () => {
    const start = initialProgress(course);
    const written = recordReflection(course, start, 'reflect-purpose', 'To learn.');
    assert.deepEqual(written.reflections, { 'reflect-purpose': 'To learn.' });
    assert.equal(recordReflection(course, start, 'nope', 'x'), start);
    const long = recordReflection(course, start, 'reflect-purpose', 'x'.repeat(5000));
    assert.equal(long.reflections['reflect-purpose']?.length, MAX_REFLECTION_LENGTH);
  });

  it('caps reflections without splitting a surrogate pair', () => {
    const text = `${'x'.repeat(MAX_REFLECTION_LENGTH - 1)}😀`;
    const capped = capReflection(text);
    assert.equal(capped.length, MAX_REFLECTION_LENGTH - 1);
    assert.equal(capReflection('short'), 'short');
  });
});

describe('selectors', () => {
  it('lesson status: not started, in progress, complete', () => {
    let progress = initialProgress(course);
    assert.equal(lessonStatus(course, progress, 'purpose-first'), 'not-started');
    progress = visitPage(course, progress, 'purpose-why');
    assert.equal(lessonStatus(course, progress, 'purpose-first'), 'in-progress');
    progress = visitPage(course, progress, 'purpose-agenda');
    progress = visitPage(course, progress, 'purpose-recap');
    assert.equal(lessonStatus(course, progress, 'purpose-first'), 'in-progress', 'check unanswered');
    progress = recordAnswer(course, progress, 'check-agenda', ['a']);
    assert.equal(lessonStatus(course, progress, 'purpose-first'), 'complete', 'a wrong answer counts');
    assert.equal(lessonStatus(course, progress, 'marginal-gains'), 'not-started');
    assert.equal(lessonStatus(course, progress, 'nope'), 'not-started');
  });

  it('an answer alone puts a lesson in progress', () => {
    const progress = recordAnswer(course, initialProgress(course), 'check-gains', ['a']);
    assert.equal(lessonStatus(course, progress, 'marginal-gains'), 'in-progress');
  });

  it('course completion needs every page and every check', () => {
    const start = initialProgress(course);
    assert.equal(isCourseComplete(course, start), false);
    assert.equal(isCourseComplete(course, visitAll(start)), false);
    assert.equal(isCourseComplete(course, answerAll(start)), false);
    assert.equal(isCourseComplete(course, answerAll(visitAll(start), wrongOptions)), true);
  });

  it('percent counts pages visited and checks answered', () => {
    const start = initialProgress(course);
    assert.equal(progressPercent(course, start), 0);
    const one = visitPage(course, start, 'purpose-why');
    assert.equal(progressPercent(course, one), 12, '1 of 8, rounded down');
    assert.equal(progressPercent(course, visitAll(start)), 62, '5 of 8');
    assert.equal(progressPercent(course, answerAll(visitAll(start))), 100);
    const almost = recordAnswer(course, visitAll(start), 'check-agenda', ['b']);
    assert.ok(Number.isInteger(progressPercent(course, almost)));
  });

  it('ignores inherited properties when looking up answers', () => {
    const renamed = {
      ...course,
      lessons: [
        {
          ...course.lessons[0]!,
          pages: [{ id: 'purpose-why', title: 'x', blocks: [{ ...singleCheck, id: 'constructor' }] }],
        },
      ],
    };
    const progress = visitPage(renamed, initialProgress(renamed), 'purpose-why');
    assert.equal(lessonStatus(renamed, progress, 'purpose-first'), 'in-progress');
    assert.equal(isCourseComplete(renamed, progress), false);
    const answered = recordAnswer(renamed, progress, 'constructor', ['b']);
    assert.equal(isCourseComplete(renamed, answered), true);
  });
});
