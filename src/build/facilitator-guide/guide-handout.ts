/** A page to copy for learners: what they will be able to do, their action plan to fill in, and the sources. */
import { fillTemplate } from '../../course/fill-template.js';
import { actionPlanFields, type Course } from '../../course/types.js';
import { creditHtml } from './guide-credits.js';
import { escapeText } from './html-text.js';
import { actionPlanWording } from '../../course/wording-keys.js';


export const handoutAnchor = 'learner-handout';

export function handoutHtml(course: Course): string {
  const { strings } = course;
  const questions = actionPlanFields.map((field) => {
    const [label, hint] = actionPlanWording[field];
    return `<li><p class="question-label">${escapeText(strings[label])}</p><p class="hint">${escapeText(strings[hint])}</p><div class="write-space"></div></li>`;
  });
  return [
    `<section class="major handout" id="${handoutAnchor}" aria-labelledby="${handoutAnchor}-heading">`,
    `<p class="kicker">Learner handout</p>`,
    `<h2 id="${handoutAnchor}-heading">${escapeText(course.title)}</h2>`,
    `<h3>What you will be able to do</h3>`,
    `<ul class="objectives">${course.objectives.map((objective) => `<li>${escapeText(objective.text)}</li>`).join('')}</ul>`,
    `<h3>${escapeText(fillTemplate(strings.actionPlanFileHeading, { title: course.title }))}</h3>`,
    `<ol class="plan-questions">${questions.join('')}</ol>`,
    `<h3>${escapeText(strings.creditsHeading)}</h3>`,
    `<ul class="credits">${course.credits.map((credit) => `<li>${creditHtml(credit, course.language)}</li>`).join('')}</ul>`,
    `</section>`,
  ].join('\n');
}
