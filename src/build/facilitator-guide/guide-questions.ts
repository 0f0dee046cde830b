/**
 * A question with its answer key, for the guide: the question, every option with the right ones
 * marked in words and a tick (never by colour alone), and each option's feedback. Used for the
 * lessons' knowledge checks and the final assessment's bank.
 */
import type { Course, KnowledgeCheckBlock, QuestionKind, QuestionOption } from '../../course/types.js';
import { escapeText, idFragment } from './html-text.js';
import { fillHtmlTemplate, nestHeadings } from './guide-markup.js';
import { letterCode } from './letter-code.js';

const kindNames: Readonly<Record<QuestionKind, string>> = {
  single: 'Single choice',
  multiple: 'Multiple choice',
  'true-false': 'True or false',
  ordering: 'Put in order',
  matching: 'Matching',
};

export interface QuestionKeyOptions {
  /** Plain text, e.g. "Knowledge check 2". */
  readonly heading: string;
  readonly headingLevel: number;
  readonly course: Course;
}

function questionId(check: KnowledgeCheckBlock): string {
  return `question-${idFragment(check.id)}`;
}

export function questionKeyHtml(check: KnowledgeCheckBlock, options: QuestionKeyOptions): string {
  const { course, headingLevel } = options;
  const id = questionId(check);
  const objectives = check.objectiveIds
    .map((objectiveId) => course.objectives.find((objective) => objective.id === objectiveId)?.text ?? objectiveId)
    .map(escapeText)
    .join('; ');
  const attempts = check.maxAttempts === 1 ? 'one attempt' : `${check.maxAttempts} attempts`;
  return [
    `<section class="question" id="${id}">`,
    `<h${headingLevel} id="${id}-heading">${escapeText(options.heading)}: ${escapeText(kindNames[check.kind])}</h${headingLevel}>`,
    `<p class="meta">Id <code>${escapeText(check.id)}</code> · ${attempts}${objectives ? ` · Assesses: ${objectives}` : ''}</p>`,
    `<div class="question-text">${nestHeadings(check.questionHtml, headingLevel)}</div>`,
    answerKeyHtml(check, course, headingLevel),
    '</section>',
  ].join('\n');
}

function answerKeyHtml(check: KnowledgeCheckBlock, course: Course, headingLevel: number): string {
  switch (check.kind) {
    case 'ordering':
      return [
        `<p class="answer-line">${escapeText(course.strings.rightOrder)}</p>`,
        `<ol class="options steps">`,
        ...check.options.map((option) => optionHtml({ course, check, option, headingLevel, mark: undefined })),
        '</ol>',
      ].join('\n');
    case 'matching':
      return [
        `<p class="answer-line">Answer key: each item with its right match.</p>`,
        `<ol class="options pairs">`,
        ...check.options.map((option) =>
          optionHtml({ course, check, option, headingLevel, mark: undefined, match: fillHtmlTemplate(course.strings.rightMatch, { match: option.matchHtml ?? '' }) }),
        ),
        '</ol>',
      ].join('\n');
    default: {
      const letters = check.options.flatMap((option, index) => (option.correct ? [letterCode(index)] : []));
      return [
        `<p class="answer-line">Answer${letters.length === 1 ? '' : 's'}: <strong>${letters.join(', ')}</strong></p>`,
        `<ol class="options choices" type="A">`,
        ...check.options.map((option) => optionHtml({ course, check, option, headingLevel, mark: option.correct ? 'correct' : 'wrong' })),
        '</ol>',
      ].join('\n');
    }
  }
}

interface OptionView {
  readonly course: Course;
  readonly check: KnowledgeCheckBlock;
  readonly option: QuestionOption;
  readonly headingLevel: number;
  /** Choice questions only: whether this option is a right answer. */
  readonly mark: 'correct' | 'wrong' | undefined;
  /** Matching only: the right match, as HTML. */
  readonly match?: string;
}

function optionHtml(view: OptionView): string {
  const { option, mark } = view;
  const markHtml =
    mark === 'correct'
      ? `<span class="answer-mark correct"><span aria-hidden="true">✓ </span>Correct answer</span> `
      : mark === 'wrong'
        ? `<span class="answer-mark wrong"><span aria-hidden="true">✗ </span>Not correct</span> `
        : '';
  return [
    `<li class="option${mark === 'correct' ? ' is-correct' : ''}">`,
    `<p class="option-head">${markHtml}<span class="option-text">${optionText(view)}</span>${view.match ? ` <span class="match">${view.match}</span>` : ''}</p>`,
    `<div class="feedback"><p class="feedback-label">Feedback</p>${nestHeadings(option.feedbackHtml, view.headingLevel)}</div>`,
    '</li>',
  ].join('');
}

/** True-false options may have no text of their own: the interface's True and False stand in. */
function optionText({ check, option, course }: OptionView): string {
  if (option.textHtml.trim() !== '' || check.kind !== 'true-false') return option.textHtml;
  return escapeText(option.id === 'true' ? course.strings.trueLabel : course.strings.falseLabel);
}
