import path from 'node:path';
import { loadYaml, scenarioFolderEntries, scenariosFolderName, type DisplayPath } from './content-files.js';
import type { ProblemList } from './problems.js';
import type { YamlFile } from './yaml-file.js';

export interface ScenarioFileEntry {
  /** The id the file name gives the scenario. */
  readonly id: string;
  /** Undefined when the file could not be read. */
  readonly file: YamlFile | undefined;
}

const startOfFile = { line: 1, column: 1 };

/**
 * Loads every content/scenarios/*.yaml in file-name order; the folder is optional. A `.yml` file
 * is reported (and not read), as for lessons.
 */
export async function loadScenarioFiles(
  contentDir: string,
  display: DisplayPath,
  problems: ProblemList,
): Promise<ScenarioFileEntry[]> {
  const folder = path.join(contentDir, scenariosFolderName);
  const entries: ScenarioFileEntry[] = [];
  for (const name of await scenarioFolderEntries(contentDir)) {
    if (name.endsWith('.yml')) {
      problems.add(
        display(path.join(folder, name)),
        startOfFile,
        'wrong-extension',
        `scenario files end in .yaml: rename ${name} to ${name.slice(0, -4)}.yaml`,
      );
      continue;
    }
    if (!name.endsWith('.yaml')) continue;
    const file = await loadYaml(path.join(folder, name), display, problems, 'it was there a moment ago');
    entries.push({ id: name.slice(0, -5), file });
  }
  return entries;
}
