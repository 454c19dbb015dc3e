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
  x: number;
  y: number;
  w: number;
  h: number;
  /** The header above: a swatch of the flow's colour at (sx, sy), then "Importations — 684,6 M€" at (x, y); the name alone when not `full`. */
  header: { x: number; y: number; sx: number; sy: number; full: boolean };
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
  headerSize: number;
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
/** Header swatch: a square of the flow's colour before the name (its size is written in the element's template too). */
export const SWATCH = 11;
/** Header text starts after the swatch and a space. */
const LEAD = SWATCH + 6;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Total height of the chart for a width: also the loading placeholder's height. */
export function treemapHeight(width: number, stacked: boolean): number {
  return Math.round(stacked ? clamp(width * 1.25, 360, 640) : clamp(width * 0.6, 280, 520));
}

/**
 * Fits a label into a w × h tile: the whole label wrapped on words, followed by
 * the share (on the last line, or the next); else the whole label alone; else the
 * label shortened with "…" after its first word at least; else nothing. A line needs 1 em above its baseline and
 * 0.3 em below: generous for any common font. (Its own greedy wrap rather than
 * text.ts's `wrap`: it must know whether the whole label fits before choosing, and
 * fused, the two are smaller.)
 */
export function fitLabel(
  label: string,
  shareText: string,
  w: number,
  h: number,
  fs: number,
  measure: Measure,
): { lines: string[]; share: boolean } {
  const aw = w - 2 * PAD - 1;
  const max = Math.floor((h - 2 * PAD - 1.3 * fs) / Math.round(fs * 1.25)) + 1;
  const fit = (s: string) => measure(s, fs) <= aw;
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const n = lines.length;
    if (n && fit(`${lines[n - 1]} ${word}`)) lines[n - 1] += ` ${word}`;
    else lines.push(word);
  }
  const n = lines.length;
  const wide = lines.findIndex((l) => !fit(l));
  if (wide < 0 && n <= max) {
    const joined = `${lines[n - 1]} — ${shareText}`;
    if (fit(joined)) lines[n - 1] = joined;
    else if (n < max && fit(shareText)) lines.push(shareText);
    else return { lines, share: false };
    return { lines, share: true };
  }
  // Shortened: the lines before the first one too wide or the last allowed, then the rest cut with "…".
  // Nothing when there is no room for a line, or for the first word: no "Prod…", "P…".
  const k = Math.min(wide < 0 ? n : wide, max - 1);
  return {
    lines: wide && k >= 0 ? [...lines.slice(0, k), truncate(lines.slice(k).join(' '), aw, measure, fs)] : [],
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
  const fs = Math.round((width < 600 ? 12 : 13) * scale);
  const hfs = Math.round(14 * scale);
  const hlh = Math.round(hfs * 1.35);
  const band = hlh + 4;
  const drawn = model.flows.filter((f) => f.total);
  const sum = drawn.reduce((a, f) => a + f.total, 0);
  // A zero flow is a line of text above the other (two zero flows are the empty state, not drawn).
  const notes = model.flows.filter((f) => !f.total).map((f) => ({ flow: f.flow, y: hfs }));
  const top = notes.length && hlh + 6;
  const avail = width - GAP * (drawn.length - 1);
  // Whether "■ Importations — 684,6 M€" fits a width.
  const header = (f: TreemapFlow) => ({ name: words.flowName(f.flow), totalText: words.euros(f.total) });
  const fits = (f: TreemapFlow, w: number) => {
    const { name, totalText } = header(f);
    return LEAD + measure(name, hfs, 700) + measure(` — ${totalText}`, hfs) <= w;
  };
  const stacked = drawn.length > 1 && (width < STACK_BELOW || drawn.some((f) => !fits(f, (avail * f.total) / sum)));
  const height = treemapHeight(width, stacked);
  // Side by side: one height, widths ∝ totals. Stacked (two flows): one width, heights ∝ totals.
  const free = height - top - band - (stacked ? band + GAP : 0);
  let pos = 0;
  const tiles: Tile[] = [];
  const compartments = drawn.map((f): Compartment => {
    const [x, y, w, h] = stacked
      ? [0, top + pos, width, (free * f.total) / sum]
      : [pos, top, (avail * f.total) / sum, free];
    const rects = squarify(
      f.items.map((i) => i.value),
      [x, y + band, x + w, y + band + h],
    );
    pos += GAP + (stacked ? band + h : w);
    f.items.forEach((item, i) => {
      const [x0, y0, x1, y1] = rects[i];
      const label = words.itemLabel(item);
      const shareText = words.share(item.share);
      const { lines, share } = fitLabel(label, shareText, x1 - x0, y1 - y0, fs, measure);
      const placed = lines.map((text, k): Line => [text, x0 + PAD, y0 + PAD + fs + k * Math.round(fs * 1.25)]);
      const other = item.code === OTHER;
      tiles.push({
        key: `${f.flow}:${item.code}`,
        flow: f.flow,
        item,
        other,
        x0,
        y0,
        x1,
        y1,
        label,
        shareText,
        share,
        lines: placed,
      });
    });
    const headerPosition = { x: x + LEAD, y: y + hfs, sx: x, sy: y + hfs - (SWATCH - 1), full: fits(f, w) };
    return { flow: f.flow, data: f, ...header(f), x, y: y + band, w, h, header: headerPosition };
  });
  return {
    width,
    height: drawn.length ? height : 0,
    stacked,
    fontSize: fs,
    headerSize: hfs,
    compartments,
    tiles,
    notes,
  };
}
