/**
 * `<trade-trend year="…">`'s pure steps on the demo series of the Gers: the history up to and
 * including the year, its headline and its small multiples as of that year, each figure
 * checked against the series file read here; and the years a `year` may name.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TradeError } from '../../../data/errors.ts';
import { validateSeries } from '../../../data/validate-series.ts';
import { monospaceMeasure } from '../../../layout/text.ts';
import { layoutTrend, type TrendWords } from '../layout.ts';
import { checkYear, seriesYears, trendModel, yearIn } from '../model.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const file = JSON.parse(readFileSync(join(ROOT, 'public/data/series/departments/32.json'), 'utf8')) as {
  year: number;
  quarters: { start: { year: number; quarter: number }; export: number[]; import: number[] };
  years: { start: number; export: number[]; import: number[] };
  top: { partners: Record<'export' | 'import', { code: string; values: number[] }[]> };
};
const series = validateSeries(file);
const YEAR = 2022;
const M = 1_000_000;
const words: TrendWords = {
  euros: (v) => `${v / M} M€`,
  tick: String,
  balance: 'Solde',
  name: (code) => code,
  panelValue: (i) => `panel ${i}`,
  panelChange: () => '',
};

describe('year="2022" on the demo series of the Gers (2015 Q1 – 2025 Q2)', () => {
  // The file's own indices, computed here: 2022 Q4 is quarter 4 × (2022 − 2015) + 3; 2022 is year 2022 − 2015.
  const q4 = 4 * (YEAR - file.quarters.start.year) + 3;
  const y = YEAR - file.years.start;

  test('the file is as the test expects: quarters from 2015 Q1, complete years 2015–2024, 2025 begun', () => {
    assert.deepEqual(file.quarters.start, { year: 2015, quarter: 1 });
    assert.equal(file.years.start, 2015);
    assert.equal(file.year, 2024);
    assert.equal(file.quarters.export.length, 42);
    assert.ok(file.quarters.export.every((v) => Number.isInteger(v)));
  });

  test('by quarter: the points up to 2022 Q4, each the file’s; the headline as of 2022 Q4', () => {
    const model = trendModel(series, { year: YEAR });
    assert.equal(model.year, YEAR);
    assert.equal(model.points.length, q4 + 1);
    assert.equal(model.points[0].key, '2015-Q1');
    assert.equal(model.points.at(-1)?.key, '2022-Q4');
    model.points.forEach((p, i) => {
      assert.equal(p.export, file.quarters.export[i], p.key);
      assert.equal(p.import, file.quarters.import[i], p.key);
    });
    const { export: exp, import: imp } = file.quarters;
    const h = model.headline!;
    assert.equal(h.latest.key, '2022-Q4');
    assert.equal(h.latest.export, exp[q4]);
    assert.equal(h.latest.balance, exp[q4] - imp[q4]);
    assert.equal(h.oneYear!.from.key, '2021-Q4');
    assert.equal(h.oneYear!.ratio.export, exp[q4] / exp[q4 - 4] - 1);
    assert.equal(h.oneYear!.ratio.import, imp[q4] / imp[q4 - 4] - 1);
    assert.equal(h.fiveYears!.from.key, '2017-Q4');
    assert.equal(h.fiveYears!.ratio.export, exp[q4] / exp[q4 - 20] - 1);
    assert.equal(h.fiveYears!.balance, exp[q4] - imp[q4] - (exp[q4 - 20] - imp[q4 - 20]));
    // The scale is that of the years shown.
    assert.equal(model.max, Math.max(...exp.slice(0, q4 + 1), ...imp.slice(0, q4 + 1)));
    // One band per quarter drawn, the last one 2022 Q4.
    const layout = layoutTrend(model, 760, monospaceMeasure(), words);
    assert.equal(layout.points.length, q4 + 1);
    assert.equal(layout.points.at(-1)?.key, '2022-Q4');
  });

  test('by year: 2015 to 2022, each the file’s; the headline 2022 against 2021 and 2017', () => {
    const model = trendModel(series, { period: 'year', year: YEAR });
    const { export: exp, import: imp } = file.years;
    assert.deepEqual(
      model.points.map((p) => [p.key, p.export, p.import]),
      exp.slice(0, y + 1).map((v, i) => [String(2015 + i), v, imp[i]]),
    );
    const h = model.headline!;
    assert.equal(h.latest.key, '2022');
    assert.equal(h.latest.export, exp[y]);
    assert.equal(h.latest.import, imp[y]);
    assert.equal(h.oneYear!.ratio.export, exp[y] / exp[y - 1] - 1);
    assert.equal(h.fiveYears!.from.key, '2017');
    assert.equal(h.fiveYears!.ratio.export, exp[y] / exp[y - 5] - 1);
    assert.equal(h.fiveYears!.ratio.import, imp[y] / imp[y - 5] - 1);
  });

  test('small multiples: the values up to 2022, the latest and the changes those of 2022', () => {
    const model = trendModel(series, { show: 'partners', flow: 'import', year: YEAR });
    assert.deepEqual(model.years, [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    assert.equal(model.panels.length, 5);
    model.panels.forEach((panel, k) => {
      const { code, values } = file.top.partners.import[k];
      assert.equal(panel.code, code);
      assert.deepEqual(panel.values, values.slice(0, y + 1));
      assert.equal(panel.latest, values[y]);
      assert.equal(panel.oneYear, values[y] / values[y - 1] - 1);
      assert.equal(panel.fiveYears, values[y] / values[y - 5] - 1);
    });
    const layout = layoutTrend(model, 760, monospaceMeasure(), words);
    assert.equal(layout.points.length, 5 * (y + 1));
    assert.equal(layout.points.at(-1)?.key, `${file.top.partners.import[4].code}|2022`);
  });

  test('without a year, the whole series, as before: 42 quarters to 2025 Q2', () => {
    const model = trendModel(series);
    assert.equal(model.points.length, 42);
    assert.equal(model.headline?.latest.key, '2025-Q2');
    assert.equal(model.year, 2024);
    assert.equal(trendModel(series, { show: 'partners' }).panels[0].values.length, 10);
  });
});

describe('the years a year attribute may name', () => {
  test('the series’ complete years; not a year before them, nor one not yet complete', () => {
    assert.deepEqual(seriesYears(series), [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    assert.equal(yearIn(series, '2022'), 2022);
    assert.equal(yearIn(series, ' 2015 '), 2015);
    for (const year of ['2014', '2025', 'abc', '', undefined, null, '2022.5'])
      assert.equal(yearIn(series, year), undefined, String(year));
  });

  test('another year is the “not found” error every element gives, listing the years there are', () => {
    for (const year of [undefined, '', '2024'])
      assert.doesNotThrow(() => {
        checkYear(series, year);
      }, String(year));
    assert.throws(
      () => {
        checkYear(series, '2025', '/data/series/departments/32.json');
      },
      (error: unknown) =>
        error instanceof TradeError &&
        error.kind === 'not-found' &&
        error.url === '/data/series/departments/32.json' &&
        error.problem?.code === 'unknown-year' &&
        error.problem.path === 'year' &&
        error.problem.found === '2025' &&
        error.problem.expected === '2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024',
    );
  });
});
