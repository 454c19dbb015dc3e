/**
 * Geometry of `<trade-map>`: the map file's frame scaled to the element's width, the
 * value labels of the first partners placed where they overlap neither each other nor
 * the frame's edges, and the legend's swatches wrapped onto lines under the map.
 *
 * Pure: the caller passes a `measure` function; every text comes out fitted.
 */
import { truncate, type Measure } from '../../layout/text.ts';
import type { GeoFile } from './geo.ts';
import type { MapModel } from './model.ts';

/** Font size of labels and of the legend, in px. */
export const LABEL_SIZE = 12;
/** How many partners carry a value label. */
export const LABELLED = 5;
/** Below this width, labels give the value alone. */
export const WIDE = 560;
/** The radius of the dot drawn over a shape too small to see or to point at. */
export const DOT = 4;
/** Room for a dot's selection ring (radius 6) and its stroke, from the map's edges. */
const RING = 8;

const LINE = 18;
const SWATCH = 14;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapShape {
  key: string;
  d: string;
  /** The partner's colour class, when it traded in the flow shown. */
  klass?: number;
  /** The dot of a small shape, in px. */
  dot?: { x: number; y: number };
}

export interface MapLabel {
  key: string;
  text: string;
  /** Where the text starts (its box's left edge) and its baseline, in px. */
  x: number;
  y: number;
  box: Box;
  /** From the shape to the label, when the label had to move away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface LegendItem {
  klass: number;
  text: string;
  /** No shape on the map is in this class: the legend dims it, and keeps it so that the ranges follow on. */
  empty: boolean;
  /** The swatch's top left corner; the text follows it. */
  x: number;
  y: number;
}

export interface MapLayout {
  width: number;
  height: number;
  /** From the map file's frame to px. */
  scale: number;
  /** The shapes' SVG transform: the frame's view moved to the origin, and scaled. */
  transform: string;
  /** France's overseas insets, in px. */
  insets: Box[];
  mapHeight: number;
  shapes: MapShape[];
  other?: string;
  /** The partners that take the focus, in order of value. */
  keys: string[];
  /** Where each drawn partner is, in px: tooltips point there. */
  points: Record<string, { x: number; y: number }>;
  labels: MapLabel[];
  legend: LegendItem[];
}

/** The words of the chart, in the reader's language. */
export interface MapWords {
  countryName(code: string): string;
  euros(value: number): string;
  /** A class's range: "moins de 1 M€", "1 M€ à 5 M€", "5 M€ ou plus". */
  range(min: number, max: number): string;
}

/** Whether two boxes overlap. */
export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Where a label may go around its point, nearest first: right, left, then lines above and below. */
function candidates(x: number, y: number, width: number): { x: number; y: number }[] {
  const list: { x: number; y: number }[] = [];
  for (const dy of [0, -16, 16, -32, 32, -48, 48, -64, 64])
    for (const dx of [8, -8 - width, 28, -28 - width, -width / 2]) list.push({ x: x + dx, y: y + dy + LABEL_SIZE / 3 });
  return list;
}

/**
 * Places the labels one after the other, each at its first place that stays in the map
 * and overlaps no label already placed and no labelled point; failing that, at its first
 * place in the map.
 */
export function placeLabels(
  points: { key: string; x: number; y: number; text: string; width: number }[],
  frame: { width: number; height: number },
): MapLabel[] {
  const placed: MapLabel[] = [];
  const marks = points.map((point): Box => ({ x: point.x - 3, y: point.y - 3, width: 6, height: 6 }));
  for (const point of points) {
    const boxOf = (at: { x: number; y: number }): Box => ({
      x: at.x - 2,
      y: at.y - LABEL_SIZE + 1,
      width: point.width + 4,
      height: LABEL_SIZE + 3,
    });
    const inside = (box: Box) =>
      box.x >= 0 && box.y >= 0 && box.x + box.width <= frame.width && box.y + box.height <= frame.height;
    const options = candidates(point.x, point.y, point.width).filter((at) => inside(boxOf(at)));
    const free = options.find((at) => {
      const box = boxOf(at);
      return !placed.some((label) => overlaps(label.box, box)) && !marks.some((mark) => overlaps(mark, box));
    });
    const at = free ?? options.at(0) ?? { x: Math.max(0, Math.min(frame.width - point.width, point.x)), y: point.y };
    const box = boxOf(at);
    const near =
      Math.abs(at.y - LABEL_SIZE / 3 - point.y) < 1 && (at.x === point.x + 8 || at.x === point.x - 8 - point.width);
    const leader = near
      ? undefined
      : {
          x1: point.x,
          y1: point.y,
          x2: Math.max(box.x, Math.min(box.x + box.width, point.x)),
          y2: point.y < box.y ? box.y : box.y + box.height,
        };
    placed.push({ key: point.key, text: point.text, x: at.x, y: at.y, box, leader });
  }
  return placed;
}

/** The legend's items, left to right, wrapped onto as many lines as the width needs. */
export function layoutLegend(
  items: { klass: number; text: string; empty?: boolean }[],
  width: number,
  top: number,
  measure: Measure,
): { items: LegendItem[]; bottom: number } {
  let x = 0;
  let y = top;
  const placed = items.map((item) => {
    const text = truncate(item.text, width - SWATCH - 6, measure, LABEL_SIZE);
    const itemWidth = SWATCH + 6 + measure(text, LABEL_SIZE) + 16;
    if (x > 0 && x + itemWidth - 16 > width) [x, y] = [0, y + LINE];
    const result = { klass: item.klass, text, x, y, empty: !!item.empty };
    x += itemWidth;
    return result;
  });
  return { items: placed, bottom: items.length ? y + LINE : top };
}

/**
 * The map at `width` px: `view` is the part of the file's frame shown (all of it by default;
 * a region's box on France's map), and `geo.shapes` the shapes drawn.
 */
export function layoutMap(
  model: MapModel,
  geo: GeoFile,
  width: number,
  measure: Measure,
  words: MapWords,
  view: Box = { x: 0, y: 0, width: geo.width, height: geo.height },
): MapLayout {
  const scale = width / view.width;
  const mapHeight = Math.round(view.height * scale);
  const rows = new Map(model.rows.map((row) => [row.code, row]));
  const px = (x: number, y: number) => ({
    x: Math.round((x - view.x) * scale * 10) / 10,
    y: Math.round((y - view.y) * scale * 10) / 10,
  });
  // A dot (and its selection ring, 6 px) stays inside the map, whatever the width: an island at its edge too.
  const inside = ({ x, y }: { x: number; y: number }) => ({
    x: Math.min(Math.max(x, RING), width - RING),
    y: Math.min(Math.max(y, RING), mapHeight - RING),
  });
  const shapes = Object.entries(geo.shapes).map(([key, shape]): MapShape => {
    const row = rows.get(key);
    return { key, d: shape.d, klass: row?.klass, dot: shape.small && row ? inside(px(shape.x, shape.y)) : undefined };
  });
  const keys = model.rows.filter((row) => row.drawn).map((row) => row.code);
  const points = Object.fromEntries(keys.map((key) => [key, px(geo.shapes[key].x, geo.shapes[key].y)]));
  const wide = width >= WIDE;
  const labelled = keys.slice(0, LABELLED).map((key) => {
    const value = words.euros(rows.get(key)?.value ?? 0);
    const name = wide ? truncate(words.countryName(key), width / 5, measure, LABEL_SIZE) : '';
    const text = name ? `${name} ${value}` : value;
    return { key, ...points[key], text, width: measure(text, LABEL_SIZE, 700) };
  });
  const labels = placeLabels(labelled, { width, height: mapHeight });
  // Every class of the scale, so that the ranges follow on without a gap; those no shape is in are dimmed.
  const used = new Set(model.rows.filter((row) => row.drawn).map((row) => row.klass));
  const legend = layoutLegend(
    model.classes.map((klass, index) => ({
      klass: index,
      text: words.range(klass.min, klass.max),
      empty: !used.has(index),
    })),
    width,
    mapHeight + 12,
    measure,
  );
  return {
    width,
    height: legend.bottom + 4,
    scale,
    transform: `translate(${-view.x * scale} ${-view.y * scale}) scale(${scale})`,
    insets: (geo.insets ?? []).map((box) => ({
      ...px(box.x, box.y),
      width: box.width * scale,
      height: box.height * scale,
    })),
    mapHeight,
    shapes,
    other: geo.other,
    keys,
    points,
    labels,
    legend: legend.items,
  };
}
