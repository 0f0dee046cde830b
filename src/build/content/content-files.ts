import { access, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { logoPathOf } from './branding-checks.js';
import { diagramReferencesOf } from './lesson-walk.js';
import { ProblemList } from './problems.js';
import { parseYamlFile, type YamlFile } from './yaml-file.js';

export const courseFileName = 'course.yaml';
export const stringsFileName = 'strings.yaml';
export const lessonsFolderName = 'lessons';
export const glossaryFileName = 'glossary.yaml';
export const scenariosFolderName = 'scenarios';
export const assessmentFileName = 'assessment.yaml';

const startOfFile = { line: 1, column: 1 };

/** Turns an absolute path into the form shown in reports. */
export type DisplayPath = (absolutePath: string) => string;

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Reads and parses a YAML file; a missing file is reported with `whyNeeded`. */
export async function loadYaml(
  absolutePath: string,
  display: DisplayPath,
  problems: ProblemList,
  whyNeeded: string,
): Promise<YamlFile | undefined> {
  const shown = display(absolutePath);
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch (error) {
    const message = isMissing(error) ? `${shown} is missing: ${whyNeeded}` : `${shown} could not be read: ${String(error)}`;
    problems.add(shown, startOfFile, isMissing(error) ? 'missing-file' : 'unreadable-file', message);
    return undefined;
  }
  return parseYamlFile(shown, text.replace(/^\uFEFF/, ''), problems);
}

/** Reads and parses a YAML file the course may do without; a missing file is not a problem. */
export async function loadOptionalYaml(
  absolutePath: string,
  display: DisplayPath,
  problems: ProblemList,
): Promise<YamlFile | undefined> {
  try {
    await access(absolutePath);
  } catch (error) {
    if (isMissing(error)) return undefined;
  }
  return loadYaml(absolutePath, display, problems, 'it was there a moment ago');
}

/** Names of the files in content/lessons/, sorted; none if the folder does not exist. */
export async function lessonFolderEntries(contentDir: string): Promise<string[]> {
  return folderEntries(path.join(contentDir, lessonsFolderName));
}

/** Names of the files in content/scenarios/, sorted; none if the folder does not exist. */
export async function scenarioFolderEntries(contentDir: string): Promise<string[]> {
  return folderEntries(path.join(contentDir, scenariosFolderName));
}

async function folderEntries(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** Parses a file only to find the names of other files in it; problems are the compile's to report. */
async function quietlyParsed(file: string): Promise<unknown> {
  try {
    return parseYamlFile(path.basename(file), await readFile(file, 'utf8'), new ProblemList()).value;
  } catch {
    return undefined;
  }
}

/**
 * Every file the course is compiled from, as absolute paths, for a bundler's watch list:
 * course.yaml, strings.yaml, glossary.yaml, assessment.yaml (when present), each lesson file, each scenario file, the logo named
 * in course.yaml and the diagrams the lessons name (when present). Files that do not exist yet are listed too, so
 * creating one triggers a rebuild.
 */
export async function listContentFiles(contentDir: string): Promise<string[]> {
  const root = path.resolve(contentDir);
  const files = [
    path.join(root, courseFileName),
    path.join(root, stringsFileName),
    path.join(root, glossaryFileName),
  ];
  // Optional and rarer than the rest: listed only when present.
  if (await exists(path.join(root, assessmentFileName))) files.push(path.join(root, assessmentFileName));
  const lessonFiles: string[] = [];
  for (const name of await lessonFolderEntries(root)) {
    if (/\.ya?ml$/.test(name)) lessonFiles.push(path.join(root, lessonsFolderName, name));
  }
  files.push(...lessonFiles);
  for (const name of await scenarioFolderEntries(root)) {
    if (/\.ya?ml$/.test(name)) files.push(path.join(root, scenariosFolderName, name));
  }
  const logo = logoPathOf(await quietlyParsed(path.join(root, courseFileName)));
  if (logo !== undefined) files.push(path.join(root, logo));
  const diagrams = new Set<string>();
  for (const lessonFile of lessonFiles) {
    for (const { file } of diagramReferencesOf(await quietlyParsed(lessonFile))) diagrams.add(path.join(root, file));
  }
  files.push(...[...diagrams].sort());
  return files;
}
