import { html, nothing, svg, type TemplateResult } from 'lit';
import { countOr } from '../../data/aggregate.ts';
import type { Flow, TradeData } from '../../data/contract.ts';
import { formatEuros, formatShare } from '../../data/format.ts';
import { countryName, itemNameInTable, productName, territoryName } from '../../data/i18n/names.ts';
import type { Measure } from '../../layout/text.ts';
import { InteractionController, stepAlong } from '../base/controllers/interaction.ts';
import { renderTooltip } from '../base/render/tooltip.ts';
import type { TableModel } from '../base/table-model.ts';
import { TradeChart } from '../base/trade-chart.ts';
import { defineElement } from '../base/define.ts';
import { estimateHeight, layoutSankey, type LayoutLink, type LayoutNode, type SankeyLayout } from './layout.ts';
import {
  DEFAULT_HIGHLIGHT,
  DEFAULT_LIMIT,
  sankeyModel,
  type GraphNode,
  type NodeKind,
  type SankeyModel,
} from './model.ts';
import { styles } from './styles.ts';
import { sankeyWords } from './texts.ts';

/**
 * Flows of exports by product and destination country, or of imports by origin
 * country and product: the central infographics of the ANCT / DGE report « Les
 * indicateurs clés : commerce extérieur ». The top products and countries, an
 * "Autres" node on each side for the rest (so that the diagram adds up to the
 * territory's total), and the largest individual flows in red. Pointed at a region
 * or at France, it draws the report's comparison charts.
 *
 * @tagname trade-sankey
 * @summary Sankey diagram of a territory's exports (product → country) or imports (country → product).
 *
 * @attr flow - "export" (default: products on the left, destination countries on the right) or "import"
 *   (origin countries on the left, products on the right).
 * @attr limit - How many products and countries are drawn on each side before "Autres" (default 10).
 * @attr highlight - How many of the largest individual flows are drawn in red (default 5; 0 for none).
 *   Flows from or to "Autres" never are.
 *
 * @csspart node - A node's bar (product or country, "Autres" included).
 * @csspart link - A flow between a product and a country.
 * @csspart link-highlight - A flow among the largest ones, drawn in red (also has the part `link`).
 * @csspart label - A node's label (name and value).
 */
export class TradeSankey extends TradeChart<SankeyModel, SankeyLayout> {
  static override styles = [TradeChart.styles, styles];
  static override properties = { flow: {}, limit: { type: Number }, highlight: { type: Number } };
  static override modelProperties = ['flow', 'limit', 'highlight'];

  /** "export" or "import". */
  flow: Flow = 'export';
  /** Top N per side. */
  limit = DEFAULT_LIMIT;
  /** How many flows are highlighted. */
  highlight = DEFAULT_HIGHLIGHT;

  protected readonly interaction = new InteractionController<SankeyLayout>(this, {
    keys: (layout) => layout.nodes.map((node) => node.id),
    next: (current, key, layout) => this.#nextNode(current, key, layout),
    select: (key) => {
      const { model } = this;
      const node = model?.nodes.get(key);
      return model && node && !node.count
        ? { kind: node.kind, code: node.code, label: this.#name(node), flow: model.flow }
        : undefined;
    },
    tooltip: (key) => this.#tooltip(key),
    anchor: (key, layout) => [...layout.nodes, ...layout.links].find((mark) => mark.id === key)?.tip,
  });

  /** A kind in a sentence: "produit", "pays" / "product", "country". */
  #kind(kind: NodeKind, count = 1): string {
    return this.t.sankey.kind[kind][count > 1 ? 1 : 0];
  }

  /** "exportations", for sentences. */
  #flowInSentence(flow: Flow): string {
    return this.t.common.flow[flow].toLowerCase();
  }

  /** A node's full name: "Boissons", "Autres produits (23)". */
  #name(node: GraphNode): string {
    if (node.count) return this.t.sankey.others(node.kind, node.count);
    const data = this.modelData;
    return node.kind === 'country' ? countryName(data, node.code, this.t) : productName(data, node.code, this.t);
  }

  /** A node of the model by id: the ends of its links are all in it. */
  #node(model: SankeyModel, id: string): GraphNode {
    const node = model.nodes.get(id);
    if (!node) throw new Error(`no node ${id}`);
    return node;
  }

  #nameOf(model: SankeyModel, id: string): string {
    return this.#name(this.#node(model, id));
  }

  /** The same in the table: marked when the language has no name of its own for it. */
  #nameInTable(model: SankeyModel, id: string): string {
    const node = this.#node(model, id);
    return node.count ? this.#name(node) : itemNameInTable(node.kind, this.modelData, node.code, this.t);
  }

  #euros(value: number): string {
    return formatEuros(value, this.t);
  }

  protected buildModel(data: TradeData): SankeyModel {
    return sankeyModel(data, { flow: this.flow, limit: this.limit, highlight: this.highlight });
  }

  protected buildLayout(model: SankeyModel, width: number, measure: Measure): SankeyLayout {
    // Drawn: "Autres (23)"; the full name is in the tooltip and the table.
    const words = sankeyWords(this.t, this.modelData);
    return layoutSankey(model, width, measure, words, countOr(this.limit, DEFAULT_LIMIT) + 1);
  }

  /**
   * "Flux à l’export par produit et par pays, Gers (en valeur, 2024)", as the report
   * titles them: the kinds for a department's own chart, not for the region's and
   * France's it is compared with ("Flux à l’export, Occitanie (en valeur, 2024)").
   */
  protected titleFor(data: TradeData | undefined): string {
    const { sankey } = this.t;
    const flow: Flow = this.flow === 'import' ? 'import' : 'export';
    const kinds: NodeKind[] = flow === 'export' ? ['product', 'country'] : ['country', 'product'];
    const byKinds = !data || data.territory.level === 'department' ? kinds.map((kind) => this.#kind(kind)) : undefined;
    const title = sankey.title(flow, byKinds);
    return data ? `${title}, ${territoryName(data.territory, this.t)} (${sankey.inValue(data.year)})` : title;
  }

  protected override emptyMessage(model: SankeyModel): string | undefined {
    return model.total
      ? undefined
      : this.t.sankey.empty(model.flow, territoryName(model.territory, this.t), model.year);
  }

  /** With the top `limit` and « Autres » on a side. */
  protected override placeholderHeight(width: number): number {
    return estimateHeight(width, countOr(this.limit, DEFAULT_LIMIT) + 1);
  }

  /**
   * "Gers, 2024 : 300,0 M€ d'exportations. Les 4 principaux flux, en rouge :
   * Boissons vers Espagne (120,0 M€) ; …."
   */
  protected describe(model: SankeyModel): string {
    const { t } = this;
    const red = model.highlights.length;
    // Without red flows, the largest one.
    const listed = red ? model.highlights : [model.links.reduce((a, b) => (b.value > a.value ? b : a))];
    const flows = listed.map((link) => {
      const ends = [this.#nameOf(model, link.source), this.#nameOf(model, link.target)];
      // Always "product to/from country".
      if (model.flow === 'import') ends.reverse();
      return `${ends.join(` ${t.sankey.direction[model.flow]} `)} (${this.#euros(link.value)})`;
    });
    const amount = `${this.#euros(model.total)} ${t.sankey.amountOf(this.#flowInSentence(model.flow))}`;
    const legend = `${t.sankey.top(flows.length)}${red ? t.sankey.inRed : ''}`;
    const territory = `${territoryName(model.territory, t)}, ${model.year}`;
    return `${territory}${t.colon}${amount}. ${legend}${t.colon}${flows.join(t.listSeparator)}.`;
  }

  protected override renderSubtitle(model: SankeyModel): TemplateResult | typeof nothing {
    const count = model.highlights.length;
    return count ? html`<p class="subtitle legend">${this.t.sankey.top(count)}</p>` : nothing;
  }

  /**
   * As the report sets it, on three lines: "Total des exportations : 593,3 M€",
   * "soit 1,2 % de la valeur exportée par la région Occitanie", "soit 0,10 % de la
   * valeur exportée au niveau national". A region has no region's share, France no
   * share at all, and a department alone in its region (overseas, Corse) no
   * region's share either: it would be 100 %.
   */
  protected override renderCaption(model: SankeyModel): TemplateResult {
    const { t } = this;
    const { regionShare, regionName, franceShare } = model;
    const adjective = t.common.flowAdjective[model.flow];
    const region = regionName === undefined ? '' : t.sankey.byRegion(t.common.regionOf(regionName));
    const shares = [
      regionShare !== undefined &&
        regionShare < 1 &&
        region &&
        t.sankey.share(formatShare(regionShare, t), adjective, region),
      franceShare !== undefined && t.sankey.share(formatShare(franceShare, t), adjective, t.sankey.national),
    ].filter((line) => typeof line === 'string');
    const total = `${t.sankey.total(this.#flowInSentence(model.flow))}${t.colon}${this.#euros(model.total)}`;
    return html`<p class="total"><strong>${total}</strong></p>
      ${shares.map((line) => html`<p>${line}</p>`)}`;
  }

  protected tableFor(model: SankeyModel): TableModel {
    const { t } = this;
    const shareOfTotal = t.sankey.shareOf(t.sankey.totalWord);
    const money = (value: number) => ({ text: this.#euros(value), value });
    const ratio = (value: number) => ({ text: formatShare(value, t), value });
    return {
      caption: this.chartTitleText,
      columns: [
        { label: t.common[model.left[0].kind] },
        { label: t.common[model.right[0].kind] },
        { label: t.sankey.value, numeric: true, unit: 'eur' },
        { label: shareOfTotal, numeric: true, unit: '%' },
      ],
      rows: model.links.map((link) => [
        this.#nameInTable(model, link.source),
        this.#nameInTable(model, link.target),
        money(link.value),
        ratio(link.value / model.total),
      ]),
      footer: [[t.common.total, '', money(model.total), ratio(1)]],
    };
  }

  /** Up/Down (and Home/End) within a column; Left/Right to the nearest node of the left or right column. */
  #nextNode(current: string, key: string, layout: SankeyLayout): string | undefined {
    const node = layout.nodes.find((n) => n.id === current);
    if (!node) return undefined;
    const column = (side: string) => layout.nodes.filter((n) => n.side === side);
    const target = key === 'ArrowLeft' ? column('left') : key === 'ArrowRight' ? column('right') : [];
    const distance = (n: LayoutNode) => Math.abs(n.labelY - node.labelY);
    if (target.length) return target.reduce((a, b) => (distance(b) < distance(a) ? b : a)).id;
    return stepAlong(
      column(node.side).map((n) => n.id),
      current,
      key,
    );
  }

  /**
   * A link: its value, its share of its two nodes and of the total. A node: its
   * value and share; for "Autres", what it gathers.
   */
  #tooltip(key: string): TemplateResult | undefined {
    const { model } = this;
    if (!model) return undefined;
    const { sankey } = this.t;
    const link = model.links.find((l) => l.id === key);
    const node = model.nodes.get(key);
    const value = (link ?? node)?.value;
    if (!value) return undefined;
    const shareOf = (id: string) => {
      const end = this.#node(model, id);
      return [sankey.shareOf(this.#kind(end.kind)), formatShare(value / end.value, this.t)] as const;
    };
    const gathered = node?.count;
    const title = link
      ? `${this.#nameOf(model, link.source)} → ${this.#nameOf(model, link.target)}`
      : this.#nameOf(model, key);
    return renderTooltip(title, [
      [sankey.value, this.#euros(value)],
      link && shareOf(link.source),
      link && shareOf(link.target),
      [sankey.shareOf(sankey.totalWord), formatShare(value / model.total, this.t)],
      gathered ? [sankey.gathers, `${gathered} ${this.#kind(node.kind, gathered)}`] : undefined,
    ]);
  }

  protected renderChart(layout: SankeyLayout, model: SankeyModel): TemplateResult {
    const { t } = this;
    const selectedId = layout.nodes.find((node) => node.code === this.selected)?.id;
    // What the pointer, the keyboard or the selection points at, with the links
    // and nodes around it: the rest is dimmed.
    const focus = this.interaction.activeKey ?? selectedId;
    const ends = (link: LayoutLink) => [link.id, link.source, link.target];
    const lit = focus && new Set([focus, ...layout.links.filter((link) => ends(link).includes(focus)).flatMap(ends)]);
    const dimmed = (id: string) => (lit && !lit.has(id) ? ' dimmed' : '');
    const { fontSize } = layout;
    const nodeName = (node: LayoutNode) => {
      const share = `${formatShare(node.value / model.total, t)} ${t.sankey.ofTotal}`;
      return `${this.#name(node)}${t.colon}${node.valueText}, ${share}`;
    };
    // The label sits beside the button, not in it: its text may be shortened,
    // while the button's name is the full sentence.
    const nodeMark = (node: LayoutNode) => {
      const selected = node.id === selectedId;
      const className = `node${node.count ? ' others' : ''}${selected ? ' selected' : ''}${dimmed(node.id)}`;
      return svg`<g class=${className}>
          <rect part="node" data-key=${node.id} role="button" tabindex=${this.interaction.tabIndex(node.id)}
            aria-pressed=${node.count ? nothing : selected} aria-label=${nodeName(node)}
            x=${node.x0} y=${node.y0} width=${node.x1 - node.x0} height=${node.y1 - node.y0}></rect>
          <text part="label" data-key=${node.id} aria-hidden="true"
            x=${node.labelX} y=${node.labelY} text-anchor=${node.anchor}
            ><tspan class="name" dy="-3" font-weight="600">${node.name}</tspan
            ><tspan class="value" x=${node.labelX} dy=${fontSize + 2} font-size=${fontSize - 1}
              >${node.valueText}</tspan
            ></text
          >
        </g>`;
    };
    return html`<svg
      class="${model.flow}${layout.inner ? ' inner' : ''}"
      width=${layout.width}
      height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}"
      font-size=${fontSize}
    >
      ${layout.links.map((link) => {
        const part = link.highlighted ? 'link link-highlight' : 'link';
        return svg`<path data-key=${link.id} part=${part} class=${part + dimmed(link.id)}
          d=${link.d} stroke-width=${link.width}></path>`;
      })}
      ${layout.nodes.map(nodeMark)}
    </svg>`;
  }
}

defineElement('trade-sankey', TradeSankey);

declare global {
  interface HTMLElementTagNameMap {
    'trade-sankey': TradeSankey;
  }
}
