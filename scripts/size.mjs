// Prints the minified + gzip size of each element bundle, and what each adds over the base.
//   node scripts/size.mjs
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';

const define = { __TW_DEFAULT_DATA__: '"./data/"' };
async function size(entry) {
  const r = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, define, conditions: ['production'], legalComments: 'none' });
  const code = r.outputFiles[0].contents;
  return { raw: code.length, gz: gzipSync(code, { level: 9 }).length };
}
const base = await size('src/components/base/trade-element.ts');
const rows = [['base + lit', base.raw, base.gz, '']];
for (const name of ['balance', 'treemap', 'sankey', 'summary', 'report']) {
  const entry = `src/components/trade-${name}/trade-${name}.ts`;
  if (!existsSync(entry)) continue;
  const s = await size(entry);
  rows.push([`trade-${name}`, s.raw, s.gz, `+${((s.gz - base.gz) / 1024).toFixed(1)} kB over base`]);
}
const all = await size('src/index.ts');
rows.push(['all (src/index.ts)', all.raw, all.gz, '']);
for (const [n, raw, gz, extra] of rows) console.log(`${n.padEnd(20)} ${(raw / 1024).toFixed(1).padStart(6)} kB min  ${(gz / 1024).toFixed(1).padStart(5)} kB gzip  ${extra}`);
