import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { logoPathOf } from './branding-checks.js';
import { ProblemList } from './problems.js';
import { parseYamlFile, type YamlFile } from './yaml-file.js';

export const courseFileName = 'course.yaml';
export const stringsFileName = 'strings.yaml';
export const lessonsFolderName = 'lessons';

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

/** Names of the files in content/lessons/, sorted; none if the folder does not exist. */
export async function lessonFolderEntries(contentDir: string): Promise<string[]> {
  try {
    const entries = await readdir(path.join(contentDir, lessonsFolderName), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/**
 * Every file the course is compiled from, as absolute paths, for a bundler's watch list:
 * course.yaml, strings.yaml, each lesson file and the logo named in course.yaml (when present).
 */
export async function listContentFiles(contentDir: string): Promise<string[]> {
  const root = path.resolve(contentDir);
  const files = [path.join(root, courseFileName), path.join(root, stringsFileName)];
  for (const name of await lessonFolderEntries(root)) {
    if (/\.ya?ml$/.test(name)) files.push(path.join(root, lessonsFolderName, name));
  }
  try {
    // Problems are the compile's job to report; here only the logo's name matters.
    const course = parseYamlFile(courseFileName, await readFile(path.join(root, courseFileName), 'utf8'), new ProblemList());
    const logo = logoPathOf(course.value);
    if (logo !== undefined) files.push(path.join(root, logo));
  } catch {
    // No course.yaml yet: the watch list still names it, so creating it triggers a rebuild.
  }
  return files;
}
