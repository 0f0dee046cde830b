/**
 * The standalone file, opened from disk as a learner on their own would: the whole course taken
 * with the keyboard alone (every page, every knowledge check of every kind, every reflection),
 * axe-core clean on every page, progress kept across a reload, and not one network request or
 * Content-Security-Policy violation. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { compileCourse } from '../../src/build/content/compile-course.js';
import type { Course, KnowledgeCheckBlock, Lesson } from '../../src/course/types.js';
import { axeViolations, focusedElement, tabTo, type FocusedElement } from '../support/browser-page.js';
import { chromiumArgs, chromiumPath } from '../support/chromium.js';

const standaloneFile = resolve('dist/leading-innovation.html');
const reflectionText = 'Our housing repairs team could agree one goal: fix it first time.';

describe('standalone file from file://', () => {
  let browser: Browser;
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
    const context = await browser.newContext();
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

  it('opens on the first page of the course', async () => {
    await page.goto(pathToFileURL(standaloneFile).href);
    const firstPage = lesson(0).pages[0];
    await page.locator('li-page h1').waitFor();
    assert.equal(await page.locator('li-page h1').textContent(), firstPage?.title);
    assert.equal(await page.title(), `${firstPage?.title} – ${course.title}`);
  });

  it('takes the whole course with the keyboard alone, axe-core clean on every page', { timeout: 300_000 }, async () => {
    const pages = course.lessons.flatMap((each) => each.pages);
    for (const [index, coursePage] of pages.entries()) {
      assert.equal(await page.locator('li-page h1').textContent(), coursePage.title);
      assert.deepEqual(await axeViolations(page), [], `axe-core on "${coursePage.title}"`);
      for (const block of coursePage.blocks) {
        if (block.type === 'knowledge-check') await answerCorrectly(page, block, course);
        if (block.type === 'reflection') {
          await tabTo(page, (element) => element.tag === 'textarea', { description: 'the reflection box' });
          await page.keyboard.type(reflectionText);
        }
      }
      const isLast = index === pages.length - 1;
      const turn = isLast ? course.strings.finish : course.strings.next;
      await tabTo(page, (element) => element.tag === 'button' && element.text === turn, { description: `the ${turn} button` });
      await page.keyboard.press('Enter');
      const nextHeading = isLast ? course.strings.completionHeading : (pages[index + 1]?.title ?? '');
      await page.locator('li-page h1, li-completion h1', { hasText: nextHeading }).waitFor();
      const focused = await focusedElement(page);
      assert.deepEqual([focused.tag, focused.text], ['h1', nextHeading], 'focus moves to the new heading');
    }
    assert.deepEqual(await axeViolations(page), [], 'axe-core on the completion screen');
    for (const [index] of course.lessons.entries()) assert.equal(await lessonStatusText(page, index), course.strings.lessonComplete);
  });

  it('keeps that progress when the page is reloaded, and the learner resumes with the keyboard', async () => {
    await page.reload();
    await page.locator('li-resume-prompt h1').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'axe-core on the resume choice');
    await tabTo(page, (element) => element.tag === 'button' && element.text === course.strings.resumeContinue, {
      description: 'the resume button',
    });
    await page.keyboard.press('Enter');
    const lastLesson = lesson(course.lessons.length - 1);
    await page.locator('li-page h1', { hasText: lastLesson.pages[lastLesson.pages.length - 1]?.title ?? '' }).waitFor();
    for (const [index] of course.lessons.entries()) assert.equal(await lessonStatusText(page, index), course.strings.lessonComplete);

    const checkLesson = course.lessons.find((candidate) => candidate.pages.some((each) => each.blocks.some((block) => block.type === 'knowledge-check')));
    const checkPage = checkLesson?.pages.find((candidate) => candidate.blocks.some((block) => block.type === 'knowledge-check'));
    assert.ok(checkLesson && checkPage, 'the course has a knowledge check');
    await tabTo(page, (element) => element.tag === 'a' && element.text === checkLesson.title, { description: `"${checkLesson.title}" in the contents` });
    await page.keyboard.press('Enter');
    await tabTo(page, (element) => element.tag === 'a' && element.text === checkPage.title, { description: `"${checkPage.title}" in the contents` });
    await page.keyboard.press('Enter');
    await page.locator('li-page h1', { hasText: checkPage.title }).waitFor();
    const feedback = await page.locator('li-question [part="feedback"]').first().textContent();
    assert.ok((feedback ?? '').includes(course.strings.answerCorrect), 'the answer and its feedback are kept');

    const reflectionPage = checkLesson.pages.find((candidate) => candidate.blocks.some((block) => block.type === 'reflection'));
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

  function lesson(index: number): Lesson {
    const found = course.lessons[index];
    assert.ok(found, `the course has lesson ${index + 1}`);
    return found;
  }
});

/** Answers a knowledge check right first time, as a keyboard user would. */
async function answerCorrectly(page: Page, check: KnowledgeCheckBlock, course: Course): Promise<void> {
  const inCheck = (element: FocusedElement) => element.checkId === check.id;
  if (check.kind === 'multiple') {
    for (const option of check.options) {
      await tabTo(page, (element) => inCheck(element) && element.tag === 'input' && element.value === option.id, { description: `option ${option.id} of ${check.id}` });
      if (option.correct) await page.keyboard.press('Space');
    }
  } else if (check.kind === 'ordering') {
    // Bring each step up to its place, first step first, with its Move up button.
    const order = [...check.displayOrder];
    for (const [target, option] of check.options.entries()) {
      const from = order.indexOf(option.id);
      if (from === target) continue;
      await tabTo(page, (element) => inCheck(element) && element.tag === 'button' && element.option === option.id && element.text.startsWith(course.strings.moveUp), {
        description: `Move up for ${option.id} in ${check.id}`,
      });
      for (let step = from; step > target; step -= 1) await page.keyboard.press('Enter');
      order.splice(from, 1);
      order.splice(target, 0, option.id);
    }
  } else if (check.kind === 'matching') {
    for (const option of check.options) {
      await tabTo(page, (element) => inCheck(element) && element.tag === 'select' && element.id === `match-${option.id}`, { description: `the match for ${option.id} in ${check.id}` });
      // The list opens on its placeholder; the matches follow in display order.
      const presses = check.displayOrder.indexOf(option.id) + 1;
      for (let press = 0; press < presses; press += 1) await page.keyboard.press('ArrowDown');
    }
  } else {
    // Tab reaches a radio group once; the arrow keys then move through it, choosing as they go.
    await tabTo(page, (element) => inCheck(element) && element.tag === 'input', { description: `the options of ${check.id}` });
    await page.keyboard.press('Space');
    const correctIndex = check.options.findIndex((option) => option.correct);
    for (let step = 0; step < correctIndex; step += 1) await page.keyboard.press('ArrowDown');
  }
  await tabTo(page, (element) => inCheck(element) && element.tag === 'button' && element.text === course.strings.submitAnswer, { description: `the submit button of ${check.id}` });
  await page.keyboard.press('Enter');
  const focused = await focusedElement(page);
  assert.equal(focused.checkId, check.id, 'focus moves to the feedback');
  assert.ok(focused.text.startsWith(course.strings.answerCorrect), `feedback on ${check.id} starts "${course.strings.answerCorrect}": ${focused.text}`);
}

async function lessonStatusText(page: Page, lessonIndex: number): Promise<string> {
  return ((await page.locator('li-toc .lesson').nth(lessonIndex).locator('.status').textContent()) ?? '').trim();
}
