/**
 * The printed facilitator guide as a trainer opens it, from disk: axe-core clean, nothing fetched,
 * no policy violations, and it prints to A4 (scenario diagrams on landscape pages). Leaves a
 * screenshot in /tmp/guide.png and the PDF in /tmp/guide.pdf for a person to look at. Needs
 * `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { compileCourse } from '../../src/build/content/compile-course.js';
import type { Course } from '../../src/course/types.js';
import { axeViolations, cspViolations, recordCspViolations } from '../support/browser-page.js';
import { chromiumArgs, chromiumPath } from '../support/chromium.js';

const guideFile = resolve('dist/facilitator-guide.html');
const guideUrl = pathToFileURL(guideFile).href;

/** A4 in PostScript points, as Chromium writes it (595.92 × 841.92, rounded). */
function isA4(width: number, height: number): boolean {
  return Math.abs(width - 595.9) < 1 && Math.abs(height - 841.9) < 1;
}

/** Each page's MediaBox: Chromium writes page objects uncompressed, so they can be read directly. */
function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(([, width, height]) => ({
    width: Number(width),
    height: Number(height),
  }));
}

describe('facilitator guide from file://', () => {
  let browser: Browser;
  let page: Page;
  let course: Course;
  const networkRequests: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    assert.ok(existsSync(guideFile), `${guideFile} is missing: run npm run build first`);
    const compiled = await compileCourse({ contentDir: 'content' });
    assert.ok(compiled.course, 'content/ must compile');
    course = compiled.course;
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
    const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
    await recordCspViolations(context);
    page = await context.newPage();
    page.on('request', (request) => {
      const url = request.url();
      if (url !== guideUrl && !url.startsWith('data:')) networkRequests.push(url);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(guideUrl);
  });

  after(async () => {
    await browser?.close();
  });

  it('opens on the cover, with every lesson in the contents', async () => {
    assert.equal(await page.title(), `Facilitator guide: ${course.title}`);
    assert.equal((await page.locator('h1').textContent())?.trim(), course.title);
    const contents = await page.locator('nav.contents li').allTextContents();
    for (const lesson of course.lessons) assert.ok(contents.includes(lesson.title), lesson.title);
    await page.screenshot({ path: '/tmp/guide.png' });
  });

  it('has no accessibility violations (axe-core)', { timeout: 60_000 }, async () => {
    assert.deepEqual(await axeViolations(page), []);
  });

  it('shows every scenario diagram as a named image', async () => {
    const names = await page.locator('svg.scenario-diagram').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const titleId = svg.getAttribute('aria-labelledby') ?? '';
        return { role: svg.getAttribute('role'), title: document.getElementById(titleId)?.textContent ?? '', width: svg.getBoundingClientRect().width };
      }),
    );
    assert.deepEqual(
      names.map(({ role, title }) => [role, title]),
      course.scenarios.map((scenario) => ['img', `${scenario.title}: decision graph`]),
    );
    assert.ok(names.every(({ width }) => width > 0), 'each diagram is drawn');
  });

  it('prints to A4, with a landscape page for each scenario diagram', { timeout: 60_000 }, async () => {
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeFile('/tmp/guide.pdf', pdf);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const sizes = pageSizes(pdf);
    assert.ok(sizes.length > course.lessons.length, `${sizes.length} pages`);
    const portrait = sizes.filter(({ width, height }) => isA4(width, height));
    const landscape = sizes.filter(({ width, height }) => isA4(height, width));
    assert.equal(portrait.length + landscape.length, sizes.length, 'every page is A4');
    assert.equal(landscape.length, course.scenarios.length, 'one landscape page per scenario diagram');
  });

  it('fetched nothing, ran nothing and broke no policy', async () => {
    assert.deepEqual(networkRequests, []);
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(await cspViolations(page), []);
    assert.equal(await page.locator('script').count(), 0);
  });
});
