/**
 * Geometry of `<trade-sankey>`: the graph of `src/data/sankey.ts` laid out with
 * d3-sankey for a width, with labels in a column on the outer side of each node
 * column. Pure: model + width + measure in, plain objects out (every number
 * finite, every mark and label inside [0, width] × [0, height]).
 */
import { sankey, type SankeyNode } from 'd3-sankey';
import { formatEuros } from '../data/format.ts';
import type { GraphLink, GraphNode, SankeyModel } from '../data/sankey.ts';
import { truncate, type Measure } from './text.ts';

export interface LayoutNode extends GraphNode {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The name as drawn (maybe shortened with "…") and the value. */
  name: string;
  valueText: string;
  /** Anchor of the label: its x, and the y of its middle. */
  labelX: number;
  labelY: number;
}

export interface LayoutLink extends GraphLink {
  width: number;
  /** Path of the link's centre line, drawn with `stroke-width = width`. */
  d: string;
  /** Middle of the link, for the tooltip. */
  mx: number;
  my: number;
}

export interface SankeyLayout {
  width: number;
  height: number;
  /** Name and value font sizes, and the height of a two-line label. */
  fontSize: number;
  labelHeight: number;
  /** Labels on the inner side of the node columns (narrow widths), else on the outer side. */
  inner: boolean;
  /** Left column top-down, then the right column. */
  nodes: LayoutNode[];
  /** Grey links first, the highlighted ones last (drawn on top). */
  links: LayoutLink[];
}

/** Space between a node and its label. */
export const LABEL_GAP = 6;
/** Below this width, labels go on the inner side of the node columns. */
export const INNER_BELOW = 440;
const MIN_PADDING = 6;

const r2 = (v: number) => Math.round(v * 100) / 100;
const r1 = (v: number) => Math.round(v * 10) / 10;

/** Font size for a width: smaller on phones. */
const fontFor = (width: number) => (width < 480 ? 11 : 12);
/** Room given to the node heights, the flows' total. */
const nodeSpaceFor = (width: number) => Math.max(150, Math.min(340, width * 0.4));

/** A good guess of the chart's height before the data is there, for the loading placeholder. */
export function estimateHeight(width: number, perSide = 11): number {
  const lh = fontFor(width) * 2 + 4;
  return Math.round(nodeSpaceFor(width) + Math.max(0, perSide - 1) * Math.max(MIN_PADDING, lh * 0.6) + lh);
}

/** The name drawn: "Boissons", "Autres (23)". */
const shown = (n: GraphNode) => (n.count ? `${n.label} (${n.count})` : n.label);

type N = GraphNode & { [k: string]: unknown };
type L = GraphLink & { [k: string]: unknown };

export function layoutSankey(model: SankeyModel, width: number, measure: Measure): SankeyLayout {
  const fontSize = fontFor(width);
  const lh = fontSize * 2 + 4;
  const columns = [model.left, model.right];
  const empty = { width, height: 320, fontSize, labelHeight: lh, inner: false, nodes: [], links: [] };
  if (model.links.length === 0 || width <= 0) return empty;

  // Wide: labels in a column on the outer side of each node column. The two
  // columns share 56 % of the width, one at most 40 %: a side whose labels are
  // short (countries) leaves the rest to the other (products). Narrow: labels on
  // the inner side, over the links (with a halo), half the width each, or more
  // where the label facing them is short (see below). Amounts are never shortened.
  const inner = width < INNER_BELOW;
  const nodeWidth = inner ? 8 : 12;
  const amounts = columns.map((c) => Math.max(...c.map((n) => measure(formatEuros(n.value, model.locale), fontSize - 1))));
  const needs = columns.map((c, i) => Math.ceil(Math.max(amounts[i], ...c.map((n) => measure(shown(n), fontSize, 600)))));
  const budget = inner ? width - 2 * nodeWidth - 2 * LABEL_GAP - 8 : width * 0.56;
  const small = needs[0] <= needs[1] ? 0 : 1;
  const labelWidth = [0, 0];
  labelWidth[small] = Math.min(needs[small], Math.max(budget / 2, amounts[small]));
  labelWidth[1 - small] = inner ? Math.max(budget / 2, amounts[1 - small]) : Math.min(needs[1 - small], Math.max(amounts[1 - small], Math.min(width * 0.4, budget - labelWidth[small])));
  const x0 = inner ? 0 : labelWidth[0] + LABEL_GAP;
  const x1 = inner ? width : Math.max(x0 + 2 * nodeWidth + 1, width - labelWidth[1] - LABEL_GAP);

  // d3-sankey sizes the nodes and links: the column with the most nodes gets
  // `nodeSpace` of value and MIN_PADDING between nodes (the other column, with the
  // same total, gets the same scale). The nodes are spaced again below.
  const perSide = Math.max(model.left.length, model.right.length);
  const nodeSpace = nodeSpaceFor(width);
  const order = (n: SankeyNode<N, L>) => n.order;
  const graph = sankey<N, L>()
    .nodeId((d) => d.id)
    .nodeWidth(nodeWidth)
    .nodePadding(MIN_PADDING)
    .nodeSort((a, b) => order(a) - order(b))
    .linkSort((a, b) => order(a.target as SankeyNode<N, L>) - order(b.target as SankeyNode<N, L>) || order(a.source as SankeyNode<N, L>) - order(b.source as SankeyNode<N, L>))
    .iterations(0)
    .extent([
      [x0, 0],
      [x1, nodeSpace + (perSide - 1) * MIN_PADDING],
    ])({
    // Fresh copies: d3-sankey mutates its input.
    nodes: [...model.left, ...model.right].map((n) => ({ ...n })),
    links: model.links.map((l) => ({ ...l })),
  });

  // Space each column so that two-line labels centred on their nodes never
  // overlap and stay inside the box: a gap of at least MIN_PADDING, more between
  // small nodes; half a label above the first and below the last. The height is
  // the tallest column's.
  const byColumn = [0, 1].map((i) => graph.nodes.filter((n) => n.side === (i ? 'right' : 'left')).sort((a, b) => a.order - b.order));
  const gapsOf = (c: SankeyNode<N, L>[]) => {
    const h = c.map((n) => n.y1! - n.y0!);
    return [
      Math.max(0, (lh - h[0]) / 2),
      ...h.slice(1).map((hi, i) => Math.max(MIN_PADDING, lh - (h[i] + hi) / 2)),
      Math.max(0, (lh - h[h.length - 1]) / 2),
    ];
  };
  const gaps = byColumn.map(gapsOf);
  const need = byColumn.map((c, i) => c.reduce((s, n) => s + n.y1! - n.y0!, 0) + gaps[i].reduce((s, g) => s + g, 0));
  const height = Math.ceil(Math.max(width < 480 ? 260 : 320, ...need));
  byColumn.forEach((c, i) => {
    // What is left is shared between all the gaps, the ends included.
    const extra = (height - need[i]) / (c.length + 1);
    let y = 0;
    c.forEach((n, j) => {
      const h = n.y1! - n.y0!;
      y += gaps[i][j] + extra;
      n.y0 = y;
      n.y1 = y += h;
    });
  });
  sankey<N, L>().update(graph);

  const columnsOut: LayoutNode[][] = byColumn.map((c, i) =>
    c.map((n) => ({
      ...model.nodes.get(n.id)!,
      x0: r2(n.x0!),
      y0: r2(n.y0!),
      x1: r2(n.x1!),
      y1: r2(n.y1!),
      name: '',
      valueText: formatEuros(n.value!, model.locale),
      labelX: r2(i === Number(inner) ? n.x0! - LABEL_GAP : n.x1! + LABEL_GAP),
      labelY: (n.y0! + n.y1!) / 2,
    })),
  );
  // Names, the side with the shorter labels first: on the inner side, a label may
  // use what the labels facing it (at the same height) leave free.
  const extent = (n: LayoutNode) => Math.max(measure(n.name, fontSize, 600), measure(n.valueText, fontSize - 1));
  for (const i of [small, 1 - small]) {
    for (const n of columnsOut[i]) {
      const facing = inner && i !== small ? columnsOut[small].filter((m) => Math.abs(m.labelY - n.labelY) < lh).map(extent) : [];
      const room = inner && i !== small ? budget - Math.max(0, ...facing) : labelWidth[i];
      n.name = truncate(shown(n), Math.max(labelWidth[i], room), measure, fontSize, 600);
    }
  }
  const nodes = columnsOut.flat();

  const links: LayoutLink[] = graph.links
    .map((l) => {
      const s = l.source as SankeyNode<N, L>;
      const t = l.target as SankeyNode<N, L>;
      const xa = s.x1!;
      const xb = t.x0!;
      const xm = (xa + xb) / 2;
      const ya = l.y0!;
      const yb = l.y1!;
      return {
        id: l.id,
        source: s.id,
        target: t.id,
        value: l.value,
        highlighted: l.highlighted,
        width: r2(l.width!),
        d: `M${r1(xa)},${r2(ya)}C${r1(xm)},${r2(ya)} ${r1(xm)},${r2(yb)} ${r1(xb)},${r2(yb)}`,
        mx: r1(xm),
        my: r1((ya + yb) / 2),
      };
    })
    .sort((a, b) => Number(a.highlighted) - Number(b.highlighted));

  return { width, height, fontSize, labelHeight: lh, inner, nodes, links };
}
