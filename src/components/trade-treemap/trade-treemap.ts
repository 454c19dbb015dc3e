import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { Flow, TradeData } from '../../data/contract.ts';
import { formatEuros, formatInteger, formatShare } from '../../data/format.ts';
import { territoryName, type Locale } from '../../data/i18n.ts';
import { OTHER, aggregateTreemap, type TreemapItem, type TreemapModel } from '../../data/treemap.ts';
import { STACK_BELOW, SWATCH, layoutTreemap, neighbour, treemapHeight, type Tile, type TreemapLayout } from '../../layout/treemap.ts';
import type { Measure } from '../../layout/text.ts';
import { TradeElement, defineElement, type Anchor, type SelectDetail, type TableModel } from '../base/trade-element.ts';
import { styles } from './trade-treemap.styles.ts';

type Which = Flow | 'both';
const LOWER = { fr: { import: 'importations', export: 'exportations' }, en: { import: 'imports', export: 'exports' } };

/** Chart-specific text; `noneOf` is the base of the zero-flow note, summary and empty state. */
const TEXT = {
  fr: {
    title: (w: Which) => `Principales activités à l'${w === 'both' ? "import et à l'export" : w}`,
    noneOf: (f: Flow) => `aucune ${f === 'import' ? 'importation' : 'exportation'}`,
    in: (y: number) => ` en ${y}`,
    recorded: (w: Which, name: string, y: number) => `${w === 'both' ? 'Aucun échange de marchandises enregistré' : `${cap(TEXT.fr.noneOf(w))} enregistrée`} pour ${name} en ${y}.`,
    others: (n: string) => `Autres (${n} produits)`,
    of: (f: Flow) => `des ${LOWER.fr[f]}`,
    part: 'Part',
    led: "d'abord",
    colon: ' : ',
    semi: ' ; ',
    flow: 'Flux',
    value: 'Valeur',
    share: 'Part du flux',
    key: "Clé de lecture : l'aire de chaque rectangle est proportionnelle à sa valeur.",
  },
  en: {
    title: (w: Which) => `Main activities ${w === 'both' ? 'imported and exported' : `${w}ed`}`,
    noneOf: (f: Flow) => `no ${LOWER.en[f]}`,
    in: (y: number) => ` in ${y}`,
    recorded: (w: Which, name: string, y: number) => `No ${w === 'both' ? 'trade in goods' : LOWER.en[w]} recorded for ${name} in ${y}.`,
    others: (n: string) => `Others (${n} products)`,
    of: (f: Flow) => `of ${LOWER.en[f]}`,
    part: 'Share',
    led: 'led by',
    colon: ': ',
    semi: '; ',
    flow: 'Flow',
    value: 'Value',
    share: 'Share of flow',
    key: 'How to read: the area of each rectangle is proportional to its value.',
  },
};

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const otherFlow = (f: Flow): Flow => (f === 'import' ? 'export' : 'import');

/**
 * The report's "Principales activités à l'import et à l'export": one treemap with
 * a compartment per flow (imports in blue, exports in purple) whose area is the
 * flow's total, and a tile per A129 product whose area is its value. Products
 * beyond `limit` make one "Autres" tile per flow.
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
  static override modelProperties = ['limit', 'flow'];

  /** Products kept per flow; the others make one "Autres" tile. */
  @property({ type: Number }) limit = 10;
  /** "import" or "export" for one compartment; both when absent. */
  @property() flow?: Flow;

  private get x() {
    return TEXT[this.locale];
  }
  private get which(): Which {
    return this.flow === 'import' || this.flow === 'export' ? this.flow : 'both';
  }
  private euros(v: number): string {
    return formatEuros(v, this.locale);
  }
  private tile(key: string): Tile | undefined {
    return this.layout?.tiles.find((t) => t.key === key);
  }
  /** "Boissons", or "Autres (12 produits)". */
  private label(i: TreemapItem): string {
    return i.code === OTHER ? this.x.others(formatInteger(i.count, this.locale)) : i.label;
  }

  protected computeModel(data: TradeData, locale: Locale): TreemapModel {
    return aggregateTreemap(data, locale, { limit: this.limit, flow: this.flow });
  }

  protected computeLayout(model: TreemapModel, width: number, measure: Measure): TreemapLayout {
    return layoutTreemap(model, width, measure, { scale: parseFloat(getComputedStyle(this).fontSize) / 14 });
  }

  protected chartTitle(data: TradeData | undefined): string {
    const title = this.x.title(this.which);
    return data ? `${title}, ${territoryName(data.territory, this.locale)} (${data.year})` : title;
  }

  protected override emptyMessage(m: TreemapModel): string | undefined {
    return m.flows.every((f) => f.total <= 0) ? this.x.recorded(this.which, m.name, m.year) : undefined;
  }

  protected override estimatedHeight(width: number): number {
    return treemapHeight(width, this.which === 'both' && width < STACK_BELOW);
  }

  /** Exports first, as the report's sentence: "Gers, 2024 : exportations 593,3 M€, d'abord Boissons (32 %) ; importations …". */
  protected summary(m: TreemapModel): string {
    const x = this.x;
    const parts = [...m.flows].reverse().map((f) => {
      const top = f.items[0];
      return top ? `${LOWER[this.locale][f.flow]} ${f.totalText}, ${x.led} ${this.label(top)} (${top.shareText})` : x.noneOf(f.flow);
    });
    return `${m.name}, ${m.year}${x.colon}${parts.join(x.semi)}.`;
  }

  /** Per flow: the products kept, "Autres (N produits)", and the flow's total. */
  protected tableModel(m: TreemapModel): TableModel {
    const x = this.x;
    const total = (text: string, value?: number) => ({ text, value, className: 'total' });
    return {
      caption: this.chartTitle(this.data),
      columns: [{ label: this.t.product }, { label: x.flow }, { label: x.value, numeric: true }, { label: x.share, numeric: true }],
      rows: m.flows.flatMap((f) => [
        ...f.items.map((i) => [this.label(i), f.name, { text: this.euros(i.value), value: i.value }, { text: i.shareText, value: i.share }]),
        [total(`${this.t.total} ${x.of(f.flow)}`), f.name, total(f.totalText, f.total), total(f.total > 0 ? formatShare(1, this.locale) : '–')],
      ]),
    };
  }

  protected override renderCaption(): TemplateResult {
    return html`<p class="key">${this.x.key}</p>`;
  }

  protected override focusKeys(layout: TreemapLayout): string[] {
    return layout.tiles.map((t) => t.key);
  }

  /** Arrows move to the tile on that side, across compartments too. */
  protected override nextKey(current: string, key: string, keys: string[]): string | undefined {
    return key.startsWith('Arrow') && this.layout ? neighbour(this.layout.tiles, current, key) : super.nextKey(current, key, keys);
  }

  /** Product, value, share of the flow, and the same product's value in the other flow. */
  protected override tooltipContent(key: string): TemplateResult | undefined {
    const t = this.tile(key);
    if (!t) return undefined;
    const { flow, item } = t;
    return html`<strong>${this.label(item)}</strong><dl><dt>${this.t[flow]}</dt><dd>${this.euros(item.value)}</dd><dt>${this.x.part} ${this.x.of(flow)}</dt><dd>${item.shareText}</dd>${
      t.other ? nothing : html`<dt>${this.t[otherFlow(flow)]}</dt><dd>${this.euros(item.other)}</dd>`
    }</dl>`;
  }

  /** Above the tile, so that the tooltip does not hide its label. */
  protected override tooltipAnchor(key: string): Anchor | undefined {
    const t = this.tile(key);
    return t && { x: (t.x0 + t.x1) / 2, y: t.y0 };
  }

  /** "Autres" gathers several products: there is nothing to select. */
  protected override selectionFor(key: string): SelectDetail | undefined {
    const t = this.tile(key);
    return t && !t.other ? { kind: 'product', code: t.item.code, label: t.item.label, flow: t.flow } : undefined;
  }

  /** "Boissons, exportations : 200,0 M€, 67 % des exportations ; importations : 0 €". */
  private describe({ flow, item, other }: Tile): string {
    const x = this.x;
    const low = LOWER[this.locale];
    const own = `${this.label(item)}, ${low[flow]}${x.colon}${this.euros(item.value)}, ${item.shareText} ${x.of(flow)}`;
    return other ? own : `${own}${x.semi}${low[otherFlow(flow)]}${x.colon}${this.euros(item.other)}`;
  }

  protected renderChart(L: TreemapLayout, m: TreemapModel): TemplateResult {
    const sel = this.selected;
    const on = L.tiles.some((t) => t.item.code === sel);
    const ring = (t: Tile, d: number, cls: string) =>
      svg`<rect class=${cls} x=${t.x0 + d} y=${t.y0 + d} width=${Math.max(0, t.x1 - t.x0 - 2 * d)} height=${Math.max(0, t.y1 - t.y0 - 2 * d)}></rect>`;
    return html`<svg width=${L.width} height=${L.height} viewBox="0 0 ${L.width} ${L.height}" font-size=${L.headerSize}>${L.notes.map(
      (n) => svg`<text class="note" x=${n.x} y=${n.y}>${cap(this.x.noneOf(n.flow))}${this.x.in(m.year)}</text>`,
    )}${L.compartments.map((c) => {
      const f = m.flows.find((f) => f.flow === c.flow)!;
      const h = c.header;
      return svg`<rect class="sw ${c.flow}" x=${h.sx} y=${h.sy} width=${SWATCH} height=${SWATCH} rx="2"></rect><text class="head" x=${h.x} y=${h.y}><tspan class="n">${f.name}</tspan>${h.full ? ` — ${f.totalText}` : ''}</text>`;
    })}${L.tiles.map(
      (t) => svg`<g data-key=${t.key} part="tile-${t.flow}${t.other ? ' tile-other' : ''}" class=${classMap({ t: true, [t.flow]: true, other: t.other, sel: on && t.item.code === sel, dim: on && t.item.code !== sel })} role="button" tabindex=${this.tabIndexFor(t.key)} aria-label=${this.describe(t)} aria-disabled=${t.other ? 'true' : nothing}><rect class="f" x=${t.x0} y=${t.y0} width=${t.x1 - t.x0} height=${t.y1 - t.y0}></rect>${ring(t, 1.5, 'ring')}${ring(t, 3.75, 'ring2')}</g>`,
    )}<g class="labels" aria-hidden="true" font-size=${L.fontSize}>${L.tiles.map((t) =>
      t.lines.length
        ? svg`<text class=${on && t.item.code !== sel ? 'dim' : ''} data-for=${t.key}>${t.lines.map(([s, x, y]) => svg`<tspan x=${x} y=${y}>${s}</tspan>`)}</text>`
        : nothing,
    )}</g></svg>`;
  }
}

defineElement('trade-treemap', TradeTreemap);

declare global {
  interface HTMLElementTagNameMap {
    'trade-treemap': TradeTreemap;
  }
}
