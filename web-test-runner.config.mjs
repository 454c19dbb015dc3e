// Browser tests: a real headless Chromium, TypeScript through esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { requireChrome, CHROME_ARGS } from './scripts/chrome.mjs';
import { testEndpoints } from './test/server.mjs';

const executablePath = requireChrome();

export default {
  rootDir: '.',
  files: ['src/components/**/test/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a second page would be a background tab, which gets no
  // animation frames, so ResizeObserver (and the widgets' layout) never runs there.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: './tsconfig.json',
      define: { __TW_DEFAULT_DATA__: JSON.stringify('/data/') },
    }),
  ],
  middleware: [
    testEndpoints,
    // The demo data lives in public/data and is served at /data, as Vite does.
    function serveDemoData(ctx, next) {
      if (ctx.url.startsWith('/data/')) ctx.url = `/public${ctx.url}`;
      return next();
    },
  ],
};
