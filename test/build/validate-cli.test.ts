import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { runTypeScriptCli, type CliRun } from '../support/run-cli.js';
import { fileURLToPath } from 'node:url';
import { fixturesDir, materialiseCase, removeMaterialisedCases } from './fixture-support.js';

const cliPath = fileURLToPath(new URL('../../src/build/validate-content.ts', import.meta.url));
const projectDir = fileURLToPath(new URL('../../', import.meta.url));

function runCli(cwd: string, args: readonly string[] = []): Promise<CliRun> {
  return runTypeScriptCli(cliPath, cwd, args);
}

describe('npm run validate', () => {
  after(removeMaterialisedCases);

  it("prints a summary, each lesson's estimate and each scenario's paths, and exits 0 for valid content", async () => {
    const root = await materialiseCase('valid');
    const run = await runCli(root);
    assert.equal(run.stderr, '');
    assert.equal(
      run.stdout,
      'content/ is valid: 3 lessons, 7 pages, 5 questions, about 13 minutes.\n' +
        '  alpha: 3 minutes\n' +
        '  beta: 4 minutes\n' +
        '  omega: 6 minutes\n' +
        '  first-steps: 5 paths, 3 decisions on the longest\n',
    );
    assert.equal(run.code, 0);
  });

  it('adds the assessment bank to the summary when the course has one', async () => {
    const root = await materialiseCase('assessment-valid');
    const run = await runCli(root);
    assert.equal(run.stderr, '');
    assert.equal(
      run.stdout.split('\n').at(-2),
      '  assessment: 3 questions in the bank, 2 per attempt, 2 attempts, pass mark 80%, open from the start',
    );
    assert.equal(run.code, 0);
  });

  it('describes the real bank, which opens once the lessons are complete', async () => {
    const run = await runCli(projectDir);
    assert.equal(run.stderr, '');
    assert.match(
      run.stdout,
      /\n {2}assessment: \d+ questions in the bank, \d+ per attempt, \d+ attempts?, pass mark \d+%, opens when the lessons are complete\n$/,
    );
    assert.equal(run.code, 0);
  });

  it('prints the whole report to stderr and exits 1 when there are problems', async () => {
    const root = await materialiseCase('several-problems');
    const run = await runCli(root);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, await readFile(path.join(fixturesDir, 'several-problems', 'expected.txt'), 'utf8'));
    assert.equal(run.code, 1);
  });

  it('takes the content folder as an argument', async () => {
    const root = await materialiseCase('empty-lesson');
    const run = await runCli(path.dirname(root), [path.join(path.basename(root), 'content')]);
    assert.equal(run.code, 1);
    assert.equal(
      run.stderr,
      `${path.basename(root)}/content/lessons/beta.yaml:5:8: lesson "beta" has no pages: add at least one page under "pages"\n` +
        `1 problem found in ${path.basename(root)}/content/.\n`,
    );
  });
});
