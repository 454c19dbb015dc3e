/**
 * The model of `<trade-treemap>`: per flow, the sums by product, the `limit`
 * largest and one "Autres" item for the rest, each product's share of its flow and
 * its value in the other flow. Pure: data in, codes and euros out.
 */
import { PRODUCT, countOr, sumBy, topN } from '../../data/aggregate.ts';
import type { Flow, Territory, TradeData } from '../../data/contract.ts';

/** Code of the item that gathers the products beyond the limit. */
export const OTHER = '__other__';
export const DEFAULT_LIMIT = 10;

export interface TreemapItem {
  /** A129 code, or `OTHER`. */
  code: string;
  /** Euros in this flow. */
  value: number;
  /** How many products the item stands for: 1, or more for `OTHER`. */
  count: number;
  /** value / flow total. */
  share: number;
  /** The same product's value in the other flow (0 for `OTHER`). */
  other: number;
  /**
   * Against France (specialisation.ts, once France's file is there; not for `OTHER`, nor for France itself):
   * the product's share of France's flow, and the specialisation index, the ratio
   * of the territory's share to France's (1: as in France; above 2: marked).
   */
  france?: { share: number; index: number };
}

/** A specialisation index above this marks the tile. */
export const SPECIALISED = 2;

export interface TreemapFlow {
  flow: Flow;
  total: number;
  /** Ranked products, then `OTHER` when products were left out; empty for a zero flow. */
  items: TreemapItem[];
}

export interface TreemapModel {
  territory: Pick<Territory, 'level' | 'name'>;
  year: number;
  /** The flows drawn, imports first (the report's reading order). */
  flows: TreemapFlow[];
}

/** The flows shown for a `flow` attribute: that one, or both, imports first. */
export const flowsOf = (flow?: string | null): Flow[] =>
  flow === 'import' || flow === 'export' ? [flow] : ['import', 'export'];

export const otherFlow = (flow: Flow): Flow => (flow === 'import' ? 'export' : 'import');

export interface TreemapOptions {
  /** Products kept per flow (default 10); the others make one "Autres" item. */
  limit?: number;
  /** 'import' or 'export' for one flow; anything else for both. */
  flow?: string | null;
}

export function treemapModel(data: TradeData, { limit, flow }: TreemapOptions = {}): TreemapModel {
  const kept = countOr(limit, DEFAULT_LIMIT);
  const flows = flowsOf(flow).map((flow): TreemapFlow => {
    const [own, alternate] = [flow, otherFlow(flow)].map((f) => sumBy(data.flows[f], PRODUCT));
    // The validator checked that the totals are the sums of the flows.
    const total = data.totals[flow];
    // "Autres" for a single product would hide a name for nothing: show the product.
    const { top, rest } = topN(own, own.size - kept > 1 ? kept : own.size);
    const item = (code: string, value: number, count = 1): TreemapItem => ({
      code,
      value,
      count,
      share: value / total,
      other: alternate.get(code) ?? 0,
    });
    const items = top.map((entry) => item(entry.code, entry.value));
    if (rest.count) items.push(item(OTHER, rest.value, rest.count));
    return { flow, total, items };
  });
  return { territory: data.territory, year: data.year, flows };
}
