import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderInlineMarkdown, renderMarkdown } from '../../src/build/content/markdown-render.js';

describe('rendering Markdown', () => {
  it('renders CommonMark with UK curly quotes', () => {
    assert.equal(renderMarkdown(`It's "simple".`), '<p>It’s “simple”.</p>');
    assert.equal(renderMarkdown('- one\n- two'), '<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    assert.equal(renderMarkdown('### Heading'), '<h3>Heading</h3>');
    assert.equal(renderMarkdown('```\n<b>code</b>\n```'), '<pre><code>&lt;b&gt;code&lt;/b&gt;\n</code></pre>');
  });

  it('renders inline fields without a paragraph', () => {
    assert.equal(renderInlineMarkdown('Some *emphasis*'), 'Some <em>emphasis</em>');
  });

  it('shows raw HTML as text rather than markup', () => {
    assert.equal(renderMarkdown('a <b class=x>b</b>'), '<p>a &lt;b class=x&gt;b&lt;/b&gt;</p>');
  });

  it('never produces a javascript: link', () => {
    const html = renderMarkdown('[x](javascript:alert(1)) and <javascript:alert(1)>');
    assert.equal(html.includes('href'), false);
  });

  it('opens external links in a new tab and leaves #id links alone', () => {
    assert.equal(
      renderInlineMarkdown('[a](https://example.org) [b](#page-id)'),
      '<a href="https://example.org" target="_blank" rel="noopener noreferrer">a</a> <a href="#page-id">b</a>',
    );
  });

  it('strips anything outside the allow-list, keeping its text', () => {
    assert.equal(renderMarkdown('# Big'), 'Big');
    assert.equal(renderMarkdown('![alt](https://example.org/x.png)'), '<p></p>');
    assert.equal(renderMarkdown('[a](https://example.org "title")'), '<p><a href="https://example.org" target="_blank" rel="noopener noreferrer">a</a></p>');
  });

  it('keeps tables, with only text alignment as style', () => {
    const html = renderMarkdown('| a | b |\n|:-:|---|\n| 1 | 2 |');
    assert.equal(
      html,
      '<table>\n<thead>\n<tr>\n<th style="text-align:center">a</th>\n<th>b</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td style="text-align:center">1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>',
    );
  });
});
