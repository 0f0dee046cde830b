/**
 * Trainer mode from the standalone file, as a trainer runs a room with no network: the
 * facilitator window opens the audience window, and the two stay in step through page turns, a
 * class vote, a revealed answer and a scenario choice, including after the audience window is
 * reloaded. Keyboard only; axe-core on both views. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { compileCourse } from '../../src/build/content/compile-course.js';
import type { Course, KnowledgeCheckBlock, Page as CoursePage } from '../../src/course/types.js';
import { axeViolations, focusedElement, tabTo } from '../support/browser-page.js';
import { chromiumArgs, chromiumPath } from '../support/chromium.js';

const standaloneFile = resolve('dist/leading-innovation.html');

describe('trainer mode: facilitator and audience windows from file://', () => {
  let browser: Browser;
  let context: BrowserContext;
  let trainer: Page;
  let audience: Page;
  let course: Course;
  let pages: CoursePage[];
  const networkRequests: string[] = [];
  const pageErrors: string[] = [];

  const audienceHeading = () => audience.locator('li-audience li-page h1');
  const trainerHeading = () => trainer.locator('li-facilitator li-page h1');
  const pressButton = async (name: string) => {
    await tabTo(trainer, (element) => element.tag === 'button' && element.text.replace(/\s+/g, ' ') === name, { description: `the ${name} button` });
    await trainer.keyboard.press('Enter');
  };
  /** Turns pages with the presenter keys until `pageId` is on both screens. */
  const turnTo = async (pageId: string) => {
    const target = pages.findIndex((coursePage) => coursePage.id === pageId);
    for (let step = 0; step < pages.length; step += 1) {
      const title = await trainerHeading().textContent();
      const at = pages.findIndex((coursePage) => coursePage.title === title);
      if (at === target) break;
      // Focus off any field, as a trainer's clicker would leave it.
      await trainer.locator('li-facilitator li-page h1').focus();
      await trainer.keyboard.press(at < target ? 'PageDown' : 'PageUp');
    }
    await audience.locator('li-audience li-page h1', { hasText: pages[target]?.title ?? '' }).waitFor();
  };

  before(async () => {
    assert.ok(existsSync(standaloneFile), `${standaloneFile} is missing: run npm run build first`);
    const compiled = await compileCourse({ contentDir: 'content' });
    assert.ok(compiled.course, 'content/ must compile');
    course = compiled.course;
    pages = course.lessons.flatMap((lesson) => [...lesson.pages]);
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('file://') && !url.startsWith('data:')) networkRequests.push(url);
    });
    context.on('page', (opened) => opened.on('pageerror', (error) => pageErrors.push(error.message)));
    trainer = await context.newPage();
    trainer.on('pageerror', (error) => pageErrors.push(error.message));
    await trainer.goto(`${pathToFileURL(standaloneFile).href}?mode=facilitator`);
    await trainerHeading().waitFor();
  });

  after(async () => {
    await browser?.close();
  });

  it('opens the facilitator view: notes, session plan and timer; axe-core clean', async () => {
    assert.equal(await trainer.title(), `${course.strings.facilitatorTitle}: ${pages[0]?.title} – ${course.title}`);
    assert.equal(await trainerHeading().textContent(), pages[0]?.title);
    assert.ok(await trainer.locator('li-facilitator-panel').isVisible());
    assert.deepEqual(await axeViolations(trainer), []);
  });

  it('opens the audience window with the keyboard, showing only the page, in step', async () => {
    const opened = context.waitForEvent('page');
    await pressButton(course.strings.audienceOpen);
    audience = await opened;
    await audience.setViewportSize({ width: 1280, height: 800 });
    await audienceHeading().waitFor();
    assert.equal(await audienceHeading().textContent(), pages[0]?.title);
    assert.equal(await audience.locator('li-audience li-facilitator-panel, li-audience li-toc, li-audience .page-turns').count(), 0);
    assert.equal(await audience.locator('li-audience li-page .facilitator').count(), 0, 'no facilitator notes on the audience screen');
    assert.deepEqual(await axeViolations(audience), []);
  });

  it('follows page turns made with the presenter keys', async () => {
    await turnTo(pages[2]?.id ?? '');
    await turnTo(pages[1]?.id ?? '');
    assert.equal(await audienceHeading().textContent(), pages[1]?.title);
  });

  it('shows the room’s votes as a bar chart, then the revealed answer', async () => {
    const checkPage = pages.find((coursePage) => coursePage.blocks.some((block) => block.type === 'knowledge-check' && block.kind === 'single'));
    assert.ok(checkPage);
    const check = checkPage.blocks.find((block): block is KnowledgeCheckBlock => block.type === 'knowledge-check');
    assert.ok(check);
    await turnTo(checkPage.id);
    const [first, second] = check.options;
    assert.ok(first && second);
    const label = (html: string) => html.replace(/<[^>]+>/g, '').trim();
    for (const [option, votes] of [[first, 3], [second, 1]] as const) {
      const name = course.strings.voteAdd.replace('{option}', label(option.textHtml));
      await tabTo(trainer, (element) => element.tag === 'button' && element.text.includes(name), { description: name });
      for (let vote = 0; vote < votes; vote += 1) await trainer.keyboard.press('Enter');
      assert.ok((await focusedElement(trainer)).text.includes(name), 'focus stays on the + button');
    }
    await pressButton(course.strings.voteShowResults);
    const chart = audience.locator('li-audience li-vote-chart');
    await chart.waitFor();
    const chartText = (await chart.evaluate((element) => element.shadowRoot?.textContent ?? '')).replace(/\s+/g, ' ');
    assert.match(chartText, /75%/);
    assert.match(chartText, /25%/);
    assert.deepEqual(await axeViolations(audience), [], 'axe-core with the chart');

    await pressButton(course.strings.voteRevealAnswer);
    const feedback = audience.locator('li-audience li-question .feedback.correct');
    await audience.waitForFunction(
      (verdict) => {
        const question = document.querySelector('li-audience')?.shadowRoot?.querySelector('li-page')?.shadowRoot?.querySelector('li-knowledge-check')?.shadowRoot?.querySelector('li-question');
        return question?.shadowRoot?.querySelector('.feedback')?.textContent?.includes(verdict) ?? false;
      },
      course.strings.answerCorrect,
    );
    assert.ok(await feedback.isVisible());
  });

  it('picks up the current state when the audience window is reloaded', async () => {
    const title = await trainerHeading().textContent();
    await audience.reload();
    await audience.locator('li-audience li-page h1', { hasText: title ?? '' }).waitFor();
    await audience.locator('li-audience li-vote-chart').waitFor();
  });

  it('takes the room’s choice in a scenario, and the audience sees what happened', async () => {
    const scenarioPage = pages.find((coursePage) => coursePage.blocks.some((block) => block.type === 'scenario'));
    assert.ok(scenarioPage);
    const scenarioBlock = scenarioPage.blocks.find((block) => block.type === 'scenario');
    const scenario = course.scenarios.find((candidate) => scenarioBlock?.type === 'scenario' && candidate.id === scenarioBlock.scenarioId);
    assert.ok(scenario);
    await turnTo(scenarioPage.id);
    const start = scenario.nodes.find((node) => node.id === scenario.startNodeId);
    const choice = start?.choices[1];
    assert.ok(choice);
    const name = course.strings.voteAdd.replace('{option}', choice.textHtml.replace(/<[^>]+>/g, '').trim());
    await tabTo(trainer, (element) => element.tag === 'button' && element.text.includes(name), { description: name });
    await trainer.keyboard.press('Enter');
    await pressButton(course.strings.voteTakeRoomChoice);
    await audience.waitForFunction(
      (heading) => {
        const scenarioElement = document.querySelector('li-audience')?.shadowRoot?.querySelector('li-page')?.shadowRoot?.querySelector('li-scenario');
        return scenarioElement?.shadowRoot?.textContent?.includes(heading) ?? false;
      },
      course.strings.scenarioWhatHappened,
    );
  });

  it('finds the audience window again after the facilitator window is reloaded', async () => {
    await trainer.reload();
    await trainerHeading().waitFor();
    // The audience window asks again every few seconds; the reloaded window adopts it.
    await trainer.waitForFunction(
      () => (document.querySelector('li-facilitator')?.shadowRoot?.querySelector('li-facilitator-panel') as unknown as { audienceOpen?: boolean } | null)?.audienceOpen === true,
      undefined,
      { timeout: 10_000 },
    );
    const before = await trainerHeading().textContent();
    await trainer.locator('li-facilitator li-page h1').focus();
    await trainer.keyboard.press('PageUp');
    const now = await trainerHeading().textContent();
    assert.notEqual(now, before);
    await audience.locator('li-audience li-page h1', { hasText: now ?? '' }).waitFor();
  });

  it('blanks the audience screen with B, and shows it again', async () => {
    await trainer.locator('li-facilitator li-page h1').focus();
    await trainer.keyboard.press('b');
    await audience.locator('li-audience[blank]').waitFor();
    assert.equal(await audience.locator('li-audience li-page').count(), 0);
    await trainer.keyboard.press('b');
    await audience.locator('li-audience:not([blank]) li-page').waitFor();
  });

  it('shows the presenter keys on ?', async () => {
    await trainer.keyboard.press('?');
    const dialog = trainer.locator('li-key-help dialog[open]');
    await dialog.waitFor();
    assert.deepEqual(await axeViolations(trainer), [], 'axe-core with the help open');
    await trainer.keyboard.press('Escape');
    await trainer.locator('li-key-help dialog[open]').waitFor({ state: 'detached' }).catch(() => undefined);
    assert.equal(await trainer.locator('li-key-help dialog[open]').count(), 0);
  });

  it('made no network request and raised no error', () => {
    assert.deepEqual(networkRequests, []);
    assert.deepEqual(pageErrors, []);
  });
});
