import MarkdownIt, { type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown to HTML for the compiled course. Raw HTML is switched off in the parser (and rejected
 * earlier with a located message); sanitize-html then applies an allow-list as a second barrier, so
 * nothing outside it can reach a learner's browser even if a check is missed.
 */

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true });

const alignment = { 'text-align': [/^(left|right|center)$/] };

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'a', 'strong', 'em', 's', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'h2', 'h3', 'br', 'hr',
    'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: { a: ['href', 'rel', 'target'], ol: ['start'], th: ['style'], td: ['style'] },
  allowedStyles: { th: alignment, td: alignment },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
      const href = attribs['href'] ?? '';
      if (/^(https?:|mailto:)/i.test(href)) {
        // A new tab keeps the learner's place in the course; noopener stops the page reaching back.
        return { tagName, attribs: { href, target: '_blank', rel: 'noopener noreferrer' } };
      }
      return { tagName, attribs: { href } };
    },
  },
};

export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), sanitizeOptions).trim();
}

/** For fields shown inside other elements (option text, quote text): no `<p>` wrapper. */
export function renderInlineMarkdown(source: string): string {
  return sanitizeHtml(markdown.renderInline(source.trim()), sanitizeOptions).trim();
}

/** Decodes backslash escapes and entities the way the Markdown parser does. */
export function unescapeMarkdown(text: string): string {
  return markdown.utils.unescapeAll(text);
}

/** The parser's token stream, with raw HTML recognised, for checks that need the document structure. */
const htmlAwareMarkdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

export type MarkdownToken = Token;

export function parseMarkdown(source: string): MarkdownToken[] {
  return htmlAwareMarkdown.parse(source, {});
}

export function parseInlineMarkdown(source: string): MarkdownToken[] {
  return htmlAwareMarkdown.parseInline(source, {});
}
