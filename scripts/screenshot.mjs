// Renders some markup with the library on the dev server and saves a PNG, to look at charts.
//   node scripts/screenshot.mjs --out /tmp/x.png [--width 900] [--dark] [--wait 800] \
//     '<trade-balance department="32"></trade-balance>'
//   node scripts/screenshot.mjs --out /tmp/site.png --path '/?department=32'
// The markup is placed in a page that imports src/index.ts, served by Vite with the demo data.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { requireChrome, CHROME_ARGS } from './chrome.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return def;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const flag = (name) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
};
const out = opt('out', '/tmp/screenshot.png');
const width = Number(opt('width', '900'));
const wait = Number(opt('wait', '800'));
const dark = flag('dark');
// --path /?department=32 shows a page of the site itself instead of the markup.
const path = opt('path', undefined);
const markup = args.join(' ') || '<p>Nothing to show</p>';

const id = `${process.pid}`;
mkdirSync('.scratch', { recursive: true });
const page = `.scratch/shot-${id}.html`;
writeFileSync(
  page,
  `<!doctype html><html lang="fr"${dark ? ' data-fr-theme="dark"' : ''}><head><meta charset="utf-8">
<style>body{margin:16px;font-family:system-ui,sans-serif;${dark ? 'background:#161616;color:#eee' : ''}}</style>
<script type="module">import '/src/index.ts';</script></head><body>${markup}</body></html>`,
);
const server = await createServer({ server: { port: 0 }, logLevel: 'error', clearScreen: false });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
try {
  const tab = await browser.newPage();
  tab.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  tab.on('pageerror', (e) => console.error('page error:', e.message));
  await tab.setViewport({ width, height: 600, deviceScaleFactor: 1 });
  await tab.goto(path ? new URL(path, url).href : `${url}${page}`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, wait));
  // Tall pages are cut into parts of at most 1600 px: out.png, out-2.png, …
  const height = await tab.evaluate(() => document.documentElement.scrollHeight);
  const part = 1600;
  for (let i = 0, y = 0; y < height; i++, y += part) {
    const path = i === 0 ? out : out.replace(/\.png$/, `-${i + 1}.png`);
    await tab.screenshot({
      path,
      clip: { x: 0, y, width, height: Math.min(part, height - y) },
      captureBeyondViewport: true,
    });
    console.log(`saved ${path}`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(page, { force: true });
}
