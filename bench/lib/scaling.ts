/**
 * How the Sankey's and the treemap's cost grows with the number of products and
 * countries: the pure functions of src/data and src/layout, in Node, on generated
 * data, with the fixed-width text measure of the unit tests (src/layout/text.ts).
 *
 * Data for N = 10, 100, 1,000: N products, N countries; each product trades with
 * min(N, 20) countries in each flow (so N × min(N, 20) flows per direction:
 * 100, 2,000, 20,000). For scale, the demo France file has 76 products, 248
 * countries and ~5,000 flows per direction; it is measured the same way.
 *
 * Three steps are timed apart:
 *  - validate: validateTradeData, as the loader runs it on every fetched file;
 *  - model: sankeyModel / treemapModel with the default limit (10 per side):
 *    the aggregation over every flow;
 *  - layout (10): layoutSankey / layoutTreemap of that model (11 nodes a side);
 *  - layout (all): the layout with every product and country drawn (limit = N),
 *    which shows the layout's own growth.
 */
import { readFileSync } from 'node:fs';
import type { FlowTriple, TradeData } from '../../src/data/contract.ts';
import { layoutSankey } from '../../src/components/trade-sankey/layout.ts';
import { sankeyModel } from '../../src/components/trade-sankey/model.ts';
import { sankeyWords } from '../../src/components/trade-sankey/texts.ts';
import { layoutTreemap } from '../../src/components/trade-treemap/layout.ts';
import { treemapModel } from '../../src/components/trade-treemap/model.ts';
import { treemapWords } from '../../src/components/trade-treemap/texts.ts';
import { fr } from '../../src/data/i18n/fr.ts';
import { validateTradeData } from '../../src/data/validate.ts';
import { monospaceMeasure } from '../../src/layout/text.ts';
import { median } from './stats.ts';

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'Produits',
  'de',
  'la',
  'culture',
  'et',
  "l'élevage",
  'machines',
  'équipements',
  'chimiques',
  'boissons',
  'métallurgie',
  'textiles',
  'pharmaceutiques',
  'aéronautique',
  'bois',
  'papier',
  'verre',
];

export function generate(n: number, perProduct = 20, seed = 1): TradeData {
  const random = rng(seed);
  const pad = (i: number) => String(i).padStart(4, '0');
  const products: Record<string, string> = {};
  const countries: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    products[`P${pad(i)}`] = Array.from(
      { length: 2 + Math.floor(random() * 6) },
      () => WORDS[Math.floor(random() * WORDS.length)],
    ).join(' ');
    countries[`C${pad(i)}`] = `Pays ${WORDS[Math.floor(random() * WORDS.length)]} ${i}`;
  }
  const flows = { export: [] as FlowTriple[], import: [] as FlowTriple[] };
  const totals = { export: 0, import: 0 };
  const k = Math.min(n, perProduct);
  for (const flow of ['export', 'import'] as const) {
    for (let p = 0; p < n; p++) {
      const first = Math.floor(random() * n);
      for (let j = 0; j < k; j++) {
        // Heavy-tailed amounts, as trade is: a few large flows, many small ones.
        const value = Math.round(1e9 * random() ** 4) + 1000;
        flows[flow].push([`P${pad(p)}`, `C${pad((first + j) % n)}`, value]);
        totals[flow] += value;
      }
    }
  }
  return {
    schema: 2,
    year: 2024,
    territory: { level: 'department', code: '32', name: 'Gers', region: { code: '76', name: 'Occitanie' } },
    totals,
    parents: {
      region: { code: '76', name: 'Occitanie', totals: { export: totals.export * 10, import: totals.import * 10 } },
      france: { totals: { export: totals.export * 100, import: totals.import * 100 } },
    },
    products,
    countries,
    flows,
    source: { name: 'bench', licence: 'Licence Ouverte 2.0', url: 'https://example.org', demo: true },
  };
}

/** Median time of `f` in ms: at least 5 runs, more until ~300 ms were spent (at most 200). */
export function time(f: () => unknown): number {
  f(); // warm-up
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 5 || (performance.now() - start < 300 && times.length < 200)) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return median(times);
}

export interface ScalingRow {
  label: string;
  n: number | string;
  products: number;
  countries: number;
  flows: number;
  validate: number;
  sankey: { model: number; layout: number; layoutAll: number; links: number };
  treemap: { model: number; layout: number; layoutAll: number };
}

const WIDTH = 900;

function measureData(label: string, n: number | string, data: TradeData): ScalingRow {
  const measure = monospaceMeasure();
  // validate gets a fresh parsed copy each time, as from the network (copies made beforehand, not timed).
  const json = JSON.stringify(data);
  const copies = Array.from({ length: 31 }, () => JSON.parse(json) as unknown);
  const validateTimes = copies.map((c) => {
    const t = performance.now();
    validateTradeData(c);
    return performance.now() - t;
  });
  const products = Object.keys(data.products).length;
  const countries = Object.keys(data.countries).length;
  const all = Math.max(products, countries);
  const sankey = sankeyModel(data, { flow: 'export' });
  const sankeyAll = sankeyModel(data, { flow: 'export', limit: all });
  const treemap = treemapModel(data);
  const treemapAll = treemapModel(data, { limit: all });
  const sankeyText = sankeyWords(fr, data);
  const treemapText = treemapWords(fr, data);
  return {
    label,
    n,
    products,
    countries,
    flows: data.flows.export.length,
    validate: median(validateTimes.slice(1)),
    sankey: {
      model: time(() => sankeyModel(data, { flow: 'export' })),
      layout: time(() => layoutSankey(sankey, WIDTH, measure, sankeyText)),
      layoutAll: time(() => layoutSankey(sankeyAll, WIDTH, measure, sankeyText)),
      links: sankeyAll.links.length,
    },
    treemap: {
      model: time(() => treemapModel(data)),
      layout: time(() => layoutTreemap(treemap, WIDTH, measure, treemapText)),
      layoutAll: time(() => layoutTreemap(treemapAll, WIDTH, measure, treemapText)),
    },
  };
}

export function scaling(franceFile: string): ScalingRow[] {
  // A first pass on the smallest data, discarded: the functions are compiled before anything is timed.
  measureData('warm-up', 10, generate(10, 20, 2));
  const rows = [10, 100, 1000].map((n) => measureData(`N = ${n.toLocaleString('en-US')}`, n, generate(n)));
  const france = validateTradeData(JSON.parse(readFileSync(franceFile, 'utf8')));
  rows.push(measureData('France, demo data', '–', france));
  return rows;
}
