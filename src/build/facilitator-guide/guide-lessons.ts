/**
 * One lesson for the guide: what it is for, its timings in each session, its facilitator notes,
 * reflection prompts, knowledge checks with answer keys, and the scenarios placed on its pages.
 */
import { fillTemplate } from '../../course/fill-template.js';
import type { LessonSessionItem } from '../../course/session-plan.js';
import type { Block, Course, FacilitatorNotesBlock, KnowledgeCheckBlock, Lesson, ReflectionBlock } from '../../course/types.js';
import { nestHeadings } from './guide-markup.js';
import { questionKeyHtml } from './guide-questions.js';
import { scenarioSectionHtml } from './guide-scenarios.js';
import type { NamedSessionPlan } from './guide-session-plans.js';
import { escapeText, idFragment } from './html-text.js';

export function lessonAnchor(lessonId: string): string {
  return `lesson-${idFragment(lessonId)}`;
}

export interface LessonContext {
  readonly course: Course;
  readonly plans: readonly NamedSessionPlan[];
  /** Anchors of sections the lesson may point to. */
  readonly handoutAnchor: string;
  readonly assessmentAnchor: string | undefined;
}

export function lessonSectionHtml(lesson: Lesson, index: number, context: LessonContext): string {
  const { course } = context;
  const blocks = lesson.pages.flatMap((page) => page.blocks);
  const id = lessonAnchor(lesson.id);
  return [
    `<section class="major lesson" id="${id}" aria-labelledby="${id}-heading">`,
    `<p class="kicker">Lesson ${index + 1} of ${course.lessons.length}</p>`,
    `<h2 id="${id}-heading">${escapeText(lesson.title)}</h2>`,
    `<p class="summary">${escapeText(lesson.summary)}</p>`,
    timingHtml(lesson, context),
    objectivesHtml(lesson, course),
    `<h3>Pages</h3>`,
    `<ol class="pages">${lesson.pages.map((page) => `<li>${escapeText(page.title)}</li>`).join('')}</ol>`,
    notesHtml(blocks, course),
    reflectionsHtml(blocks),
    checksHtml(blocks, course),
    ...blocks.flatMap((block) => {
      if (block.type !== 'scenario') return [];
      const scenario = course.scenarios.find((candidate) => candidate.id === block.scenarioId);
      return scenario ? [scenarioSectionHtml(scenario, course, 3)] : [];
    }),
    blocks.some((block) => block.type === 'action-plan')
      ? `<h3>Action plan</h3><p>Learners write their team’s innovation agenda here. The questions are on the <a href="#${context.handoutAnchor}">learner handout</a>, to print for the session.</p>`
      : '',
    blocks.some((block) => block.type === 'assessment') && context.assessmentAnchor
      ? `<h3>Final assessment</h3><p>Learners take the final assessment here. The question bank, with answer keys, is in <a href="#${context.assessmentAnchor}">Final assessment: question bank</a>.</p>`
      : '',
    '</section>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function timingHtml(lesson: Lesson, context: LessonContext): string {
  const items = context.plans.flatMap(({ name, plan }) => {
    const item = plan.items.find((candidate): candidate is LessonSessionItem => candidate.kind === 'lesson' && candidate.lessonId === lesson.id);
    return item ? [{ name, item }] : [];
  });
  const first = items[0]?.item;
  if (!first || first.delivery === 'handout') {
    return `<p class="timing"><strong>Handout:</strong> this lesson has no facilitator notes. Learners read it before or after the session (about ${lesson.estimatedMinutes} minutes on their own).</p>`;
  }
  const planned = items
    .map(({ name, item }) => `${item.minutes} minutes in the ${name.toLowerCase()}`)
    .join('; ');
  return [
    `<p class="timing"><strong>${escapeText(fillTemplate(context.course.strings.facilitatorMinutes, { minutes: first.suggestedMinutes }))}</strong>.`,
    ` Planned: ${escapeText(planned)}. On their own, learners take about ${lesson.estimatedMinutes} minutes.</p>`,
  ].join('');
}

function objectivesHtml(lesson: Lesson, course: Course): string {
  if (lesson.objectiveIds.length === 0) return '';
  const items = lesson.objectiveIds.map((objectiveId) => {
    const text = course.objectives.find((objective) => objective.id === objectiveId)?.text ?? objectiveId;
    return `<li>${escapeText(text)}</li>`;
  });
  return `<h3>Objectives it teaches</h3><ul class="objectives">${items.join('')}</ul>`;
}

function notesHtml(blocks: readonly Block[], course: Course): string {
  const notes = blocks.filter((block): block is FacilitatorNotesBlock => block.type === 'facilitator-notes');
  const heading = `<h3>${escapeText(course.strings.facilitatorNotesHeading)}</h3>`;
  if (notes.length === 0) return `${heading}<p>None: use this lesson as a handout.</p>`;
  return [
    heading,
    ...notes.map((note) =>
      [
        `<div class="notes">`,
        note.minutes === undefined ? '' : `<p class="minutes">${escapeText(fillTemplate(course.strings.facilitatorMinutes, { minutes: note.minutes }))}</p>`,
        nestHeadings(note.html, 3),
        `</div>`,
      ].join(''),
    ),
  ].join('\n');
}

function reflectionsHtml(blocks: readonly Block[]): string {
  const prompts = blocks.filter((block): block is ReflectionBlock => block.type === 'reflection');
  if (prompts.length === 0) return '';
  return `<h3>Reflection prompts</h3><ul class="prompts">${prompts.map((prompt) => `<li>${nestHeadings(prompt.promptHtml, 3)}</li>`).join('')}</ul>`;
}

function checksHtml(blocks: readonly Block[], course: Course): string {
  const checks = blocks.filter((block): block is KnowledgeCheckBlock => block.type === 'knowledge-check');
  if (checks.length === 0) return '';
  return [
    `<h3>Knowledge checks</h3>`,
    ...checks.map((check, index) => questionKeyHtml(check, { heading: `Knowledge check ${index + 1}`, headingLevel: 4, course })),
  ].join('\n');
}
