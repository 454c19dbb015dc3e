/**
 * The series files: one per territory (department, region, France), with every
 * quarter of the input, the yearly totals of its complete years and the yearly
 * values of the territory's five largest partners and products of the latest
 * complete year. Pure code, no Node imports.
 *
 * Two independent paths meet here, so that reconciliation means something: the
 * quarters come from the accumulator's per-quarter sums (`YearAccumulator.byQuarter`),
 * the years and the partners from the yearly files as `buildYear` makes them. A
 * complete year's four quarters must add up to its yearly file, to the euro, for
 * every territory; and every quarter's France total plus the rows excluded under
 * --lenient must be the quarter's input.
 */
import {
  FLOWS,
  SERIES_SCHEMA_VERSION,
  type Flow,
  type Source,
  type Territory,
  type Totals,
  type TradeData,
  type TradeSeries,
} from '../data/contract.ts';
import { FRANCE_CODE } from '../data/codes.ts';
import type { YearAccumulator } from './aggregate.ts';
import type { LabelSet } from './build.ts';
import { pickForYear } from './labels.ts';
import { departmentName, inseeDepartment, inseeRegion } from './territories.ts';

/** How many partners and products a series follows. */
export const TOP = 5;

/** A quarter as one number: 4 × year + quarter − 1. */
export const quarterIndex = (year: number, quarter: number) => 4 * year + quarter - 1;

type Breakdown = Record<Flow, Map<string, number>>;

/** What is gathered for one territory. */
interface Track {
  territory: Territory;
  /** Quarter index → euros. */
  quarters: Map<number, Totals>;
  /** Complete year → the yearly file's totals. */
  years: Map<number, Totals>;
  /** Complete year → euros by partner (country code) and by product, per flow. */
  partners: Map<number, Breakdown>;
  products: Map<number, Breakdown>;
  /** The labels of the latest yearly file seen. */
  labels: { year: number; products: Record<string, string>; countries: Record<string, string> };
}

/** What the series' reconciliation checked. */
export interface SeriesReconciliation {
  files: number;
  /** The first and last quarter, as "2015-Q1". */
  first: string;
  last: string;
  /** Quarters present, and quarters missing between the first and the last. */
  quarters: number;
  missing: string[];
  /** Complete years whose quarters were checked against the yearly files, for every territory. */
  years: number[];
}

const zero = (): Totals => ({ export: 0, import: 0 });
const breakdown = (): Breakdown => ({ export: new Map(), import: new Map() });
const keyOf = (t: Pick<Territory, 'level' | 'code'>) => `${t.level}/${t.code}`;
const quarterName = (index: number) => `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;

export class SeriesBuilder {
  private readonly tracks = new Map<string, Track>();
  /** Quarter indexes present in the input. */
  private readonly present = new Set<number>();
  /** Quarter index → the input's sum and the rows excluded, per flow. */
  private readonly input = new Map<number, { input: Totals; excluded: Totals }>();

  constructor(private readonly labels: LabelSet) {}

  private track(territory: Territory): Track {
    const key = keyOf(territory);
    let t = this.tracks.get(key);
    if (!t) {
      t = {
        territory,
        quarters: new Map(),
        years: new Map(),
        partners: new Map(),
        products: new Map(),
        labels: { year: -Infinity, products: {}, countries: {} },
      };
      this.tracks.set(key, t);
    }
    return t;
  }

  /**
   * A year of the accumulator: its quarters, by department, added to the
   * department, its region and France. `departmentCodes` are the accumulator's
   * DGDDI department codes by id.
   */
  addQuarters(y: YearAccumulator, departmentCodes: readonly string[]): void {
    const quarters = [1, 2, 3, 4].filter((q) => y.quarters & (1 << q));
    for (const q of quarters) {
      const index = quarterIndex(y.year, q);
      this.present.add(index);
      this.input.set(index, {
        input: { export: y.quarterInput.export[q - 1], import: y.quarterInput.import[q - 1] },
        excluded: { export: y.quarterExcluded.export[q - 1], import: y.quarterExcluded.import[q - 1] },
      });
      // France has every present quarter, even at 0.
      this.add(this.track({ level: 'france', code: FRANCE_CODE, name: 'France' }), index, zero());
    }
    const ids = new Set<number>();
    for (const byRegion of y.slots.values())
      for (const slot of byRegion.values()) if (slot.department >= 0) ids.add(slot.department);
    for (const id of [...ids].sort((a, b) => a - b)) {
      const territory = this.departmentTerritory(departmentCodes[id], y.year);
      const tracks = [
        this.track(territory),
        this.track({ level: 'region', ...territory.region }),
        this.track({ level: 'france', code: FRANCE_CODE, name: 'France' }),
      ];
      for (const q of quarters) {
        const k = 4 * id + q - 1;
        const value = { export: y.byQuarter.export[k] ?? 0, import: y.byQuarter.import[k] ?? 0 };
        for (const t of tracks) this.add(t, quarterIndex(y.year, q), value);
      }
    }
  }

  private add(t: Track, index: number, value: Totals): void {
    const sum = t.quarters.get(index) ?? zero();
    for (const flow of FLOWS) sum[flow] += value[flow];
    t.quarters.set(index, sum);
  }

  /** A department's territory as `buildYear` writes it. */
  private departmentTerritory(code: string, year: number): Territory & { region: Required<Territory>['region'] } {
    const listed = pickForYear(this.labels.departments.get(code), year)?.value;
    const region = listed && inseeRegion(code, listed.region);
    // The accumulator gives ids only to such departments (TradeAccumulator.problem).
    if (!listed || !region) throw new Error(`department ${code} has no region in ${year}`);
    return {
      level: 'department',
      code: inseeDepartment(code),
      name: departmentName(listed.name),
      dgddiCode: code,
      region,
    };
  }

  /** A yearly file of a complete year: its totals, partners, products and labels. */
  addYearFile(file: TradeData): void {
    const t = this.track(file.territory);
    t.years.set(file.year, { ...file.totals });
    const partners = breakdown();
    const products = breakdown();
    for (const flow of FLOWS) {
      for (const [product, country, value] of file.flows[flow]) {
        partners[flow].set(country, (partners[flow].get(country) ?? 0) + value);
        products[flow].set(product, (products[flow].get(product) ?? 0) + value);
      }
    }
    t.partners.set(file.year, partners);
    t.products.set(file.year, products);
    if (file.year > t.labels.year) {
      t.territory = file.territory;
      t.labels = { year: file.year, products: file.products, countries: file.countries };
    }
  }

  /** The quarter indexes from the first present to the last, and the complete years. */
  private span(): { first: number; last: number; complete: number[] } {
    const sorted = [...this.present].sort((a, b) => a - b);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    const complete: number[] = [];
    for (let year = Math.floor(first / 4); year <= Math.floor(last / 4); year++)
      if ([1, 2, 3, 4].every((q) => this.present.has(quarterIndex(year, q)))) complete.push(year);
    return { first, last, complete };
  }

  /**
   * Checks the series against the input and the yearly files; returns what was
   * checked and the problems found (none when it holds).
   */
  reconcile(): { line: SeriesReconciliation; problems: string[] } {
    const problems: string[] = [];
    const { first, last, complete } = this.span();
    const france = this.tracks.get(`france/${FRANCE_CODE}`);
    for (const [index, { input, excluded }] of this.input) {
      for (const flow of FLOWS) {
        const own = france?.quarters.get(index)?.[flow] ?? 0;
        if (own + excluded[flow] !== input[flow])
          problems.push(
            `${quarterName(index)} ${flow}: input rows sum to ${input[flow]} €, ` +
              `but the series of France is ${own} € and excluded rows ${excluded[flow]} €`,
          );
      }
    }
    for (const t of this.tracks.values()) {
      for (const year of complete) {
        for (const flow of FLOWS) {
          const quarters = [1, 2, 3, 4].reduce((s, q) => s + (t.quarters.get(quarterIndex(year, q))?.[flow] ?? 0), 0);
          const file = t.years.get(year)?.[flow] ?? 0;
          if (quarters !== file)
            problems.push(
              `${t.territory.level} ${t.territory.code} ${year} ${flow}: ` +
                `the quarters sum to ${quarters} €, the yearly file says ${file} €`,
            );
        }
      }
    }
    const missing: string[] = [];
    for (let i = first; i <= last; i++) if (!this.present.has(i)) missing.push(quarterName(i));
    const line = {
      files: this.tracks.size,
      first: quarterName(first),
      last: quarterName(last),
      quarters: this.present.size,
      missing,
      years: complete,
    };
    return { line, problems };
  }

  /** The series files, departments then regions then France, each in code order. */
  build(source: Source): TradeSeries[] {
    if (this.present.size === 0) return [];
    const { first, last, complete } = this.span();
    // Quarters start at Q1 of the first year, so that years and quarters line up.
    const start = Math.floor(first / 4) * 4;
    if (!complete.length) return [];
    const lastComplete = complete[complete.length - 1];
    const years: number[] = [];
    for (let year = Math.floor(first / 4); year <= lastComplete; year++) years.push(year);
    const order = { department: 0, region: 1, france: 2 };
    const tracks = [...this.tracks.values()].sort(
      (a, b) =>
        order[a.territory.level] - order[b.territory.level] ||
        (a.territory.code < b.territory.code ? -1 : a.territory.code > b.territory.code ? 1 : 0),
    );
    return tracks.map((t) => {
      const quarters = { start: { year: start / 4, quarter: 1 }, export: [], import: [] } as TradeSeries['quarters'];
      for (let i = start; i <= last; i++) {
        const value = this.present.has(i) ? (t.quarters.get(i) ?? zero()) : undefined;
        for (const flow of FLOWS) quarters[flow].push(value ? value[flow] : null);
      }
      const yearly = { start: years[0], export: [], import: [] } as TradeSeries['years'];
      for (const year of years) {
        const whole = complete.includes(year);
        for (const flow of FLOWS) {
          const sum = [1, 2, 3, 4].reduce((s, q) => s + (t.quarters.get(quarterIndex(year, q))?.[flow] ?? 0), 0);
          yearly[flow].push(whole ? sum : null);
        }
      }
      const topOf = (kind: 'partners' | 'products') => {
        const out = {} as TradeSeries['top']['partners'];
        const latest = t[kind].get(lastComplete);
        for (const flow of FLOWS) {
          const ranked = [...(latest?.[flow] ?? new Map<string, number>())]
            .filter(([, value]) => value > 0)
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .slice(0, TOP);
          out[flow] = ranked.map(([code]) => ({
            code,
            values: years.map((year) => (complete.includes(year) ? (t[kind].get(year)?.[flow].get(code) ?? 0) : null)),
          }));
        }
        return out;
      };
      const top = { partners: topOf('partners'), products: topOf('products') };
      const pick = (all: Record<string, string>, kind: 'partners' | 'products') => {
        const out: Record<string, string> = {};
        const codes = new Set(FLOWS.flatMap((flow) => top[kind][flow].map((item) => item.code)));
        for (const code of [...codes].sort()) out[code] = all[code] ?? code;
        return out;
      };
      return {
        kind: 'series',
        schema: SERIES_SCHEMA_VERSION,
        year: lastComplete,
        territory: t.territory,
        quarters,
        years: yearly,
        top,
        products: pick(t.labels.products, 'products'),
        countries: pick(t.labels.countries, 'partners'),
        source,
      } satisfies TradeSeries;
    });
  }
}
