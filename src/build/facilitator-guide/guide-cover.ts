/** The guide's first page: what the course is, who it is for, where it comes from, and the contents. */
import { fillTemplate } from '../../course/fill-template.js';
import type { Course } from '../../course/types.js';
import { creditHtml } from './guide-credits.js';
import { escapeAttribute, escapeText } from './html-text.js';

export interface ContentsEntry {
  readonly anchor: string;
  /** Plain text. */
  readonly title: string;
}

export function coverHtml(course: Course, sessionNames: readonly string[]): string {
  const source = course.credits[0];
  const logo = course.branding.logoDataUrl?.startsWith('data:image/')
    ? `<img class="logo" src="${escapeAttribute(course.branding.logoDataUrl)}" alt="">`
    : '';
  return [
    `<header class="cover">`,
    `<div class="band">${logo}<p class="kicker">Facilitator guide</p><h1>${escapeText(course.title)}</h1></div>`,
    course.descriptionHtml,
    `<dl class="facts">`,
    `<dt>For</dt><dd>${escapeText(course.audience)}</dd>`,
    `<dt>Sessions</dt><dd>${escapeText(sessionNames.join('; '))}</dd>`,
    `<dt>On their own</dt><dd>${escapeText(fillTemplate(course.strings.minutesEstimate, { minutes: course.estimatedMinutes }))}</dd>`,
    `<dt>Lessons</dt><dd>${course.lessons.length}, with ${course.scenarios.length} branching scenario${course.scenarios.length === 1 ? '' : 's'}</dd>`,
    `<dt>Pass mark</dt><dd>${course.passMark}%</dd>`,
    `<dt>Version</dt><dd>${escapeText(course.version)}</dd>`,
    `</dl>`,
    source ? `<div class="based-on"><p class="list-label">Based on</p><p>${creditHtml(source, course.language)}</p></div>` : '',
    runningASessionHtml(),
    `</header>`,
  ]
    .filter((part) => part !== '')
    .join('\n');
}

export function contentsHtml(course: Course, entries: readonly ContentsEntry[]): string {
  return [
    `<nav class="contents" aria-labelledby="contents-heading">`,
    `<h2 id="contents-heading">${escapeText(course.strings.contentsHeading)}</h2>`,
    `<ol>${entries.map((entry) => `<li><a href="#${escapeAttribute(entry.anchor)}">${escapeText(entry.title)}</a></li>`).join('')}</ol>`,
    `</nav>`,
  ].join('\n');
}

/**
 * How to start a live session. The guide is built beside the standalone file, so the link works
 * from a USB stick or a shared folder with no network.
 */
function runningASessionHtml(): string {
  return [
    `<div class="run-session">`,
    `<p class="list-label">Running a live session</p>`,
    `<p>Open <a href="leading-innovation.html?mode=facilitator">the course in facilitator view</a> (the file leading-innovation.html, with <code>?mode=facilitator</code> after its name). ` +
      `Choose <strong>Open audience view</strong> and drag the new window to the projector. ` +
      `Turn pages with the arrow keys or a clicker; press B to blank the screen, T to start or pause the timer and ? to see every key. ` +
      `Facilitator view never reports to an LMS.</p>`,
    `</div>`,
  ].join('\n');
}
