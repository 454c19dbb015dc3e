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

const HEAD = 24;
const GAP = 8;
/** Space between a bar's end and its value. */
const PAD = 4;
/** Below this many px for the longest bar, values are left out (tooltip and table keep them). */
const MIN_BAR = 40;

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

function rowHeight(wide: boolean): number {
  return wide ? 28 : 44;
}

/** The chart's height for `rows` countries, before any data: the loading placeholder's. */
export function estimateHeight(width: number, rows: number): number {
  return HEAD + rows * rowHeight(width >= WIDE) + GAP;
}

const baseline = (mid: number, size: number) => mid + size * 0.35;

export function layoutBalance(model: BalanceModel, width: number, measure: Measure, heads: Heads): BalanceLayout {
  const w = Math.max(0, width);
  const L = model.locale;
  const values = model.rows.map((r) => [r.imp ? formatEuros(r.imp, L) : '', r.exp ? formatEuros(r.exp, L) : '', formatEuros(r.balance, L, { signed: true })]);
  const fit = (s: string, max: number, size = VALUE_SIZE) => truncate(s, Math.max(0, max), measure, size);
  const widest = (list: string[], size = VALUE_SIZE) => Math.max(0, ...list.map((s) => measure(s, size)));
  const balanceW = Math.min(widest([...values.map((v) => v[2]), heads.balance]), w * 0.3);

  // Horizontal frame: where the bars live, and the label column in wide mode.
  // Wide mode needs room: else, two lines per row give the bars the whole width.
  const valueW0 = widest(values.flatMap((v) => [v[0], v[1]])) + PAD;
  const frame = (wide: boolean) => {
    const labelW = wide ? Math.min(widest(model.rows.map((r) => r.label), LABEL_SIZE), w * 0.35) : 0;
    const x0 = wide ? labelW + GAP * 2 : 0;
    const x1 = wide ? w - balanceW - GAP * 2 : w;
    const side = Math.max(0, (x1 - x0) / 2);
    const valueW = side - valueW0 < MIN_BAR ? 0 : valueW0;
    return { wide, labelW, cx: (x0 + x1) / 2, side, valueW, barMax: Math.max(0, side - valueW - 1) };
  };
  let f = frame(w >= WIDE);
  if (f.wide && f.barMax < w * 0.15) f = frame(false);
  const { wide, labelW, cx, side, valueW, barMax } = f;
  const max = Math.max(1, ...model.rows.map((r) => Math.max(r.imp, r.exp)));
  const scale = barMax / max;

  // Headers: "← Importations" | "Exportations →" and "Solde"; the balance header
  // takes its own line when it would meet the exports header.
  const headSide = side - GAP;
  const expHead = fit(heads.exp, headSide);
  const twoLines = !wide && cx + GAP / 2 + measure(expHead, VALUE_SIZE) + GAP > w - measure(heads.balance, VALUE_SIZE);
  const headH = twoLines ? HEAD * 2 - GAP : HEAD;
  const headY = baseline(headH - 14, VALUE_SIZE);
  const rowH = rowHeight(wide);
  const barH = wide ? 16 : 14;

  const rows = model.rows.map((r, i): BalanceRowLayout => {
    const y = headH + i * rowH;
    // Wide: everything on the row's middle line. Narrow: label line, then bar line.
    const textMid = wide ? y + rowH / 2 : y + 12;
    const barMid = wide ? textMid : y + 31;
    const [impText, expText, balText] = values[i];
    const bar = (v: number, left: boolean): Bar | undefined => {
      if (v <= 0) return undefined;
      const bw = Math.max(1, v * scale);
      return { x: left ? cx - bw : cx, y: barMid - barH / 2, width: bw, height: barH };
    };
    const imp = bar(r.imp, true);
    const exp = bar(r.exp, false);
    const vy = baseline(barMid, VALUE_SIZE);
    const labelMax = wide ? labelW : w - measure(balText, VALUE_SIZE) - GAP * 2;
    return {
      key: r.code,
      y,
      height: rowH,
      label: { x: 0, y: baseline(textMid, LABEL_SIZE), text: fit(r.label, labelMax, LABEL_SIZE) },
      imp,
      exp,
      impValue: imp && valueW ? { x: imp.x - PAD, y: vy, text: impText } : undefined,
      expValue: exp && valueW ? { x: exp.x + exp.width + PAD, y: vy, text: expText } : undefined,
      balance: { x: w, y: baseline(textMid, VALUE_SIZE), text: fit(balText, balanceW) },
    };
  });

  const height = headH + rows.length * rowH + GAP;
  return {
    width: w,
    height,
    wide,
    axis: { x: cx, y1: headH - 4, y2: height - GAP / 2 },
    heads: {
      imp: { x: cx - GAP / 2, y: headY, text: fit(heads.imp, headSide) },
      exp: { x: cx + GAP / 2, y: headY, text: expHead },
      balance: { x: w, y: twoLines ? baseline(10, VALUE_SIZE) : headY, text: fit(heads.balance, wide ? balanceW : w) },
    },
    rows,
  };
}
