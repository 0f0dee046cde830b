import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkMarkdownFields } from '../../src/build/content/markdown-checks.js';
import { ProblemList } from '../../src/build/content/problems.js';
import { parseYamlFile } from '../../src/build/content/yaml-file.js';

/** Checks one Markdown field written as a literal block; returns `line:column code` per problem. */
function check(markdown: string, options: { inline?: boolean } = {}): { problems: string[]; links: string[] } {
  const text = `note: |\n${markdown
    .split('\n')
    .map((line) => (line ? `  ${line}` : ''))
    .join('\n')}\n`;
  const problems = new ProblemList();
  const file = parseYamlFile('test.yaml', text, problems);
  const links = checkMarkdownFields(file, [{ path: ['note'], markdown: String((file.value as { note: string }).note), inline: options.inline ?? false }], problems);
  return {
    problems: problems.sorted().map((problem) => `${problem.line}:${problem.column} ${problem.code}`),
    links: links.map((link) => `${link.position.line}:${link.position.column} #${link.targetId}`),
  };
}

describe('Markdown safety checks', () => {
  it('rejects raw HTML at the line and column of the tag', () => {
    assert.deepEqual(check('Some <span>text</span>.').problems, ['2:8 raw-html']);
    assert.deepEqual(check('First line\nthen </div> alone').problems, ['3:8 raw-html']);
    assert.deepEqual(check('Hidden <!-- note --> text').problems, ['2:10 raw-html']);
    assert.deepEqual(check('<div>\nblock\n</div>').problems, ['2:3 raw-html']);
  });

  it('names <script> elements and event-handler attributes specifically', () => {
    assert.deepEqual(check('x <SCRIPT>alert(1)</SCRIPT>').problems, ['2:5 script-element']);
    assert.deepEqual(check('x <img src=x onerror="alert(1)">').problems, ['2:16 event-handler-attribute']);
    assert.deepEqual(check('x <a\n  href="#a"\n  onclick=go()>y</a>').problems, ['4:5 event-handler-attribute']);
  });

  it('accepts angle brackets that are not HTML', () => {
    const safe = [
      'Use `<b>` for bold in HTML.',
      '```\n<script>alert(1)</script>\n```',
      'Escaped \\<b> is text.',
      'If a < b and c > d.',
      'See <https://example.org> or <team@example.org>.',
      '``code with ` and <i>``',
    ];
    for (const markdown of safe) assert.deepEqual(check(markdown).problems, [], markdown);
  });

  it('rejects javascript:, vbscript: and data: links however they are written', () => {
    const unsafe = [
      '[x](javascript:alert(1))',
      '[x](JavaScript:alert(1))',
      '[x](&#106;avascript:alert(1))',
      '[x](<javascript:alert(1)>)',
      '<javascript:alert(1)>',
      '[x](vbscript:msgbox)',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '[x][ref]\n\n[ref]: javascript:alert(1)',
    ];
    for (const markdown of unsafe) {
      const { problems } = check(markdown);
      assert.equal(problems.length, 1, markdown);
      assert.match(problems[0] ?? '', /unsafe-url$/, markdown);
    }
    assert.deepEqual(check('Read [this](javascript:void(0)) now').problems, ['2:15 unsafe-url']);
  });

  it('rejects links that lead nowhere, images and top-level headings', () => {
    assert.deepEqual(check('[x](page.html)').problems, ['2:7 unsupported-link']);
    assert.deepEqual(check('![a chart](chart.png)').problems, ['2:3 image-not-supported']);
    assert.deepEqual(check('Intro\n\n# Section').problems, ['4:3 heading-level']);
    assert.deepEqual(check('Intro\n\n#### Section').problems, ['4:3 heading-level']);
    assert.deepEqual(check('## Allowed\n\n### Also allowed').problems, []);
  });

  it('accepts web, email and #id links, returning the #id ones with their positions', () => {
    const result = check('[a](https://example.org) [b](mailto:a@example.org)\nand [c](#some-page) [d][ref]\n\n[ref]: #other');
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.links, ['3:11 #some-page', '5:10 #other']);
  });

  it('checks inline fields too', () => {
    assert.deepEqual(check('An <b>option</b>', { inline: true }).problems, ['2:6 raw-html']);
  });
});
