import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Flow, TradeData } from '../../data/contract.ts';
import { formatEuros, formatShare } from '../../data/format.ts';
import { itemNameInTable, productName, territoryName } from '../../data/i18n/names.ts';
import type { Measure } from '../../layout/text.ts';
import { InteractionController } from '../base/controllers/interaction.ts';
import { lazy } from '../../data/lazy.ts';
import { RelatedController, hasFolder, loadFrance } from '../base/controllers/related.ts';
import { renderTooltip } from '../base/render/tooltip.ts';
import type { TableModel } from '../base/table-model.ts';
import { TradeChart } from '../base/trade-chart.ts';
import { defineElement } from '../base/define.ts';
import {
  STACK_BELOW,
  expectedHeight,
  layoutTreemap,
  type Compartment,
  type KeyEntry,
  type Tile,
  type TreemapLayout,
} from './layout.ts';
import { OTHER, flowsOf, otherFlow, treemapModel, type TreemapItem, type TreemapModel } from './model.ts';
import type * as Specialisation from './specialisation.ts';
import { styles } from './styles.ts';
import { treemapWords } from './texts.ts';

/**
 * The report's "Principales activités à l'import et à l'export": one treemap with
 * a compartment per flow (imports in blue, exports in purple) whose area is the
 * flow's total, and a tile per A129 product whose area is its value. Products
 * beyond `limit` make one "Autres" tile per flow. The arrow keys go through the
 * tiles in the table's order: imports, then exports, by decreasing value.
 * Each tile shows its label and share, shortened if need be; a tile too small
 * for text gets a number, keyed to a list under the tiles, which prints and
 * downloads with the chart.
 *
 * Against France (for a department or a region, once France's file for the same
 * year is loaded, after the chart is drawn): each product's share of France's flow
 * and the specialisation index, the ratio of the two shares (1: as in France), in
 * the tooltips and the table; a tile whose index is above 2 is marked ◆, with its
 * key under the chart.
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
 */
export class TradeTreemap extends TradeChart<TreemapModel, TreemapLayout> {
  static override styles = [TradeChart.styles, styles];
  static override properties = { flow: {}, limit: { type: Number }, france: { state: true } };
  static override modelProperties = ['limit', 'flow', 'france'];

  /** "import" or "export" for one compartment; both when absent. */
  flow?: Flow;
  /** Products kept per flow; the others make one "Autres" tile. */
  limit = 10;
  /** France's file for the same year, and the code that compares with it (specialisation.ts), once loaded. */
  private france?: { file: TradeData; module: typeof Specialisation };

  /** Where the data has a folder (not for a `src` file, nor for data given without `base-url`). */
  protected readonly franceFile = new RelatedController(
    this,
    async (data, options) => {
      const file = hasFolder(this) ? await loadFrance(data, this.baseUrl, options) : undefined;
      return file && { file, module: await lazy<typeof Specialisation>('components/trade-treemap/specialisation') };
    },
    (france) => (this.france = france),
  );

  protected readonly interaction = new InteractionController<TreemapLayout>(this, {
    keys: (layout) => layout.tiles.map((tile) => tile.key),
    // "Autres" gathers several products: there is nothing to select.
    select: (key) => {
      const tile = this.#tile(key);
      return tile && !tile.other
        ? { kind: 'product', code: tile.item.code, label: this.#itemLabel(tile.item), flow: tile.flow }
        : undefined;
    },
    // Product, value, share of the flow, and the same product's value in the other flow.
    tooltip: (key) => {
      const tile = this.#tile(key);
      if (!tile) return undefined;
      const { common, treemap } = this.t;
      return renderTooltip(this.#itemLabel(tile.item), [
        [common.flow[tile.flow], this.#euros(tile.item.value)],
        [treemap.shareOf(this.#flowInSentence(tile.flow)), tile.shareText],
        !tile.other && [common.flow[otherFlow(tile.flow)], this.#euros(tile.item.other)],
        ...(this.france?.module.tooltipLines(tile.item, this.t) ?? []),
      ]);
    },
    // Above the tile, so that the tooltip does not hide its label.
    anchor: (key, layout) => {
      const tile = layout.tiles.find((t) => t.key === key);
      return tile && { x: (tile.x0 + tile.x1) / 2, y: tile.y0 };
    },
  });

  #tile(key: string): Tile | undefined {
    return this.layout?.tiles.find((tile) => tile.key === key);
  }

  #euros(value: number): string {
    return formatEuros(value, this.t);
  }

  /** "importations", for sentences. */
  #flowInSentence(flow: Flow): string {
    return this.t.common.flow[flow].toLowerCase();
  }

  /** "Boissons", or "Autres (12 produits)". */
  #itemLabel(item: TreemapItem): string {
    return item.code === OTHER ? this.t.treemap.others(item.count) : productName(this.modelData, item.code, this.t);
  }

  /** As {@link #itemLabel}, marked in the table when the language has no name of its own. */
  #tableLabel(item: TreemapItem): string {
    return item.code === OTHER
      ? this.t.treemap.others(item.count)
      : itemNameInTable('product', this.modelData, item.code, this.t);
  }

  protected buildModel(data: TradeData): TreemapModel {
    const model = treemapModel(data, { limit: this.limit, flow: this.flow });
    return this.france ? this.france.module.specialise(model, this.france.file) : model;
  }

  protected buildLayout(model: TreemapModel, width: number, measure: Measure): TreemapLayout {
    const scale = parseFloat(getComputedStyle(this).fontSize) / 14;
    return layoutTreemap(model, width, measure, treemapWords(this.t, this.modelData), { scale });
  }

  protected titleFor(data: TradeData | undefined): string {
    return (
      this.t.treemap.title(flowsOf(this.flow)) +
      (data ? `, ${territoryName(data.territory, this.t)} (${data.year})` : '')
    );
  }

  /** "Aucune importation enregistrée pour Gers en 2024.", "Aucun échange de marchandises enregistré…". */
  protected override emptyMessage(model: TreemapModel): string | undefined {
    if (model.flows.some((flow) => flow.total)) return undefined;
    const onlyFlow = !model.flows[1] && model.flows[0].flow;
    return this.t.treemap.empty(onlyFlow, territoryName(model.territory, this.t), model.year);
  }

  protected override placeholderHeight(width: number): number {
    return expectedHeight(width, !!flowsOf(this.flow)[1] && width < STACK_BELOW);
  }

  /**
   * Exports first, as the report's sentence: "Gers, 2024 : exportations 593,3 M€,
   * d'abord Boissons (32 %) ; importations …".
   */
  protected describe(model: TreemapModel): string {
    const { t } = this;
    const parts = model.flows.map(({ flow, total, items }) => {
      const top = items.at(0);
      if (!top) return t.treemap.none(flow);
      const largest = `${t.treemap.ledBy} ${this.#itemLabel(top)} (${formatShare(top.share, t)})`;
      return `${this.#flowInSentence(flow)} ${this.#euros(total)}, ${largest}`;
    });
    const territory = `${territoryName(model.territory, t)}, ${model.year}`;
    return `${territory}${t.colon}${parts.reverse().join(t.listSeparator)}.`;
  }

  /** Per flow: the products kept, "Autres (N produits)", and the flow's total (in bold). */
  protected tableFor(model: TreemapModel): TableModel {
    const { common, treemap } = this.t;
    const [flowColumn, valueColumn, shareColumn] = treemap.columns;
    const money = (value: number) => ({ text: this.#euros(value), value });
    const ratio = (value: number) => ({ text: formatShare(value, this.t), value });
    // Against France: two more columns, once France's file is there.
    const compared = this.france?.module;
    const france = (item?: TreemapItem) => compared?.tableCells(item, this.t) ?? [];
    return {
      caption: this.chartTitleText,
      columns: [
        { label: common.product },
        { label: flowColumn },
        { label: valueColumn, numeric: true, unit: 'eur' },
        { label: shareColumn, numeric: true, unit: '%' },
        ...(compared?.tableColumns(this.t) ?? []),
      ],
      rows: model.flows.flatMap(({ flow, total, items }) => [
        ...items.map((item) => [
          this.#tableLabel(item),
          common.flow[flow],
          money(item.value),
          ratio(item.share),
          ...france(item),
        ]),
        [
          { text: `${common.total} ${treemap.ofFlow(this.#flowInSentence(flow))}`, className: 'total' },
          common.flow[flow],
          money(total),
          total ? ratio(1) : '–',
          ...france(),
        ],
      ]),
    };
  }

  /** Under the chart, where a tile is marked: what ◆ means. */
  protected override renderCaption(model: TreemapModel): string | typeof nothing {
    return this.france?.module.keyText(model, this.t) ?? nothing;
  }

  /**
   * Per tile: its rectangle and two rings inside it (the focus or the selection,
   * then a line of the surface colour that keeps the ring visible on the tile) in a
   * button named with the tooltip's figures ("Boissons, exportations : 200,0 M€,
   * 67 % des exportations ; importations : 0 €"); then its label, outside the
   * button (whose name would otherwise have to contain the label's text) and hidden
   * from assistive technology, which has the name. A tile too small for text has
   * its number there instead (when it fits), and a line of the key under the
   * tiles: a swatch of its flow's colour and "3. Métaux non ferreux — 0,97 %", also
   * hidden from assistive technology (the names and the table say it all). Plain
   * <text> placed with x and y, so that the PNG download draws them too.
   */
  protected renderChart(layout: TreemapLayout, model: TreemapModel): TemplateResult {
    const { t, selected } = this;
    const someSelected = layout.tiles.some((tile) => tile.item.code === selected);
    const box = (className: string, tile: Tile, inset: number) => {
      const width = Math.max(0, tile.x1 - tile.x0 - 2 * inset);
      const height = Math.max(0, tile.y1 - tile.y0 - 2 * inset);
      return svg`<rect class=${className} x=${tile.x0 + inset} y=${tile.y0 + inset}
        width=${width} height=${height}></rect>`;
    };
    const figure = (flow: Flow, value: number) => this.#flowInSentence(flow) + t.colon + this.#euros(value);
    const tileName = (tile: Tile) => {
      const share = `${tile.shareText} ${t.treemap.ofFlow(this.#flowInSentence(tile.flow))}`;
      const other = tile.other ? '' : t.listSeparator + figure(otherFlow(tile.flow), tile.item.other);
      const index = this.france?.module.nameSuffix(tile.item, t) ?? '';
      return `${this.#itemLabel(tile.item)}, ${figure(tile.flow, tile.item.value)}, ${share}${other}${index}`;
    };
    const tileClass = (tile: Tile) => {
      const highlight = someSelected ? (tile.item.code === selected ? ' selected' : ' dimmed') : '';
      return `tile ${tile.flow}${tile.other ? ' other' : ''}${highlight}`;
    };
    const header = ({ flow, name, totalText, header: { x, y, swatchX, swatchY, full } }: Compartment) => {
      const total = full ? ` — ${totalText}` : '';
      return svg`<rect class="swatch ${flow}" x=${swatchX} y=${swatchY} width="11" height="11" rx="2"></rect>
        <text class="head" x=${x} y=${y}><tspan class="flow-name">${name}</tspan>${total}</text>`;
    };
    const label = ({ lines, fontSize, number }: Tile) =>
      lines.length
        ? svg`<text aria-hidden="true" font-size=${fontSize}>${lines.map(
            ([text, x, y]) => svg`<tspan x=${x} y=${y}>${text}</tspan>`,
          )}</text>`
        : number?.drawn
          ? svg`<text aria-hidden="true" class="number" x=${number.x} y=${number.y} font-size=${number.fontSize}
              text-anchor="middle">${number.value}</text>`
          : nothing;
    const keyEntry = ({ flow, swatchY, lines }: KeyEntry) =>
      svg`<rect class="swatch ${flow}" x="0" y=${swatchY} width="11" height="11" rx="2"></rect>${lines.map(
        ([text, x, y]) => svg`<text x=${x} y=${y}>${text}</text>`,
      )}`;
    return html`<svg
      width=${layout.width}
      height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}"
      font-size=${layout.headerFontSize}
    >
      ${layout.notes.map((note) => svg`<text class="note" y=${note.y}>${t.treemap.note(note.flow, model.year)}</text>`)}
      ${layout.compartments.map(header)}
      ${layout.tiles.map(
        (tile) =>
          svg`<g data-key=${tile.key} part="tile-${tile.flow}${tile.other ? ' tile-other' : ''}"
            class=${tileClass(tile)} role="button" tabindex=${this.interaction.tabIndex(tile.key)}
            aria-disabled=${tile.other || nothing} aria-label=${tileName(tile)}
            >${box('fill', tile, 0)}${box('ring', tile, 1.5)}${box('ring-inner', tile, 3.75)}</g
          >${label(tile)}${this.france?.module.renderMark(svg, tile)}`,
      )}
      ${
        layout.key.length
          ? svg`<g class="key" aria-hidden="true" font-size=${layout.fontSize}>${layout.key.map(keyEntry)}</g>`
          : nothing
      }
    </svg>`;
  }
}

defineElement('trade-treemap', TradeTreemap);

declare global {
  interface HTMLElementTagNameMap {
    'trade-treemap': TradeTreemap;
  }
}
