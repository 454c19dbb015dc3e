import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { TradeElement, defineElement, type Anchor, type SelectDetail, type TableModel } from '../base/trade-element.ts';
import { share } from '../../data/aggregate.ts';
import type { Flow, TradeData } from '../../data/contract.ts';
import { formatEuros, formatShare } from '../../data/format.ts';
import { territoryName, type Locale } from '../../data/i18n.ts';
import { OTHERS, buildSankey, count, type SankeyModel } from '../../data/sankey.ts';
import { estimateHeight, layoutSankey, type SankeyLayout } from '../../layout/sankey.ts';
import type { Measure } from '../../layout/text.ts';
import { styles } from './trade-sankey.styles.ts';

const TEXT = {
  fr: {
    title: (f: Flow, full: boolean) => `Flux à l'${f}${full ? (f === 'export' ? ' par produit et par pays' : ' par pays et par produit') : ''}`,
    total: 'Total des ',
    of: "d'",
    colon: '\u00a0: ',
    share: (s: string, adj: string, where: string) => `soit ${s} de la valeur ${adj} ${where}`,
    by: 'par ',
    national: 'au niveau national',
    empty: (f: Flow, name: string, year: number) => `Aucune ${f}ation enregistrée pour ${name} en ${year}`,
    france: 'la France',
    first: 'Premier flux',
    to: { export: 'vers', import: 'depuis' },
    top: (n: number) => (n > 1 ? `Les ${n} principaux flux` : 'Le principal flux'),
    inRed: ', en rouge',
    other: 'Autres',
    kinds: { product: ['produit', 'produits'], country: ['pays', 'pays'] },
    gathers: 'Regroupe',
    value: 'Valeur',
    part: 'Part du ',
    ofThe: ' du ',
  },
  en: {
    title: (f: Flow, full: boolean) => `${f[0].toUpperCase()}${f.slice(1)} flows${full ? (f === 'export' ? ' by product and country' : ' by country and product') : ''}`,
    total: 'Total ',
    of: 'of ',
    colon: ': ',
    share: (s: string, adj: string, where: string) => `${s} of the value ${adj} ${where}`,
    by: 'by ',
    national: 'nationally',
    empty: (f: Flow, name: string, year: number) => `No ${f}s recorded for ${name} in ${year}`,
    france: 'France',
    first: 'Largest flow',
    to: { export: 'to', import: 'from' },
    top: (n: number) => (n > 1 ? `The ${n} largest flows` : 'The largest flow'),
    inRed: ', in red',
    other: 'Other',
    kinds: { product: ['product', 'products'], country: ['country', 'countries'] },
    gathers: 'Gathers',
    value: 'Value',
    part: 'Share of the ',
    ofThe: ' of the ',
  },
};

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
  static override modelProperties = ['flow', 'limit', 'highlight'];

  /** "export" or "import". */
  @property() flow: Flow = 'export';
  /** Top N per side. */
  @property({ type: Number }) limit = 10;
  /** How many flows are highlighted. */
  @property({ type: Number }) highlight = 5;

  private get text() {
    return TEXT[this.locale];
  }

  protected computeModel(data: TradeData, locale: Locale): SankeyModel {
    return buildSankey(data, { flow: this.flow, limit: this.limit, highlight: this.highlight, locale });
  }

  protected computeLayout(model: SankeyModel, width: number, measure: Measure): SankeyLayout {
    return layoutSankey(model, width, measure);
  }

  protected chartTitle(data: TradeData | undefined): string {
    const title = this.text.title(this.flow === 'import' ? 'import' : 'export', !data || data.territory.level === 'department');
    return data ? `${title}, ${territoryName(data.territory, this.locale)} (${data.year})` : title;
  }

  protected override emptyMessage(m: SankeyModel): string | undefined {
    return m.total > 0 ? undefined : this.text.empty(m.flow, m.level === 'france' ? this.text.france : m.name, m.year);
  }

  protected override estimatedHeight(width: number): number {
    return estimateHeight(width, count(this.limit, 10, 1) + 1);
  }

  // --- Names and numbers -----------------------------------------------------------

  /** Full name: "Boissons", "Autres produits (23)". */
  private nameOf(m: SankeyModel, id: string): string {
    const n = m.nodes.get(id)!;
    return n.count ? `${this.text.other} ${this.text.kinds[n.kind][1]} (${n.count})` : n.label;
  }

  private euros(v: number): string {
    return formatEuros(v, this.locale);
  }

  private shareOf(part: number, whole: number): string {
    return this.pct(share(part, whole));
  }

  /** "<flow total>" lowercased: "exportations" / "exports". */
  private flowWord(m: SankeyModel): string {
    return this.t[m.flow].toLowerCase();
  }

  protected summary(m: SankeyModel): string {
    const x = this.text;
    const top = m.highlights.length ? m.highlights : m.links.slice().sort((a, b) => b.value - a.value).slice(0, 1);
    const list = top.map((l) => {
      const [s, t] = [this.nameOf(m, l.source), this.nameOf(m, l.target)];
      return `${m.flow === 'export' ? s : t} ${x.to[m.flow]} ${m.flow === 'export' ? t : s} (${this.euros(l.value)})`;
    });
    const lead = m.highlights.length ? x.top(top.length) + x.inRed : x.first;
    return `${m.name}, ${m.year}${x.colon}${this.euros(m.total)} ${x.of}${this.flowWord(m)}. ${lead}${x.colon}${list.join(' ; ')}.`;
  }

  protected override renderSubtitle(m: SankeyModel) {
    const n = m.highlights.length;
    return n ? html`<p class="subtitle legend"><span class="swatch"></span>${this.text.top(n)}</p>` : nothing;
  }

  /** "Total des exportations : 593,3 M€ — soit 1,2 % de la valeur exportée par la région Occitanie, soit 0,10 % …". */
  protected override renderCaption(m: SankeyModel) {
    const x = this.text;
    const adj = this.t.flowAdj[m.flow];
    const shares: string[] = [];
    if (m.regionShare !== undefined) shares.push(x.share(formatShare(m.regionShare, this.locale), adj, x.by + this.t.regionOf(m.regionName!)));
    if (m.franceShare !== undefined) shares.push(x.share(formatShare(m.franceShare, this.locale), adj, x.national));
    // The base wraps this in `<div class="caption" part="caption">`.
    return html`<strong>${x.total}${this.flowWord(m)}${x.colon}${this.euros(m.total)}</strong>${shares.length ? ` — ${shares.join(', ')}` : ''}`;
  }

  protected tableModel(m: SankeyModel): TableModel {
    const t = this.t;
    const money = (v: number) => ({ text: this.euros(v), value: v });
    const ratio = (v: number) => ({ text: this.shareOf(v, m.total), value: share(v, m.total) });
    return {
      caption: this.heading || this.chartTitle(this.data),
      columns: [
        { label: m.flow === 'export' ? t.product : t.country },
        { label: m.flow === 'export' ? t.country : t.product },
        { label: this.text.value, numeric: true, unit: 'eur' },
        { label: this.text.part + 'total', numeric: true, unit: '%' },
      ],
      rows: m.links.map((l) => [this.nameOf(m, l.source), this.nameOf(m, l.target), money(l.value), ratio(l.value)]),
      footer: [[t.total, '', money(m.total), ratio(m.total)]],
    };
  }

  // --- Interaction -----------------------------------------------------------------

  protected override focusKeys(layout: SankeyLayout): string[] {
    return layout.nodes.map((n) => n.id);
  }

  /** Only nodes take Tab: a clicked link must not leave the chart without a tab stop. */
  protected override tabIndexFor(key: string): number {
    const keys = this.layout ? this.focusKeys(this.layout) : [];
    const current = this.focusKey && keys.includes(this.focusKey) ? this.focusKey : keys[0];
    return key === current ? 0 : -1;
  }

  /** Up/Down within a column; Left/Right to the nearest node of the other column. */
  protected override nextKey(current: string, key: string, keys: string[]): string | undefined {
    const nodes = this.layout?.nodes ?? [];
    const node = nodes.find((n) => n.id === current);
    if (!node || key === 'Home' || key === 'End') return super.nextKey(current, key, keys);
    const column = nodes.filter((n) => n.side === node.side);
    const i = column.indexOf(node);
    const mid = (n: { y0: number; y1: number }) => (n.y0 + n.y1) / 2;
    switch (key) {
      case 'ArrowUp':
        return column[Math.max(0, i - 1)].id;
      case 'ArrowDown':
        return column[Math.min(column.length - 1, i + 1)].id;
      case 'ArrowLeft':
      case 'ArrowRight': {
        const side = key === 'ArrowLeft' ? 'left' : 'right';
        if (side === node.side) return current;
        const other = nodes.filter((n) => n.side === side);
        return other.reduce((best, n) => (Math.abs(mid(n) - mid(node)) < Math.abs(mid(best) - mid(node)) ? n : best), other[0]).id;
      }
    }
    return undefined;
  }

  protected override selectionFor(key: string, m: SankeyModel): SelectDetail | undefined {
    const n = m.nodes.get(key);
    return n && n.code !== OTHERS ? { kind: n.kind, code: n.code, label: n.label, flow: m.flow } : undefined;
  }

  protected override tooltipContent(key: string, m: SankeyModel) {
    const x = this.text;
    const row = (dt: string, dd: string) => html`<dt>${dt}</dt><dd>${dd}</dd>`;
    const link = m.links.find((l) => l.id === key);
    const n = m.nodes.get(key);
    if (!link && !n) return undefined;
    const v = (link ?? n)!.value;
    // A link: its share of its product and of its country. A node: what "Autres" gathers.
    const ends = link ? [m.nodes.get(link.source)!, m.nodes.get(link.target)!] : [];
    return html`<strong>${link ? `${this.nameOf(m, link.source)} → ${this.nameOf(m, link.target)}` : this.nameOf(m, key)}</strong>
      <dl>
        ${row(x.value, this.euros(v))} ${ends.map((e) => row(x.part + x.kinds[e.kind][0], this.shareOf(v, e.value)))}
        ${row(x.part + 'total', this.shareOf(v, m.total))}
        ${n?.count ? row(x.gathers, `${n.count} ${x.kinds[n.kind][n.count > 1 ? 1 : 0]}`) : nothing}
      </dl>`;
  }

  protected override tooltipAnchor(key: string, layout: SankeyLayout): Anchor | undefined {
    const l = layout.links.find((k) => k.id === key);
    if (l) return { x: l.mx, y: l.my - l.width / 2 };
    const n = layout.nodes.find((k) => k.id === key);
    return n ? { x: (n.x0 + n.x1) / 2, y: n.y0 } : undefined;
  }

  // --- Drawing -----------------------------------------------------------------------

  protected renderChart(layout: SankeyLayout, model: SankeyModel) {
    const x = this.text;
    const selected = this.selected ? layout.nodes.find((n) => n.code === this.selected && n.code !== OTHERS)?.id : undefined;
    // What the pointer, the keyboard or the selection points at: the rest is dimmed.
    const focus = this.activeKey ?? selected;
    let lit: Set<string> | undefined;
    if (focus) {
      const link = layout.links.find((l) => l.id === focus);
      const around = link ? [link] : layout.links.filter((l) => l.source === focus || l.target === focus);
      lit = new Set([focus, ...around.flatMap((l) => [l.id, l.source, l.target])]);
    }
    const state = (id: string) => (lit ? (lit.has(id) ? ' on' : ' dim') : '');
    const fs = layout.fontSize;
    return html`<svg
      class="sankey ${model.flow}${layout.inner ? ' inner' : ''}"
      width=${layout.width}
      height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}"
    >
      <g class="links" aria-hidden="true">
        ${layout.links.map(
          (l) => svg`<path data-key=${l.id} part=${l.highlighted ? 'link link-highlight' : 'link'}
            class=${(l.highlighted ? 'hl' : '') + state(l.id)} d=${l.d} stroke-width=${l.width}></path>`,
        )}
      </g>
      ${layout.nodes.map((n) => {
        const end = (n.side === 'right') === layout.inner;
        const pressed = n.code === OTHERS ? nothing : n.id === selected ? 'true' : 'false';
        // The label sits beside the button, not in it: its text is shortened and
        // split in two lines, while the button's name is the full sentence.
        return svg`<g class=${`node${n.count ? ' others' : ''}${n.id === selected ? ' sel' : ''}${state(n.id)}`}>
          <rect part="node" data-key=${n.id} role="button" tabindex=${this.tabIndexFor(n.id)} aria-pressed=${pressed}
            aria-label=${`${this.nameOf(model, n.id)}${x.colon}${this.euros(n.value)}, ${this.shareOf(n.value, model.total)}${x.ofThe}total`}
            x=${n.x0} y=${n.y0} width=${n.x1 - n.x0} height=${Math.max(0, n.y1 - n.y0)}></rect>
          <text part="label" class="label" data-key=${n.id} aria-hidden="true" x=${n.labelX} y=${n.labelY} text-anchor=${end ? 'end' : 'start'} font-size=${fs}
            ><tspan class="name" x=${n.labelX} dy="-3" font-weight="600">${n.name}</tspan
            ><tspan class="value" x=${n.labelX} dy=${fs + 2} font-size=${fs - 1}>${n.valueText}</tspan></text
          >
        </g>`;
      })}
    </svg>`;
  }
}

defineElement('trade-sankey', TradeSankey);

declare global {
  interface HTMLElementTagNameMap {
    'trade-sankey': TradeSankey;
  }
}
