// npm run build: everything an embedder or a package user needs, in dist/.
//   dist/trade-widgets.js, dist/trade-<element>.js   ES modules (one per element, shared chunks)
//   dist/trade-widgets.iife.js                        one file for a plain <script src>
//   dist/autoloader.js                                defines each element when its tag appears
//   dist/lazy/<name>.js                               modules loaded on demand: English, the downloads
//   dist/types/                                       type declarations
//   dist/schema/                                      the data contract's JSON Schema
//   custom-elements.json                              the Custom Elements Manifest
// No data: the demo data stays in public/data (npm start, npm run build:demo); real data is
// what `npm run data` writes, put where `base-url` says (by default data/ next to the script).
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { LAZY_MODULES } from '../src/elements.ts';

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: 'inherit' });

await build({ logLevel: 'warn' });
await build({ mode: 'iife', logLevel: 'warn' });
await build({ mode: 'autoloader', logLevel: 'warn' });
for (const path of LAZY_MODULES) await build({ mode: `lazy:${path}`, logLevel: 'warn' });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
run(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet']);
cpSync('schema', 'dist/schema', { recursive: true });

const scripts = ['', 'lazy/'].flatMap((folder) => readdirSync(`dist/${folder}`).map((file) => folder + file));
for (const file of scripts.filter((name) => name.endsWith('.js')).sort()) {
  const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);
  const gzip = gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
  const size = kilobytes(statSync(`dist/${file}`).size);
  console.log(`dist/${file.padEnd(28)} ${size.padStart(6)} kB  ${kilobytes(gzip).padStart(5)} kB gzip`);
}
