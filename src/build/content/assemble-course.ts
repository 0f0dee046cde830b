import { uiStringKeys, type Course, type Credit, type UiStrings } from '../../course/types.js';
import { compileLesson } from './compile-lesson.js';
import { renderMarkdown } from './markdown-render.js';
import type { CourseSource, CreditSource, LessonSource, StringsSource } from './source-types.js';

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

/** Builds the runtime's course from files that have passed every check. */
export function assembleCourse(
  course: CourseSource,
  stringsSource: StringsSource,
  lessonSources: readonly LessonSource[],
  logoDataUrl: string | undefined,
): Course {
  const strings = compileStrings(stringsSource);
  const lessons = lessonSources.map((lesson) => compileLesson(lesson, strings));
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
    strings,
  };
}
