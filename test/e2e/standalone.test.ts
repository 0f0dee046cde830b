/**
 * The standalone file, opened from disk as a learner on their own would: a lesson completed
 * with the keyboard alone, progress kept across a reload, axe-core clean on every page, and not
 * one network request or Content-Security-Policy violation. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { compileCourse } from '../../src/build/content/compile-course.js';
import type { Course, KnowledgeCheckBlock, Lesson } from '../../src/course/types.js';
import { axeViolations, focusedElement, tabTo } from '../support/browser-page.js';
import { chromiumArgs, chromiumPath } from '../support/chromium.js';

const standaloneFile = resolve('dist/leading-innovation.html');
const reflectionText = 'Our housing repairs team could agree one goal: fix it first time.';

describe('standalone file from file://', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let course: Course;
  const networkRequests: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    assert.ok(existsSync(standaloneFile), `${standaloneFile} is missing: run npm run build first`);
    const compiled = await compileCourse({ contentDir: 'content' });
    assert.ok(compiled.course, 'content/ must compile');
    course = compiled.course;
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
    context = await browser.newContext();
    await context.addInitScript(() => {
      const violations: string[] = [];
      Object.assign(window, { cspViolations: violations });
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    page = await context.newPage();
    page.on('request', (request) => {
      const url = request.url();
      if (url !== pathToFileURL(standaloneFile).href && !url.startsWith('data:')) networkRequests.push(url);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  after(async () => {
    await browser?.close();
  });

  it('opens on the first page of the course with nothing focused but the document', async () => {
    await page.goto(pathToFileURL(standaloneFile).href);
    const firstPage = firstLesson().pages[0];
    await page.locator('li-page h1').waitFor();
    assert.equal(await page.locator('li-page h1').textContent(), firstPage?.title);
    assert.equal(await page.title(), `${firstPage?.title} – ${course.title}`);
  });

  it('completes the first lesson with the keyboard alone, axe-core clean on every page', async () => {
    const lesson = firstLesson();
    for (const [index, lessonPage] of lesson.pages.entries()) {
      assert.equal(await page.locator('li-page h1').textContent(), lessonPage.title);
      assert.deepEqual(await axeViolations(page), [], `axe-core on "${lessonPage.title}"`);
      for (const block of lessonPage.blocks) {
        if (block.type === 'knowledge-check') await answerCorrectly(page, block, course.strings.answerCorrect);
        if (block.type === 'reflection') {
          await tabTo(page, (element) => element.tag === 'textarea', { description: 'the reflection box' });
          await page.keyboard.type(reflectionText);
        }
      }
      const turn = index === lesson.pages.length - 1 && course.lessons.length === 1 ? course.strings.finish : course.strings.next;
      await tabTo(page, (element) => element.tag === 'button' && element.text === turn, { description: `the ${turn} button` });
      await page.keyboard.press('Enter');
      const nextTitle = lesson.pages[index + 1]?.title ?? course.lessons[1]?.pages[0]?.title;
      await page.locator('li-page h1', { hasText: nextTitle }).waitFor();
      const focused = await focusedElement(page);
      assert.deepEqual([focused.tag, focused.text], ['h1', nextTitle], 'focus moves to the new page’s heading');
    }
    assert.equal(await lessonStatusText(page, 0), course.strings.lessonComplete);
  });

  it('keeps that progress when the page is reloaded, and the learner resumes with the keyboard', async () => {
    await page.reload();
    await page.locator('li-resume-prompt h1').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'axe-core on the resume choice');
    await tabTo(page, (element) => element.tag === 'button' && element.text === course.strings.resumeContinue, {
      description: 'the resume button',
    });
    await page.keyboard.press('Enter');
    const resumedTitle = course.lessons[1]?.pages[0]?.title ?? '';
    await page.locator('li-page h1', { hasText: resumedTitle }).waitFor();
    assert.equal(await lessonStatusText(page, 0), course.strings.lessonComplete);

    const checkPage = firstLesson().pages.find((candidate) => candidate.blocks.some((block) => block.type === 'knowledge-check'));
    assert.ok(checkPage, 'the first lesson has a knowledge check');
    await tabTo(page, (element) => element.tag === 'a' && element.text === firstLesson().title, { description: 'the first lesson in the contents' });
    await page.keyboard.press('Enter');
    await tabTo(page, (element) => element.tag === 'a' && element.text === checkPage.title, { description: `"${checkPage.title}" in the contents` });
    await page.keyboard.press('Enter');
    await page.locator('li-page h1', { hasText: checkPage.title }).waitFor();
    const feedback = await page.locator('li-question [role="status"]').first().textContent();
    assert.match(feedback ?? '', new RegExp(escapeRegExp(course.strings.answerCorrect)), 'the answer and its feedback are kept');
    const reflectionPage = firstLesson().pages.find((candidate) => candidate.blocks.some((block) => block.type === 'reflection'));
    if (reflectionPage) {
      await tabTo(page, (element) => element.tag === 'a' && element.text === reflectionPage.title, { description: 'the reflection page' });
      await page.keyboard.press('Enter');
      await page.locator('li-page h1', { hasText: reflectionPage.title }).waitFor();
      assert.equal(await page.locator('li-reflection textarea').inputValue(), reflectionText);
    }
  });

  it('made no network request, broke no Content-Security-Policy rule and logged no error', async () => {
    assert.deepEqual(networkRequests, []);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), []);
    assert.deepEqual(pageErrors, []);
  });

  function firstLesson(): Lesson {
    const lesson = course.lessons[0];
    assert.ok(lesson, 'the course has a lesson');
    return lesson;
  }
});

async function answerCorrectly(page: Page, check: KnowledgeCheckBlock, verdict: string): Promise<void> {
  const inCheck = (element: { checkId: string; tag: string }) => element.checkId === check.id && element.tag === 'input';
  if (check.kind === 'multiple') {
    for (const option of check.options) {
      const focused = await tabTo(page, (element) => inCheck(element) && element.value === option.id, { description: `option ${option.id} of ${check.id}` });
      if (option.correct) await page.keyboard.press('Space');
      assert.equal(focused.value, option.id);
    }
  } else {
    // Tab reaches a radio group once; the arrow keys then move through it, choosing as they go.
    await tabTo(page, inCheck, { description: `the options of ${check.id}` });
    await page.keyboard.press('Space');
    const correctIndex = check.options.findIndex((option) => option.correct);
    for (let step = 0; step < correctIndex; step += 1) await page.keyboard.press('ArrowDown');
  }
  await tabTo(page, (element) => element.tag === 'button' && element.checkId === check.id, { description: `the submit button of ${check.id}` });
  await page.keyboard.press('Enter');
  const focused = await focusedElement(page);
  assert.equal(focused.checkId, check.id, 'focus moves to the feedback');
  assert.ok(focused.text.startsWith(verdict), `feedback on ${check.id} starts "${verdict}": ${focused.text}`);
}

async function lessonStatusText(page: Page, lessonIndex: number): Promise<string> {
  return ((await page.locator('li-toc .lesson').nth(lessonIndex).locator('.status').textContent()) ?? '').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
