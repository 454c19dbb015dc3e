// npm run build:demo: the demo site as static files in dist-demo/, ready for any static host:
// the site (index.html, embed.html for iframes, assets/), and beside it the library as
// embedders get it (trade-widgets.js, autoloader.js, the single-file script, lazy/),
// embed.js for pages that host the iframes, and the demo data (data/, from public/data:
// the library's dist/ carries none).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { build } from 'vite';
import { buildEmbedScript } from './embed-script.ts';

if (!existsSync('dist/trade-widgets.iife.js') || !existsSync('dist/autoloader.js'))
  execFileSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit' });
await build({ mode: 'demo', logLevel: 'warn' });
for (const file of readdirSync('dist'))
  if (file !== 'types' && file !== 'schema') cpSync(`dist/${file}`, `dist-demo/${file}`, { recursive: true });
cpSync('public/data', 'dist-demo/data', { recursive: true });
await buildEmbedScript('dist-demo');
console.log('dist-demo/: open index.html through any static server (npx vite preview --outDir dist-demo)');
