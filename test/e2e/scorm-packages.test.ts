/**
 * Each SCORM package as an LMS gets it: unzipped, served on localhost and launched in the
 * preview LMS (an iframe under scorm-again). The whole course is taken with the keyboard, then
 * the final LMS record is checked; a learner who closes mid-course and relaunches is back on the
 * same page with every answer kept; scorm-again reports no error. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, type Frame, type Page } from 'playwright-core';
import { readZip } from '../../src/build/packaging/read-zip.js';
import { compileCourse } from '../../src/build/content/compile-course.js';
import type { Course } from '../../src/course/types.js';
import { startServedBrowser, type ServedBrowser } from '../support/served-browser.js';
import { followContentsLink, lessonStatusText, tabInCourse, takeCoursePages, type CourseDriver } from '../support/take-course.js';

interface PreviewHook {
  readonly calls: readonly { readonly method: string }[];
  readonly errors: readonly { readonly message: string }[];
  readonly ready: Promise<void>;
  cmi(): Record<string, string>;
}

const standards = ['scorm2004', 'scorm12'] as const;

describe('SCORM packages in an LMS (preview LMS on scorm-again)', () => {
  let root: string;
  let served: ServedBrowser | undefined;
  let origin: string;
  let browser: Browser;
  let course: Course;

  before(async () => {
    for (const standard of standards) assert.ok(existsSync(`dist/leading-innovation-${standard}.zip`), 'run npm run build first');
    const compiled = await compileCourse({ contentDir: 'content' });
    assert.ok(compiled.course);
    course = compiled.course;
    root = await mkdtemp(join(tmpdir(), 'li-lms-'));
    await cp('dist/preview', join(root, 'preview'), { recursive: true });
    for (const standard of standards) {
      for (const entry of readZip(await readFile(`dist/leading-innovation-${standard}.zip`))) {
        const target = join(root, standard, entry.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, entry.data);
      }
    }
    served = await startServedBrowser({ rootDir: root, homePath: '/preview/' });
    ({ origin, browser } = served);
  });

  after(async () => {
    await served?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  async function openPreview(standard: (typeof standards)[number]): Promise<{ page: Page; frame: () => Promise<Frame> }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    await page.goto(`${origin}/preview/?standard=${standard}&content=${encodeURIComponent(`../${standard}/index.html`)}`);
    await page.waitForFunction(() => 'previewLms' in window);
    await page.evaluate(() => (window as unknown as { previewLms: PreviewHook }).previewLms.ready);
    /** The course's frame; the preview makes a new one on every launch. */
    const frame = async (): Promise<Frame> => {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const found = page.frames().find((candidate) => candidate.url().includes(`/${standard}/index.html`) && !candidate.isDetached());
        if (found) return found;
        await page.waitForTimeout(50);
      }
      throw new Error('the course never appeared in a frame');
    };
    await (await frame()).locator('li-page h1').waitFor();
    page.on('close', () => assert.deepEqual(outside, [], 'no request leaves the server'));
    return { page, frame };
  }

  const hook = (page: Page) => ({
    cmi: () => page.evaluate(() => (window as unknown as { previewLms: PreviewHook }).previewLms.cmi()),
    errors: () => page.evaluate(() => (window as unknown as { previewLms: PreviewHook }).previewLms.errors.map((error) => error.message)),
    methods: () => page.evaluate(() => (window as unknown as { previewLms: PreviewHook }).previewLms.calls.map((call) => call.method)),
  });

  for (const standard of standards) {
    const is2004 = standard === 'scorm2004';

    it(`${standard}: the whole course taken with the keyboard leaves a complete, passed record`, { timeout: 300_000 }, async () => {
      const { page, frame } = await openPreview(standard);
      const driver: CourseDriver = { page, where: await frame(), course };
      await takeCoursePages(driver, { checkAxe: false });
      await driver.where.locator('li-completion h1').waitFor();
      // The learner leaves with "Save and exit": the session ends and the record is final.
      await tabInCourse(driver, (element) => element.tag === 'button' && element.text === course.strings.saveAndExit, 'Save and exit');
      await page.keyboard.press('Enter');
      await driver.where.locator('li-app h1.exited').waitFor();
      const cmi = await hook(page).cmi();
      const checks = course.lessons.flatMap((lesson) => lesson.pages.flatMap((each) => each.blocks.filter((block) => block.type === 'knowledge-check')));
      if (is2004) {
        assert.equal(cmi['cmi.completion_status'], 'completed');
        assert.equal(cmi['cmi.success_status'], 'passed');
        assert.equal(cmi['cmi.score.raw'], '100');
        assert.equal(cmi['cmi.score.scaled'], '1');
        assert.equal(cmi['cmi.exit'], 'normal');
        assert.match(cmi['cmi.session_time'] ?? '', /^PT/);
      } else {
        assert.equal(cmi['cmi.core.lesson_status'], 'passed');
        assert.equal(cmi['cmi.core.score.raw'], '100');
        assert.match(cmi['cmi.core.session_time'] ?? '', /^\d{2,4}:\d{2}:\d{2}/);
      }
      const countOf = (collection: string) => new Set(Object.keys(cmi).filter((key) => new RegExp(`^cmi\\.${collection}\\.\\d+\\.id$`).test(key))).size;
      const interactionCount = countOf('interactions');
      const interactionIndexes = Array.from({ length: interactionCount }, (_, index) => index);
      // Questions are reported by their ids (`check_…`, `final_…`); scenario decisions as `<scenario>.<decision>`.
      const questions = interactionIndexes.filter((index) => !(cmi[`cmi.interactions.${index}.id`] ?? '').includes('.'));
      const decisions = interactionIndexes.filter((index) => (cmi[`cmi.interactions.${index}.id`] ?? '').includes('.'));
      assert.equal(questions.length, checks.length + (course.assessment?.drawCount ?? 0), 'one interaction per knowledge check and per assessment question');
      for (const index of questions) assert.equal(cmi[`cmi.interactions.${index}.result`], 'correct');
      for (const index of interactionIndexes) assert.match(cmi[`cmi.interactions.${index}.id`] ?? '', /^[A-Za-z0-9_.]+$/);
      for (const scenario of course.scenarios) assert.ok(decisions.some((index) => cmi[`cmi.interactions.${index}.id`]?.startsWith(`${scenario.id.replace(/-/g, '_')}.`)), `decisions of ${scenario.id}`);
      for (const index of decisions) assert.equal(cmi[`cmi.interactions.${index}.result`], 'neutral');
      const interactionTypes = new Set(questions.map((index) => cmi[`cmi.interactions.${index}.type`]));
      for (const type of ['choice', 'true-false', 'sequencing', 'matching']) assert.ok(interactionTypes.has(type), `an interaction of type ${type}`);
      assert.equal(countOf('objectives'), course.objectives.length);
      for (let index = 0; index < course.objectives.length; index += 1) {
        assert.equal(cmi[is2004 ? `cmi.objectives.${index}.success_status` : `cmi.objectives.${index}.status`], 'passed');
      }
      assert.ok((cmi['cmi.suspend_data'] ?? '').length <= 1_000, 'suspend_data stays small');
      const methods = await hook(page).methods();
      assert.ok(methods.filter((method) => /Commit$/.test(method)).length >= 1);
      assert.equal(methods.filter((method) => method === 'Terminate' || method === 'LMSFinish').length, 1);
      if (is2004) assert.notEqual(methods.at(-2), 'Commit', 'no Commit straight before Terminate');
      assert.deepEqual(await hook(page).errors(), [], 'scorm-again reported no error');
      await page.close();
    });

    it(`${standard}: a learner who leaves mid-course comes back to the same page with every answer kept`, { timeout: 120_000 }, async () => {
      const { page, frame } = await openPreview(standard);
      await page.getByRole('button', { name: 'New attempt' }).click();
      await page.evaluate(() => (window as unknown as { previewLms: PreviewHook }).previewLms.ready);
      let where = await frame();
      await where.locator('li-page h1').waitFor();
      const lessonPages = (course.lessons[0]?.pages.length ?? 0) + (course.lessons[1]?.pages.length ?? 0);
      await takeCoursePages({ page, where, course }, { pageCount: lessonPages + 1, checkAxe: false });
      const pageTitle = await where.locator('li-page h1').textContent();
      await page.getByRole('button', { name: 'Relaunch' }).click();
      await page.evaluate(() => (window as unknown as { previewLms: PreviewHook }).previewLms.ready);
      where = await frame();
      await where.locator('li-page h1').waitFor();
      assert.equal(await where.locator('li-page h1').textContent(), pageTitle, 'back on the same page');
      assert.equal(await lessonStatusText(where, 1), course.strings.lessonComplete);
      const purpose = course.lessons[1];
      const checkPage = purpose?.pages.find((each) => each.blocks.some((block) => block.type === 'knowledge-check'));
      assert.ok(purpose && checkPage);
      const driver = { page, where, course };
      await followContentsLink(driver, purpose.title);
      await followContentsLink(driver, checkPage.title);
      await where.locator('li-page h1', { hasText: checkPage.title }).waitFor();
      const feedback = await where.locator('li-question [part="feedback"]').allTextContents();
      const checkCount = checkPage.blocks.filter((block) => block.type === 'knowledge-check').length;
      assert.equal(feedback.filter((text) => text.includes(course.strings.answerCorrect)).length, checkCount, 'every answer kept');
      assert.deepEqual(await hook(page).errors(), [], 'scorm-again reported no error');
      await page.close();
    });
  }
});
