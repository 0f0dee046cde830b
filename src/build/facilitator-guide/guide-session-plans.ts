/** The session plans as tables: one per session length, with a clock, minutes and totals. */
import { minimumLessonMinutes, sessionLengths, sessionPlan, type SessionActivity, type SessionLengthId, type SessionPlan } from '../../course/session-plan.js';
import type { Course } from '../../course/types.js';
import { clockTime, countOf } from './guide-markup.js';
import { escapeText, idFragment } from './html-text.js';

/** Names of the session lengths; English, as this is a build-time trainer document. */
export const sessionLengthNames: Readonly<Record<SessionLengthId, string>> = {
  'ninety-minutes': '90-minute session',
  'half-day': 'Half-day session (3½ hours)',
};

export interface NamedSessionPlan {
  readonly name: string;
  readonly plan: SessionPlan;
}

/** The plan for each of `sessionLengths`, with its name. */
export function namedSessionPlans(course: Course): NamedSessionPlan[] {
  return sessionLengths.map((length) => ({ name: sessionLengthNames[length.id], plan: sessionPlan(course, length.id) }));
}

export function sessionPlansHtml(plans: readonly NamedSessionPlan[], lessonAnchor: (lessonId: string) => string): string {
  return [
    `<p>${[
      'Each plan runs the lessons in course order. Times start from 0:00.',
      'The suggested minutes come from each lesson’s facilitator notes (or, where the notes give none, the lesson’s estimated time).',
      `They are scaled to fit the session in whole minutes, with at least ${minimumLessonMinutes} minutes for each lesson;`,
      'the minutes left over from rounding go to the lessons that lost most.',
      'Lessons without facilitator notes are handouts, for learners to read before or after the session.',
    ].join(' ')}</p>`,
    ...plans.map(({ name, plan }) => planTableHtml({ plan, name, lessonAnchor })),
  ].join('\n');
}

interface PlanTable {
  readonly plan: SessionPlan;
  readonly name: string;
  readonly lessonAnchor: (lessonId: string) => string;
}

function planTableHtml({ plan, name, lessonAnchor }: PlanTable): string {
  const id = `session-plan-${idFragment(plan.length.id)}`;
  const rows = plan.items.map((item) => {
    if (item.kind === 'break') {
      return `<tr class="break"><td>${clockTime(item.startMinute)}–${clockTime(item.startMinute + item.minutes)}</td><th scope="row">Break</th><td></td><td></td><td class="number">${item.minutes}</td></tr>`;
    }
    const time = item.delivery === 'handout' ? 'Before or after' : `${clockTime(item.startMinute)}–${clockTime(item.startMinute + item.minutes)}`;
    return [
      `<tr${item.delivery === 'handout' ? ' class="handout"' : ''}>`,
      `<td>${time}</td>`,
      `<th scope="row"><a href="#${lessonAnchor(item.lessonId)}">${escapeText(item.title)}</a></th>`,
      `<td>${escapeText(activitiesText(item.activities))}</td>`,
      `<td class="number">${item.delivery === 'handout' ? '—' : item.suggestedMinutes}</td>`,
      `<td class="number">${item.delivery === 'handout' ? 'Handout' : item.minutes}</td>`,
      '</tr>',
    ].join('');
  });
  return [
    `<section class="session-plan" id="${id}" aria-labelledby="${id}-heading">`,
    `<h3 id="${id}-heading">${escapeText(name)}</h3>`,
    `<table class="plan">`,
    `<caption>${escapeText(`${plan.length.minutes} minutes${plan.length.breakMinutes > 0 ? `, with a ${plan.length.breakMinutes}-minute break` : ', no break'}`)}</caption>`,
    `<thead><tr><th scope="col">Time</th><th scope="col">Lesson</th><th scope="col">Activities</th><th scope="col" class="number">Suggested minutes</th><th scope="col" class="number">Planned minutes</th></tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `<tfoot><tr><th scope="row" colspan="3">Total</th><td class="number">${plan.suggestedMinutes}</td><td class="number">${plan.totalMinutes}</td></tr></tfoot>`,
    `</table>`,
    `</section>`,
  ].join('\n');
}

/** "Reflection; 3 knowledge checks", "Scenario: The contact centre; …". */
export function activitiesText(activities: readonly SessionActivity[]): string {
  const count = (kind: SessionActivity['kind']): number => activities.filter((activity) => activity.kind === kind).length;
  const parts = [
    ...activities.flatMap((activity) => (activity.kind === 'scenario' ? [`Scenario: ${activity.title}`] : [])),
    count('reflection') > 0 ? countOf(count('reflection'), 'reflection', 'reflections') : '',
    count('knowledge-check') > 0 ? countOf(count('knowledge-check'), 'knowledge check', 'knowledge checks') : '',
    count('action-plan') > 0 ? 'Action plan' : '',
    count('assessment') > 0 ? 'Final assessment' : '',
  ].filter((part) => part !== '');
  return parts.length > 0 ? parts.join('; ') : '—';
}
