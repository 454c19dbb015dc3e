// npm run build:demo: the demo site as static files in dist-demo/, ready for any static host:
// the site (index.html, assets/), and beside it the library as embedders get it
// (trade-widgets.js, the single-file script, lazy/, data/).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { build } from 'vite';

if (!existsSync('dist/trade-widgets.iife.js')) execFileSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit' });
await build({ mode: 'demo', logLevel: 'warn' });
for (const file of readdirSync('dist'))
  if (file !== 'types' && file !== 'schema') cpSync(`dist/${file}`, `dist-demo/${file}`, { recursive: true });
console.log('dist-demo/: open index.html through any static server (npx vite preview --outDir dist-demo)');
