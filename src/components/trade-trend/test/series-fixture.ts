/** Series files written by hand, for the unit and browser tests of `<trade-trend>`. */
import type { TradeSeries } from '../../../data/contract.ts';

/**
 * A series by hand: quarters from `start`, exports and imports given per quarter;
 * the years are summed here from complete runs of four quarters starting at Q1.
 */
export function makeSeries(
  exp: (number | null)[],
  imp: (number | null)[],
  startYear = 2020,
  top: TradeSeries['top'] = { partners: { export: [], import: [] }, products: { export: [], import: [] } },
): TradeSeries {
  const years: Record<'export' | 'import', (number | null)[]> = { export: [], import: [] };
  for (let i = 0; i + 4 <= exp.length; i += 4) {
    for (const [flow, list] of [
      ['export', exp],
      ['import', imp],
    ] as const) {
      const four = list.slice(i, i + 4);
      years[flow].push(four.includes(null) ? null : (four as number[]).reduce((a, b) => a + b, 0));
    }
  }
  const countries: Record<string, string> = {};
  for (const flow of ['export', 'import'] as const) for (const p of top.partners[flow]) countries[p.code] = p.code;
  return {
    kind: 'series',
    schema: 1,
    year: startYear + years.export.length - 1,
    territory: { level: 'department', code: '32', name: 'Gers', region: { code: '76', name: 'Occitanie' } },
    quarters: { start: { year: startYear, quarter: 1 }, export: exp, import: imp },
    years: { start: startYear, ...years },
    top,
    products: {},
    countries,
    source: { name: 'DGDDI', licence: 'Licence Ouverte 2.0', url: 'https://www.douane.gouv.fr/', demo: true },
  };
}
