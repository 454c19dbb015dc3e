/**
 * The model of `<trade-balance>`: the territory's main partner countries, with
 * their imports, exports and balance. Pure function over validated data.
 */
import { COUNTRY, byValueThenCode, countryLabel, share, sumBy, topN } from './aggregate.ts';
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

function figures(imp: number, exp: number, totals: { imp: number; exp: number }): BalanceFigures {
  return { imp, exp, balance: exp - imp, impShare: share(imp, totals.imp), expShare: share(exp, totals.exp) };
}

/**
 * The union of the top `limit` countries at import and the top `limit` at export,
 * ranked by total trade (ties by code), of which the first `limit` are kept.
 */
export function aggregateBalance(data: TradeData, locale: Locale, limit: number = DEFAULT_LIMIT): BalanceModel {
  const n = normalizeLimit(limit);
  const imports = sumBy(data.flows.import, COUNTRY);
  const exports = sumBy(data.flows.export, COUNTRY);
  const t = { imp: data.totals.import, exp: data.totals.export };
  const candidates = new Set([...topN(imports, n).top, ...topN(exports, n).top].map((r) => r.code));
  const rows = [...candidates]
    .map((code) => ({ code, value: (imports.get(code) ?? 0) + (exports.get(code) ?? 0) }))
    .sort(byValueThenCode)
    .slice(0, n)
    .map(({ code }): BalanceRow => ({
      code,
      label: countryLabel(data, code, locale),
      ...figures(imports.get(code) ?? 0, exports.get(code) ?? 0, t),
    }));
  const partners = new Set([...imports.keys(), ...exports.keys()]).size;
  const drawn = (k: 'imp' | 'exp') => rows.reduce((s, r) => s + r[k], 0);
  return {
    name: territoryName(data.territory, locale),
    year: data.year,
    locale,
    totals: figures(t.imp, t.exp, t),
    rows,
    rest: { count: partners - rows.length, ...figures(t.imp - drawn('imp'), t.exp - drawn('exp'), t) },
    partners,
  };
}
