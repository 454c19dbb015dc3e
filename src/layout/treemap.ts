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
 */
import { treemapSquarify } from 'd3-hierarchy';
import type { Flow } from '../data/contract.ts';
import { OTHER, type TreemapItem, type TreemapModel } from '../data/treemap.ts';
import { wrap, type Measure } from './text.ts';

/** A text line: its text and baseline position. */
export type Line = [text: string, x: number, y: number];

export interface Compartment {
  flow: Flow;
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
  /** Where to say that a flow is zero ("Aucune importation en 2024"). */
  notes: { flow: Flow; x: number; y: number }[];
}

/** Side-by-side needs this width; below it compartments are stacked. */
export const STACK_BELOW = 560;
const GAP = 12;
/** Inner padding of a tile's label. */
export const PAD = 6;
/** Header swatch: a square of the flow's colour before the name. */
export const SWATCH = 11;
/** Room a text line needs above (ascent) and below (descent) its baseline, in em: generous for any common font. */
const ASCENT = 1;
const DESCENT = 0.3;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Total height of the chart for a width: also the loading placeholder's height. */
export function treemapHeight(width: number, stacked: boolean): number {
  return Math.round(stacked ? clamp(width * 1.25, 360, 640) : clamp(width * 0.6, 280, 520));
}

/**
 * Fits a label into a w × h tile: the whole label wrapped on words, followed by
 * the share (on the last line, or the next); else the whole label alone; else the
 * label shortened with "…"; else nothing.
 */
export function fitLabel(label: string, shareText: string, w: number, h: number, fs: number, measure: Measure): { lines: string[]; share: boolean } {
  const none = { lines: [], share: false };
  const aw = w - 2 * PAD - 1;
  const lh = Math.round(fs * 1.25);
  const max = Math.floor((h - 2 * PAD - (ASCENT + DESCENT) * fs) / lh) + 1;
  if (aw < fs * 1.5 || max < 1) return none;
  const lines = wrap(label, aw, max, measure, fs);
  if (!lines.length) return none;
  const last = lines[lines.length - 1];
  if (last.endsWith('…')) {
    // Shortened: keep it only when it still says something ("Viande et…", "Équip…"; not "Produits de…", "Arti…").
    const said = lines
      .join(' ')
      .slice(0, -1)
      .replace(/Produits|Articles/g, '')
      .replace(/\S+$/, (w) => ('Produits'.startsWith(w) || 'Articles'.startsWith(w) ? '' : w));
    return /[^\s’',]{4,}/.test(said) ? { lines, share: false } : none;
  }
  const joined = `${last} — ${shareText}`;
  if (measure(joined, fs) <= aw) lines[lines.length - 1] = joined;
  else if (lines.length < max && measure(shareText, fs) <= aw) lines.push(shareText);
  else return { lines, share: false };
  return { lines, share: true };
}

export interface LayoutOptions {
  /** Font scale: the widget's font size / 14 px. */
  scale?: number;
}

export function layoutTreemap(model: TreemapModel, width: number, measure: Measure, options: LayoutOptions = {}): TreemapLayout {
  const s = options.scale && options.scale > 0 ? options.scale : 1;
  const W = Math.max(0, width);
  const fs = Math.round((W < 600 ? 12 : 13) * s);
  const hfs = Math.round(14 * s);
  const hlh = Math.round(hfs * 1.35);
  const drawn = model.flows.filter((f) => f.total > 0);
  const zero = model.flows.filter((f) => f.total <= 0);
  const sum = drawn.reduce((a, f) => a + f.total, 0);
  const notes = zero.map((f, i) => ({ flow: f.flow, x: 0, y: i * hlh + hfs }));
  const top = zero.length && drawn.length ? zero.length * hlh + 6 : 0;

  // Whether "■ Importations — 684,6 M€" fits a width.
  const lead = SWATCH + 6;
  const fits = (i: number, w: number) => lead + measure(drawn[i].name, hfs, 700) + measure(` — ${drawn[i].totalText}`, hfs) <= w;
  const avail = W - GAP * (drawn.length - 1);
  const widths = drawn.map((f) => (avail * f.total) / sum);
  const stacked = drawn.length > 1 && (W < STACK_BELOW || widths.some((w, i) => !fits(i, w)));
  const height = treemapHeight(W, stacked);
  const band = hlh + 4;
  // Side by side: one height, widths ∝ totals. Stacked: one width, heights ∝ totals.
  const free = stacked ? height - top - drawn.length * (band + GAP) + GAP : height - top - band;
  let pos = 0;
  const compartments = drawn.map((f, i): Compartment => {
    const [x, y, w, h] = stacked ? [0, top + pos, W, (free * f.total) / sum] : [pos, top, widths[i], free];
    pos += stacked ? band + h + GAP : w + GAP;
    return { flow: f.flow, x, y: y + band, w, h, header: { x: x + lead, y: y + hfs, sx: x, sy: y + hfs - SWATCH + 1, full: fits(i, w) } };
  });

  const tiles: Tile[] = [];
  const lh = Math.round(fs * 1.25);
  compartments.forEach((c, i) => {
    // d3's squarified tiling, called directly as a tile function (documented: tile(node, x0, y0, x1, y1)
    // lays out node.children by their .value): no hierarchy() needed for one level.
    const parent = { value: drawn[i].total, children: drawn[i].items.map((item) => ({ item, value: item.value, x0: 0, y0: 0, x1: 0, y1: 0 })) };
    treemapSquarify(parent as never, c.x, c.y, c.x + c.w, c.y + c.h);
    for (const { item, x0, y0, x1, y1 } of parent.children) {
      const fit = fitLabel(item.label, item.shareText, x1 - x0, y1 - y0, fs, measure);
      tiles.push({
        key: `${c.flow}:${item.code}`,
        flow: c.flow,
        item,
        other: item.code === OTHER,
        x0,
        y0,
        x1,
        y1,
        lines: fit.lines.map((text, j): Line => [text, x0 + PAD, y0 + PAD + ASCENT * fs + j * lh]),
        share: fit.share,
      });
    }
  });
  return { width: W, height: drawn.length ? height : 0, stacked, fontSize: fs, headerSize: hfs, compartments, tiles, notes };
}

/**
 * The tile an arrow key leads to: the nearest tile on that side, preferring those
 * that face the current one (across compartments too). Undefined at an edge.
 */
export function neighbour(tiles: readonly Tile[], key: string, dir: string): string | undefined {
  const c = tiles.find((t) => t.key === key);
  if (!c) return undefined;
  const h = dir === 'ArrowLeft' || dir === 'ArrowRight';
  const sign = dir === 'ArrowRight' || dir === 'ArrowDown' ? 1 : dir === 'ArrowLeft' || dir === 'ArrowUp' ? -1 : 0;
  if (!sign) return undefined;
  const mid = h ? (c.y0 + c.y1) / 2 : (c.x0 + c.x1) / 2;
  let best: string | undefined;
  let score = Infinity;
  for (const t of tiles) {
    if (t === c) continue;
    // Distance along the arrow, from the current tile's edge to the candidate's facing edge.
    const along = h ? (sign > 0 ? t.x0 - c.x1 : c.x0 - t.x1) : sign > 0 ? t.y0 - c.y1 : c.y0 - t.y1;
    if (along < -0.5) continue;
    // Distance across: from the current tile's middle to the candidate's extent.
    const [lo, hi] = h ? [t.y0, t.y1] : [t.x0, t.x1];
    const across = mid < lo ? lo - mid : mid > hi ? mid - hi : 0;
    const d = Math.max(0, along) + 2 * across;
    if (d < score) {
      score = d;
      best = t.key;
    }
  }
  return best;
}
