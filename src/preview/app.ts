/**
 * The preview LMS: runs a SCO in an iframe with scorm-again as the LMS in this window, keeps the
 * learner's record in localStorage, and shows every API call, the data model and every problem.
 */
import { h } from './dom.js';
import { apiGlobalName, LmsSession, loadScormAgain, methodNames, type ApiCall, type LmsMessage, type ScormAgainApi, type ScormAgainApiClass } from './lms.js';
import { packageUrl, readPreviewOptions, standardLabels, standards, urlWithStandard, type ScormStandard } from './options.js';
import { CallLogPanel, CmiTablePanel, MessagesPanel } from './panels.js';
import { RecordStore, sampleLearner, type PreviewRecord, type RecordStorage } from './record-store.js';

/**
 * `window.previewLms`: what end-to-end tests (and curious authors, from the console) can read.
 * Arrays are live: they grow as the course calls the API.
 */
export interface PreviewLmsHook {
  /** The standard being previewed. */
  readonly standard: ScormStandard;
  /** Every API call since the page opened, across launches, oldest first. */
  readonly calls: readonly ApiCall[];
  /** Errors: logged by scorm-again at error level (its source is 'scorm-again'), or hit by the preview itself ('preview'). */
  readonly errors: readonly LmsMessage[];
  /** scorm-again's warnings (such as GetValue of an element with no value yet). */
  readonly warnings: readonly LmsMessage[];
  /** Launches of the course since the page opened (1 after the first). */
  readonly launches: number;
  /** The live scorm-again API object (window.API or window.API_1484_11). */
  readonly api: ScormAgainApi | undefined;
  /** Settles when the last action (launch, relaunch, new attempt, switch) has put the course in its frame. */
  readonly ready: Promise<void>;
  /** The current data model, flattened (`{ 'cmi.location': '…' }`), uncommitted values included. */
  cmi(): Record<string, string>;
  /** The record stored for this standard (as of the last Commit or Terminate), or undefined. */
  record(): PreviewRecord | undefined;
  /** The JSON that "Export record (JSON)" downloads. */
  exportJson(): string;
}

export interface PreviewAppOptions {
  /** Where the interface is drawn. */
  readonly root: HTMLElement;
  /** The window the SCO finds the API object in (its parent). */
  readonly host: Window;
  /** The page address, for `?standard=` and `?content=`. */
  readonly pageUrl: string;
  readonly storage: RecordStorage;
  /** Storage key prefix (tests use their own). */
  readonly keyPrefix?: string;
  /** Records the chosen standard in the address bar. */
  readonly updateAddress?: (url: string) => void;
  /** Ids in the interface start with this, so two previews can share a test page. */
  readonly idPrefix?: string;
  /** How long a launched course may take to call Initialize before the preview warns (ms). */
  readonly initializeWarningMs?: number;
  readonly loadApiClass?: (standard: ScormStandard) => Promise<ScormAgainApiClass>;
  /** Downloads a file; by default through a Blob URL and a link. */
  readonly download?: (fileName: string, json: string) => void;
}

export class PreviewApp {
  readonly calls: ApiCall[] = [];
  readonly errors: LmsMessage[] = [];
  readonly warnings: LmsMessage[] = [];
  readonly hook: PreviewLmsHook;
  standard: ScormStandard;
  launches = 0;
  session: LmsSession | undefined;
  ready: Promise<void> = Promise.resolve();

  private readonly options: PreviewAppOptions;
  private readonly store: RecordStore;
  private readonly contentOverride: string | undefined;
  private pageUrl: string;
  private readonly idPrefix: string;
  private readonly messagesPanel: MessagesPanel;
  private readonly cmiPanel: CmiTablePanel;
  private readonly callPanel: CallLogPanel;
  private readonly frameHolder: HTMLElement;
  private readonly launchInfo: HTMLElement;
  private readonly status: HTMLElement;
  private readonly errorBadge: HTMLElement;
  private readonly radios = new Map<ScormStandard, HTMLInputElement>();
  private frame: HTMLIFrameElement | undefined;
  private refreshQueued = false;
  private initializeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: PreviewAppOptions) {
    this.options = options;
    this.pageUrl = options.pageUrl;
    this.idPrefix = options.idPrefix ?? 'preview';
    this.store = new RecordStore(options.storage, options.keyPrefix);
    const address = readPreviewOptions(options.pageUrl);
    this.standard = address.standard;
    this.contentOverride = address.contentOverride;

    this.messagesPanel = new MessagesPanel(this.idPrefix);
    this.cmiPanel = new CmiTablePanel(this.idPrefix);
    this.callPanel = new CallLogPanel(this.idPrefix);
    this.frameHolder = h('div', { class: 'frame-holder' });
    this.launchInfo = h('p', { class: 'launch-info' }, 'Starting…');
    this.status = h('p', { class: 'status', role: 'status' });
    this.errorBadge = h('p', { class: 'error-badge', hidden: true });
    this.render();
    for (const problem of address.problems) this.report({ level: 'error', source: 'preview', text: problem, callIndex: undefined });

    const app = this;
    this.hook = {
      get standard() {
        return app.standard;
      },
      calls: this.calls,
      errors: this.errors,
      warnings: this.warnings,
      get launches() {
        return app.launches;
      },
      get api() {
        return app.session?.api;
      },
      get ready() {
        return app.ready;
      },
      cmi: () => Object.fromEntries(this.session?.cmiValues() ?? []),
      record: () => this.store.load(this.standard).record,
      exportJson: () => this.exportJson(),
    };
  }

  /** The first launch. */
  start(): Promise<void> {
    return this.enqueue(() => this.launch());
  }

  /** Reloads the course on the stored record. */
  relaunch(): Promise<void> {
    return this.enqueue(async () => {
      await this.unloadCourse();
      await this.launch();
      this.announce('Relaunched the course on the stored record.');
    });
  }

  /** Forgets the stored record and launches a new attempt. */
  newAttempt(): Promise<void> {
    return this.enqueue(async () => {
      await this.unloadCourse();
      this.store.clear(this.standard);
      await this.launch();
      this.announce('Cleared the stored record and started a new attempt.');
    });
  }

  switchStandard(standard: ScormStandard): Promise<void> {
    return this.enqueue(async () => {
      if (standard === this.standard) return;
      await this.unloadCourse();
      this.standard = standard;
      this.radios.get(standard)!.checked = true;
      this.pageUrl = urlWithStandard(this.pageUrl, standard);
      this.options.updateAddress?.(this.pageUrl);
      await this.launch();
      this.announce(`Switched to ${standardLabels[standard]}.`);
    });
  }

  /** The stored record, or (before the course first commits) the record as launched. */
  exportJson(): string {
    const record = this.store.load(this.standard).record ?? this.session?.toRecord(new Date().toISOString());
    return JSON.stringify(record ?? null, null, 2);
  }

  exportRecord(): void {
    const fileName = `leading-innovation-${this.standard}-record.json`;
    (this.options.download ?? downloadJson)(fileName, this.exportJson());
    this.announce(`Exported the record as ${fileName}.`);
  }

  private enqueue(action: () => Promise<void>): Promise<void> {
    const next = this.ready.then(action).catch((error: unknown) => {
      this.report({ level: 'error', source: 'preview', text: `Could not launch: ${error instanceof Error ? error.message : String(error)}`, callIndex: undefined });
    });
    this.ready = next;
    return next;
  }

  private render(): void {
    const prefix = this.idPrefix;
    const switcher = h('fieldset', { class: 'standard-switch' }, h('legend', {}, 'SCORM version'));
    for (const standard of standards) {
      const id = `${prefix}-standard-${standard}`;
      const radio = h('input', { type: 'radio', name: `${prefix}-standard`, id, value: standard });
      radio.checked = standard === this.standard;
      radio.addEventListener('change', () => {
        if (radio.checked) void this.switchStandard(standard);
      });
      this.radios.set(standard, radio);
      switcher.append(h('span', { class: 'choice' }, radio, h('label', { for: id }, standardLabels[standard])));
    }
    const button = (label: string, action: () => unknown, name: string) => {
      const element = h('button', { type: 'button', 'data-action': name }, label);
      element.addEventListener('click', () => void action());
      return element;
    };
    const courseHeading = `${prefix}-course-heading`;
    const inspectorHeading = `${prefix}-inspector-heading`;
    this.options.root.append(
      h(
        'header',
        { class: 'bar' },
        h('h1', {}, 'Leading Innovation: preview LMS'),
        h(
          'p',
          { class: 'intro' },
          `Runs the course as an LMS would (scorm-again), for the sample learner ${sampleLearner.name}. The LMS record is kept in this browser only.`,
        ),
        h(
          'div',
          { class: 'controls' },
          switcher,
          button('New attempt', () => this.newAttempt(), 'new-attempt'),
          button('Relaunch', () => this.relaunch(), 'relaunch'),
          button('Export record (JSON)', () => this.exportRecord(), 'export'),
          // Trainer mode never talks to an LMS, so it opens outside the preview, in its own tab.
          h('a', { class: 'facilitator-link', href: new URL('../web/index.html?mode=facilitator', this.options.pageUrl).href, target: '_blank' }, 'Run a live session (facilitator view)'),
        ),
        this.launchInfo,
        this.errorBadge,
        this.status,
      ),
      h(
        'main',
        { class: 'workspace' },
        h('section', { class: 'course', 'aria-labelledby': courseHeading }, h('h2', { id: courseHeading, class: 'visually-hidden' }, 'Course'), this.frameHolder),
        h(
          'section',
          { class: 'inspector', 'aria-labelledby': inspectorHeading },
          h('h2', { id: inspectorHeading, class: 'visually-hidden' }, 'What the LMS sees'),
          this.messagesPanel.element,
          this.cmiPanel.element,
          this.callPanel.element,
        ),
      ),
    );
  }

  private contentUrl(): string {
    return this.contentOverride ?? packageUrl(this.standard);
  }

  private async launch(): Promise<void> {
    const standard = this.standard;
    const apiClass = await (this.options.loadApiClass ?? loadScormAgain)(standard);
    const stored = this.store.load(standard);
    if (stored.problem) this.report({ level: 'error', source: 'preview', text: stored.problem, callIndex: undefined });
    this.launches += 1;
    const launch = this.launches;
    const session = new LmsSession({
      standard,
      apiClass,
      record: stored.record,
      launch,
      hooks: {
        nextCallIndex: () => this.calls.length + 1,
        onCall: (call) => {
          this.calls.push(call);
          this.callPanel.add(call);
          if (call.method === methodNames[standard].initialize) this.clearInitializeTimer();
          this.queueRefresh();
        },
        onMessage: (message) => this.report({ ...message, launch }),
        onStore: (record) => {
          const problem = this.store.save(record);
          if (problem) this.report({ level: 'error', source: 'preview', text: problem, callIndex: undefined });
        },
      },
    });
    this.session = session;
    const host = this.options.host as unknown as Record<string, unknown>;
    delete host['API'];
    delete host['API_1484_11'];
    host[apiGlobalName[standard]] = session.api;

    const entryElement = standard === 'scorm12' ? 'cmi.core.entry' : 'cmi.entry';
    const entryText = {
      'ab-initio': 'a new attempt',
      resume: 'resuming the suspended attempt',
      '': 'continuing the attempt (it was not suspended)',
    }[session.entry];
    const content = this.contentUrl();
    this.launchInfo.textContent = `Launch ${launch} (${standardLabels[standard]}, window.${apiGlobalName[standard]}): ${entryText}, ${entryElement} "${session.entry}". Content: ${content}`;
    this.callPanel.addLaunch(`Launch ${launch}: ${standardLabels[standard]}, ${entryElement} "${session.entry}"`);
    this.refresh();

    // Relative to the preview page's address (the same as the document's, outside tests).
    const frame = h('iframe', { class: 'course-frame', title: `Course (${standardLabels[standard]})`, src: new URL(content, this.pageUrl).href });
    frame.addEventListener('load', () => this.checkLoaded(frame, standard, content));
    this.frame = frame;
    this.frameHolder.replaceChildren(frame);
    this.startInitializeTimer(session);
  }

  /** Takes the course out of its frame (so it unloads, and may Terminate) and retires its session. */
  private async unloadCourse(): Promise<void> {
    this.clearInitializeTimer();
    this.frame?.remove();
    this.frame = undefined;
    // Let the course's pagehide handlers run before the session is judged.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const session = this.session;
    if (!session) return;
    if (session.open) {
      const names = methodNames[session.standard];
      this.report({
        level: 'warning',
        source: 'preview',
        launch: session.launch,
        text: `The course was unloaded without calling ${names.terminate}: an LMS keeps only what was stored by the last ${names.commit}.`,
        callIndex: undefined,
      });
    }
    session.retire();
    this.session = undefined;
    const host = this.options.host as unknown as Record<string, unknown>;
    delete host['API'];
    delete host['API_1484_11'];
  }

  private checkLoaded(frame: HTMLIFrameElement, standard: ScormStandard, content: string): void {
    if (frame !== this.frame) return;
    let document: Document | null = null;
    try {
      document = frame.contentDocument;
    } catch {
      document = null;
    }
    if (!document) return;
    const type = document.contentType;
    if (type !== 'text/html' && type !== 'application/xhtml+xml') {
      this.clearInitializeTimer();
      const hint = this.contentOverride ? '' : ' Build the SCORM packages first (npm run build).';
      this.report({ level: 'error', source: 'preview', text: `The course did not load from ${content} (the server sent ${type}).${hint}`, callIndex: undefined });
      return;
    }
    const pinned = document.querySelector('meta[name="leading-innovation:lms"]')?.getAttribute('content');
    if (pinned && pinned !== standard) {
      this.report({
        level: 'warning',
        source: 'preview',
        text: `This package is built for ${pinned}, but the preview offers ${standardLabels[standard]}.`,
        callIndex: undefined,
      });
    }
  }

  private startInitializeTimer(session: LmsSession): void {
    this.clearInitializeTimer();
    const delay = this.options.initializeWarningMs ?? 15000;
    this.initializeTimer = setTimeout(() => {
      if (this.session !== session) return;
      this.report({
        level: 'warning',
        source: 'preview',
        text: `The course has not called ${methodNames[session.standard].initialize} within ${delay / 1000} seconds of launch.`,
        callIndex: undefined,
      });
    }, delay);
  }

  private clearInitializeTimer(): void {
    if (this.initializeTimer !== undefined) clearTimeout(this.initializeTimer);
    this.initializeTimer = undefined;
  }

  private report(message: Omit<LmsMessage, 'launch'> & { readonly launch?: number }): void {
    const full: LmsMessage = { ...message, launch: message.launch ?? this.launches };
    (full.level === 'error' ? this.errors : this.warnings).push(full);
    this.messagesPanel.add(full);
    if (full.level === 'error') {
      const count = this.errors.length;
      this.errorBadge.hidden = false;
      this.errorBadge.replaceChildren(`${count} ${count === 1 ? 'error' : 'errors'} reported: `, h('a', { href: `#${this.idPrefix}-errors-heading` }, 'see Errors'), '.');
    }
  }

  private announce(text: string): void {
    this.status.textContent = text;
  }

  /** Calls come in bursts; the table is redrawn once after each burst. */
  private queueRefresh(): void {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    queueMicrotask(() => {
      this.refreshQueued = false;
      this.refresh();
    });
  }

  private refresh(): void {
    const session = this.session;
    if (!session) return;
    const state = session.terminated ? 'after Terminate' : session.open ? 'session open' : 'before Initialize';
    this.cmiPanel.update(session.cmiValues(), `Launch ${session.launch}, ${state}`);
  }
}

function downloadJson(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

