/**
 * Geometry of `<trade-trend>`. Two forms:
 *  - flows: exports and imports as two lines over the periods, on one scale from
 *    0, and under them the balance as bars around its own zero line; a missing
 *    period breaks the lines and is marked, never drawn as 0;
 *  - panels: the five largest partners or products, one small chart each, every
 *    one on the same scale, in as many columns as the width allows.
 * Every period (every year of a panel) has a band that takes the focus.
 *
 * Pure: the caller passes a `measure` function and the words; texts come out fitted.
 * No d3: a handful of lines does the scales and the paths.
 */
import { truncate, type Measure } from '../../layout/text.ts';
import type { Flow } from '../../data/contract.ts';
import type { TrendModel } from './model.ts';

/** Font size of axis labels and panel texts, in px. */
export const TEXT_SIZE = 12;
/** Below this step between periods, points are not drawn as dots. */
const DOT_STEP = 9;
const GAP = 8;
/** The balance band's height, and the panels' plot height. */
const BALANCE_HEIGHT = 64;
const PANEL_PLOT = 84;
const PANEL_MIN_WIDTH = 128;
/** A panel's texts above its plot: name, value, change. */
const PANEL_HEAD = 58;

export interface Text {
  x: number;
  y: number;
  text: string;
}

/** A period's mark: its band (the focus target), and where its values are. */
export interface PointLayout {
  key: string;
  band: { x: number; y: number; width: number; height: number };
  x: number;
  /** Missing period: no value, a hatched band. */
  missing: boolean;
  /** y of each flow's value (flows), or of the panel's value. */
  y: Partial<Record<Flow | 'value', number>>;
  /** The balance bar (flows). */
  bar?: { x: number; y: number; width: number; height: number; sign: 'positive' | 'negative' | 'zero' };
}

export interface PanelLayout {
  code: string;
  x: number;
  y: number;
  width: number;
  title: Text;
  value: Text;
  change: Text;
  /** The shared scale's top, as a gridline with its amount. */
  top: { y: number; label: Text };
  path: string;
  points: PointLayout[];
  baseline: { x1: number; x2: number; y: number };
  ticks: Text[];
}

export interface TrendLayout {
  width: number;
  height: number;
  /** The flows' lines, broken at missing periods (empty strings in panels mode). */
  paths: Record<Flow, string>;
  points: PointLayout[];
  dots: boolean;
  /** Value gridlines with their labels (flows), and the period labels under the plot. */
  grid: { y: number; label: Text }[];
  ticks: Text[];
  plot: { x1: number; x2: number; y1: number; y2: number };
  /** The balance band: its zero line and its label (flows). */
  balance?: { zero: number; label: Text };
  panels: PanelLayout[];
}

export interface TrendWords {
  /** An axis amount: "200 M€". */
  euros(value: number): string;
  /** A period's tick label: "2024", or for quarters the year of its first quarter. */
  tick(year: number): string;
  /** "Solde". */
  balance: string;
  /** A panel's title (a country's or product's name). */
  name(code: string): string;
  /** A panel's latest value and change: "84,4 M€ · +3,2 %". */
  panelValue(index: number): string;
  /** A panel's change: "+3,2 % sur cinq ans", or "". */
  panelChange(index: number): string;
}

/** Round tick values from 0 to at least `max`: 1, 2 or 5 times a power of ten, about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step / 2; v += step) ticks.push(v);
  if (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

/** A line through the points, broken where a value is missing. */
export function linePath(points: { x: number; y?: number }[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p.y === undefined) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`;
    pen = true;
  }
  return d;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Every k-th label, so that labels `labelWidth` wide keep a gap at `step` px apart. */
const thinning = (labelWidth: number, step: number) =>
  Math.max(1, Math.ceil((labelWidth + GAP) / Math.max(step, 1e-9)));

/** The chart's height at a width, before any data: the loading placeholder's. */
export const estimateHeight = (width: number) => Math.round(plotHeight(width)) + BALANCE_HEIGHT + 3 * GAP + 40;

const plotHeight = (width: number) => Math.max(160, Math.min(300, width * 0.42));

export function layoutTrend(model: TrendModel, width: number, measure: Measure, words: TrendWords): TrendLayout {
  return model.show === 'flows'
    ? layoutFlows(model, width, measure, words)
    : layoutPanels(model, width, measure, words);
}

function layoutFlows(model: TrendModel, width: number, measure: Measure, words: TrendWords): TrendLayout {
  const values = niceTicks(model.max);
  const top = values[values.length - 1] || 1;
  const labels = values.map((v) => words.euros(v));
  const x1 = Math.ceil(Math.max(...labels.map((l) => measure(l, TEXT_SIZE)))) + GAP;
  const x2 = width - GAP;
  const y1 = GAP;
  const y2 = y1 + plotHeight(width);
  const yOf = (v: number) => y2 - (v / top) * (y2 - y1);
  const grid = values.map((v, i) => ({
    y: round(yOf(v)),
    label: { x: x1 - 6, y: round(yOf(v)) + 4, text: labels[i] },
  }));

  // The balance band, under the period labels.
  const b1 = y2 + 20 + 2 * GAP;
  const b2 = b1 + BALANCE_HEIGHT;
  const span = Math.max(1, model.balance.max - model.balance.min);
  const zero = b2 - ((0 - model.balance.min) / span) * (b2 - b1 - 14) - 0;
  const perEuro = (b2 - b1 - 14) / span;

  const n = model.points.length;
  const step = (x2 - x1) / Math.max(1, n);
  const points = model.points.map((p, i): PointLayout => {
    const x = x1 + step * (i + 0.5);
    const missing = p.export === null;
    const point: PointLayout = {
      key: p.key,
      band: { x: round(x1 + step * i), y: y1, width: round(step), height: b2 - y1 },
      x: round(x),
      missing,
      y: missing ? {} : { export: yOf(p.export ?? 0), import: yOf(p.import ?? 0) },
    };
    if (p.balance !== null) {
      const length = Math.abs(p.balance) * perEuro;
      const w = Math.max(1, Math.min(16, step * 0.6));
      point.bar = {
        x: round(x - w / 2),
        y: round(p.balance >= 0 ? zero - length : zero),
        width: round(w),
        height: round(Math.max(p.balance === 0 ? 0 : 1, length)),
        sign: p.balance > 0 ? 'positive' : p.balance < 0 ? 'negative' : 'zero',
      };
    }
    return point;
  });
  const paths = {
    export: linePath(points.map((p) => ({ x: p.x, y: p.y.export }))),
    import: linePath(points.map((p) => ({ x: p.x, y: p.y.import }))),
  };

  // Period labels: a year under each point (by year), or under each year's first quarter.
  const starts = model.points.map((p, i) => ({ p, i })).filter(({ p }) => model.period === 'year' || p.quarter === 1);
  const labelWidth = measure(words.tick(model.year), TEXT_SIZE);
  const every = thinning(labelWidth, step * (model.period === 'year' ? 1 : 4));
  const last = starts[starts.length - 1] as (typeof starts)[number] | undefined;
  const ticks = starts
    .filter((_, k) => (starts.length - 1 - k) % every === 0)
    .map(({ p, i }) => {
      // A year's label under its middle: its four quarters, or its point.
      const middle = model.period === 'year' ? x1 + step * (i + 0.5) : x1 + step * (i + Math.min(4, n - i) / 2);
      const x = Math.max(x1 + labelWidth / 2, Math.min(x2 - labelWidth / 2, middle));
      return { x: round(x), y: y2 + 16, text: words.tick(p.year) };
    });
  // Clamped to the plot, two labels may still meet (a partial last year): the later one stays.
  for (let k = ticks.length - 2; k >= 0; k--) if (ticks[k + 1].x - ticks[k].x < labelWidth + 4) ticks.splice(k, 1);
  if (!ticks.length && last) ticks.push({ x: round((x1 + x2) / 2), y: y2 + 16, text: words.tick(last.p.year) });
  return {
    width,
    height: b2 + GAP,
    paths,
    points,
    dots: step >= DOT_STEP,
    grid,
    ticks,
    plot: { x1, x2, y1, y2 },
    balance: { zero: round(zero), label: { x: x1, y: b1 + 4, text: words.balance } },
    panels: [],
  };
}

function layoutPanels(model: TrendModel, width: number, measure: Measure, words: TrendWords): TrendLayout {
  const count = model.panels.length;
  const columns = Math.max(1, Math.min(count, Math.floor((width + GAP * 2) / (PANEL_MIN_WIDTH + GAP * 2))));
  const panelWidth = (width - 2 * GAP * (columns - 1)) / columns;
  const panelHeight = PANEL_HEAD + PANEL_PLOT + 24;
  const top = niceTicks(model.max, 2).at(-1) || 1;
  const topLabel = words.euros(top);
  const years = model.years;
  const panels = model.panels.map((panel, index): PanelLayout => {
    const x = (index % columns) * (panelWidth + 2 * GAP);
    const y = Math.floor(index / columns) * (panelHeight + GAP);
    const p1 = y + PANEL_HEAD;
    const p2 = p1 + PANEL_PLOT;
    const step = (panelWidth - 2) / Math.max(1, years.length);
    const points = years.map((year, i): PointLayout => {
      const value = panel.values[i];
      const px = x + 1 + step * (i + 0.5);
      return {
        key: `${panel.code}|${year}`,
        band: { x: round(x + 1 + step * i), y: p1, width: round(step), height: PANEL_PLOT },
        x: round(px),
        missing: value === null,
        y: value === null ? {} : { value: round(p2 - (value / top) * PANEL_PLOT) },
      };
    });
    // Drawn bold (styles.ts, .panel-title): measured bold.
    const fit = (text: string) => truncate(text, panelWidth, measure, TEXT_SIZE, 700);
    const first = words.tick(years[0]);
    const lastYear = words.tick(years[years.length - 1]);
    const ticks = [{ x: x + measure(first, TEXT_SIZE) / 2, y: p2 + 16, text: first }];
    if (years.length > 1)
      ticks.push({ x: x + panelWidth - measure(lastYear, TEXT_SIZE) / 2, y: p2 + 16, text: lastYear });
    return {
      code: panel.code,
      x,
      y,
      width: panelWidth,
      title: { x, y: y + 14, text: fit(words.name(panel.code)) },
      value: { x, y: y + 32, text: fit(words.panelValue(index)) },
      change: { x, y: y + 48, text: fit(words.panelChange(index)) },
      top: { y: p1, label: { x: x + panelWidth, y: p1 + 12, text: topLabel } },
      path: linePath(points.map((p) => ({ x: p.x, y: p.y.value }))),
      points,
      baseline: { x1: x, x2: x + panelWidth, y: p2 },
      ticks: ticks.map((t) => ({ ...t, x: round(t.x) })),
    };
  });
  const rows = Math.ceil(count / columns);
  const step = (panelWidth - 2) / Math.max(1, years.length);
  return {
    width,
    height: rows * panelHeight + (rows - 1) * GAP,
    paths: { export: '', import: '' },
    points: panels.flatMap((p) => p.points),
    dots: step >= DOT_STEP,
    grid: [],
    ticks: [],
    plot: { x1: 0, x2: width, y1: 0, y2: rows * panelHeight },
    panels,
  };
}
