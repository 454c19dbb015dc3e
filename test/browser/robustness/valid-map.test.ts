/**
 * Random valid files on <trade-map> (`LATER_RUNS.map` cases, fewer than the first five
 * elements' 500, so that the file stays within ~15 s): see valid-suite.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.ts';
import type { TradeChart } from '../../../src/components/base/trade-chart.ts';
import { makeData } from '../../helpers/data.ts';
import { waitForState } from '../../helpers/dom.ts';
import { marksOutside, parseCsv } from './checks.ts';
import { validMapSuite } from './valid-suite.ts';

validMapSuite();

/** Faults the random files found in <trade-map>, each on a small case: fixed, kept as regression tests. */
describe('<trade-map>: faults found, fixed', function () {
  this.timeout(30_000);
  async function map(attrs: string, width = 600, data?: unknown): Promise<TradeChart<unknown, unknown>> {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
    wrap.innerHTML = `<trade-map ${attrs}></trade-map>`;
    const el = wrap.firstElementChild as TradeChart<unknown, unknown>;
    if (data) el.data = data;
    await waitForState(el, 'ready', 10_000);
    return el;
  }
  /** The table's rows as the CSV has them, the total row last. */
  const table = async (el: TradeChart<unknown, unknown>) => {
    const rows = parseCsv(await el.toCsv());
    return rows.slice(
      0,
      rows.findIndex((r) => r.every((c) => c === '')),
    );
  };

  // Corse's one figure (20) is in two rows, Corse-du-Sud and Haute-Corse; the total row counts it once.
  it('France’s map: the total row is France’s totals, or the region’s (Corse once)', async () => {
    const year = await (await fetch('/data/2024/territories.json')).json();
    const france = await (await fetch('/data/2024/france.json')).json();
    for (const [attrs, [exp, imp]] of [
      ['department="32" scope="france"', [france.totals.export, france.totals.import]],
      ['region="94" scope="france"', year.regions['94']],
    ] as const) {
      const total = (await table(await map(attrs))).at(-1)!;
      // Today: France + 259 007 489 € of exports (Corse's), and twice Corse's for Corse.
      expect(total.slice(0, 3), attrs).to.deep.equal(['Total', String(exp), String(imp)]);
    }
  });

  // tableFor's footer gives its share as a string (formatShare(1, t)), where the rows give { text, value }.
  it('the CSV’s total row has a number in the share column, as every other row', async () => {
    const rows = await table(await map('department="32"'));
    expect(rows[0][4]).to.equal('Part des exportations (%)');
    expect(rows.at(-1)![4]).to.equal('100,0'); // today "100 %"
  });

  // A small shape gets a dot of radius 4 at its label point, not kept inside the map: Wallis-et-Futuna's is at
  // x = 2.4 px at 320 px wide (and its selection ring, of radius 6, is cut up to ~800 px).
  it('Wallis-et-Futuna’s dot, at the map’s left edge, stays inside the SVG at 320 px', async () => {
    const el = await map('', 320, makeData({ export: [['C11Z', 'WF', 5_000_000]] }));
    expect(el.shadowRoot!.querySelector('g[data-key="WF"] circle')).not.to.equal(null);
    expect(marksOutside(el.shadowRoot!.querySelector<SVGSVGElement>('.chart svg')!)).to.deep.equal([]);
  });
});
