import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { TradeData } from '../../data/contract.ts';
import { TradeError } from '../../data/errors.ts';
import type { Lang } from '../../data/i18n/index.ts';
import { loadErrorTexts } from '../../data/i18n/error-texts.ts';
import { territoryName } from '../../data/i18n/names.ts';
import { loadIndex, loadJson } from '../../data/loader.ts';
import { indexUrl, resolveBase } from '../../data/urls.ts';
import { renderError, renderLoading, sizeSkeletons } from '../base/render/states.ts';
import { renderSource } from '../base/render/source.ts';
import { TradeElement } from '../base/trade-element.ts';
import { hasFolder } from '../base/controllers/related.ts';
import { defineElement } from '../base/define.ts';
import '../trade-balance/trade-balance.ts';
import '../trade-sankey/trade-sankey.ts';
import '../trade-summary/trade-summary.ts';
import '../trade-treemap/trade-treemap.ts';
import { loadProse, proseUrl, type ProseModule } from './prose.ts';
import { styles } from './styles.ts';
import type { Unfold } from './unfold.ts';

/**
 * A territory's whole foreign-trade portrait, as the ANCT / DGE report « Les
 * indicateurs clés : commerce extérieur »: its Territoires d'industrie, the key
 * figures, the introduction, the context and method notes, the balance by country
 * and the activities, the export and import flows with the region's and France's
 * for comparison, the exposure to the main partners, and the practical information;
 * where the page has `<trade-map>`, `<trade-trend>` and `<trade-partner>` (the
 * single-file script, the autoloader, or their modules), its maps, evolution and
 * first partner's profile too (the report does not import them). The texts fit the territory: a
 * department, a region, France or Monaco. The territory's file is fetched once and
 * handed to every chart; the region's and France's once each, through the shared
 * cache. A country or product chosen in one chart is highlighted in the others.
 * Its first screen (title, key figures, balance) is drawn at once; the charts below
 * it are made as they come near the viewport, else one group per idle period, and
 * drawn in idle periods (`draw="idle"`); off the screen they keep their width when
 * the report's changes, and are fitted to it one per idle period; all at once for
 * print.
 *
 * @summary The whole portrait of a department, a region or France, in one tag.
 * @tagname trade-report
 *
 * @attr texts - URL of a JSON file whose texts replace the built-in ones (same keys as `ReportProse`: `intro`,
 *   `context`, `method`, `balance`, `balanceKey`, `activities`, `export`, `exportKey`, `exportCompare`, `import`,
 *   `importKey`, `importCompare`, `exposure`, `practical`).
 *
 * @fires trade-select - From its charts: a country or product was chosen in one of them (the others light
 *   it up). detail: `{ kind, code, label, flow? }`.
 * @fires trade-render - From its charts, each time one is drawn. detail: `{ width }`.
 *
 * @csspart section - Each section of the report.
 */
export class TradeReport extends TradeElement {
  static override styles = [TradeElement.styles, styles];
  static override properties = {
    texts: {},
    years: { state: true },
    series: { state: true },
    custom: { state: true },
  };

  /** URL of a JSON file whose texts replace the built-in ones. */
  texts?: string;
  private years?: number[];
  /** Whether the data folder has series files (index.json's `series`): the « Évolution » section then shows. */
  private series = false;
  /** The `texts` file as fetched, when there is one: read as inert texts by the prose module. */
  private custom?: unknown;
  /** The texts, headings and their markup, in the language shown, once loaded. */
  #proseOf?: { lang: Lang; module: ProseModule };
  /** Why they could not be loaded. */
  #proseError?: TradeError;
  #customUrl?: string;
  #indexBase?: string;
  /**
   * What makes its charts below the first screen as they come near the viewport: set by its sections (unfold.ts).
   * @internal
   */
  declare unfold?: Unfold;
  /** Aborted when the report leaves the page: its own requests end with it. */
  #connection = new AbortController();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#connection = new AbortController();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection.abort();
    // Made again when the report is back in a page.
    this.#customUrl = this.#indexBase = undefined;
  }

  /** The report's texts come with its language: it switches to a language when both are there. */
  protected override prepareLanguage(lang: Lang): Promise<unknown> {
    return loadProse(lang).then(
      (module) => {
        this.#proseOf = { lang, module };
        this.#proseError = undefined;
      },
      // The error state says what failed: the texts' module, at its address.
      (error: unknown) => {
        this.#proseError = new TradeError('network', { url: proseUrl(lang), cause: error });
        return loadErrorTexts(lang);
      },
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const signal = this.#connection.signal;
    if (this.texts !== this.#customUrl) {
      const url = (this.#customUrl = this.texts);
      this.custom = undefined;
      if (url) {
        loadJson(url, (json) => json, { signal }).then(
          (texts) => {
            if (url === this.#customUrl) this.custom = texts;
          },
          (error: unknown) => {
            console.warn(`trade-widgets: the report's texts (${url}) could not be loaded`, error);
          },
        );
      }
    }
    const base = resolveBase(this.baseUrl);
    if (base !== this.#indexBase && !this.src) {
      this.#indexBase = base;
      loadIndex(indexUrl(base), { signal }).then(
        (index) => {
          this.years = index.years;
          this.series = index.series === true;
        },
        () => signal.aborted || (this.years = []),
      );
    }
  }

  /** The prose module of the language shown, once loaded. */
  get #module(): ProseModule | undefined {
    return this.#proseOf?.lang === this.t.lang ? this.#proseOf.module : undefined;
  }

  /** The sections, in the report's order, and their charts (sections.ts, with the texts). */
  #body(data: TradeData, module: ProseModule): [head: unknown, body: unknown[]] {
    return module.sections({
      html,
      nothing,
      uid: this.uid,
      level: this.headingLevel + 1,
      heading: this.heading,
      title: this.t.report.title,
      name: territoryName(data.territory, this.t),
      module,
      custom: this.custom,
      host: this,
      data,
      shared: {
        level: this.headingLevel + 2,
        theme: this.theme,
        toolbar: this.toolbar,
        lang: this.t.lang,
        // The folder its file came from (or `base-url`, for data given as a property): its charts find
        // the region's and France's files, the series and the maps there. None for a `src` file.
        baseUrl: hasFolder(this) ? resolveBase(this.baseUrl) : undefined,
      },
      series: this.series,
      years: this.years ?? [],
      pickYear: (year) => (this.year = year),
    });
  }

  protected override render(): TemplateResult {
    const { t, loader } = this;
    // Drawn once the data and the texts in the language shown are both there.
    const module = this.#module;
    const data = loader.status === 'ready' && module ? this.data : undefined;
    const error = loader.status === 'error' ? loader.error : this.#proseError;
    let body: unknown;
    let head: unknown = html`<div class="title" part="title" role="heading" aria-level=${this.headingLevel}>
      ${this.heading ?? t.report.title}
    </div>`;
    if (data && module) [head, body] = this.#body(data, module);
    else if (error) body = renderError(error, loader.error ? loader.errorUrl : error.url, t, this.errorContext);
    else body = renderLoading(1200, true, t);
    return html`<div
      class="root ${this.colors.scheme}"
      lang=${t.lang}
      part="base"
      aria-busy=${data || error ? 'false' : 'true'}
    >
      <div class="head">${head}</div>
      ${body} ${renderSource(this.data, t)}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    sizeSkeletons(this.renderRoot);
  }
}

defineElement('trade-report', TradeReport);

declare global {
  interface HTMLElementTagNameMap {
    'trade-report': TradeReport;
  }
}
