import path from 'node:path';
import { lessonFolderEntries, lessonsFolderName, loadYaml, type DisplayPath } from './content-files.js';
import type { ProblemList } from './problems.js';
import { idPattern } from './schemas/schema-parts.js';
import { asFields, asList } from './value-access.js';
import { valuePosition, type YamlFile } from './yaml-file.js';

export interface LessonFileEntry {
  /** The id the file name gives the lesson. */
  readonly id: string;
  readonly file: YamlFile;
  /** Whether course.yaml lists it; unlisted files are checked but never compiled. */
  readonly listed: boolean;
}

const startOfFile = { line: 1, column: 1 };

/**
 * Loads the lessons course.yaml lists, in its order, then any other lesson files (so their problems
 * are reported too). A listed lesson without a file, a file nobody lists and a lesson listed twice
 * are all problems.
 */
export async function loadLessonFiles(
  contentDir: string,
  courseFile: YamlFile | undefined,
  display: DisplayPath,
  problems: ProblemList,
): Promise<LessonFileEntry[]> {
  const folderEntries = await lessonFolderEntries(contentDir);
  const lessonsFolder = path.join(contentDir, lessonsFolderName);
  const available = new Set(folderEntries.filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -5)));

  for (const name of folderEntries.filter((entry) => entry.endsWith('.yml'))) {
    const base = name.slice(0, -4);
    problems.add(
      display(path.join(lessonsFolder, name)),
      startOfFile,
      'wrong-extension',
      `lesson files end in .yaml: rename ${name} to ${base}.yaml`,
    );
  }

  const entries: LessonFileEntry[] = [];
  const listed = new Map<string, number>();
  const lessonsField = courseFile?.parsed ? asFields(courseFile.value)?.['lessons'] : undefined;
  const listKnown = Array.isArray(lessonsField);
  const listedIds = asList(lessonsField);
  for (const [index, id] of listedIds.entries()) {
    if (typeof id !== 'string' || !idPattern.test(id)) continue; // the schema reports it
    const position = courseFile ? valuePosition(courseFile, ['lessons', index]) : startOfFile;
    const shownCourse = courseFile?.displayPath ?? '';
    const firstIndex = listed.get(id);
    if (firstIndex !== undefined) {
      problems.add(
        shownCourse,
        position,
        'duplicate-lesson-entry',
        `lesson "${id}" is listed twice in "lessons" (first as item ${firstIndex + 1}): remove one`,
      );
      continue;
    }
    listed.set(id, index);
    if (!available.has(id)) {
      problems.add(
        shownCourse,
        position,
        'missing-lesson-file',
        `lesson "${id}" is listed but ${display(path.join(lessonsFolder, `${id}.yaml`))} does not exist: create the file or remove "${id}" from the list`,
      );
      continue;
    }
    const file = await loadYaml(path.join(lessonsFolder, `${id}.yaml`), display, problems, 'course.yaml lists it');
    if (file) entries.push({ id, file, listed: true });
  }

  for (const id of [...available].filter((name) => !listed.has(name))) {
    const file = await loadYaml(path.join(lessonsFolder, `${id}.yaml`), display, problems, 'it was listed a moment ago');
    if (!file) continue;
    entries.push({ id, file, listed: false });
    // Without a readable list nobody can tell which files are listed; that is reported already.
    if (listKnown) {
      problems.add(
        file.displayPath,
        startOfFile,
        'unlisted-lesson-file',
        `this lesson file is not listed in course.yaml: add "${id}" to "lessons" in course.yaml, or delete the file`,
      );
    }
  }
  return entries;
}
