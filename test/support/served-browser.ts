import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer } from '../../src/build/serve.js';
import { chromiumArgs, chromiumPath } from './chromium.js';

export interface ServedBrowser {
  /** `http://localhost:<port>` of the server. */
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Serves `rootDir` on a free localhost port and starts Debian's Chromium to look at it. */
export async function startServedBrowser(options: { readonly rootDir: string; readonly homePath: string }): Promise<ServedBrowser> {
  const server: Server = await startStaticServer({ rootDir: options.rootDir, port: 0, homePath: options.homePath });
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  return {
    origin: `http://localhost:${address.port}`,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
