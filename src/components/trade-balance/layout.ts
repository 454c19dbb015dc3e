/**
 * Geometry of `<trade-balance>`, a butterfly bar chart: imports grow to the left
 * of a centre axis, exports to the right, on one shared scale.
 *
 * Wide (≥ WIDE px, when the bars keep room): one line per country — label column | imports | exports | balance.
 * Narrow: two lines per country — label and balance, then the bars on the whole width.
 *
 * Pure: the caller passes a `measure` function; every text comes out fitted.
 */
import { truncate, truncateDistinct, type Measure } from '../../layout/text.ts';
import type { BalanceModel } from './model.ts';

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

/** The words of the chart, in the reader's language. */
export interface BalanceWords {
  /** Column headers: "← Importations", "Exportations →", "Solde". */
  heads: { imp: string; exp: string; balance: string };
  /** A country's name. */
  countryName(code: string): string;
  /** An amount: "84,4 M€"; `signed` for balances ("+11,5 M€"). */
  euros(value: number, signed?: boolean): string;
}

const rowHeight = (wide: boolean) => (wide ? 28 : 44);

/** The chart's height for `rows` countries, before any data: the loading placeholder's. */
export const estimateHeight = (width: number, rows: number) => HEAD + rows * rowHeight(width >= WIDE) + 8;

/** Between a bar's end and its value, and between columns. */
const VALUE_GAP = 4;
const COLUMN_GAP = 16;

export function layoutBalance(
  model: BalanceModel,
  width: number,
  measure: Measure,
  words: BalanceWords,
): BalanceLayout {
  const { heads } = words;
  const names = model.rows.map((row) => words.countryName(row.code));
  const fit = (text: string, maxWidth: number, size = VALUE_SIZE) => truncate(text, maxWidth, measure, size);
  const widest = (texts: string[], size = VALUE_SIZE) => Math.max(0, ...texts.map((text) => measure(text, size)));
  const values = model.rows.map((row) => ({
    imp: words.euros(row.imp),
    exp: words.euros(row.exp),
    balance: words.euros(row.balance, true),
  }));
  const balanceWidth = Math.min(widest([...values.map((value) => value.balance), heads.balance]), width * 0.3);
  const labelWidth = Math.min(widest(names, LABEL_SIZE), width * 0.35);
  const valueWidthNeeded = widest(values.flatMap((value) => [value.imp, value.exp])) + VALUE_GAP;

  // Wide: label column | bars | balance column, when the bars keep 15 % of the
  // width there; else two lines per row give the bars the whole width. Values
  // are left out when the bars would keep less than 40px (the tooltip and the
  // table keep them).
  const wideSide = (width - labelWidth - balanceWidth) / 2 - COLUMN_GAP;
  const wide = width >= WIDE && wideSide - valueWidthNeeded - 1 >= width * 0.15;
  const side = wide ? wideSide : width / 2;
  const axisX = wide ? labelWidth + COLUMN_GAP + side : side;
  const valueWidth = side - valueWidthNeeded < 40 ? 0 : valueWidthNeeded;
  const largest = Math.max(1, ...model.rows.flatMap((row) => [row.imp, row.exp]));
  const pixelsPerEuro = (side - valueWidth - 1) / largest;
  const bandHeight = rowHeight(wide);

  // Labels shortened to their room, and told apart when two would read the same.
  const labelRooms = values.map((texts) =>
    wide ? labelWidth : width - measure(texts.balance, VALUE_SIZE) - COLUMN_GAP,
  );
  const labels = truncateDistinct(names, labelRooms, measure, LABEL_SIZE);
  const rows = model.rows.map((row, index): BalanceRowLayout => {
    const y = HEAD + index * bandHeight;
    // Wide: everything on the row's middle line. Narrow: label line, then bar
    // line. Text baselines are 4px under the middle of their line.
    const textY = y + (wide ? 18 : 16);
    const barMiddle = y + (wide ? 14 : 31);
    const texts = values[index];
    // A bar from the axis (direction -1: leftwards), and its value beyond its end.
    const bar = (value: number, text: string, direction: 1 | -1): [Bar?, Text?] => {
      if (!value) return [];
      const length = Math.max(1, value * pixelsPerEuro);
      const shape = { x: direction < 0 ? axisX - length : axisX, y: barMiddle - 8, width: length, height: 16 };
      const label = valueWidth ? { x: axisX + direction * (length + VALUE_GAP), y: barMiddle + 4, text } : undefined;
      return [shape, label];
    };
    const [imp, impValue] = bar(row.imp, texts.imp, -1);
    const [exp, expValue] = bar(row.exp, texts.exp, 1);
    return {
      key: row.code,
      y,
      height: bandHeight,
      label: { x: 0, y: textY, text: labels[index] },
      imp,
      exp,
      impValue,
      expValue,
      balance: { x: width, y: textY, text: fit(texts.balance, balanceWidth) },
    };
  });

  const height = HEAD + rows.length * bandHeight + 8;
  const exportHeadRoom = Math.min(side, width - axisX - measure(heads.balance, VALUE_SIZE) - VALUE_GAP);
  return {
    width,
    height,
    wide,
    axis: { x: axisX, y1: 20, y2: height - 4 },
    // "← Importations" | "Exportations →", stopping before the balance column
    // (wide) or header (narrow), and "Solde".
    heads: {
      imp: { x: axisX - VALUE_GAP, y: 14, text: fit(heads.imp, side - 8) },
      exp: { x: axisX + VALUE_GAP, y: 14, text: fit(heads.exp, exportHeadRoom - 8) },
      balance: { x: width, y: 14, text: fit(heads.balance, balanceWidth) },
    },
    rows,
  };
}
