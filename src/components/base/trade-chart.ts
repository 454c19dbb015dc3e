import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { TradeData } from '../../data/contract.ts';
import type { Measure } from '../../layout/text.ts';
import type { InteractionController } from './controllers/interaction.ts';
import { ResizeController } from './controllers/resize.ts';
import { canvasMeasure, watchFonts, whenIdle } from './environment.ts';
import { page } from './printing.ts';
import { renderEmpty, renderError, renderLoading, sizeSkeletons } from './render/states.ts';
import { renderChartArea } from './render/chart.ts';
import { downloadFile, exportCsv, exportPng, exportSvg, type SvgFile } from './render/export.ts';
import { renderSource } from './render/source.ts';
import { renderTable, renderTablePlace } from './render/table.ts';
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
 * The chart is painted first; its table alternative follows in an idle period,
 * or at once when asked for (« Voir les données », the keyboard entering the
 * chart, print).
 *
 * @attr draw - "idle": drawn in an idle period once its data and width are known, rather than at once (at once
 *   for print or focus); what `<trade-report>` does below its first screen.
 *
 * @fires trade-select - A country or product was chosen (click, Enter or Space).
 *   detail: `{ kind, code, label, flow? }`.
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
  static override properties: PropertyDeclarations = {
    draw: {},
    tableOpen: { state: true },
    menuOpen: { state: true },
  };
  /** Properties that change the model (`limit`, `flow`…). */
  static modelProperties: readonly string[] = [];

  /** The model of the data shown, and its layout at the current width. */
  model?: Model;
  layout?: Layout;

  /**
   * "idle": the chart is drawn in an idle period after its data and width are
   * known, rather than at once (what `<trade-report>` does below its first screen,
   * so that its first screen is painted first and no task is long); at once when
   * printed or focused.
   */
  draw?: string;
  protected tableOpen = false;
  protected menuOpen = false;
  /** Whether the chart is an SVG image that can be downloaded as SVG or PNG. */
  protected readonly drawsImage: boolean = true;
  protected abstract readonly interaction: InteractionController<Layout>;
  protected readonly size: ResizeController = new ResizeController(this, () => this.renderRoot.querySelector('.sizer'));
  #downloadError?: string;
  #measure?: Measure;
  #drawn = false;
  /** The width and language of the layout drawn. */
  #layoutKey = '';
  /** The data the model was made from. */
  #modelData?: TradeData;
  #stopWatchingFonts?: () => void;
  /**
   * Whether an idle period has come since the chart had its data, or someone asked
   * for what waits for one (« Voir les données », the keyboard entering the chart,
   * print): the table alternative, which is not on the critical path (the chart is
   * painted first; downloads read the model, not the table), and with `draw="idle"`
   * the chart itself.
   */
  #idle = false;
  #cancelIdle?: () => void;
  readonly #wake = () => {
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
    if (this.#idle) return;
    this.#idle = true;
    this.requestUpdate();
  };
  /** The table and the summary sentence of the model and language drawn, made once for them. */
  #texts?: { model: Model; lang: string; table: TableModel; summary: string };

  /** Aggregation: data → the chart's model. Pure. */
  protected abstract buildModel(data: TradeData): Model;
  /**
   * Layout: model + width → geometry. Pure, given the text `measure`. Undefined
   * keeps the loading placeholder a moment longer (`<trade-partner>`, waiting for
   * comparison files already at hand, so as not to draw twice in one frame).
   */
  protected abstract buildLayout(model: Model, width: number, measure: Measure): Layout | undefined;
  /** Draws the layout. */
  protected abstract renderChart(layout: Layout, model: Model): TemplateResult;
  /** The title, with or without data (a generic title while loading). */
  protected abstract titleFor(data: TradeData | undefined): string;
  /** One sentence that says what the chart shows, for screen readers. */
  protected abstract describe(model: Model): string;
  /** The table alternative, with the same numbers as the chart. */
  protected abstract tableFor(model: Model): TableModel;
  /** Why there is nothing to draw (no imports, for instance), or undefined. */
  protected emptyMessage?(model: Model): string | undefined;
  /** A line under the title (totals, a legend). */
  protected renderSubtitle?(model: Model): TemplateResult | typeof nothing;
  /** Text under the chart (totals, shares, a key). */
  protected renderCaption?(model: Model): TemplateResult | string | typeof nothing;
  /** The loading placeholder's height, close to the chart's so that nothing jumps; 320 px by default. */
  protected placeholderHeight?(width: number): number;

  override get state(): WidgetState {
    const status = this.loader.status;
    return status === 'ready' && this.model && this.emptyMessage?.(this.model) ? 'empty' : status;
  }

  /** The title as shown. */
  get chartTitleText(): string {
    return this.heading || this.titleFor(this.data);
  }

  /** A text measure in the widget's font, made again when web fonts arrive. */
  protected get measure(): Measure {
    return (this.#measure ??= canvasMeasure(getComputedStyle(this).fontFamily || 'sans-serif'));
  }

  /**
   * The data the model was made from, which names its codes. Read only where there
   * is a model (drawing, tooltips, the table), and a model is only made from data.
   */
  protected get modelData(): TradeData {
    if (!this.#modelData) throw new Error('no model');
    return this.#modelData;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#wake);
    if (page.printing) this.#wake();
    this.#stopWatchingFonts = watchFonts(() => {
      this.#measure = undefined;
      this.layout = undefined;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#wake);
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
    this.#stopWatchingFonts?.();
  }

  /** The table and the summary of a model, in the language shown. */
  #textsOf(model: Model): { table: TableModel; summary: string } {
    const lang = this.t.lang;
    if (this.#texts?.model !== model || this.#texts.lang !== lang)
      this.#texts = { model, lang, table: this.tableFor(model), summary: this.describe(model) };
    return this.#texts;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const modelProperties = (this.constructor as typeof TradeChart).modelProperties;
    const data = this.loader.status === 'ready' ? this.data : undefined;
    const newModel = changed.has('data') || modelProperties.some((name) => changed.has(name));
    if (newModel) {
      this.#modelData = data;
      this.model = data && this.buildModel(data);
    }
    const { model } = this;
    // With data and no width yet, after a first render: measured now (see ResizeController).
    if (model && this.hasUpdated) this.size.measureNow();
    const { width } = this.size;
    // What waits for an idle period waits from the moment there is something to draw.
    if (model && width > 0 && !this.#idle) this.#cancelIdle ??= whenIdle(this.#wake);
    const drawable = model && width > 0 && !this.emptyMessage?.(model) && (this.#idle || this.draw !== 'idle');
    // The layout holds text: a new language (once loaded) lays it out again.
    const layoutKey = `${width}|${this.t.lang}`;
    if (newModel || !this.layout || layoutKey !== this.#layoutKey) {
      this.layout = drawable ? this.buildLayout(model, width, this.measure) : undefined;
      this.#layoutKey = layoutKey;
      this.#drawn = this.layout !== undefined;
    }
    this.interaction.layoutChanged(this.layout);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    sizeSkeletons(this.renderRoot);
    // Made while the page prints: measured now, not by the observer a frame later, and drawn.
    if (page.printing && this.model && !this.size.width) {
      this.size.measureNow();
      if (this.size.width) this.requestUpdate();
    }
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
    else if (model && this.state === 'empty') body = renderEmpty(this.emptyMessage?.(model));
    else if (!drawn || !layout) body = renderLoading(this.placeholderHeight?.(this.size.width || 320) ?? 320, busy, t);
    else {
      const tooltip = this.interaction.tooltip();
      const drawing = this.renderChart(layout, drawn);
      const { summary } = this.#textsOf(drawn);
      const area = { titleId: ids.title, summaryId: ids.summary, drawing, tooltip, summary };
      body = renderChartArea(area, this.interaction);
    }
    const caption = drawn ? (this.renderCaption?.(drawn) ?? nothing) : nothing;
    return html`<div
      class="root ${this.colors.scheme}"
      part="base"
      lang=${t.lang}
      aria-busy=${busy}
      @focusin=${this.#wake}
    >
      <div class="sizer" aria-hidden="true"></div>
      <div class="header">
        <div class="titles">
          <div class="title" part="title" role="heading" aria-level=${this.headingLevel} id=${ids.title}>
            ${this.chartTitleText}
          </div>
          ${model && loader.status === 'ready' ? (this.renderSubtitle?.(model) ?? nothing) : nothing}
        </div>
        ${drawn && this.toolbar !== 'none' ? this.#renderToolbar(ids) : nothing}
      </div>
      ${body} ${caption === nothing ? nothing : html`<div class="caption" part="caption">${caption}</div>`}
      ${drawn ? this.#renderTable(drawn, ids.table) : nothing} ${renderSource(this.data, t)}
    </div>`;
  }

  /** The table, or until it is built, its empty place (the toolbar's button controls it by id). */
  #renderTable(model: Model, id: string): TemplateResult {
    const built = this.#idle || this.tableOpen;
    return built ? renderTable(this.#textsOf(model).table, id, this.tableOpen) : renderTablePlace(id);
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
        this.download(kind).catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          this.#downloadError = this.t.common.downloadFailed + reason;
          this.requestUpdate();
        });
      },
    });
  }

  // --- Downloads (render/export.ts), with the code loaded on the first one ------------

  /** The data table as CSV (UTF-8 with BOM; ";" and a decimal comma in French). */
  async toCsv(): Promise<string> {
    return exportCsv(
      this.localization.ready,
      () => this.model && { table: this.tableFor(this.model), rules: this.t.csv, data: this.data, t: this.t },
    );
  }

  /** The chart as a self-contained SVG document, with its title, caption and source line. */
  async toSvg(): Promise<SvgFile> {
    return exportSvg(this);
  }

  /** The chart as a PNG, at twice the screen size by default. */
  async toPng(scale = 2): Promise<Blob> {
    return exportPng(await this.toSvg(), scale);
  }

  /** Downloads the data (CSV) or the chart (SVG or PNG), as a file named after the title. */
  async download(kind: DownloadKind): Promise<void> {
    return downloadFile(this, kind);
  }
}
