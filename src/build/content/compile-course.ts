import path from 'node:path';
import type { Course } from '../../course/types.js';
import { assembleCourse } from './assemble-course.js';
import { assessmentFileName, checkAssessmentCoverage, checkAssessmentFile, checkAssessmentPlacement } from './assessment-checks.js';
import { checkColourContrast, loadLogo } from './branding-checks.js';
import {
  courseFileName,
  glossaryFileName,
  loadOptionalYaml,
  loadYaml,
  stringsFileName,
  type DisplayPath,
} from './content-files.js';
import { checkObjectivesAssessed, checkQuotesCredited } from './coverage-checks.js';
import { checkInternalLinks, checkObjectiveReferences } from './cross-references.js';
import { loadDiagrams } from './diagram-files.js';
import { checkGlossaryFile } from './glossary-checks.js';
import { checkGlossaryUsage } from './glossary-usage.js';
import { IdRegistry } from './id-registry.js';
import { checkLessonFile, type ObjectiveReference, type ThemeReference } from './lesson-checks.js';
import { loadLessonFiles } from './lesson-files.js';
import { checkMarkdownFields, type InternalLink } from './markdown-checks.js';
import { courseMarkdownFields } from './markdown-fields.js';
import { ProblemList, type ContentProblem } from './problems.js';
import { checkScenarioFile, checkScenarioPlacements, scenarioPlacementsOf } from './scenario-checks.js';
import { loadScenarioFiles } from './scenario-files.js';
import { validateSchema } from './schema-validation.js';
import type {
  AssessmentSource,
  CourseSource,
  GlossarySource, LessonSource, ScenarioSource, StringsSource } from './source-types.js';
import { checkThemeCoverage, checkThemeReferences, readThemes, type CourseTheme } from './theme-checks.js';
import { asFields, asList, asText } from './value-access.js';
import { valuePosition, type YamlFile } from './yaml-file.js';

export { listContentFiles } from './content-files.js';
export { formatProblems, type ContentProblem } from './problems.js';

export interface CompileOptions {
  /** The content folder; a relative path is taken from `rootDir`. */
  readonly contentDir: string;
  /** Reported file paths are relative to this folder. Default: the current working directory. */
  readonly rootDir?: string;
}

export interface CompileResult {
  /** Defined only when there are no problems. */
  readonly course: Course | undefined;
  /** Sorted by file, line and column. */
  readonly problems: ContentProblem[];
}

const docsHint = 'see docs/content-format.md';

function registerObjectives(file: YamlFile, registry: IdRegistry, problems: ProblemList): void {
  asList(asFields(file.value)?.['objectives']).forEach((objective, index) => {
    const id = asText(asFields(objective)?.['id']);
    if (id === undefined) return;
    registry.declare(
      { id, kind: 'objective', file: file.displayPath, position: valuePosition(file, ['objectives', index, 'id']) },
      problems,
    );
  });
}

/**
 * Reads `content/`, checks all of it, and either returns the compiled course or every problem found,
 * each at its file, line and column. Checks keep going after a problem so one run reports them all.
 */
export async function compileCourse(options: CompileOptions): Promise<CompileResult> {
  const rootDir = path.resolve(options.rootDir ?? process.cwd());
  const contentDir = path.resolve(rootDir, options.contentDir);
  const display: DisplayPath = (absolute) => path.relative(rootDir, absolute).split(path.sep).join('/');
  const problems = new ProblemList();
  const registry = new IdRegistry();

  const courseFile = await loadYaml(
    path.join(contentDir, courseFileName),
    display,
    problems,
    `every course needs one (${docsHint})`,
  );
  const stringsFile = await loadYaml(
    path.join(contentDir, stringsFileName),
    display,
    problems,
    `it holds the interface wording (${docsHint})`,
  );
  const glossaryFile = await loadOptionalYaml(path.join(contentDir, glossaryFileName), display, problems);
  const assessmentFile = await loadOptionalYaml(path.join(contentDir, assessmentFileName), display, problems);
  if (courseFile?.parsed) validateSchema(courseFile, 'course', problems);
  if (stringsFile?.parsed) validateSchema(stringsFile, 'strings', problems);
  if (glossaryFile?.parsed) validateSchema(glossaryFile, 'glossary', problems);
  const assessmentValid = assessmentFile?.parsed ? validateSchema(assessmentFile, 'assessment', problems) : false;

  const links: InternalLink[] = [];
  let logoDataUrl: string | undefined;
  let themes: CourseTheme[] = [];
  if (courseFile?.parsed) {
    registerObjectives(courseFile, registry, problems);
    themes = readThemes(courseFile, problems);
    links.push(...checkMarkdownFields(courseFile, courseMarkdownFields(courseFile.value), problems));
    checkColourContrast(courseFile, problems);
    logoDataUrl = await loadLogo(courseFile, contentDir, problems);
  }

  const lessonFiles = await loadLessonFiles(contentDir, courseFile, display, problems);
  const objectiveReferences: ObjectiveReference[] = [];
  const themeReferences: ThemeReference[] = [];
  for (const { id, file } of lessonFiles) {
    if (!file.parsed) continue;
    validateSchema(file, 'lesson', problems);
    const findings = checkLessonFile(file, id, registry, problems);
    objectiveReferences.push(...findings.objectiveReferences);
    if (findings.themeReference) themeReferences.push(findings.themeReference);
    links.push(...findings.links);
  }
  // After the lessons, so a scenario id that repeats a lesson's or page's id is reported in the scenario.
  const scenarioFiles = await loadScenarioFiles(contentDir, display, problems);
  for (const { id, file } of scenarioFiles) {
    if (!file?.parsed) continue;
    validateSchema(file, 'scenario', problems);
    const findings = checkScenarioFile(file, id, registry, problems);
    objectiveReferences.push(...findings.objectiveReferences);
    links.push(...findings.links);
  }
  // After the lessons, so a term id that repeats a lesson's or page's id is reported in glossary.yaml.
  const glossary = glossaryFile?.parsed ? checkGlossaryFile(glossaryFile, registry, problems) : undefined;
  links.push(...(glossary?.links ?? []));
  // After the glossary, so a question id that repeats any other id is reported in assessment.yaml.
  if (assessmentFile?.parsed) {
    const findings = checkAssessmentFile(assessmentFile, registry, problems);
    objectiveReferences.push(...findings.objectiveReferences);
    links.push(...findings.links);
  }
  const parsedLessons = lessonFiles.filter((entry) => entry.file.parsed).map((entry) => entry.file);
  const listedLessons = lessonFiles.filter((entry) => entry.listed && entry.file.parsed).map((entry) => entry.file);
  const diagrams = await loadDiagrams(contentDir, parsedLessons, display, problems);

  // Ids declared in a file that could not be parsed are unknown, so references to them would all
  // look broken: check references only when every file that declares ids was read. Coverage (of
  // objectives, themes and glossary terms) likewise needs every lesson course.yaml lists.
  const courseFields = asFields(courseFile?.value);
  const everyLessonRead = lessonFiles.every((entry) => entry.file.parsed);
  const everyScenarioRead = scenarioFiles.every((entry) => entry.file?.parsed === true);
  checkScenarioPlacements(parsedLessons.flatMap(scenarioPlacementsOf), scenarioFiles, everyLessonRead, problems);
  if (assessmentFile?.parsed !== false) checkAssessmentPlacement(listedLessons, assessmentFile, everyLessonRead, problems);
  const listedIds = courseFields?.['lessons'];
  const everyListedLessonFound =
    Array.isArray(listedIds) &&
    listedIds.every((id) => lessonFiles.some((entry) => entry.listed && entry.id === id));
  const coverageKnown = everyLessonRead && everyListedLessonFound;
  if (Array.isArray(courseFields?.['objectives'])) {
    checkObjectiveReferences(objectiveReferences, registry, problems);
  }
  if (assessmentFile && assessmentValid && courseFile?.parsed) {
    checkAssessmentCoverage(assessmentFile, registry.idsOfKind('objective'), problems);
  }
  if (everyLessonRead && glossaryFile?.parsed !== false && assessmentFile?.parsed !== false) checkInternalLinks(links, registry, problems);
  if (courseFile?.parsed) {
    checkThemeReferences(themeReferences, themes, problems);
    checkQuotesCredited(courseFile, parsedLessons, problems);
    if (coverageKnown) {
      checkObjectivesAssessed(courseFile, listedLessons.map((file) => file.value), problems, assessmentFile?.value);
      const covered = new Set(listedLessons.flatMap((file) => asText(asFields(file.value)?.['theme']) ?? []));
      checkThemeCoverage(courseFile, themes, covered, problems);
    }
  }
  if (glossaryFile && glossary && coverageKnown && everyScenarioRead) {
    const parsedScenarios = new Map(scenarioFiles.flatMap(({ id, file }) => (file ? [[id, file] as const] : [])));
    checkGlossaryUsage(glossaryFile, glossary.entries, listedLessons, problems, parsedScenarios);
  }

  if (problems.count > 0 || !courseFile || !stringsFile) {
    return { course: undefined, problems: problems.sorted() };
  }
  const course = assembleCourse({
    course: courseFile.value as CourseSource,
    strings: stringsFile.value as StringsSource,
    lessons: lessonFiles.filter((entry) => entry.listed).map((entry) => entry.file.value as LessonSource),
    glossary: glossaryFile?.value as GlossarySource | undefined,
    scenarios: scenarioFiles.map((entry) => entry.file?.value as ScenarioSource),
    diagrams,
    logoDataUrl,
    assessment: assessmentFile?.value as AssessmentSource | undefined,
  });
  return { course, problems: [] };
}
