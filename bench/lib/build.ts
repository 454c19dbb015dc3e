/**
 * The library as `npm run build` makes it (vite.config.ts: the ES modules, the
 * single-file script, the on-demand modules; no data), built from the
 * current sources into bench/.cache/ rather than dist/, so that a benchmark never
 * measures a stale dist/ and never rewrites it under another process.
 *
 * `profile: true` builds the same code without minification and with source
 * maps, for CPU profiles that can be read by function and source file; its
 * timings are not reported.
 */
import { rmSync } from 'node:fs';
import { build, type InlineConfig } from 'vite';
import { LAZY_MODULES } from '../../src/elements.ts';

export async function buildLibrary(outDir: string, { profile = false } = {}): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  const base: InlineConfig = {
    logLevel: 'silent',
    build: {
      outDir,
      ...(profile ? { minify: false, sourcemap: true, rolldownOptions: { output: { minify: false } } } : {}),
    },
  };
  // Same order as scripts/build.ts: the ES build empties the folder, the others add to it.
  await build({ ...base });
  await build({ ...base, mode: 'iife' });
  for (const path of LAZY_MODULES) await build({ ...base, mode: `lazy:${path}` });
}
