// Browser tests: a real headless Chromium, TypeScript through esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { requireChrome, CHROME_ARGS } from './scripts/chrome.mjs';
import { mkdirSync, readFileSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { compileScript, parse as parseSfc } from 'vue/compiler-sfc';
import { dirname, join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { tsImport } from 'tsx/esm/api';
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
      const size = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
      }));
      await page.screenshot({ path, fullPage: true });
      return size;
    } finally {
      if (payload.media) await page.emulateMediaType(null);
    }
  },
};

/**
 * `executeServerCommand('pipeline-output')`: the data folder that `npm run data`
 * writes, made here from a simulated DGDDI archive in the real format (seed 7,
 * not the demo's), served at /__pipeline/. Made once per test run; returns its URL.
 */
let pipelineOutput;
const PIPELINE_URL = '/__pipeline/';
const pipelinePlugin = {
  name: 'pipeline-output',
  async executeCommand({ command }) {
    if (command !== 'pipeline-output') return undefined;
    pipelineOutput ??= (async () => {
      const work = mkdtempSync(join(tmpdir(), 'tw-pipeline-'));
      process.on('exit', () => rmSync(work, { recursive: true, force: true }));
      const { generateArchive } = await tsImport('./src/pipeline/demo/generate.ts', import.meta.url);
      const { runPipeline } = await tsImport('./src/pipeline/run.ts', import.meta.url);
      const archive = join(work, 'archive');
      generateArchive({ dir: archive, seed: 7 });
      await runPipeline({ input: archive, out: join(work, 'out'), allYears: true });
      return join(work, 'out');
    })();
    await pipelineOutput;
    return PIPELINE_URL;
  },
};

/**
 * `executeServerCommand('memory')`: after a full garbage collection, the page's JS
 * heap in use (bytes) and its DOM counters (documents, nodes, JS event listeners),
 * through the DevTools protocol. For leak tests (test/browser/robustness/load.test.ts).
 */
const memoryPlugin = {
  name: 'memory',
  async executeCommand({ command, session }) {
    if (command !== 'memory') return undefined;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    try {
      for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return { heap: usedSize, ...(await cdp.send('Memory.getDOMCounters')) };
    } finally {
      await cdp.detach();
    }
  },
};

const executablePath = requireChrome();

/**
 * React 19 and Vue 3 for the framework tests, bundled by esbuild into browser ES
 * modules (React ships CommonJS; Vue's default build expects a bundler).
 */
const VENDOR = {
  // One React for the tests and the snippets (hooks need a single copy).
  '/__vendor/react.js': [
    "export { createElement, useState, Fragment } from 'react';",
    "export { jsx, jsxs } from 'react/jsx-runtime';",
    "export { createRoot } from 'react-dom/client';",
    "export { flushSync } from 'react-dom';",
  ].join(' '),
  '/__vendor/vue.js': "export * from 'vue';",
};
/** The README's ```jsx and ```vue snippets, as the framework tests import them. */
function readmeSnippet(lang) {
  const block = readFileSync('README.md', 'utf8').match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'));
  if (!block) throw new Error(`README.md has no ${lang} snippet`);
  if (lang === 'jsx') return { contents: block[1], loader: 'jsx' };
  const isCustomElement = (tag) => tag.startsWith('trade-');
  const { descriptor } = parseSfc(block[1], { filename: 'TradePanel.vue', templateParseOptions: { isCustomElement } });
  const script = compileScript(descriptor, {
    id: 'readme',
    inlineTemplate: true,
    templateOptions: { compilerOptions: { isCustomElement } },
  });
  return { contents: script.content, loader: 'ts' };
}

/** The snippets share the page's copies: the library (/src/index.ts), React and Vue (the vendor modules). */
const fromPage = (snippet) => ({
  name: 'from-page',
  setup(b) {
    b.onResolve({ filter: /^trade-widgets$/ }, () => ({ path: '/src/index.ts', external: true }));
    if (!snippet) return;
    b.onResolve({ filter: /^react(\/jsx-runtime)?$/ }, () => ({ path: '/__vendor/react.js', external: true }));
    b.onResolve({ filter: /^vue$/ }, () => ({ path: '/__vendor/vue.js', external: true }));
  },
});

const vendorPlugin = {
  name: 'vendor',
  async serve(context) {
    const snippet = { '/__vendor/readme-react.js': 'jsx', '/__vendor/readme-vue.js': 'vue' }[context.path];
    const entry = snippet
      ? { ...readmeSnippet(snippet), resolveDir: process.cwd() }
      : VENDOR[context.path] && { contents: VENDOR[context.path], resolveDir: process.cwd() };
    if (!entry) return undefined;
    const out = await esbuild({
      stdin: entry,
      bundle: true,
      jsx: 'automatic',
      plugins: [fromPage(!!snippet)],
      format: 'esm',
      write: false,
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    });
    return { body: out.outputFiles[0].text, type: 'js' };
  },
};

export default {
  rootDir: '.',
  // Browser tests; `*.unit.test.ts` files are pure functions, run in Node (npm run test:unit).
  files: ['src/components/**/test/*.test.ts', '!src/components/**/test/*.unit.test.ts', 'test/browser/**/*.test.ts'],
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
    pipelinePlugin,
    screenshotPlugin,
    memoryPlugin,
    vendorPlugin,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: './tsconfig.json',
      define: { __TW_DEFAULT_DATA__: JSON.stringify('/data/'), __TW_LAZY__: JSON.stringify('/src/{path}.ts') },
    }),
  ],
  middleware: [
    testEndpoints,
    // The pipeline's output (see pipelinePlugin), once made.
    async function servePipelineOutput(ctx, next) {
      if (!ctx.url.startsWith(PIPELINE_URL) || !pipelineOutput) return next();
      const file = join(await pipelineOutput, decodeURIComponent(ctx.url.slice(PIPELINE_URL.length).split('?')[0]));
      try {
        ctx.body = readFileSync(file);
        ctx.type = 'application/json';
      } catch {
        ctx.status = 404;
      }
    },
    // The demo data lives in public/data and is served at /data, as Vite does. The built
    // library carries none: its tests (dist.test.ts) find the demo data where an embedder
    // puts the output of `npm run data`, next to the script (/dist/data/).
    function serveDemoData(ctx, next) {
      if (ctx.url.startsWith('/data/')) ctx.url = `/public${ctx.url}`;
      else if (ctx.url.startsWith('/dist/data/')) ctx.url = `/public${ctx.url.slice('/dist'.length)}`;
      return next();
    },
  ],
};
