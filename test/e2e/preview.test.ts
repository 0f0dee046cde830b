/**
 * The preview LMS (dist/preview/, what `npm start` opens) served over http: a tiny test SCO run
 * under scorm-again with every call logged, the data model shown, the record kept across a
 * relaunch, cleared by New attempt and exported as JSON; the page under its Content-Security-
 * Policy (so scorm-again needs no eval), keyboard-usable and axe-clean; and, when the SCORM
 * packages have been built, the real course launched in it. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import type { PreviewLmsHook } from '../../src/preview/app.js';
import { axeViolations, cspViolations, recordCspViolations, tabTo } from '../support/browser-page.js';
import { startServedBrowser, type ServedBrowser } from '../support/served-browser.js';

const dist = resolve('dist');
const packages = ['scorm12', 'scorm2004'] as const;
const builtPackages = packages.filter((standard) => existsSync(join(dist, standard, 'index.html')));

type HookWindow = Window & { previewLms: PreviewLmsHook };
type ScoWindow = Window & {
  testSco: {
    standard: string;
    started: { initialized: boolean; entry: string; location: string; suspendData: string; name: string };
    save(location: string, suspendData: string): string;
    set(name: string, value: string): string;
  };
};

describe('preview LMS over http', () => {
  let root: string;
  let served: ServedBrowser | undefined;
  let browser: Browser;
  let origin: string;

  before(async () => {
    assert.ok(existsSync(join(dist, 'preview/index.html')), 'dist/preview/index.html is missing: run npm run build first');
    // dist/ as built, plus the test SCO beside it (dist/ itself is left untouched).
    root = await mkdtemp(join(tmpdir(), 'li-preview-'));
    await symlink(join(dist, 'preview'), join(root, 'preview'), 'dir');
    for (const standard of builtPackages) await symlink(join(dist, standard), join(root, standard), 'dir');
    await symlink(join(dist, 'web'), join(root, 'web'), 'dir');
    await mkdir(join(root, 'test-sco'));
    await copyFile('test/preview/fixtures/test-sco.html', join(root, 'test-sco/index.html'));
    served = await startServedBrowser({ rootDir: root, homePath: '/preview/' });
    ({ origin, browser } = served);
  });

  after(async () => {
    await served?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  interface Opened {
    readonly context: BrowserContext;
    readonly page: Page;
    readonly pageErrors: string[];
    readonly offsiteRequests: string[];
  }

  async function open(path: string): Promise<Opened> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await recordCspViolations(context);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const offsiteRequests: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) offsiteRequests.push(url);
    });
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => (window as unknown as HookWindow).previewLms !== undefined);
    await page.evaluate(() => (window as unknown as HookWindow).previewLms.ready);
    return { context, page, pageErrors, offsiteRequests };
  }

  /** The frame of the current launch, once the course in it has started. */
  async function courseFrame(page: Page): Promise<Frame> {
    const handle = await page.locator('iframe.course-frame').elementHandle();
    const frame = await handle?.contentFrame();
    assert.ok(frame, 'the course frame');
    return frame;
  }

  async function testSco(page: Page): Promise<{ frame: Frame; started: ScoWindow['testSco']['started'] }> {
    const frame = await courseFrame(page);
    await frame.waitForFunction(() => (window as unknown as ScoWindow).testSco !== undefined);
    return { frame, started: await frame.evaluate(() => (window as unknown as ScoWindow).testSco.started) };
  }

  function hook<T>(page: Page, read: (hook: PreviewLmsHook) => T): Promise<T> {
    return page.evaluate(`(${read.toString()})(window.previewLms)`) as Promise<T>;
  }

  async function waitForLaunch(page: Page, launch: number): Promise<void> {
    await page.waitForFunction((wanted) => (window as unknown as HookWindow).previewLms.launches === wanted, launch);
    await page.evaluate(() => (window as unknown as HookWindow).previewLms.ready);
  }

  it('runs a SCO: calls logged, data shown, record kept across a relaunch, exported, cleared by New attempt', async () => {
    const { context, page, pageErrors, offsiteRequests } = await open('/preview/?content=../test-sco/index.html');
    let sco = await testSco(page);
    assert.deepEqual(sco.started, { initialized: true, entry: 'ab-initio', location: '', suspendData: '', name: 'Sam Taylor' });
    assert.equal(await sco.frame.evaluate(() => (window as unknown as ScoWindow).testSco.save('page-5', 'answers=1,2')), 'true');

    // The API calls, in the hook and on screen.
    const calls = await hook(page, (lms) => lms.calls.map((call) => `${call.method}(${call.args.join(',')})=${call.result}`));
    assert.equal(calls[0], 'Initialize()=true');
    assert.ok(calls.includes('SetValue(cmi.location,page-5)=true'), calls.join('\n'));
    assert.equal(await hook(page, (lms) => lms.calls.filter((call) => call.method === 'Commit').length), 1);
    await page.locator('.call-table tr[data-method="Commit"]').waitFor();
    // The data model table shows what the SCO set.
    await page.locator('.cmi-table tr[data-element="cmi.location"] td', { hasText: 'page-5' }).waitFor();
    assert.equal(await page.locator('.cmi-table tr[data-element="cmi.suspend_data"] td').textContent(), 'answers=1,2');
    assert.equal(await page.locator('.cmi-table tr[data-element="cmi.learner_name"] td').textContent(), 'Sam Taylor');
    // The record, kept in localStorage.
    const record = await hook(page, (lms) => lms.record());
    assert.equal(record?.cmi['location'], 'page-5');
    assert.equal(record?.cmi['exit'], 'suspend');
    assert.ok(await page.evaluate(() => localStorage.getItem('leading-innovation:preview-lms:scorm2004')));

    // Relaunch: the SCO resumes where it was.
    await page.getByRole('button', { name: 'Relaunch' }).click();
    await waitForLaunch(page, 2);
    sco = await testSco(page);
    assert.deepEqual(sco.started, { initialized: true, entry: 'resume', location: 'page-5', suspendData: 'answers=1,2', name: 'Sam Taylor' });
    assert.ok(await hook(page, (lms) => lms.calls.some((call) => call.launch === 1 && call.method === 'Terminate')), 'the first launch terminated as it unloaded');

    // A reload of the whole page keeps the record too (it is in localStorage). The SCO suspends
    // again first: a session that ends without cmi.exit "suspend" is not resumed.
    await sco.frame.evaluate(() => (window as unknown as ScoWindow).testSco.save('page-6', 'answers=1,2,3'));
    await page.reload();
    await page.waitForFunction(() => (window as unknown as HookWindow).previewLms !== undefined);
    await page.evaluate(() => (window as unknown as HookWindow).previewLms.ready);
    sco = await testSco(page);
    assert.equal(sco.started.entry, 'resume');
    assert.equal(sco.started.location, 'page-6');

    // Export: a JSON file, through a Blob URL.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export record (JSON)' }).click()]);
    assert.equal(download.suggestedFilename(), 'leading-innovation-scorm2004-record.json');
    assert.match(download.url(), /^blob:/);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { standard: string; cmi: Record<string, unknown> };
    assert.equal(exported.standard, 'scorm2004');
    assert.equal(exported.cmi['location'], 'page-6');
    assert.equal(exported.cmi['suspend_data'], 'answers=1,2,3');

    // New attempt: the record goes, the SCO starts afresh.
    await page.getByRole('button', { name: 'New attempt' }).click();
    await waitForLaunch(page, 2);
    sco = await testSco(page);
    assert.deepEqual(sco.started, { initialized: true, entry: 'ab-initio', location: '', suspendData: '', name: 'Sam Taylor' });
    assert.equal(await hook(page, (lms) => lms.record()), undefined);
    await page.locator('[role="status"]', { hasText: 'Cleared the stored record and started a new attempt.' }).waitFor();

    assert.deepEqual(await hook(page, (lms) => lms.errors), [], 'no error from scorm-again or the preview');
    assert.deepEqual(await cspViolations(page), [], 'no Content-Security-Policy violation (scorm-again needs no eval)');
    assert.deepEqual(offsiteRequests, []);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  it('shows an error scorm-again reports, in the log and the errors region', async () => {
    const { context, page } = await open('/preview/?content=../test-sco/index.html');
    const { frame } = await testSco(page);
    assert.equal(await frame.evaluate(() => (window as unknown as ScoWindow).testSco.set('cmi.success_status', 'excellent')), 'false');
    await page.locator('.error-region li', { hasText: 'SCORM Error 406' }).waitFor();
    assert.equal(await page.locator('.call-table tr.failed[data-method="SetValue"] td').last().textContent(), '406: Data Model Element Type Mismatch');
    assert.equal(await page.getByRole('heading', { name: 'Errors (1)' }).count(), 1);
    assert.deepEqual(await hook(page, (lms) => lms.errors.map((error) => error.source)), ['scorm-again']);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('switches to SCORM 1.2 and relaunches with the keyboard alone', async () => {
    const { context, page } = await open('/preview/?content=../test-sco/index.html');
    await testSco(page);
    await tabTo(page, (element) => element.tag === 'input' && element.value === 'scorm2004', { description: 'the SCORM 2004 radio button' });
    await page.keyboard.press('ArrowLeft');
    await waitForLaunch(page, 2);
    assert.equal(await hook(page, (lms) => lms.standard), 'scorm12');
    assert.match(page.url(), /[?&]standard=scorm12(&|$)/);
    assert.match(page.url(), /[?&]content=/);
    let sco = await testSco(page);
    assert.equal(await sco.frame.evaluate(() => (window as unknown as ScoWindow).testSco.standard), 'scorm12');
    assert.deepEqual(sco.started, { initialized: true, entry: 'ab-initio', location: '', suspendData: '', name: 'Taylor, Sam' });
    assert.deepEqual(await page.evaluate(() => ['API', 'API_1484_11'].map((name) => typeof (window as unknown as Record<string, unknown>)[name])), ['object', 'undefined']);
    await sco.frame.evaluate(() => (window as unknown as ScoWindow).testSco.save('p12', 'x'));
    await page.locator('.cmi-table tr[data-element="cmi.core.lesson_location"] td', { hasText: 'p12' }).waitFor();

    await tabTo(page, (element) => element.tag === 'button' && element.text === 'Relaunch', { description: 'the Relaunch button' });
    await page.keyboard.press('Enter');
    await waitForLaunch(page, 3);
    sco = await testSco(page);
    assert.equal(sco.started.entry, 'resume');
    assert.equal(sco.started.location, 'p12');
    assert.deepEqual(await hook(page, (lms) => lms.errors), []);
    await context.close();
  });

  it('links to a live session: the facilitator view of the hosted build opens in its own tab', async () => {
    const { context, page, pageErrors, offsiteRequests } = await open('/preview/');
    const opened = context.waitForEvent('page');
    await page.getByRole('link', { name: 'Run a live session (facilitator view)' }).click();
    const trainer = await opened;
    trainer.on('pageerror', (error) => pageErrors.push(error.message));
    await trainer.locator('li-facilitator li-facilitator-panel').waitFor();
    assert.equal(new URL(trainer.url()).pathname, '/web/index.html');
    assert.equal(new URL(trainer.url()).searchParams.get('mode'), 'facilitator');
    assert.deepEqual(await cspViolations(trainer), []);
    assert.deepEqual(offsiteRequests, []);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  it('keeps scorm-again out of the course: only the preview bundles it', async () => {
    const marker = 'throwSCORMError';
    const previewAssets = await readdir(join(dist, 'preview/assets'));
    const previewCode = await Promise.all(previewAssets.filter((name) => name.endsWith('.js')).map((name) => readFile(join(dist, 'preview/assets', name), 'utf8')));
    assert.ok(previewCode.some((code) => code.includes(marker)), 'the preview bundles scorm-again');
    const courseFiles = (await readdir(dist, { recursive: true })).filter(
      (name) => !name.startsWith('preview') && (name.endsWith('.js') || name.endsWith('.html')),
    );
    assert.ok(courseFiles.length > 0);
    for (const name of courseFiles) assert.ok(!(await readFile(join(dist, name), 'utf8')).includes(marker), `${name} must not contain scorm-again`);
  });

  for (const standard of packages) {
    it(`launches the real ${standard} package from / (as npm start opens it)`, { skip: builtPackages.includes(standard) ? false : `dist/${standard}/ not built` }, async () => {
      const { context, page, pageErrors, offsiteRequests } = await open(standard === 'scorm2004' ? '/' : `/preview/?standard=${standard}`);
      assert.match(page.url(), /\/preview\//);
      const initialize = standard === 'scorm12' ? 'LMSInitialize' : 'Initialize';
      await page.waitForFunction((method) => (window as unknown as HookWindow).previewLms.calls.some((call) => call.method === method), initialize, { timeout: 15_000 });
      assert.equal(await hook(page, (lms) => lms.calls[0]?.result), 'true');
      const frame = await courseFrame(page);
      await frame.locator('li-page h1').waitFor();
      const name = standard === 'scorm12' ? 'cmi.core.student_name' : 'cmi.learner_name';
      assert.equal((await hook(page, (lms) => lms.cmi()))[name], standard === 'scorm12' ? 'Taylor, Sam' : 'Sam Taylor');
      assert.deepEqual(await hook(page, (lms) => lms.errors), [], 'no scorm-again error while the course starts');
      assert.deepEqual(await cspViolations(page), []);
      assert.deepEqual(await cspViolations(frame), [], 'the course runs under its own policy');
      assert.deepEqual(offsiteRequests, []);
      assert.deepEqual(pageErrors, []);
      await context.close();
    });
  }
});
