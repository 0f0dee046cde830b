/**
 * The preview LMS page (dist/preview/index.html, what `npm start` opens). See README.md here for
 * what it does and for `window.previewLms`, the hook end-to-end tests read.
 */
import { PreviewApp, type PreviewLmsHook } from './app.js';
import type { RecordStorage } from './record-store.js';

declare global {
  interface Window {
    previewLms?: PreviewLmsHook;
  }
}

/** localStorage, or (where the browser refuses it) a store that lasts as long as the page. */
function recordStorage(): { storage: RecordStorage; persistent: boolean } {
  try {
    const storage = window.localStorage;
    const probe = 'leading-innovation:preview-lms:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { storage, persistent: true };
  } catch {
    const memory = new Map<string, string>();
    return {
      storage: {
        getItem: (key) => memory.get(key) ?? null,
        setItem: (key, value) => void memory.set(key, value),
        removeItem: (key) => void memory.delete(key),
      },
      persistent: false,
    };
  }
}

const { storage, persistent } = recordStorage();
const root = document.getElementById('preview-root') ?? document.body;
const app = new PreviewApp({
  root,
  host: window,
  pageUrl: window.location.href,
  storage,
  updateAddress: (url) => window.history.replaceState(null, '', url),
});
if (!persistent) console.warn('The preview cannot use localStorage here: the record lasts only as long as this page.');
window.previewLms = app.hook;
void app.start();
