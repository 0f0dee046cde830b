import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createActor } from 'xstate';
import '../../src/components/li-app.js';
import type { LiApp } from '../../src/components/li-app.js';
import type { LiAssessment } from '../../src/components/li-assessment.js';
import type { LiQuestion } from '../../src/components/li-question.js';
import { courseMachine, type CourseActor, type CourseEvent } from '../../src/machines/course.machine.js';
import { attemptQuestions } from '../../src/machines/assessment.js';
import { restoreProgress, type Progress } from '../../src/machines/progress.js';
import { correctOptions, pageIdsInOrder } from '../machines/fixture-course.js';
import { assessmentCourse, assessmentPageId, rightResponse, wrongResponse } from '../machines/fixture-assessment.js';
import { strings } from './strings.js';

const course = {
  ...assessmentCourse,
  strings: {
    ...strings,
    assessmentQuestionOf: 'Question {current} of {total}',
    assessmentScore: 'You scored {score}%. The pass mark is {passMark}%.',
    assessmentRetry: 'Start attempt {attempt} of {max}',
    assessmentGoToQuestion: 'Go to question {number}',
    assessmentNoAttemptsLeft: 'You have used all {max} attempts. Your best score was {best}%.',
  },
};

const finishLessons: CourseEvent[] = [
  ...pageIdsInOrder.map((pageId): CourseEvent => ({ type: 'page.goto', pageId })),
  ...Object.entries(correctOptions).map(([checkId, optionIds]): CourseEvent => ({ type: 'check.submit', checkId, optionIds })),
];

async function render(progress?: Progress): Promise<{ app: LiApp; actor: CourseActor }> {
  const actor = createActor(courseMachine, { input: { course, progress } }).start();
  const app = await fixture<LiApp>(html`<li-app .course=${course} .actor=${actor}></li-app>`);
  return { app, actor };
}

function assessmentOf(app: LiApp): LiAssessment {
  const element = app.shadowRoot?.querySelector('li-page')?.shadowRoot?.querySelector('li-assessment');
  if (!element) throw new Error('no li-assessment on the page');
  return element;
}

async function settle(app: LiApp): Promise<LiAssessment> {
  await app.updateComplete;
  await app.shadowRoot?.querySelector('li-page')?.updateComplete;
  const assessment = assessmentOf(app);
  await assessment.updateComplete;
  await assessment.shadowRoot?.querySelector<LiQuestion>('li-question')?.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  return assessment;
}

function shown(element: LiAssessment): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

function button(element: LiAssessment, label: string): HTMLButtonElement {
  const found = [...(element.shadowRoot?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent?.trim() === label);
  if (!found) throw new Error(`no "${label}" button: ${shown(element)}`);
  return found;
}

function focusedText(): string {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element?.textContent?.trim() ?? '';
}

/** Responds to every question of the open attempt: right for the first `rightCount`. */
function answerAll(actor: CourseActor, rightCount: number): void {
  const attempt = actor.getSnapshot().context.progress.assessmentAttempts?.at(-1);
  if (!attempt) throw new Error('no open attempt');
  attemptQuestions(course, attempt.seed).forEach((question, index) => {
    actor.send({ type: 'assessment.respond', questionId: question.id, optionIds: (index < rightCount ? rightResponse : wrongResponse)[question.id] ?? [] });
  });
}

describe('li-assessment in the app', () => {
  it('is locked until the lessons before it are done, and names them as links', async () => {
    const { app, actor } = await render();
    actor.send({ type: 'page.goto', pageId: assessmentPageId });
    const element = await settle(app);
    expect(shown(element)).to.contain(strings.assessmentLocked);
    const links = [...(element.shadowRoot?.querySelectorAll('a') ?? [])].map((link) => [link.getAttribute('href'), link.textContent]);
    expect(links).to.deep.equal([
      ['#purpose-first', 'Purpose first'],
      ['#marginal-gains', 'Marginal gains'],
    ]);
    await expect(element).to.be.accessible();
  });

  it('starts with the keyboard, moves focus to each question, and keeps responses', async () => {
    const { app, actor } = await render();
    for (const event of finishLessons) actor.send(event);
    actor.send({ type: 'page.goto', pageId: assessmentPageId });
    let element = await settle(app);
    await expect(element).to.be.accessible();
    button(element, strings.assessmentStart).focus();
    await sendKeys({ press: 'Enter' });
    element = await settle(app);
    expect(focusedText()).to.equal('Question 1 of 5');
    await expect(element).to.be.accessible();

    const seed = actor.getSnapshot().context.progress.assessmentAttempts?.[0]?.seed ?? -1;
    const first = attemptQuestions(course, seed)[0];
    const question = element.shadowRoot?.querySelector<LiQuestion>('li-question');
    expect(question?.check?.id).to.equal(first?.id);
    expect(question?.shadowRoot?.querySelector('button.primary'), 'no submit per question').to.equal(null);

    button(element, strings.assessmentNext).focus();
    await sendKeys({ press: 'Enter' });
    element = await settle(app);
    expect(focusedText()).to.equal('Question 2 of 5');
    button(element, strings.assessmentPrevious).click();
    element = await settle(app);
    expect(focusedText()).to.equal('Question 1 of 5');
  });

  it('lists unanswered questions before submitting and goes to them', async () => {
    const { app, actor } = await render();
    for (const event of finishLessons) actor.send(event);
    actor.send({ type: 'page.goto', pageId: assessmentPageId });
    actor.send({ type: 'assessment.start', seed: 99 });
    const questions = attemptQuestions(course, 99);
    // Every question answered but one (an ordering question nobody moved counts as answered).
    const skipped = questions.findIndex((question) => question.kind !== 'ordering');
    const skippedLabel = `Question ${skipped + 1} of 5`;
    questions.forEach((question, index) => {
      if (index !== skipped) actor.send({ type: 'assessment.respond', questionId: question.id, optionIds: rightResponse[question.id] ?? [] });
    });
    let element = await settle(app);
    // Opens at the first unanswered question.
    expect(shown(element)).to.contain(skippedLabel);
    for (let index = skipped; index < questions.length - 1; index += 1) {
      button(element, strings.assessmentNext).click();
      element = await settle(app);
    }
    button(element, strings.assessmentCheckAnswers).click();
    element = await settle(app);
    expect(focusedText()).to.equal(strings.assessmentCheckHeading);
    expect(shown(element)).to.contain(strings.assessmentUnanswered);
    expect(() => button(element, strings.assessmentSubmit)).to.throw();
    await expect(element).to.be.accessible();
    button(element, `Go to question ${skipped + 1}`).click();
    element = await settle(app);
    expect(focusedText()).to.equal(skippedLabel);
  });

  it('after submitting: the result, focus on it, and a review of every answer with its feedback', async () => {
    const { app, actor } = await render();
    for (const event of finishLessons) actor.send(event);
    actor.send({ type: 'page.goto', pageId: assessmentPageId });
    actor.send({ type: 'assessment.start', seed: 5 });
    answerAll(actor, 3);
    let element = await settle(app);
    button(element, strings.assessmentSubmit).click();
    element = await settle(app);
    expect(focusedText()).to.equal(strings.assessmentNotPassedHeading);
    expect(shown(element)).to.contain('You scored 60%. The pass mark is 80%.');
    const reviewed = [...(element.shadowRoot?.querySelectorAll<LiQuestion>('.review li-question') ?? [])];
    expect(reviewed.map((question) => question.mode)).to.deep.equal(['correct', 'correct', 'correct', 'incorrect', 'incorrect']);
    for (const question of reviewed) {
      expect(question.shadowRoot?.querySelector('.feedback')?.textContent, 'every answer has feedback').to.not.equal('');
      expect(question.shadowRoot?.textContent).to.not.contain(strings.noAttemptsLeft);
    }
    await expect(element).to.be.accessible();
    button(element, 'Start attempt 2 of 3').click();
    element = await settle(app);
    expect(focusedText()).to.equal('Question 1 of 5');
  });

  it('says when the attempts have run out, with the best score, and offers no other attempt', async () => {
    const { app, actor } = await render();
    for (const event of finishLessons) actor.send(event);
    actor.send({ type: 'page.goto', pageId: assessmentPageId });
    for (const [seed, right] of [[1, 3], [2, 1], [3, 0]] as const) {
      actor.send({ type: 'assessment.start', seed });
      answerAll(actor, right);
      actor.send({ type: 'assessment.submit' });
    }
    const element = await settle(app);
    expect(shown(element)).to.contain('You have used all 3 attempts. Your best score was 60%.');
    expect(() => button(element, 'Start attempt 4 of 3')).to.throw();
    expect(element.shadowRoot?.querySelectorAll('.actions button').length).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('shows a pass, and the same attempt after a reload (restored progress)', async () => {
    const first = await render();
    for (const event of finishLessons) first.actor.send(event);
    first.actor.send({ type: 'page.goto', pageId: assessmentPageId });
    first.actor.send({ type: 'assessment.start', seed: 31 });
    for (const question of attemptQuestions(course, 31).slice(0, 2)) {
      first.actor.send({ type: 'assessment.respond', questionId: question.id, optionIds: rightResponse[question.id] ?? [] });
    }
    const saved: unknown = JSON.parse(JSON.stringify(first.actor.getSnapshot().context.progress));
    const { progress } = restoreProgress(course, saved);
    const { app, actor } = await render(progress);
    let element = await settle(app);
    const question = element.shadowRoot?.querySelector<LiQuestion>('li-question');
    const asked = attemptQuestions(course, 31);
    // A resumed attempt opens at the first question the learner has not touched.
    const firstOpen = 2;
    const expected = asked[firstOpen];
    expect(shown(element)).to.contain(`Question ${firstOpen + 1} of 5`);
    expect(question?.check).to.deep.equal(expected);
    answerAll(actor, 5);
    actor.send({ type: 'assessment.submit' });
    element = await settle(app);
    expect(shown(element)).to.contain(strings.assessmentPassedHeading);
    expect(shown(element)).to.contain('You scored 100%.');
    await expect(element).to.be.accessible();
  });
});
