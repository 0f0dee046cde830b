/**
 * How every test and the benchmark start Chromium: Debian's build (never a downloaded one),
 * headless, with the background services that would otherwise try to reach the network off.
 */
export const chromiumPath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

export const chromiumArgs: readonly string[] = [
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  // Root cannot use Chromium's sandbox; elsewhere it stays on.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
