/**
 * The model of `<trade-balance>`: the territory's main partner countries, with
 * their imports, exports and balance. Pure function over validated data.
 */
import { COUNTRY, countryLabel, ranked, share, sumBy } from './aggregate.ts';
import type { TradeData } from './contract.ts';
import type { Locale } from './format.ts';
import { territoryName } from './i18n.ts';

/** Trade with one country (or a group of countries), in euros. */
export interface BalanceFigures {
  imp: number;
  exp: number;
  /** exp − imp. */
  balance: number;
  /** Share of the territory's imports / exports (0–1). */
  impShare: number;
  expShare: number;
}

export interface BalanceRow extends BalanceFigures {
  code: string;
  label: string;
}

export interface BalanceModel {
  /** "Gers", "Occitanie", "France entière" / "France". */
  name: string;
  year: number;
  locale: Locale;
  /** The territory's totals (a `BalanceFigures` whose shares are 1). */
  totals: BalanceFigures;
  /** The countries drawn, ranked by total trade (imports + exports). */
  rows: BalanceRow[];
  /** The countries not drawn: how many, and their trade. */
  rest: BalanceFigures & { count: number };
  /** Number of partner countries with any trade. */
  partners: number;
}

export const DEFAULT_LIMIT = 10;

/** A usable number of rows: a positive integer, else the default. */
export function normalizeLimit(limit: unknown): number {
  const n = Math.floor(Number(limit));
  return Number.isFinite(n) && n >= 1 ? n : DEFAULT_LIMIT;
}

/**
 * The union of the top `limit` countries at import and the top `limit` at export,
 * ranked by total trade (ties by code), of which the first `limit` are kept.
 */
export function aggregateBalance(data: TradeData, locale: Locale, limit?: number): BalanceModel {
  const n = normalizeLimit(limit);
  const imp = sumBy(data.flows.import, COUNTRY);
  const exp = sumBy(data.flows.export, COUNTRY);
  const { import: ti, export: te } = data.totals;
  const figures = (i: number, e: number): BalanceFigures => ({ imp: i, exp: e, balance: e - i, impShare: share(i, ti), expShare: share(e, te) });
  // Every partner with its total trade; the candidates, first on either side.
  const all = sumBy([...data.flows.import, ...data.flows.export], COUNTRY);
  const top = new Set([imp, exp].flatMap((sums) => ranked(sums).slice(0, n).map((r) => r.code)));
  const rows = ranked(all)
    .filter((r) => top.has(r.code))
    .slice(0, n)
    .map(({ code }): BalanceRow => ({ code, label: countryLabel(data, code, locale), ...figures(imp.get(code) ?? 0, exp.get(code) ?? 0) }));
  const drawn = (k: 'imp' | 'exp') => rows.reduce((s, r) => s + r[k], 0);
  return {
    name: territoryName(data.territory, locale),
    year: data.year,
    locale,
    totals: figures(ti, te),
    rows,
    rest: { count: all.size - rows.length, ...figures(ti - drawn('imp'), te - drawn('exp')) },
    partners: all.size,
  };
}
