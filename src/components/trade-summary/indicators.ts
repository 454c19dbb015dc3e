/**
 * What `<trade-summary>` computes beyond its key figures (extras.ts). Pure functions
 * over validated data. The dependency indicators, from the territory's file and
 * France's beside them:
 * - the share of the exports that goes to the first three partner countries;
 * - the Herfindahl–Hirschman index of the export partners, HHI = Σ (100 × sᵢ)²,
 *   sᵢ being country i's share of the exports: near 0 for many small partners,
 *   10 000 for a single one;
 * - the first supplier's share of the imports.
 * The five-year change, from the territory's series: the year's value against the
 * value five years before, when the series has both.
 */
import { COUNTRY, ranked, share, sumBy } from '../../data/aggregate.ts';
import type { Flow, TradeData, TradeSeries } from '../../data/contract.ts';

export interface Dependency {
  /** Share of the exports going to the first three partner countries (0–1); undefined without exports. */
  topThree?: number;
  /** Herfindahl–Hirschman index of the export partners, 0 to 10 000; undefined without exports. */
  hhi?: number;
  /** The first supplier (DGDDI code, the file's label) and its share of the imports; undefined without imports. */
  supplier?: { code: string; label: string; share: number };
}

const made = new WeakMap<TradeData, Dependency>();

/** The indicators of one file (made once per file: France's serves every widget of the page). */
export function dependencyOf(data: TradeData): Dependency {
  const known = made.get(data);
  if (known) return known;
  const exports = ranked(sumBy(data.flows.export, COUNTRY));
  const first = ranked(sumBy(data.flows.import, COUNTRY)).at(0);
  const total = data.totals.export;
  const out: Dependency = {};
  if (total > 0) {
    out.topThree = share(
      exports.slice(0, 3).reduce((sum, entry) => sum + entry.value, 0),
      total,
    );
    out.hhi = exports.reduce((sum, entry) => sum + (100 * share(entry.value, total)) ** 2, 0);
  }
  made.set(data, out);
  if (first) {
    const { code, value } = first;
    out.supplier = { code, label: data.countries[code], share: share(value, data.totals.import) };
  }
  return out;
}

/** France's file for the same year as `data`, when `france` is one (else undefined: no comparison). */
export function franceFor(data: TradeData, france: TradeData | undefined): TradeData | undefined {
  return france?.territory.level === 'france' && data.territory.level !== 'france' && france.year === data.year
    ? france
    : undefined;
}

/**
 * The relative change of a flow over five years, to `data`'s year, from the
 * territory's series: undefined when the series is another territory's, or lacks
 * either year, or the older value is zero.
 */
export function fiveYearChange(data: TradeData, series: TradeSeries | undefined, flow: Flow): number | undefined {
  const { territory } = data;
  if (!series || series.territory.level !== territory.level || series.territory.code !== territory.code)
    return undefined;
  const { start } = series.years;
  const at = (year: number) => series.years[flow][year - start] ?? undefined;
  const before = at(data.year - 5);
  return before && at(data.year) !== undefined ? data.totals[flow] / before - 1 : undefined;
}
