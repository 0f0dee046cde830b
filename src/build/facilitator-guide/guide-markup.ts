/** Small pieces of markup and wording shared by the guide's sections. */
import { escapeText } from './html-text.js';

/**
 * A `{name}` template from strings.yaml with HTML values put in: the template's own words are
 * escaped, the values (sanitised `…Html` fields or markup made here) are not.
 */
export function fillHtmlTemplate(template: string, htmlValues: Readonly<Record<string, string>>): string {
  return template
    .split(/(\{[a-zA-Z]+\})/)
    .map((part) => {
      const name = /^\{([a-zA-Z]+)\}$/.exec(part)?.[1];
      return name !== undefined && Object.hasOwn(htmlValues, name) ? (htmlValues[name] ?? '') : escapeText(part);
    })
    .join('');
}

/**
 * Sanitised content HTML may hold its own `<h2>`/`<h3>`; placed under a heading of `parentLevel`,
 * they move down so the guide's outline stays in order (never past `<h6>`).
 */
export function nestHeadings(html: string, parentLevel: number): string {
  const shift = Math.max(0, parentLevel - 1);
  return html.replace(/<(\/?)h([1-6])>/g, (_tag, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}>`);
}

/** `h:mm` from the start of a session. */
export function clockTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "1 knowledge check", "3 knowledge checks". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** A `yyyy-mm-dd` day in the course's language, read as a calendar day (no time zone shift). */
export function longDate(isoDay: string, language: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(language, options).format(date);
  } catch {
    // Not a language tag Intl knows: fall back rather than fail the build over a date.
    return new Intl.DateTimeFormat('en-GB', options).format(date);
  }
}
