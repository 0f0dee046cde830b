/** Escaping for the facilitator guide: every plain-text field goes through one of these. */
import { textOfHtml } from '../content/plain-text.js';

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Sanitised HTML (a field ending in `Html`) as one line of plain text, for SVG labels and descriptions. */
export function plainTextOfHtml(html: string): string {
  return textOfHtml(html).replace(/\s+/g, ' ').trim();
}

/** A value safe to use in an `id`: ids in content are slugs already, this keeps it so. */
export function idFragment(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '_');
}
