/**
 * The link between a trainer's facilitator window and the audience window it opened: messages
 * between the two windows only (`postMessage`), so it works from `file://` with no network and no
 * server. The audience window asks for the state when it loads (so a reload picks it up), and
 * passes on presenter keys pressed while it has focus (a clicker may be aimed at it).
 *
 * What arrives is treated as untrusted: messages count only from the expected window, and the
 * state is checked like saved progress before it is shown.
 */
import type { Course } from '../course/types.js';
import { restoreProgress, type Progress } from '../machines/progress.js';
import { isRecord, ownProperty } from '../machines/untrusted.js';

/** One question's or decision's votes as the room sees them. */
export interface VoteChartData {
  readonly key: string;
  readonly heading: string;
  readonly bars: readonly { readonly id: string; readonly label: string; readonly count: number; readonly highlight: boolean }[];
}

/** Everything the audience screen shows. */
export interface AudienceState {
  readonly progress: Progress;
  /** The completion screen rather than a page. */
  readonly completion: boolean;
  readonly blank: boolean;
  /** Vote results the trainer has chosen to show. */
  readonly charts: readonly VoteChartData[];
}

const STATE = 'leading-innovation:audience-state';
const READY = 'leading-innovation:audience-ready';
const KEY = 'leading-innovation:presenter-key';
/** How often the audience window asks for the state again. */
const HEARTBEAT_MS = 3000;

/** The audience window's address: this page's, in audience mode. */
export function audienceUrl(location: Location | URL): string {
  const url = new URL(location.href);
  url.searchParams.set('mode', 'audience');
  url.hash = '';
  return url.href;
}

/** Pages opened from `file://` have an opaque origin ("null"), which only `*` can address. */
function targetOrigin(window: Window): string {
  return window.location.origin === 'null' || window.location.protocol === 'file:' ? '*' : window.location.origin;
}

export interface AudienceLink {
  /** Opens (or brings back) the audience window; false when the browser blocked it. */
  open(): boolean;
  isOpen(): boolean;
  publish(state: AudienceState): void;
  dispose(): void;
}

/**
 * The facilitator's side. `currentState` is asked for whenever the audience window (re)loads;
 * `onKey` gets presenter keys pressed in the audience window.
 */
export function createAudienceLink(options: {
  readonly course: Course;
  readonly window: Window;
  readonly currentState: () => AudienceState;
  readonly onKey: (key: string) => void;
  readonly onChange?: () => void;
}): AudienceLink {
  const { course, window: host } = options;
  let audience: Window | null = null;
  const send = (state: AudienceState) => {
    if (audience && !audience.closed) audience.postMessage({ type: STATE, courseId: course.id, state }, targetOrigin(host));
  };
  const listener = (event: MessageEvent) => {
    if (!isRecord(event.data) || ownProperty(event.data, 'courseId') !== course.id) return;
    // After this window reloads, the audience window it opened earlier is found again by its
    // opener (one of the few properties readable across origins, so it works from file:// too).
    if (!audience && isWindow(event.source) && event.source.opener === host) audience = event.source;
    if (!audience || event.source !== audience) return;
    const type = ownProperty(event.data, 'type');
    if (type === READY) {
      send(options.currentState());
      options.onChange?.();
    }
    const key = ownProperty(event.data, 'key');
    if (type === KEY && typeof key === 'string') options.onKey(key);
  };
  host.addEventListener('message', listener);
  return {
    open() {
      audience = host.open(audienceUrl(host.location), 'leading-innovation-audience');
      options.onChange?.();
      return audience !== null;
    },
    isOpen: () => audience !== null && !audience.closed,
    publish: send,
    dispose: () => host.removeEventListener('message', listener),
  };
}

function isWindow(source: MessageEventSource | null): source is Window {
  return source !== null && 'opener' in source && 'closed' in source;
}

/**
 * The audience's side: announces itself to the window that opened it, then hands each checked
 * state to `onState`. `sendKey` passes a presenter key back. Without an opener there is nobody
 * to follow: `connected` is false.
 */
export function connectToFacilitator(options: {
  readonly course: Course;
  readonly window: Window;
  readonly onState: (state: AudienceState) => void;
}): { readonly connected: boolean; sendKey(key: string): void; dispose(): void } {
  const { course, window: host } = options;
  const facilitator = host.opener as Window | null;
  if (!facilitator) return { connected: false, sendKey: () => {}, dispose: () => {} };
  const listener = (event: MessageEvent) => {
    if (event.source !== facilitator || !isRecord(event.data)) return;
    if (ownProperty(event.data, 'type') !== STATE || ownProperty(event.data, 'courseId') !== course.id) return;
    const state = readAudienceState(course, ownProperty(event.data, 'state'));
    if (state) options.onState(state);
  };
  host.addEventListener('message', listener);
  const post = (message: object) => facilitator.postMessage({ ...message, courseId: course.id }, targetOrigin(host));
  post({ type: READY });
  // Asked again now and then, so a trainer's window that has been reloaded finds this one again.
  const heartbeat = host.setInterval(() => {
    if (!facilitator.closed) post({ type: READY });
  }, HEARTBEAT_MS);
  return {
    connected: true,
    sendKey: (key) => post({ type: KEY, key }),
    dispose: () => {
      host.removeEventListener('message', listener);
      host.clearInterval(heartbeat);
    },
  };
}

/** Most charts and bars taken from one message. */
const MAX_CHARTS = 20;
const MAX_BARS = 12;

/** The state as sent, checked: progress through `restoreProgress`, charts field by field. */
export function readAudienceState(course: Course, value: unknown): AudienceState | undefined {
  if (!isRecord(value)) return undefined;
  const { progress } = restoreProgress(course, ownProperty(value, 'progress'));
  const charts = ownProperty(value, 'charts');
  return {
    progress,
    completion: ownProperty(value, 'completion') === true,
    blank: ownProperty(value, 'blank') === true,
    charts: Array.isArray(charts) ? charts.slice(0, MAX_CHARTS).flatMap((chart) => readChart(chart)) : [],
  };
}

function readChart(value: unknown): VoteChartData[] {
  if (!isRecord(value)) return [];
  const key = ownProperty(value, 'key');
  const heading = ownProperty(value, 'heading');
  const bars = ownProperty(value, 'bars');
  if (typeof key !== 'string' || typeof heading !== 'string' || !Array.isArray(bars)) return [];
  return [
    {
      key,
      heading,
      bars: bars.slice(0, MAX_BARS).flatMap((bar) => {
        if (!isRecord(bar)) return [];
        const id = ownProperty(bar, 'id');
        const label = ownProperty(bar, 'label');
        const count = ownProperty(bar, 'count');
        if (typeof id !== 'string' || typeof label !== 'string' || typeof count !== 'number' || !Number.isFinite(count)) return [];
        return [{ id, label, count: Math.max(0, Math.floor(count)), highlight: ownProperty(bar, 'highlight') === true }];
      }),
    },
  ];
}
