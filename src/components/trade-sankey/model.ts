/**
 * The flow graph of `<trade-sankey>`: the top N products and countries of one
 * flow, an "Autres" node on each side for the rest, and the links between them
 * with exact sums (the links add up to the territory's total, to the euro).
 * Pure: data in, graph of codes and euros out.
 */
import { COUNTRY, PRODUCT, countOr, sumBy, topN, type Axis, type Ranked } from '../../data/aggregate.ts';
import type { Flow, Territory, TradeData } from '../../data/contract.ts';

export type NodeKind = 'product' | 'country';

export interface GraphNode {
  /**
   * Namespaced, so that a product and a country never merge: "p:C11Z", "c:ES";
   * "p:*" / "c:*" for "Autres".
   */
  id: string;
  kind: NodeKind;
  /** Product or country code; "*" for "Autres". */
  code: string;
  value: number;
  side: 'left' | 'right';
  /** Position in its column, top to bottom: value descending, ties by code, "Autres" last. */
  order: number;
  /** For "Autres": how many products or countries it gathers. */
  count?: number;
}

export interface GraphLink {
  /** "l:<source id>><target id>", e.g. "l:p:C11Z>c:ES". */
  id: string;
  source: string;
  target: string;
  value: number;
  /** One of the `highlight` largest individual flows (never one from or to "Autres"). */
  highlighted: boolean;
}

export interface SankeyModel {
  flow: Flow;
  year: number;
  territory: Pick<Territory, 'level' | 'name'>;
  /** The territory's total for the flow: equal to the sum of the links. */
  total: number;
  /** Share of the region's total (departments), of France's (departments and regions). */
  regionName?: string;
  regionShare?: number;
  franceShare?: number;
  /** Left column (products for exports, countries for imports), in order. */
  left: GraphNode[];
  right: GraphNode[];
  /** Every node, by id. */
  nodes: Map<string, GraphNode>;
  /** Sorted by source order, then target order. */
  links: GraphLink[];
  /** The highlighted links, largest first. */
  highlights: GraphLink[];
}

export interface SankeyOptions {
  flow?: Flow;
  /** Top N per side (default 10). */
  limit?: number;
  /** How many flows are highlighted (default 5; 0 for none). */
  highlight?: number;
}

export const OTHERS = '*';

export const DEFAULT_LIMIT = 10;
export const DEFAULT_HIGHLIGHT = 5;

export function sankeyModel(data: TradeData, { flow, limit, highlight }: SankeyOptions = {}): SankeyModel {
  const exp = flow !== 'import';
  flow = exp ? 'export' : 'import';
  const triples = data.flows[flow].filter((f) => f[2] > 0);
  const nodes = new Map<string, GraphNode>();

  // Products on the left for exports, on the right for imports; "Autres" last.
  const [left, right] = ((exp ? [PRODUCT, COUNTRY] : [COUNTRY, PRODUCT]) as Axis[]).map((axis, i) => {
    const kind: NodeKind = axis ? 'country' : 'product';
    const { top, rest } = topN(sumBy(triples, axis), countOr(limit, DEFAULT_LIMIT));
    return [...top, ...(rest.count ? [{ code: OTHERS, ...rest }] : [])].map(
      ({ code, value, count }: Ranked & { count?: number }, order) => {
        const id = `${kind[0]}:${code}`;
        const node: GraphNode = { id, kind, code, value, side: i ? 'right' : 'left', order, count };
        nodes.set(id, node);
        return node;
      },
    );
  });

  // Every flow onto its drawn link, then the links by source, then target.
  const sums = new Map<string, GraphLink>();
  for (const [p, c, value] of triples) {
    const ends = [`p:${p}`, `c:${c}`].map((id) => (nodes.has(id) ? id : id[0] + ':' + OTHERS));
    const [source, target] = exp ? ends : ends.reverse();
    const id = `l:${source}>${target}`;
    sums.set(id, { id, source, target, value: value + (sums.get(id)?.value ?? 0), highlighted: false });
  }
  const links: GraphLink[] = [];
  for (const source of left) {
    for (const target of right) {
      const link = sums.get(`l:${source.id}>${target.id}`);
      if (link) links.push(link);
    }
  }

  // Largest individual flows (between two named nodes, a link is one flow); ties
  // in id order, that is source code, then target code.
  const highlights = links
    .filter((l) => !l.id.includes(OTHERS))
    .sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1))
    .slice(0, countOr(highlight, DEFAULT_HIGHLIGHT, 0));
  for (const l of highlights) l.highlighted = true;

  // Validated data: the total equals the sum of the flows, hence of the links;
  // a region parent only for a department, a France parent except for France.
  const total = data.totals[flow];
  const { region, france } = data.parents;
  return {
    flow,
    year: data.year,
    territory: data.territory,
    total,
    regionName: region?.name,
    regionShare: region && total / region.totals[flow],
    franceShare: france && total / france.totals[flow],
    left,
    right,
    nodes,
    links,
    highlights,
  };
}
