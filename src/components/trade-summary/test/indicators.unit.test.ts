/** The dependency indicators of `<trade-summary>` (indicators.ts), computed again here from the flows. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { FlowTriple, TradeData } from '../../../data/contract.ts';
import { validateTradeData } from '../../../data/validate.ts';
import { makeData, type DataSpec } from '../../../../test/helpers/data.ts';
import { dependencyOf, franceFor } from '../indicators.ts';

const data = (spec: DataSpec = {}): TradeData => validateTradeData(makeData(spec));
const demo = (path: string): TradeData =>
  validateTradeData(
    JSON.parse(readFileSync(new URL(`../../../../public/data/latest/${path}`, import.meta.url), 'utf8')),
  );
function close(actual: number | undefined, expected: number, what: string): void {
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) < 1e-9 * Math.max(1, expected),
    `${what}: ${actual} vs ${expected}`,
  );
}

/** Euros by country, largest first, computed without the library's helpers. */
function byCountry(flows: readonly FlowTriple[]): [string, number][] {
  const sums: Record<string, number> = {};
  for (const [, country, value] of flows) sums[country] = (sums[country] ?? 0) + value;
  return Object.entries(sums)
    .filter(([, value]) => value > 0)
    .sort((a, b) => b[1] - a[1]);
}

describe('dependency indicators', () => {
  test('the default file: exports ES 180, US 80, DE 40 (300); imports US 150 of 215 (M€)', () => {
    const d = dependencyOf(data());
    close(d.topThree, 1, 'top three');
    // (60 %)² + (26.7 %)² + (13.3 %)²
    close(d.hhi, 60 ** 2 + (80 / 3) ** 2 + (40 / 3) ** 2, 'HHI');
    assert.equal(d.supplier?.code, 'US');
    close(d.supplier.share, 150 / 215, 'first supplier');
  });

  test('a single partner: HHI 10 000; no imports: no supplier; no exports: no concentration', () => {
    const single = dependencyOf(data({ export: [['C11Z', 'US', 5]], import: [] }));
    close(single.hhi, 10_000, 'HHI');
    close(single.topThree, 1, 'top three');
    assert.equal(single.supplier, undefined);
    const none = dependencyOf(data({ export: [] }));
    assert.equal(none.hhi, undefined);
    assert.equal(none.topThree, undefined);
  });

  test('France beside a department, not beside France itself, nor from another year', () => {
    const france = data({ level: 'france' });
    assert.equal(franceFor(data(), france), france);
    assert.equal(franceFor(france, france), undefined);
    assert.equal(franceFor(data({ year: 2023 }), france), undefined);
    assert.equal(franceFor(data(), data()), undefined);
  });

  test('the demo Gers and France, from the triples', () => {
    for (const file of [demo('departments/32.json'), demo('france.json')]) {
      const d = dependencyOf(file);
      const exports = byCountry(file.flows.export);
      const total = exports.reduce((sum, [, value]) => sum + value, 0);
      assert.equal(total, file.totals.export);
      close(d.topThree, (exports[0][1] + exports[1][1] + exports[2][1]) / total, 'top three');
      close(
        d.hhi,
        exports.map(([, v]) => ((100 * v) / total) ** 2).reduce((a, b) => a + b, 0),
        'HHI',
      );
      const [supplier, value] = byCountry(file.flows.import)[0];
      assert.equal(d.supplier?.code, supplier);
      close(d.supplier.share, value / file.totals.import, 'first supplier');
    }
    // As the summary shows them: the Gers is more concentrated than France.
    assert.equal(Math.round(dependencyOf(demo('departments/32.json')).hhi ?? 0), 1518);
    assert.equal(Math.round(dependencyOf(demo('france.json')).hhi ?? 0), 979);
  });
});
