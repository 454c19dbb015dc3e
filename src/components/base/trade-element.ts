import { LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Flow, TradeData } from '../../data/contract.ts';
import { TradeError, isAbort } from '../../data/errors.ts';
import { formatEuros, formatShare } from '../../data/format.ts';
import { describeError, messages, resolveLocale, type Locale } from '../../data/i18n.ts';
import { DEFAULT_TIMEOUT_MS, MAX_BYTES, clearCache, loadRequest, requestFromQuery, type Request } from '../../data/loader.ts';
import { loadTranslation, translated } from '../../data/translations.ts';
import { isValidated, validateTradeData } from '../../data/validate.ts';
import { baseStyles } from './base.styles.ts';
import { lazy } from '../../data/lazy.ts';
import type * as Export from '../../lazy/export.ts';
import { canvasMeasure, observeWidth, pageScheme, watchFonts, watchScheme, type Measure, type Scheme } from './environment.ts';

export type WidgetState = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** `trade-select` detail. `code` and `label` are null when a selection is cleared. */
export interface SelectDetail {
  kind: 'country' | 'product';
  code: string | null;
  label: string | null;
  flow?: Flow;
}

export interface TableColumn {
  label: string;
  numeric?: boolean;
  /** For downloads: the raw `value` of this column's cells is whole euros ('eur') or a ratio shown as a percentage ('%'). */
  unit?: 'eur' | '%';
}
/** A cell's text as shown, and its raw value (euros, or a ratio) for downloads. */
export type TableCell = string | { text: string; value?: number; className?: string };
/** The accessible table alternative: the first cell of each row is its header. */
export interface TableModel {
  caption: string;
  columns: TableColumn[];
  rows: TableCell[][];
  footer?: TableCell[][];
}

/** Where a tooltip points, in chart pixels: above `y`, or from `below` down when there is no room above. */
export interface Anchor {
  x: number;
  y: number;
  below?: number;
}

let uid = 0;

/**
 * The base of every `trade-*` element: attributes to request, loading and its
 * states, locale, theme, size, keyboard and pointer interaction, tooltip, and the
 * accessible table alternative. A subclass supplies pure steps only:
 * `computeModel` (aggregate), `computeLayout` (geometry for a width), and the
 * templates that draw them.
 *
 * @attr src - URL of a data file; overrides `department`, `region` and `level`.
 * @attr department - INSEE department code ("32", "971"; "2A"/"2B" read as Corse, "20").
 * @attr region - INSEE region code ("76").
 * @attr level - "france" for the whole country.
 * @attr year - Year to show; the latest in `index.json` when absent.
 * @attr base-url - Folder holding `index.json` and the year folders; defaults to `data/` next to the script.
 * @attr lang - "fr" (default) or "en"; inherited from the closest `lang` in the page.
 * @attr theme - "light", "dark", or "auto" (default: DSFR `data-fr-theme` on <html>, then the system setting).
 * @attr selected - Code of a country or product to highlight.
 * @attr sync - "none" to ignore `trade-select` events sent by other widgets of the page.
 * @attr toolbar - "none" hides the toolbar (the data table stays available to assistive technology).
 * @attr heading - Replaces the chart's title.
 * @attr heading-level - ARIA level of the title (default 2).
 * @attr timeout - Time allowed to load a file, in ms (default 20000).
 *
 * Subclasses register with `defineElement(tag, Class)` and carry a `@tagname` JSDoc
 * tag, which the Custom Elements Manifest analyzer reads.
 *
 * @fires trade-load - Data loaded and validated. detail: `{ url, data }`.
 * @fires trade-error - Loading or validation failed. detail: `{ error, message }`.
 * @fires trade-select - A country or product was chosen (click, Enter or Space). detail: `{ kind, code, label, flow? }`; bubbles and is composed.
 * @fires trade-render - The chart was drawn. detail: `{ width }`.
 *
 * @csspart base - The widget's wrapper.
 * @csspart title - The chart title.
 * @csspart toolbar - The toolbar.
 * @csspart chart - The chart area.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table.
 * @csspart caption - The line under the chart (totals, shares).
 * @csspart source - The source line.
 * @csspart error - The error message.
 * @csspart empty - The "nothing to show" message.
 *
 * @cssprop [--trade-font-size=14px] - Base font size of the widget (px, not rem).
 * @cssprop [--trade-font-family=inherit] - Font family; the page's by default.
 * @cssprop [--trade-color-import=#000091] - Imports (DSFR blue France).
 * @cssprop [--trade-color-export=#a558a0] - Exports (DSFR purple glycine).
 * @cssprop [--trade-color-positive=#18753c] - Positive balance (DSFR success).
 * @cssprop [--trade-color-negative=#ce0500] - Negative balance (DSFR error).
 * @cssprop [--trade-color-highlight=#e1000f] - Highlighted flows (DSFR red Marianne).
 * @cssprop [--trade-color-link=#b7b7b7] - Other flows.
 * @cssprop [--trade-color-text=#161616] - Text.
 * @cssprop [--trade-color-muted=#666666] - Secondary text.
 * @cssprop [--trade-color-background=transparent] - Background.
 * @cssprop [--trade-color-surface=#ffffff] - Tooltip, buttons and messages.
 * @cssprop [--trade-color-border=#dddddd] - Borders and rules.
 * @cssprop [--trade-color-focus=#0a76f6] - Keyboard focus ring (DSFR focus).
 */
export abstract class TradeElement<Model = unknown, Layout = unknown> extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  /** Properties that change the model; a subclass lists its own (`limit`, `flow`, …). */
  static modelProperties: readonly string[] = [];
  /** Properties that change the layout only. */
  static layoutProperties: readonly string[] = [];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Reactive properties, declared without decorators (smaller bundle): attributes
   * first, then internal state. Subclasses add theirs the same way; Lit merges them.
   */
  static override properties: PropertyDeclarations = {
    src: {},
    department: {},
    region: {},
    level: {},
    year: {},
    baseUrl: { attribute: 'base-url' },
    theme: {},
    selected: {},
    sync: {},
    toolbar: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    timeout: { type: Number },
    width: { state: true },
    locale: { state: true },
    scheme: { state: true },
    status: { state: true },
    failure: { state: true },
    errorUrl: { state: true },
    tableOpen: { state: true },
    menuOpen: { state: true },
    activeKey: { state: true },
    focusKey: { state: true },
    fontVersion: { state: true },
    downloadError: { state: true },
  };

  /** URL of a data file; overrides `department`, `region` and `level`. */
  src?: string;
  /** INSEE department code ("32", "971"; "2A"/"2B" read as Corse, "20"). */
  department?: string;
  /** INSEE region code ("76"). */
  region?: string;
  /** "france" for the whole country. */
  level?: string;
  /** Year to show; the latest in `index.json` when absent. */
  year?: string;
  /** Folder holding `index.json` and the year folders; `data/` next to the script by default. */
  baseUrl?: string;
  /** "light", "dark", or "auto" (DSFR `data-fr-theme`, then the system setting). */
  theme?: 'auto' | 'light' | 'dark';
  /** Code of a country or product to highlight; follows `trade-select` events of the page unless `sync="none"`. */
  selected?: string;
  /** "none": ignore `trade-select` events sent by other widgets. */
  sync?: string;
  /** "none" hides the toolbar (the data table stays available to assistive technology). */
  toolbar?: string;
  /** Replaces the chart's title. */
  heading?: string;
  /** ARIA level of the title. */
  headingLevel = 2;
  /** Time allowed to load a file, in ms (20 000 by default). */
  timeout?: number;

  protected width = 0;
  protected locale: Locale = 'fr';
  protected scheme: Scheme = 'light';
  protected status: WidgetState = 'idle';
  private failure?: TradeError;
  protected errorUrl?: string;
  protected tableOpen = false;
  private menuOpen = false;
  /** The mark under the pointer or the keyboard focus: drives the tooltip and dimming. */
  protected activeKey?: string;
  /** The mark that takes Tab (roving tabindex). */
  protected focusKey?: string;
  private fontVersion = 0;
  /** Why the last download failed, shown in the toolbar. */
  protected downloadError?: string;

  /** Aborted when the element leaves the page (set before any update: Lit updates connected elements only). */
  protected connection!: AbortSignal;
  protected model?: Model;
  protected layout?: Layout;
  protected readonly uid = `tw${++uid}`;
  #data?: TradeData;
  #dataFromProperty = false;
  #loadController?: AbortController;
  #loadedUrl?: string;
  /** True until a first request was made: an element with no attributes says so. */
  #needsLoad = true;
  #cleanups: Array<() => void> = [];
  #measureFn?: Measure;
  #layoutDirty = false;

  /** The data shown: loaded from the attributes, or given as a property. */
  get data(): TradeData | undefined {
    return this.#data;
  }
  /** Gives the data directly (no fetch). It is validated like a loaded file; `undefined` goes back to the attributes. */
  set data(value: unknown) {
    const old = this.#data;
    this.#loadController?.abort();
    this.#data = undefined;
    if ((this.#dataFromProperty = value != null)) {
      try {
        this.#data = isValidated(value) ? (value as TradeData) : validateTradeData(value);
        this.failure = undefined;
        this.status = 'ready';
      } catch (e) {
        this.#fail(e, undefined);
      }
    } else this.#needsLoad = true;
    this.requestUpdate('data', old);
  }

  /** 'idle' | 'loading' | 'ready' | 'empty' | 'error'. */
  get state(): WidgetState {
    return this.status;
  }

  /** The error shown, when the state is 'error'. */
  get error(): TradeError | undefined {
    return this.failure;
  }

  /** The URL of the file shown, when it came from the network. */
  get dataUrl(): string | undefined {
    return this.#loadedUrl;
  }

  /** Fetches again, bypassing the cache (after a server error, for instance). */
  reload(): void {
    if (this.#loadedUrl) clearCache(this.#loadedUrl);
    if (this.errorUrl) clearCache(this.errorUrl);
    if (this.#dataFromProperty) return;
    this.#needsLoad = true;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = resolveLocale(this);
    this.scheme = this.#resolveScheme();
    if (this.hasUpdated) this.#observeSizer();
    const connection = new AbortController();
    this.connection = connection.signal;
    this.#cleanups.push(
      () => connection.abort(),
      watchScheme(() => {
        this.scheme = this.#resolveScheme();
      }),
      watchFonts(() => {
        this.fontVersion++;
      }),
    );
    document.addEventListener('trade-select', this.#onPageSelect);
    if (this.status === 'loading' && !this.#loadController) this.#needsLoad = true;
    if (this.#needsLoad) this.requestUpdate();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.#observeSizer();
  }

  /**
   * Width comes from a zero-height sizer at the top of the shadow root, not from
   * the host: drawing the chart changes the host's height, never the sizer's size,
   * so redrawing never re-triggers the observer ("ResizeObserver loop" errors).
   */
  #observeSizer(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    // Removed before its first update: observed once back in a page (connectedCallback).
    if (!sizer || !this.isConnected) return;
    this.#cleanups.push(
      observeWidth(sizer, (w) => {
        const width = Math.floor(w);
        if (width !== this.width) this.width = width;
      }),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const c of this.#cleanups) c();
    this.#cleanups = [];
    document.removeEventListener('trade-select', this.#onPageSelect);
    if (this.#loadController) {
      this.#loadController.abort();
      this.#loadController = undefined;
      this.#needsLoad = this.status === 'loading';
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.locale = resolveLocale(this);
    // After a failure, setting an attribute again retries, even to the same value.
    else if (old === value && this.status === 'error') this.reload();
  }

  // --- What a subclass provides ------------------------------------------------

  /** Aggregation: data → the chart's model. Pure. */
  protected abstract computeModel(data: TradeData, locale: Locale): Model;
  /** Layout: model + width → geometry. Pure. */
  protected abstract computeLayout(model: Model, width: number, measure: Measure): Layout;
  /** Draws the layout. */
  protected abstract renderChart(layout: Layout, model: Model): TemplateResult;
  /** The chart's title, with or without data (a generic title while loading). */
  protected abstract chartTitle(data: TradeData | undefined): string;
  /** One sentence that says what the chart shows, for screen readers. */
  protected abstract summary(model: Model): string;
  /** The table alternative, with the same numbers as the chart. */
  protected abstract tableModel(model: Model): TableModel;

  /** A message when there is nothing to draw (no imports, for instance), else undefined. */
  protected emptyMessage?(model: Model): string | undefined;
  /** A line under the title (totals, for instance). */
  protected renderSubtitle?(model: Model): TemplateResult | typeof nothing;
  /** Text under the chart (a caption with totals and shares, for instance). */
  protected renderCaption?(model: Model): TemplateResult | typeof nothing;
  /** Height of the loading placeholder, close to the chart's so that nothing jumps. */
  protected estimatedHeight(_width: number): number {
    return 320;
  }
  /** The focusable marks, in keyboard order. */
  protected focusKeys(_layout: Layout): string[] {
    return [];
  }
  /** Tooltip content for a mark. */
  protected tooltipContent?(key: string, model: Model): TemplateResult | undefined;
  /** Where the tooltip points, in chart pixels. */
  protected tooltipAnchor?(key: string, layout: Layout): Anchor | undefined;
  /** What choosing a mark selects. */
  protected selectionFor?(key: string, model: Model): SelectDetail | undefined;

  // --- Helpers for subclasses ----------------------------------------------------

  protected get t() {
    return messages(this.locale);
  }

  /** An element's text table: French as given, another language from its translation module. */
  protected tr<T>(name: string, fr: T): T {
    return translated<T>(this.locale, name) ?? fr;
  }

  /** An amount as the report writes it: "593,3 M€" (signed: "+11,5 M€", "−61,0 M€"). */
  protected eur(value: number, signed = false): string {
    return formatEuros(value, this.locale, { signed });
  }

  /** A share: "1,2 %". */
  protected pct(ratio: number): string {
    return formatShare(ratio, this.locale);
  }

  /** Table cells that keep their raw value for the CSV download. */
  protected money(value: number, signed = false): TableCell {
    return { text: this.eur(value, signed), value };
  }
  protected ratio(value: number): TableCell {
    return { text: this.pct(value), value };
  }

  /** Tooltip markup: a title, then label/value rows (falsy rows are skipped; a third item is a class for the value). */
  protected tip(title: unknown, rows: Array<readonly [string, string, string?] | false | undefined>): TemplateResult {
    return html`<strong>${title}</strong><dl>${rows.map((r) => (r ? html`<dt>${r[0]}</dt><dd class=${r[2] ?? ''}>${r[1]}</dd>` : nothing))}</dl>`;
  }

  /** Roving tabindex: only one mark is in the Tab order. */
  protected tabIndexFor(key: string): number {
    const current = this.focusKey ?? (this.layout ? this.focusKeys(this.layout)[0] : undefined);
    return key === current ? 0 : -1;
  }

  protected get measure(): Measure {
    return (this.#measureFn ??= canvasMeasure(getComputedStyle(this).fontFamily || 'sans-serif'));
  }

  // --- Lifecycle -------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    const requestProps = ['src', 'department', 'region', 'level', 'year', 'baseUrl', 'timeout'];
    if (!this.#dataFromProperty && (this.#needsLoad || requestProps.some((p) => changed.has(p)))) {
      // Removed before this update: nothing is fetched until it is back in a page.
      this.#needsLoad = !this.isConnected;
      if (!this.#needsLoad) this.#startLoad();
    }
    if (changed.has('theme')) this.scheme = this.#resolveScheme();
    const locale = this.locale;
    if (changed.has('locale') && locale !== 'fr' && !translated(locale, 'base')) {
      loadTranslation(locale).then((ok) => ok && locale === this.locale && this.requestUpdate('locale', 'fr'));
    }
    if (changed.has('fontVersion')) this.#measureFn = undefined;

    const ctor = this.constructor as typeof TradeElement;
    const data = this.#data;
    let modelChanged = false;
    if (changed.has('data') || changed.has('locale') || ctor.modelProperties.some((p) => changed.has(p))) {
      this.model = data ? this.computeModel(data, this.locale) : undefined;
      modelChanged = true;
      if (data && this.status !== 'error') {
        this.status = this.model && this.emptyMessage?.(this.model) ? 'empty' : 'ready';
      }
    }
    // Data to draw and no width yet, after a first render (while loading): measured
    // now, in this task, rather than in the width observer's first callback a frame
    // later (one layout pass fewer). Charts given their data before their first
    // render (the report's) wait for the observer, which measures them all in one
    // layout pass instead of one forced layout each.
    const sizer = this.renderRoot.querySelector('.sizer');
    if (!this.width && sizer && this.status === 'ready') this.width = Math.floor(sizer.getBoundingClientRect().width);
    const layoutInputs = modelChanged || changed.has('width') || changed.has('fontVersion') || ctor.layoutProperties.some((p) => changed.has(p));
    if (layoutInputs) {
      this.layout = this.model && this.width > 0 && this.status === 'ready' ? this.computeLayout(this.model, this.width, this.measure) : undefined;
      this.#layoutDirty = this.layout !== undefined;
      if (this.layout && this.focusKey && !this.focusKeys(this.layout).includes(this.focusKey)) this.focusKey = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The skeleton's height, set through the CSSOM: a style attribute would break under a strict CSP.
    const sk = this.renderRoot.querySelector<HTMLElement>('.skeleton');
    if (sk) sk.style.height = `${sk.dataset.height}px`;
    if (this.activeKey !== undefined) this.#placeTooltip();
    if (this.#layoutDirty) {
      this.#layoutDirty = false;
      this.emit('trade-render', { width: this.width });
    }
  }

  #resolveScheme(): Scheme {
    if (this.theme === 'dark' || this.theme === 'light') return this.theme;
    return pageScheme();
  }

  async #startLoad(): Promise<void> {
    this.#loadController?.abort();
    let req: Request;
    try {
      req = requestFromQuery({
        src: this.src,
        department: this.department,
        region: this.region,
        level: this.level,
        year: this.year,
        baseUrl: this.baseUrl,
      });
    } catch (e) {
      this.#loadController = undefined;
      this.#data = undefined;
      this.#fail(e, undefined);
      this.requestUpdate('data');
      return;
    }
    const controller = new AbortController();
    this.#loadController = controller;
    this.status = 'loading';
    this.failure = undefined;
    this.activeKey = undefined;
    const old = this.#data;
    this.#data = undefined;
    this.requestUpdate('data', old);
    try {
      // The data and, for another language than French, its translation, side by side.
      const [{ data, url }] = await Promise.all([loadRequest(req, { signal: controller.signal, timeout: this.#timeoutMs }), loadTranslation(this.locale)]);
      if (controller.signal.aborted) return;
      this.#loadController = undefined;
      this.#loadedUrl = url;
      this.errorUrl = undefined;
      this.#data = data;
      this.status = 'ready';
      this.requestUpdate('data', undefined);
      this.emit('trade-load', { url, data });
    } catch (e) {
      if (controller.signal.aborted || isAbort(e)) return;
      // Say what failed in the element's language.
      await loadTranslation(this.locale);
      if (controller.signal.aborted) return;
      this.#loadController = undefined;
      this.#fail(e, req.kind === 'src' ? req.url : undefined);
    }
  }

  get #timeoutMs(): number {
    return this.timeout! > 0 ? this.timeout! : DEFAULT_TIMEOUT_MS;
  }

  #fail(e: unknown, url: string | undefined): void {
    const error = e instanceof TradeError ? e : new TradeError('network', { url, cause: e });
    this.failure = error;
    this.errorUrl = error.url ?? url;
    this.status = 'error';
    this.emit('trade-error', { error, message: describeError(error, this.locale, this.#timeoutMs, MAX_BYTES) });
  }

  protected emit<T>(name: string, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: name === 'trade-select' }));
  }

  // --- Interaction -------------------------------------------------------------------

  #onPageSelect = (e: Event): void => {
    if (this.sync === 'none' || e.composedPath().includes(this)) return;
    const detail = (e as CustomEvent<SelectDetail>).detail;
    this.selected = detail?.code ?? undefined;
  };

  #keyFromEvent(e: Event): string | undefined {
    for (const node of e.composedPath()) {
      if (node === this) break;
      if (node instanceof Element && node.hasAttribute('data-key')) return node.getAttribute('data-key') ?? undefined;
    }
    return undefined;
  }

  /** Selects a mark (or clears the selection if it is the selected one) and tells the page. */
  protected choose(key: string): void {
    if (!this.model) return;
    const detail = this.selectionFor?.(key, this.model);
    if (!detail) return;
    const clearing = detail.code !== null && this.selected === detail.code;
    const sent: SelectDetail = clearing ? { ...detail, code: null, label: null } : detail;
    this.selected = sent.code ?? undefined;
    this.emit('trade-select', sent);
  }

  #onPointerOver = (e: PointerEvent) => {
    const key = this.#keyFromEvent(e);
    if (key !== this.activeKey) this.activeKey = key;
  };
  #onPointerLeave = () => {
    this.activeKey = undefined;
  };
  #onClick = (e: MouseEvent) => {
    const key = this.#keyFromEvent(e);
    if (key === undefined) return;
    // Only focusable marks take the Tab stop; a clicked link (not focusable) must not steal it.
    if (this.layout && this.focusKeys(this.layout).includes(key)) this.focusKey = key;
    this.choose(key);
  };
  #onFocusIn = (e: FocusEvent) => {
    const key = this.#keyFromEvent(e);
    if (key === undefined) return;
    if (this.layout && this.focusKeys(this.layout).includes(key)) this.focusKey = key;
    this.activeKey = key;
  };
  #onFocusOut = (e: FocusEvent) => {
    const next = e.relatedTarget as Node | null;
    const chart = this.renderRoot.querySelector('.chart');
    if (!next || !chart?.contains(next)) this.activeKey = undefined;
  };

  /** Next mark for a key press; a subclass may override for two-dimensional layouts. */
  protected nextKey(current: string, key: string, keys: string[]): string | undefined {
    // A step from the current mark: one, or to either end.
    const step = ({ ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -1e9, End: 1e9 } as Record<string, number>)[key];
    return step === undefined ? undefined : keys[Math.max(0, Math.min(keys.length - 1, keys.indexOf(current) + step))];
  }

  #onKeyDown = (e: KeyboardEvent) => {
    const current = this.#keyFromEvent(e);
    if (current === undefined || !this.layout) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.choose(current);
      return;
    }
    if (e.key === 'Escape') {
      if (this.activeKey !== undefined) this.activeKey = undefined;
      else if (this.selected !== undefined) {
        const detail = this.selectionFor?.(current, this.model!);
        this.selected = undefined;
        if (detail) this.emit('trade-select', { ...detail, code: null, label: null });
      }
      return;
    }
    const next = this.nextKey(current, e.key, this.focusKeys(this.layout));
    if (next === undefined) return;
    e.preventDefault();
    this.focusKey = next;
    this.activeKey = next;
    this.updateComplete.then(() => {
      const el = this.renderRoot.querySelector<HTMLElement | SVGElement>(`[data-key="${CSS.escape(next)}"]`);
      el?.focus();
    });
  };

  #placeTooltip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (!tip || !chart || tip.hidden || !this.layout || this.activeKey === undefined) return;
    const anchor = this.tooltipAnchor?.(this.activeKey, this.layout);
    if (!anchor) return;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const cw = chart.clientWidth;
    const x = Math.max(0, Math.min(cw - w, anchor.x - w / 2));
    const above = anchor.y - h - 8;
    const y = above >= 0 ? above : (anchor.below ?? anchor.y) + 8;
    tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  // --- Rendering -----------------------------------------------------------------------

  protected override render(): TemplateResult {
    const model = this.status === 'ready' || this.status === 'empty' ? this.model : undefined;
    const titleId = `${this.uid}-title`;
    const summaryId = `${this.uid}-summary`;
    const tableId = `${this.uid}-table`;
    // Drawn: the caption, the table and the toolbar come with the chart.
    const drawn = this.status === 'ready' && model;
    // Booleans bound to attributes are written "true" / "false".
    return html`<div
      class="root ${this.scheme}"
      part="base"
      lang=${this.locale}
      aria-busy=${busy(this.status)}
    >
      <div class="sizer" aria-hidden="true"></div>
      <div class="header">
        <div class="titles">
          <div class="title" part="title" role="heading" aria-level=${this.headingLevel} id=${titleId}>${this.chartTitleText}</div>
          ${model && this.renderSubtitle?.(model)}
        </div>
        ${this.toolbar !== 'none' && drawn ? this.renderToolbar(tableId) : nothing}
      </div>
      ${this.#renderBody(model, titleId, summaryId)}
      ${drawn ? this.#wrapCaption(this.renderCaption?.(drawn)) : nothing}
      ${drawn ? this.#renderTable(drawn, tableId) : nothing}
      ${this.renderSource()}
    </div>`;
  }

  protected renderToolbar(tableId: string): TemplateResult {
    const t = this.t;
    const menuId = `${this.uid}-menu`;
    const item = (label: string, kind: 'csv' | 'svg' | 'png') =>
      html`<li><button type="button" @click=${() => {
        this.menuOpen = false;
        this.downloadError = undefined;
        this.download(kind).catch((e: Error) => (this.downloadError = t.downloadFailed + e.message));
      }}>${label}</button></li>`;
    // The image items need a drawn chart (the key figures have none): looked for when the menu opens.
    return html`<div class="toolbar" part="toolbar" @keydown=${this.#onMenuKey}>
      <button type="button" aria-expanded=${this.tableOpen} aria-controls=${tableId} @click=${() => (this.tableOpen = !this.tableOpen)}>
        ${this.tableOpen ? t.hideData : t.showData}
      </button>
      <div class="menu">
        <button type="button" aria-expanded=${this.menuOpen} aria-controls=${menuId} @click=${() => (this.menuOpen = !this.menuOpen)}>
          ${t.download}
        </button>
        <ul id=${menuId} ?hidden=${!this.menuOpen}>
          ${item(t.downloadCsv, 'csv')}
          ${this.menuOpen && this.renderRoot.querySelector('.chart svg') ? [item(t.downloadSvg, 'svg'), item(t.downloadPng, 'png')] : nothing}
        </ul>
      </div>
      ${this.downloadError ? html`<p class="dl-error negative" role="alert">${this.downloadError}</p>` : nothing}
    </div>`;
  }

  #onMenuKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.menuOpen) {
      this.menuOpen = false;
      this.renderRoot.querySelector<HTMLElement>('.menu > button')?.focus();
    }
  };

  // --- Downloads ---------------------------------------------------------------------

  /** The title as shown. */
  get chartTitleText(): string {
    return this.heading || this.chartTitle(this.#data);
  }

  /** The download code, loaded on the first request for a file. */
  #export = () => lazy<typeof Export>('lazy/export');

  /** The data table as CSV (UTF-8 with BOM, ";" and decimal comma in French). */
  async toCsv(): Promise<string> {
    if (!this.model) throw new Error('no data');
    return (await this.#export()).tableToCsv(this.tableModel(this.model), this.locale);
  }

  /** The chart as a self-contained SVG document, with its title, caption and source line. */
  async toSvg(): Promise<{ markup: string; width: number; height: number }> {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('.chart svg');
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    if (!svg || !root) throw new Error('no chart');
    const lines = [...this.renderRoot.querySelectorAll('.caption, .source')].map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
    const cs = getComputedStyle(root);
    const bg = cs.backgroundColor === 'rgba(0, 0, 0, 0)' ? '#ffffff' : cs.backgroundColor;
    return (await this.#export()).chartSvg(svg, { title: this.chartTitleText, lines }, cs.fontFamily, { text: cs.color, muted: cs.getPropertyValue('--_muted').trim() || cs.color, bg });
  }

  /** The chart as a PNG at twice the screen size. */
  async toPng(scale = 2): Promise<Blob> {
    const { markup, width, height } = await this.toSvg();
    return (await this.#export()).svgToPng(markup, width, height, scale);
  }

  /** Downloads the data (CSV), or the chart (SVG or PNG), as a file named after the title. */
  async download(kind: 'csv' | 'svg' | 'png'): Promise<void> {
    const x = await this.#export();
    const blob =
      kind === 'csv'
        ? new Blob([await this.toCsv()], { type: 'text/csv;charset=utf-8' })
        : kind === 'svg'
          ? new Blob([(await this.toSvg()).markup], { type: 'image/svg+xml' })
          : await this.toPng();
    x.download(blob, `${x.fileName(this.chartTitleText)}.${kind}`);
  }

  /** The error, empty or loading markup; undefined once the chart can be drawn. */
  protected renderState(model: Model | undefined): TemplateResult | undefined {
    const t = this.t;
    if (this.status === 'error' && this.failure) {
      return html`<div class="message error" role="alert" part="error">
        <p><strong>${t.errorTitle}</strong></p>
        <p>${describeError(this.failure, this.locale, this.#timeoutMs, MAX_BYTES)}</p>
        ${this.errorUrl ? html`<p>${t.error.url}<code>${this.errorUrl}</code></p>` : nothing}
      </div>`;
    }
    if (this.status === 'empty' && model) {
      return html`<div class="message" role="status" part="empty"><p>${this.emptyMessage?.(model)}</p></div>`;
    }
    if (!model || !this.layout) {
      const h = this.estimatedHeight(this.width || 320);
      return html`<div class="chart" part="chart">
        <div class="skeleton" data-height=${h}></div>
        <p class="sr-only" role="status">${busy(this.status) ? t.loading : ''}</p>
      </div>`;
    }
    return undefined;
  }

  #renderBody(model: Model | undefined, titleId: string, summaryId: string): TemplateResult {
    const state = this.renderState(model);
    if (state || !model || !this.layout) return state!;
    const tip = this.activeKey !== undefined ? this.tooltipContent?.(this.activeKey, model) : undefined;
    return html`<div
        class="chart"
        part="chart"
        role="group"
        aria-labelledby=${titleId}
        aria-describedby=${summaryId}
        @pointerover=${this.#onPointerOver}
        @pointerleave=${this.#onPointerLeave}
        @click=${this.#onClick}
        @keydown=${this.#onKeyDown}
        @focusin=${this.#onFocusIn}
        @focusout=${this.#onFocusOut}
      >
        ${this.renderChart(this.layout, model)}
        <div class="tooltip" part="tooltip" aria-hidden="true" ?hidden=${!tip}>${tip ?? nothing}</div>
      </div>
      <p class="sr-only" id=${summaryId}>${this.summary(model)}</p>`;
  }

  #wrapCaption(caption: TemplateResult | typeof nothing | undefined): TemplateResult | typeof nothing {
    return !caption || caption === nothing ? nothing : html`<div class="caption" part="caption">${caption}</div>`;
  }

  #renderTable(model: Model, tableId: string): TemplateResult {
    const table = this.tableModel(model);
    const cell = (c: TableCell, i: number, header: boolean) => {
      const text = typeof c === 'string' ? c : c.text;
      const num = table.columns[i]?.numeric;
      const cls = `${num ? 'num ' : ''}${typeof c === 'string' ? '' : c.className ?? ''}`;
      return i === 0 || header ? html`<th scope=${header ? 'col' : 'row'} class=${cls}>${text}</th>` : html`<td class=${cls}>${text}</td>`;
    };
    return html`<div class="data-table ${this.tableOpen ? '' : 'sr-only'}" id=${tableId} part="table">
      <table>
        <caption>${table.caption}</caption>
        <thead>
          <tr>${table.columns.map((c, i) => cell(c.label, i, true))}</tr>
        </thead>
        <tbody>
          ${table.rows.map((r) => html`<tr>${r.map((c, i) => cell(c, i, false))}</tr>`)}
        </tbody>
        ${table.footer
          ? html`<tfoot>
              ${table.footer.map((r) => html`<tr>${r.map((c, i) => cell(c, i, false))}</tr>`)}
            </tfoot>`
          : nothing}
      </table>
    </div>`;
  }

  protected renderSource(): TemplateResult | typeof nothing {
    const data = this.#data;
    if (!data) return nothing;
    const t = this.t;
    const s = data.source;
    return html`<p class="source" part="source">
      ${t.sourcePrefix}<a href=${s.url} rel="noopener noreferrer" target="_blank">${s.name}</a>, ${data.year} — ${s.licence}.
      ${s.demo ? html`<strong>${t.demo}.</strong>` : nothing}
    </p>`;
  }
}

function busy(s: WidgetState): boolean {
  return s === 'loading' || s === 'idle';
}

/**
 * Registers an element unless the name is taken: two copies of the script on one
 * page (a CMS block and a theme, say) must not throw.
 */
export function defineElement(name: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, ctor);
}
