/**
 * The flow graph of `<trade-sankey>`: the top N products and countries of one
 * flow, an "Autres" node on each side for the rest, and the links between them
 * with exact sums (the links add up to the territory's total, to the euro).
 * Pure: data in, graph out.
 */
import { COUNTRY, PRODUCT, countryLabel, productLabel, share, sumBy, topN } from './aggregate.ts';
import type { Flow, Level, TradeData } from './contract.ts';
import { messages, territoryName, type Locale } from './i18n.ts';

export type NodeKind = 'product' | 'country';

export interface GraphNode {
  /** Namespaced, so that a product and a country never merge: "p:C11Z", "c:ES"; "p:*" / "c:*" for "Autres". */
  id: string;
  kind: NodeKind;
  /** Product or country code; "*" for "Autres". */
  code: string;
  /** Full name ("Autres" for the rest). */
  label: string;
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
  locale: Locale;
  year: number;
  level: Level;
  /** "Gers", "Occitanie", "France entière". */
  name: string;
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
  locale?: Locale;
}

export const OTHERS = '*';

/** A count from an attribute: a whole number ≥ min, else the default. */
export function count(v: unknown, def: number, min: number): number {
  const n = Math.floor(Number(v));
  return v === undefined || v === null || v === '' || !Number.isFinite(n) || n < min ? def : n;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildSankey(data: TradeData, options: SankeyOptions = {}): SankeyModel {
  const flow: Flow = options.flow === 'import' ? 'import' : 'export';
  const locale = options.locale ?? 'fr';
  const limit = count(options.limit, 10, 1);
  const highlight = count(options.highlight, 5, 0);
  const t = messages(locale);
  const triples = data.flows[flow].filter((f) => f[2] > 0);

  // Products on the left for exports, on the right for imports.
  const productSide = flow === 'export' ? 'left' : 'right';
  const countrySide = flow === 'export' ? 'right' : 'left';
  const column = (axis: typeof PRODUCT | typeof COUNTRY) => {
    const kind: NodeKind = axis === PRODUCT ? 'product' : 'country';
    const prefix = kind[0];
    const { top, rest } = topN(sumBy(triples, axis), limit);
    const side = axis === PRODUCT ? productSide : countrySide;
    const nodes: GraphNode[] = top.map((r, order) => ({
      id: `${prefix}:${r.code}`,
      kind,
      code: r.code,
      label: axis === PRODUCT ? productLabel(data, r.code) : countryLabel(data, r.code, locale),
      value: r.value,
      side,
      order,
    }));
    if (rest.count > 0) {
      nodes.push({ id: `${prefix}:${OTHERS}`, kind, code: OTHERS, label: t.others, value: rest.value, side, order: nodes.length, count: rest.count });
    }
    return nodes;
  };
  const products = column(PRODUCT);
  const countries = column(COUNTRY);
  const productIds = new Set(products.map((n) => n.code));
  const countryIds = new Set(countries.map((n) => n.code));

  // Aggregate every flow onto its drawn link; the pair order is (source, target).
  const sums = new Map<string, GraphLink>();
  for (const [p, c, v] of triples) {
    const pid = `p:${productIds.has(p) ? p : OTHERS}`;
    const cid = `c:${countryIds.has(c) ? c : OTHERS}`;
    const [source, target] = flow === 'export' ? [pid, cid] : [cid, pid];
    const id = `l:${source}>${target}`;
    const link = sums.get(id);
    if (link) link.value += v;
    else sums.set(id, { id, source, target, value: v, highlighted: false });
  }

  const left = flow === 'export' ? products : countries;
  const right = flow === 'export' ? countries : products;
  const nodes = new Map([...left, ...right].map((n) => [n.id, n]));
  const order = (id: string) => nodes.get(id)!.order;
  const links = [...sums.values()].sort((a, b) => order(a.source) - order(b.source) || order(a.target) - order(b.target));

  // Largest individual flows; between two named nodes, a link is one flow.
  const code = (id: string) => id.slice(2);
  const highlights = links
    .filter((l) => code(l.source) !== OTHERS && code(l.target) !== OTHERS)
    .sort((a, b) => b.value - a.value || cmp(code(a.source), code(b.source)) || cmp(code(a.target), code(b.target)))
    .slice(0, highlight);
  for (const l of highlights) l.highlighted = true;

  // Validated data: the total equals the sum of the flows, hence of the links.
  const total = data.totals[flow];
  const { region, france } = data.parents;
  const level = data.territory.level;
  return {
    flow,
    locale,
    year: data.year,
    level,
    name: territoryName(data.territory, locale),
    total,
    regionName: level === 'department' && region ? region.name : undefined,
    regionShare: level === 'department' && region ? share(total, region.totals[flow]) : undefined,
    franceShare: level !== 'france' && france ? share(total, france.totals[flow]) : undefined,
    left,
    right,
    nodes,
    links,
    highlights,
  };
}
