import { html, nothing, type TemplateResult } from 'lit';
import type { Flow, Rank, TradeData } from '../../data/contract.ts';
import { formatChange, formatEuros, formatRank, formatShare, type Locale } from '../../data/format.ts';
import { territoryName } from '../../data/i18n.ts';
import { keyFigures, type FlowFigures, type KeyFigures } from '../../data/summary.ts';
import { TradeElement, defineElement, type TableModel } from '../base/trade-element.ts';
import { summaryStyles } from './trade-summary.styles.ts';

const M = {
  fr: {
    title: 'Chiffres clés du commerce extérieur',
    balance: 'Solde commercial',
    surplus: 'Excédent',
    deficit: 'Déficit',
    even: 'Équilibre',
    ofRegion: (flow: Flow, name: string) => `des ${flow === 'export' ? 'exportations' : 'importations'} de la région ${name}`,
    ofFrance: (flow: Flow) => `des ${flow === 'export' ? 'exportations' : 'importations'} de la France`,
    since: (y: number) => `par rapport à ${y}`,
    rank: (r: Rank, level: string) => `${formatRank(r.rank, 'fr')} ${level === 'region' ? 'région' : 'département'} sur ${r.of}`,
    rankCol: 'Rang',
    figureCol: 'Indicateur',
    changeCol: (y: number) => `Évolution depuis ${y}`,
    regionCol: 'Part de la région',
    franceCol: 'Part de la France',
    valueCol: 'Valeur',
    empty: 'Aucun échange enregistré',
  },
  en: {
    title: 'Foreign trade key figures',
    balance: 'Trade balance',
    surplus: 'Surplus',
    deficit: 'Deficit',
    even: 'Balanced',
    ofRegion: (flow: Flow, name: string) => `of the ${name} region's ${flow}s`,
    ofFrance: (flow: Flow) => `of France's ${flow}s`,
    since: (y: number) => `on ${y}`,
    rank: (r: Rank, level: string) => `${formatRank(r.rank, 'en')} of ${r.of} ${level === 'region' ? 'regions' : 'departments'}`,
    rankCol: 'Rank',
    figureCol: 'Figure',
    changeCol: (y: number) => `Change since ${y}`,
    regionCol: 'Share of the region',
    franceCol: 'Share of France',
    valueCol: 'Value',
    empty: 'No trade recorded',
  },
};

interface Layout {
  /** Figures side by side (wide) or stacked (narrow, a CMS sidebar). */
  wide: boolean;
}

/**
 * The key figures of a territory's foreign trade: totals, shares of the region and
 * of France, change from the previous year, rank among departments (or regions),
 * and the balance. Compact enough for a CMS sidebar.
 *
 * @summary Key figures: totals, shares, change, rank, balance.
 * @tagname trade-summary
 *
 * @attr flow - "export" or "import" for one flow only; both (and the balance) by default.
 *
 * @csspart figure - Each key figure.
 * @csspart figure-export - The exports figure.
 * @csspart figure-import - The imports figure.
 * @csspart figure-balance - The balance figure.
 * @csspart value - The big numbers.
 */
export class TradeSummary extends TradeElement<KeyFigures, Layout> {
  static override styles = [TradeElement.styles, summaryStyles];
  static override modelProperties = ['flow'];
  static override properties = { flow: {} };

  flow?: 'export' | 'import';

  private get m() {
    return M[this.locale];
  }

  private get flows(): Flow[] {
    return this.flow === 'export' || this.flow === 'import' ? [this.flow] : ['export', 'import'];
  }

  protected computeModel(data: TradeData): KeyFigures {
    return keyFigures(data, this.flows);
  }

  protected computeLayout(_model: KeyFigures, width: number): Layout {
    return { wide: width >= 560 };
  }

  protected chartTitle(data: TradeData | undefined): string {
    return data ? `${this.m.title}, ${territoryName(data.territory, this.locale)} (${data.year})` : this.m.title;
  }

  protected override estimatedHeight(width: number): number {
    return width >= 560 ? 190 : this.flows.length === 1 ? 170 : 440;
  }

  protected override emptyMessage(model: KeyFigures): string | undefined {
    return model.flows.every((f) => f.value === 0) ? this.m.empty : undefined;
  }

  private balanceWord(v: number): string {
    return v > 0 ? this.m.surplus : v < 0 ? this.m.deficit : this.m.even;
  }

  protected summary(model: KeyFigures): string {
    const l = this.locale;
    const parts = model.flows.map((f) => {
      const shares = [f.regionShare !== undefined ? formatShare(f.regionShare, l) : '', f.franceShare !== undefined ? formatShare(f.franceShare, l) : '']
        .filter(Boolean)
        .join(' / ');
      return `${this.t[f.flow].toLowerCase()} ${formatEuros(f.value, l, { long: true })}${shares ? ` (${shares})` : ''}`;
    });
    if (model.flows.length === 2) parts.push(`${this.m.balance.toLowerCase()} ${formatEuros(model.balance.value, l, { signed: true, long: true })}`);
    return `${territoryName(model, l)}, ${model.year} : ${parts.join(', ')}.`;
  }

  protected tableModel(model: KeyFigures): TableModel {
    const l: Locale = this.locale;
    const m = this.m;
    const pct = (v?: number) => (v === undefined ? '–' : { text: formatShare(v, l), value: v });
    const change = (v?: number) => (v === undefined ? '–' : { text: formatChange(v, l), value: v });
    const rank = (r?: Rank) => (r ? `${formatRank(r.rank, l)} / ${r.of}` : '–');
    const rows = model.flows.map((f) => [this.t[f.flow], { text: formatEuros(f.value, l), value: f.value }, pct(f.regionShare), pct(f.franceShare), change(f.change), rank(f.rank)]);
    if (model.flows.length === 2) {
      const b = model.balance;
      rows.push([m.balance, { text: formatEuros(b.value, l, { signed: true }), value: b.value }, '–', '–', '–', rank(b.rank)]);
    }
    return {
      caption: this.chartTitle(this.data),
      columns: [
        { label: m.figureCol },
        { label: m.valueCol, numeric: true, unit: 'eur' },
        { label: m.regionCol, numeric: true, unit: '%' },
        { label: m.franceCol, numeric: true, unit: '%' },
        { label: model.previousYear ? m.changeCol(model.previousYear) : m.changeCol(model.year - 1), numeric: true, unit: '%' },
        { label: m.rankCol, numeric: true },
      ],
      rows,
    };
  }

  private renderFlow(f: FlowFigures, model: KeyFigures): TemplateResult {
    const l = this.locale;
    const m = this.m;
    const context: string[] = [];
    if (f.regionShare !== undefined && model.regionName) context.push(`${formatShare(f.regionShare, l)} ${m.ofRegion(f.flow, model.regionName)}`);
    if (f.franceShare !== undefined) context.push(`${formatShare(f.franceShare, l)} ${m.ofFrance(f.flow)}`);
    if (f.rank) context.push(m.rank(f.rank, model.level));
    return html`<div class="figure ${f.flow}" part="figure figure-${f.flow}">
      <p class="label">${this.t[f.flow]}</p>
      <p class="value" part="value">${formatEuros(f.value, l)}</p>
      ${this.renderChange(f.change, model.previousYear)}
      ${context.length ? html`<ul class="context">${context.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private renderChange(change: number | undefined, year: number | undefined): TemplateResult | typeof nothing {
    if (change === undefined || year === undefined) return nothing;
    const dir = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
    return html`<p class="change ${dir}"><span aria-hidden="true">${dir === 'up' ? '▲' : dir === 'down' ? '▼' : '='}</span> ${formatChange(change, this.locale)} ${this.m.since(year)}</p>`;
  }

  protected renderChart(layout: Layout, model: KeyFigures): TemplateResult {
    const b = model.balance;
    const l = this.locale;
    const sign = b.value > 0 ? 'positive' : b.value < 0 ? 'negative' : '';
    return html`<div class="figures ${layout.wide ? 'wide' : ''}">
      ${model.flows.map((f) => this.renderFlow(f, model))}
      ${model.flows.length === 2
        ? html`<div class="figure balance" part="figure figure-balance">
            <p class="label">${this.m.balance}</p>
            <p class="value ${sign}" part="value">${formatEuros(b.value, l, { signed: true })}</p>
            <ul class="context">
              <li>${this.balanceWord(b.value)}${b.previous !== undefined && model.previousYear ? ` · ${model.previousYear} : ${formatEuros(b.previous, l, { signed: true })}` : ''}</li>
              ${b.rank ? html`<li>${this.m.rank(b.rank, model.level)}</li>` : nothing}
            </ul>
          </div>`
        : nothing}
    </div>`;
  }
}

defineElement('trade-summary', TradeSummary);

declare global {
  interface HTMLElementTagNameMap {
    'trade-summary': TradeSummary;
  }
}
