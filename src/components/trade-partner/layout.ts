/**
 * Geometry of `<trade-partner>`, three blocks one under the other:
 *
 * 1. the key figures: exports to the country, imports from it, the balance, each
 *    with its rank among the territory's partners;
 * 2. the country's weight: its share of the territory's exports and imports, bar
 *    beside bar with the region's and France's, on one scale;
 * 3. the products: for each flow, the products traded with the country, largest
 *    first, each with its euros (a bar on one scale for both flows) and its
 *    exposure: a gauge from 0 to 100 % filled to the territory's share, with a
 *    tick at France's.
 *
 * Wide (≥ WIDE px): exports and imports side by side, the figures on one line.
 * Narrow: everything stacked.
 *
 * Pure: the caller passes a `measure` function; every text comes out fitted.
 */
import type { Flow } from '../../data/contract.ts';
import { truncate, truncateDistinct, type Measure } from '../../layout/text.ts';
import type { PartnerProfile, Place } from './model.ts';

/** Font sizes in px. */
export const LABEL_SIZE = 13;
export const VALUE_SIZE = 12;
export const FIGURE_SIZE = 18;
/** From this width, exports and imports stand side by side. */
export const WIDE = 560;

const COLUMN_GAP = 24;
const SECTION_GAP = 20;
const HEAD = 22;
const FIGURE_HEIGHT = 58;
const SHARE_ROW = 24;
const PRODUCT_ROW = 42;
const GAP = 6;

export interface Text {
  x: number;
  y: number;
  text: string;
}
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A key figure: its name, its value, and a note under it (a rank). */
export interface FigureLayout {
  key: 'export' | 'import' | 'balance';
  label: Text;
  value: Text;
  note?: Text;
}

/** One place's share of a flow (Gers, Occitanie, France). */
export interface ShareRowLayout {
  level: Place['level'];
  label: Text;
  bar?: Box;
  /** Anchored at its start, after the bar. */
  value: Text;
}

export interface ShareBlockLayout {
  flow: Flow;
  head: Text;
  rows: ShareRowLayout[];
}

export interface ProductRowLayout {
  /** `export:C11Z`: the mark's key. */
  key: string;
  flow: Flow;
  code: string;
  /** The row's band. */
  band: Box;
  label: Text;
  /** The euros, anchored at their end. */
  value: Text;
  bar?: Box;
  /** The gauge's track (0 to 100 %), its fill (the territory's exposure) and France's tick. */
  track: Box;
  fill?: Box;
  tick?: { x: number; y1: number; y2: number };
  /** The exposure, anchored at its end. */
  exposure: Text;
}

export interface ProductBlockLayout {
  flow: Flow;
  head: Text;
  /** Over the gauges, anchored at its end. */
  gaugeHead: Text;
  rows: ProductRowLayout[];
  /** Said when there is no product for this flow. */
  none?: Text;
}

export interface PartnerLayout {
  width: number;
  height: number;
  wide: boolean;
  figures: FigureLayout[];
  shares: ShareBlockLayout[];
  products: ProductBlockLayout[];
}

/** The words of the chart, in the reader's language, already formatted. */
export interface PartnerWords {
  figures: { key: FigureLayout['key']; label: string; value: string; note?: string }[];
  /** "Part du pays dans les exportations". */
  shareHead: Record<Flow, string>;
  placeName(place: Place): string;
  share(ratio: number): string;
  /** "Produits exportés vers ce pays". */
  productHead: Record<Flow, string>;
  /** "Part vers ce pays (| France)". */
  gaugeHead: Record<Flow, string>;
  /** "Aucune exportation vers ce pays". */
  none: Record<Flow, string>;
  productName(code: string): string;
  euros(value: number): string;
}

const FLOWS: readonly Flow[] = ['export', 'import'];

/** The chart's height before any data, for `rows` products per flow: the loading placeholder's. */
export function estimateHeight(width: number, rows: number): number {
  const wide = width >= WIDE;
  const stacked = wide ? 1 : 2;
  const figures = wide ? FIGURE_HEIGHT : 3 * FIGURE_HEIGHT;
  const shares = stacked * (HEAD + 3 * SHARE_ROW);
  const products = stacked * (HEAD + rows * PRODUCT_ROW);
  return figures + shares + products + 2 * SECTION_GAP;
}

export function layoutPartner(
  profile: PartnerProfile,
  width: number,
  measure: Measure,
  words: PartnerWords,
): PartnerLayout {
  const wide = width >= WIDE;
  const columnWidth = wide ? (width - COLUMN_GAP) / 2 : width;
  const fit = (text: string, room: number, size = VALUE_SIZE) => truncate(text, Math.max(0, room), measure, size);
  const widest = (texts: string[], size = VALUE_SIZE) => Math.max(0, ...texts.map((text) => measure(text, size)));

  // 1. Key figures: three cells on one line, or three lines.
  const cellWidth = wide ? (width - 2 * COLUMN_GAP) / 3 : width;
  const figures = words.figures.map((figure, index): FigureLayout => {
    const x = wide ? index * (cellWidth + COLUMN_GAP) : 0;
    const y = wide ? 0 : index * FIGURE_HEIGHT;
    return {
      key: figure.key,
      label: { x, y: y + 12, text: fit(figure.label, cellWidth) },
      value: { x, y: y + 34, text: fit(figure.value, cellWidth, FIGURE_SIZE) },
      note: figure.note === undefined ? undefined : { x, y: y + 50, text: fit(figure.note, cellWidth) },
    };
  });
  let top = (wide ? FIGURE_HEIGHT : words.figures.length * FIGURE_HEIGHT) + SECTION_GAP;

  // A block per flow: side by side (wide) or one under the other.
  const place = (index: number, blockHeight: number) => {
    const x = wide ? index * (columnWidth + COLUMN_GAP) : 0;
    const y = wide ? top : top + index * blockHeight;
    return { x, y };
  };

  // 2. Shares, on one scale for both flows. The territory's row is bold: every row is measured so.
  const bold: Measure = (text, size) => measure(text, size, 700);
  const widestBold = (texts: string[], size = VALUE_SIZE) => Math.max(0, ...texts.map((text) => bold(text, size)));
  const names = profile.shares.map((entry) => words.placeName(entry));
  const shareTexts = FLOWS.map((flow) => profile.shares.map((entry) => words.share(entry.share[flow])));
  const nameWidth = Math.min(widestBold(names, LABEL_SIZE) + GAP * 2, columnWidth * 0.35);
  const shareTextWidth = widestBold(shareTexts.flat()) + GAP;
  const shareBarRoom = Math.max(0, columnWidth - nameWidth - shareTextWidth);
  const largestShare = Math.max(...profile.shares.flatMap((entry) => FLOWS.map((flow) => entry.share[flow])));
  // The room of every place, those still loading included: nothing moves when they arrive.
  const shareBlockHeight = HEAD + Math.max(profile.shares.length, profile.places) * SHARE_ROW;
  const fittedNames = truncateDistinct(
    names,
    names.map(() => nameWidth - GAP),
    bold,
    LABEL_SIZE,
  );
  const shares = FLOWS.map((flow, flowIndex): ShareBlockLayout => {
    const { x, y } = place(flowIndex, shareBlockHeight + SECTION_GAP / 2);
    return {
      flow,
      head: { x, y: y + 14, text: fit(words.shareHead[flow], columnWidth) },
      rows: profile.shares.map((entry, index): ShareRowLayout => {
        const rowY = y + HEAD + index * SHARE_ROW;
        const length = largestShare > 0 ? (entry.share[flow] / largestShare) * shareBarRoom : 0;
        const barX = x + nameWidth;
        return {
          level: entry.level,
          label: { x, y: rowY + 16, text: fittedNames[index] },
          bar: length > 0 ? { x: barX, y: rowY + 4, width: Math.max(1, length), height: 16 } : undefined,
          value: { x: barX + length + GAP, y: rowY + 16, text: shareTexts[flowIndex][index] },
        };
      }),
    };
  });
  top += (wide ? shareBlockHeight : 2 * shareBlockHeight + SECTION_GAP / 2) + SECTION_GAP;

  // 3. Products: euros on one scale for both flows, exposure on a gauge from 0 to 100 %.
  const lists = FLOWS.map((flow) => profile.products[flow]);
  const largestValue = Math.max(1, ...lists.flatMap((list) => list.rows.map((row) => row.value)));
  const exposureWidth = widest(lists.flatMap((list) => list.rows.map((row) => words.share(row.exposure))));
  const rowsMost = Math.max(1, ...lists.map((list) => list.rows.length));
  const productBlockHeight = HEAD + rowsMost * PRODUCT_ROW;
  const products = lists.map((list, flowIndex): ProductBlockLayout => {
    const { x, y } = place(flowIndex, productBlockHeight + SECTION_GAP / 2);
    const gaugeHead = fit(words.gaugeHead[list.flow], columnWidth / 2);
    const head = fit(words.productHead[list.flow], columnWidth - measure(gaugeHead, VALUE_SIZE) - 2 * GAP);
    const barRoom = columnWidth * 0.5 - 2 * GAP;
    const gaugeX = x + columnWidth * 0.5 + GAP;
    const gaugeWidth = Math.max(0, x + columnWidth - exposureWidth - GAP - gaugeX);
    const values = list.rows.map((row) => words.euros(row.value));
    const labels = truncateDistinct(
      list.rows.map((row) => words.productName(row.code)),
      values.map((value) => columnWidth - measure(value, VALUE_SIZE) - 2 * GAP),
      measure,
      LABEL_SIZE,
    );
    const rows = list.rows.map((row, index): ProductRowLayout => {
      const rowY = y + HEAD + index * PRODUCT_ROW;
      const barLength = (row.value / largestValue) * barRoom;
      const lineTwo = rowY + 22;
      const tickX = row.franceExposure === undefined ? undefined : gaugeX + row.franceExposure * gaugeWidth;
      return {
        key: `${list.flow}:${row.code}`,
        flow: list.flow,
        code: row.code,
        band: { x, y: rowY, width: columnWidth, height: PRODUCT_ROW - 2 },
        label: { x: x + 2, y: rowY + 16, text: labels[index] },
        value: { x: x + columnWidth - 2, y: rowY + 16, text: values[index] },
        bar: barLength > 0 ? { x: x + 2, y: lineTwo + 2, width: Math.max(1, barLength), height: 12 } : undefined,
        track: { x: gaugeX, y: lineTwo + 4, width: gaugeWidth, height: 8 },
        fill:
          row.exposure > 0
            ? { x: gaugeX, y: lineTwo + 4, width: Math.max(1, row.exposure * gaugeWidth), height: 8 }
            : undefined,
        tick: tickX === undefined ? undefined : { x: tickX, y1: lineTwo, y2: lineTwo + 16 },
        exposure: { x: x + columnWidth - 2, y: lineTwo + 12, text: words.share(row.exposure) },
      };
    });
    return {
      flow: list.flow,
      head: { x, y: y + 14, text: head },
      gaugeHead: { x: x + columnWidth - 2, y: y + 14, text: gaugeHead },
      rows,
      none: rows.length ? undefined : { x, y: y + HEAD + 16, text: fit(words.none[list.flow], columnWidth) },
    };
  });
  top += wide ? productBlockHeight : 2 * productBlockHeight + SECTION_GAP / 2;

  return { width, height: Math.ceil(top + 4), wide, figures, shares, products };
}
