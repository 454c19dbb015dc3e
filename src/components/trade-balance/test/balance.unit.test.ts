/** `<trade-balance>`'s pure steps: the aggregation of partner countries and the butterfly layout. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FlowTriple, TradeData } from '../../../data/contract.ts';
import { formatEuros } from '../../../data/format.ts';
import en from '../../../data/i18n/en.ts';
import { fr } from '../../../data/i18n/fr.ts';
import { countryName, territoryName } from '../../../data/i18n/names.ts';
import type { Translation } from '../../../data/i18n/translation.ts';
import { validateTradeData } from '../../../data/validate.ts';
import { monospaceMeasure } from '../../../layout/text.ts';
import { COUNTRIES, makeData, type DataSpec } from '../../../../test/helpers/data.ts';
import {
  LABEL_SIZE,
  VALUE_SIZE,
  WIDE,
  estimateHeight,
  layoutBalance,
  type BalanceLayout,
  type BalanceWords,
} from '../layout.ts';
import { balanceModel, type BalanceModel } from '../model.ts';

const data = (spec: DataSpec = {}): TradeData => validateTradeData(makeData(spec));
const M = 1_000_000;
const codes = (m: BalanceModel) => m.rows.map((r) => r.code);

describe('aggregation', () => {
  test('the default file: countries ranked by total trade, with imports, exports, balance and shares', () => {
    // Exports ES 180, US 80, DE 40 (300); imports US 150, ES 30, DE 25, CN 10 (215), in M€.
    const m = balanceModel(data());
    assert.deepEqual(codes(m), ['US', 'ES', 'DE', 'CN']);
    const es = m.rows[1];
    assert.deepEqual(
      { code: es.code, label: countryName(data(), es.code, fr), imp: es.imp, exp: es.exp, balance: es.balance },
      { code: 'ES', label: 'Espagne', imp: 30 * M, exp: 180 * M, balance: 150 * M },
    );
    assert.equal(es.impShare, 30 / 215);
    assert.equal(es.expShare, 180 / 300);
    assert.deepEqual(m.totals, { imp: 215 * M, exp: 300 * M, balance: 85 * M, impShare: 1, expShare: 1 });
    assert.deepEqual(m.rest, { count: 0, imp: 0, exp: 0, balance: 0, impShare: 0, expShare: 0 });
    assert.equal(m.partners, 4);
    assert.equal(territoryName(m.territory, fr), 'Gers');
    assert.equal(m.year, 2024);
  });

  test('union of the top `limit` at import and export, ranked by total, first `limit` kept; the rest summed', () => {
    const d = data({
      import: [
        ['C28A', 'IT', 100],
        ['C28A', 'BE', 90],
        ['C28A', 'CH', 50],
        ['C28A', 'PT', 5],
      ],
      export: [
        ['C11Z', 'NL', 95],
        ['C11Z', 'GB', 80],
        ['C11Z', 'CH', 50],
        ['C11Z', 'IT', 1],
      ],
    });
    // Top 2 at import: IT (100), BE (90); at export: NL (95), GB (80).
    // Totals: IT 101, NL 95, BE 90, GB 80. CH (100 in all) is third on both sides: not a candidate.
    const m = balanceModel(d, 2);
    assert.deepEqual(codes(m), ['IT', 'NL']);
    assert.deepEqual(m.rows[0], { code: 'IT', imp: 100, exp: 1, balance: -99, impShare: 100 / 245, expShare: 1 / 226 });
    assert.equal(countryName(d, 'IT', fr), 'Italie');
    // Not drawn: BE, CH, PT at import (145), GB, CH at export (130).
    assert.deepEqual(m.rest, { count: 4, imp: 145, exp: 130, balance: -15, impShare: 145 / 245, expShare: 130 / 226 });
    assert.equal(m.partners, 6);
    // At limit 4, CH (fourth at neither side, third at both) is a candidate, and second by total.
    assert.deepEqual(codes(balanceModel(d, 4)), ['IT', 'CH', 'NL', 'BE']);
  });

  test('at limit 3 a country third on both sides is a candidate; equal totals in code order', () => {
    const d = data({
      import: [
        ['C28A', 'IT', 100],
        ['C28A', 'BE', 90],
        ['C28A', 'CH', 50],
      ],
      export: [
        ['C11Z', 'NL', 95],
        ['C11Z', 'GB', 80],
        ['C11Z', 'CH', 50],
      ],
    });
    // Candidates: IT 100, BE 90, CH 100, NL 95, GB 80; CH and IT tie, CH comes first.
    assert.deepEqual(codes(balanceModel(d, 3)), ['CH', 'IT', 'NL']);
  });

  test('ties on total trade are ordered by code', () => {
    const d = data({
      import: [
        ['C28A', 'IT', 40],
        ['C28A', 'DE', 10],
      ],
      export: [
        ['C11Z', 'BE', 30],
        ['C11Z', 'DE', 30],
        ['C11Z', 'ES', 40],
      ],
    });
    // DE 40, ES 40, IT 40: code order; BE 30 last.
    assert.deepEqual(codes(balanceModel(d)), ['DE', 'ES', 'IT', 'BE']);
  });

  test('a country present only at import, one only at export', () => {
    const m = balanceModel(
      data({
        import: [['C28A', 'CN', 70]],
        export: [['C11Z', 'US', 50]],
      }),
    );
    assert.deepEqual(codes(m), ['CN', 'US']);
    assert.deepEqual([m.rows[0].imp, m.rows[0].exp, m.rows[0].balance, m.rows[0].expShare], [70, 0, -70, 0]);
    assert.deepEqual([m.rows[1].imp, m.rows[1].exp, m.rows[1].balance, m.rows[1].impShare], [0, 50, 50, 0]);
  });

  test('a single partner; a single flow', () => {
    const m = balanceModel(data({ import: [], export: [['C11Z', 'ES', 12_345]] }));
    assert.deepEqual(codes(m), ['ES']);
    assert.deepEqual(m.totals, { imp: 0, exp: 12_345, balance: 12_345, impShare: 0, expShare: 1 });
    assert.equal(m.partners, 1);
    assert.equal(m.rest.count, 0);
  });

  test('fewer partners than the limit: all drawn, nothing left', () => {
    const m = balanceModel(data(), 25);
    assert.equal(m.rows.length, 4);
    assert.equal(m.rest.count, 0);
  });

  test('no trade at all: no rows, zero totals; zero values are not partners', () => {
    const m = balanceModel(data({ import: [['C28A', 'DE', 0]], export: [] }));
    assert.deepEqual(m.rows, []);
    assert.deepEqual(m.totals, { imp: 0, exp: 0, balance: 0, impShare: 0, expShare: 0 });
    assert.equal(m.partners, 0);
  });

  test('limit: a positive integer, else 10', () => {
    const many: FlowTriple[] = 'BE CH DE ES GB IT NL PT US CN JP BR'.split(' ').map((c, i) => ['C11Z', c, 100 - i]);
    assert.equal(balanceModel(data({ export: many, import: [] })).rows.length, 10);
    assert.equal(balanceModel(data({ export: many, import: [] }), 0).rows.length, 10);
    // 12 countries worth 100, 99, … 89 (1134 in all); limit 1 draws the first.
    assert.deepEqual(balanceModel(data({ export: many, import: [] }), 1).rest, {
      count: 11,
      imp: 0,
      exp: 1034,
      balance: 1034,
      impShare: 0,
      expShare: 1034 / 1134,
    });
  });

  test('English names for ISO codes and for DGDDI codes; France is "France entière" in French', () => {
    const d = data({ import: [['C28A', 'QU', 10]], export: [['C11Z', 'ES', 20]] });
    assert.deepEqual(
      balanceModel(d).rows.map((r) => countryName(d, r.code, en)),
      ['Spain', 'Countries and territories not specified'],
    );
    assert.deepEqual(
      balanceModel(d).rows.map((r) => countryName(d, r.code, fr)),
      ['Espagne', 'Pays et territoires non déterminés'],
    );
    assert.equal(territoryName(balanceModel(data({ level: 'france' })).territory, fr), 'France entière');
    assert.equal(territoryName(balanceModel(data({ level: 'france' })).territory, en), 'France');
  });
});

// ------------------------------------------------------------------ layout

const measure = monospaceMeasure(0.6);
const heads = { imp: '← Importations', exp: 'Exportations →', balance: 'Solde' };
const LONG = 'Pays et territoires non déterminés';

/** The chart's words in a language: the test files' country labels, and amounts as the language writes them. */
const wordsIn = (t: Translation): BalanceWords => ({
  heads,
  countryName: (code) => ({ ...COUNTRIES, QU: LONG })[code] ?? code,
  euros: (value, signed) => formatEuros(value, t, { signed }),
});
const words = wordsIn(fr);

/** The extent of a text anchored at x. */
function span(t: { x: number; text: string }, anchor: 'start' | 'end', size: number): [number, number] {
  const w = measure(t.text, size);
  return anchor === 'end' ? [t.x - w, t.x] : [t.x, t.x + w];
}

/** Every number in the layout is finite, and every mark is inside [0, width] × [0, height]. */
function assertInside(l: BalanceLayout) {
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'number') assert.ok(Number.isFinite(v), `${path} is ${v}`);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(l, 'layout');
  const inX = (a: number, b: number, what: string) => {
    assert.ok(a >= -0.01 && b <= l.width + 0.01, `${what} [${a}, ${b}] outside [0, ${l.width}]`);
  };
  const inY = (y: number, what: string) => {
    assert.ok(y >= 0 && y <= l.height, `${what} y=${y} outside [0, ${l.height}]`);
  };
  inX(...span(l.heads.imp, 'end', VALUE_SIZE), 'imports header');
  inX(...span(l.heads.exp, 'start', VALUE_SIZE), 'exports header');
  inX(...span(l.heads.balance, 'end', VALUE_SIZE), 'balance header');
  for (const r of l.rows) {
    inY(r.y + r.height, `${r.key} band`);
    inX(...span(r.label, 'start', LABEL_SIZE), `${r.key} label`);
    inY(r.label.y - LABEL_SIZE, `${r.key} label top`);
    inX(...span(r.balance, 'end', VALUE_SIZE), `${r.key} balance`);
    for (const b of [r.imp, r.exp]) {
      if (!b) continue;
      inX(b.x, b.x + b.width, `${r.key} bar`);
      inY(b.y, `${r.key} bar`);
      inY(b.y + b.height, `${r.key} bar`);
    }
    if (r.impValue) inX(...span(r.impValue, 'end', VALUE_SIZE), `${r.key} import value`);
    if (r.expValue) inX(...span(r.expValue, 'start', VALUE_SIZE), `${r.key} export value`);
  }
}

const longData = () =>
  data({
    countries: { ES: 'Espagne', QU: LONG, US: 'Etats-Unis', DE: 'Allemagne' },
    import: [
      ['C28A', 'QU', 310_000_000],
      ['C28A', 'US', 30_000_000],
      ['C28A', 'DE', 1_000],
    ],
    export: [
      ['C11Z', 'ES', 49_453_900_000],
      ['C11Z', 'QU', 12_000_000],
      ['C11Z', 'DE', 700_000],
    ],
  });

describe('layout', () => {
  for (const width of [320, 400, 600, 900, 1200]) {
    test(`${width} px: bars proportional on one shared scale, everything inside the box`, () => {
      const model = balanceModel(longData());
      const l = layoutBalance(model, width, measure, words);
      // Wide from WIDE px, unless the long label and the 49 billions leave the bars too little room.
      assert.equal(l.wide, width >= 900);
      assert.equal(l.rows.length, 4);
      assertInside(l);
      // The longest bar sets the scale; every other bar, on either side, follows it within 1 px.
      const bars = l.rows.flatMap(
        (r, i) =>
          [
            [r.imp, model.rows[i].imp],
            [r.exp, model.rows[i].exp],
          ] as const,
      );
      const longest = Math.max(...bars.map(([b]) => b?.width ?? 0));
      const k = longest / Math.max(...model.rows.map((r) => Math.max(r.imp, r.exp)));
      assert.ok(longest >= width * 0.15, `the longest bar (${longest} px) uses the width`);
      for (const [b, v] of bars) {
        if (v === 0) assert.equal(b, undefined);
        else assert.ok(Math.abs(b!.width - v * k) <= 1, `bar of ${v}: ${b!.width} px, expected ${v * k}`);
      }
      // Imports end at the axis, exports start there.
      for (const r of l.rows) {
        if (r.imp)
          assert.ok(
            Math.abs(r.imp.x + r.imp.width - l.axis.x) < 1e-9,
            `${r.key} import bar ends at ${r.imp.x + r.imp.width}, not at the axis`,
          );
        if (r.exp) assert.equal(r.exp.x, l.axis.x);
      }
      // Rows follow one another without overlapping.
      for (let i = 1; i < l.rows.length; i++)
        assert.ok(l.rows[i].y >= l.rows[i - 1].y + l.rows[i - 1].height, `row ${i} overlaps row ${i - 1}`);
    });
  }

  test('long labels are truncated to their column, with an ellipsis; the full label stays in the model', () => {
    const model = balanceModel(longData());
    for (const width of [320, 600, 1200]) {
      const l = layoutBalance(model, width, measure, words);
      const qu = l.rows.find((r) => r.key === 'QU')!;
      const [, end] = span(qu.label, 'start', LABEL_SIZE);
      if (l.wide) {
        assert.ok(end <= width * 0.35, `label ends at ${end}`);
        // …and ends before the import values and bars begin.
        for (const r of l.rows) {
          const left = Math.min(r.imp?.x ?? Infinity, r.impValue ? span(r.impValue, 'end', VALUE_SIZE)[0] : Infinity);
          assert.ok(end < left, `${r.key}: label end ${end} ≥ ${left}`);
        }
      } else {
        // Narrow: the label shares its line with the balance, and must stop before it.
        assert.ok(end < span(qu.balance, 'end', VALUE_SIZE)[0], `label end ${end} meets the balance`);
      }
      const full =
        measure(LONG, LABEL_SIZE) <= (l.wide ? width * 0.35 : width - measure(qu.balance.text, VALUE_SIZE) - 16);
      assert.equal(qu.label.text, full ? LONG : qu.label.text);
      if (!full) assert.ok(qu.label.text.endsWith('…') && qu.label.text.length < LONG.length, qu.label.text);
    }
    assert.equal(
      layoutBalance(model, 320, measure, words)
        .rows.find((r) => r.key === 'QU')!
        .label.text.endsWith('…'),
      true,
    );
    assert.equal(layoutBalance(model, 1200, measure, words).rows.find((r) => r.key === 'QU')!.label.text, LONG);
  });

  test('value labels sit outside the bar ends; the balance is signed', () => {
    const model = balanceModel(data());
    const l = layoutBalance(model, 900, measure, words);
    const es = l.rows.find((r) => r.key === 'ES')!;
    assert.equal(es.impValue?.text, '30,0\u00a0M€');
    assert.equal(es.expValue?.text, '180,0\u00a0M€');
    assert.ok(es.impValue.x < es.imp!.x && es.expValue.x > es.exp!.x + es.exp!.width, 'values outside the bar ends');
    assert.equal(es.balance.text, '+150,0\u00a0M€');
    const us = l.rows.find((r) => r.key === 'US')!;
    assert.equal(us.balance.text, '\u221270,0\u00a0M€');
    // China: imports only, no export bar nor value.
    assert.equal(l.wide, true);
    assert.equal(layoutBalance(model, WIDE, measure, words).wide, true);
    assert.equal(layoutBalance(model, WIDE - 1, measure, words).wide, false);
    const cn = l.rows.find((r) => r.key === 'CN')!;
    assert.equal(cn.exp, undefined);
    assert.equal(cn.expValue, undefined);
    assert.ok(cn.imp && cn.impValue, 'China has an import bar and value');
  });

  test('with no room for values, they are left out and the bars take the space', () => {
    const model = balanceModel(longData());
    const l = layoutBalance(model, 200, measure, words);
    assertInside(l);
    assert.ok(
      l.rows.every((r) => !r.impValue && !r.expValue),
      'no values',
    );
    const es = l.rows.find((r) => r.key === 'ES')!;
    assert.ok(es.exp!.width > 90, `the longest bar is ${es.exp!.width} px`);
  });

  test('a single partner, one side only: still a full-width scale, no NaN', () => {
    const model = balanceModel(data({ import: [], export: [['C11Z', 'ES', 5_000]] }));
    for (const width of [320, 1200]) {
      const l = layoutBalance(model, width, measure, wordsIn(en));
      assertInside(l);
      assert.equal(l.rows.length, 1);
      assert.equal(l.rows[0].imp, undefined);
      assert.equal(l.rows[0].expValue?.text, '€5k');
    }
  });

  test('no rows: a header and an axis, no NaN', () => {
    const model = balanceModel(data({ import: [], export: [] }));
    const l = layoutBalance(model, 600, measure, words);
    assertInside(l);
    assert.equal(l.rows.length, 0);
  });

  test('the loading placeholder has the height of a chart of as many rows', () => {
    const many: FlowTriple[] = 'BE CH DE ES GB IT NL PT US CN JP BR'.split(' ').map((c, i) => ['C11Z', c, 100 - i]);
    const model = balanceModel(data({ export: many, import: [['C28A', 'DE', 3]] }));
    for (const width of [400, 900])
      assert.equal(estimateHeight(width, 10), layoutBalance(model, width, measure, words).height);
  });

  test('headers: imports left of the axis, exports right of it, the balance header apart from both', () => {
    const model = balanceModel(data());
    // 240 px: the exports header is shortened to stop before "Solde".
    for (const width of [240, 320, 900]) {
      const l = layoutBalance(model, width, measure, words);
      const imp = span(l.heads.imp, 'end', VALUE_SIZE);
      const exp = span(l.heads.exp, 'start', VALUE_SIZE);
      const bal = span(l.heads.balance, 'end', VALUE_SIZE);
      assert.ok(imp[1] < l.axis.x && exp[0] > l.axis.x, 'side headers on their sides of the axis');
      assert.ok(
        exp[1] < bal[0] || l.heads.exp.y !== l.heads.balance.y,
        'the balance header overlaps the exports header',
      );
      assert.equal(l.heads.imp.text, '← Importations');
      assert.equal(l.heads.exp.text.endsWith('…'), width === 240, l.heads.exp.text);
    }
  });
});
