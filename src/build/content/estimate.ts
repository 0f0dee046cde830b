import type { Assessment, Block, Page, Scenario } from '../../course/types.js';
import { textOfHtml, wordsOf } from './plain-text.js';

/** Reading speed assumed for the estimate. */
export const wordsPerMinute = 200;
export const minutesPerQuestion = 1;
export const minutesPerReflection = 2;
/** Thinking time for each decision on a scenario's longest path. */
export const minutesPerDecision = 1;

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
    case 'scenario':
      // Counted by scenarioEffort, from the scenario's own text.
      return [];
    case 'assessment':
      // Timed by the caller from the bank: one attempt's questions.
      return [];
    case 'action-plan':
    case 'certificate':
      // Wording from strings.yaml only; the time to write a plan is the learner's own.
      return [];
  }
}

function wordsOfHtml(...htmls: readonly string[]): number {
  return htmls.reduce((total, html) => total + countWords(textOfHtml(html)), 0);
}

/** What a learner reads and decides on one way through a scenario. */
export interface ScenarioEffort {
  readonly words: number;
  readonly decisions: number;
}

/**
 * A scenario's reading on its longest path (most decisions; most words among those): the intro;
 * at each decision the situation and the text of every choice, then the consequence of the one
 * taken; and the debrief of the ending the path reaches. Titles, who/where/stakes and the
 * "weigh" notes are not counted: they are short or optional reading.
 */
export function scenarioEffort(scenario: Scenario): ScenarioEffort {
  const nodes = new Map(scenario.nodes.map((node) => [node.id, node]));
  const endings = new Map(scenario.endings.map((ending) => [ending.id, ending]));
  const memo = new Map<string, ScenarioEffort>();
  const walking = new Set<string>();
  const from = (id: string): ScenarioEffort => {
    const known = memo.get(id);
    if (known) return known;
    const ending = endings.get(id);
    const node = nodes.get(id);
    // A proven scenario has no cycles; the guard only keeps an unproven one from looping.
    if (ending || !node || walking.has(id)) return { words: ending ? wordsOfHtml(ending.debriefHtml) : 0, decisions: 0 };
    walking.add(id);
    const atNode = wordsOfHtml(node.situationHtml, ...node.choices.map((choice) => choice.textHtml));
    let best: ScenarioEffort = { words: atNode, decisions: 0 };
    for (const choice of node.choices) {
      const rest = from(choice.next);
      const candidate = { words: atNode + wordsOfHtml(choice.consequenceHtml) + rest.words, decisions: rest.decisions + 1 };
      if (candidate.decisions > best.decisions || (candidate.decisions === best.decisions && candidate.words > best.words)) {
        best = candidate;
      }
    }
    walking.delete(id);
    memo.set(id, best);
    return best;
  };
  const path = from(scenario.startNodeId);
  return { words: wordsOfHtml(scenario.introHtml) + path.words, decisions: path.decisions };
}

export interface LessonEffort {
  readonly words: number;
  readonly questions: number;
  readonly reflections: number;
  /** Decisions on the longest path of each scenario on the lesson's pages. */
  readonly decisions: number;
}

/**
 * One attempt at the assessment: `drawCount` questions of the bank's average length (question,
 * options and, in the review, feedback).
 */
function assessmentEffort(assessment: Assessment): { words: number; questions: number } {
  const { questions, drawCount } = assessment;
  if (questions.length === 0) return { words: 0, questions: 0 };
  const bankWords = questions.reduce((total, question) => total + wordsOfHtml(...learnerText(question)), 0);
  return { words: Math.round((bankWords * drawCount) / questions.length), questions: drawCount };
}

/**
 * `scenarios`: the course's scenarios, for the pages' `scenario` blocks; `assessment`: the
 * course's assessment, for an `assessment` block.
 */
export function measureEffort(pages: readonly Page[], scenarios: readonly Scenario[] = [], assessment?: Assessment): LessonEffort {
  const blocks = pages.flatMap((page) => page.blocks);
  const texts = [...pages.map((page) => page.title), ...blocks.flatMap(learnerText)];
  const scenarioEfforts = blocks.flatMap((block) => {
    const scenario = block.type === 'scenario' ? scenarios.find((candidate) => candidate.id === block.scenarioId) : undefined;
    return scenario ? [scenarioEffort(scenario)] : [];
  });
  const attempt = assessment && blocks.some((block) => block.type === 'assessment') ? assessmentEffort(assessment) : { words: 0, questions: 0 };
  return {
    words:
      texts.reduce((total, text) => total + countWords(textOfHtml(text)), 0) +
      scenarioEfforts.reduce((total, effort) => total + effort.words, 0) +
      attempt.words,
    questions: blocks.filter((block) => block.type === 'knowledge-check').length + attempt.questions,
    reflections: blocks.filter((block) => block.type === 'reflection').length,
    decisions: scenarioEfforts.reduce((total, effort) => total + effort.decisions, 0),
  };
}

/** Reading time plus activity time, rounded up to a whole minute, at least one minute. */
export function estimateMinutes(effort: Omit<LessonEffort, 'decisions'> & { readonly decisions?: number }): number {
  const activityMinutes =
    effort.questions * minutesPerQuestion +
    effort.reflections * minutesPerReflection +
    (effort.decisions ?? 0) * minutesPerDecision;
  // Whole-number arithmetic so the rounding never depends on floating-point error.
  const minutes = Math.ceil((effort.words + activityMinutes * wordsPerMinute) / wordsPerMinute);
  return Math.max(1, minutes);
}
