import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runTypeScriptCli, type CliRun } from '../support/run-cli.js';
import { fileURLToPath } from 'node:url';

const cliPath = fileURLToPath(new URL('../../src/build/lint/lint-content.ts', import.meta.url));
const fixturesDir = fileURLToPath(new URL('./lint-fixtures/', import.meta.url));
const projectDir = fileURLToPath(new URL('../../', import.meta.url));

function runCli(cwd: string, args: readonly string[] = []): Promise<CliRun> {
  return runTypeScriptCli(cliPath, cwd, args);
}

describe('npm run lint:content', () => {
  it('exits 1 and prints each error as file:line:column: severity rule: message', async () => {
    const run = await runCli(path.join(fixturesDir, 'misspelling'));
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    assert.match(
      run.stdout,
      /^content\/lessons\/typo\.yaml:11:59: error spelling: "recieve" is not in the UK English dictionary; did you mean "receive"/,
    );
    assert.match(run.stdout, /\n4 errors and 0 warnings in 1 file of content\/\.\n$/);
  });

  it('exits 0 when there are only warnings', async () => {
    const run = await runCli(path.join(fixturesDir, 'passive-only'));
    assert.equal(run.stderr, '');
    assert.equal(
      run.stdout,
      'content/lessons/passive.yaml:10:24: warning passive: "written" may be passive voice: say who does what, ' +
        'e.g. "the team agreed" rather than "it was agreed"\n' +
        '\n' +
        'Lessons (fail when the average sentence is over 20 words or the Flesch reading ease is below 50):\n' +
        '  content/lessons/passive.yaml: 31 words, 6 sentences, average sentence 5.2 words, Flesch reading ease 106.1\n' +
        '\n' +
        '0 errors and 1 warning in 1 file of content/.\n',
    );
    assert.equal(run.code, 0);
  });

  it('exits 1 for a lesson that is too hard to read', async () => {
    const run = await runCli(path.join(fixturesDir, 'hard-lesson'));
    assert.match(run.stdout, /^content\/lessons\/hard\.yaml:1:1: error readability: Flesch reading ease of this lesson is /);
    assert.equal(run.code, 1);
  });

  it('takes the content folder as an argument and exits 0 for clean content', async () => {
    const run = await runCli(fixturesDir, [path.join('clean', 'content')]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Lessons /);
    assert.match(run.stdout, /\n {2}clean\/content\/lessons\/second\.yaml: /);
    assert.match(run.stdout, /\n0 errors and 0 warnings in 3 files of clean\/content\/\.\n$/);
  });

  it('exits 1 for a misspelling in a scenario file, at its line and column', async () => {
    const run = await runCli(path.join(fixturesDir, 'scenario-misspelling'));
    assert.equal(run.stderr, '');
    assert.match(
      run.stdout,
      /^content\/scenarios\/budget-talk\.yaml:22:20: error spelling: "recieve" is not in the UK English dictionary/,
    );
    assert.match(run.stdout, /\nScenarios \(fail when [^\n]*\n {2}content\/scenarios\/budget-talk\.yaml: /);
    assert.equal(run.code, 1);
  });

  it('exits 1 for a misspelling in the assessment bank, at its line and column', async () => {
    const run = await runCli(path.join(fixturesDir, 'assessment-misspelling'));
    assert.equal(run.stderr, '');
    assert.match(
      run.stdout,
      /^content\/assessment\.yaml:11:23: error spelling: "recieve" is not in the UK English dictionary[^\n]*\ncontent\/assessment\.yaml:24:48: error spelling: "peple" /,
    );
    assert.match(run.stdout, /\nAssessment bank \(fail when [^\n]*\n {2}content\/assessment\.yaml: 87 words, 16 sentences, /);
    assert.match(run.stdout, /\n3 errors and 0 warnings in 2 files of content\/\.\n$/);
    assert.equal(run.code, 1);
  });

  it('exits 0 on the course content, scenarios and assessment bank included', async () => {
    const run = await runCli(projectDir, ['--quiet']);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /\nScenarios \(fail when [^\n]*\n {2}content\/scenarios\//);
    assert.match(run.stdout, /\nAssessment bank \(fail when [^\n]*\n {2}content\/assessment\.yaml: /);
    assert.match(run.stdout, /\n0 errors and \d+ warnings? \(warnings not listed\) in \d+ files of content\/\.\n$|\n0 errors and 0 warnings in \d+ files of content\/\.\n$/);
    assert.equal(run.code, 0, run.stdout);
  });

  it('exits 2 for an unknown option', async () => {
    const run = await runCli(fixturesDir, ['--nonsense']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^usage: lint-content/);
  });
});
