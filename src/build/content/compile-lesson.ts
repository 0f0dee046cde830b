import type { Block, KnowledgeCheckBlock, Lesson, Page, UiStrings } from '../../course/types.js';
import { estimateMinutes, measureEffort } from './estimate.js';
import { renderInlineMarkdown, renderMarkdown } from './markdown-render.js';
import type { BlockSource, LessonSource, OptionSource } from './source-types.js';

/** Knowledge checks allow this many submissions unless `attempts` says otherwise. */
export const defaultAttempts = 2;

function compileOption(
  option: OptionSource,
  strings: UiStrings,
): KnowledgeCheckBlock['options'][number] {
  const id = String(option.id);
  // True-false options may leave out their text: the interface labels say "True" and "False".
  const fallback = id === 'true' ? strings.trueLabel : id === 'false' ? strings.falseLabel : '';
  return {
    id,
    textHtml: renderInlineMarkdown(option.text ?? fallback),
    correct: option.correct,
    feedbackHtml: renderMarkdown(option.feedback),
  };
}

function compileBlock(block: BlockSource, strings: UiStrings): Block {
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
      return {
        type: 'knowledge-check',
        id: block.id,
        kind: block.kind,
        questionHtml: renderMarkdown(block.question),
        objectiveIds: [...block.objectives],
        maxAttempts: block.attempts ?? defaultAttempts,
        options: block.options.map((option) => compileOption(option, strings)),
      };
    case 'facilitator-notes':
      return {
        type: 'facilitator-notes',
        ...(block.minutes === undefined ? {} : { minutes: block.minutes }),
        html: renderMarkdown(block.markdown),
      };
  }
}

/** Builds the runtime's lesson from a validated lesson file. */
export function compileLesson(lesson: LessonSource, strings: UiStrings): Lesson {
  const pages: Page[] = lesson.pages.map((page) => ({
    id: page.id,
    title: page.title,
    blocks: page.blocks.map((block) => compileBlock(block, strings)),
  }));
  return {
    id: lesson.id,
    title: lesson.title,
    summary: lesson.summary,
    objectiveIds: [...(lesson.objectives ?? [])],
    estimatedMinutes: estimateMinutes(measureEffort(pages)),
    pages,
  };
}
