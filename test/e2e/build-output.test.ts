/**
 * What `npm run build` writes: both builds present, the standalone file self-contained, a strict
 * Content-Security-Policy in each, and the same bytes from the same sources.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

function policyOf(html: string): string {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.ok(policy, 'the page carries a Content-Security-Policy');
  return policy.replace(/&#39;|&apos;/g, "'");
}

describe('build output', () => {
  it('writes the hosted build and the standalone file', () => {
    assert.ok(existsSync('dist/web/index.html'), 'dist/web/index.html (run npm run build first)');
    assert.ok(existsSync('dist/leading-innovation.html'), 'dist/leading-innovation.html');
  });

  it('makes the standalone file self-contained: one inline script, one inline style, no outside references', async () => {
    const html = await readFile('dist/leading-innovation.html', 'utf8');
    assert.equal(html.match(/<script\b/g)?.length, 1);
    assert.doesNotMatch(html, /<script[^>]+src=/);
    assert.doesNotMatch(html, /<link\b/);
    // Links out (to the source blog) are fine; nothing may be loaded from outside.
    assert.doesNotMatch(html, /\bsrc=\\?"https?:/);
    assert.doesNotMatch(html, /@import|url\(\s*['"]?https?:/);
  });

  it('gives the standalone file a strict policy that allows its inline script by hash only', async () => {
    const policy = policyOf(await readFile('dist/leading-innovation.html', 'utf8'));
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /connect-src 'none'/);
    assert.match(policy, /script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-eval|unsafe-inline|\*/);
  });

  it('gives the hosted build hashed assets that exist, under a strict policy', async () => {
    const html = await readFile('dist/web/index.html', 'utf8');
    const script = /<script type="module" src="(assets\/course-[\w-]+\.js)">/.exec(html)?.[1];
    const stylesheet = /<link rel="stylesheet" href="(assets\/course-[\w-]+\.css)">/.exec(html)?.[1];
    assert.ok(script && existsSync(join('dist/web', script)), `script ${script}`);
    assert.ok(stylesheet && existsSync(join('dist/web', stylesheet)), `stylesheet ${stylesheet}`);
    const policy = policyOf(html);
    assert.match(policy, /script-src 'self'/);
    assert.match(policy, /connect-src 'none'/);
    assert.doesNotMatch(policy, /unsafe-eval|unsafe-inline/);
    assert.deepEqual(await filesUnder('dist/web'), [script, stylesheet, 'index.html'].sort());
  });

  it('builds the same bytes from the same sources', { timeout: 120_000 }, async () => {
    const otherDist = await mkdtemp(join(tmpdir(), 'li-build-'));
    try {
      await run(process.execPath, ['--import', 'tsx', 'node_modules/rollup/dist/bin/rollup', '-c', 'rollup.config.mjs', '--silent'], {
        env: { ...process.env, LI_DIST_DIR: otherDist },
      });
      const files = await filesUnder(otherDist);
      assert.ok(files.includes('leading-innovation.html'));
      for (const file of files) {
        assert.ok((await readFile(join(otherDist, file))).equals(await readFile(join('dist', file))), `${file} differs between builds`);
      }
    } finally {
      await rm(otherDist, { recursive: true, force: true });
    }
  });
});
