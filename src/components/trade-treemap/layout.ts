/**
 * Layout for `<trade-treemap>`: one compartment per flow whose area is
 * proportional to the flow's total, squarified tiles inside it whose areas are
 * proportional to the products' values, and labels wrapped to fit the tiles.
 * Pure: model, width and a text `measure` in, geometry out.
 *
 * Side by side (imports left), compartments share one height and take widths in
 * proportion to their totals; stacked (narrow widths, or a compartment too thin for
 * its header), they share the width and take heights in proportion. Either way
 * every tile has the same area per euro, across both compartments.
 *
 * The tiling is `squarify` (./squarify.ts), not d3-hierarchy's: the same
 * rectangles, 1.2 kB gzip less in the single-file build (measured; see there).
 */
import type { Flow } from '../../data/contract.ts';
import { truncate, type Measure } from '../../layout/text.ts';
import { OTHER, type TreemapFlow, type TreemapItem, type TreemapModel } from './model.ts';
import { squarify } from './squarify.ts';

/** A text line: its text and baseline position. */
export type Line = [text: string, x: number, y: number];

export interface Compartment {
  flow: Flow;
  /** The flow drawn. */
  data: TreemapFlow;
  /** Its header: "Importations" and "684,6 M€". */
  name: string;
  totalText: string;
  /** The tiles' box, under the header. */
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * The header above: a swatch of the flow's colour at (swatchX, swatchY), then
   * "Importations — 684,6 M€" at (x, y); the name alone when not `full`.
   */
  header: { x: number; y: number; swatchX: number; swatchY: number; full: boolean };
}

export interface Tile {
  /** `${flow}:${code}`. */
  key: string;
  flow: Flow;
  item: TreemapItem;
  other: boolean;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The whole label and the share, as they would read in full. */
  label: string;
  shareText: string;
  /** Fitted label lines, possibly ending with the share; empty when nothing fits. */
  lines: Line[];
  /** Whether the share is among the lines. */
  share: boolean;
}

export interface TreemapLayout {
  width: number;
  height: number;
  stacked: boolean;
  /** Tile text size, px. */
  fontSize: number;
  /** Header text size, px. */
  headerFontSize: number;
  compartments: Compartment[];
  tiles: Tile[];
  /** Where to say that a flow is zero ("Aucune importation en 2024"), at x = 0. */
  notes: { flow: Flow; y: number }[];
}

/** Side-by-side needs this width; below it compartments are stacked. */
export const STACK_BELOW = 560;
const GAP = 12;
/** Inner padding of a tile's label. */
export const PAD = 6;
/**
 * Header swatch: a square of the flow's colour before the name (its size is
 * written in the element's template too).
 */
export const SWATCH = 11;
/** Header text starts after the swatch and a space. */
const LEAD = SWATCH + 6;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

/** From one baseline of a tile's label to the next. */
const lineHeight = (fontSize: number) => Math.round(fontSize * 1.25);

/** Total height of the chart for a width: also the loading placeholder's height. */
export function treemapHeight(width: number, stacked: boolean): number {
  return Math.round(stacked ? clamp(width * 1.25, 360, 640) : clamp(width * 0.6, 280, 520));
}

/**
 * Fits a label into a `width` × `height` tile, trying in turn: the whole label
 * followed by the share (on the last line, or on a line of its own); the whole
 * label alone; the label shortened with "…", keeping at least its first word;
 * nothing.
 *
 * The wrapping is greedy: a word goes on the current line if the line still fits,
 * else it starts a new one. It does not balance the lines' lengths, and a word
 * wider than the tile stays alone on its line, which makes the label too wide to
 * show whole. A line needs 1 em above its baseline and 0.3 em below, generous for
 * any common font; the lines after the first take `lineHeight` each.
 *
 * (Its own wrapping rather than text.ts's `wrap`: it must know whether the whole
 * label fits before choosing, and fused, the two are smaller.)
 */
export function fitLabel(
  label: string,
  shareText: string,
  width: number,
  height: number,
  fontSize: number,
  measure: Measure,
): { lines: string[]; share: boolean } {
  const textWidth = width - 2 * PAD - 1;
  const maxLines = Math.floor((height - 2 * PAD - 1.3 * fontSize) / lineHeight(fontSize)) + 1;
  const fits = (text: string) => measure(text, fontSize) <= textWidth;
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && fits(`${lines[last]} ${word}`)) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  const count = lines.length;
  const firstTooWide = lines.findIndex((line) => !fits(line));
  if (firstTooWide < 0 && count <= maxLines) {
    const joined = `${lines[count - 1]} — ${shareText}`;
    if (fits(joined)) lines[count - 1] = joined;
    else if (count < maxLines && fits(shareText)) lines.push(shareText);
    else return { lines, share: false };
    return { lines, share: true };
  }
  // Shortened: the lines before the first one too wide (or before the last one
  // allowed) are kept, and the rest of the label is cut with "…" on one line.
  // Nothing when there is no room for a line, or when the first word is too wide:
  // no "Prod…", "P…".
  const kept = Math.min(firstTooWide < 0 ? count : firstTooWide, maxLines - 1);
  return {
    lines:
      firstTooWide !== 0 && kept >= 0
        ? [...lines.slice(0, kept), truncate(lines.slice(kept).join(' '), textWidth, measure, fontSize)]
        : [],
    share: false,
  };
}

/** The words of the chart, in the reader's language. */
export interface TreemapWords {
  /** A flow's name: "Importations". */
  flowName(flow: Flow): string;
  /** An item's label: the product's name, or "Autres (12 produits)". */
  itemLabel(item: TreemapItem): string;
  euros(value: number): string;
  share(ratio: number): string;
}

export interface LayoutOptions {
  /** Font scale: the widget's font size / 14 px. */
  scale?: number;
}

export function layoutTreemap(
  model: TreemapModel,
  width: number,
  measure: Measure,
  words: TreemapWords,
  { scale = 1 }: LayoutOptions = {},
): TreemapLayout {
  const fontSize = Math.round((width < 600 ? 12 : 13) * scale);
  const headerFontSize = Math.round(14 * scale);
  const headerLineHeight = Math.round(headerFontSize * 1.35);
  // The header's band above each compartment.
  const headerBand = headerLineHeight + 4;
  const drawn = model.flows.filter((flowData) => flowData.total);
  const drawnTotal = drawn.reduce((sum, flowData) => sum + flowData.total, 0);
  // A zero flow is a line of text above the other (two zero flows are the empty state, not drawn).
  const notes = model.flows
    .filter((flowData) => !flowData.total)
    .map((flowData) => ({ flow: flowData.flow, y: headerFontSize }));
  const top = notes.length && headerLineHeight + 6;
  // The width the compartments share when side by side.
  const sharedWidth = width - GAP * (drawn.length - 1);
  const header = (flowData: TreemapFlow) => ({
    name: words.flowName(flowData.flow),
    totalText: words.euros(flowData.total),
  });
  // Whether "■ Importations — 684,6 M€" fits a width.
  const headerFits = (flowData: TreemapFlow, boxWidth: number) => {
    const { name, totalText } = header(flowData);
    return LEAD + measure(name, headerFontSize, 700) + measure(` — ${totalText}`, headerFontSize) <= boxWidth;
  };
  const stacked =
    drawn.length > 1 &&
    (width < STACK_BELOW ||
      drawn.some((flowData) => !headerFits(flowData, (sharedWidth * flowData.total) / drawnTotal)));
  const height = treemapHeight(width, stacked);
  // Side by side: one height, widths ∝ totals. Stacked (two flows): one width, heights ∝ totals.
  const tileSpace = height - top - headerBand - (stacked ? headerBand + GAP : 0);
  // Where the next compartment starts: its left side, or (stacked) its header's top.
  let offset = 0;
  const tiles: Tile[] = [];
  const tileLineHeight = lineHeight(fontSize);
  const compartments = drawn.map((flowData): Compartment => {
    const [x, headerTop, boxWidth, boxHeight] = stacked
      ? [0, top + offset, width, (tileSpace * flowData.total) / drawnTotal]
      : [offset, top, (sharedWidth * flowData.total) / drawnTotal, tileSpace];
    const boxTop = headerTop + headerBand;
    const rects = squarify(
      flowData.items.map((item) => item.value),
      [x, boxTop, x + boxWidth, boxTop + boxHeight],
    );
    offset += GAP + (stacked ? headerBand + boxHeight : boxWidth);
    flowData.items.forEach((item, index) => {
      const [x0, y0, x1, y1] = rects[index];
      const label = words.itemLabel(item);
      const shareText = words.share(item.share);
      const fitted = fitLabel(label, shareText, x1 - x0, y1 - y0, fontSize, measure);
      const lines = fitted.lines.map((text, line): Line => [
        text,
        x0 + PAD,
        y0 + PAD + fontSize + line * tileLineHeight,
      ]);
      tiles.push({
        key: `${flowData.flow}:${item.code}`,
        flow: flowData.flow,
        item,
        other: item.code === OTHER,
        x0,
        y0,
        x1,
        y1,
        label,
        shareText,
        share: fitted.share,
        lines,
      });
    });
    const headerPosition = {
      x: x + LEAD,
      y: headerTop + headerFontSize,
      swatchX: x,
      swatchY: headerTop + headerFontSize - (SWATCH - 1),
      full: headerFits(flowData, boxWidth),
    };
    return {
      flow: flowData.flow,
      data: flowData,
      ...header(flowData),
      x,
      y: boxTop,
      width: boxWidth,
      height: boxHeight,
      header: headerPosition,
    };
  });
  return {
    width,
    height: drawn.length ? height : 0,
    stacked,
    fontSize,
    headerFontSize,
    compartments,
    tiles,
    notes,
  };
}
