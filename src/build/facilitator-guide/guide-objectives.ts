/** The course's learning objectives, each with where it is taught, practised and checked. */
import type { Block, Course } from '../../course/types.js';
import { countOf } from './guide-markup.js';
import { escapeText } from './html-text.js';

export function objectivesHtml(course: Course): string {
  const blocks: Block[] = course.lessons.flatMap((lesson) => lesson.pages.flatMap((page) => page.blocks));
  const items = course.objectives.map((objective) => {
    const taughtIn = course.lessons.filter((lesson) => lesson.objectiveIds.includes(objective.id)).map((lesson) => lesson.title);
    const practisedIn = course.scenarios.filter((scenario) => scenario.objectiveIds.includes(objective.id)).map((scenario) => scenario.title);
    const checks = blocks.filter((block) => block.type === 'knowledge-check' && block.objectiveIds.includes(objective.id)).length;
    const questions = course.assessment?.questions.filter((question) => question.objectiveIds.includes(objective.id)).length ?? 0;
    const where = [
      taughtIn.length > 0 ? `Taught in: ${taughtIn.join(', ')}` : '',
      practisedIn.length > 0 ? `Practised in: ${practisedIn.join(', ')}` : '',
      `Checked by: ${countOf(checks, 'knowledge check', 'knowledge checks')}${course.assessment ? ` and ${countOf(questions, 'assessment question', 'assessment questions')}` : ''}`,
    ].filter((part) => part !== '');
    return `<li><p class="objective">${escapeText(objective.text)}</p><p class="meta">${escapeText(where.join('. '))}.</p></li>`;
  });
  return `<p>By the end of the course, learners will be able to:</p>\n<ol class="objective-list">${items.join('\n')}</ol>`;
}
