/**
 * `<trade-map>` on random valid files (fast-check, fixed seed) and hostile labels: real
 * country codes with and without shapes, 1 € to 10¹² € with ties. Each case: no uncaught
 * error, no NaN or Infinity in an attribute, every partner coloured or listed, the table
 * summing to the totals to the euro, the value labels inside the drawing, the keyboard
 * order following the values, and no hostile label ever run as markup.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { validateTradeData } from '../../../data/validate.ts';
import { badAttributes, guard } from '../../../../test/browser/robustness/checks.ts';
import { check } from '../../../../test/browser/robustness/gen.ts';
import { HOSTILE } from '../../../../test/browser/robustness/hostile-strings.ts';
import { waitForState } from '../../../../test/helpers/dom.ts';
import '../trade-map.ts';
import type { TradeMap } from '../trade-map.ts';

declare global {
  interface Window {
    __pwned: string[];
  }
}

/** Codes with a shape, small ones with a dot, and codes the map lists. */
const CODES = [
  'DE',
  'ES',
  'US',
  'CN',
  'IT',
  'BE',
  'GB',
  'SG',
  'MT',
  'HK',
  'XS',
  'XK',
  'GF',
  'RE',
  'QU',
  'XC',
  'XL',
  'EU',
];
const SEED = 19_2026;
const RUNS = 60;

const flowArb = fc.array(
  fc.tuple(
    fc.constantFrom('C11Z', 'A01Z'),
    fc.constantFrom(...CODES),
    fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1e12 }), fc.constant(5_000_000)),
  ),
  { maxLength: 30 },
);

/** A valid file from random flows (one triple per pair) and labels. */
function file(exp: [string, string, number][], imp: [string, string, number][], labels: string[]) {
  const unique = (list: [string, string, number][]) => [
    ...new Map(list.map((t) => [`${t[0]}|${t[1]}`, t] as const)).values(),
  ];
  const flows = { export: unique(exp), import: unique(imp) };
  const sum = (list: [string, string, number][]) => list.reduce((s, t) => s + t[2], 0);
  const totals = { export: sum(flows.export), import: sum(flows.import) };
  return {
    schema: 2,
    year: 2024,
    territory: { level: 'department', code: '32', name: 'Gers', region: { code: '76', name: 'Occitanie' } },
    totals,
    parents: {
      region: { code: '76', name: 'Occitanie', totals: { export: totals.export * 10, import: totals.import * 10 } },
      france: { totals: { export: totals.export * 1000, import: totals.import * 1000 } },
    },
    products: { C11Z: 'Boissons', A01Z: 'Produits agricoles' },
    countries: Object.fromEntries(CODES.map((code, i) => [code, labels[i % labels.length]])),
    flows,
    source: { name: 'Test', url: 'https://example.org', licence: 'Licence Ouverte 2.0' },
  };
}

describe('<trade-map>: random valid files and hostile labels', function () {
  this.timeout(120_000);
  guard();

  it('every partner coloured or listed, the table exact to the euro, nothing out of place', async () => {
    window.__pwned = [];
    const narrow = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el: TradeMap = narrow.appendChild(document.createElement('trade-map'));
    const labels = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ minLength: 1, maxLength: 40 })), {
      minLength: 1,
      maxLength: 5,
    });
    let skipped = 0;
    let cases = 0;
    await check(
      'trade-map',
      fc.asyncProperty(
        flowArb,
        flowArb,
        labels,
        fc.constantFrom('export', 'import', 'balance'),
        async (e, i, l, flow) => {
          const raw = file(e, i, l);
          let data;
          try {
            data = validateTradeData(raw);
          } catch {
            skipped++;
            return; // a label the contract refuses (blank): not this test's concern
          }
          cases++;
          el.flow = flow;
          el.data = data;
          await waitForState(el, ['ready', 'empty']);
          await el.updateComplete;
          const root = el.shadowRoot!;
          expect(badAttributes(root)).to.deep.equal([]);
          if (el.state === 'empty') return;
          const model = el.model!;
          const drawn = new Set([...root.querySelectorAll('g[data-key]')].map((g) => g.getAttribute('data-key')));
          for (const row of model.rows) expect(row.drawn ? drawn.has(row.code) : !drawn.has(row.code)).to.equal(true);
          const values = model.rows.filter((r) => r.drawn).map((r) => Math.abs(r.value));
          expect(values).to.deep.equal([...values].sort((a, b) => b - a));
          const table = (el as unknown as { tableFor(m: unknown): { rows: { value?: number }[][] } }).tableFor(model);
          const sum = (column: number) => table.rows.reduce((s, row) => s + (row[column].value ?? 0), 0);
          if (flow !== 'import') expect(sum(1)).to.equal(data.totals.export);
          if (flow !== 'export') expect(sum(2)).to.equal(data.totals.import);
          const svg = root.querySelector('.chart svg')!.getBoundingClientRect();
          for (const label of root.querySelectorAll('[part="label"]')) {
            const box = label.getBoundingClientRect();
            expect(box.left >= svg.left - 1 && box.right <= svg.right + 1, label.textContent).to.equal(true);
          }
          expect(root.querySelectorAll('img, script, iframe, style:not(:first-child)').length).to.equal(0);
          expect(window.__pwned).to.deep.equal([]);
        },
      ),
      SEED,
      RUNS,
      100_000,
    );
    expect(skipped, 'cases refused by the contract').to.be.below(RUNS / 2);
    expect(cases).to.equal(RUNS - skipped);
  });
});
