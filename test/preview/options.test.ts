import { expect } from '@open-wc/testing';
import { packageUrl, readPreviewOptions, resolveContentUrl, urlWithStandard } from '../../src/preview/options.js';

const page = 'http://localhost:8000/preview/index.html';

describe('preview address', () => {
  it('runs SCORM 2004 and its built package unless asked otherwise', () => {
    expect(readPreviewOptions(page)).to.deep.equal({ standard: 'scorm2004', contentOverride: undefined, problems: [] });
    expect(readPreviewOptions(`${page}?standard=scorm12`).standard).to.equal('scorm12');
    expect(packageUrl('scorm12')).to.equal('../scorm12/index.html');
    expect(new URL(packageUrl('scorm2004'), page).pathname).to.equal('/scorm2004/index.html');
  });

  it('reports an unknown standard and falls back to 2004', () => {
    const options = readPreviewOptions(`${page}?standard=aicc`);
    expect(options.standard).to.equal('scorm2004');
    expect(options.problems[0]).to.contain('Unknown ?standard=aicc');
  });

  it('accepts relative content on this site only', () => {
    for (const ok of ['../test-sco/index.html', 'sco.html?x=1', '/test/preview/fixtures/test-sco.html', './a b.html']) {
      const result = resolveContentUrl(ok, page);
      expect(result.ok, ok).to.equal(true);
    }
    const resolved = resolveContentUrl('../test-sco/index.html', page);
    expect(resolved.ok && resolved.url.href).to.equal('http://localhost:8000/test-sco/index.html');
    for (const bad of ['https://example.com/sco.html', '//example.com/sco.html', 'javascript:alert(1)', 'data:text/html,x', ' JavaScript:alert(1)', '\\\\example.com/x', '/\\example.com', '', '  ', 'a\u0000b', 'blob:http://localhost:8000/x']) {
      expect(resolveContentUrl(bad, page).ok, JSON.stringify(bad)).to.equal(false);
    }
  });

  it('reports rejected content and runs the package instead', () => {
    const options = readPreviewOptions(`${page}?content=${encodeURIComponent('https://example.com/sco.html')}`);
    expect(options.contentOverride).to.equal(undefined);
    expect(options.problems[0]).to.contain('must be relative');
    expect(readPreviewOptions(`${page}?content=../test-sco/index.html`).contentOverride).to.equal('../test-sco/index.html');
  });

  it('keeps the other parameters when switching standard', () => {
    expect(urlWithStandard(`${page}?content=..%2Fx.html&standard=scorm2004`, 'scorm12')).to.equal(`${page}?content=..%2Fx.html&standard=scorm12`);
  });
});
