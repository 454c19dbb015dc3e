// npm run build: everything an embedder or a package user needs, in dist/.
//   dist/trade-widgets.js, dist/trade-<element>.js   ES modules (one per element, shared chunks)
//   dist/trade-widgets.iife.js                        one file for a plain <script src>
//   dist/translations/en.js                           English, loaded when a widget has lang="en"
//   dist/lazy/export.js                               the downloads, loaded on the first click
//   dist/data/                                        the demo data (copied from public/)
//   dist/types/                                       type declarations
//   dist/schema/                                      the data contract's JSON Schema
//   custom-elements.json                              the Custom Elements Manifest
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { build } from 'vite';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

await build({ logLevel: 'warn' });
await build({ mode: 'iife', logLevel: 'warn' });
for (const name of ['translations/en', 'lazy/export']) await build({ mode: `lazy:${name}`, logLevel: 'warn' });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
run(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet']);
cpSync('schema', 'dist/schema', { recursive: true });

for (const f of ['', 'translations/', 'lazy/'].flatMap((d) => readdirSync(`dist/${d}`).map((f) => d + f)).filter((f) => f.endsWith('.js')).sort()) {
  const code = readFileSync(`dist/${f}`);
  console.log(`dist/${f.padEnd(28)} ${(statSync(`dist/${f}`).size / 1024).toFixed(1).padStart(6)} kB  ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1).padStart(5)} kB gzip`);
}
