/**
 * `<trade-partner>`'s model and layout on random valid files (fast-check, fixed seed,
 * the robustness suite's generators): the figures computed again here from the raw
 * triples, and every box of the layout inside the width, with no NaN.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Flow, FlowTriple } from '../../../data/contract.ts';
import { formatEuros, formatPercent } from '../../../data/format.ts';
import { fr } from '../../../data/i18n/fr.ts';
import { validateTradeData } from '../../../data/validate.ts';
import { monospaceMeasure } from '../../../layout/text.ts';
import { buildFile, specArb } from '../../../../test/browser/robustness/gen.ts';
import { layoutPartner } from '../layout.ts';
import { partnerModel } from '../model.ts';

const FLOWS: Flow[] = ['export', 'import'];
const measure = monospaceMeasure();

test('random valid files: trade, ranks, shares, products and layout', () => {
  fc.assert(
    fc.property(
      specArb({ maxFlows: 300 }),
      fc.nat(),
      fc.integer({ min: 1, max: 8 }),
      fc.constantFrom(320, 600),
      (spec, pick, limit, width) => {
        const data = validateTradeData(buildFile(spec));
        const countries = Object.keys(data.countries);
        const country = countries.length ? countries[pick % countries.length] : 'US';
        const model = partnerModel(data, country, {}, limit);
        const of = (flow: Flow) => data.flows[flow].filter((t) => t[1] === country && t[2] > 0);
        const sum = (list: FlowTriple[]) => list.reduce((s, t) => s + t[2], 0);
        const trades = of('export').length + of('import').length > 0;
        assert.equal(!!model.profile, trades);
        if (!model.profile) return;
        const p = model.profile;
        for (const flow of FLOWS) {
          const value = sum(of(flow));
          assert.equal(flow === 'export' ? p.exp : p.imp, value);
          const share = p.shares[0].share[flow];
          assert.ok(share >= 0 && share <= 1, `share ${share}`);
          // Rank: one more than the partners with more trade (ties in code order).
          const rank = p.rank[flow];
          assert.equal(rank === undefined, value === 0);
          if (rank) assert.ok(rank.rank >= 1 && rank.rank <= rank.of);
          const list = p.products[flow];
          assert.ok(list.rows.length <= limit);
          assert.equal(list.rows.reduce((s, r) => s + r.value, 0) + list.rest.value, value);
          for (const row of list.rows) {
            const all = sum(data.flows[flow].filter((t) => t[0] === row.code));
            assert.ok(Math.abs(row.exposure - row.value / all) < 1e-12);
            assert.ok(row.exposure > 0 && row.exposure <= 1);
          }
        }
        const layout = layoutPartner(p, width, measure, {
          figures: [
            { key: 'export', label: 'Exportations', value: formatEuros(p.exp, fr), note: 'note' },
            { key: 'import', label: 'Importations', value: formatEuros(p.imp, fr) },
            { key: 'balance', label: 'Solde', value: formatEuros(p.balance, fr, { signed: true }) },
          ],
          shareHead: fr.partner.shareHead,
          placeName: (place) => place.name,
          share: (ratio) => formatPercent(ratio, fr),
          productHead: fr.partner.productHead,
          gaugeHead: fr.partner.gaugeHead,
          none: fr.partner.noFlow,
          productName: (code) => data.products[code],
          euros: (value) => formatEuros(value, fr),
        });
        const json = JSON.stringify(layout);
        assert.ok(!/NaN|Infinity|null/.test(json), 'no NaN');
        for (const block of layout.products)
          for (const row of block.rows) {
            for (const box of [row.bar, row.track, row.fill])
              if (box) assert.ok(box.x >= 0 && box.x + box.width <= width + 1e-6 && box.width >= 0, row.key);
            if (row.tick) assert.ok(row.tick.x >= row.track.x - 1e-6 && row.tick.x <= row.track.x + row.track.width);
          }
        for (const block of layout.shares)
          for (const row of block.rows) if (row.bar) assert.ok(row.bar.x + row.bar.width <= width + 1e-6);
      },
    ),
    { seed: 20261204, numRuns: 150 },
  );
});
