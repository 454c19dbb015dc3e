// Browser tests: a real headless Chromium, TypeScript through esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { requireChrome, CHROME_ARGS } from './scripts/chrome.mjs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { testEndpoints } from './test/server.mjs';

/**
 * `executeServerCommand('screenshot', { path, media })`: a PNG of the whole page,
 * in print media if asked, saved under test/artifacts/ for people to look at.
 * Returns the image's size in CSS px.
 */
const screenshotPlugin = {
  name: 'screenshot',
  async executeCommand({ command, session, payload }) {
    if (command !== 'screenshot') return undefined;
    const page = session.browser.getPage(session.id);
    const path = `test/artifacts/${payload.path}`;
    mkdirSync(dirname(path), { recursive: true });
    if (payload.media) await page.emulateMediaType(payload.media);
    try {
      const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
      await page.screenshot({ path, fullPage: true });
      return size;
    } finally {
      if (payload.media) await page.emulateMediaType(null);
    }
  },
};

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
    screenshotPlugin,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: './tsconfig.json',
      define: { __TW_DEFAULT_DATA__: JSON.stringify('/data/'), __TW_LAZY__: JSON.stringify('/src/{}.ts') },
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
