// `npm run test:stories`: every story of stories/ runs as a test in headless Chromium
// (Storybook's Vitest addon, Vitest browser mode, Playwright driving the system
// Chromium: nothing is downloaded). A story fails when it throws while rendering,
// when its play function fails, or when the a11y addon finds a violation
// (`parameters.a11y.test = 'error'` in .storybook/preview.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { CHROME_ARGS, requireChrome } from './scripts/chrome.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/**
 * A missing data file is a 404, as on Storybook's server and any static host: Vite's
 * test server would otherwise answer its HTML page (the error stories expect "HTTP 404").
 */
const dataNotFound = {
  name: 'trade-widgets:data-404',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (
        !url.pathname.startsWith('/data/') ||
        existsSync(path.join(dirname, 'public', decodeURIComponent(url.pathname)))
      )
        return next();
      res.statusCode = 404;
      res.end('Not found');
    });
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [dataNotFound, storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          // One stories file at a time, in one page of one Chromium: CI has two cores.
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              // Exits with one line saying what to install when there is no Chromium.
              launchOptions: { executablePath: requireChrome(), args: CHROME_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
