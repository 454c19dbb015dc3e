import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { TradeData } from '../../data/contract.ts';
import { lazy } from '../../data/lazy.ts';
import type { Measure } from '../../layout/text.ts';
import type * as Downloads from './downloads.ts';
import type { InteractionController } from './controllers/interaction.ts';
import { ResizeController } from './controllers/resize.ts';
import { canvasMeasure, watchFonts } from './environment.ts';
import { renderEmpty, renderError, renderLoading, sizeSkeletons } from './render/states.ts';
import { renderSource } from './render/source.ts';
import { renderTable } from './render/table.ts';
import { renderToolbar, type DownloadKind } from './render/toolbar.ts';
import type { TableModel } from './table-model.ts';
import { TradeElement, type WidgetState } from './trade-element.ts';

/**
 * The base of every chart. Data flows one way: the loaded data makes a model
 * (`buildModel`, pure aggregation), the model and the width make a layout
 * (`buildLayout`, pure geometry), and `renderChart` draws the layout. The model is
 * made again when the data or a `modelProperties` property changes; the layout
 * when the model, the width, the language or the fonts change.
 *
 * Around the drawing, this class composes: the width (`ResizeController`), the
 * subclass's `InteractionController` (keyboard, pointer, tooltip, selection), and
 * the render modules of the title, toolbar, states, table alternative and source.
 *
 * @fires trade-select - A country or product was chosen (click, Enter or Space). detail: `{ kind, code, label, flow? }`.
 * @fires trade-render - The chart was drawn. detail: `{ width }`.
 *
 * @csspart toolbar - The toolbar.
 * @csspart chart - The chart area.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table.
 * @csspart caption - The line under the chart (totals, shares).
 * @csspart empty - The "nothing to show" message.
 */
export abstract class TradeChart<Model, Layout> extends TradeElement {
  static override properties: PropertyDeclarations = { tableOpen: { state: true }, menuOpen: { state: true } };
  /** Properties that change the model (`limit`, `flow`…). */
  static modelProperties: readonly string[] = [];

  /** The model of the data shown, and its layout at the current width. */
  model?: Model;
  layout?: Layout;

  protected tableOpen = false;
  protected menuOpen = false;
  /** Whether the chart is an SVG image that can be downloaded as SVG or PNG. */
  protected readonly drawsImage: boolean = true;
  protected abstract readonly interaction: InteractionController<Layout>;
  protected readonly size = new ResizeController(this, () => this.renderRoot.querySelector('.sizer'));
  #downloadError?: string;
  #measure?: Measure;
  #drawn = false;
  /** The width and language of the layout drawn. */
  #layoutKey = '';
  #stopWatchingFonts?: () => void;

  /** Aggregation: data → the chart's model. Pure. */
  protected abstract buildModel(data: TradeData): Model;
  /** Layout: model + width → geometry. Pure, given the text `measure`. */
  protected abstract buildLayout(model: Model, width: number, measure: Measure): Layout;
  /** Draws the layout. */
  protected abstract renderChart(layout: Layout, model: Model): TemplateResult;
  /** The title, with or without data (a generic title while loading). */
  protected abstract titleFor(data: TradeData | undefined): string;
  /** One sentence that says what the chart shows, for screen readers. */
  protected abstract describe(model: Model): string;
  /** The table alternative, with the same numbers as the chart. */
  protected abstract tableFor(model: Model): TableModel;
  /** Why there is nothing to draw (no imports, for instance), or undefined. */
  protected emptyMessage(_model: Model): string | undefined {
    return undefined;
  }
  /** A line under the title (totals, a legend). */
  protected renderSubtitle(_model: Model): TemplateResult | typeof nothing {
    return nothing;
  }
  /** Text under the chart (totals, shares). */
  protected renderCaption(_model: Model): TemplateResult | typeof nothing {
    return nothing;
  }
  /** The loading placeholder's height, close to the chart's so that nothing jumps. */
  protected placeholderHeight(_width: number): number {
    return 320;
  }

  override get state(): WidgetState {
    const status = this.loader.status;
    return status === 'ready' && this.model && this.emptyMessage(this.model) ? 'empty' : status;
  }

  /** The title as shown. */
  get chartTitleText(): string {
    return this.heading || this.titleFor(this.data);
  }

  /** A text measure in the widget's font, made again when web fonts arrive. */
  protected get measure(): Measure {
    return (this.#measure ??= canvasMeasure(getComputedStyle(this).fontFamily || 'sans-serif'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopWatchingFonts = watchFonts(() => {
      this.#measure = undefined;
      this.layout = undefined;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatchingFonts?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const modelProperties = (this.constructor as typeof TradeChart).modelProperties;
    const data = this.loader.status === 'ready' ? this.data : undefined;
    const newModel = changed.has('data') || modelProperties.some((name) => changed.has(name));
    if (newModel) this.model = data && this.buildModel(data);
    // With data and no width yet, after a first render: measured now (see ResizeController).
    if (this.model && this.hasUpdated) this.size.measureNow();
    const { width } = this.size;
    const drawable = this.model && width > 0 && !this.emptyMessage(this.model);
    // The layout holds text: a new language (once loaded) lays it out again.
    const layoutKey = `${width}|${this.t.lang}`;
    if (newModel || !this.layout || layoutKey !== this.#layoutKey) {
      this.layout = drawable ? this.buildLayout(this.model!, width, this.measure) : undefined;
      this.#layoutKey = layoutKey;
      this.#drawn = this.layout !== undefined;
    }
    this.interaction.layoutChanged(this.layout);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    sizeSkeletons(this.renderRoot);
    if (!this.#drawn) return;
    this.#drawn = false;
    this.emit('trade-render', { width: this.size.width });
  }

  protected override render(): TemplateResult {
    const { t, loader, model, layout } = this;
    const ids = {
      title: `${this.uid}-title`,
      summary: `${this.uid}-summary`,
      table: `${this.uid}-table`,
      menu: `${this.uid}-menu`,
    };
    const drawn = loader.status === 'ready' && model && layout ? model : undefined;
    const busy = loader.status === 'idle' || loader.status === 'loading';
    let body: TemplateResult;
    if (loader.status === 'error' && loader.error)
      body = renderError(loader.error, loader.errorUrl, t, this.errorContext);
    else if (model && this.state === 'empty') body = renderEmpty(this.emptyMessage(model));
    else if (!drawn || !layout) body = renderLoading(this.placeholderHeight(this.size.width || 320), busy, t);
    else body = this.#renderDrawing(layout, drawn, ids);
    const caption = drawn ? this.renderCaption(drawn) : nothing;
    return html`<div class="root ${this.colors.scheme}" part="base" lang=${t.lang} aria-busy=${busy}>
      <div class="sizer" aria-hidden="true"></div>
      <div class="header">
        <div class="titles">
          <div class="title" part="title" role="heading" aria-level=${this.headingLevel} id=${ids.title}>
            ${this.chartTitleText}
          </div>
          ${model && loader.status === 'ready' ? this.renderSubtitle(model) : nothing}
        </div>
        ${drawn && this.toolbar !== 'none' ? this.#renderToolbar(ids) : nothing}
      </div>
      ${body} ${caption === nothing ? nothing : html`<div class="caption" part="caption">${caption}</div>`}
      ${drawn ? renderTable(this.tableFor(drawn), ids.table, this.tableOpen) : nothing} ${renderSource(this.data, t)}
    </div>`;
  }

  #renderDrawing(layout: Layout, model: Model, ids: { title: string; summary: string }): TemplateResult {
    const { interaction } = this;
    const tip = interaction.tooltip();
    return html`<div
        class="chart"
        part="chart"
        role="group"
        aria-labelledby=${ids.title}
        aria-describedby=${ids.summary}
        @pointerover=${interaction.onPointerOver}
        @pointerleave=${interaction.onPointerLeave}
        @click=${interaction.onClick}
        @keydown=${interaction.onKeyDown}
        @focusin=${interaction.onFocusIn}
        @focusout=${interaction.onFocusOut}
      >
        ${this.renderChart(layout, model)}
        <div class="tooltip" part="tooltip" aria-hidden="true" ?hidden=${!tip}>${tip ?? nothing}</div>
      </div>
      <p class="sr-only" id=${ids.summary}>${this.describe(model)}</p>`;
  }

  #renderToolbar(ids: { table: string; menu: string }): TemplateResult {
    return renderToolbar({
      t: this.t,
      tableId: ids.table,
      menuId: ids.menu,
      tableOpen: this.tableOpen,
      menuOpen: this.menuOpen,
      images: this.drawsImage,
      downloadError: this.#downloadError,
      toggleTable: () => (this.tableOpen = !this.tableOpen),
      toggleMenu: (open = !this.menuOpen) => (this.menuOpen = open),
      download: (kind) => {
        this.menuOpen = false;
        this.#downloadError = undefined;
        this.download(kind).catch((error: Error) => {
          this.#downloadError = this.t.common.downloadFailed + error.message;
          this.requestUpdate();
        });
      },
    });
  }

  // --- Downloads, with the code loaded on the first one ---------------------------------

  #downloads = () => lazy<typeof Downloads>('components/base/downloads');

  /** The data table as CSV (UTF-8 with BOM; ";" and a decimal comma in French). */
  async toCsv(): Promise<string> {
    const [downloads] = await Promise.all([this.#downloads(), this.localization.ready]);
    if (!this.model) throw new Error('no data');
    return downloads.tableToCsv(this.tableFor(this.model), this.t.csv);
  }

  /** The chart as a self-contained SVG document, with its title, caption and source line. */
  async toSvg(): Promise<{ markup: string; width: number; height: number }> {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('.chart svg');
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    if (!svg || !root) throw new Error('no chart');
    const lines = [...this.renderRoot.querySelectorAll('.caption, .source')]
      .map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const style = getComputedStyle(root);
    const background = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? '#ffffff' : style.backgroundColor;
    const muted = style.getPropertyValue('--_muted').trim() || style.color;
    const colors = { text: style.color, muted, bg: background };
    return (await this.#downloads()).chartSvg(svg, { title: this.chartTitleText, lines }, style.fontFamily, colors);
  }

  /** The chart as a PNG, at twice the screen size by default. */
  async toPng(scale = 2): Promise<Blob> {
    const { markup, width, height } = await this.toSvg();
    return (await this.#downloads()).svgToPng(markup, width, height, scale);
  }

  /** Downloads the data (CSV) or the chart (SVG or PNG), as a file named after the title. */
  async download(kind: DownloadKind): Promise<void> {
    const downloads = await this.#downloads();
    const blob =
      kind === 'csv'
        ? new Blob([await this.toCsv()], { type: 'text/csv;charset=utf-8' })
        : kind === 'svg'
          ? new Blob([(await this.toSvg()).markup], { type: 'image/svg+xml' })
          : await this.toPng();
    downloads.download(blob, `${downloads.fileName(this.chartTitleText)}.${kind}`);
  }
}
