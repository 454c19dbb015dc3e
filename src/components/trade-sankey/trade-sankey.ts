import { html, nothing, svg } from 'lit';
import type { Flow, TradeData } from '../../data/contract.ts';
import { territoryName, type Locale } from '../../data/i18n.ts';
import { buildSankey, count, type NodeKind, type SankeyModel } from '../../data/sankey.ts';
import { estimateHeight, layoutSankey, type LayoutLink, type LayoutNode, type SankeyLayout } from '../../layout/sankey.ts';
import type { Measure } from '../../layout/text.ts';
import { TradeElement, defineElement, type SelectDetail, type TableModel } from '../base/trade-element.ts';
import { styles } from './trade-sankey.styles.ts';

/**
 * Chart-specific text; sentences are completed with the shared words (`t.export`,
 * `t.product`, `t.flowAdj`, `t.regionOf`…). A kind's singular is the shared
 * column heading in lower case ("produit", "pays").
 */
/** The French text; other languages come from their translation module (translations/<lang>.ts). */
const TEXT = {
  title: (f: Flow, kinds?: string[]) => `Flux à l'${f}${kinds ? ` par ${kinds.join(' et par ')}` : ''}`,
  colon: '\u00a0: ',
  total: 'Total des ',
  of: "d'",
  share: (s: string, adj: string, where: string) => `soit ${s} de la valeur ${adj} ${where}`,
  region: 'par ',
  national: 'au niveau national',
  empty: (f: Flow, name: string, year: number) => `Aucune ${f}ation enregistrée pour ${name} en ${year}`,
  to: { export: 'vers', import: 'depuis' },
  top: (n: number) => (n > 1 ? `Les ${n} principaux flux` : 'Le principal flux'),
  inRed: ', en rouge',
  other: 'Autres',
  plural: { product: 'produits', country: 'pays' },
  gathers: 'Regroupe',
  value: 'Valeur',
  part: 'Part du ',
  ofThe: ' du ',
};
export type SankeyText = typeof TEXT;

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
 * @attr flow - "export" (default: products on the left, destination countries on the right) or "import" (origin countries on the left, products on the right).
 * @attr limit - How many products and countries are drawn on each side before "Autres" (default 10).
 * @attr highlight - How many of the largest individual flows are drawn in red (default 5; 0 for none). Flows from or to "Autres" never are.
 *
 * @csspart node - A node's bar (product or country, "Autres" included).
 * @csspart link - A flow between a product and a country.
 * @csspart link-highlight - A flow among the largest ones, drawn in red (also has the part `link`).
 * @csspart label - A node's label (name and value).
 */
export class TradeSankey extends TradeElement<SankeyModel, SankeyLayout> {
  static override styles = [TradeElement.styles, styles];
  static override properties = { flow: {}, limit: { type: Number }, highlight: { type: Number } };
  static override modelProperties = ['flow', 'limit', 'highlight'];

  /** "export" or "import". */
  flow: Flow = 'export';
  /** Top N per side. */
  limit = 10;
  /** How many flows are highlighted. */
  highlight = 5;

  private get x() {
    return this.tr('sankey', TEXT);
  }

  /** A shared word in lower case: "produit", "pays", "exportations" / "product", "country", "exports". */
  private word(key: NodeKind | Flow): string {
    return this.t[key].toLowerCase();
  }

  /** Full name: "Boissons", "Autres produits (23)". */
  private name(id: string): string {
    const n = this.model!.nodes.get(id)!;
    return n.count ? `${this.x.other} ${this.x.plural[n.kind]} (${n.count})` : n.label;
  }

  protected computeModel(data: TradeData, locale: Locale): SankeyModel {
    return buildSankey(data, { flow: this.flow, limit: this.limit, highlight: this.highlight, locale });
  }

  protected computeLayout(model: SankeyModel, width: number, measure: Measure): SankeyLayout {
    return layoutSankey(model, width, measure, count(this.limit, 10, 1) + 1);
  }

  /** "Flux à l'export par produit et par pays, Gers (2024)": the kinds for a department only, as in the report. */
  protected chartTitle(data: TradeData | undefined): string {
    const exp = this.flow !== 'import';
    const kinds: NodeKind[] = exp ? ['product', 'country'] : ['country', 'product'];
    const title = this.x.title(exp ? 'export' : 'import', !data || data.territory.level === 'department' ? kinds.map((k) => this.word(k)) : undefined);
    return data ? `${title}, ${territoryName(data.territory, this.locale)} (${data.year})` : title;
  }

  protected override emptyMessage(m: SankeyModel): string | undefined {
    return m.total ? undefined : this.x.empty(m.flow, m.name, m.year);
  }

  /** With the top `limit` and « Autres » on a side. */
  protected override estimatedHeight(width: number): number {
    return estimateHeight(width, count(this.limit, 10, 1) + 1);
  }

  /** "Gers, 2024 : 300,0 M€ d'exportations. Les 4 principaux flux, en rouge : Boissons vers Espagne (120,0 M€) ; …." */
  protected summary(m: SankeyModel): string {
    const { x } = this;
    const red = m.highlights.length;
    // Without red flows, the largest one.
    const list = (red ? m.highlights : [m.links.reduce((a, b) => (b.value > a.value ? b : a))]).map((l) => {
      const ends = [this.name(l.source), this.name(l.target)];
      // Always "product to/from country".
      if (m.flow === 'import') ends.reverse();
      return `${ends.join(` ${x.to[m.flow]} `)} (${this.eur(l.value)})`;
    });
    return `${m.name}, ${m.year}${x.colon}${this.eur(m.total)} ${x.of}${this.word(m.flow)}. ${x.top(list.length)}${red ? x.inRed : ''}${x.colon}${list.join(' ; ')}.`;
  }

  protected override renderSubtitle(m: SankeyModel) {
    const n = m.highlights.length;
    return n ? html`<p class="subtitle legend">${this.x.top(n)}</p>` : nothing;
  }

  /** "Total des exportations : 593,3 M€ — soit 1,2 % de la valeur exportée par la région Occitanie, soit 0,10 % …". */
  protected override renderCaption(m: SankeyModel) {
    const { x, t } = this;
    const shares = (
      [
        [m.regionShare, x.region + t.regionOf(m.regionName!)],
        [m.franceShare, x.national],
      ] as const
    )
      .filter((s) => s[0])
      .map(([s, where]) => x.share(this.pct(s!), t.flowAdj[m.flow], where));
    // The base wraps this in `<div class="caption" part="caption">`.
    return html`<strong>${x.total}${this.word(m.flow)}${x.colon}${this.eur(m.total)}</strong>${shares.length ? ` — ${shares.join(', ')}` : ''}`;
  }

  protected tableModel(m: SankeyModel): TableModel {
    const { t, x } = this;
    return {
      caption: this.chartTitleText,
      columns: [
        { label: t[m.left[0].kind] },
        { label: t[m.right[0].kind] },
        { label: x.value, numeric: true, unit: 'eur' },
        { label: x.part + 'total', numeric: true, unit: '%' },
      ],
      rows: m.links.map((l) => [this.name(l.source), this.name(l.target), this.money(l.value), this.ratio(l.value / m.total)]),
      footer: [[t.total, '', this.money(m.total), this.ratio(1)]],
    };
  }

  // --- Interaction -----------------------------------------------------------------

  protected override focusKeys(layout: SankeyLayout): string[] {
    return layout.nodes.map((n) => n.id);
  }

  /** Up/Down (and Home/End) within a column; Left/Right to the nearest node of the left or right column. */
  protected override nextKey(current: string, key: string): string | undefined {
    const nodes = this.layout!.nodes;
    const node = nodes.find((n) => n.id === current)!;
    const column = (side: string) => nodes.filter((n) => n.side === side);
    // "ArrowLeft" → the left column, "ArrowRight" → the right one; other keys → none.
    const target = column(key.slice(5).toLowerCase());
    const gap = (n: LayoutNode) => Math.abs(n.labelY - node.labelY);
    if (target.length) return target.reduce((a, b) => (gap(b) < gap(a) ? b : a)).id;
    return super.nextKey(current, key, column(node.side).map((n) => n.id));
  }

  protected override selectionFor(key: string, m: SankeyModel): SelectDetail | undefined {
    const n = m.nodes.get(key);
    return n && !n.count ? { kind: n.kind, code: n.code, label: n.label, flow: m.flow } : undefined;
  }

  /** A link: its value, its share of its two nodes and of the total. A node: its value and share; for "Autres", what it gathers. */
  protected override tooltipContent(key: string, m: SankeyModel) {
    const { x } = this;
    const l = m.links.find((k) => k.id === key);
    const n = m.nodes.get(key);
    const v = (l ?? n)?.value;
    if (!v) return undefined;
    const part = (id: string) => {
      const e = m.nodes.get(id)!;
      return [x.part + this.word(e.kind), this.pct(v / e.value)] as const;
    };
    const c = n?.count;
    return this.tip(l ? `${this.name(l.source)} → ${this.name(l.target)}` : this.name(key), [
      [x.value, this.eur(v)],
      l && part(l.source),
      l && part(l.target),
      [x.part + 'total', this.pct(v / m.total)],
      c ? [x.gathers, `${c} ${c > 1 ? x.plural[n!.kind] : this.word(n!.kind)}`] : undefined,
    ]);
  }

  protected override tooltipAnchor(key: string, layout: SankeyLayout) {
    return [...layout.nodes, ...layout.links].find((k) => k.id === key)?.tip;
  }

  // --- Drawing -----------------------------------------------------------------------

  protected renderChart(layout: SankeyLayout, m: SankeyModel) {
    const { x } = this;
    const sel = layout.nodes.find((n) => n.code === this.selected)?.id;
    // What the pointer, the keyboard or the selection points at, with the links
    // and nodes around it: the rest is dimmed.
    const focus = this.activeKey ?? sel;
    const around = (l: LayoutLink) => [l.id, l.source, l.target];
    const lit = focus && new Set([focus, ...layout.links.filter((l) => around(l).includes(focus)).flatMap(around)]);
    const dim = (id: string) => (lit && !lit.has(id) ? ' dim' : '');
    const fs = layout.fontSize;
    return html`<svg class="${m.flow}${layout.inner ? ' inner' : ''}" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" font-size=${fs}>
      ${layout.links.map((l) => {
        const part = l.highlighted ? 'link link-highlight' : 'link';
        return svg`<path data-key=${l.id} part=${part} class=${part + dim(l.id)} d=${l.d} stroke-width=${l.width}></path>`;
      })}${layout.nodes.map(
        // The label sits beside the button, not in it: its text may be shortened,
        // while the button's name is the full sentence.
        (n) => svg`<g class="node${n.count ? ' others' : ''}${n.id === sel ? ' sel' : ''}${dim(n.id)}">
          <rect part="node" data-key=${n.id} role="button" tabindex=${this.tabIndexFor(n.id)} aria-pressed=${n.count ? nothing : n.id === sel}
            aria-label="${this.name(n.id)}${x.colon}${n.valueText}, ${this.pct(n.value / m.total)}${x.ofThe}total"
            x=${n.x0} y=${n.y0} width=${n.x1 - n.x0} height=${n.y1 - n.y0}></rect>
          <text part="label" data-key=${n.id} aria-hidden="true" x=${n.labelX} y=${n.labelY} text-anchor=${n.anchor}
            ><tspan class="name" dy="-3" font-weight="600">${n.name}</tspan
            ><tspan class="value" x=${n.labelX} dy=${fs + 2} font-size=${fs - 1}>${n.valueText}</tspan></text
          >
        </g>`,
      )}
    </svg>`;
  }
}

defineElement('trade-sankey', TradeSankey);

declare global {
  interface HTMLElementTagNameMap {
    'trade-sankey': TradeSankey;
  }
}
