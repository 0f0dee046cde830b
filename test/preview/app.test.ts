import { expect } from '@open-wc/testing';
import { mountPreview, testScoPath, waitFor, type MountedPreview } from './helpers.js';

const withTestSco = `?content=${encodeURIComponent(testScoPath)}`;

function cmiCell(preview: MountedPreview, element: string): string | null | undefined {
  return preview.root.querySelector(`.cmi-table tr[data-element="${element}"] td`)?.textContent;
}

function button(preview: MountedPreview, name: string): HTMLButtonElement {
  return [...preview.root.querySelectorAll('button')].find((candidate) => candidate.textContent === name)!;
}

describe('preview LMS page', () => {
  let preview: MountedPreview | undefined;
  afterEach(() => {
    preview?.remove();
    preview = undefined;
  });

  it('runs the SCO with window.API_1484_11 by default and shows its calls and data', async () => {
    preview = await mountPreview(withTestSco);
    const host = window as unknown as Record<string, unknown>;
    expect(host['API_1484_11']).to.equal(preview.app.session?.api);
    expect(host['API']).to.equal(undefined);
    expect(preview.frame().getAttribute('src')).to.equal(`${location.origin}${testScoPath}`);
    expect(preview.frame().title).to.equal('Course (SCORM 2004)');

    const sco = await preview.sco();
    expect(sco.standard).to.equal('scorm2004');
    expect(sco.started).to.deep.equal({ initialized: true, entry: 'ab-initio', location: '', suspendData: '', name: 'Sam Taylor' });

    sco.set('cmi.location', 'page-4');
    sco.set('cmi.score.raw', '7');
    await waitFor(() => cmiCell(preview!, 'cmi.location') === 'page-4', 'the table to show cmi.location');
    expect(cmiCell(preview, 'cmi.score.raw')).to.equal('7');
    expect(cmiCell(preview, 'cmi.learner_name')).to.equal('Sam Taylor');

    const methods = preview.app.hook.calls.map((call) => call.method);
    expect(methods.slice(0, 2)).to.deep.equal(['Initialize', 'GetValue']);
    const rows = [...preview.root.querySelectorAll('.call-table tbody tr.call')];
    expect(rows.length).to.equal(preview.app.hook.calls.length);
    expect(rows.at(-1)?.textContent).to.contain('"cmi.score.raw", "7"');
    expect(preview.root.querySelector('.launch-info')?.textContent).to.contain('cmi.entry "ab-initio"');
    expect(preview.app.hook.errors).to.deep.equal([]);
  });

  it('shows scorm-again errors prominently, in the log and in the live region', async () => {
    preview = await mountPreview(withTestSco);
    const sco = await preview.sco();
    expect(sco.set('cmi.completion_status', 'finished')).to.equal('false');
    expect(sco.lastError()).to.equal('406');
    await waitFor(() => preview!.root.querySelector('.call-table tr.failed[data-method="SetValue"]'), 'the failed call in the log');
    expect(preview.root.querySelector('.call-table tr.failed[data-method="SetValue"] td:last-child')?.textContent).to.equal('406: Data Model Element Type Mismatch');
    const errors = [...preview.root.querySelectorAll('.error-region li')].map((item) => item.textContent);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('SCORM Error 406');
    expect(preview.app.hook.errors.map((error) => error.source)).to.deep.equal(['scorm-again']);
    const badge = preview.root.querySelector('.error-badge') as HTMLElement;
    expect(badge.hidden).to.equal(false);
    expect(badge.textContent).to.equal('1 error reported: see Errors.');
  });

  it('keeps the record across a relaunch, and New attempt clears it', async () => {
    preview = await mountPreview(withTestSco);
    let sco = await preview.sco();
    expect(sco.save('page-7', 'state-7')).to.equal('true');
    const stored = preview.app.hook.record();
    expect(stored?.cmi).to.include({ location: 'page-7', suspend_data: 'state-7', exit: 'suspend' });
    expect([...preview.storage.items.keys()]).to.deep.equal(['leading-innovation:preview-lms:scorm2004']);

    button(preview, 'Relaunch').click();
    await waitFor(() => preview!.app.launches === 2, 'the relaunch');
    await preview.app.ready;
    sco = await preview.sco();
    expect(sco.started).to.include({ entry: 'resume', location: 'page-7', suspendData: 'state-7' });
    // The first launch terminated as its page unloaded.
    expect(preview.app.hook.calls.filter((call) => call.launch === 1).map((call) => call.method)).to.include('Terminate');
    expect(preview.root.querySelector('[role="status"]')?.textContent).to.equal('Relaunched the course on the stored record.');

    button(preview, 'New attempt').click();
    await waitFor(() => preview!.app.launches === 3, 'the new attempt');
    await preview.app.ready;
    sco = await preview.sco();
    expect(sco.started).to.include({ entry: 'ab-initio', location: '', suspendData: '' });
    expect(preview.app.hook.record()).to.equal(undefined);
    expect(preview.app.hook.errors).to.deep.equal([]);
  });

  it('warns when the course is unloaded without Terminate and keeps only what was committed', async () => {
    preview = await mountPreview(withTestSco);
    let sco = await preview.sco();
    sco.save('page-1', 'one');
    sco.set('cmi.location', 'page-2');
    (preview.frame().contentWindow as Window & { testScoSkipTerminate?: boolean }).testScoSkipTerminate = true;
    await preview.app.relaunch();
    expect(preview.app.hook.warnings.map((warning) => warning.text)).to.include(
      'The course was unloaded without calling Terminate: an LMS keeps only what was stored by the last Commit.',
    );
    sco = await preview.sco();
    expect(sco.started.location).to.equal('page-1');
  });

  it('switches to SCORM 1.2 and back, each with its own record', async () => {
    preview = await mountPreview(withTestSco);
    (await preview.sco()).save('p2004', 'x');
    const radio = preview.root.querySelector<HTMLInputElement>('input[value="scorm12"]')!;
    expect(preview.root.querySelector(`label[for="${radio.id}"]`)?.textContent).to.equal('SCORM 1.2');
    radio.click();
    await waitFor(() => preview!.app.standard === 'scorm12' && preview!.app.launches === 2, 'the switch');
    await preview.app.ready;
    const host = window as unknown as Record<string, unknown>;
    expect(host['API']).to.equal(preview.app.session?.api);
    expect(host['API_1484_11']).to.equal(undefined);
    expect(preview.addresses.at(-1)).to.contain('standard=scorm12');
    expect(preview.addresses.at(-1)).to.contain(`content=${encodeURIComponent(testScoPath)}`);
    let sco = await preview.sco();
    expect(sco.standard).to.equal('scorm12');
    expect(sco.started).to.include({ entry: 'ab-initio', name: 'Taylor, Sam' });
    sco.save('p12', 'y');
    await waitFor(() => cmiCell(preview!, 'cmi.core.lesson_location') === 'p12', 'the 1.2 table');
    expect(preview.frame().title).to.equal('Course (SCORM 1.2)');

    await preview.app.switchStandard('scorm2004');
    sco = await preview.sco();
    expect(sco.started).to.include({ entry: 'resume', location: 'p2004' });
    expect(preview.storage.items.size).to.equal(2);
  });

  it('exports the record as JSON', async () => {
    preview = await mountPreview(withTestSco);
    const sco = await preview.sco();
    sco.save('page-3', 'three');
    button(preview, 'Export record (JSON)').click();
    expect(preview.downloads).to.have.length(1);
    expect(preview.downloads[0]?.fileName).to.equal('leading-innovation-scorm2004-record.json');
    const record = JSON.parse(preview.downloads[0]!.json);
    expect(record.cmi.location).to.equal('page-3');
    expect(record.standard).to.equal('scorm2004');
    expect(preview.root.querySelector('[role="status"]')?.textContent).to.equal('Exported the record as leading-innovation-scorm2004-record.json.');
  });

  it('refuses content from elsewhere, says so, and runs the package instead', async () => {
    preview = await mountPreview(`?content=${encodeURIComponent('https://example.com/sco.html')}`, { initializeWarningMs: 60_000 });
    expect(preview.frame().getAttribute('src')).to.equal(`${location.origin}/test/preview/fixtures/scorm2004/index.html`);
    expect(preview.app.hook.errors[0]?.text).to.contain('Ignored ?content=https://example.com/sco.html');
    expect(preview.app.hook.errors[0]?.source).to.equal('preview');
    expect(preview.root.querySelector('.launch-info')?.textContent).to.contain('Content: ../scorm2004/index.html');
  });

  it('warns when the package is pinned to the other standard', async () => {
    // fixtures/scorm2004/index.html claims to be a SCORM 1.2 package.
    preview = await mountPreview('', { initializeWarningMs: 60_000 });
    await waitFor(() => preview!.app.hook.warnings.length > 0, 'the warning');
    expect(preview.app.hook.warnings[0]?.text).to.equal('This package is built for scorm12, but the preview offers SCORM 2004.');
  });

  it('reports content that did not load', async () => {
    preview = await mountPreview(`?content=${encodeURIComponent('/test/preview/fixtures/not-html.txt')}`, { initializeWarningMs: 60_000 });
    await waitFor(() => preview!.app.hook.errors.length > 0, 'the error');
    expect(preview.app.hook.errors[0]?.text).to.equal('The course did not load from /test/preview/fixtures/not-html.txt (the server sent text/plain).');
  });

  it('warns when the course never calls Initialize', async () => {
    preview = await mountPreview(`?content=${encodeURIComponent('/test/preview/fixtures/no-sco.html')}`, { initializeWarningMs: 200 });
    await waitFor(() => preview!.app.hook.warnings.length > 0, 'the warning');
    expect(preview.app.hook.warnings[0]?.text).to.equal('The course has not called Initialize within 0.2 seconds of launch.');
  });

  it('is accessible: headings, labelled controls, keyboard-reachable panels, axe-clean', async () => {
    preview = await mountPreview(withTestSco);
    const sco = await preview.sco();
    sco.save('page-1', 'x');
    sco.set('cmi.exit', 'nonsense');
    await waitFor(() => preview!.root.querySelector('.call-table tr.failed'), 'an error in the log');
    const headings = [...preview.root.querySelectorAll('h1, h2')].map((heading) => `${heading.localName} ${heading.textContent}`);
    expect(headings).to.deep.equal(['h1 Leading Innovation: preview LMS', 'h2 Course', 'h2 What the LMS sees', 'h2 Errors (1)', 'h2 Data model (CMI)', 'h2 API calls']);
    expect(preview.root.querySelector('fieldset legend')?.textContent).to.equal('SCORM version');
    for (const scroller of preview.root.querySelectorAll('.scroller')) expect(scroller.getAttribute('tabindex')).to.equal('0');
    await expect(preview.root).to.be.accessible();
  });
});
