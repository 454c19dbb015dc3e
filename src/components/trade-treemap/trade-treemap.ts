import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Flow, TradeData } from '../../data/contract.ts';
import { territoryName, type Locale } from '../../data/i18n.ts';
import { OTHER, aggregateTreemap, flowsOf, otherFlow, type TreemapItem, type TreemapModel } from '../../data/treemap.ts';
import { STACK_BELOW, layoutTreemap, treemapHeight, type Tile, type TreemapLayout } from '../../layout/treemap.ts';
import type { Measure } from '../../layout/text.ts';
import { TradeElement, defineElement, type Anchor, type SelectDetail, type TableModel } from '../base/trade-element.ts';
import { styles } from './trade-treemap.styles.ts';

/**
 * Chart-specific text. Flow names are the shared ones ("Importations"), lower-cased
 * in sentences; `f` is the flow's code ("import": "aucune importation", "no imports").
 */
/** The French text; other languages come from their translation module (translations/<lang>.ts). */
const TEXT = {
  title: (flows: Flow[]) => `Principales activités à l'${flows.join(" et à l'")}`,
  none: (f: Flow) => `aucune ${f}ation`,
  note: (f: Flow, year: number) => `Aucune ${f}ation en ${year}`,
  /** The empty state, for one flow or (`f` false) both. */
  empty: (f: Flow | false, name: string, year: number) => `${f ? `Aucune ${f}ation enregistrée` : 'Aucun échange de marchandises enregistré'} pour ${name} en ${year}.`,
  others: (n: number) => `Autres (${n} produits)`,
  of: 'des ',
  share: 'Part des ',
  led: "d'abord",
  sep: ' : ',
  semi: ' ; ',
  columns: ['Flux', 'Valeur', 'Part du flux'],
};
export type TreemapText = typeof TEXT;

/**
 * The report's "Principales activités à l'import et à l'export": one treemap with
 * a compartment per flow (imports in blue, exports in purple) whose area is the
 * flow's total, and a tile per A129 product whose area is its value. Products
 * beyond `limit` make one "Autres" tile per flow. The arrow keys go through the
 * tiles in the table's order: imports, then exports, by decreasing value.
 *
 * @tagname trade-treemap
 * @summary Treemap of the main products imported and exported by a territory.
 *
 * @attr limit - Products kept per flow (default 10); the others are grouped in one "Autres" tile.
 * @attr flow - "import" or "export" draws one compartment; both by default.
 *
 * @csspart tile-import - A tile of the imports compartment (an SVG `<g>`: set `fill`, `opacity`…).
 * @csspart tile-export - A tile of the exports compartment.
 * @csspart tile-other - The "Autres" tile of either compartment (it also has the flow's part).
 *
 * @cssprop [--trade-color-tile-text=#ffffff] - Tile labels (#161616 in the dark theme, where tiles are light).
 */
export class TradeTreemap extends TradeElement<TreemapModel, TreemapLayout> {
  static override styles = [TradeElement.styles, styles];
  static override properties = { flow: {}, limit: { type: Number } };
  static override modelProperties = ['limit', 'flow'];

  /** "import" or "export" for one compartment; both when absent. */
  flow?: Flow;
  /** Products kept per flow; the others make one "Autres" tile. */
  limit = 10;

  private get x() {
    return this.tr('treemap', TEXT);
  }
  /** "importations", for sentences. */
  private low(f: Flow): string {
    return this.t[f].toLowerCase();
  }
  /** "des importations". */
  private of(f: Flow): string {
    return this.x.of + this.low(f);
  }
  private tile(key: string): Tile | undefined {
    return this.layout!.tiles.find((t) => t.key === key);
  }
  /** "Boissons", or "Autres (12 produits)". */
  private label(i: TreemapItem): string {
    return i.code === OTHER ? this.x.others(i.count) : i.label;
  }

  protected computeModel(data: TradeData, locale: Locale): TreemapModel {
    return aggregateTreemap(data, locale, this); // its limit and flow
  }

  protected computeLayout(model: TreemapModel, width: number, measure: Measure): TreemapLayout {
    return layoutTreemap(model, width, measure, { scale: parseFloat(getComputedStyle(this).fontSize) / 14 });
  }

  protected chartTitle(data: TradeData | undefined): string {
    return this.x.title(flowsOf(this.flow)) + (data ? `, ${territoryName(data.territory, this.locale)} (${data.year})` : '');
  }

  /** "Aucune importation enregistrée pour Gers en 2024.", "Aucun échange de marchandises enregistré…". */
  protected override emptyMessage(m: TreemapModel): string | undefined {
    return m.flows.some((f) => f.total) ? undefined : this.x.empty(!m.flows[1] && m.flows[0].flow, m.name, m.year);
  }

  protected override estimatedHeight(width: number): number {
    return treemapHeight(width, !!flowsOf(this.flow)[1] && width < STACK_BELOW);
  }

  /** Exports first, as the report's sentence: "Gers, 2024 : exportations 593,3 M€, d'abord Boissons (32 %) ; importations …". */
  protected summary(m: TreemapModel): string {
    const x = this.x;
    const parts = m.flows.map(({ flow, items: [top], totalText }) =>
      top ? `${this.low(flow)} ${totalText}, ${x.led} ${this.label(top)} (${top.shareText})` : x.none(flow),
    );
    return `${m.name}, ${m.year}${x.sep}${parts.reverse().join(x.semi)}.`;
  }

  /** Per flow: the products kept, "Autres (N produits)", and the flow's total (in bold). */
  protected tableModel(m: TreemapModel): TableModel {
    const [flow, value, share] = this.x.columns;
    return {
      caption: this.chartTitleText,
      columns: [{ label: this.t.product }, { label: flow }, { label: value, numeric: true, unit: 'eur' }, { label: share, numeric: true, unit: '%' }],
      rows: m.flows.flatMap((f) => [
        ...f.items.map((i) => [this.label(i), f.name, this.money(i.value), this.ratio(i.share)]),
        [{ text: `${this.t.total} ${this.of(f.flow)}`, className: 'total' }, f.name, this.money(f.total), f.total ? this.ratio(1) : '–'],
      ]),
    };
  }

  protected override focusKeys(layout: TreemapLayout): string[] {
    return layout.tiles.map((t) => t.key);
  }

  /** Product, value, share of the flow, and the same product's value in the other flow. */
  protected override tooltipContent(key: string): TemplateResult | undefined {
    const t = this.tile(key);
    return t && this.tip(this.label(t.item), [[this.t[t.flow], this.eur(t.item.value)], [this.x.share + this.low(t.flow), t.item.shareText], !t.other && [this.t[otherFlow(t.flow)], this.eur(t.item.other)]]);
  }

  /** Above the tile, so that the tooltip does not hide its label. */
  protected override tooltipAnchor(key: string, L: TreemapLayout): Anchor | undefined {
    const t = L.tiles.find((t) => t.key === key);
    return t && { x: (t.x0 + t.x1) / 2, y: t.y0 };
  }

  /** "Autres" gathers several products: there is nothing to select. */
  protected override selectionFor(key: string): SelectDetail | undefined {
    const t = this.tile(key);
    return t && !t.other ? { kind: 'product', code: t.item.code, label: t.item.label, flow: t.flow } : undefined;
  }

  /**
   * Per tile: its rectangle and two rings inside it (focus or selection, then a line
   * of the surface colour that keeps the ring visible on the tile) in a button named
   * with the tooltip's figures ("Boissons, exportations : 200,0 M€, 67 % des
   * exportations ; importations : 0 €"); then its label, outside the button (whose
   * name would otherwise have to contain the label's text) and hidden from assistive
   * technology, which has the name.
   */
  protected renderChart(L: TreemapLayout, m: TreemapModel): TemplateResult {
    const { x, selected } = this;
    const on = L.tiles.some((t) => t.item.code === selected);
    const box = (cls: string, t: Tile, d: number) =>
      svg`<rect class=${cls} x=${t.x0 + d} y=${t.y0 + d} width=${Math.max(0, t.x1 - t.x0 - 2 * d)} height=${Math.max(0, t.y1 - t.y0 - 2 * d)}></rect>`;
    const figure = (f: Flow, v: number) => this.low(f) + x.sep + this.eur(v);
    return html`<svg width=${L.width} height=${L.height} viewBox="0 0 ${L.width} ${L.height}" font-size=${L.headerSize}>${L.notes.map(
      (n) => svg`<text class="note" y=${n.y}>${x.note(n.flow, m.year)}</text>`,
    )}${L.compartments.map(
      ({ data: f, header: h }) =>
        svg`<rect class="sw ${f.flow}" x=${h.sx} y=${h.sy} width="11" height="11" rx="2"></rect><text class="head" x=${h.x} y=${h.y}><tspan class="n">${f.name}</tspan>${h.full ? ` — ${f.totalText}` : ''}</text>`,
    )}${L.tiles.map(
      (t) =>
        svg`<g data-key=${t.key} part="tile-${t.flow}${t.other ? ' tile-other' : ''}" class="t ${t.flow}${t.other ? ' other' : ''}${on ? (t.item.code === selected ? ' sel' : ' dim') : ''}" role="button" tabindex=${this.tabIndexFor(t.key)} aria-disabled=${t.other || nothing} aria-label=${`${this.label(t.item)}, ${figure(t.flow, t.item.value)}, ${t.item.shareText} ${this.of(t.flow)}${t.other ? '' : x.semi + figure(otherFlow(t.flow), t.item.other)}`}>${box('f', t, 0)}${box('ring', t, 1.5)}${box('ring2', t, 3.75)}</g>${
          t.lines.length ? svg`<text aria-hidden="true" font-size=${L.fontSize}>${t.lines.map(([s, x, y]) => svg`<tspan x=${x} y=${y}>${s}</tspan>`)}</text>` : nothing
        }`,
    )}</svg>`;
  }
}

defineElement('trade-treemap', TradeTreemap);

declare global {
  interface HTMLElementTagNameMap {
    'trade-treemap': TradeTreemap;
  }
}
