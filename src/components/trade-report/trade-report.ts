import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Flow, TradeData } from '../../data/contract.ts';
import { territoryName } from '../../data/i18n/names.ts';
import { loadIndex, loadJson } from '../../data/loader.ts';
import { indexUrl, resolveBase } from '../../data/urls.ts';
import { renderError, renderLoading, sizeSkeletons } from '../base/render/states.ts';
import { renderSource } from '../base/render/source.ts';
import { TradeElement, defineElement } from '../base/trade-element.ts';
import '../trade-balance/trade-balance.ts';
import '../trade-sankey/trade-sankey.ts';
import '../trade-summary/trade-summary.ts';
import '../trade-treemap/trade-treemap.ts';
import { paragraphs, readTexts, type ReportProse } from './prose.ts';
import { styles } from './styles.ts';

/**
 * A territory's whole foreign-trade portrait, as the ANCT / DGE report « Les
 * indicateurs clés : commerce extérieur »: introduction, Territoires d'industrie,
 * method notes, the balance by country, the activities, the export and import
 * flows with the region's and France's for comparison, and the key figures. The
 * territory's file is fetched once and handed to every chart; the region's and
 * France's once each, through the shared cache. A country or product chosen in one
 * chart is highlighted in the others.
 *
 * @summary The whole departmental report in one tag.
 * @tagname trade-report
 *
 * @attr texts - URL of the explanatory texts (JSON); default `texts/report.<lang>.json` under the data folder.
 *
 * @fires trade-select - From its charts: a country or product was chosen in one of them (the others light
 *   it up). detail: `{ kind, code, label, flow? }`.
 * @fires trade-render - From its charts, each time one is drawn. detail: `{ width }`.
 *
 * @csspart section - Each section of the report.
 */
export class TradeReport extends TradeElement {
  static override styles = [TradeElement.styles, styles];
  static override properties = { texts: {}, years: { state: true }, prose: { state: true } };

  /** URL of the explanatory texts (JSON); `texts/report.<lang>.json` under the data folder by default. */
  texts?: string;
  private years?: number[];
  private prose: ReportProse = {};
  #proseUrl?: string;
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
    this.#proseUrl = this.#indexBase = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const base = resolveBase(this.baseUrl);
    const signal = this.#connection.signal;
    const url = this.texts || `${base}texts/report.${this.localization.lang}.json`;
    if (url !== this.#proseUrl) {
      this.#proseUrl = url;
      // Texts are optional: without them the report keeps its titles and charts.
      loadJson(url, readTexts, { signal }).then(
        (prose) => url === this.#proseUrl && (this.prose = prose),
        () => url === this.#proseUrl && !signal.aborted && (this.prose = {}),
      );
    }
    if (base !== this.#indexBase) {
      this.#indexBase = base;
      loadIndex(indexUrl(base), { signal }).then(
        (index) => (this.years = index.years),
        () => signal.aborted || (this.years = []),
      );
    }
  }

  #title(): string {
    const { title } = this.t.report;
    const data = this.loader.status === 'ready' ? this.data : undefined;
    return this.heading || (data ? `${title} — ${territoryName(data.territory, this.t)} (${data.year})` : title);
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

  #chart(tag: 'balance' | 'treemap' | 'summary'): TemplateResult {
    const { level, theme, toolbar, lang } = this.#shared();
    const data = this.data;
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

  /** The territory's own Sankey (its data), or a comparison one (the region's or France's file). */
  #sankey(
    data: TradeData,
    flow: Flow,
    parent?: { level: 'region'; code: string } | { level: 'france' },
  ): TemplateResult {
    const shared = this.#shared();
    if (!parent) {
      return html`<trade-sankey
        flow=${flow}
        .data=${data}
        heading-level=${shared.level}
        theme=${shared.theme}
        toolbar=${shared.toolbar}
        lang=${shared.lang}
      ></trade-sankey>`;
    }
    return html`<trade-sankey
      flow=${flow}
      region=${parent.level === 'region' ? parent.code : nothing}
      level=${parent.level}
      year=${data.year}
      base-url=${this.baseUrl ?? nothing}
      heading-level=${shared.level}
      theme=${shared.theme}
      toolbar=${shared.toolbar}
      lang=${shared.lang}
    ></trade-sankey>`;
  }

  #section(id: string, title: string, body: unknown): TemplateResult {
    return html`<section part="section" class=${id} aria-labelledby="${this.uid}-${id}">
      <div role="heading" aria-level=${this.headingLevel + 1} class="heading" id="${this.uid}-${id}">${title}</div>
      ${body}
    </section>`;
  }

  #flowSection(data: TradeData, flow: Flow): TemplateResult {
    const { prose } = this;
    const region = data.territory.level === 'department' ? data.territory.region : undefined;
    const compare = data.territory.level !== 'france' && !this.src;
    const regionSankey = region ? this.#sankey(data, flow, { level: 'region', code: region.code }) : nothing;
    const comparisons = compare
      ? html`${paragraphs(prose[`${flow}Compare`])}${regionSankey}${this.#sankey(data, flow, { level: 'france' })}`
      : nothing;
    return this.#section(
      flow,
      this.t.common.flow[flow],
      html`${paragraphs(prose[flow])}${this.#sankey(data, flow)}${paragraphs(prose[`${flow}Key`])} ${comparisons}`,
    );
  }

  #yearPicker(year: number): TemplateResult | typeof nothing {
    const years = this.years ?? [];
    if (years.length < 2 || this.src) return nothing;
    return html`<label class="year"
      >${this.t.report.year}
      <select @change=${(event: Event) => (this.year = (event.target as HTMLSelectElement).value)}>
        ${years.map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
      </select></label
    >`;
  }

  protected override render(): TemplateResult {
    const { t, loader, prose } = this;
    const data = loader.status === 'ready' ? this.data : undefined;
    const { sections } = t.report;
    let body: unknown;
    if (data) {
      const industry = data.territoriesOfIndustry?.length
        ? this.#section(
            'industry',
            sections.industry(data.territory.level),
            html`<ul>
              ${data.territoriesOfIndustry.map((name) => html`<li>${name}</li>`)}
            </ul>`,
          )
        : nothing;
      const balance = html`${paragraphs(prose.balance)}${this.#chart('balance')}${paragraphs(prose.balanceKey)}`;
      const activities = html`${paragraphs(prose.activities)}${this.#chart('treemap')}`;
      body = html`${this.#section('intro', sections.intro, paragraphs(prose.intro))} ${industry}
      ${this.#section('method', sections.method, paragraphs(prose.method))}
      ${this.#section('balance', sections.balance, balance)}
      ${this.#section('activities', sections.activities, activities)} ${this.#flowSection(data, 'export')}
      ${this.#flowSection(data, 'import')} ${this.#section('figures', sections.figures, this.#chart('summary'))}`;
    } else if (loader.status === 'error' && loader.error) {
      body = renderError(loader.error, loader.errorUrl, t, this.errorContext);
    } else {
      body = renderLoading(1200, true, t);
    }
    return html`<div class="root ${this.colors.scheme}" lang=${t.lang} part="base" aria-busy=${data ? 'false' : 'true'}>
      <div class="head">
        <div class="title" part="title" role="heading" aria-level=${this.headingLevel}>${this.#title()}</div>
        ${data ? this.#yearPicker(data.year) : nothing}
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
