/**
 * The model of `<trade-trend>`: a territory's series as the points to draw, by
 * quarter or by year, and the figures that answer the first questions without a
 * hover: the latest value, its change over one year and over five years where the
 * series has them. Or, with `show`, the yearly values of the five largest partners
 * or products, on one scale. Pure: no DOM, no language.
 */
import { FLOWS, type Flow, type Territory, type TradeSeries } from '../../data/contract.ts';
import { TradeError } from '../../data/errors.ts';

export type Period = 'quarter' | 'year';
export type Show = 'flows' | 'partners' | 'products';

/** One period: its values, null where the data lacks the period. */
export interface TrendPoint {
  /** "2024" or "2024-Q3": the key of the point's mark. */
  key: string;
  year: number;
  /** 1-4 by quarter; undefined by year. */
  quarter?: number;
  export: number | null;
  import: number | null;
  /** Exports − imports; null where the period is missing. */
  balance: number | null;
}

/** A change between two periods: the ratio (0.05 = +5 %) and the period it starts from. */
export interface Change {
  from: TrendPoint;
  ratio: Record<Flow, number | undefined>;
  /** Balance now − balance then, in euros. */
  balance: number;
}

/** What the headline says: the latest point and its changes over one and five years, where there are. */
export interface Headline {
  latest: TrendPoint;
  oneYear?: Change;
  fiveYears?: Change;
}

/** A partner's or product's yearly values, for a small multiple. */
export interface Panel {
  code: string;
  values: (number | null)[];
  latest: number | null;
  /** Ratios over one and five years, where the values are there and the start is not 0. */
  oneYear?: number;
  fiveYears?: number;
}

export interface TrendModel {
  territory: Territory;
  /** The latest complete year shown: the series' own, or the year asked for. */
  year: number;
  period: Period;
  show: Show;
  /** The flow of the small multiples. */
  flow: Flow;
  /** The points, oldest first; leading missing periods left out. */
  points: TrendPoint[];
  headline?: Headline;
  /** Years of the small multiples (the series' complete years). */
  years: number[];
  panels: Panel[];
  /** The largest value drawn: exports or imports, or the panels' (one shared scale). */
  max: number;
  /** The balance's extent, for its band (flows only). */
  balance: { min: number; max: number };
  /** Periods missing between the first and the last, as keys. */
  missing: string[];
}

/** A ratio of change, or undefined when either end is missing or the start is 0. */
export function change(now: number | null, then: number | null | undefined): number | undefined {
  if (now === null || then === null || then === undefined || then === 0) return undefined;
  return now / then - 1;
}

/** The complete years of a series: from `years.start` to `year`, the years a `year` attribute may name. */
export function seriesYears(series: TradeSeries): number[] {
  return series.years.export.map((_, i) => series.years.start + i);
}

/** The year a `year` attribute names, when it is one of the series' complete years; else undefined. */
export function yearIn(series: TradeSeries, year: string | null | undefined): number | undefined {
  const asked = Number(year?.trim() || NaN);
  return seriesYears(series).includes(asked) ? asked : undefined;
}

/**
 * Checks the year a `year` attribute names against the series: a year that is not one of
 * its complete years is the 'not-found' error every element gives for a year the data lacks.
 */
export function checkYear(series: TradeSeries, year: string | null | undefined, url?: string): void {
  const asked = year?.trim();
  if (asked && yearIn(series, asked) === undefined)
    throw new TradeError('not-found', {
      url,
      problem: { code: 'unknown-year', path: 'year', expected: seriesYears(series).join(', '), found: asked },
    });
}

function pointsOf(series: TradeSeries, period: Period, until: number): TrendPoint[] {
  const points: TrendPoint[] = [];
  const point = (key: string, year: number, quarter: number | undefined, exp: number | null, imp: number | null) => {
    const balance = exp === null || imp === null ? null : exp - imp;
    points.push({ key, year, quarter, export: exp, import: imp, balance });
  };
  if (period === 'year') {
    series.years.export.forEach((exp, i) => {
      const year = series.years.start + i;
      point(String(year), year, undefined, exp, series.years.import[i]);
    });
  } else {
    const start = series.quarters.start.year * 4 + series.quarters.start.quarter - 1;
    series.quarters.export.forEach((exp, i) => {
      const year = Math.floor((start + i) / 4);
      const quarter = ((start + i) % 4) + 1;
      point(`${year}-Q${quarter}`, year, quarter, exp, series.quarters.import[i]);
    });
  }
  // Missing periods before the first value are not part of the history, nor those after the year asked for.
  const first = points.findIndex((p) => p.export !== null);
  return first < 0 ? [] : points.slice(first).filter((p) => p.year <= until);
}

function changeOver(points: TrendPoint[], latest: number, steps: number): Change | undefined {
  const from = points[latest - steps] as TrendPoint | undefined;
  const now = points[latest];
  if (!from || from.export === null || now.export === null) return undefined;
  const ratio = { export: change(now.export, from.export), import: change(now.import, from.import) };
  return { from, ratio, balance: (now.balance ?? 0) - (from.balance ?? 0) };
}

/**
 * The model of a series. `year`: the history up to and including that year (one of the
 * series' complete years): its points, its latest value and changes, the panels' values
 * and changes as of that year. Without it, the whole series (quarters of a year not yet
 * complete included).
 */
export function trendModel(
  series: TradeSeries,
  {
    period = 'quarter',
    show = 'flows',
    flow = 'export',
    year,
  }: { period?: Period; show?: Show; flow?: Flow; year?: number } = {},
): TrendModel {
  const points = pointsOf(series, period, year ?? Infinity);
  const perYear = period === 'year' ? 1 : 4;
  let last = points.length - 1;
  while (last >= 0 && points[last].export === null) last--;
  const headline: Headline | undefined =
    last < 0
      ? undefined
      : {
          latest: points[last],
          oneYear: changeOver(points, last, perYear),
          fiveYears: changeOver(points, last, 5 * perYear),
        };
  const years = seriesYears(series).filter((y) => y <= (year ?? Infinity));
  const items = show === 'flows' ? [] : series.top[show][flow];
  const panels = items.map(({ code, values: all }): Panel => {
    const values = all.slice(0, years.length);
    const n = values.length - 1;
    return {
      code,
      values,
      latest: values[n] ?? null,
      oneYear: change(values[n] ?? null, values[n - 1]),
      fiveYears: change(values[n] ?? null, values[n - 5]),
    };
  });
  const flowValues = points.flatMap((p) => FLOWS.map((f) => p[f] ?? 0));
  const panelValues = panels.flatMap((p) => p.values.map((v) => v ?? 0));
  const balances = points.map((p) => p.balance ?? 0);
  return {
    territory: series.territory,
    year: year ?? series.year,
    period,
    show,
    flow,
    points,
    headline,
    years,
    panels,
    max: Math.max(0, ...(show === 'flows' ? flowValues : panelValues)),
    balance: { min: Math.min(0, ...balances), max: Math.max(0, ...balances) },
    missing: points.filter((p) => p.export === null).map((p) => p.key),
  };
}
