/**
 * Aggregation for `<trade-treemap>`: per flow, the sums by product, the `limit`
 * largest and one "Autres" item for the rest, each product's share of its flow
 * and its value in the other flow. Pure: data in, model out.
 */
import type { Flow, Level, TradeData } from './contract.ts';
import { PRODUCT, productLabel, share, sumBy, topN } from './aggregate.ts';
import { formatEuros, formatShare } from './format.ts';
import { messages, territoryName, type Locale } from './i18n.ts';

/** Code of the item that gathers the products beyond the limit. */
export const OTHER = '__other__';
export const DEFAULT_LIMIT = 10;

export interface TreemapItem {
  /** A129 code, or `OTHER`. */
  code: string;
  label: string;
  /** Euros in this flow. */
  value: number;
  /** How many products the item stands for: 1, or more for `OTHER`. */
  count: number;
  /** value / flow total. */
  share: number;
  /** "32 %". */
  shareText: string;
  /** The same product's value in the other flow (0 for `OTHER`). */
  other: number;
}

export interface TreemapFlow {
  flow: Flow;
  /** "Importations". */
  name: string;
  total: number;
  /** "684,6 M€". */
  totalText: string;
  /** Ranked products, then `OTHER` when products were left out; empty for a zero flow. */
  items: TreemapItem[];
}

export interface TreemapModel {
  /** "Gers", "France entière". */
  name: string;
  level: Level;
  year: number;
  /** The flows drawn, imports first (the report's reading order). */
  flows: TreemapFlow[];
}

export interface TreemapOptions {
  /** Products kept per flow (default 10); the others make one "Autres" item. */
  limit?: number;
  /** 'import' or 'export' for one flow; anything else for both. */
  flow?: string | null;
}

export function aggregateTreemap(data: TradeData, locale: Locale, options: TreemapOptions = {}): TreemapModel {
  const t = messages(locale);
  const limit = (options.limit ?? 0) >= 1 ? Math.floor(options.limit!) : DEFAULT_LIMIT;
  const shown: Flow[] = options.flow === 'import' || options.flow === 'export' ? [options.flow] : ['import', 'export'];
  const sums = { export: sumBy(data.flows.export, PRODUCT), import: sumBy(data.flows.import, PRODUCT) };
  const flows = shown.map((flow): TreemapFlow => {
    const own = sums[flow];
    const other = sums[flow === 'import' ? 'export' : 'import'];
    let r = topN(own, limit);
    // "Autres" for a single product would hide a name for nothing: show the product.
    if (r.rest.count === 1) r = topN(own, limit + 1);
    const total = r.top.reduce((s, x) => s + x.value, r.rest.value);
    const item = (code: string, label: string, value: number, count: number): TreemapItem => {
      const s = share(value, total);
      return { code, label, value, count, share: s, shareText: formatShare(s, locale), other: other.get(code) ?? 0 };
    };
    const items = r.top.map((x) => item(x.code, productLabel(data, x.code), x.value, 1));
    if (r.rest.count) items.push(item(OTHER, t.others, r.rest.value, r.rest.count));
    return { flow, name: t[flow], total, totalText: formatEuros(total, locale), items };
  });
  return { name: territoryName(data.territory, locale), level: data.territory.level, year: data.year, flows };
}
