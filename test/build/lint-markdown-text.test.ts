import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownToPlainText, sourceOffset } from '../../src/build/lint/markdown-text.js';

/** The source text each word of the plain text came from, to check the offset map. */
function sourceOfWord(markdown: string, word: string): string {
  const plain = markdownToPlainText(markdown);
  const index = plain.text.indexOf(word);
  assert.ok(index >= 0, `"${word}" is in ${JSON.stringify(plain.text)}`);
  const start = sourceOffset(plain, index, markdown.length);
  return markdown.slice(start, start + word.length);
}

describe('markdownToPlainText', () => {
  it('drops emphasis markers, link destinations and code, keeping link text', () => {
    const markdown = 'Read **the guide** and [the short guide](https://example.org/xyz) or `npm run x`.';
    assert.equal(markdownToPlainText(markdown).text, 'Read the guide and the short guide or .');
  });

  it('drops autolinks, bare URLs and internal links', () => {
    const markdown = 'See <https://example.org/a> or https://example.org/b, then [Purpose first](#purpose-first).';
    assert.equal(markdownToPlainText(markdown).text, 'See  or , then Purpose first.');
  });

  it('keeps underscores inside words but drops emphasis underscores', () => {
    assert.equal(markdownToPlainText('An _important_ snake_case word').text, 'An important snake_case word');
  });

  it('makes each list item and heading a paragraph of its own', () => {
    const markdown = '### Steps\n\nYou:\n\n- agree the outcome\n- protect a little time\n1. thank people';
    assert.equal(
      markdownToPlainText(markdown).text,
      'Steps\n\nYou:\n\nagree the outcome\n\nprotect a little time\n\nthank people',
    );
  });

  it('joins the lines of a paragraph and drops fenced code', () => {
    const markdown = 'One line\nand the next.\n\n```\nnot checked\n```\n\nAfter.';
    assert.equal(markdownToPlainText(markdown).text, 'One line\nand the next.\n\nAfter.');
  });

  it('maps every word back to where it was written', () => {
    const markdown = 'Read **Streamlning** and [the gide](https://x.org) `code`\n- a *list* item\n';
    assert.equal(sourceOfWord(markdown, 'Streamlning'), 'Streamlning');
    assert.equal(sourceOfWord(markdown, 'gide'), 'gide');
    assert.equal(sourceOfWord(markdown, 'list'), 'list');
    assert.equal(sourceOfWord(markdown, 'item'), 'item');
  });
});
