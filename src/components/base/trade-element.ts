import { LitElement, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import type { TradeData } from '../../data/contract.ts';
import type { TradeError } from '../../data/errors.ts';
import { describeError, loadErrorTexts, type ErrorContext } from '../../data/i18n/error-texts.ts';
import type { Lang } from '../../data/i18n/index.ts';
import type { Translation } from '../../data/i18n/translation.ts';
import { DEFAULT_TIMEOUT_MS, MAX_BYTES, type FetchOptions, type Loaded, type Request } from '../../data/loader.ts';
import { DataController } from './controllers/data.ts';
import { LocaleController } from './controllers/locale.ts';
import { ThemeController } from './controllers/theme.ts';
import { baseStyles } from './styles.ts';

/** What a widget is doing: waiting for its first request, loading, drawn, with nothing to draw, or failed. */
export type WidgetState = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

let lastId = 0;

/**
 * The base of every `trade-*` element: the attributes that say which data to
 * show, and the behaviour composed in as controllers: loading (`DataController`),
 * language (`LocaleController`) and colour scheme (`ThemeController`). Charts
 * extend `TradeChart`, which adds size, interaction, the table alternative and the
 * downloads; `<trade-report>` extends this class and composes charts.
 *
 * @attr src - URL of a data file; overrides `department`, `region` and `level`.
 * @attr department - INSEE department code ("32", "971"; "2A"/"2B" read as Corse, "20").
 * @attr region - INSEE region code ("76").
 * @attr level - "france" for the whole country.
 * @attr year - Year to show; the latest in `index.json` when absent.
 * @attr base-url - Folder holding `index.json` and the year folders; defaults to `data/` next to the script.
 * @attr lang - "fr" (default) or "en"; inherited from the closest `lang` in the page, and followed when it changes.
 * @attr theme - "light", "dark", or "auto" (default: DSFR `data-fr-theme` on the page's root, then the system setting).
 * @attr selected - Code of a country or product to highlight.
 * @attr sync - "none" to ignore `trade-select` events sent by other widgets of the page.
 * @attr toolbar - "none" hides the toolbar (the data table stays available to assistive technology).
 * @attr heading - Replaces the title.
 * @attr heading-level - ARIA level of the title (default 2).
 * @attr timeout - Time allowed to load a file, in ms (default 20000).
 *
 * @fires trade-load - Data loaded and validated. detail: `{ url, data }`.
 * @fires trade-error - Loading or validation failed. detail: `{ error, message }`.
 *
 * @csspart base - The widget's wrapper.
 * @csspart title - The title.
 * @csspart source - The source line.
 * @csspart error - The error message.
 *
 * @cssprop [--trade-font-size=14px] - Base font size of the widget (px, not rem).
 * @cssprop [--trade-font-family=inherit] - Font family; the page's by default.
 */
export abstract class TradeElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

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
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

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
  /** Replaces the title. */
  heading?: string;
  /** ARIA level of the title. */
  headingLevel = 2;
  /** Time allowed to load a file, in ms (20 000 by default). */
  timeout?: number;

  // A widget showing an error switches language with its message.
  protected readonly localization: LocaleController = new LocaleController(this, (lang) =>
    this.loader.status === 'error'
      ? Promise.all([this.prepareLanguage?.(lang), loadErrorTexts(lang)])
      : this.prepareLanguage?.(lang),
  );
  protected readonly colors = new ThemeController(this, () => this.theme);
  protected readonly loader: DataController = new DataController(this, {
    query: () => ({
      src: this.src,
      department: this.department,
      region: this.region,
      level: this.level,
      year: this.year,
      baseUrl: this.baseUrl,
    }),
    timeout: () => this.errorContext.timeoutMs,
    languageReady: () => this.localization.ready,
    describe: (error) => describeError(error, this.t, this.errorContext),
    errorTextsReady: () => loadErrorTexts(this.localization.lang),
    load: this.loadData?.bind(this),
    validate: this.validateData?.bind(this),
  });
  /** A prefix for ids in the shadow root, unique in the page. */
  protected readonly uid = `tw${++lastId}`;

  /** The data shown: loaded from the attributes, or given as a property. */
  get data(): TradeData | undefined {
    return this.loader.data;
  }
  /**
   * Gives the data directly (no fetch). It is validated like a loaded file;
   * `undefined` goes back to the attributes.
   */
  set data(value: unknown) {
    this.loader.set(value);
  }

  /** 'idle' | 'loading' | 'ready' | 'empty' | 'error'. */
  get state(): WidgetState {
    return this.loader.status;
  }

  /** The error shown, when the state is 'error'. */
  get error(): TradeError | undefined {
    return this.loader.error;
  }

  /** The URL of the file shown, when it came from the network. */
  get dataUrl(): string | undefined {
    return this.loader.url;
  }

  /** Fetches again, bypassing the cache (after a server error, for instance). */
  reload(): void {
    this.loader.reload();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.localization.update();
    // After a failure, setting an attribute again retries, even to the same value.
    else if (old === value && this.loader.status === 'error') this.reload();
  }

  /** Also waits, after a failure, for the message to be said in words. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.loader.status !== 'error') return done;
    await this.loader.described;
    return super.getUpdateComplete();
  }

  /** Loads and validates another kind of file than the yearly one (`<trade-trend>`: a series). */
  protected loadData?(request: Request, options: FetchOptions): Promise<Loaded>;
  protected validateData?(value: unknown): TradeData;

  /** Loads what the widget needs in a language besides its translation (the report: its texts). */
  protected prepareLanguage?(lang: Lang): Promise<unknown> | undefined;

  /** The reader's language: every text the widget writes. */
  protected get t(): Translation {
    return this.localization.t;
  }

  /** The limits that error messages quote; `timeout` unset, or null once removed, is the default. */
  protected get errorContext(): ErrorContext {
    const timeout = this.timeout ?? 0;
    return { timeoutMs: timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS, maxBytes: MAX_BYTES };
  }

  /** Sends an event that bubbles out of the shadow roots; `trade-select` can be cancelled. */
  emit(name: string, detail: unknown): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: name === 'trade-select' }),
    );
  }
}
