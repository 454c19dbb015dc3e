/**
 * Layout for `<trade-treemap>`: one compartment per flow whose area is
 * proportional to the flow's total, squarified tiles inside it whose areas are
 * proportional to the products' values, and labels wrapped to fit the tiles
 * (`fitLabel`). A tile too small for any text gets a number, drawn in it when it
 * fits, and a line in a key under the tiles: "3. Métaux non ferreux — 0,97 %",
 * inside the SVG, so that print and the SVG and PNG files hold it too.
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
  /** Fitted label lines, with the share; or the share alone; empty when not even the share fits. */
  lines: Line[];
  /** Whether the share is among the lines (false only without lines). */
  share: boolean;
  /** The size of the lines: the chart's, or up to two px smaller for a whole label. */
  fontSize: number;
  /**
   * Without lines: the tile's number in the key under the chart (1, 2… in the
   * tiles' order), and where it is drawn, centred, when it fits the tile.
   */
  number?: { value: number; x: number; y: number; fontSize: number; drawn: boolean };
}

/**
 * A line of the key under the chart, for a tile too small for its text: a swatch
 * of the flow's colour at (0, swatchY), then "3. Métaux non ferreux — 1,0 %",
 * wrapped to the width in `lines`.
 */
export interface KeyEntry {
  key: string;
  flow: Flow;
  swatchY: number;
  lines: Line[];
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
  /** The numbered tiles' labels and shares, under the tiles, at `fontSize`; empty when every tile has text. */
  key: KeyEntry[];
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

/** Height of the chart for a width, without the key of the numbered tiles under it. */
export function treemapHeight(width: number, stacked: boolean): number {
  return Math.round(stacked ? clamp(width * 1.25, 360, 640) : clamp(width * 0.6, 280, 520));
}

/**
 * The loading placeholder's height: the chart's, and the usual height of the key
 * under it, the median over the demo's 2024 files (departments, regions, France)
 * in DejaVu and Liberation Sans: a line (30 px) below 800 px, and 0.7 px more per
 * px under 420 px (100 px at 320 px); none from 800 px, where most charts have no key.
 */
export function expectedHeight(width: number, stacked: boolean): number {
  const key = width < 800 ? 30 + Math.max(0, Math.round((420 - width) * 0.7)) : 0;
  return treemapHeight(width, stacked) + key;
}

/** The smallest size of a tile's text, px. */
export const MIN_FONT_SIZE = 10;
/** How many px a tile's text may lose (down to MIN_FONT_SIZE) for its whole label to show. */
const SHRINK = 2;
/** A first word cut with "…" keeps at least this many characters: "Tél…", never "Té…". */
const MIN_CUT = 3;

/** A tile's text: its lines, top to bottom, and their size. */
export interface FittedLabel {
  /** The label (whole, or shortened with "…") and the share; or the share alone; or nothing. */
  lines: string[];
  fontSize: number;
}

/**
 * Greedy line wrapping: a word goes on the current line if the line still fits,
 * else it starts a new one. It would be better to balance the lines' lengths
 * (Knuth–Plass, or minimum raggedness), but a tile holds a few words, and
 * the greedy breaks are the ones a reader expects. It breaks at spaces only: no
 * hyphenation, no break after a hyphen or an apostrophe. A word wider than the
 * line stays alone on its line, too wide: the caller checks. One measure per word.
 */
function wrapWords(words: string[], fits: (text: string) => boolean): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.length - 1;
    if (last >= 0 && fits(`${lines[last]} ${word}`)) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Fits a tile's label and share ("Boissons", "48 %") into `width` × `height`,
 * taking the first of these that fits:
 *
 * 1. the whole label wrapped on words, with " — 48 %" at the end of its last line
 *    or the share on a line of its own; at `fontSize`, then one px smaller, then
 *    two (never under MIN_FONT_SIZE);
 * 2. the label's first words and "…", the share after them or on a line of its
 *    own ("Produits de la construction… 11 %"): as many words as fit, at the size
 *    that fits the most (the largest, on a tie);
 * 3. the first word cut ("Télé… 8 %", at least MIN_CUT characters), at the
 *    largest size where that fits;
 * 4. the share alone, at the largest size where it fits;
 * 5. nothing: the caller numbers the tile and lists it under the chart.
 *
 * The wrapping is greedy (see `wrapWords`). A line needs 1 em above its baseline
 * and 0.3 em below, generous for any common font; the lines after the first take
 * `lineHeight` each; PAD px of padding all round. A tall narrow tile takes as
 * many lines as its height allows, one word each if need be.
 *
 * Limits: a shortened label ends on a word boundary (a comma or a colon before
 * the "…" is dropped); only the first word is ever cut inside, as a last resort.
 * A word wider than the tile further on ends the label before it. The most
 * words that fit are found by a binary search, which assumes that fewer words
 * never take more room; with greedy wrapping that almost always holds, and when
 * it does not, the label shows a word or so less than it could. The share is
 * never shortened, and there is no hyphenation. Cost: per size, at most
 * 1 + log2(words) greedy wrappings of one measure per word, so O(n log n)
 * measures for n words; a tile without room for a line or for the share measures
 * at most the share, once per size.
 */
export function fitLabel(
  label: string,
  shareText: string,
  width: number,
  height: number,
  fontSize: number,
  measure: Measure,
): FittedLabel {
  const words = label.split(' ').filter(Boolean);
  const textWidth = width - 2 * PAD - 1;
  let best: FittedLabel = { lines: [], fontSize };
  // The whole words `best` shows: -1 for the share alone, 0 for a cut first word.
  let bestWords = -2;
  for (let size = fontSize; size >= Math.min(fontSize, Math.max(MIN_FONT_SIZE, fontSize - SHRINK)); size--) {
    const maxLines = Math.floor((height - 2 * PAD - 1.3 * size) / lineHeight(size)) + 1;
    const fits = (text: string) => measure(text, size) <= textWidth;
    if (maxLines < 1 || !fits(shareText)) continue;
    // The label's first `count` words wrapped (with "…" when some are left out), and
    // the share at the end of the last line or on the next; undefined when that
    // does not fit.
    const place = (count: number) => {
      const shortened = count < words.length;
      const end = words[count - 1];
      const lines = wrapWords([...words.slice(0, count - 1), shortened ? end.replace(/[,;:]?$/, '…') : end], fits);
      const last = lines.length - 1;
      if (!lines.every(fits) || last >= maxLines) return undefined;
      // The share after the last line: " — 48 %" after a whole label, " 11 %" after
      // "…"; else on a line of its own; else after a whole label, without the dash.
      for (const joined of [`${lines[last]}${shortened ? '' : ' —'} ${shareText}`, '', `${lines[last]} ${shareText}`])
        if (joined ? fits(joined) : last + 1 < maxLines)
          return joined ? [...lines.slice(0, last), joined] : [...lines, shareText];
      return undefined;
    };
    // 1. The whole label.
    const whole = words.length ? place(words.length) : undefined;
    if (whole) return { lines: whole, fontSize: size };
    // 2. The most words that fit: `low` do (0: none), more than `high` do not.
    let [low, high] = [0, words.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (place(middle)) low = middle;
      else high = middle - 1;
    }
    if (low > Math.max(bestWords, 0)) [best, bestWords] = [{ lines: place(low) ?? [], fontSize: size }, low];
    if (bestWords >= 0) continue;
    // 3. The first word cut, the share after it or (with room for two lines) below it.
    const cut = truncate(
      words.join(' '),
      maxLines > 1 ? textWidth : textWidth - measure(` ${shareText}`, size),
      measure,
      size,
    );
    if (cut.length > MIN_CUT)
      [best, bestWords] = [{ lines: maxLines > 1 ? [cut, shareText] : [`${cut} ${shareText}`], fontSize: size }, 0];
    // 4. The share alone.
    else if (bestWords < -1) [best, bestWords] = [{ lines: [shareText], fontSize: size }, -1];
  }
  return best;
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
        y0 + PAD + fitted.fontSize + line * lineHeight(fitted.fontSize),
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
        share: fitted.lines.length > 0,
        lines,
        fontSize: fitted.fontSize,
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
  // The tiles without text, numbered in their order (the table's), and their key
  // under the chart: "3. Métaux non ferreux — 1,0 %", wrapped, after a swatch.
  const key: KeyEntry[] = [];
  let baseline = height + GAP + fontSize;
  for (const tile of tiles) {
    if (tile.lines.length) continue;
    const value = key.length + 1;
    // Centred, at the largest size down to MIN_FONT_SIZE where it fits with 2 px
    // around: its width, and 1.3 em of height (1 em above its baseline, 0.3 below).
    let size = fontSize + 1;
    let numberFits;
    do numberFits = measure(String(value), --size) <= tile.x1 - tile.x0 - 4 && 1.3 * size <= tile.y1 - tile.y0 - 4;
    while (!numberFits && size > MIN_FONT_SIZE);
    const [x, y] = [(tile.x0 + tile.x1) / 2, (tile.y0 + tile.y1) / 2 + 0.35 * size];
    tile.number = { value, x, y, fontSize: size, drawn: numberFits };
    // Wrapped on the label's spaces, never inside "— 0,97 %" (text.ts's `wrap`
    // would break at its no-break space); a word wider than the line (in no real
    // label) is shortened.
    const words = [...`${value}. ${tile.label}`.split(' ').filter(Boolean), `— ${tile.shareText}`];
    const lines = wrapWords(words, (text) => measure(text, fontSize) <= width - LEAD).map((line) =>
      truncate(line, width - LEAD, measure, fontSize),
    );
    key.push({
      key: tile.key,
      flow: tile.flow,
      swatchY: baseline - (SWATCH - 1),
      lines: lines.map((text, index): Line => [text, LEAD, baseline + index * tileLineHeight]),
    });
    baseline += lines.length * tileLineHeight;
  }
  return {
    width,
    // The key's last line needs 0.3 em below its baseline.
    height: key.length ? Math.ceil(baseline - tileLineHeight + 0.3 * fontSize) : drawn.length ? height : 0,
    stacked,
    fontSize,
    headerFontSize,
    compartments,
    tiles,
    notes,
    key,
  };
}
