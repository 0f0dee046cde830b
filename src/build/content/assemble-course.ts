import { uiStringKeys, type Assessment, type Course, type Credit, type GlossaryTerm, type UiStrings } from '../../course/types.js';
import { compileKnowledgeCheck, compileLesson } from './compile-lesson.js';
import { compileScenario } from './compile-scenario.js';
import type { DiagramLibrary } from './diagram-files.js';
import { renderMarkdown } from './markdown-render.js';
import type {
  AssessmentSource,
  CourseSource,
  CreditSource,
  GlossarySource,
  LessonSource,
  ScenarioSource,
  StringsSource,
} from './source-types.js';

export const defaultPassMark = 80;
export const defaultNavigation = 'free';

const creditFields = ['title', 'author', 'role', 'organisation', 'publisher', 'date', 'url', 'note'] as const;

function compileCredit(credit: CreditSource): Credit {
  // A fixed field order keeps the output identical however the author ordered the YAML.
  return Object.fromEntries(
    creditFields.flatMap((field) => (credit[field] === undefined ? [] : [[field, credit[field]]])),
  ) as unknown as Credit;
}

export function compileStrings(strings: StringsSource): UiStrings {
  return Object.fromEntries(uiStringKeys.map((key) => [key, strings[key] ?? ''])) as UiStrings;
}

const termOrder = new Intl.Collator('en-GB');

/** The glossary in alphabetical order of its terms (ids break ties, so the order is always the same). */
export function compileGlossary(glossary: GlossarySource | undefined): GlossaryTerm[] {
  return (glossary?.terms ?? [])
    .map(({ id, term, definition }) => ({ id, term, definitionHtml: renderMarkdown(definition) }))
    .sort((a, b) => termOrder.compare(a.term, b.term) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The checked files a course is built from. */
export interface CourseSources {
  readonly course: CourseSource;
  readonly strings: StringsSource;
  /** The lessons course.yaml lists, in its order. */
  readonly lessons: readonly LessonSource[];
  /** Undefined when there is no glossary.yaml. */
  readonly glossary: GlossarySource | undefined;
  /** Every scenario file, in file-name order. */
  readonly scenarios: readonly ScenarioSource[];
  readonly diagrams: DiagramLibrary;
  readonly logoDataUrl: string | undefined;
  /** Undefined when there is no assessment.yaml. */
  readonly assessment?: AssessmentSource | undefined;
}

/** Builds the runtime's course from files that have passed every check. */
export function assembleCourse(sources: CourseSources): Course {
  const { course, logoDataUrl } = sources;
  const strings = compileStrings(sources.strings);
  const scenarios = sources.scenarios.map(compileScenario);
  const assessment: Assessment | undefined =
    sources.assessment === undefined
      ? undefined
      : {
          drawCount: sources.assessment.drawCount,
          maxAttempts: sources.assessment.attempts,
          opensWhen: sources.assessment.opensWhen,
          // One submission per question: the attempt as a whole is what a learner may retry.
          questions: sources.assessment.questions.map((question) => compileKnowledgeCheck(question, strings, 1)),
        };
  const lessons = sources.lessons.map((lesson) => compileLesson(lesson, strings, sources.diagrams, scenarios, assessment));
  const { colours } = course.branding;
  return {
    id: course.id,
    title: course.title,
    version: course.version,
    language: course.language,
    audience: course.audience,
    descriptionHtml: renderMarkdown(course.description),
    estimatedMinutes: lessons.reduce((total, lesson) => total + lesson.estimatedMinutes, 0),
    navigation: course.navigation ?? defaultNavigation,
    passMark: course.passMark ?? defaultPassMark,
    lms: { onFail: course.lms?.onFail ?? 'failed', reportObjectives: course.lms?.reportObjectives ?? true },
    objectives: course.objectives.map(({ id, text }) => ({ id, text })),
    credits: (course.credits ?? []).map(compileCredit),
    branding: {
      name: course.branding.name,
      ...(logoDataUrl === undefined ? {} : { logoDataUrl }),
      logoAlt: course.branding.logoAlt,
      colours: {
        primary: colours.primary,
        primaryText: colours.primaryText,
        accent: colours.accent,
        background: colours.background,
        text: colours.text,
      },
    },
    lessons,
    glossary: compileGlossary(sources.glossary),
    scenarios,
    strings,
    ...(assessment === undefined ? {} : { assessment }),
  };
}
