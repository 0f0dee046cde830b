// Component tests in Debian's headless Chromium. Run through `npm run test:components`, which
// loads tsx so this file can import TypeScript.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './test/support/chromium.ts';

export default {
  files: ['test/components/*.test.ts', 'test/runtime/*.test.ts', 'test/preview/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: [...chromiumArgs] } })],
  testFramework: { config: { timeout: 10000 } },
};
