/**
 * `npm run bench`: sizes of each build (raw and gzip) and the median time, over several runs,
 * from navigation to the first lesson page rendered in headless Chromium with the CPU slowed
 * 4×. Reads the builds in dist/ (run `npm run build` first).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../test/support/chromium.js';
import { startStaticServer } from './serve.js';
import { compileCourse } from './content/compile-course.js';
import { largestSuspendData } from './suspend-data-budget.js';
import { takeCoursePages } from '../../test/support/take-course.js';
import type { Course } from '../course/types.js';

const runs = Number(process.env['BENCH_RUNS'] ?? 7);
const cpuSlowdown = 4;

interface SizeRow {
  readonly build: string;
  readonly file: string;
  readonly kind: string;
  readonly raw: number;
  readonly gzip: number;
}

async function sizeRows(): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  const standalone = await readFile('dist/leading-innovation.html');
  rows.push(sizeRow('standalone', 'leading-innovation.html', 'HTML (all inline)', standalone));
  const html = standalone.toString('utf8');
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  rows.push(sizeRow('standalone', '  of which script', 'JS', Buffer.from(script)));
  rows.push(sizeRow('standalone', '  of which style', 'CSS', Buffer.from(style)));
  for (const standard of ['scorm12', 'scorm2004']) {
    const zip = `leading-innovation-${standard}.zip`;
    const bytes = await readFile(join('dist', zip));
    rows.push({ build: standard, file: zip, kind: 'zip (with schemas)', raw: bytes.length, gzip: bytes.length });
  }
  for (const file of await filesUnder('dist/web')) {
    const kind = file.endsWith('.js') ? 'JS' : file.endsWith('.css') ? 'CSS' : file.endsWith('.html') ? 'HTML' : 'other';
    rows.push(sizeRow('web', relative('dist/web', file), kind, await readFile(file)));
  }
  return rows;
}

function sizeRow(build: string, file: string, kind: string, bytes: Buffer): SizeRow {
  return { build, file, kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Milliseconds from navigation start until the first lesson page's heading is in the document. */
async function timeToFirstPage(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  // A string, not a function: tsx would wrap a named function in a helper the page lacks.
  await page.addInitScript(`
    (function check() {
      const heading = document.querySelector('li-app')?.shadowRoot?.querySelector('li-page')?.shadowRoot?.querySelector('h1');
      if (heading) window.firstPageRendered = performance.now();
      else requestAnimationFrame(check);
    })();
  `);
  await page.goto(url);
  await page.locator('li-page h1').waitFor();
  await page.waitForFunction('window.firstPageRendered !== undefined');
  const milliseconds = await page.evaluate(() => (window as unknown as { firstPageRendered: number }).firstPageRendered);
  await context.close();
  return milliseconds;
}

/**
 * Takes the whole course in the preview LMS, then "Save and exit", and counts the course's
 * Commit calls (Terminate, which commits too, is counted apart).
 */
async function lmsCallsInFullRun(browser: Browser, origin: string, course: Course, standard: 'scorm12' | 'scorm2004'): Promise<{ commits: number; terminates: number; calls: number }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${origin}/preview/?standard=${standard}`);
  await page.waitForFunction('window.previewLms !== undefined');
  await page.evaluate('window.previewLms.ready');
  await page.getByRole('button', { name: 'New attempt' }).click();
  await page.evaluate('window.previewLms.ready');
  await page.waitForTimeout(200);
  const frame = page.frames().find((candidate) => candidate.url().includes(`/${standard}/index.html`) && !candidate.isDetached());
  if (!frame) throw new Error('the course did not start in the preview LMS');
  await frame.locator('li-page h1').waitFor();
  const before = (await page.evaluate('window.previewLms.calls.length')) as number;
  await takeCoursePages({ page, where: frame, course }, { checkAxe: false });
  await frame.locator('li-app button.exit').click();
  const methods = (await page.evaluate(`window.previewLms.calls.slice(${before}).map((call) => call.method)`)) as string[];
  await context.close();
  return {
    commits: methods.filter((method) => /Commit$/.test(method)).length,
    terminates: methods.filter((method) => method === 'Terminate' || method === 'LMSFinish').length,
    calls: methods.length,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  const rows = await sizeRows();
  console.log('Sizes (gzip level 9)\n');
  console.log(`${'build'.padEnd(11)} ${'file'.padEnd(32)} ${'kind'.padEnd(18)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
  for (const row of rows) {
    console.log(`${row.build.padEnd(11)} ${row.file.padEnd(32)} ${row.kind.padEnd(18)} ${kilobytes(row.raw).padStart(10)} ${kilobytes(row.gzip).padStart(10)}`);
  }

  const server = await startStaticServer({ rootDir: 'dist', port: 0, homePath: '/web/' });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  const targets = [
    { build: 'standalone (file://)', url: pathToFileURL(resolve('dist/leading-innovation.html')).href },
    { build: 'web (http://localhost)', url: `http://localhost:${port}/web/` },
  ];
  console.log(`\nTime to first lesson page, CPU slowed ${cpuSlowdown}×, ${runs} runs each\n`);
  try {
    for (const target of targets) {
      const times: number[] = [];
      for (let run = 0; run < runs; run += 1) times.push(await timeToFirstPage(browser, target.url));
      console.log(
        `${target.build.padEnd(24)} median ${median(times).toFixed(0).padStart(5)} ms   (runs: ${times.map((time) => time.toFixed(0)).join(', ')} ms)`,
      );
    }
    const compiled = await compileCourse({ contentDir: 'content' });
    if (!compiled.course) throw new Error('content/ is not valid: run npm run validate');
    const largest = largestSuspendData(compiled.course);
    console.log(`\nLargest possible suspend_data for this course: ${largest.length} characters (SCORM 1.2 limit 4,096; target 1,000)`);
    console.log('\nLMS calls in one full run of the course (every page, every question, then Save and exit)\n');
    for (const standard of ['scorm2004', 'scorm12'] as const) {
      const run = await lmsCallsInFullRun(browser, `http://localhost:${port}`, compiled.course, standard);
      console.log(`${standard.padEnd(10)} ${String(run.commits).padStart(3)} Commit calls, ${run.terminates} Terminate, ${run.calls} API calls in all`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
