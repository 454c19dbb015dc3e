/** `<trade-trend>`'s pure steps: the points and changes of a series, and the layout of lines, bars and panels. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TradeSeries } from '../../../data/contract.ts';
import { validateSeries } from '../../../data/validate-series.ts';
import { TradeError } from '../../../data/errors.ts';
import { monospaceMeasure } from '../../../layout/text.ts';
import { layoutTrend, linePath, niceTicks, type TrendWords } from '../layout.ts';
import { change, trendModel } from '../model.ts';
import { makeSeries } from './series-fixture.ts';

const M = 1_000_000;

/** n quarters of exports 100 + i M€ and imports 50 M€. */
const steady = (n: number) =>
  makeSeries(
    Array.from({ length: n }, (_, i) => (100 + i) * M),
    Array.from({ length: n }, () => 50 * M),
  );

const words: TrendWords = {
  euros: (v) => `${v / M} M€`,
  tick: String,
  balance: 'Solde',
  name: (code) => code,
  panelValue: (i) => `panel ${i}`,
  panelChange: () => '',
};
const measure = monospaceMeasure();

describe('model', () => {
  test('by quarter: one point per quarter with its balance; the changes over 4 and 20 quarters', () => {
    const model = trendModel(validateSeries(steady(24)));
    assert.equal(model.points.length, 24);
    assert.deepEqual(model.points[0], {
      key: '2020-Q1',
      year: 2020,
      quarter: 1,
      export: 100 * M,
      import: 50 * M,
      balance: 50 * M,
    });
    assert.equal(model.points[23].key, '2025-Q4');
    const h = model.headline!;
    assert.equal(h.latest.export, 123 * M);
    // One year: 123 against 119; five years: against 103.
    assert.equal(h.oneYear!.from.key, '2024-Q4');
    assert.equal(h.oneYear!.ratio.export, 123 / 119 - 1);
    assert.equal(h.fiveYears!.from.key, '2020-Q4');
    assert.equal(h.fiveYears!.ratio.export, 123 / 103 - 1);
    assert.equal(h.fiveYears!.ratio.import, 0);
    assert.equal(h.fiveYears!.balance, (123 - 50 - (103 - 50)) * M);
    assert.equal(model.max, 123 * M);
  });

  test('by year: the complete years; no five-year change with four years; none at all with one', () => {
    const four = trendModel(validateSeries(steady(16)), { period: 'year' });
    assert.deepEqual(
      four.points.map((p) => [p.key, p.export]),
      [
        ['2020', (100 + 101 + 102 + 103) * M],
        ['2021', (104 + 105 + 106 + 107) * M],
        ['2022', (108 + 109 + 110 + 111) * M],
        ['2023', (112 + 113 + 114 + 115) * M],
      ],
    );
    assert.equal(four.headline?.oneYear?.ratio.export, (112 + 113 + 114 + 115) / (108 + 109 + 110 + 111) - 1);
    assert.equal(four.headline.fiveYears, undefined);
    const one = trendModel(validateSeries(steady(4)));
    assert.equal(one.points.length, 4);
    assert.equal(one.headline?.oneYear, undefined);
    assert.equal(trendModel(validateSeries(steady(4)), { period: 'year' }).points.length, 1);
  });

  test('a missing quarter stays null, its year too; it is listed as missing; changes never start from it', () => {
    const exp: (number | null)[] = Array.from({ length: 12 }, () => 10 * M);
    const imp: (number | null)[] = Array.from({ length: 12 }, () => 4 * M);
    exp[6] = imp[6] = null;
    exp[11] = 0; // a real zero
    const series = validateSeries(makeSeries(exp, imp));
    const model = trendModel(series);
    assert.equal(model.points[6].export, null);
    assert.equal(model.points[6].balance, null);
    assert.deepEqual(model.missing, ['2021-Q3']);
    assert.equal(model.points[11].export, 0);
    assert.deepEqual(series.years.export, [40 * M, null, 30 * M]);
    const byYear = trendModel(series, { period: 'year' });
    assert.deepEqual(byYear.missing, ['2021']);
    // The latest year: 30 M€ against a missing 2021: no one-year change.
    assert.equal(byYear.headline?.oneYear, undefined);
  });

  test('leading missing quarters are not part of the history', () => {
    const model = trendModel(
      validateSeries(makeSeries([null, null, 5, 6, 7, 8, 9, 10], [null, null, 1, 1, 1, 1, 1, 1])),
    );
    assert.deepEqual(
      model.points.map((p) => p.key),
      ['2020-Q3', '2020-Q4', '2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4'],
    );
    assert.deepEqual(model.missing, []);
  });

  test('panels: the top five of a flow, each with its latest value and changes, on one scale', () => {
    const values = (base: number) => Array.from({ length: 6 }, (_, i) => (base + i) * M);
    const top: TradeSeries['top'] = {
      partners: {
        export: [
          { code: 'US', values: values(50) },
          { code: 'ES', values: [null, ...values(10).slice(1)] },
        ],
        import: [{ code: 'CN', values: values(5) }],
      },
      products: { export: [], import: [] },
    };
    const q = Array.from({ length: 24 }, () => 100 * M);
    const model = trendModel(validateSeries(makeSeries(q, q, 2019, top)), { show: 'partners' });
    assert.deepEqual(
      model.panels.map((p) => [p.code, p.latest, p.oneYear, p.fiveYears]),
      [
        ['US', 55 * M, 55 / 54 - 1, 55 / 50 - 1],
        ['ES', 15 * M, 15 / 14 - 1, undefined],
      ],
    );
    assert.deepEqual(model.years, [2019, 2020, 2021, 2022, 2023, 2024]);
    assert.equal(model.max, 55 * M);
    assert.deepEqual(
      trendModel(validateSeries(makeSeries(q, q, 2019, top)), { show: 'partners', flow: 'import' }).panels.map(
        (p) => p.code,
      ),
      ['CN'],
    );
  });

  test('change: undefined from a missing or zero start', () => {
    assert.equal(change(5, 4), 0.25);
    assert.equal(change(5, 0), undefined);
    assert.equal(change(null, 4), undefined);
    assert.equal(change(5, null), undefined);
  });
});

describe('layout', () => {
  test('nice ticks cover the maximum with round steps', () => {
    // A step of at least 123 / 4 = 30.75, among 1, 2, 2.5, 5 × 10ⁿ: 50.
    assert.deepEqual(niceTicks(123), [0, 50, 100, 150]);
    assert.deepEqual(niceTicks(300), [0, 100, 200, 300]);
    assert.deepEqual(niceTicks(0), [0]);
  });

  test('a line is broken at a missing value', () => {
    assert.equal(
      linePath([{ x: 0, y: 1 }, { x: 1, y: 2 }, { x: 2 }, { x: 3, y: 4 }, { x: 4, y: 5 }]),
      'M0 1L1 2M3 4L4 5',
    );
  });

  test('flows: one band per quarter across the plot, values on one scale from 0, balance bars by sign', () => {
    const exp: (number | null)[] = [100, 200, 300, 400].map((v) => v * M);
    const imp: (number | null)[] = [150, 100, 300, 0].map((v) => v * M);
    const model = trendModel(validateSeries(makeSeries(exp, imp)));
    const layout = layoutTrend(model, 600, measure, words);
    assert.equal(layout.points.length, 4);
    const { x1, x2, y1, y2 } = layout.plot;
    const step = (x2 - x1) / 4;
    layout.points.forEach((p, i) => {
      assert.ok(Math.abs(p.x - (x1 + step * (i + 0.5))) < 0.06, `x of ${p.key}`);
      assert.ok(p.band.x >= x1 - 0.05 && p.band.x + p.band.width <= x2 + 0.1);
    });
    // Ticks 0-400 M€: 400 M€ at the top, 200 M€ halfway.
    assert.ok(Math.abs(layout.points[3].y.export! - y1) < 0.01);
    assert.ok(Math.abs(layout.points[1].y.export! - (y1 + y2) / 2) < 0.01);
    assert.ok(Math.abs(layout.points[3].y.import! - y2) < 0.01);
    assert.deepEqual(
      layout.points.map((p) => p.bar?.sign),
      ['negative', 'positive', 'zero', 'positive'],
    );
    // Bars: a balance of +400 is four times as tall as one of +100, and goes up from the zero line.
    const [, b100, , b400] = layout.points.map((p) => p.bar!);
    assert.ok(Math.abs(b400.height / b100.height - 4) < 0.02);
    assert.ok(Math.abs(b400.y + b400.height - layout.balance!.zero) < 0.1);
    const below = layout.points[0].bar!;
    assert.ok(Math.abs(below.y - layout.balance!.zero) < 0.1, 'a deficit hangs under the zero line');
    assert.equal(layout.paths.export.split(/[ML]/).filter(Boolean).length, 4);
    assert.equal(layout.ticks.map((t) => t.text).join(), '2020');
  });

  test('a missing quarter: no value, the line broken, the band kept for the keyboard', () => {
    const exp: (number | null)[] = [1, 2, null, 4, 5, 6, 7, 8].map((v) => (v === null ? null : v * M));
    const model = trendModel(
      validateSeries(
        makeSeries(
          exp,
          exp.map((v) => (v === null ? null : 1)),
        ),
      ),
    );
    const layout = layoutTrend(model, 400, measure, words);
    assert.equal(layout.points[2].missing, true);
    assert.deepEqual(layout.points[2].y, {});
    assert.equal(layout.points[2].bar, undefined);
    assert.equal((layout.paths.export.match(/M/g) ?? []).length, 2);
  });

  test('25 years of quarters fit 320 px: every band inside, year labels thinned apart', () => {
    const n = 100;
    const model = trendModel(validateSeries(steady(n)));
    for (const width of [320, 760]) {
      const layout = layoutTrend(model, width, measure, words);
      assert.equal(layout.points.length, n);
      for (const p of layout.points) assert.ok(p.band.x >= 0 && p.band.x + p.band.width <= width + 0.1);
      const xs = layout.ticks.map((t) => t.x);
      const labelWidth = measure('2024', 12);
      for (let i = 1; i < xs.length; i++) assert.ok(xs[i] - xs[i - 1] >= labelWidth, `labels apart at ${width}`);
      assert.equal(layout.ticks.at(-1)?.text, '2044', 'the latest year is always labelled');
      assert.equal(layout.dots, false);
    }
  });

  test('panels: as many columns as fit, one scale for all', () => {
    const top: TradeSeries['top'] = {
      partners: {
        export: ['A', 'B', 'C', 'D', 'E'].map((code, k) => ({ code, values: [10 * (k + 1) * M, 20 * (k + 1) * M] })),
        import: [],
      },
      products: { export: [], import: [] },
    };
    const q = Array.from({ length: 8 }, () => 100 * M);
    const model = trendModel(validateSeries(makeSeries(q, q, 2023, top)), { show: 'partners' });
    const wide = layoutTrend(model, 760, measure, words);
    assert.equal(new Set(wide.panels.map((p) => p.y)).size, 1, 'one row at 760 px');
    const narrow = layoutTrend(model, 320, measure, words);
    assert.equal(new Set(narrow.panels.map((p) => p.x)).size, 2, 'two columns at 320 px');
    // One scale: E's 100 M€ is five times as high above its baseline as A's 20 M€.
    const height = (i: number) => narrow.panels[i].baseline.y - narrow.panels[i].points[1].y.value!;
    assert.ok(Math.abs(height(4) / height(0) - 5) < 0.01);
    assert.equal(narrow.points.length, 10);
    for (const p of narrow.panels) assert.ok(p.x + p.width <= 320.01);
  });
});

describe('the series validator', () => {
  const refusal = (json: unknown) => {
    try {
      validateSeries(json);
      return undefined;
    } catch (e) {
      assert.ok(e instanceof TradeError);
      return `${e.problem?.code} at ${e.problem?.path}`;
    }
  };

  test('refuses a year that is not the sum of its quarters, to the euro', () => {
    const s = steady(8);
    s.years.export[1] = (s.years.export[1] as number) + 1;
    assert.equal(refusal(s), 'total-mismatch at years.export[1]');
  });

  test('refuses a quarter missing in one flow only, flows of different lengths, a yearly file', () => {
    const s = steady(8);
    s.quarters.import[2] = null;
    assert.equal(refusal(s), 'type at quarters.export[2]');
    const t = steady(8);
    t.quarters.import.pop();
    assert.equal(refusal(t), 'total-mismatch at quarters.import');
    assert.equal(refusal({ schema: 2, year: 2024 }), 'missing at kind');
  });

  test('refuses a top item without a label, or with a wrong number of values', () => {
    const s = steady(8);
    s.top.partners.export.push({ code: 'US', values: [1, 2] });
    assert.equal(refusal(s), 'unknown-code at top.partners.export[0].code');
    s.countries.US = 'États-Unis';
    assert.equal(refusal(s), undefined);
    s.top.partners.export[0].values.push(3);
    assert.equal(refusal(s), 'total-mismatch at top.partners.export[0].values');
  });

  test('cleans labels: control and bidirectional characters removed', () => {
    const s = steady(4);
    s.territory.name = 'Ge\u202ers\u0007';
    assert.equal(validateSeries(s).territory.name, 'Ge rs');
  });
});
