/**
 * Takes the course as a keyboard user would: Tab, arrows, Space, Enter and typing only. Works on
 * a page, or on the frame the course runs in inside an LMS.
 */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import type { Course, KnowledgeCheckBlock } from '../../src/course/types.js';
import { axeViolations, focusedElement, tabTo, type FocusedElement } from './browser-page.js';

export const reflectionText = 'Our housing repairs team could agree one goal: fix it first time.';

export interface CourseDriver {
  readonly page: Page;
  /** Where the course is: the page itself, or its frame in an LMS. */
  readonly where: Page | Frame;
  readonly course: Course;
}

export function tabInCourse(driver: CourseDriver, wanted: (element: FocusedElement) => boolean, description: string): Promise<FocusedElement> {
  return tabTo(driver.page, wanted, { description, frame: driver.where === driver.page ? undefined : (driver.where as Frame) });
}

/**
 * From the page in view, goes through `pageCount` pages (all when left out): axe-core on each,
 * every knowledge check answered right, every reflection typed, then Next (or Finish).
 */
export async function takeCoursePages(driver: CourseDriver, options: { readonly pageCount?: number; readonly checkAxe?: boolean } = {}): Promise<void> {
  const { where, course } = driver;
  const pages = course.lessons.flatMap((lesson) => lesson.pages);
  const currentTitle = await where.locator('li-page h1').textContent();
  const start = pages.findIndex((coursePage) => coursePage.title === currentTitle);
  assert.ok(start >= 0, `the page in view ("${currentTitle}") is a course page`);
  const end = Math.min(pages.length, start + (options.pageCount ?? pages.length));
  for (let index = start; index < end; index += 1) {
    const coursePage = pages[index];
    assert.ok(coursePage);
    assert.equal(await where.locator('li-page h1').textContent(), coursePage.title);
    if (options.checkAxe ?? true) assert.deepEqual(await axeViolations(where), [], `axe-core on "${coursePage.title}"`);
    for (const block of coursePage.blocks) {
      if (block.type === 'knowledge-check') await answerCorrectly(driver, block);
      if (block.type === 'scenario') await playScenario(driver, block.scenarioId, { checkAxe: options.checkAxe ?? true });
      if (block.type === 'assessment') await passAssessment(driver, { checkAxe: options.checkAxe ?? true });
      if (block.type === 'reflection') {
        await tabInCourse(driver, (element) => element.tag === 'textarea', 'the reflection box');
        await driver.page.keyboard.type(reflectionText);
      }
    }
    const isLast = index === pages.length - 1;
    const turn = isLast ? course.strings.finish : course.strings.next;
    await tabInCourse(driver, (element) => element.tag === 'button' && element.text === turn, `the ${turn} button`);
    await driver.page.keyboard.press('Enter');
    const nextHeading = isLast ? undefined : (pages[index + 1]?.title ?? '');
    const heading = nextHeading ? where.locator('li-page h1', { hasText: nextHeading }) : where.locator('li-completion h1');
    await heading.waitFor();
    const focused = await focusedElement(where);
    assert.equal(focused.tag, 'h1', 'focus moves to the new heading');
    if (nextHeading) assert.equal(focused.text, nextHeading);
  }
}

/**
 * Plays a scenario to an ending with the keyboard, taking the first choice at each decision
 * (every path ends, the build proves it), checking focus lands on what happened each time.
 */
export async function playScenario(driver: CourseDriver, scenarioId: string, options: { readonly checkAxe: boolean }): Promise<void> {
  const scenario = driver.course.scenarios.find((candidate) => candidate.id === scenarioId);
  assert.ok(scenario, `scenario ${scenarioId} exists`);
  const restart = driver.where.locator('li-scenario button.restart');
  for (let decision = 0; decision <= scenario.nodes.length; decision += 1) {
    if (await restart.isVisible()) break;
    await tabInCourse(driver, (element) => element.scenarioId === scenarioId && element.tag === 'button' && !element.className.includes('restart'), `a choice in ${scenarioId}`);
    await driver.page.keyboard.press('Enter');
    const focused = await focusedElement(driver.where);
    assert.equal(focused.text, driver.course.strings.scenarioWhatHappened, 'focus moves to what happened');
  }
  assert.ok(await restart.isVisible(), `${scenarioId} reached an ending`);
  if (options.checkAxe) assert.deepEqual(await axeViolations(driver.where), [], `axe-core on the ${scenarioId} debrief`);
}

/**
 * Takes the final assessment with the keyboard, answering every question right: Start, each
 * question then Next (focus on its heading each time), Submit, and the result. Reads each
 * question as shown (options in the attempt's order) from the page.
 */
export async function passAssessment(driver: CourseDriver, options: { readonly checkAxe: boolean }): Promise<void> {
  const { page, where, course } = driver;
  const { strings } = course;
  const count = course.assessment?.drawCount ?? 0;
  const pressButton = async (label: string) => {
    await tabInCourse(driver, (element) => element.tag === 'button' && element.text === label, `the ${label} button`);
    await page.keyboard.press('Enter');
  };
  if (options.checkAxe) assert.deepEqual(await axeViolations(where), [], 'axe-core on the assessment start');
  await pressButton(strings.assessmentStart);
  for (let index = 0; index < count; index += 1) {
    const focused = await focusedElement(where);
    assert.equal(focused.text, strings.assessmentQuestionOf.replace('{current}', String(index + 1)).replace('{total}', String(count)), 'focus on the question heading');
    if (options.checkAxe && index === 0) assert.deepEqual(await axeViolations(where), [], 'axe-core on a question');
    const shown = await where.locator('li-assessment li-question').evaluate((element) => (element as unknown as { check: KnowledgeCheckBlock }).check);
    await chooseCorrectly(driver, shown);
    await pressButton(index === count - 1 ? strings.assessmentCheckAnswers : strings.assessmentNext);
  }
  assert.equal((await focusedElement(where)).text, strings.assessmentCheckHeading);
  if (options.checkAxe) assert.deepEqual(await axeViolations(where), [], 'axe-core on the check before submitting');
  await pressButton(strings.assessmentSubmit);
  assert.equal((await focusedElement(where)).text, strings.assessmentPassedHeading, 'focus on the result');
  if (options.checkAxe) assert.deepEqual(await axeViolations(where), [], 'axe-core on the result and review');
}

/** Answers a knowledge check right first time, as a keyboard user would. */
export async function answerCorrectly(driver: CourseDriver, check: KnowledgeCheckBlock): Promise<void> {
  const { page, course } = driver;
  const inCheck = (element: FocusedElement) => element.checkId === check.id;
  await chooseCorrectly(driver, check);
  await tabInCourse(driver, (element) => inCheck(element) && element.tag === 'button' && element.text === course.strings.submitAnswer, `the submit button of ${check.id}`);
  await page.keyboard.press('Enter');
  const focused = await focusedElement(driver.where);
  assert.equal(focused.checkId, check.id, 'focus moves to the feedback');
  assert.ok(focused.text.startsWith(course.strings.answerCorrect), `feedback on ${check.id} starts "${course.strings.answerCorrect}": ${focused.text}`);
}

/** Chooses the right response to a question as shown, with the keyboard. */
async function chooseCorrectly(driver: CourseDriver, check: KnowledgeCheckBlock): Promise<void> {
  const { page, course } = driver;
  const inCheck = (element: FocusedElement) => element.checkId === check.id;
  if (check.kind === 'multiple') {
    for (const option of check.options) {
      await tabInCourse(driver, (element) => inCheck(element) && element.tag === 'input' && element.value === option.id, `option ${option.id} of ${check.id}`);
      if (option.correct) await page.keyboard.press('Space');
    }
  } else if (check.kind === 'ordering') {
    // Bring each step up to its place, first step first, with its Move up button.
    const order = [...check.displayOrder];
    for (const [target, option] of check.options.entries()) {
      const from = order.indexOf(option.id);
      if (from === target) continue;
      await tabInCourse(
        driver,
        (element) => inCheck(element) && element.tag === 'button' && element.option === option.id && element.text.startsWith(course.strings.moveUp),
        `Move up for ${option.id} in ${check.id}`,
      );
      for (let step = from; step > target; step -= 1) await page.keyboard.press('Enter');
      order.splice(from, 1);
      order.splice(target, 0, option.id);
    }
  } else if (check.kind === 'matching') {
    for (const option of check.options) {
      await tabInCourse(driver, (element) => inCheck(element) && element.tag === 'select' && element.id === `match-${option.id}`, `the match for ${option.id} in ${check.id}`);
      // The list opens on its placeholder; the matches follow in display order.
      const presses = check.displayOrder.indexOf(option.id) + 1;
      for (let press = 0; press < presses; press += 1) await page.keyboard.press('ArrowDown');
    }
  } else {
    // Tab reaches a radio group once; the arrow keys then move through it, choosing as they go.
    await tabInCourse(driver, (element) => inCheck(element) && element.tag === 'input', `the options of ${check.id}`);
    await page.keyboard.press('Space');
    const correctIndex = check.options.findIndex((option) => option.correct);
    for (let step = 0; step < correctIndex; step += 1) await page.keyboard.press('ArrowDown');
  }
}

export async function lessonStatusText(where: Page | Frame, lessonIndex: number): Promise<string> {
  return ((await where.locator('li-toc .lesson').nth(lessonIndex).locator('.status').textContent()) ?? '').trim();
}

/** Follows a link in the contents with the keyboard, first opening the contents where a narrow screen folds them away. */
export async function followContentsLink(driver: CourseDriver, linkText: string): Promise<void> {
  const toggle = driver.where.locator('li-app button.contents-toggle');
  if (await toggle.isVisible()) {
    const expanded = await toggle.getAttribute('aria-expanded');
    if (expanded !== 'true') {
      await tabInCourse(driver, (element) => element.tag === 'button' && element.text === driver.course.strings.contentsToggle, 'the contents button');
      await driver.page.keyboard.press('Enter');
    }
  }
  await tabInCourse(driver, (element) => element.tag === 'a' && element.text === linkText, `"${linkText}" in the contents`);
  await driver.page.keyboard.press('Enter');
}
