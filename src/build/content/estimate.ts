import type { Block, Page } from '../../course/types.js';
import { textOfHtml, wordsOf } from './plain-text.js';

/** Reading speed assumed for the estimate. */
export const wordsPerMinute = 200;
export const minutesPerQuestion = 1;
export const minutesPerReflection = 2;

/** Words as a reader counts them: "don't" and "well-being" are one word each. */
export function countWords(text: string): number {
  return wordsOf(text).length;
}

/** The text a learner reads in a block; facilitator notes are not part of the learner's time. */
function learnerText(block: Block): string[] {
  switch (block.type) {
    case 'prose':
      return [block.html];
    case 'quote':
      return [block.textHtml, block.attribution, block.source ?? ''];
    case 'callout':
      return [block.title, block.html];
    case 'key-points':
      return [block.title, ...block.pointsHtml];
    case 'reflection':
      return [block.promptHtml];
    case 'knowledge-check':
      return [
        block.questionHtml,
        ...block.options.flatMap((option) => [option.textHtml, option.matchHtml ?? '', option.feedbackHtml]),
      ];
    case 'diagram':
      // The picture's words are also in its alt text or description, so those stand for it.
      return [block.alt, block.captionHtml ?? '', block.descriptionHtml ?? ''];
    case 'facilitator-notes':
    case 'glossary':
      // The glossary is looked things up in, not read through: its definitions are not counted.
      return [];
  }
}

export interface LessonEffort {
  readonly words: number;
  readonly questions: number;
  readonly reflections: number;
}

export function measureEffort(pages: readonly Page[]): LessonEffort {
  const blocks = pages.flatMap((page) => page.blocks);
  const texts = [...pages.map((page) => page.title), ...blocks.flatMap(learnerText)];
  return {
    words: texts.reduce((total, text) => total + countWords(textOfHtml(text)), 0),
    questions: blocks.filter((block) => block.type === 'knowledge-check').length,
    reflections: blocks.filter((block) => block.type === 'reflection').length,
  };
}

/** Reading time plus activity time, rounded up to a whole minute, at least one minute. */
export function estimateMinutes(effort: LessonEffort): number {
  const activityMinutes = effort.questions * minutesPerQuestion + effort.reflections * minutesPerReflection;
  // Whole-number arithmetic so the rounding never depends on floating-point error.
  const minutes = Math.ceil((effort.words + activityMinutes * wordsPerMinute) / wordsPerMinute);
  return Math.max(1, minutes);
}
