/** A credit from course.yaml as a line of text: what, who, where and when, with its link written out for print. */
import type { Credit } from '../../course/types.js';
import { longDate } from './guide-markup.js';
import { escapeAttribute, escapeText } from './html-text.js';

export function creditHtml(credit: Credit, language: string): string {
  const who = [credit.author, credit.role, credit.organisation].filter((part): part is string => Boolean(part)).join(', ');
  const published = [credit.publisher, credit.date === undefined ? undefined : longDate(credit.date, language)]
    .filter((part): part is string => Boolean(part))
    .join(', ');
  const link = credit.url && /^https?:\/\//i.test(credit.url) ? `<a href="${escapeAttribute(credit.url)}">${escapeText(credit.url)}</a>` : '';
  return [
    `<cite>“${escapeText(credit.title)}”</cite>`,
    who ? `, ${escapeText(who)}` : '',
    published ? `. ${escapeText(published)}` : '',
    '.',
    link ? ` ${link}` : '',
    credit.note ? `<br><span class="note">${escapeText(credit.note)}</span>` : '',
  ].join('');
}
