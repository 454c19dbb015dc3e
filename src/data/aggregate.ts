/**
 * Aggregation primitives shared by every chart: sums by product or country,
 * stable rankings, shares. Pure functions over validated data.
 */
import type { FlowTriple } from './contract.ts';

/** Index of the product (0) or the country (1) in a flow triple. */
export const PRODUCT = 0;
export const COUNTRY = 1;
export type Axis = typeof PRODUCT | typeof COUNTRY;

/** Sums a flow list by product or by country. Zero values are kept out. */
export function sumBy(flows: readonly FlowTriple[], axis: Axis): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of flows) {
    if (t[2] > 0) out.set(t[axis], (out.get(t[axis]) ?? 0) + t[2]);
  }
  return out;
}

export interface Ranked {
  code: string;
  value: number;
}

/** Descending by value; equal values in code order, so that ties keep a stable order. */
export function byValueThenCode(a: Ranked, b: Ranked): number {
  return b.value - a.value || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** All entries of a sum, ranked. */
export function ranked(sums: Map<string, number>): Ranked[] {
  return [...sums].map(([code, value]) => ({ code, value })).sort(byValueThenCode);
}

export interface TopN {
  /** The `limit` largest, ranked. */
  top: Ranked[];
  /** What is beyond them: how many and how much. */
  rest: { count: number; value: number };
}

/** The `limit` largest entries and the sum of the others. */
export function topN(sums: Map<string, number>, limit: number): TopN {
  const all = ranked(sums);
  const n = Math.max(0, Math.floor(limit));
  const restList = all.slice(n);
  return { top: all.slice(0, n), rest: { count: restList.length, value: restList.reduce((s, r) => s + r.value, 0) } };
}

/** part / whole, or 0 when the whole is 0. */
export function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/**
 * A count from an attribute (`limit`, `highlight`): a whole number of at least
 * `min`, rounded down; `fallback` for anything else (absent, empty, not a number).
 */
export function countOr(value: unknown, fallback: number, min = 1): number {
  if (value === null || value === undefined || value === '') return fallback;
  const count = Math.floor(Number(value));
  return Number.isFinite(count) && count >= min ? count : fallback;
}
