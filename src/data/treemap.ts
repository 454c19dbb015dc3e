/**
 * Aggregation for `<trade-treemap>`: per flow, the sums by product, the `limit`
 * largest and one "Autres" item for the rest, each product's share of its flow
 * and its value in the other flow. Pure: data in, model out.
 */
import type { Flow, TradeData } from './contract.ts';
import { PRODUCT, productLabel, sumBy, topN } from './aggregate.ts';
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

/** The flows shown for a `flow` attribute: that one, or both, imports first. */
export const flowsOf = (flow?: string | null): Flow[] => (flow === 'import' || flow === 'export' ? [flow] : ['import', 'export']);

export const otherFlow = (f: Flow): Flow => (f === 'import' ? 'export' : 'import');

export function aggregateTreemap(data: TradeData, locale: Locale, { limit, flow }: TreemapOptions = {}): TreemapModel {
  const t = messages(locale);
  const n = limit! >= 1 ? limit! : DEFAULT_LIMIT;
  const flows = flowsOf(flow).map((flow): TreemapFlow => {
    const [own, alt] = [flow, otherFlow(flow)].map((f) => sumBy(data.flows[f], PRODUCT));
    // The validator checked that the totals are the sums of the flows.
    const total = data.totals[flow];
    // "Autres" for a single product would hide a name for nothing: show the product.
    const { top, rest } = topN(own, own.size - n > 1 ? n : own.size);
    const item = (code: string, label: string, value: number, count = 1): TreemapItem => ({
      code,
      label,
      value,
      count,
      share: value / total,
      shareText: formatShare(value / total, locale),
      other: alt.get(code) ?? 0,
    });
    const items = top.map((x) => item(x.code, productLabel(data, x.code), x.value));
    if (rest.count) items.push(item(OTHER, t.others, rest.value, rest.count));
    return { flow, name: t[flow], total, totalText: formatEuros(total, locale), items };
  });
  return { name: territoryName(data.territory, locale), year: data.year, flows };
}
