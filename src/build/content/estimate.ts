import type { Block, Page } from '../../course/types.js';

/** Reading speed assumed for the estimate. */
export const wordsPerMinute = 200;
export const minutesPerQuestion = 1;
export const minutesPerReflection = 3;

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? entity;
    });
}

/** Words as a reader counts them: "don't" and "well-being" are one word each. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’‑-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
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
      return [block.questionHtml, ...block.options.flatMap((option) => [option.textHtml, option.feedbackHtml])];
    case 'facilitator-notes':
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
