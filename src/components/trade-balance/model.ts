/**
 * The model of `<trade-balance>`: the territory's main partner countries, with
 * their imports, exports and balance. Pure function over validated data; it holds
 * codes and euros, and the element names them in the reader's language.
 */
import { COUNTRY, countOr, ranked, share, sumBy } from '../../data/aggregate.ts';
import type { Territory, TradeData } from '../../data/contract.ts';

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
  /** DGDDI country code. */
  code: string;
}

export interface BalanceModel {
  territory: Pick<Territory, 'level' | 'name'>;
  year: number;
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

/**
 * The union of the top `limit` countries at import and the top `limit` at export,
 * ranked by total trade (ties by code), of which the first `limit` are kept.
 */
export function balanceModel(data: TradeData, limit?: number): BalanceModel {
  const count = countOr(limit, DEFAULT_LIMIT);
  const imports = sumBy(data.flows.import, COUNTRY);
  const exports = sumBy(data.flows.export, COUNTRY);
  const { import: totalImports, export: totalExports } = data.totals;
  const figures = (imp: number, exp: number): BalanceFigures => ({
    imp,
    exp,
    balance: exp - imp,
    impShare: share(imp, totalImports),
    expShare: share(exp, totalExports),
  });
  // Every partner with its total trade; the candidates are the first on either side.
  const all = sumBy([...data.flows.import, ...data.flows.export], COUNTRY);
  const candidates = new Set(
    [imports, exports].flatMap((sums) =>
      ranked(sums)
        .slice(0, count)
        .map((entry) => entry.code),
    ),
  );
  const rows = ranked(all)
    .filter((entry) => candidates.has(entry.code))
    .slice(0, count)
    .map(({ code }): BalanceRow => ({ code, ...figures(imports.get(code) ?? 0, exports.get(code) ?? 0) }));
  const drawn = (key: 'imp' | 'exp') => rows.reduce((sum, row) => sum + row[key], 0);
  return {
    territory: data.territory,
    year: data.year,
    totals: figures(totalImports, totalExports),
    rows,
    rest: { count: all.size - rows.length, ...figures(totalImports - drawn('imp'), totalExports - drawn('exp')) },
    partners: all.size,
  };
}
