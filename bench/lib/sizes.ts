/**
 * Bundle sizes, raw and gzip (level 9, as scripts/size.ts), of what a page
 * downloads: ours from the fresh build, DSFR Chart and the DSFR as installed, the
 * map files and some data files; and what each element adds to the single-file
 * script, as the size budgets measure it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSingleFile } from '../../scripts/size.ts';
import { ELEMENTS, ELEMENT_BUDGETS, FIRST_ELEMENTS, LAZY_MODULES } from '../../src/elements.ts';

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
  /** `<trade-map>`'s map files (public/data/geo/*.json), each loaded by the first map that needs it. */
  geometry: Size[];
}

export function measureSizes(dist: string, nodeModules: string, root: string): Sizes {
  const chart = join(nodeModules, '@gouvfr/dsfr-chart/dist');
  const dsfr = join(nodeModules, '@gouvfr/dsfr/dist');
  const need = (f: string) => {
    if (!existsSync(f)) throw new Error(`${f} is missing: run the README's set-up (npm ci).`);
    return f;
  };
  const data = (what: string, path: string) => sizeOf(what, [need(join(root, 'public/data', path))], root);
  const geo = join(root, 'public/data/geo');
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
      sizeOf('DSFR Chart line chart (LineChart.js)', [need(join(chart, 'LineChart/LineChart.js'))], root),
      sizeOf(
        'DSFR Chart map of France, its shapes inside (MapChart.js)',
        [need(join(chart, 'MapChart/MapChart.js'))],
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
      data('Gers 2024 data file (departments/32.json)', '2024/departments/32.json'),
      data('data index (index.json)', 'index.json'),
      data('Occitanie 2024 data file (regions/76.json), compared by <trade-partner>', '2024/regions/76.json'),
      data('France 2024 data file (france.json), compared by <trade-partner>', '2024/france.json'),
      data('Gers series (series/departments/32.json), read by <trade-trend>', 'series/departments/32.json'),
      data("2024 totals of every territory (territories.json), read by France's map", '2024/territories.json'),
    ],
    geometry: readdirSync(geo)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => sizeOf(`map file geo/${file}`, [join(geo, file)], root)),
  };
}

/** Bytes of the single-file script: minified, and gzip -9. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What the size budgets measure on the single-file script, with their budgets (bytes, gzip). */
export interface SingleFileCosts {
  /** Every element. */
  all: Bytes;
  /** The first five elements together: the script with every later element left out. */
  firstFive: Bytes & { budget: number };
  /** What each later element adds: the script with every element, minus the script without it. */
  later: Array<Bytes & { tag: string; budget: number }>;
}

/** The first five elements' budget together, as test/build/size.test.ts checks it. */
const FIRST_FIVE_BUDGET = 32 * 1024;

/**
 * The single-file script built as `npm run build` builds it (scripts/size.ts), with
 * every element, without the later ones, and without each later element in turn:
 * an element's marginal cost is what the page's script grows by when it holds it,
 * the code it shares with the others (lit, the loader, the base) not counted again.
 */
export async function measureSingleFile(): Promise<SingleFileCosts> {
  const later = ELEMENTS.filter((tag) => !FIRST_ELEMENTS.includes(tag));
  const all = await buildSingleFile();
  const firstFive = await buildSingleFile(later);
  const costs: SingleFileCosts['later'] = [];
  for (const tag of later) {
    const without = await buildSingleFile([tag]);
    costs.push({
      tag,
      raw: all.raw - without.raw,
      gzip: all.gzip - without.gzip,
      budget: (ELEMENT_BUDGETS[tag] ?? 8) * 1024,
    });
  }
  return {
    all: { raw: all.raw, gzip: all.gzip },
    firstFive: { raw: firstFive.raw, gzip: firstFive.gzip, budget: FIRST_FIVE_BUDGET },
    later: costs,
  };
}
