import { closestMatch } from './closest-match.js';
import type { ThemeReference } from './lesson-checks.js';
import type { ProblemList, SourcePosition } from './problems.js';
import { asFields, asList, asText } from './value-access.js';
import { valuePosition, type YamlFile } from './yaml-file.js';

/** A theme from course.yaml. Theme ids have their own namespace: a theme may share a lesson's id. */
export interface CourseTheme {
  readonly id: string;
  readonly title: string | undefined;
  readonly position: SourcePosition;
}

/** The themes course.yaml lists; a theme id listed twice is reported at the repeat. */
export function readThemes(file: YamlFile, problems: ProblemList): CourseTheme[] {
  const themes: CourseTheme[] = [];
  asList(asFields(file.value)?.['themes']).forEach((theme, index) => {
    const fields = asFields(theme);
    const id = asText(fields?.['id']);
    if (id === undefined) return; // the schema reports it
    const position = valuePosition(file, ['themes', index, 'id']);
    const first = themes.find((candidate) => candidate.id === id);
    if (first) {
      problems.add(
        file.displayPath,
        position,
        'duplicate-id',
        `duplicate theme id "${id}": the theme on line ${first.position.line} already uses it; rename one of them`,
      );
      return;
    }
    themes.push({ id, title: asText(fields?.['title']), position });
  });
  return themes;
}

/** A lesson's `theme` must name one of course.yaml's themes. */
export function checkThemeReferences(
  references: readonly ThemeReference[],
  themes: readonly CourseTheme[],
  problems: ProblemList,
): void {
  const ids = themes.map((theme) => theme.id);
  for (const reference of references) {
    if (ids.includes(reference.themeId)) continue;
    const closest = closestMatch(reference.themeId, ids);
    const guess = closest ? ` (did you mean "${closest}"?)` : '';
    const fix =
      ids.length === 0
        ? 'course.yaml lists no themes: add it under "themes" in course.yaml, or remove "theme" from this lesson'
        : `use an id from "themes" in course.yaml (${ids.join(', ')})`;
    problems.add(
      reference.file,
      reference.position,
      'unknown-theme',
      `theme "${reference.themeId}" does not exist${guess}: ${fix}`,
    );
  }
}

/** Every theme of the source must be covered: named by the `theme` of a lesson the course lists. */
export function checkThemeCoverage(
  file: YamlFile,
  themes: readonly CourseTheme[],
  coveredIds: ReadonlySet<string>,
  problems: ProblemList,
): void {
  for (const theme of themes) {
    if (coveredIds.has(theme.id)) continue;
    const title = theme.title === undefined ? '' : ` ("${theme.title}")`;
    problems.add(
      file.displayPath,
      theme.position,
      'uncovered-theme',
      `theme "${theme.id}"${title} is not covered by any lesson: add "theme: ${theme.id}" to the lesson that covers it, or remove the theme`,
    );
  }
}
