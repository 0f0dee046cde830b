import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startFacilitator, type RunningSession } from '../../src/runtime/start-facilitator.js';
import { readAudienceState } from '../../src/runtime/audience-link.js';
import { progressStorageKey } from '../../src/tracking/local-progress-store.js';
import type { Course } from '../../src/course/types.js';
import { fixtureCourse, pageIdsInOrder } from '../machines/fixture-course.js';
import { strings } from '../components/strings.js';
import { installLms, type LmsHarness } from './lms-harness.js';

let harness: LmsHarness | undefined;
let session: RunningSession | undefined;
afterEach(() => {
  harness?.remove();
  harness = undefined;
  session?.stop();
  session = undefined;
  document.body.replaceChildren();
});

let courseNumber = 0;
function freshCourse(): Course {
  courseNumber += 1;
  return { ...fixtureCourse, id: `facilitator-test-${Date.now()}-${courseNumber}`, strings };
}

function start(course: Course): RunningSession {
  const root = document.createElement('div');
  document.body.append(root);
  session = startFacilitator({ course, root });
  return session;
}

async function settled(running: RunningSession): Promise<void> {
  await running.element.updateComplete;
  const app = running.element.shadowRoot?.querySelector('li-app');
  await app?.updateComplete;
  await app?.shadowRoot?.querySelector('li-page')?.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
}

for (const standard of ['scorm2004', 'scorm12'] as const) {
  it(`makes no LMS call, even with an LMS (${standard}, scorm-again) in reach`, async () => {
    harness = installLms(standard);
    const course = freshCourse();
    const running = start(course);
    running.actor.send({ type: 'page.next' });
    running.actor.send({ type: 'check.submit', checkId: 'check-agenda', optionIds: ['b'] });
    running.facilitator.send({ type: 'vote.change', key: 'check:check-agenda', optionId: 'a', delta: 1 });
    window.dispatchEvent(new Event('pagehide'));
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(running);
    expect(harness.calls).to.deep.equal([]);
  });
}

it('keeps the trainer’s place apart from a learner’s progress on the same device', async () => {
  const course = freshCourse();
  localStorage.setItem(progressStorageKey(course.id), 'a learner’s saved progress');
  const running = start(course);
  running.actor.send({ type: 'page.goto', pageId: pageIdsInOrder[2] });
  expect(localStorage.getItem(progressStorageKey(course.id))).to.equal('a learner’s saved progress');
  expect(localStorage.getItem(progressStorageKey(`${course.id}:facilitator`))).to.contain(pageIdsInOrder[2]);
  running.stop();
  document.body.replaceChildren();
  const again = start(course);
  expect(again.actor.getSnapshot().context.progress.pageId).to.equal(pageIdsInOrder[2], 'a reload keeps the trainer’s place');
});

it('turns pages with the presenter keys, blanks with B, runs the timer with T, and leaves keys typed in a field alone', async () => {
  const course = freshCourse();
  const running = start(course);
  await settled(running);
  // Focus on one of the trainer's buttons, as after using the panel.
  running.element.shadowRoot?.querySelector('li-facilitator-panel')?.shadowRoot?.querySelector('button')?.focus();
  await sendKeys({ press: 'ArrowRight' });
  expect(running.actor.getSnapshot().context.progress.pageId).to.equal(pageIdsInOrder[1]);
  await sendKeys({ press: 'PageDown' });
  expect(running.actor.getSnapshot().context.progress.pageId).to.equal(pageIdsInOrder[2]);
  await sendKeys({ press: 'PageUp' });
  expect(running.actor.getSnapshot().context.progress.pageId).to.equal(pageIdsInOrder[1]);
  await sendKeys({ press: 'b' });
  expect(running.facilitator.getSnapshot().context.blank).to.equal(true);
  await sendKeys({ press: 't' });
  expect(running.facilitator.getSnapshot().matches({ timer: 'running' })).to.equal(true);
  await sendKeys({ press: 'T' });
  expect(running.facilitator.getSnapshot().matches({ timer: 'paused' })).to.equal(true);

  running.actor.send({ type: 'page.goto', pageId: pageIdsInOrder[0] });
  await settled(running);
  const textarea = running.element.shadowRoot?.querySelector('li-app')?.shadowRoot?.querySelector('li-page')?.shadowRoot?.querySelector('li-reflection')?.shadowRoot?.querySelector('textarea');
  expect(textarea, 'the reflection box').to.exist;
  textarea?.focus();
  await sendKeys({ type: 'bt' });
  await sendKeys({ press: 'ArrowRight' });
  expect(running.facilitator.getSnapshot().context.blank).to.equal(true, 'unchanged by typing');
  expect(running.actor.getSnapshot().context.progress.pageId).to.equal(pageIdsInOrder[0]);
});

it('counts the timer down from the planned minutes of the lesson in hand', async () => {
  const course = freshCourse();
  const running = start(course);
  await settled(running);
  const timer = running.facilitator.getSnapshot().context.timer;
  expect(timer.activityId).to.equal('purpose-first');
  expect(timer.totalMs).to.be.greaterThan(0);
  running.actor.send({ type: 'lesson.goto', lessonId: 'marginal-gains' });
  await settled(running);
  expect(running.facilitator.getSnapshot().context.timer.activityId).to.equal('marginal-gains');
});

it('is accessible, with the session plan in place of the contents and a class vote under a question', async () => {
  const course = freshCourse();
  const running = start(course);
  running.actor.send({ type: 'page.goto', pageId: 'purpose-agenda' });
  await settled(running);
  const app = running.element.shadowRoot?.querySelector('li-app');
  expect(app?.shadowRoot?.querySelector('li-toc'), 'no learner contents').to.equal(null);
  expect(running.element.shadowRoot?.querySelector('li-facilitator-panel')).to.exist;
  expect(running.element.shadowRoot?.querySelectorAll('li-vote').length).to.equal(1);
  await expect(running.element).to.be.accessible();
});

it('reads the audience state defensively: progress checked, charts bounded, junk ignored', () => {
  const course = freshCourse();
  expect(readAudienceState(course, 'junk')).to.equal(undefined);
  const state = readAudienceState(course, {
    progress: { pageId: 'gains-intro', visited: ['nope'] },
    blank: 'yes',
    charts: [{ key: 'k', heading: 'H', bars: [{ id: 'a', label: 'A', count: 2.7 }, { id: 'b', label: 5, count: 1 }] }, 'x'],
  });
  expect(state?.progress.pageId).to.equal('gains-intro');
  expect(state?.progress.visited).to.deep.equal([], 'an unknown page dropped');
  expect(state?.blank).to.equal(false);
  expect(state?.charts).to.deep.equal([{ key: 'k', heading: 'H', bars: [{ id: 'a', label: 'A', count: 2, highlight: false }] }]);
});
