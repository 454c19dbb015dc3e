import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Flow, TradeData } from '../../data/contract.ts';
import { TradeError } from '../../data/errors.ts';
import { isMonaco } from '../../data/codes.ts';
import type { Lang } from '../../data/i18n/index.ts';
import { loadErrorTexts } from '../../data/i18n/error-texts.ts';
import { territoryName } from '../../data/i18n/names.ts';
import { loadIndex, loadJson } from '../../data/loader.ts';
import { indexUrl, resolveBase } from '../../data/urls.ts';
import { renderError, renderLoading, sizeSkeletons } from '../base/render/states.ts';
import { renderSource } from '../base/render/source.ts';
import { TradeElement } from '../base/trade-element.ts';
import { defineElement } from '../base/define.ts';
import '../trade-balance/trade-balance.ts';
import '../trade-sankey/trade-sankey.ts';
import '../trade-summary/trade-summary.ts';
import '../trade-treemap/trade-treemap.ts';
import { loadProse, proseUrl, type ProseContext, type ProseModule, type ReportProse } from './prose.ts';
import type { ReportTexts } from './texts.ts';
import { styles } from './styles.ts';

/** A comparison chart's territory: the department's region, or France. */
type Parent = { level: 'region'; code: string } | { level: 'france' };

/**
 * A territory's whole foreign-trade portrait, as the ANCT / DGE report « Les
 * indicateurs clés : commerce extérieur »: its Territoires d'industrie, the key
 * figures, the introduction, the context and method notes, the balance by country
 * and the activities, the export and import flows with the region's and France's
 * for comparison, and the practical information. The texts fit the territory: a
 * department, a region, France or Monaco. The territory's file is fetched once and
 * handed to every chart; the region's and France's once each, through the shared
 * cache. A country or product chosen in one chart is highlighted in the others.
 * Its first screen (title, key figures, balance) is drawn at once; the charts below
 * it in idle periods after (`draw="idle"`), one task each, and at once for print.
 *
 * @summary The whole portrait of a department, a region or France, in one tag.
 * @tagname trade-report
 *
 * @attr texts - URL of a JSON file whose texts replace the built-in ones (same keys as `ReportProse`: `intro`,
 *   `context`, `method`, `balance`, `balanceKey`, `activities`, `export`, `exportKey`, `exportCompare`, `import`,
 *   `importKey`, `importCompare`, `practical`).
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

  /** What the texts need to know of the territory. */
  #context(data: TradeData): ProseContext {
    const { territory, parents } = data;
    const kind = isMonaco(territory) ? 'monaco' : territory.level;
    const region = parents.region?.totals;
    // A region whose totals are the department's own has no other department (overseas, Corse).
    const soleDepartment = !!region && region.export === data.totals.export && region.import === data.totals.import;
    return { kind, year: data.year, soleDepartment };
  }

  #prose(data: TradeData, module: ProseModule): ReportProse {
    return { ...module.prose(this.#context(data)), ...module.readTexts(this.custom) };
  }

  /** The prose module of the language shown, once loaded. */
  get #module(): ProseModule | undefined {
    return this.#proseOf?.lang === this.t.lang ? this.#proseOf.module : undefined;
  }

  /** The report's title and, on a second line, "Territoires d’industrie – Gers (2024)". */
  #title(data: TradeData | undefined, texts: ReportTexts | undefined): TemplateResult {
    const { title } = this.t.report;
    if (this.heading) return html`${this.heading}`;
    if (!data || !texts) return html`${title}`;
    const industry = !!data.territoriesOfIndustry?.length;
    const subtitle = texts.subtitle(territoryName(data.territory, this.t), data.year, industry);
    return html`<span class="kicker">${title}</span><span class="sr-only"> — </span>
      <span class="territory">${subtitle}</span>`;
  }

  /** The attributes every chart of the report shares. */
  #shared() {
    return {
      level: this.headingLevel + 2,
      theme: this.theme ?? nothing,
      toolbar: this.toolbar ?? nothing,
      lang: this.t.lang,
    };
  }

  #chart(data: TradeData, tag: 'balance' | 'treemap' | 'summary'): TemplateResult {
    const { level, theme, toolbar, lang } = this.#shared();
    if (tag === 'balance') {
      return html`<trade-balance
        .data=${data}
        heading-level=${level}
        theme=${theme}
        toolbar=${toolbar}
        lang=${lang}
      ></trade-balance>`;
    }
    if (tag === 'treemap') {
      return html`<trade-treemap
        draw="idle"
        .data=${data}
        heading-level=${level}
        theme=${theme}
        toolbar=${toolbar}
        lang=${lang}
      ></trade-treemap>`;
    }
    return html`<trade-summary
      .data=${data}
      heading-level=${level}
      theme=${theme}
      toolbar=${toolbar}
      lang=${lang}
    ></trade-summary>`;
  }

  /**
   * The « Évolution » section's chart: `<trade-trend>`, year by year, from the territory's
   * series. Only where the data folder has series, and where the page has the element (the
   * single-file script, the autoloader, or its own module): the report does not import it.
   */
  #trend(data: TradeData): TemplateResult | undefined {
    if (!this.series || this.src || !customElements.get('trade-trend')) return undefined;
    const { level, theme, toolbar, lang } = this.#shared();
    const { territory } = data;
    return html`<trade-trend
      draw="idle"
      period="year"
      department=${territory.level === 'department' ? territory.code : nothing}
      region=${territory.level === 'region' ? territory.code : nothing}
      level=${territory.level === 'france' ? 'france' : nothing}
      base-url=${this.baseUrl ?? nothing}
      heading-level=${level}
      theme=${theme}
      toolbar=${toolbar}
      lang=${lang}
    ></trade-trend>`;
  }

  /** The territory's own Sankey (its data), or a comparison one (the region's or France's file). */
  #sankey(data: TradeData, flow: Flow, parent?: Parent): TemplateResult {
    const { level, theme, toolbar, lang } = this.#shared();
    return html`<trade-sankey
      draw="idle"
      flow=${flow}
      .data=${parent ? undefined : data}
      region=${parent?.level === 'region' ? parent.code : nothing}
      level=${parent?.level ?? nothing}
      year=${parent ? data.year : nothing}
      base-url=${(parent && this.baseUrl) ?? nothing}
      heading-level=${level}
      theme=${theme}
      toolbar=${toolbar}
      lang=${lang}
    ></trade-sankey>`;
  }

  /** The charts a flow's section compares the territory with: its region (unless it is the region) and France. */
  #parents(data: TradeData): Parent[] {
    const { territory } = data;
    if (territory.level === 'france' || this.src) return [];
    const region = territory.level === 'department' ? territory.region : undefined;
    const withRegion = region && !this.#context(data).soleDepartment;
    return [...(withRegion ? [{ level: 'region' as const, code: region.code }] : []), { level: 'france' }];
  }

  #yearPicker(year: number, texts: ReportTexts): TemplateResult | typeof nothing {
    const years = this.years ?? [];
    if (years.length < 2 || this.src) return nothing;
    return html`<label class="year"
      >${texts.year}
      <select @change=${(event: Event) => (this.year = (event.target as HTMLSelectElement).value)}>
        ${years.map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
      </select></label
    >`;
  }

  /** The sections, in the report's order, around the charts (sections.ts, with the texts). */
  #body(data: TradeData, module: ProseModule): unknown[] {
    const flow = (name: Flow) => ({
      own: this.#sankey(data, name),
      compared: this.#parents(data).map((parent) => this.#sankey(data, name, parent)),
    });
    return module.sections({
      html,
      uid: this.uid,
      level: this.headingLevel + 1,
      prose: this.#prose(data, module),
      texts: module.texts,
      territory: data.territory.level,
      industries: data.territoriesOfIndustry ?? [],
      charts: {
        summary: this.#chart(data, 'summary'),
        balance: this.#chart(data, 'balance'),
        treemap: this.#chart(data, 'treemap'),
        trend: this.#trend(data),
        flows: { export: flow('export'), import: flow('import') },
      },
    });
  }

  protected override render(): TemplateResult {
    const { t, loader } = this;
    // Drawn once the data and the texts in the language shown are both there.
    const module = this.#module;
    const data = loader.status === 'ready' && module ? this.data : undefined;
    const error = loader.status === 'error' ? loader.error : this.#proseError;
    let body: unknown;
    if (data && module) body = this.#body(data, module);
    else if (error) body = renderError(error, loader.error ? loader.errorUrl : error.url, t, this.errorContext);
    else body = renderLoading(1200, true, t);
    return html`<div class="root ${this.colors.scheme}" lang=${t.lang} part="base" aria-busy=${data ? 'false' : 'true'}>
      <div class="head">
        <div class="title" part="title" role="heading" aria-level=${this.headingLevel}>
          ${this.#title(data, module?.texts)}
        </div>
        ${data && module ? this.#yearPicker(data.year, module.texts) : nothing}
      </div>
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
