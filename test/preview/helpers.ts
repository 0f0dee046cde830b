import { PreviewApp, type PreviewAppOptions } from '../../src/preview/app.js';
import type { RecordStorage } from '../../src/preview/record-store.js';

export const testScoPath = '/test/preview/fixtures/test-sco.html';
export const previewPath = '/test/preview/fixtures/preview/';

export interface MemoryStorage extends RecordStorage {
  readonly items: Map<string, string>;
}

export function memoryStorage(): MemoryStorage {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** Polls until `check` returns something truthy, or fails with `description`. */
export async function waitFor<T>(check: () => T, description: string, timeoutMs = 5000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What the test SCO exposes on its window (see fixtures/test-sco.html). */
export interface TestSco {
  readonly standard: 'scorm12' | 'scorm2004' | 'none';
  readonly element: Record<'entry' | 'location' | 'exit' | 'status' | 'score' | 'name' | 'sessionTime', string>;
  readonly started: { initialized: boolean; entry: string; location: string; suspendData: string; name: string };
  get(name: string): string;
  set(name: string, value: string): string;
  lastError(): string;
  commit(): string;
  terminate(): string;
  save(location: string, suspendData: string): string;
}

export interface MountedPreview {
  readonly app: PreviewApp;
  readonly root: HTMLElement;
  readonly storage: MemoryStorage;
  readonly addresses: string[];
  readonly downloads: { fileName: string; json: string }[];
  frame(): HTMLIFrameElement;
  /** The SCO in the frame, once it has started. */
  sco(): Promise<TestSco>;
  remove(): void;
}

let mounted = 0;

export async function mountPreview(query: string, options: Partial<PreviewAppOptions> = {}): Promise<MountedPreview> {
  mounted += 1;
  const root = document.createElement('div');
  document.body.append(root);
  const storage = memoryStorage();
  const addresses: string[] = [];
  const downloads: { fileName: string; json: string }[] = [];
  const app = new PreviewApp({
    root,
    host: window,
    // Beside fixtures/scorm2004/, so the default package address finds a page there.
    pageUrl: `${location.origin}${previewPath}${query}`,
    storage,
    idPrefix: `preview${mounted}`,
    updateAddress: (url) => addresses.push(url),
    download: (fileName, json) => downloads.push({ fileName, json }),
    ...options,
  });
  await app.start();
  const frame = () => root.querySelector('iframe')!;
  return {
    app,
    root,
    storage,
    addresses,
    downloads,
    frame,
    sco: async () => {
      return waitFor(() => {
        const window = frame()?.contentWindow as (Window & { testSco?: TestSco }) | null;
        return window?.testSco;
      }, 'the test SCO to start');
    },
    remove: () => {
      root.remove();
      const host = window as unknown as Record<string, unknown>;
      delete host['API'];
      delete host['API_1484_11'];
    },
  };
}
