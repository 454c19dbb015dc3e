/**
 * Random valid data files, 500 per element (fast-check, fixed seeds): 0-300
 * products, 0-250 countries, 1 € to 10^12 € with ties, labels of 1-200 characters
 * in many scripts. Each case: no uncaught exception or unhandled rejection, no NaN
 * or Infinity in an attribute, every mark inside the SVG box, well-formed text, the
 * table alternative (read back from the CSV) equal to the data to the euro, the
 * Sankey's "Autres" exact to the euro, no CSV cell a spreadsheet would run.
 * Elements are reused from case to case (as a page that changes a widget's data),
 * at 320 or 600 px. A subset goes through real fetches. One test file per element
 * (valid-<tag>.test.ts), each within the runner's time limit for a file.
 *
 * The later elements the same way (`LATER_RUNS`: 150 cases for the partner and the map,
 * slower to draw, so that each file stays within ~15 s on a 2-core machine; 500 for the
 * trend): <trade-partner> (compared with random region and France files served beside the
 * file), <trade-trend> (random series files: 1-25 years, missing quarters, the top five),
 * <trade-map> (real country codes on the world map, and France's map with a random totals
 * file).
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/index.ts';
import type { TradeChart } from '../../../src/components/base/trade-chart.ts';
import type { Flow, FlowTriple } from '../../../src/data/contract.ts';

type Chart = TradeChart<unknown, unknown>;
import { FIXTURES, waitForState } from '../../helpers/dom.ts';
import { guard, sized, sleep } from './checks.ts';
import {
  checkBalance,
  checkMap,
  checkPartner,
  checkReport,
  checkSankey,
  checkSummary,
  checkTreemap,
  checkTrend,
  type Geo,
  type Params,
  type TrendParams,
} from './expect.ts';
import {
  SEEDS,
  buildFile,
  buildSeries,
  buildTerritories,
  check,
  seriesSpecArb,
  specArb,
  territoriesSpecArb,
} from './gen.ts';

export const RUNS = 500;
export const FETCH_RUNS = 40;

type Check = (el: Chart, file: Record<string, any>, p: Params) => Promise<void>;
const limit = fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined });
const flow = fc.constantFrom<Params['flow']>('export', 'import', undefined);

/** The elements that draw one data file (the report, made of them, has a suite of its own). */
type ChartTag = 'trade-sankey' | 'trade-balance' | 'trade-treemap' | 'trade-summary';

export const ELEMENTS: Record<ChartTag, { check: Check; params: fc.Arbitrary<Params> }> = {
  'trade-sankey': { check: checkSankey, params: fc.record({ flow, limit }) },
  'trade-balance': { check: checkBalance, params: fc.record({ limit }) },
  'trade-treemap': { check: checkTreemap, params: fc.record({ flow, limit }) },
  'trade-summary': { check: checkSummary, params: fc.record({ flow }) },
};

/** Two elements of a tag, 320 and 600 px wide, sized before the first case. */
export async function pair(tag: ChartTag | 'trade-partner' | 'trade-trend' | 'trade-map'): Promise<Chart[]> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div>
      <div style="width:320px"></div>
      <div style="width:600px"></div>
    </div>`,
  );
  const els = [...wrap.children].map((box): Chart => box.appendChild(document.createElement(tag)));
  for (const el of els) await sized(el);
  return els;
}

const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(1);

/** `RUNS` valid files given to one element through its `data` property. */
export function validSuite(tag: ChartTag): void {
  describe(`<${tag}>: random valid files`, function () {
    this.timeout(170_000);
    const watch = guard();
    const { check: checkEl, params } = ELEMENTS[tag];
    it(`${RUNS} files through the data property, at 320 and 600 px`, async () => {
      const els = await pair(tag);
      const started = performance.now();
      await check(
        tag,
        fc.asyncProperty(specArb(), params, fc.boolean(), async (spec, p, wide) => {
          const el = els[+wide];
          Object.assign(el, p);
          const file = buildFile(spec);
          el.data = file;
          await el.updateComplete;
          // The table alternative follows the chart's first paint, in an idle period.
          await waitForState(el, ['ready', 'empty', 'error']);
          await checkEl(el, file, p);
          if (watch.errors.length) throw new Error(watch.errors.join('\n'));
        }),
        SEEDS.valid,
        RUNS,
      );
      console.log(`<${tag}>: ${RUNS} valid files in ${seconds(started)} s`);
    });
  });
}

/** `RUNS` valid files given to a report, each chart in it checked. */
export function validReportSuite(): void {
  describe('<trade-report>: random valid files', function () {
    this.timeout(170_000);
    const watch = guard();
    it(`${RUNS} files through the data property, every chart of the report checked`, async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width:600px"><trade-report base-url=${FIXTURES}></trade-report></div>`,
      );
      const el = wrap.firstElementChild as Chart;
      await sized(el);
      // The report's texts come in a module of their own: loaded once, before the first file.
      el.data = buildFile(fc.sample(specArb({ year: 2024, maxFlows: 10 }), { numRuns: 1, seed: 1 })[0]);
      for (let i = 0; i < 300 && !el.shadowRoot?.querySelector('section.intro'); i++) await sleep(10);
      // Its charts below the first screen are made in idle periods: every one of them, before the first case.
      await waitForState(el, 'ready', 10_000);
      let checked = 0;
      const started = performance.now();
      await check(
        'trade-report',
        // The report compares a department or a region with the fixtures' region 76 and France of 2024.
        fc.asyncProperty(specArb({ year: 2024, maxFlows: 600 }), async (spec) => {
          const file = buildFile(spec);
          el.data = file;
          await el.updateComplete;
          const charts = [
            ...el.shadowRoot!.querySelectorAll<Chart>('trade-balance, trade-treemap, trade-sankey, trade-summary'),
          ];
          await Promise.all(charts.map((c) => waitForState(c, ['ready', 'empty', 'error'])));
          await checkReport(el, file, charts);
          checked += charts.length;
          if (watch.errors.length) throw new Error(watch.errors.join('\n'));
        }),
        SEEDS.valid,
        RUNS,
      );
      console.log(`<trade-report>: ${RUNS} valid files in ${seconds(started)} s, ${checked} charts checked`);
    });
  });
}

/** `FETCH_RUNS` valid files per element, served by the test server and loaded by `src`. */
export function validFetchSuite(): void {
  describe('random valid files through the network', function () {
    this.timeout(60_000);
    guard();
    let id = 0;
    for (const [tag, { check: checkEl }] of Object.entries(ELEMENTS)) {
      it(`<${tag}>: ${FETCH_RUNS} files loaded by src`, async () => {
        // Object.entries gives its keys as strings: these are the keys of ELEMENTS.
        const [, el] = await pair(tag as ChartTag);
        await check(
          `${tag} (fetch)`,
          fc.asyncProperty(specArb(), fc.boolean(), async (spec, bom) => {
            const file = buildFile(spec);
            const key = `valid-${tag}-${++id}`;
            // A BOM, as some editors write it, must not matter.
            await fetch(`/__test/store/${key}`, { method: 'POST', body: (bom ? '\ufeff' : '') + JSON.stringify(file) });
            el.setAttribute('src', `/__test/stored/${key}`);
            await waitForState(el, ['ready', 'empty', 'error']);
            expect(el.dataUrl).to.match(new RegExp(`/__test/stored/${key}$`));
            await checkEl(el, file, {});
          }),
          SEEDS.validFetch,
          FETCH_RUNS,
          50_000,
        );
      });
    }
  });
}

// --- The later elements -----------------------------------------------------------------------------------

/**
 * Cases per element (the first five have `RUNS`, 500): the partner and the map draw more per case
 * (comparison files, a map file) and have fewer, so that each file stays within ~15 s on a 2-core
 * machine (measured: 8-14 s, as loaded as the machine was; see scripts/test-browser.ts).
 */
export const LATER_RUNS = { partner: 150, trend: 500, map: 150 };

/** Waits until `ready()` holds (at most 5 s). */
async function until(ready: () => boolean, what: string): Promise<void> {
  for (const start = performance.now(); !ready(); await sleep(10))
    if (performance.now() - start > 5000) throw new Error(`timed out waiting for ${what}`);
}

/** Keeps a file on the test server, at /__test/stored/<path>. */
async function store(path: string, body: unknown): Promise<void> {
  await fetch(`/__test/store/${path}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Redrawn after new data (and what it waits for), the table alternative built. */
async function settled(el: Chart): Promise<void> {
  await el.updateComplete;
  await waitForState(el, ['ready', 'empty', 'error'], 10_000);
}

/**
 * <trade-partner>: random valid files, a country among theirs (or one they do not
 * have, or none), compared with random region and France files of the same year on
 * the same codes, served beside them (or not: then compared without them).
 */
export function validPartnerSuite(): void {
  const RUNS = LATER_RUNS.partner;
  describe('<trade-partner>: random valid files', function () {
    this.timeout(170_000);
    const watch = guard();
    it(`${RUNS} files through the data property, with their region's and France's, at 320 and 600 px`, async () => {
      const els = await pair('trade-partner');
      const started = performance.now();
      let id = 0;
      const params = fc.record({
        // A partner of the file (most cases), a country of its list maybe without trade, one it does not have, or
        // none (the picker).
        country: fc.oneof(
          { weight: 8, arbitrary: fc.record({ partner: fc.constant(true), index: fc.nat() }) },
          { weight: 1, arbitrary: fc.record({ partner: fc.constant(false), index: fc.nat() }) },
          { weight: 1, arbitrary: fc.constantFrom('ZZ', undefined) },
        ),
        limit,
        // Served three times in four.
        region: fc.option(specArb({ maxFlows: 600, level: 'region' }), { freq: 4 }),
        france: fc.option(specArb({ maxFlows: 600, level: 'france' }), { freq: 4 }),
      });
      await check(
        'trade-partner',
        fc.asyncProperty(specArb(), params, fc.boolean(), async (spec, p, wide) => {
          const el = els[+wide];
          const file = buildFile(spec);
          const traded = [...new Set([...file.flows.export, ...file.flows.import].map((t: FlowTriple) => t[1]))];
          const partner = typeof p.country === 'object' && p.country.partner;
          const codes = partner && traded.length ? traded : Object.keys(file.countries);
          const country = typeof p.country === 'object' ? codes[p.country.index % codes.length] : p.country;
          const folder = `partner-${++id}`;
          const { level } = file.territory;
          const places = [file];
          for (const [other, path, code] of [
            [level === 'department' && p.region, 'regions/76.json', '76'],
            [level !== 'france' && p.france, 'france.json', 'FR'],
          ] as const) {
            if (!other) continue;
            const compared = buildFile({ ...other, year: spec.year, code });
            await store(`${folder}/${spec.year}/${path}`, compared);
            places.push(compared);
          }
          const host = el as unknown as { comparison: unknown };
          const before = host.comparison;
          Object.assign(el, { baseUrl: `/__test/stored/${folder}/`, country, limit: p.limit });
          el.data = file;
          await settled(el);
          // The comparison files, once settled (loaded, or failed): France has none.
          if (level !== 'france') await until(() => host.comparison !== before, 'the comparison files');
          await settled(el);
          await checkPartner(el, file, { country, limit: p.limit, places });
          if (watch.errors.length) throw new Error(watch.errors.join('\n'));
        }),
        SEEDS.valid,
        RUNS,
      );
      console.log(`<trade-partner>: ${RUNS} valid files in ${seconds(started)} s`);
    });
  });
}

/** <trade-trend>: random valid series files, by quarter or by year, or the top five as small multiples. */
export function validTrendSuite(): void {
  const RUNS = LATER_RUNS.trend;
  describe('<trade-trend>: random valid series files', function () {
    this.timeout(170_000);
    const watch = guard();
    it(`${RUNS} series through the data property, at 320 and 600 px`, async () => {
      const els = await pair('trade-trend');
      const started = performance.now();
      const params: fc.Arbitrary<TrendParams> = fc.record({
        period: fc.constantFrom('quarter', 'year', undefined),
        show: fc.constantFrom('partners', 'products', undefined, undefined),
        flow: fc.constantFrom<Flow | undefined>('export', 'import', undefined),
      });
      await check(
        'trade-trend',
        fc.asyncProperty(seriesSpecArb(), params, fc.boolean(), async (spec, p, wide) => {
          const el = els[+wide];
          Object.assign(el, p);
          const series = buildSeries(spec);
          el.data = series;
          await settled(el);
          await checkTrend(el, series, p);
          if (watch.errors.length) throw new Error(watch.errors.join('\n'));
        }),
        SEEDS.valid,
        RUNS,
      );
      console.log(`<trade-trend>: ${RUNS} valid series in ${seconds(started)} s`);
    });
  });
}

/**
 * Codes of countries with a shape on the world map, and of some without (not determined,
 * secret, extra-EU…), with names objects have: 250 or more, for `buildFile`.
 */
function worldCodes(geo: Geo): string[] {
  const listed = ['QU', 'QS', 'QV', 'QW', 'QX', 'QY', 'QZ', 'XA', 'XB', 'XC', 'XD', 'XE', 'XF', 'XG', 'XH', 'XL'];
  const odd = ['EU', 'XZ', '__proto__', 'constructor', 'toString', 'K_4.x', 'x-1', '0', 'fr'];
  return [...Object.keys(geo.shapes), ...listed, ...odd];
}

/**
 * <trade-map>: random valid files whose countries are real codes (with a shape or
 * listed) on the world map, by exports, imports or balance; and about one case in two,
 * France's map (`scope="france"`) of the file's territory, with a random totals file
 * for its year, served with the map file beside it.
 */
export function validMapSuite(): void {
  const RUNS = LATER_RUNS.map;
  describe('<trade-map>: random valid files', function () {
    this.timeout(170_000);
    const watch = guard();
    it(`${RUNS} files through the data property, on the world's map and France's, at 320 and 600 px`, async () => {
      const world: Geo = await (await fetch('/data/geo/world.json')).json();
      const franceText = await (await fetch('/data/geo/france.json')).text();
      const france: Geo = JSON.parse(franceText);
      // France's departments and their regions; Corse has one figure (20), Monaco (99) none on the map.
      const departments: [string, string][] = [
        ...Object.entries(france.shapes)
          .filter(([code]) => code !== '2A' && code !== '2B')
          .map(([code, shape]): [string, string] => [code, shape.region ?? '']),
        ['20', '94'],
        ['99', '93'],
      ];
      const codes = worldCodes(world);
      const els = await pair('trade-map');
      const started = performance.now();
      let id = 0;
      const params = fc.record({
        flow: fc.constantFrom('export', 'import', 'balance', undefined),
        codes: fc.shuffledSubarray(codes, { minLength: codes.length }),
        france: fc.option(territoriesSpecArb(departments.length), { freq: 2 }),
      });
      await check(
        'trade-map',
        fc.asyncProperty(specArb(), params, fc.boolean(), async (spec, p, wide) => {
          const el = els[+wide];
          const file = buildFile(spec, p.codes);
          const totals = p.france ? buildTerritories(p.france, departments) : undefined;
          if (totals) {
            const folder = `map-${++id}`;
            await store(`${folder}/geo/france.json`, franceText);
            await store(`${folder}/${spec.year}/territories.json`, totals);
            Object.assign(el, { flow: p.flow, scope: 'france', baseUrl: `/__test/stored/${folder}/` });
          } else Object.assign(el, { flow: p.flow, scope: undefined, baseUrl: undefined });
          el.data = file;
          await settled(el);
          await checkMap(el, file, { flow: p.flow, geo: totals ? france : world, france: totals });
          if (watch.errors.length) throw new Error(watch.errors.join('\n'));
        }),
        SEEDS.valid,
        RUNS,
      );
      console.log(`<trade-map>: ${RUNS} valid files in ${seconds(started)} s`);
    });
  });
}
