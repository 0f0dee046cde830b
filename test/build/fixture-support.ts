/**
 * Fixtures for the content pipeline tests. `fixtures/valid/content/` is a small, complete course;
 * each bad-input case holds only the files that differ from it, laid over a copy of the valid
 * course in a temporary folder. Reports are made relative to that folder, so they read
 * `content/lessons/beta.yaml:12:9: …` whatever machine runs the tests.
 */
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCourse, formatProblems, type CompileResult } from '../../src/build/content/compile-course.js';

export const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const validContentDir = path.join(fixturesDir, 'valid', 'content');

async function copyTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await copyTree(source, target);
    else await copyFile(source, target);
  }
}

const createdFolders: string[] = [];

/** A temporary folder holding `content/`: the valid course with the case's files laid over it. */
export async function materialiseCase(caseName: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), `content-${caseName}-`));
  createdFolders.push(root);
  await copyTree(validContentDir, path.join(root, 'content'));
  if (caseName !== 'valid') await copyTree(path.join(fixturesDir, caseName, 'content'), path.join(root, 'content'));
  return root;
}

export async function removeMaterialisedCases(): Promise<void> {
  await Promise.all(createdFolders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}

export interface CaseOutcome {
  readonly result: CompileResult;
  readonly report: string;
  readonly expected: string;
}

export async function compileCase(caseName: string): Promise<CaseOutcome> {
  const root = await materialiseCase(caseName);
  const result = await compileCourse({ contentDir: 'content', rootDir: root });
  const expected = await readFile(path.join(fixturesDir, caseName, 'expected.txt'), 'utf8');
  return { result, report: formatProblems(result.problems), expected };
}
