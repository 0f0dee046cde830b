import { expect } from '@open-wc/testing';
import { startCourse } from '../../src/runtime/start-course.js';
import type { LiApp } from '../../src/components/li-app.js';
import { progressStorageKey } from '../../src/tracking/local-progress-store.js';
import type { Course } from '../../src/course/types.js';
import { fixtureCourse, correctOptions } from '../machines/fixture-course.js';
import { strings } from '../components/strings.js';

let courseNumber = 0;

/** A course with an id of its own, so each test has its own slot in the real localStorage. */
function freshCourse(): Course {
  courseNumber += 1;
  return { ...fixtureCourse, id: `runtime-test-${Date.now()}-${courseNumber}`, strings };
}

function mount(): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  return root;
}

async function rendered(app: LiApp): Promise<void> {
  await app.updateComplete;
  await app.shadowRoot?.querySelector<LiApp>('li-page, li-completion, li-resume-prompt')?.updateComplete;
}

function noticeTexts(app: LiApp): string[] {
  return [...(app.shadowRoot?.querySelectorAll('.notice p') ?? [])].map((notice) => notice.textContent ?? '');
}

function savedProgress(course: Course): { pageId: string; visited: string[]; answers: Record<string, unknown> } {
  const raw = localStorage.getItem(progressStorageKey(course.id));
  return JSON.parse(raw ?? 'null').progress;
}

function clickResumeChoice(app: LiApp, label: string): void {
  const prompt = app.shadowRoot?.querySelector('li-resume-prompt');
  const buttons = [...(prompt?.shadowRoot?.querySelectorAll('button') ?? [])];
  buttons.find((button) => button.textContent?.trim() === label)?.click();
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('startCourse', () => {
  it('starts a new learner on the first page, saving nothing until they act', async () => {
    const course = freshCourse();
    const running = startCourse({ course, root: mount() });
    const actor = await running.actor;
    await rendered(running.app);
    expect(noticeTexts(running.app)).to.deep.equal([]);
    expect(localStorage.getItem(progressStorageKey(course.id))).to.equal(null);
    actor.send({ type: 'page.next' });
    expect(savedProgress(course).pageId).to.equal(course.lessons[0]?.pages[1]?.id);
  });

  it('saves every answer and reflection as it happens', async () => {
    const course = freshCourse();
    const actor = await startCourse({ course, root: mount() }).actor;
    actor.send({ type: 'reflection.change', reflectionId: 'reflect-purpose', text: 'Fewer missed bins' });
    actor.send({ type: 'check.submit', checkId: 'check-agenda', optionIds: correctOptions['check-agenda'] ?? [] });
    const saved = savedProgress(course) as unknown as { reflections: Record<string, string>; answers: Record<string, { correct: boolean }> };
    expect(saved.reflections['reflect-purpose']).to.equal('Fewer missed bins');
    expect(saved.answers['check-agenda']?.correct).to.equal(true);
  });

  it('offers to resume, and resumes on the saved page with the answers kept', async () => {
    const course = freshCourse();
    const first = await startCourse({ course, root: mount() }).actor;
    first.send({ type: 'page.goto', pageId: 'purpose-agenda' });
    first.send({ type: 'check.submit', checkId: 'check-agenda', optionIds: ['b'] });
    document.body.replaceChildren();

    const running = startCourse({ course, root: mount() });
    await rendered(running.app);
    const prompt = running.app.shadowRoot?.querySelector('li-resume-prompt');
    expect(prompt?.shadowRoot?.textContent).to.contain(course.lessons[0]?.pages[1]?.title);
    await expect(running.app).to.be.accessible();
    clickResumeChoice(running.app, strings.resumeContinue);
    const actor = await running.actor;
    expect(actor.getSnapshot().context.progress.pageId).to.equal('purpose-agenda');
    expect(actor.getSnapshot().context.progress.answers['check-agenda']?.correct).to.equal(true);
  });

  it('starts again from nothing when the learner chooses to', async () => {
    const course = freshCourse();
    const first = await startCourse({ course, root: mount() }).actor;
    first.send({ type: 'page.goto', pageId: 'gains-intro' });
    document.body.replaceChildren();

    const running = startCourse({ course, root: mount() });
    await rendered(running.app);
    clickResumeChoice(running.app, strings.resumeStartAgain);
    const actor = await running.actor;
    expect(actor.getSnapshot().context.progress.pageId).to.equal(course.lessons[0]?.pages[0]?.id);
    expect(actor.getSnapshot().context.progress.visited).to.deep.equal([course.lessons[0]?.pages[0]?.id]);
    expect(localStorage.getItem(progressStorageKey(course.id))).to.equal(null);
  });

  for (const [name, stored] of [
    ['truncated JSON', '{"format":"leading-innovation.progress","version":1,"courseId":"x","progr'],
    ['not JSON at all', '\u0000\u0001garbage'],
    ['another course’s progress', JSON.stringify({ format: 'leading-innovation.progress', version: 1, courseId: 'other', progress: {} })],
    ['a foreign format', JSON.stringify({ hello: 'world' })],
    ['a future format version', JSON.stringify({ format: 'leading-innovation.progress', version: 99, courseId: 'x', progress: {} })],
  ] as const) {
    it(`starts fresh with a visible notice on ${name}, keeping the bad value until the learner acts`, async () => {
      const course = freshCourse();
      const key = progressStorageKey(course.id);
      const value = stored.replace('"courseId":"x"', `"courseId":"${course.id}"`);
      localStorage.setItem(key, value);
      const running = startCourse({ course, root: mount() });
      const actor = await running.actor;
      await rendered(running.app);
      expect(noticeTexts(running.app)).to.deep.equal([strings.noticeCorruptProgress]);
      expect(actor.getSnapshot().context.progress.pageId).to.equal(course.lessons[0]?.pages[0]?.id);
      expect(localStorage.getItem(key)).to.equal(value);
      await expect(running.app).to.be.accessible();
      actor.send({ type: 'page.next' });
      expect(savedProgress(course).pageId).to.equal(course.lessons[0]?.pages[1]?.id);
    });
  }

  it('keeps what is still valid when saved progress names pages and checks that no longer exist', async () => {
    const course = freshCourse();
    localStorage.setItem(
      progressStorageKey(course.id),
      JSON.stringify({
        format: 'leading-innovation.progress',
        version: 1,
        courseId: course.id,
        progress: {
          pageId: 'a-page-since-deleted',
          visited: ['purpose-why', 'a-page-since-deleted', 'purpose-agenda'],
          answers: { 'check-agenda': { optionIds: ['b'], attempts: 1, correct: false }, 'check-gone': { optionIds: ['a'], attempts: 1, correct: true } },
          reflections: { 'reflect-purpose': 'Kept', 'reflect-gone': 'Dropped' },
        },
      }),
    );
    const running = startCourse({ course, root: mount() });
    await rendered(running.app);
    clickResumeChoice(running.app, strings.resumeContinue);
    const { progress } = (await running.actor).getSnapshot().context;
    expect(progress.visited).to.deep.equal(['purpose-why', 'purpose-agenda']);
    expect(Object.keys(progress.answers)).to.deep.equal(['check-agenda']);
    expect(progress.answers['check-agenda']?.correct, 'correctness is recomputed, never trusted').to.equal(true);
    expect(progress.reflections).to.deep.equal({ 'reflect-purpose': 'Kept' });
  });

  it('runs with a notice when storage is blocked', async () => {
    const course = freshCourse();
    const running = startCourse({
      course,
      root: mount(),
      getStorage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const actor = await running.actor;
    await rendered(running.app);
    expect(noticeTexts(running.app)).to.deep.equal([strings.noticeStorageUnavailable]);
    actor.send({ type: 'page.next' });
    expect(actor.getSnapshot().context.progress.pageId).to.equal(course.lessons[0]?.pages[1]?.id);
  });

  it('keeps going when storage is full', async () => {
    const course = freshCourse();
    const fullStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const actor = await startCourse({ course, root: mount(), getStorage: () => fullStorage }).actor;
    actor.send({ type: 'page.next' });
    actor.send({ type: 'page.next' });
    expect(actor.getSnapshot().context.progress.pageId).to.equal(course.lessons[0]?.pages[2]?.id);
  });

  it('lets the learner dismiss a notice', async () => {
    const course = freshCourse();
    localStorage.setItem(progressStorageKey(course.id), 'garbage');
    const running = startCourse({ course, root: mount() });
    await running.actor;
    await rendered(running.app);
    running.app.shadowRoot?.querySelector<HTMLButtonElement>('.notice button')?.click();
    await rendered(running.app);
    expect(noticeTexts(running.app)).to.deep.equal([]);
  });
});
