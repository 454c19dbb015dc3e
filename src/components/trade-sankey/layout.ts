/**
 * Geometry of `<trade-sankey>`: the graph of `src/data/sankey.ts` laid out with
 * d3-sankey for a width, with labels beside the node columns. Pure: model +
 * width + measure in, plain objects out (every number finite, every mark and
 * label inside [0, width] × [0, height]).
 */
import { sankey, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { truncateDistinct, type Measure } from '../../layout/text.ts';
import type { GraphLink, GraphNode, SankeyModel } from './model.ts';

/** Where a mark's tooltip points: above `y`, or below `below`. */
export interface TipAnchor {
  x: number;
  y: number;
  below: number;
}

export interface LayoutNode extends GraphNode {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The name as drawn (maybe shortened with "…") and the value. */
  name: string;
  valueText: string;
  /** The label: its x, the y of its middle, and which of its ends is at x. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
  tip: TipAnchor;
}

export interface LayoutLink extends GraphLink {
  width: number;
  /** Path of the link's centre line, drawn with `stroke-width = width`. */
  d: string;
  tip: TipAnchor;
}

export interface SankeyLayout {
  width: number;
  height: number;
  /** Name font size (the value's is one less), and the height of a two-line label. */
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

/** Font size for a width (smaller on phones), and the height of a two-line label. */
const fontFor = (width: number) => (width < 480 ? 11 : 12);
const labelHeightFor = (width: number) => fontFor(width) * 2 + 4;
/** Room given to the node heights, the flows' total. */
const nodeSpaceFor = (width: number) => Math.max(150, Math.min(340, width * 0.4));

/**
 * The chart's height before the data is there, for the loading placeholder, with
 * `perSide` nodes on a side (the top N and « Autres »). It is also the layout's
 * least height, so that the chart replaces its placeholder without a jump unless
 * its labels need more room.
 */
export const estimateHeight = (width: number, perSide = 11): number =>
  nodeSpaceFor(width) + (perSide * (width < INNER_BELOW ? 0.7 : 0.6) + 0.4) * labelHeightFor(width);

/** A link's own fields: d3-sankey reads its ends (ids, then nodes) and adds its geometry. */
type LinkFields = Omit<GraphLink, 'source' | 'target'>;
/**
 * A node and a link as d3-sankey leaves them. Its types keep what it computes
 * optional, but `generator()` sets it on every node and link: the positions, and
 * the link's ends as nodes rather than ids.
 */
type PlacedNode = SankeyNode<GraphNode, LinkFields> & { x0: number; x1: number; y0: number; y1: number };
type PlacedLink = SankeyLink<GraphNode, LinkFields> & {
  source: PlacedNode;
  target: PlacedNode;
  y0: number;
  y1: number;
  width: number;
};

/** The words of the chart, in the reader's language. */
export interface SankeyWords {
  /** A node's label as drawn: "Boissons", "Autres (22)". */
  nodeName(node: GraphNode): string;
  euros(value: number): string;
}

export function layoutSankey(
  model: SankeyModel,
  width: number,
  measure: Measure,
  words: SankeyWords,
  perSide = 11,
): SankeyLayout {
  const fontSize = fontFor(width);
  const labelHeight = labelHeightFor(width);
  const inner = width < INNER_BELOW;
  const layout: SankeyLayout = { width, height: 320, fontSize, labelHeight, inner, nodes: [], links: [] };
  if (!model.links.length) return layout;

  // Wide: labels in a column on the outer side of each node column. The two
  // label columns share 56 % of the width, one at most 40 %. Narrow: labels on
  // the inner side, over the links (with a halo). Either way a label takes what
  // it needs within what the labels facing it leave, and at least half: wide,
  // the other column's labels; narrow, those at the same height (see below), so
  // that short labels (countries) leave room to long ones (products). Half is
  // always wider than an amount: amounts are never shortened.
  const nodeWidth = inner ? 8 : 12;
  // The width a node's label needs: its name (bold) or its amount, whichever is wider.
  const labelNeed = (node: GraphNode) =>
    Math.ceil(Math.max(measure(words.nodeName(node), fontSize, 600), measure(words.euros(node.value), fontSize - 1)));
  const needs = [model.left, model.right].map((column) => Math.max(...column.map(labelNeed)));
  const budget = inner ? width - 2 * (nodeWidth + LABEL_GAP) - 8 : width * 0.56;
  const room = (need: number, facing: number) => Math.min(need, budget - Math.min(facing, budget / 2));
  const labelWidth = needs.map((need, side) => Math.min(room(need, needs[1 - side]), inner ? width : width * 0.4));

  // d3-sankey sizes the nodes and links: the flows' total takes `nodeSpace` in
  // each column (the input order is kept: nodes in column order, links by
  // source then target). The nodes are spaced again below.
  const generator = sankey<GraphNode, LinkFields>()
    .nodeId((node) => node.id)
    .nodeWidth(nodeWidth)
    .nodePadding(0)
    .iterations(0)
    .extent([
      [inner ? 0 : labelWidth[0] + LABEL_GAP, 0],
      [inner ? width : width - labelWidth[1] - LABEL_GAP, nodeSpaceFor(width)],
    ]);
  // Fresh copies: d3-sankey mutates its input.
  const graph = generator({
    nodes: [...model.left, ...model.right].map((node) => ({ ...node })),
    links: model.links.map((link) => ({ ...link })),
  });
  const placedNodes = graph.nodes as PlacedNode[];

  // Space each column so that two-line labels centred on their nodes never
  // overlap and stay inside the box: a gap of at least MIN_PADDING, more between
  // small nodes; half a label above the first and below the last. The height is
  // the tallest column's; what is left in a column is shared between its gaps.
  const columns = [placedNodes.slice(0, model.left.length), placedNodes.slice(model.left.length)];
  const needed = columns.map((column) => {
    let y = 0;
    let previousHeight = labelHeight;
    column.forEach((node, index) => {
      const nodeHeight = node.y1 - node.y0;
      // Middles at least a label's height apart: the labels centred on them never touch.
      node.y0 = y += Math.max(index && MIN_PADDING, labelHeight - (previousHeight + nodeHeight) / 2);
      node.y1 = y += previousHeight = nodeHeight;
    });
    return y + Math.max(0, (labelHeight - previousHeight) / 2);
  });
  const height = (layout.height = Math.max(estimateHeight(width, perSide), ...needed));
  columns.forEach((column, side) => {
    column.forEach((node, index) => {
      const shift = ((height - needed[side]) / (column.length + 1)) * (index + 1);
      node.y0 += shift;
      node.y1 += shift;
    });
  });
  generator.update(graph);

  const modelColumns = [model.left, model.right];
  // Each label's room, then the names shortened to it, told apart within a column.
  const names = columns.map((column, side) => {
    const rooms = column.map(({ y0, y1 }) => {
      if (!inner) return labelWidth[side];
      const facing = columns[1 - side].filter((other) => Math.abs(other.y0 + other.y1 - y0 - y1) < 2 * labelHeight);
      return room(needs[side], Math.max(0, ...facing.map(labelNeed)));
    });
    return truncateDistinct(
      column.map((node) => words.nodeName(node)),
      rooms,
      measure,
      fontSize,
      600,
    );
  });
  layout.nodes = columns.flatMap((column, side) =>
    column.map((node, index): LayoutNode => {
      const { x0, y0, x1, y1 } = node;
      // Wide, the left labels end at their node; narrow, the right ones do.
      const end = side === +inner;
      return {
        // The model's node, without what d3-sankey added to its copy.
        ...modelColumns[side][index],
        x0,
        y0,
        x1,
        y1,
        name: names[side][index],
        valueText: words.euros(node.value),
        labelX: end ? x0 - LABEL_GAP : x1 + LABEL_GAP,
        labelY: (y0 + y1) / 2,
        anchor: end ? 'end' : 'start',
        tip: { x: (x0 + x1) / 2, y: y0, below: y1 },
      };
    }),
  );
  layout.links = (graph.links as PlacedLink[])
    .map((link, index) => {
      const sourceX = link.source.x1;
      const targetX = link.target.x0;
      const middleX = (sourceX + targetX) / 2;
      const { y0, y1, width: linkWidth } = link;
      const middleY = (y0 + y1) / 2;
      return {
        ...model.links[index],
        width: linkWidth,
        d: `M${sourceX},${y0}C${middleX},${y0} ${middleX},${y1} ${targetX},${y1}`,
        tip: { x: middleX, y: middleY - linkWidth / 2, below: middleY + linkWidth / 2 },
      };
    })
    .sort((a, b) => +a.highlighted - +b.highlighted);
  return layout;
}
