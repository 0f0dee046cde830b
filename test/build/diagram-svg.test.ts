import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkSvg, diagramTexts } from '../../src/build/content/svg-checks.js';
import { renderSvg } from '../../src/build/content/svg-render.js';
import { parseXml, positionInText } from '../../src/build/content/svg-xml.js';

/** `line:column code` for each finding, as an author would read them. */
function findings(svg: string): string[] {
  return checkSvg(svg).findings.map((finding) => {
    if (finding.offset === undefined) return `block ${finding.code}`;
    const { line, column } = positionInText(svg, finding.offset);
    return `${line}:${column} ${finding.code}`;
  });
}

/** Renders markup the checks need not have passed: the sanitiser must stand on its own. */
function sanitise(svg: string, idPrefix = 'page-d0-', label = 'A diagram'): string {
  const { nodes, error } = parseXml(svg);
  assert.equal(error, undefined);
  const root = nodes.find((node) => node.type === 'element');
  assert.ok(root?.type === 'element');
  return renderSvg(root, { idPrefix, label });
}

describe('reading SVG', () => {
  it('reports the first well-formedness error at its line and column', () => {
    const cases: [string, string][] = [
      ['<svg viewBox="0 0 1 1">\n  <g>\n</svg>', '3:1'],
      ['<svg viewBox="0 0 1 1">\n  <rect width="1\n', '2:9'],
      ['<svg viewBox="0 0 1 1"><text>A & B</text></svg>', '1:32'],
      ['<svg viewBox="0 0 1 1"><text>&nbsp;</text></svg>', '1:30'],
      ['<svg viewBox="0 0 1 1"><rect x="1" x="2"/></svg>', '1:36'],
      ['<svg viewBox="0 0 1 1"><rect x="1"y="2"/></svg>', '1:35'],
      ['<svg viewBox="0 0 1 1">\n  <g>', '2:3'],
      ['<svg viewBox="0 0 1 1"></svg></g>', '1:30'],
      ['<svg viewBox="0 0 1 1"><!-- never closed', '1:24'],
    ];
    for (const [svg, at] of cases) {
      assert.deepEqual(findings(svg), [`${at} invalid-svg`], svg);
    }
    assert.match(checkSvg('<svg viewBox="0 0 1 1">\n  <g>\n</svg>').findings[0]?.message ?? '', /<\/svg> does not match <g> \(line 2\)/);
  });

  it('skips the XML declaration, doctype, comments and CDATA markers, and decodes entities', () => {
    const svg =
      '<?xml version="1.0"?>\n<!DOCTYPE svg [ <!ENTITY x "y"> ]>\n<!-- a note -->\n' +
      '<svg viewBox="0 0 1 1"><text>a &amp; b &#x2192; <![CDATA[<c>]]></text></svg>';
    const checked = checkSvg(svg);
    assert.deepEqual(checked.findings, []);
    assert.ok(checked.root);
    assert.deepEqual(diagramTexts(checked.root), [{ text: 'a & b → <c>', offset: svg.indexOf('<text>') }]);
  });
});

describe('checking a diagram', () => {
  it('accepts a diagram drawn with classes, markers and local references', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">' +
      '<defs><marker id="m"><path d="M0 0" fill="currentColor"/></marker></defs>' +
      '<path d="M0 0 L9 9" class="li-stroke-accent" fill="none" stroke="CurrentColor" marker-end="url(#m)"/>' +
      '<use href="#m" fill="transparent"/></svg>';
    assert.deepEqual(findings(svg), []);
  });

  it('needs an <svg> root with a viewBox, and nothing outside it', () => {
    assert.deepEqual(findings('<html><body/></html>'), ['1:1 invalid-svg']);
    assert.deepEqual(findings('<?xml version="1.0"?>\n'), ['block invalid-svg']);
    assert.deepEqual(findings('<svg width="40px" height="20"/>'), ['1:1 svg-no-viewbox']);
    assert.match(checkSvg('<svg width="40px" height="20"/>').findings[0]?.message ?? '', /add viewBox="0 0 40 20"/);
    assert.deepEqual(findings('<svg viewBox="0 0 1 1"/>\n<svg viewBox="0 0 1 1"/>'), ['2:1 invalid-svg']);
    assert.deepEqual(findings('<svg viewBox="0 0 1 1"/> stray'), ['1:25 invalid-svg']);
  });

  it('rejects unsafe elements and attributes whatever their case or prefix', () => {
    const svg = [
      '<svg viewBox="0 0 1 1" xmlns:svg="http://www.w3.org/2000/svg">',
      '  <SCRIPT/><svg:script/><foreignobject/><Image/>',
      '  <rect ONLOAD="x()" Style="fill:red"/>',
      '  <use xlink:href="data:image/svg+xml,x"/><use href=" https://x.example/#a"/>',
      '  <path marker-start="url(https://x.example/#m)" marker-mid="none"/>',
      '</svg>',
    ].join('\n');
    assert.deepEqual(findings(svg), [
      '2:3 svg-unsafe-element',
      '2:12 svg-unsafe-element',
      '2:25 svg-unsafe-element',
      '2:41 svg-unsafe-element',
      '3:9 svg-event-handler',
      '3:22 svg-style-attribute',
      '4:8 svg-external-link',
      '4:48 svg-external-link',
      '5:9 svg-external-link',
    ]);
  });

  it('rejects hard-coded colours and li-* classes the theme does not style', () => {
    const svg =
      '<svg viewBox="0 0 1 1"><rect fill="#fff" stroke="rgb(0,0,0)" stop-color="red" color="inherit"/>' +
      '<rect class="li-fill-primary li-fill-purple other-class"/><rect fill="url(#g)"/></svg>';
    assert.deepEqual(findings(svg), [
      '1:30 svg-hard-coded-colour',
      '1:42 svg-hard-coded-colour',
      '1:62 svg-hard-coded-colour',
      '1:79 svg-hard-coded-colour',
      '1:102 svg-unknown-class',
      '1:160 svg-hard-coded-colour',
    ]);
    assert.match(checkSvg(svg).findings[4]?.message ?? '', /class "li-fill-purple" is not one of the diagram colour classes/);
  });
});

describe('sanitising a diagram', () => {
  it('keeps only allowed elements and attributes, dropping anything unknown with its content', () => {
    const svg = sanitise(
      '<svg viewBox="0 0 10 10" width="100" height="100" preserveAspectRatio="xMidYMid meet" onload="x()">' +
        '<script>alert(1)</script><style>*{}</style><foreignObject><p>hi</p></foreignObject>' +
        '<a href="javascript:x()"><rect width="1" height="1"/></a>' +
        '<rect width="2" height="2" fill="#f00" stroke="none" style="x" onclick="y()" clip-path="url(#c)" data-x="1" class="li-fill-accent other"/>' +
        '<animate attributeName="href" to="javascript:x()"/><set attributeName="onclick"/>' +
        '<image href="https://x.example/a.png"/><clipPath id="c"><rect width="1" height="1"/></clipPath>' +
        'stray text<g>loose text<text x="1">Kept &lt;text&gt;</text></g>' +
        '<use href="https://x.example/#a"/><path marker-end="url(https://x.example/#m)" d="M0 0"/>' +
        '</svg>',
    );
    assert.equal(
      svg,
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" preserveAspectRatio="xMidYMid meet" ' +
        'role="img" aria-label="A diagram" focusable="false">' +
        '<rect width="2" height="2" stroke="none" class="li-fill-accent"/>' +
        '<g><text x="1">Kept &lt;text&gt;</text></g>' +
        '<use/><path d="M0 0"/>' +
        '</svg>',
    );
  });

  it('prefixes every id and #id reference, so two diagrams on a page never share an id', () => {
    const markup =
      '<svg viewBox="0 0 1 1" id="root"><defs><marker id="arrow"/></defs>' +
      '<path id="p" marker-start="url(#arrow)" marker-end="url(\'#arrow\')" marker-mid="none"/>' +
      '<use xlink:href="#p"/><use href="#p"/></svg>';
    assert.equal(
      sanitise(markup, 'why-d1-'),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" id="why-d1-root" role="img" aria-label="A diagram" focusable="false">' +
        '<defs><marker id="why-d1-arrow"/></defs>' +
        '<path id="why-d1-p" marker-start="url(#why-d1-arrow)" marker-end="url(#why-d1-arrow)" marker-mid="none"/>' +
        '<use href="#why-d1-p"/><use href="#why-d1-p"/></svg>',
    );
  });

  it('names the diagram by its alt text, escaped, and keeps colour keywords only', () => {
    const svg = sanitise(
      '<svg viewBox="0 0 1 1"><rect fill="CURRENTCOLOR" stroke="transparent"/><rect fill="red"/></svg>',
      'p-d0-',
      'Say "hi" & <go>',
    );
    assert.ok(svg.includes('aria-label="Say &quot;hi&quot; &amp; &lt;go&gt;"'));
    assert.ok(svg.includes('<rect fill="currentColor" stroke="none"/><rect/>'));
  });
});
