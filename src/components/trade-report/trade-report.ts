import { html, nothing, type TemplateResult } from 'lit';
import type { Flow, Level, TradeData } from '../../data/contract.ts';
import { territoryName } from '../../data/i18n.ts';
import { loadIndex, loadJson } from '../../data/loader.ts';
import { indexUrl, resolveBase } from '../../data/urls.ts';
import { TradeElement, defineElement, type TableModel } from '../base/trade-element.ts';
import '../trade-balance/trade-balance.ts';
import '../trade-sankey/trade-sankey.ts';
import '../trade-summary/trade-summary.ts';
import '../trade-treemap/trade-treemap.ts';
import { reportStyles } from './trade-report.styles.ts';

/** The French text; other languages come from their translation module (translations/<lang>.ts). */
const M = {
  title: 'Les indicateurs clés : commerce extérieur',
  year: 'Année',
  intro: 'Introduction',
  industry: 'Territoires d’industrie du département',
  method: 'Précisions méthodologiques',
  balance: 'Balance commerciale territoriale',
  activities: 'Activités',
  figures: 'Chiffres clés',
};
export type ReportText = typeof M;

/** The report's explanatory texts: paragraphs (a "- " paragraph is a list item, `**…**` is bold). */
export interface ReportTexts {
  intro?: string[];
  method?: string[];
  balance?: string[];
  balanceKey?: string;
  activities?: string[];
  export?: string[];
  exportKey?: string;
  exportCompare?: string;
  import?: string[];
  importKey?: string;
  importCompare?: string;
}

/** Texts files are plain JSON: only strings and arrays of strings are kept, as inert text. */
function checkTexts(json: unknown): ReportTexts {
  const out: Record<string, unknown> = {};
  if (json && typeof json === 'object') {
    for (const [k, v] of Object.entries(json)) {
      if (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))) out[k] = v;
    }
  }
  return out;
}

/** Paragraphs, with "- " paragraphs grouped in a list and `**…**` in bold. */
function paragraphs(list: string | string[] | undefined): TemplateResult[] {
  const bold = (s: string) => s.split('**').map((part, i) => (i % 2 ? html`<strong>${part}</strong>` : part));
  const out: TemplateResult[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) out.push(html`<ul>${items.map((i) => html`<li>${bold(i)}</li>`)}</ul>`);
    items = [];
  };
  for (const p of typeof list === 'string' ? [list] : list ?? []) {
    if (p.startsWith('- ')) items.push(p.slice(2));
    else flush(), out.push(html`<p>${bold(p)}</p>`);
  }
  flush();
  return out;
}

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
 * @csspart section - Each section of the report.
 */
export class TradeReport extends TradeElement<TradeData, number> {
  static override styles = [TradeElement.styles, reportStyles];
  static override properties = { texts: {}, years: { state: true }, copy: { state: true } };

  /** URL of the explanatory texts (JSON); `texts/report.<lang>.json` under the data folder by default. */
  texts?: string;
  private years?: number[];
  private copy: ReportTexts = {};
  private copyUrl?: string;

  private get m() {
    return this.tr('report', M);
  }

  protected computeModel(data: TradeData): TradeData {
    return data;
  }
  protected computeLayout(_: TradeData, width: number): number {
    return width;
  }
  protected renderChart(): TemplateResult {
    return html``;
  }
  protected summary(): string {
    return '';
  }
  protected tableModel(): TableModel {
    return { caption: '', columns: [], rows: [] };
  }
  protected chartTitle(data: TradeData | undefined): string {
    return data ? `${this.m.title} — ${territoryName(data.territory, this.locale)} (${data.year})` : this.m.title;
  }
  protected override estimatedHeight(): number {
    return 1200;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const base = resolveBase(this.baseUrl);
    const url = this.texts || `${base}texts/report.${this.locale}.json`;
    // These requests end when the report leaves the page; they are made again when it is back.
    const signal = this.connection;
    if (url !== this.copyUrl) {
      this.copyUrl = url;
      // Texts are optional: without them the report keeps its titles and charts.
      loadJson(url, checkTexts, { signal }).then(
        (t) => url === this.copyUrl && (this.copy = t),
        () => url === this.copyUrl && (signal.aborted ? (this.copyUrl = undefined) : (this.copy = {})),
      );
    }
    if (changed.has('baseUrl') || !this.years) {
      loadIndex(indexUrl(base), { signal }).then(
        (i) => (this.years = i.years),
        () => signal.aborted || (this.years = []),
      );
    }
  }

  /** The territory attributes of a chart: its own data, or the region's, or France's. */
  private chart(tag: 'balance' | 'treemap' | 'summary', flow?: Flow): TemplateResult {
    const d = this.data!;
    const h = this.headingLevel + 2;
    if (tag === 'balance') return html`<trade-balance .data=${d} heading-level=${h} theme=${this.theme ?? nothing} toolbar=${this.toolbar ?? nothing}></trade-balance>`;
    if (tag === 'treemap') return html`<trade-treemap .data=${d} heading-level=${h} theme=${this.theme ?? nothing} toolbar=${this.toolbar ?? nothing}></trade-treemap>`;
    return html`<trade-summary .data=${d} heading-level=${h} theme=${this.theme ?? nothing} toolbar=${this.toolbar ?? nothing} flow=${flow ?? nothing}></trade-summary>`;
  }

  private sankey(flow: Flow, level?: Level, code?: string): TemplateResult {
    const h = this.headingLevel + 2;
    return level
      ? html`<trade-sankey flow=${flow} region=${level === 'region' ? code! : nothing} level=${level} year=${this.data!.year} base-url=${this.baseUrl ?? nothing} heading-level=${h} theme=${this.theme ?? nothing} toolbar=${this.toolbar ?? nothing}></trade-sankey>`
      : html`<trade-sankey flow=${flow} .data=${this.data} heading-level=${h} theme=${this.theme ?? nothing} toolbar=${this.toolbar ?? nothing}></trade-sankey>`;
  }

  private section(id: string, title: string, body: unknown): TemplateResult {
    return html`<section part="section" class=${id} aria-labelledby="${this.uid}-${id}">
      <div role="heading" aria-level=${this.headingLevel + 1} class="h" id="${this.uid}-${id}">${title}</div>
      ${body}
    </section>`;
  }

  private flowSection(flow: Flow): TemplateResult {
    const d = this.data!;
    const c = this.copy;
    const region = d.territory.level === 'department' ? d.territory.region : undefined;
    const compare = d.territory.level !== 'france' && !this.src;
    return this.section(
      flow,
      this.t[flow],
      html`${paragraphs(c[flow])}${this.sankey(flow)}${paragraphs(c[`${flow}Key`])}
      ${compare
        ? html`${paragraphs(c[`${flow}Compare`])}${region ? this.sankey(flow, 'region', region.code) : nothing}${this.sankey(flow, 'france')}`
        : nothing}`,
    );
  }

  protected override render(): TemplateResult {
    const d = this.status === 'ready' || this.status === 'empty' ? this.data : undefined;
    const m = this.m;
    const c = this.copy;
    const years = this.years ?? [];
    return html`<div class="root ${this.scheme}" lang=${this.locale} part="base" aria-busy=${d ? 'false' : 'true'}>
      <div class="head">
        <div class="title" part="title" role="heading" aria-level=${this.headingLevel}>${this.heading || this.chartTitle(d)}</div>
        ${d && years.length > 1 && !this.src
          ? html`<label class="year">${m.year}
              <select @change=${(e: Event) => (this.year = (e.target as HTMLSelectElement).value)}>
                ${years.map((y) => html`<option value=${y} ?selected=${y === d.year}>${y}</option>`)}
              </select></label>`
          : nothing}
      </div>
      ${d
        ? html`${this.section('intro', m.intro, paragraphs(c.intro))}
          ${d.territoriesOfIndustry?.length
            ? this.section('industry', m.industry, html`<ul>${d.territoriesOfIndustry.map((n) => html`<li>${n}</li>`)}</ul>`)
            : nothing}
          ${this.section('method', m.method, paragraphs(c.method))}
          ${this.section('balance', m.balance, html`${paragraphs(c.balance)}${this.chart('balance')}${paragraphs(c.balanceKey)}`)}
          ${this.section('activities', m.activities, html`${paragraphs(c.activities)}${this.chart('treemap')}`)}
          ${this.flowSection('export')} ${this.flowSection('import')}
          ${this.section('figures', m.figures, this.chart('summary'))}`
        : this.renderState(undefined)}
      ${this.renderSource()}
    </div>`;
  }
}

defineElement('trade-report', TradeReport);

declare global {
  interface HTMLElementTagNameMap {
    'trade-report': TradeReport;
  }
}
