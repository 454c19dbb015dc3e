// npm run build:demo: the demo site as static files in dist-demo/, ready for any static host:
// the site (index.html, assets/), and beside it the library as embedders get it
// (trade-widgets.js, the single-file script, translations/, lazy/, data/).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { build } from 'vite';

if (!existsSync('dist/trade-widgets.iife.js')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
await build({ mode: 'demo', logLevel: 'warn' });
for (const f of readdirSync('dist')) if (f !== 'types' && f !== 'schema') cpSync(`dist/${f}`, `dist-demo/${f}`, { recursive: true });
console.log('dist-demo/: open index.html through any static server (npx vite preview --outDir dist-demo)');
