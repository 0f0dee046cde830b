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
import type { Course, Lesson } from '../../src/course/types.js';
import { axeViolations, cspViolations, recordCspViolations, tabTo } from '../support/browser-page.js';
import { lessonStatusText, reflectionText, takeCoursePages } from '../support/take-course.js';
import { chromiumArgs, chromiumPath } from '../support/chromium.js';

const standaloneFile = resolve('dist/leading-innovation.html');

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
    await recordCspViolations(context);
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
    await takeCoursePages({ page, where: page, course });
    const statuses = await Promise.all(course.lessons.map(async (lesson, index) => `${lesson.id}: ${await lessonStatusText(page, index)}`));
    assert.equal(await page.locator('li-completion h1').textContent(), course.strings.completionHeading, statuses.join(', '));
    assert.deepEqual(await axeViolations(page), [], 'axe-core on the completion screen');
    // Back on the last page, the certificate is there; the learner types their name.
    await tabTo(page, (element) => element.tag === 'button' && element.text === course.strings.back, { description: 'the Back button' });
    await page.keyboard.press('Enter');
    await page.locator('li-certificate .certificate').waitFor();
    await tabTo(page, (element) => element.tag === 'input' && element.id === 'name', { description: 'the name on the certificate' });
    await page.keyboard.type('Sam Taylor');
    assert.equal((await page.locator('li-certificate .name').textContent())?.trim(), 'Sam Taylor');
    assert.match((await page.locator('li-certificate .certificate').textContent()) ?? '', new RegExp(String(new Date().getFullYear())));
    assert.deepEqual(await axeViolations(page), [], 'axe-core on the certificate');
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
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(pageErrors, []);
  });

  function lesson(index: number): Lesson {
    const found = course.lessons[index];
    assert.ok(found, `the course has lesson ${index + 1}`);
    return found;
  }
});
