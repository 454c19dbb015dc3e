/** `<trade-partner>`'s pure steps: the profile of one partner country, its comparisons, and the layout. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Flow, FlowTriple, TradeData } from '../../../data/contract.ts';
import { formatEuros, formatPercent } from '../../../data/format.ts';
import en from '../../../data/i18n/en.ts';
import { fr } from '../../../data/i18n/fr.ts';
import { validateTradeData } from '../../../data/validate.ts';
import { monospaceMeasure } from '../../../layout/text.ts';
import { makeData, type DataSpec } from '../../../../test/helpers/data.ts';
import { comparisonQueries } from '../../base/controllers/comparison.ts';
import { WIDE, estimateHeight, layoutPartner, type PartnerLayout, type PartnerWords } from '../layout.ts';
import { comparisonsFor, partnerModel, type PartnerProfile } from '../model.ts';

const data = (spec: DataSpec = {}): TradeData => validateTradeData(makeData(spec));
const M = 1_000_000;
const demo = (path: string): TradeData =>
  validateTradeData(
    JSON.parse(readFileSync(new URL(`../../../../public/data/latest/${path}`, import.meta.url), 'utf8')),
  );

/** Euros of the flow list with `country`, product `product` if given: computed here from the triples. */
const total = (flows: readonly FlowTriple[], country?: string, product?: string) =>
  flows
    .filter((t) => (country === undefined || t[1] === country) && (product === undefined || t[0] === product))
    .reduce((sum, t) => sum + t[2], 0);

function profileOf(model: ReturnType<typeof partnerModel>): PartnerProfile {
  assert.ok(model.profile, 'a profile');
  return model.profile;
}

// The default file: exports C11Z→ES 120, C11Z→US 80, A01Z→ES 60, C10A→DE 40 (300);
// imports C30C←US 150, A01Z←ES 30, C28A←DE 25, C28A←CN 10 (215), in M€.
describe('the profile of a partner', () => {
  test('trade with the country, its ranks and its share of the territory', () => {
    const p = profileOf(partnerModel(data(), 'US'));
    assert.deepEqual([p.code, p.exp, p.imp, p.balance], ['US', 80 * M, 150 * M, -70 * M]);
    // Exports: ES 180, US 80, DE 40; imports: US 150, ES 30, DE 25, CN 10.
    assert.deepEqual(p.rank, { export: { rank: 2, of: 3 }, import: { rank: 1, of: 4 } });
    assert.deepEqual(p.shares, [{ level: 'department', name: 'Gers', share: { export: 80 / 300, import: 150 / 215 } }]);
  });

  test('a country with no exports has no export rank and no export products', () => {
    const p = profileOf(partnerModel(data(), 'CN'));
    assert.equal(p.exp, 0);
    assert.equal(p.rank.export, undefined);
    assert.deepEqual(p.rank.import, { rank: 4, of: 4 });
    assert.deepEqual(p.products.export.rows, []);
    assert.deepEqual(
      p.products.import.rows.map((r) => [r.code, r.value, r.exposure]),
      [['C28A', 10 * M, 10 / 35]],
    );
  });

  test('products, largest first, each with the share of its flow that is with the country', () => {
    const p = profileOf(partnerModel(data(), 'ES'));
    // C11Z: 120 of its 200 to ES; A01Z: all 60.
    assert.deepEqual(
      p.products.export.rows.map((r) => [r.code, r.value, r.exposure]),
      [
        ['C11Z', 120 * M, 120 / 200],
        ['A01Z', 60 * M, 1],
      ],
    );
    assert.deepEqual(p.products.export.rest, { count: 0, value: 0 });
  });

  test('limit keeps the first products and counts the others', () => {
    const exp: FlowTriple[] = [
      ['C11Z', 'US', 50 * M],
      ['A01Z', 'US', 30 * M],
      ['C10A', 'US', 20 * M],
      ['C28A', 'US', 5 * M],
    ];
    const p = profileOf(partnerModel(data({ export: exp }), 'US', {}, 2));
    assert.deepEqual(
      p.products.export.rows.map((r) => r.code),
      ['C11Z', 'A01Z'],
    );
    assert.deepEqual(p.products.export.rest, { count: 2, value: 25 * M });
  });

  test('the partners, largest total trade first, and no profile for a country without trade', () => {
    const m = partnerModel(data(), 'IT');
    // US 230, ES 210, DE 65, CN 10.
    assert.deepEqual(m.partners, ['US', 'ES', 'DE', 'CN']);
    assert.equal(m.asked, 'IT');
    assert.equal(m.profile, undefined);
    assert.equal(partnerModel(data(), undefined).asked, undefined);
    assert.equal(partnerModel(data(), '').asked, undefined);
  });

  test('comparison files: the region and France for a department, France for a region, none for France', () => {
    const dept = data();
    const region = data({ level: 'region' });
    const france = data({ level: 'france' });
    assert.deepEqual(comparisonsFor(dept, { region, france }), { region, france });
    assert.deepEqual(comparisonsFor(region, { region, france }), { region: undefined, france });
    assert.deepEqual(comparisonsFor(france, { region, france }), { region: undefined, france: undefined });
    // Another year, or another region, is left out.
    assert.deepEqual(comparisonsFor(dept, { region: data({ level: 'region', year: 2023 }) }).region, undefined);
    assert.deepEqual(comparisonsFor(dept, { region: data({ level: 'region', code: '75' }) }).region, undefined);
    assert.deepEqual(comparisonQueries(dept, 'x/'), {
      region: { region: '76', year: 2024, baseUrl: 'x/' },
      france: { level: 'france', year: 2024, baseUrl: 'x/' },
    });
    assert.deepEqual(comparisonQueries(france, undefined), { region: undefined, france: undefined });
    assert.deepEqual(comparisonQueries(dept, undefined, ['france']), {
      region: undefined,
      france: { level: 'france', year: 2024, baseUrl: undefined },
    });
  });
});

describe('the demo Gers against Occitanie and France', () => {
  const gers = demo('departments/32.json');
  const occitanie = demo('regions/76.json');
  const france = demo('france.json');
  const comparison = { region: occitanie, france };

  test('the Gers and the United States: trade, ranks and the three shares, to the euro', () => {
    const p = profileOf(partnerModel(gers, 'US', comparison));
    const exp = total(gers.flows.export, 'US');
    const imp = total(gers.flows.import, 'US');
    assert.equal(p.exp, exp);
    assert.equal(p.imp, imp);
    assert.equal(p.balance, exp - imp);
    // The rank: how many partners export more, plus one.
    const partners = (flows: readonly FlowTriple[]) => new Set(flows.filter((t) => t[2] > 0).map((t) => t[1]));
    const above = [...partners(gers.flows.export)].filter((c) => total(gers.flows.export, c) > exp).length;
    assert.deepEqual(p.rank.export, { rank: above + 1, of: partners(gers.flows.export).size });
    const shareOf = (file: TradeData, flow: Flow) => total(file.flows[flow], 'US') / file.totals[flow];
    assert.deepEqual(
      p.shares.map((s) => [s.name, s.share.export, s.share.import]),
      [gers, occitanie, france].map((file) => [file.territory.name, shareOf(file, 'export'), shareOf(file, 'import')]),
    );
    // As displayed: one decimal.
    const shown = p.shares.map((s) => formatPercent(s.share.export, fr));
    assert.deepEqual(
      shown,
      [gers, occitanie, france].map((file) => formatPercent(Math.round(shareOf(file, 'export') * 1000) / 1000, fr)),
    );
    assert.equal(formatEuros(p.exp, fr), formatEuros(exp, fr));
  });

  test('each product’s exposure, here and in France, from the triples', () => {
    const p = profileOf(partnerModel(gers, 'US', comparison));
    for (const flow of ['export', 'import'] as const) {
      const rows = p.products[flow].rows;
      assert.ok(rows.length > 0, flow);
      const values = rows.map((r) => r.value);
      assert.deepEqual(
        values,
        [...values].sort((a, b) => b - a),
        `${flow}: largest first`,
      );
      for (const row of rows) {
        const own = total(gers.flows[flow], 'US', row.code);
        assert.equal(row.value, own);
        assert.equal(row.exposure, own / total(gers.flows[flow], undefined, row.code));
        const fr = total(france.flows[flow], undefined, row.code);
        assert.equal(row.franceExposure, fr ? total(france.flows[flow], 'US', row.code) / fr : 0);
        const oc = total(occitanie.flows[flow], undefined, row.code);
        assert.equal(row.regionExposure, oc ? total(occitanie.flows[flow], 'US', row.code) / oc : 0);
      }
    }
  });

  test('the partners, largest total trade first, every country of the file', () => {
    const m = partnerModel(gers, undefined, comparison);
    const trade = (c: string) => total(gers.flows.export, c) + total(gers.flows.import, c);
    const totals = m.partners.map(trade);
    assert.deepEqual(
      totals,
      [...totals].sort((a, b) => b - a),
    );
    assert.equal(m.partners.length, Object.keys(gers.countries).length);
    assert.equal(m.profile, undefined);
  });

  test('a region is compared with France only, France with nothing', () => {
    const region = profileOf(partnerModel(occitanie, 'BE', comparison));
    assert.deepEqual(
      region.shares.map((s) => s.level),
      ['region', 'france'],
    );
    assert.equal(region.products.export.rows[0].regionExposure, undefined);
    // Room kept for the places still loading: three for a department, two for a region, one for France.
    assert.deepEqual([profileOf(partnerModel(gers, 'US')).places, region.places], [3, 2]);
    const whole = profileOf(partnerModel(france, 'BE', comparison));
    assert.deepEqual(
      whole.shares.map((s) => s.level),
      ['france'],
    );
    assert.equal(whole.products.export.rows[0].franceExposure, undefined);
    assert.equal(whole.places, 1);
  });
});

describe('layout', () => {
  const measure = monospaceMeasure();
  const words = (t = fr): PartnerWords => ({
    figures: [
      { key: 'export', label: 'Exportations', value: '80,0 M€', note: '2e destination sur 3' },
      { key: 'import', label: 'Importations', value: '150,0 M€', note: '1er fournisseur sur 4' },
      { key: 'balance', label: 'Solde', value: '−70,0 M€' },
    ],
    shareHead: t.partner.shareHead,
    placeName: (place) => place.name,
    share: (ratio) => formatPercent(ratio, t),
    productHead: t.partner.productHead,
    gaugeHead: t.partner.gaugeHead,
    none: t.partner.noFlow,
    productName: (code) => `Product ${code}`,
    euros: (value) => formatEuros(value, t),
  });
  const profile = profileOf(partnerModel(data(), 'ES', { region: data({ level: 'region' }) }));

  /** Every box and text start lies within [0, width]. */
  function expectInside(layout: PartnerLayout) {
    const xs: number[] = [];
    for (const f of layout.figures) xs.push(f.label.x, f.value.x);
    for (const block of layout.shares)
      for (const row of block.rows) xs.push(row.label.x, ...(row.bar ? [row.bar.x, row.bar.x + row.bar.width] : []));
    for (const block of layout.products)
      for (const row of block.rows) xs.push(row.track.x, row.track.x + row.track.width, row.value.x, row.exposure.x);
    for (const x of xs) {
      assert.ok(x >= 0 && x <= layout.width + 0.001, `${x} in [0, ${layout.width}]`);
    }
  }

  test('wide: exports and imports side by side, bars on one scale, gauges filled to the exposure', () => {
    const l = layoutPartner(profile, 800, measure, words());
    assert.equal(l.wide, true);
    assert.equal(l.products[0].head.x, 0);
    assert.ok(l.products[1].head.x > 400);
    assert.equal(l.shares[0].rows[0].label.y, l.shares[1].rows[0].label.y);
    // Export bars: C11Z 120 and A01Z 60 to ES; import bar A01Z 30.
    const [c11z, a01z] = l.products[0].rows;
    const [imported] = l.products[1].rows;
    assert.ok(c11z.bar && a01z.bar && imported.bar);
    assert.ok(Math.abs(a01z.bar.width * 2 - c11z.bar.width) < 0.001);
    assert.ok(Math.abs(imported.bar.width * 4 - c11z.bar.width) < 0.001);
    // Exposure: C11Z 60 %, A01Z 100 %.
    assert.ok(c11z.fill && a01z.fill);
    assert.ok(Math.abs(c11z.fill.width - 0.6 * c11z.track.width) < 0.001);
    assert.equal(a01z.fill.width, a01z.track.width);
    assert.equal(c11z.exposure.text, '60,0\u202f%');
    assert.deepEqual(
      l.products[0].rows.map((r) => r.key),
      ['export:C11Z', 'export:A01Z'],
    );
    // Shares: Gers (ES 180/300 = 60 %) and the region (the same flows: 60 %), on one scale.
    const [own, region] = l.shares[0].rows;
    assert.ok(own.bar && region.bar);
    assert.ok(Math.abs(own.bar.width - region.bar.width) < 0.001);
    expectInside(l);
  });

  test('narrow: one column; the height grows, nothing leaves the width', () => {
    const l = layoutPartner(profile, 320, measure, words(en));
    assert.equal(l.wide, false);
    assert.equal(l.products[1].head.x, 0);
    assert.ok(l.products[1].head.y > l.products[0].rows[1].band.y);
    assert.ok(l.height > layoutPartner(profile, WIDE, measure, words()).height);
    expectInside(l);
  });

  test('France’s tick sits at its exposure on the gauge', () => {
    const withFrance = profileOf(partnerModel(data(), 'ES', { france: data({ level: 'france' }) }));
    const [row] = layoutPartner(withFrance, 800, measure, words()).products[0].rows;
    assert.ok(row.tick);
    // France's file is the same flows: C11Z 60 % to ES.
    assert.ok(Math.abs(row.tick.x - (row.track.x + 0.6 * row.track.width)) < 0.001);
  });

  test('a flow with nothing says so', () => {
    const l = layoutPartner(profileOf(partnerModel(data(), 'CN')), 800, measure, words());
    assert.equal(l.products[0].rows.length, 0);
    assert.equal(l.products[0].none?.text, 'aucune exportation');
  });

  test('the placeholder is as high as a chart with as many products', () => {
    for (const width of [320, 800]) {
      const l = layoutPartner(profile, width, measure, words());
      const estimate = estimateHeight(width, 2);
      assert.ok(Math.abs(estimate - l.height) < 40, `${width}: ${estimate} vs ${l.height}`);
    }
  });
});
