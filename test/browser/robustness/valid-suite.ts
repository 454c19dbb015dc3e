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
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/index.ts';
import type { TradeChart } from '../../../src/components/base/trade-chart.ts';

type Chart = TradeChart<unknown, unknown>;
import { FIXTURES, waitForState } from '../../helpers/dom.ts';
import { guard, sized, sleep } from './checks.ts';
import { checkBalance, checkReport, checkSankey, checkSummary, checkTreemap, type Params } from './expect.ts';
import { SEEDS, buildFile, check, specArb } from './gen.ts';

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
export async function pair(tag: ChartTag): Promise<Chart[]> {
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
          if (watch.errors.length) throw new Error(watch.errors.join('\n'));
        }),
        SEEDS.valid,
        RUNS,
      );
      console.log(`<trade-report>: ${RUNS} valid files in ${seconds(started)} s`);
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
