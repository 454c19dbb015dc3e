/**
 * Bundle sizes, raw and gzip (level 9, as scripts/size.mjs), of what a page
 * downloads: ours from the fresh build, DSFR Chart and the DSFR as installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ELEMENTS, LAZY_MODULES } from '../../src/elements.ts';

export interface Size {
  what: string;
  files: string[];
  raw: number;
  gzip: number;
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

/** Files as downloaded one by one: the sum of each file's raw and gzip sizes. */
export function sizeOf(what: string, files: string[], root: string): Size {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const b = readFileSync(f);
    raw += b.length;
    gzip += gz(b);
  }
  return { what, files: files.map((f) => relative(root, f)), raw, gzip };
}

/**
 * An ES module and every module it imports statically (its chunks), as a
 * browser downloads them before the module runs. Dynamic imports (the on-demand
 * English and download modules) are left out.
 */
export function esGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // import{…}from"./x.js"  import"./x.js"  export{…}from"./x.js" — not import("…").
    for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(join(dirname(file), m[1]));
    }
  };
  visit(entry);
  return [...seen];
}

export interface Sizes {
  elements: Size[];
  library: Size[];
  onDemand: Size[];
  dsfrChart: Size[];
  dsfr: Size[];
  data: Size[];
}

export function measureSizes(dist: string, nodeModules: string, root: string): Sizes {
  const chart = join(nodeModules, '@gouvfr/dsfr-chart/dist');
  const dsfr = join(nodeModules, '@gouvfr/dsfr/dist');
  const need = (f: string) => {
    if (!existsSync(f)) throw new Error(`${f} is missing: run the README's set-up (npm ci).`);
    return f;
  };
  return {
    elements: ELEMENTS.map((e) =>
      sizeOf(`<${e}> alone (ES module + its chunks)`, esGraph(need(join(dist, `${e}.js`))), root),
    ),
    library: [
      sizeOf('whole library, single file (trade-widgets.iife.js)', [need(join(dist, 'trade-widgets.iife.js'))], root),
      sizeOf('whole library, ES modules (trade-widgets.js + chunks)', esGraph(join(dist, 'trade-widgets.js')), root),
    ],
    onDemand: LAZY_MODULES.map((path) => {
      const file = `lazy/${path.slice(path.lastIndexOf('/') + 1)}.js`;
      return sizeOf(`${path} (${file}), loaded on demand`, [need(join(dist, file))], root);
    }),
    dsfrChart: [
      sizeOf('DSFR Chart bar chart (BarChart.js)', [need(join(chart, 'BarChart/BarChart.js'))], root),
      sizeOf(
        'DSFR Chart bar chart + its CSS',
        [join(chart, 'BarChart/BarChart.js'), need(join(chart, 'BarChart/BarChart.css'))],
        root,
      ),
      sizeOf('DSFR Chart, every chart (DSFRChart.js)', [need(join(chart, 'DSFRChart/DSFRChart.js'))], root),
      sizeOf(
        'DSFR Chart, every chart + its CSS',
        [join(chart, 'DSFRChart/DSFRChart.js'), need(join(chart, 'DSFRChart/DSFRChart.css'))],
        root,
      ),
    ],
    dsfr: [
      sizeOf('DSFR core CSS (dsfr.min.css)', [need(join(dsfr, 'dsfr.min.css'))], root),
      sizeOf('DSFR JS API (dsfr.module.min.js)', [need(join(dsfr, 'dsfr.module.min.js'))], root),
      sizeOf(
        'DSFR system icons CSS (icons-system.min.css)',
        [need(join(dsfr, 'utility/icons/icons-system/icons-system.min.css'))],
        root,
      ),
    ],
    data: [
      sizeOf(
        'Gers 2024 data file (departments/32.json)',
        [need(join(root, 'public/data/2024/departments/32.json'))],
        root,
      ),
      sizeOf('data index (index.json)', [need(join(root, 'public/data/index.json'))], root),
    ],
  };
}
