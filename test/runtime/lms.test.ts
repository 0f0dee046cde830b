import { expect } from '@open-wc/testing';
import { startCourse, type RunningCourse } from '../../src/runtime/start-course.js';
import type { LiApp } from '../../src/components/li-app.js';
import type { CourseActor } from '../../src/machines/course.machine.js';
import type { Course } from '../../src/course/types.js';
import type { ScormStandard } from '../../src/tracking/scorm-api.js';
import { progressStorageKey } from '../../src/tracking/local-progress-store.js';
import { correctOptions, fixtureCourse, pageIdsInOrder, wrongOptions } from '../machines/fixture-course.js';
import { strings } from '../components/strings.js';
import { installLms, type LmsHarness } from './lms-harness.js';
import { scenarioCourse } from '../machines/fixture-scenario.js';
import { assessmentCourse, assessmentPageId, rightResponse, wrongResponse } from '../machines/fixture-assessment.js';
import { attemptQuestions } from '../../src/machines/assessment.js';

let courseNumber = 0;
function freshCourse(): Course {
  courseNumber += 1;
  return { ...fixtureCourse, id: `lms-test-${Date.now()}-${courseNumber}`, strings: { ...strings, completionHeadingNamed: 'Well done, {name}' } };
}

let harness: LmsHarness | undefined;
afterEach(() => {
  harness?.remove();
  harness = undefined;
  document.body.replaceChildren();
});

function mount(): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  return root;
}

function launch(course: Course, standard: ScormStandard, extra: Partial<Parameters<typeof startCourse>[0]> = {}): RunningCourse {
  return startCourse({ course, root: mount(), lmsStandard: standard, commitIntervalMs: 60_000, initializeRetryDelaysMs: [1, 1], ...extra });
}

/** Answers every check through its own actor, as the interface does. */
function answerAll(actor: CourseActor, options: Record<string, readonly string[]> = correctOptions): void {
  for (const pageId of pageIdsInOrder) actor.send({ type: 'page.goto', pageId });
  for (const [checkId, optionIds] of Object.entries(options)) actor.send({ type: 'check.submit', checkId, optionIds });
}

async function rendered(app: LiApp): Promise<void> {
  await app.updateComplete;
  await app.shadowRoot?.querySelector<LiApp>('li-page, li-completion')?.updateComplete;
}

for (const standard of ['scorm2004', 'scorm12'] as const) {
  const is2004 = standard === 'scorm2004';
  const element = {
    location: is2004 ? 'cmi.location' : 'cmi.core.lesson_location',
    status: is2004 ? 'cmi.completion_status' : 'cmi.core.lesson_status',
    score: is2004 ? 'cmi.score.raw' : 'cmi.core.score.raw',
    exit: is2004 ? 'cmi.exit' : 'cmi.core.exit',
    response: is2004 ? 'learner_response' : 'student_response',
    terminate: is2004 ? 'Terminate' : 'LMSFinish',
    commit: is2004 ? 'Commit' : 'LMSCommit',
    setValue: is2004 ? 'SetValue' : 'LMSSetValue',
    initialize: is2004 ? 'Initialize' : 'LMSInitialize',
  };

  describe(`in an LMS (${standard}, scorm-again)`, () => {
    it('initialises, bookmarks the page and keeps suspend_data as the learner moves', async () => {
      harness = installLms(standard);
      const course = freshCourse();
      const running = launch(course, standard);
      const actor = await running.actor;
      expect(harness.count(element.initialize)).to.equal(1);
      expect(harness.calls.filter((call) => call.startsWith(element.setValue) && call.includes(`"${element.status}"`))).to.deep.equal([], 'status waits for the commit');
      actor.send({ type: 'page.next' });
      expect(harness.value(element.location)).to.equal(pageIdsInOrder[1]);
      expect(harness.value('cmi.suspend_data')).to.not.equal('');
      document.dispatchEvent(new Event('visibilitychange'));
      (await running.tracking)?.exit();
      expect(harness.stored(is2004 ? 'completion_status' : 'core.lesson_status')).to.equal('incomplete');
      expect(harness.stored(is2004 ? 'exit' : 'core.exit')).to.equal('suspend');
      expect(harness.errors).to.deep.equal([]);
    });

    it('records one interaction per answered question, with its response, result and type', async () => {
      harness = installLms(standard);
      const actor = await launch(freshCourse(), standard).actor;
      actor.send({ type: 'check.submit', checkId: 'check-agenda', optionIds: wrongOptions['check-agenda'] ?? [] });
      actor.send({ type: 'check.submit', checkId: 'check-gains', optionIds: correctOptions['check-gains'] ?? [] });
      actor.send({ type: 'check.submit', checkId: 'check-agenda', optionIds: correctOptions['check-agenda'] ?? [] });
      expect(harness.value('cmi.interactions._count')).to.equal('2');
      if (is2004) {
        expect(harness.value('cmi.interactions.0.id')).to.equal('check_agenda');
        expect(harness.value('cmi.interactions.0.type')).to.equal('choice');
        expect(harness.value('cmi.interactions.0.learner_response')).to.equal('b');
        expect(harness.value('cmi.interactions.0.result')).to.equal('correct');
        expect(harness.value('cmi.interactions.1.learner_response')).to.equal('a[,]c');
        expect(harness.value('cmi.interactions.0.description')).to.equal('What comes first?');
        expect(harness.value('cmi.interactions.0.latency')).to.match(/^PT/);
      }
      expect(harness.errors).to.deep.equal([]);
    });

    it('reports completion, score, objectives and exit when the course is finished', async () => {
      harness = installLms(standard);
      const running = launch(freshCourse(), standard);
      const actor = await running.actor;
      answerAll(actor);
      expect(harness.value('cmi.objectives._count')).to.equal(String(fixtureCourse.objectives.length));
      expect(harness.value('cmi.objectives.0.id')).to.equal('purpose_agenda');
      (await running.tracking)?.exit();
      expect(harness.count(element.terminate)).to.equal(1);
      expect(harness.stored(is2004 ? 'completion_status' : 'core.lesson_status')).to.equal(is2004 ? 'completed' : 'passed');
      if (is2004) expect(harness.stored('success_status')).to.equal('passed');
      expect(harness.stored(is2004 ? 'score.raw' : 'core.score.raw')).to.equal('100');
      expect(harness.stored(is2004 ? 'exit' : 'core.exit')).to.equal(is2004 ? 'normal' : '');
      expect(harness.errors).to.deep.equal([]);
    });

    it(`reports a fail below the pass mark as ${is2004 ? 'completed and failed' : 'failed'}, or as incomplete when configured`, async () => {
      harness = installLms(standard);
      let running = launch(freshCourse(), standard);
      answerAll(await running.actor, wrongOptions);
      (await running.tracking)?.exit();
      expect(harness.stored(is2004 ? 'completion_status' : 'core.lesson_status')).to.equal(is2004 ? 'completed' : 'failed');
      if (is2004) expect(harness.stored('success_status')).to.equal('failed');
      harness.remove();
      document.body.replaceChildren();

      harness = installLms(standard);
      const lenient = { ...freshCourse(), lms: { onFail: 'incomplete' as const, reportObjectives: false } };
      running = launch(lenient, standard);
      answerAll(await running.actor, wrongOptions);
      expect(harness.value('cmi.objectives._count')).to.equal('0');
      (await running.tracking)?.exit();
      expect(harness.stored(is2004 ? 'completion_status' : 'core.lesson_status')).to.equal('incomplete');
    });

    it('commits at most once per interval while the learner works, and once more on leaving', async () => {
      harness = installLms(standard);
      const running = launch(freshCourse(), standard, { commitIntervalMs: 200 });
      const actor = await running.actor;
      actor.send({ type: 'page.next' });
      actor.send({ type: 'page.next' });
      actor.send({ type: 'check.submit', checkId: 'check-agenda', optionIds: ['b'] });
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect(harness.count(element.commit)).to.equal(1);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(harness.count(element.terminate)).to.equal(1);
      // SCORM 2004: Terminate commits; a Commit straight before it upsets some LMSes.
      expect(harness.count(element.commit)).to.equal(is2004 ? 1 : 2);
      expect(harness.calls.at(-1)).to.match(new RegExp(`^${element.terminate}`));
      expect(harness.calls.some((call) => call.includes('session_time'))).to.equal(true, 'session time is reported');
    });

    it('sets session time, then score, then status, before Terminate', async () => {
      harness = installLms(standard);
      const running = launch(freshCourse(), standard);
      const actor = await running.actor;
      for (const pageId of pageIdsInOrder) actor.send({ type: 'page.goto', pageId });
      const [lastCheck, ...otherChecks] = Object.keys(correctOptions).reverse();
      for (const checkId of otherChecks) actor.send({ type: 'check.submit', checkId, optionIds: correctOptions[checkId] ?? [] });
      const beforeFinish = harness.calls.length;
      // The last answer completes the course while the page is closing.
      actor.send({ type: 'check.submit', checkId: lastCheck ?? '', optionIds: correctOptions[lastCheck ?? ''] ?? [] });
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      const finish = harness.calls.slice(beforeFinish);
      const position = (fragment: string) => finish.map((call, index) => (call.includes(fragment) ? index : -1)).filter((index) => index >= 0).pop() ?? -1;
      expect(position('session_time')).to.be.greaterThan(-1);
      expect(position(element.score)).to.be.greaterThan(position('session_time'));
      expect(position(element.status)).to.be.greaterThan(position(element.score));
      expect(position(element.terminate)).to.be.greaterThan(position(element.status));
    });

    it('reports each scenario decision as an interaction, keeping indexes when answers come later', async () => {
      harness = installLms(standard);
      const actor = await launch({ ...scenarioCourse, id: freshCourse().id, strings: freshCourse().strings }, standard).actor;
      actor.send({ type: 'scenario.choose', scenarioId: 'contact-test', choiceId: 'set-goal' });
      actor.send({ type: 'check.submit', checkId: 'check-agenda', optionIds: ['b'] });
      actor.send({ type: 'scenario.choose', scenarioId: 'contact-test', choiceId: 'involve' });
      expect(harness.value('cmi.interactions._count')).to.equal('3');
      if (is2004) {
        expect(harness.value('cmi.interactions.0.id')).to.equal('contact_test.ask');
        expect(harness.value('cmi.interactions.0.type')).to.equal('choice');
        expect(harness.value('cmi.interactions.0.learner_response')).to.equal('set_goal');
        expect(harness.value('cmi.interactions.0.result')).to.equal('neutral');
        expect(harness.value('cmi.interactions.1.id')).to.equal('check_agenda');
        expect(harness.value('cmi.interactions.2.id')).to.equal('contact_test.team');
      }
      expect(harness.errors).to.deep.equal([]);
    });

    it('keeps a note that starts with a brace, which a SCORM 2004 localized string would refuse', async () => {
      harness = installLms(standard);
      const running = launch(freshCourse(), standard);
      const actor = await running.actor;
      actor.send({ type: 'reflection.change', reflectionId: 'reflect-purpose', text: '{draft} fewer repeat calls' });
      (await running.tracking)?.exit();
      expect(harness.errors).to.deep.equal([]);
      const stored = String(is2004 ? harness.stored('comments_from_learner.0.comment') : harness.stored('comments'));
      expect(stored).to.contain('{draft} fewer repeat calls');
    });

    it('tells the learner their reflections go to the LMS and who may read them', async () => {
      harness = installLms(standard);
      const running = launch(freshCourse(), standard);
      await running.actor;
      await rendered(running.app);
      const reflection = running.app.shadowRoot?.querySelector('li-page')?.shadowRoot?.querySelector('li-reflection');
      await reflection?.updateComplete;
      expect(reflection?.shadowRoot?.querySelector('.saved-note')?.textContent).to.equal(strings.reflectionSavedLms);
    });

    it('writes only values that changed', async () => {
      harness = installLms(standard);
      const actor = await launch(freshCourse(), standard).actor;
      const before = harness.count(element.setValue);
      actor.send({ type: 'reflection.change', reflectionId: 'reflect-purpose', text: 'One goal' });
      const written = harness.calls.slice(-(harness.count(element.setValue) - before)).filter((call) => call.startsWith(element.setValue));
      // 2004: the new comment's location, text and timestamp. 1.2: the one comments string.
      expect(written.length).to.equal(is2004 ? 3 : 1);
      expect(written.join()).to.contain('One goal');
      await new Promise((resolve) => setTimeout(resolve, 30));
      const beforeEdit = harness.calls.length;
      actor.send({ type: 'reflection.change', reflectionId: 'reflect-purpose', text: 'One goal.' });
      const edits = harness.calls.slice(beforeEdit);
      expect(edits.length).to.equal(is2004 ? 2 : 1, 'time passing alone writes nothing new');
      expect(edits.every((call) => call.includes('comments'))).to.equal(true);
    });

    it('keeps the last answer in the LMS record when the tab closes before any commit', async () => {
      harness = installLms(standard);
      const actor = await launch(freshCourse(), standard).actor;
      actor.send({ type: 'check.submit', checkId: 'check-agenda', optionIds: ['b'] });
      expect(harness.count(element.commit)).to.equal(0);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(Object.keys(harness.stored('interactions') as object)).to.deep.equal(['0']);
      expect(harness.stored(`interactions.0.${element.response}`)).to.equal(is2004 ? 'b' : 'b');
      expect(harness.count(element.terminate)).to.equal(1);
    });

    it('resumes on the saved page with every answer and reflection kept, without rewriting old interactions', async () => {
      harness = installLms(standard);
      const course = freshCourse();
      const first = launch(course, standard);
      const actor = await first.actor;
      actor.send({ type: 'page.goto', pageId: 'gains-intro' });
      actor.send({ type: 'check.submit', checkId: 'check-agenda', optionIds: ['b'] });
      actor.send({ type: 'reflection.change', reflectionId: 'reflect-purpose', text: 'Fewer missed bins' });
      actor.send({ type: 'action-plan.change', field: 'area', text: 'Missed bins' });
      (await first.tracking)?.exit();
      const record = harness;
      const suspendData = String(record.stored('suspend_data'));
      const comments = String(is2004 ? record.stored('comments_from_learner.0.comment') : record.stored('comments'));
      const notes = String(is2004 ? record.stored('comments_from_learner.1.comment') : '');
      if (is2004) expect(record.stored('comments_from_learner.1.location')).to.equal('learner-notes');
      expect(suspendData).to.not.equal('');
      const interactions = record.stored('interactions') as Record<string, unknown>;
      record.remove();
      document.body.replaceChildren();

      const preload = is2004
        ? {
            cmi: {
              entry: 'resume',
              location: 'gains-intro',
              suspend_data: suspendData,
              completion_status: 'incomplete',
              comments_from_learner: { '0': { location: 'reflect-purpose', comment: comments }, '1': { location: 'learner-notes', comment: notes } },
              interactions,
            },
          }
        : { cmi: { core: { entry: 'resume', lesson_location: 'gains-intro', lesson_status: 'incomplete' }, suspend_data: suspendData, comments, interactions } };
      harness = installLms(standard, preload);
      const second = launch(course, standard);
      const resumed = await second.actor;
      const { progress } = resumed.getSnapshot().context;
      expect(progress.pageId).to.equal('gains-intro');
      expect(progress.answers['check-agenda']?.correct).to.equal(true);
      expect(progress.reflections['reflect-purpose']).to.equal('Fewer missed bins');
      expect(progress.actionPlan).to.deep.equal({ area: 'Missed bins' }, 'the action plan comes back from the comments');
      expect(second.app.resumeAt).to.equal('', 'the LMS resumes without asking');
      expect(harness.value('cmi.interactions._count')).to.equal('1');
      expect(harness.calls.filter((call) => call.startsWith(element.setValue) && call.includes('cmi.interactions.0.'))).to.deep.equal([], 'the earlier interaction is not rewritten');
      expect(harness.errors).to.deep.equal([]);
    });

    it('starts fresh with a notice when the LMS gives back unreadable suspend_data, keeping its completion', async () => {
      const preload = is2004
        ? { cmi: { entry: 'resume', suspend_data: '\u0000{{{not ours', completion_status: 'completed', success_status: 'passed' } }
        : { cmi: { core: { entry: 'resume', lesson_status: 'passed' }, suspend_data: '\u0000{{{not ours' } };
      harness = installLms(standard, preload);
      const running = launch(freshCourse(), standard);
      const actor = await running.actor;
      await rendered(running.app);
      expect(actor.getSnapshot().context.progress.visited).to.have.length(1);
      expect(running.app.shadowRoot?.querySelector('.notice')?.textContent).to.contain(strings.noticeLmsCorruptProgress);
      actor.send({ type: 'page.next' });
      (await running.tracking)?.exit();
      expect(harness.stored(is2004 ? 'completion_status' : 'core.lesson_status')).to.equal(is2004 ? 'completed' : 'passed');
      await expect(running.app).to.be.accessible();
    });

    it('retries Initialize, then runs on the device with a notice when the LMS never accepts it', async () => {
      harness = installLms(standard);
      harness.faults.failNext[element.initialize] = 5;
      const course = freshCourse();
      const running = launch(course, standard);
      const actor = await running.actor;
      await rendered(running.app);
      expect(harness.count(element.initialize)).to.equal(3);
      expect(await running.tracking).to.equal(undefined);
      expect(running.app.shadowRoot?.querySelector('.notice')?.textContent).to.contain(strings.noticeLmsUnavailable);
      actor.send({ type: 'page.next' });
      expect(localStorage.getItem(progressStorageKey(course.id))).to.not.equal(null);
    });

    it('keeps the learner going and retries when SetValue and Commit fail, showing only a quiet status', async () => {
      harness = installLms(standard);
      const running = launch(freshCourse(), standard, { commitIntervalMs: 20 });
      const actor = await running.actor;
      harness.faults.failNext[element.setValue] = 3;
      harness.faults.failNext[element.commit] = 1;
      actor.send({ type: 'check.submit', checkId: 'check-agenda', optionIds: ['b'] });
      await rendered(running.app);
      expect(running.app.saveStatus).to.equal('failing');
      expect(running.app.shadowRoot?.querySelector('.save-status')?.textContent).to.equal(strings.saveStatusFailing);
      actor.send({ type: 'page.next' });
      expect(actor.getSnapshot().context.progress.pageId).to.equal(pageIdsInOrder[1]);
      await new Promise((resolve) => setTimeout(resolve, 1_300));
      expect(running.app.saveStatus).to.equal('saved');
      expect(harness.value('cmi.interactions._count')).to.equal('1');
      expect(harness.value(element.location)).to.equal(pageIdsInOrder[1]);
    });

    it('shows the learner’s name from the LMS as text, never as markup', async () => {
      const name = '<img src=x onerror=alert(1)>';
      harness = installLms(standard, is2004 ? { cmi: { learner_name: name } } : { cmi: { core: { student_name: name } } });
      const running = launch(freshCourse(), standard);
      const actor = await running.actor;
      actor.send({ type: 'completion.show' });
      answerAll(actor);
      actor.send({ type: 'completion.show' });
      await rendered(running.app);
      const heading = running.app.shadowRoot?.querySelector('li-completion')?.shadowRoot?.querySelector('h1');
      expect(heading?.textContent).to.equal(`Well done, ${name}`);
      expect(heading?.querySelector('img')).to.equal(null);
    });

    it('saves and exits on request, ending the session once', async () => {
      harness = installLms(standard);
      const running = launch(freshCourse(), standard);
      await running.actor;
      await rendered(running.app);
      running.app.shadowRoot?.querySelector<HTMLButtonElement>('button.exit')?.click();
      await rendered(running.app);
      expect(harness.count(element.terminate)).to.equal(1);
      expect(running.app.shadowRoot?.querySelector('main h1')?.textContent).to.equal(strings.exitedHeading);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(harness.count(element.terminate)).to.equal(1);
      await expect(running.app).to.be.accessible();
    });
  });
}

/** The assessed fixture course, lessons done, on the assessment page. */
function assessedCourse(): Course {
  courseNumber += 1;
  return { ...assessmentCourse, id: `lms-assessed-${Date.now()}-${courseNumber}`, strings };
}

/** One attempt with `seed`: the first `rightCount` questions right, the rest wrong, then submitted. */
function takeAttempt(actor: CourseActor, course: Course, seed: number, rightCount: number): void {
  actor.send({ type: 'assessment.start', seed });
  attemptQuestions(course, seed).forEach((question, index) => {
    actor.send({ type: 'assessment.respond', questionId: question.id, optionIds: (index < rightCount ? rightResponse : wrongResponse)[question.id] ?? [] });
  });
  actor.send({ type: 'assessment.submit' });
}

for (const standard of ['scorm2004', 'scorm12'] as const) {
  const is2004 = standard === 'scorm2004';
  const status = is2004 ? 'completion_status' : 'core.lesson_status';
  const score = is2004 ? 'score.raw' : 'core.score.raw';

  describe(`the final assessment in an LMS (${standard}, scorm-again)`, () => {
    async function launchOnAssessment(course: Course) {
      const running = launch(course, standard);
      const actor = await running.actor;
      answerAll(actor);
      actor.send({ type: 'page.goto', pageId: assessmentPageId });
      return { running, actor };
    }

    it('pass: the assessment score, not the knowledge checks, reaches the LMS with passed', async () => {
      harness = installLms(standard);
      const course = assessedCourse();
      const { running, actor } = await launchOnAssessment(course);
      expect(harness.value(is2004 ? 'cmi.score.raw' : 'cmi.core.score.raw')).to.equal('', 'no score before an attempt');
      takeAttempt(actor, course, 21, 4);
      (await running.tracking)?.exit();
      expect(harness.stored(score)).to.equal('80');
      expect(harness.stored(status)).to.equal(is2004 ? 'completed' : 'passed');
      if (is2004) {
        expect(harness.stored('success_status')).to.equal('passed');
        expect(harness.stored('score.scaled')).to.equal('0.8');
      }
      expect(harness.errors).to.deep.equal([]);
    });

    it('fail with attempts left: incomplete and suspended, so the learner can come back and try again', async () => {
      harness = installLms(standard);
      const course = assessedCourse();
      const { running, actor } = await launchOnAssessment(course);
      takeAttempt(actor, course, 22, 3);
      (await running.tracking)?.exit();
      expect(harness.stored(status)).to.equal('incomplete');
      expect(harness.stored(is2004 ? 'exit' : 'core.exit')).to.equal('suspend');
      if (is2004) expect(harness.stored('success_status')).to.equal('unknown');
      expect(harness.errors).to.deep.equal([]);
    });

    it('a pass after a fail reports the best score as passed', async () => {
      harness = installLms(standard);
      const course = assessedCourse();
      const { running, actor } = await launchOnAssessment(course);
      takeAttempt(actor, course, 22, 3);
      takeAttempt(actor, course, 23, 5);
      (await running.tracking)?.exit();
      expect(harness.stored(score)).to.equal('100');
      expect(harness.stored(status)).to.equal(is2004 ? 'completed' : 'passed');
      expect(harness.errors).to.deep.equal([]);
    });

    it(`attempts exhausted: reported as ${is2004 ? 'completed and failed' : 'failed'} with the best score`, async () => {
      harness = installLms(standard);
      const course = assessedCourse();
      const { running, actor } = await launchOnAssessment(course);
      takeAttempt(actor, course, 31, 3);
      takeAttempt(actor, course, 32, 1);
      takeAttempt(actor, course, 33, 0);
      (await running.tracking)?.exit();
      expect(harness.stored(score)).to.equal('60');
      expect(harness.stored(status)).to.equal(is2004 ? 'completed' : 'failed');
      if (is2004) expect(harness.stored('success_status')).to.equal('failed');
      expect(harness.errors).to.deep.equal([]);
    });

    it('reports each assessment answer as an interaction and resumes mid-attempt from suspend_data', async () => {
      harness = installLms(standard);
      const course = assessedCourse();
      const first = await launchOnAssessment(course);
      first.actor.send({ type: 'assessment.start', seed: 77 });
      const asked = attemptQuestions(course, 77);
      for (const question of asked.slice(0, 3)) {
        first.actor.send({ type: 'assessment.respond', questionId: question.id, optionIds: rightResponse[question.id] ?? [] });
      }
      (await first.running.tracking)?.exit();
      const suspendData = harness.stored('suspend_data');
      expect(suspendData).to.be.a('string');

      const interactions = harness.stored('interactions');
      harness.remove();
      document.body.replaceChildren();
      harness = installLms(
        standard,
        is2004
          ? { cmi: { entry: 'resume', location: assessmentPageId, suspend_data: suspendData, completion_status: 'incomplete', interactions } }
          : { cmi: { core: { entry: 'resume', lesson_location: assessmentPageId, lesson_status: 'incomplete' }, suspend_data: suspendData, interactions } },
      );
      const second = launch(course, standard);
      const actor = await second.actor;
      const attempt = actor.getSnapshot().context.progress.assessmentAttempts?.at(-1);
      expect(attempt?.seed).to.equal(77);
      expect(attempt?.submitted).to.equal(false);
      expect(Object.keys(attempt?.responses ?? {}).sort()).to.deep.equal(asked.slice(0, 3).map((question) => question.id).sort());
      for (const question of asked.slice(3)) actor.send({ type: 'assessment.respond', questionId: question.id, optionIds: rightResponse[question.id] ?? [] });
      actor.send({ type: 'assessment.submit' });
      // SCORM 1.2 interactions are write-only: their ids cannot be read back.
      if (is2004) {
        const ids = Array.from({ length: Number(harness.value('cmi.interactions._count')) }, (_, index) => harness?.value(`cmi.interactions.${index}.id`));
        for (const question of asked) expect(ids).to.include(question.id.replace(/-/g, '_'));
      }
      (await second.tracking)?.exit();
      expect(harness.stored(score)).to.equal('100');
      expect(harness.errors).to.deep.equal([]);
    });
  });
}

describe('LMS discovery', () => {
  it('uses only the pinned standard’s API, even where the LMS offers both', async () => {
    const scorm12 = installLms('scorm12');
    const scorm2004 = installLms('scorm2004');
    try {
      await launch(freshCourse(), 'scorm12').actor;
      expect(scorm12.count('LMSInitialize')).to.equal(1);
      expect(scorm2004.calls).to.deep.equal([]);
    } finally {
      scorm12.remove();
      scorm2004.remove();
    }
  });

  it('finds the API in a parent frame', async () => {
    harness = installLms('scorm2004');
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const { findScormConnection } = await import('../../src/tracking/api-discovery.js');
    const connection = findScormConnection(frame.contentWindow as Window, ['scorm2004']);
    expect(connection?.standard).to.equal('scorm2004');
  });

  it('runs locally, with no notice, when no LMS is there and none was expected', async () => {
    const running = startCourse({ course: freshCourse(), root: mount() });
    await running.actor;
    await rendered(running.app);
    expect(await running.tracking).to.equal(undefined);
    expect(running.app.shadowRoot?.querySelector('.notice')).to.equal(null);
  });

  it('runs locally with a notice when a package finds no LMS', async () => {
    const running = launch(freshCourse(), 'scorm2004');
    await running.actor;
    await rendered(running.app);
    expect(running.app.shadowRoot?.querySelector('.notice')?.textContent).to.contain(strings.noticeLmsUnavailable);
  });
});
