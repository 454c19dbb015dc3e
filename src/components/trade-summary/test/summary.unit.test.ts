/** Key figures: shares, change, ranks, balance. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateTradeData } from '../../../data/validate.ts';
import { makeData } from '../../../../test/helpers/data.ts';
import { summaryModel } from '../model.ts';

const gers = () => ({
  ...makeData({
    export: [['C11Z', 'ES', 593_300_000]],
    import: [['C30C', 'US', 684_600_000]],
    region: { code: '76', name: 'Occitanie', totals: { export: 49_453_900_000, import: 37_655_400_000 } },
    france: { export: 580_354_500_000, import: 684_776_300_000 },
  }),
  previous: { year: 2023, totals: { export: 500_000_000, import: 700_000_000 } },
  ranks: { export: { rank: 45, of: 101 }, import: { rank: 40, of: 101 }, balance: { rank: 60, of: 101 } },
});

test('shares of the region and of France, as the report computes them', () => {
  const k = summaryModel(validateTradeData(gers()));
  assert.equal(k.flows[0].flow, 'export');
  assert.equal(k.flows[0].regionShare, 593_300_000 / 49_453_900_000);
  assert.equal(k.flows[1].franceShare, 684_600_000 / 684_776_300_000);
  assert.equal(k.regionName, 'Occitanie');
});

test('change from the previous year, ranks and the balance', () => {
  const k = summaryModel(validateTradeData(gers()));
  assert.equal(k.flows[0].change, 593_300_000 / 500_000_000 - 1);
  assert.deepEqual(k.flows[1].rank, { rank: 40, of: 101 });
  assert.equal(k.balance.value, 593_300_000 - 684_600_000);
  assert.equal(k.balance.previous, -200_000_000);
  assert.deepEqual(k.balance.rank, { rank: 60, of: 101 });
  assert.equal(k.previousYear, 2023);
});

test('without previous year, ranks or parents, those figures are absent, not zero', () => {
  const k = summaryModel(validateTradeData(makeData({ level: 'france' })));
  assert.equal(k.flows[0].regionShare, undefined);
  assert.equal(k.flows[0].franceShare, undefined);
  assert.equal(k.flows[0].change, undefined);
  assert.equal(k.flows[0].rank, undefined);
});

test('a previous total of zero gives no change (not Infinity)', () => {
  const d = gers();
  d.previous.totals.import = 0;
  assert.equal(summaryModel(validateTradeData(d)).flows[1].change, undefined);
});

test('one flow only', () => {
  const k = summaryModel(validateTradeData(gers()), ['import']);
  assert.deepEqual(
    k.flows.map((f) => f.flow),
    ['import'],
  );
});
