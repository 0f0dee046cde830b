/**
 * The preview's three inspector panels, in plain DOM: problems reported (a live region), the
 * current data model (a table), and the log of API calls (a table, newest last).
 */
import { h, shorten, stickToEnd } from './dom.js';
import type { ApiCall, LmsMessage } from './lms.js';

/** Rows kept on screen in the call log; the testing hook keeps every call. */
export const maxLogRows = 2000;

function messageText(message: LmsMessage): string {
  const where = message.callIndex === undefined ? `launch ${message.launch}` : `call #${message.callIndex}`;
  const source = message.source === 'preview' ? 'Preview' : 'scorm-again';
  return `${source} (${where}): ${message.text}`;
}

export class MessagesPanel {
  readonly element: HTMLElement;
  private readonly errorList: HTMLOListElement;
  private readonly warningList: HTMLOListElement;
  private readonly errorCount: HTMLElement;
  private readonly warningCount: HTMLElement;
  private readonly noErrors: HTMLElement;
  private readonly warnings: HTMLDetailsElement;
  private errors = 0;
  private warningTotal = 0;

  constructor(idPrefix: string) {
    const headingId = `${idPrefix}-errors-heading`;
    this.errorCount = h('span', { class: 'count' }, '0');
    this.warningCount = h('span', { class: 'count' }, '0');
    this.noErrors = h('p', { class: 'empty' }, 'No errors reported.');
    this.errorList = h('ol', { class: 'messages errors' });
    this.warningList = h('ol', { class: 'messages warnings' });
    this.warnings = h(
      'details',
      { class: 'warnings-block' },
      h('summary', {}, 'Warnings (', this.warningCount, ')'),
      h('p', { class: 'hint' }, 'Not errors in themselves: for example a GetValue of an element that has no value yet.'),
      this.warningList,
    );
    this.element = h(
      'section',
      { class: 'panel messages-panel' },
      h('h2', { id: headingId }, 'Errors (', this.errorCount, ')'),
      // Additions are announced at once: an error is what an author most needs to hear about.
      h('div', { class: 'error-region', role: 'log', 'aria-live': 'assertive', 'aria-relevant': 'additions', 'aria-labelledby': headingId }, this.noErrors, this.errorList),
      this.warnings,
    );
  }

  get errorTotal(): number {
    return this.errors;
  }

  add(message: LmsMessage): void {
    const item = h('li', { class: message.level }, messageText(message));
    if (message.level === 'error') {
      this.errors += 1;
      this.errorCount.textContent = String(this.errors);
      this.noErrors.hidden = true;
      this.element.classList.add('has-errors');
      this.errorList.append(item);
    } else {
      this.warningTotal += 1;
      this.warningCount.textContent = String(this.warningTotal);
      this.warningList.append(item);
    }
  }
}

export class CmiTablePanel {
  readonly element: HTMLElement;
  private readonly body: HTMLTableSectionElement;
  private readonly caption: HTMLTableCaptionElement;
  private readonly rows = new Map<string, { row: HTMLTableRowElement; value: HTMLTableCellElement; text: string }>();

  constructor(idPrefix: string) {
    const headingId = `${idPrefix}-cmi-heading`;
    this.body = h('tbody');
    this.caption = h('caption', {}, 'No course launched yet.');
    this.element = h(
      'section',
      { class: 'panel cmi-panel' },
      h('h2', { id: headingId }, 'Data model (CMI)'),
      h(
        'div',
        { class: 'scroller', tabindex: 0, role: 'region', 'aria-labelledby': headingId },
        h(
          'table',
          { class: 'cmi-table' },
          this.caption,
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Element'), h('th', { scope: 'col' }, 'Value'))),
          this.body,
        ),
      ),
    );
  }

  /** Shows `values`, marking the rows whose value changed since the last update. */
  update(values: ReadonlyMap<string, string>, caption: string): void {
    this.caption.textContent = caption;
    for (const [element, entry] of this.rows) {
      if (!values.has(element)) {
        entry.row.remove();
        this.rows.delete(element);
      }
    }
    let previous: HTMLTableRowElement | undefined;
    for (const [element, text] of values) {
      let entry = this.rows.get(element);
      if (!entry) {
        const value = h('td', {}, shorten(text));
        const row = h('tr', { 'data-element': element }, h('th', { scope: 'row' }, element), value);
        entry = { row, value, text };
        this.rows.set(element, entry);
        row.classList.add('changed');
      } else if (entry.text !== text) {
        entry.text = text;
        entry.value.textContent = shorten(text);
        entry.row.classList.add('changed');
      } else {
        entry.row.classList.remove('changed');
      }
      // Keep scorm-again's order: insert new rows after the previous element.
      const expectedNext: ChildNode | null = previous ? previous.nextSibling : this.body.firstChild;
      if (expectedNext !== entry.row) this.body.insertBefore(entry.row, expectedNext);
      previous = entry.row;
    }
  }

  /** The value shown for `element`, in full. */
  valueOf(element: string): string | undefined {
    return this.rows.get(element)?.text;
  }
}

export class CallLogPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLTableSectionElement;
  private readonly scroller: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly pending: HTMLTableRowElement[] = [];
  private calls = 0;
  private failed = 0;

  constructor(idPrefix: string) {
    const headingId = `${idPrefix}-calls-heading`;
    this.body = h('tbody');
    this.summary = h('p', { class: 'summary' }, 'No calls yet.');
    this.scroller = h(
      'div',
      { class: 'scroller', tabindex: 0, role: 'region', 'aria-labelledby': headingId },
      h(
        'table',
        { class: 'call-table' },
        h('caption', { class: 'visually-hidden' }, 'Every API call the course made, oldest first'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, '#'),
            h('th', { scope: 'col' }, 'Method'),
            h('th', { scope: 'col' }, 'Arguments'),
            h('th', { scope: 'col' }, 'Returned'),
            h('th', { scope: 'col' }, 'Error'),
          ),
        ),
        this.body,
      ),
    );
    this.element = h('section', { class: 'panel calls-panel' }, h('h2', { id: headingId }, 'API calls'), this.summary, this.scroller);
  }

  /** A row introducing a launch of the course. */
  addLaunch(text: string): void {
    this.queue(h('tr', { class: 'launch' }, h('td', { colspan: 5 }, text)));
  }

  add(call: ApiCall): void {
    this.calls += 1;
    if (call.errorCode !== 0) this.failed += 1;
    this.summary.textContent = `${this.calls} ${this.calls === 1 ? 'call' : 'calls'}, ${this.failed} with an error code.`;
    const error = call.errorCode === 0 ? '' : `${call.errorCode}: ${call.errorText}`;
    this.queue(
      h(
        'tr',
        { class: call.errorCode === 0 ? 'call' : 'call failed', 'data-method': call.method },
        h('th', { scope: 'row' }, String(call.index)),
        h('td', {}, h('code', {}, call.method)),
        h('td', {}, h('code', {}, shorten(call.args.map((argument) => JSON.stringify(argument)).join(', ')))),
        h('td', {}, h('code', {}, shorten(JSON.stringify(call.result)))),
        h('td', {}, error),
      ),
    );
  }

  /** Puts queued rows on screen now (they otherwise appear once the current burst of calls ends). */
  flush(): void {
    if (this.pending.length === 0) return;
    const rows = this.pending.splice(0);
    stickToEnd(this.scroller, () => {
      this.body.append(...rows);
      this.trim();
    });
  }

  // A course makes calls in bursts; measuring the scroll position once per burst keeps a long log fast.
  private queue(row: HTMLTableRowElement): void {
    this.pending.push(row);
    if (this.pending.length === 1) queueMicrotask(() => this.flush());
  }

  private trim(): void {
    while (this.body.rows.length > maxLogRows) this.body.rows[0]?.remove();
  }
}
