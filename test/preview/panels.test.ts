import { expect } from '@open-wc/testing';
import type { ApiCall, LmsMessage } from '../../src/preview/lms.js';
import { CallLogPanel, CmiTablePanel, MessagesPanel, maxLogRows } from '../../src/preview/panels.js';

function call(overrides: Partial<ApiCall> = {}): ApiCall {
  return { index: 1, launch: 1, method: 'SetValue', args: ['cmi.location', 'page-2'], result: 'true', errorCode: 0, errorText: '', elapsedMs: 5, ...overrides };
}

function message(overrides: Partial<LmsMessage> = {}): LmsMessage {
  return { level: 'error', source: 'scorm-again', text: 'SCORM Error 405: Incorrect Data Type [Element: cmi.completion_status]', launch: 1, callIndex: 3, ...overrides };
}

function mount(element: HTMLElement): HTMLElement {
  const holder = document.createElement('main');
  holder.append(element);
  document.body.append(holder);
  return holder;
}

describe('preview panels', () => {
  let holder: HTMLElement | undefined;
  afterEach(() => holder?.remove());

  describe('call log', () => {
    it('shows each call with its method, arguments, return value and error', async () => {
      const panel = new CallLogPanel('t1');
      holder = mount(panel.element);
      panel.addLaunch('Launch 1: SCORM 2004, cmi.entry "ab-initio"');
      panel.add(call({ index: 1, method: 'Initialize', args: [''], result: 'true' }));
      panel.add(call({ index: 2 }));
      panel.add(call({ index: 3, method: 'SetValue', args: ['cmi.completion_status', 'done'], result: 'false', errorCode: 406, errorText: 'Data Model Element Type Mismatch' }));
      expect(panel.element.querySelectorAll('tbody tr').length, 'rows wait for the end of the burst').to.equal(0);
      await Promise.resolve();

      const headers = [...panel.element.querySelectorAll('thead th')].map((th) => th.textContent);
      expect(headers).to.deep.equal(['#', 'Method', 'Arguments', 'Returned', 'Error']);
      const rows = [...panel.element.querySelectorAll('tbody tr.call')].map((row) => [...row.children].map((cell) => cell.textContent));
      expect(rows).to.deep.equal([
        ['1', 'Initialize', '""', '"true"', ''],
        ['2', 'SetValue', '"cmi.location", "page-2"', '"true"', ''],
        ['3', 'SetValue', '"cmi.completion_status", "done"', '"false"', '406: Data Model Element Type Mismatch'],
      ]);
      expect(panel.element.querySelector('tbody tr.failed th')?.textContent).to.equal('3');
      expect(panel.element.querySelector('tr.launch')?.textContent).to.contain('Launch 1');
      expect(panel.element.querySelector('.summary')?.textContent).to.equal('3 calls, 1 with an error code.');
      await expect(holder).to.be.accessible();
    });

    it('shortens long values and keeps only the latest rows on screen', () => {
      const panel = new CallLogPanel('t2');
      holder = mount(panel.element);
      panel.add(call({ args: ['cmi.suspend_data', 'x'.repeat(5000)] }));
      panel.flush();
      expect(panel.element.querySelector('tbody tr td:nth-child(3)')?.textContent).to.contain('characters in all');
      for (let index = 2; index <= maxLogRows + 10; index += 1) {
        panel.add(call({ index }));
        if (index % 500 === 0) panel.flush();
      }
      panel.flush();
      const rows = panel.element.querySelectorAll('tbody tr');
      expect(rows.length).to.equal(maxLogRows);
      expect(rows[rows.length - 1]?.querySelector('th')?.textContent).to.equal(String(maxLogRows + 10));
    });
  });

  describe('data model table', () => {
    it('lists every element with its value under column headers, in order', async () => {
      const panel = new CmiTablePanel('t3');
      holder = mount(panel.element);
      panel.update(
        new Map([
          ['cmi.completion_status', 'unknown'],
          ['cmi.entry', 'ab-initio'],
          ['cmi.location', ''],
        ]),
        'Launch 1, before Initialize',
      );
      expect([...panel.element.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')])).to.deep.equal([
        ['Element', 'col'],
        ['Value', 'col'],
      ]);
      expect(panel.element.querySelector('caption')?.textContent).to.equal('Launch 1, before Initialize');
      const rows = () => [...panel.element.querySelectorAll('tbody tr')].map((row) => [row.querySelector('th')?.textContent, row.querySelector('td')?.textContent]);
      expect(rows()).to.deep.equal([
        ['cmi.completion_status', 'unknown'],
        ['cmi.entry', 'ab-initio'],
        ['cmi.location', ''],
      ]);
      await expect(holder).to.be.accessible();

      panel.update(
        new Map([
          ['cmi.completion_status', 'incomplete'],
          ['cmi.entry', 'ab-initio'],
          ['cmi.interactions.0.id', 'q1'],
          ['cmi.location', 'page-2'],
        ]),
        'Launch 1, session open',
      );
      expect(rows()).to.deep.equal([
        ['cmi.completion_status', 'incomplete'],
        ['cmi.entry', 'ab-initio'],
        ['cmi.interactions.0.id', 'q1'],
        ['cmi.location', 'page-2'],
      ]);
      const changed = [...panel.element.querySelectorAll('tbody tr.changed')].map((row) => row.getAttribute('data-element'));
      expect(changed).to.deep.equal(['cmi.completion_status', 'cmi.interactions.0.id', 'cmi.location']);
      expect(panel.valueOf('cmi.location')).to.equal('page-2');

      panel.update(new Map([['cmi.entry', 'resume']]), 'Launch 2');
      expect(rows()).to.deep.equal([['cmi.entry', 'resume']]);
    });

    it('scrolls in a labelled region that the keyboard can reach', () => {
      const panel = new CmiTablePanel('t4');
      holder = mount(panel.element);
      const region = panel.element.querySelector('[role="region"]')!;
      expect(region.getAttribute('tabindex')).to.equal('0');
      expect(document.getElementById(region.getAttribute('aria-labelledby')!)?.textContent).to.equal('Data model (CMI)');
    });
  });

  describe('errors', () => {
    it('says there are none, then lists errors in an assertive live region and counts them', async () => {
      const panel = new MessagesPanel('t5');
      holder = mount(panel.element);
      const region = panel.element.querySelector('.error-region')!;
      expect(region.getAttribute('aria-live')).to.equal('assertive');
      expect(panel.element.textContent).to.contain('No errors reported.');
      await expect(holder).to.be.accessible();

      panel.add(message());
      panel.add(message({ level: 'warning', text: 'SCORM Error 403: not initialized', callIndex: 4 }));
      panel.add(message({ source: 'preview', text: 'Could not store the record', callIndex: undefined, launch: 2 }));

      expect(panel.errorTotal).to.equal(2);
      expect(panel.element.querySelector('h2')?.textContent).to.equal('Errors (2)');
      expect(panel.element.classList.contains('has-errors')).to.equal(true);
      expect((panel.element.querySelector('.empty') as HTMLElement).hidden).to.equal(true);
      const errors = [...region.querySelectorAll('li')].map((item) => item.textContent);
      expect(errors).to.deep.equal([
        'scorm-again (call #3): SCORM Error 405: Incorrect Data Type [Element: cmi.completion_status]',
        'Preview (launch 2): Could not store the record',
      ]);
      expect(panel.element.querySelector('details summary')?.textContent).to.equal('Warnings (1)');
      expect(panel.element.querySelector('.warnings li')?.textContent).to.contain('403');
      await expect(holder).to.be.accessible();
    });
  });
});
