import type { Assessment, Block, KnowledgeCheckBlock, Lesson, Page, QuestionKind, Scenario, UiStrings } from '../../course/types.js';
import type { DiagramLibrary } from './diagram-files.js';
import { displayOrder } from './display-order.js';
import { estimateMinutes, measureEffort } from './estimate.js';
import { renderInlineMarkdown, renderMarkdown } from './markdown-render.js';
import type { BlockSource, LessonSource, OptionSource, PageSource, QuestionSource } from './source-types.js';
import { renderSvg } from './svg-render.js';

/** Knowledge checks allow this many submissions unless `attempts` says otherwise. */
export const defaultAttempts = 2;

function compileOption(
  option: OptionSource,
  kind: QuestionKind,
  strings: UiStrings,
): KnowledgeCheckBlock['options'][number] {
  const id = String(option.id);
  // True-false options may leave out their text: the interface labels say "True" and "False".
  const fallback = id === 'true' ? strings.trueLabel : id === 'false' ? strings.falseLabel : '';
  return {
    id,
    textHtml: renderInlineMarkdown(option.text ?? fallback),
    // Every step of an ordering question and every pair of a matching question is part of the answer.
    correct: kind === 'ordering' || kind === 'matching' ? true : option.correct === true,
    feedbackHtml: renderMarkdown(option.feedback),
    ...(kind === 'matching' && option.match !== undefined ? { matchHtml: renderInlineMarkdown(option.match) } : {}),
  };
}

/** Compiles a knowledge check, or a question of the final assessment's bank (which allows one submission). */
export function compileKnowledgeCheck(
  question: QuestionSource,
  strings: UiStrings,
  maxAttempts: number,
): KnowledgeCheckBlock {
  const options = question.options.map((option) => compileOption(option, question.kind, strings));
  return {
    type: 'knowledge-check',
    id: question.id,
    kind: question.kind,
    questionHtml: renderMarkdown(question.question),
    objectiveIds: [...question.objectives],
    maxAttempts,
    options,
    displayOrder: displayOrder(
      question.kind,
      question.id,
      options.map((option) => option.id),
    ),
  };
}

/** Where a block sits, for what depends on its place: the ids inside a diagram. */
interface BlockPlace {
  readonly page: PageSource;
  /** How many diagrams come before this block on its page. */
  readonly diagramIndex: number;
}

function compileBlock(block: BlockSource, place: BlockPlace, strings: UiStrings, diagrams: DiagramLibrary): Block {
  switch (block.type) {
    case 'prose':
      return { type: 'prose', html: renderMarkdown(block.markdown) };
    case 'quote':
      return {
        type: 'quote',
        textHtml: renderInlineMarkdown(block.text),
        attribution: block.attribution,
        ...(block.source === undefined ? {} : { source: block.source }),
      };
    case 'callout':
      return { type: 'callout', variant: block.variant, title: block.title, html: renderMarkdown(block.markdown) };
    case 'key-points':
      return { type: 'key-points', title: block.title, pointsHtml: block.points.map(renderInlineMarkdown) };
    case 'reflection':
      return { type: 'reflection', id: block.id, promptHtml: renderMarkdown(block.prompt) };
    case 'knowledge-check':
      return compileKnowledgeCheck(block, strings, block.attempts ?? defaultAttempts);
    case 'facilitator-notes':
      return {
        type: 'facilitator-notes',
        ...(block.minutes === undefined ? {} : { minutes: block.minutes }),
        html: renderMarkdown(block.markdown),
      };
    case 'diagram': {
      const root = diagrams.get(block.file);
      if (!root) throw new Error(`diagram ${block.file} was not checked before compiling`);
      return {
        type: 'diagram',
        svg: renderSvg(root, { idPrefix: `${place.page.id}-d${place.diagramIndex}-`, label: block.alt }),
        alt: block.alt,
        ...(block.caption === undefined ? {} : { captionHtml: renderInlineMarkdown(block.caption) }),
        ...(block.description === undefined ? {} : { descriptionHtml: renderMarkdown(block.description) }),
      };
    }
    case 'glossary':
      return { type: 'glossary' };
    case 'scenario':
      return { type: 'scenario', scenarioId: block.scenario };
    case 'action-plan':
      return { type: 'action-plan' };
    case 'certificate':
      return { type: 'certificate' };
    case 'assessment':
      return { type: 'assessment' };
  }
}

function compilePage(page: PageSource, strings: UiStrings, diagrams: DiagramLibrary): Page {
  let diagramIndex = 0;
  return {
    id: page.id,
    title: page.title,
    blocks: page.blocks.map((block) => {
      const place = { page, diagramIndex };
      if (block.type === 'diagram') diagramIndex += 1;
      return compileBlock(block, place, strings, diagrams);
    }),
  };
}

/**
 * Builds the runtime's lesson from a validated lesson file. `scenarios` and `assessment` are the
 * course's compiled scenarios and assessment: a page's scenario or assessment counts toward the
 * lesson's estimate.
 */
export function compileLesson(
  lesson: LessonSource,
  strings: UiStrings,
  diagrams: DiagramLibrary,
  scenarios: readonly Scenario[] = [],
  assessment?: Assessment,
): Lesson {
  const pages = lesson.pages.map((page) => compilePage(page, strings, diagrams));
  return {
    id: lesson.id,
    title: lesson.title,
    summary: lesson.summary,
    objectiveIds: [...(lesson.objectives ?? [])],
    estimatedMinutes: estimateMinutes(measureEffort(pages, scenarios, assessment)),
    pages,
  };
}
