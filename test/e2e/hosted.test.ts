/**
 * The hosted build served over http, as `npm start` serves it: the course runs under its
 * Content-Security-Policy and asks for nothing beyond its own files.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Browser } from 'playwright-core';
import { compileCourse } from '../../src/build/content/compile-course.js';
import { axeViolations, cspViolations, recordCspViolations } from '../support/browser-page.js';
import { startServedBrowser, type ServedBrowser } from '../support/served-browser.js';

describe('hosted build over http', () => {
  let served: ServedBrowser | undefined;
  let browser: Browser;
  let origin: string;

  before(async () => {
    served = await startServedBrowser({ rootDir: 'dist', homePath: '/web/' });
    ({ origin, browser } = served);
  });

  after(async () => {
    await served?.close();
  });

  it('opens the first page from / with only its own files requested, no policy violations and axe-core clean', async () => {
    const { course } = await compileCourse({ contentDir: 'content' });
    assert.ok(course);
    const context = await browser.newContext();
    await recordCspViolations(context);
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/`);
    await page.locator('li-page h1').waitFor();
    assert.equal(await page.locator('li-page h1').textContent(), course.lessons[0]?.pages[0]?.title);
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:')),
      [],
      'no request leaves the server',
    );
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
