/**
 * Geometry of `<trade-balance>`, a butterfly bar chart: imports grow to the left
 * of a centre axis, exports to the right, on one shared scale.
 *
 * Wide (≥ WIDE px, when the bars keep room): one line per country — label column | imports | exports | balance.
 * Narrow: two lines per country — label and balance, then the bars on the whole width.
 *
 * Pure: the caller passes a `measure` function; every text comes out fitted.
 */
import type { BalanceModel } from '../data/balance.ts';
import { formatEuros } from '../data/format.ts';
import { truncate, type Measure } from './text.ts';

/** Font sizes in px: country labels, values and headers. */
export const LABEL_SIZE = 13;
export const VALUE_SIZE = 12;
/** Below this width, rows take two lines. */
export const WIDE = 560;

/** Spacing, in px: the header line is 24 high, and 8 (16 between columns) keeps things apart. */
const HEAD = 24;

export interface Text {
  x: number;
  y: number;
  text: string;
}
export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface BalanceRowLayout {
  key: string;
  /** The row's band. */
  y: number;
  height: number;
  label: Text;
  /** Bars, absent when the value is 0. */
  imp?: Bar;
  exp?: Bar;
  /** Values at the bars' outer ends (imports: anchored at their end; exports: at their start). */
  impValue?: Text;
  expValue?: Text;
  /** Signed balance, anchored at its end. */
  balance: Text;
}
export interface BalanceLayout {
  width: number;
  height: number;
  wide: boolean;
  /** Centre axis. */
  axis: { x: number; y1: number; y2: number };
  /** Side headers (anchored at the axis) and the balance header (anchored at its end). */
  heads: { imp: Text; exp: Text; balance: Text };
  rows: BalanceRowLayout[];
}

export interface Heads {
  imp: string;
  exp: string;
  balance: string;
}

const rowHeight = (wide: boolean) => (wide ? 28 : 44);

/** The chart's height for `rows` countries, before any data: the loading placeholder's. */
export const estimateHeight = (width: number, rows: number) => HEAD + rows * rowHeight(width >= WIDE) + 8;

export function layoutBalance(model: BalanceModel, w: number, measure: Measure, heads: Heads): BalanceLayout {
  const eur = (v: number, signed?: boolean) => formatEuros(v, model.locale, { signed });
  const fit = (s: string, max: number, size = VALUE_SIZE) => truncate(s, max, measure, size);
  const widest = (list: string[], size = VALUE_SIZE) => Math.max(0, ...list.map((s) => measure(s, size)));
  // [imports, exports, balance] of each row.
  const values = model.rows.map((r) => [eur(r.imp), eur(r.exp), eur(r.balance, true)]);
  const balanceW = Math.min(widest([...values.map((v) => v[2]), heads.balance]), w * 0.3);
  const labelW = Math.min(widest(model.rows.map((r) => r.label), LABEL_SIZE), w * 0.35);
  const valueW0 = widest(values.flatMap((v) => v.slice(0, 2))) + 4; // 4: between a bar's end and its value

  // Wide: label column | bars | balance column, when the bars keep 15 % of the
  // width there; else two lines per row give the bars the whole width. Values
  // are left out when the bars would keep less than 40px (the tooltip and the
  // table keep them).
  const wideSide = (w - labelW - balanceW) / 2 - 16;
  const wide = w >= WIDE && wideSide - valueW0 - 1 >= w * 0.15;
  const side = wide ? wideSide : w / 2;
  const cx = wide ? labelW + 16 + side : side;
  const valueW = side - valueW0 < 40 ? 0 : valueW0;
  const scale = (side - valueW - 1) / Math.max(1, ...model.rows.flatMap((r) => [r.imp, r.exp]));

  const rowH = rowHeight(wide);

  const rows = model.rows.map((r, i): BalanceRowLayout => {
    const y = HEAD + i * rowH;
    // Wide: everything on the row's middle line. Narrow: label line, then bar
    // line. Text baselines are 4px under the middle of their line.
    const textY = y + (wide ? 18 : 16);
    const barMid = y + (wide ? 14 : 31);
    const [impText, expText, balText] = values[i];
    // A bar from the axis (d = -1: leftwards) and its value beyond its end.
    const bar = (v: number, text: string, d: number): [Bar?, Text?] => {
      const width = Math.max(1, v * scale);
      return v ? [{ x: d < 0 ? cx - width : cx, y: barMid - 8, width, height: 16 }, valueW ? { x: cx + d * (width + 4), y: barMid + 4, text } : undefined] : [];
    };
    const [imp, impValue] = bar(r.imp, impText, -1);
    const [exp, expValue] = bar(r.exp, expText, 1);
    return {
      key: r.code,
      y,
      height: rowH,
      label: { x: 0, y: textY, text: fit(r.label, wide ? labelW : w - measure(balText, VALUE_SIZE) - 16, LABEL_SIZE) },
      imp,
      exp,
      impValue,
      expValue,
      balance: { x: w, y: textY, text: fit(balText, balanceW) },
    };
  });

  const height = HEAD + rows.length * rowH + 8;
  return {
    width: w,
    height,
    wide,
    axis: { x: cx, y1: 20, y2: height - 4 },
    // "← Importations" | "Exportations →", stopping before the balance column
    // (wide) or header (narrow), and "Solde".
    heads: {
      imp: { x: cx - 4, y: 14, text: fit(heads.imp, side - 8) },
      exp: { x: cx + 4, y: 14, text: fit(heads.exp, Math.min(side, w - cx - measure(heads.balance, VALUE_SIZE) - 4) - 8) },
      balance: { x: w, y: 14, text: fit(heads.balance, balanceW) },
    },
    rows,
  };
}
