import { html, nothing, type TemplateResult } from 'lit';
import type { Flow, Rank, TradeData } from '../../data/contract.ts';
import { formatChange, formatRank } from '../../data/format.ts';
import { territoryName } from '../../data/i18n.ts';
import { keyFigures, type FlowFigures, type KeyFigures } from '../../data/summary.ts';
import { TradeElement, defineElement, type TableModel } from '../base/trade-element.ts';
import { summaryStyles } from './trade-summary.styles.ts';

/** The French text; other languages come from their translation module (translations/<lang>.ts). */
const M = {
  title: 'Chiffres clés du commerce extérieur',
  balance: 'Solde commercial',
  words: ['Déficit', 'Équilibre', 'Excédent'],
  of: (flow: string, where: string) => `des ${flow.toLowerCase()} de ${where}`,
  region: 'la région ',
  france: 'la France',
  since: 'par rapport à ',
  colon: '\u00a0: ',
  rank: (r: Rank, region: boolean) => `${formatRank(r.rank, 'fr')} ${region ? 'région' : 'département'} sur ${r.of}`,
  cols: ['Indicateur', 'Valeur', 'Part de la région', 'Part de la France', 'Évolution depuis ', 'Rang'],
  empty: 'Aucun échange enregistré',
};
export type SummaryText = typeof M;

/**
 * The key figures of a territory's foreign trade: totals, shares of the region and
 * of France, change from the previous year, rank among departments (or regions),
 * and the balance. Compact enough for a CMS sidebar: the figures sit side by side
 * when there is room and stack when there is not.
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
export class TradeSummary extends TradeElement<KeyFigures, number> {
  static override styles = [TradeElement.styles, summaryStyles];
  static override modelProperties = ['flow'];
  static override properties = { flow: {} };

  /** "export" or "import" for one flow's figures; both, with the balance, when absent. */
  flow?: 'export' | 'import';

  private get m() {
    return this.tr('summary', M);
  }

  protected computeModel(data: TradeData): KeyFigures {
    return keyFigures(data, this.flow === 'export' || this.flow === 'import' ? [this.flow] : undefined);
  }

  protected computeLayout(_: KeyFigures, width: number): number {
    return width;
  }

  protected chartTitle(data: TradeData | undefined): string {
    return data ? `${this.m.title}, ${territoryName(data.territory, this.locale)} (${data.year})` : this.m.title;
  }

  /**
   * The figures' grid as the styles lay it out, in em: columns of at least 12 em
   * with 0.75 em gaps; a flow's figure is 10.4 em tall (12.9 em when its context
   * lines wrap, in columns under 17 em), the balance's 7.9 em.
   */
  protected override estimatedHeight(width: number): number {
    const em = parseFloat(getComputedStyle(this).fontSize) || 14;
    const w = width / em + 0.75;
    const cols = this.flow ? 1 : Math.min(3, Math.max(1, Math.floor(w / 12.75)));
    const f = w / cols < 17.75 ? 12.92 : 10.42;
    // One row; two (the flows, then the balance); or three; the balance is the lowest figure.
    return em * (cols > 2 || this.flow ? f : cols > 1 ? f + 8.67 : 2 * f + 9.42);
  }

  protected override emptyMessage(k: KeyFigures): string | undefined {
    return k.flows.every((f) => f.value === 0) ? this.m.empty : undefined;
  }

  /** The context lines of a flow: share of the region, of France, rank. */
  private context(f: FlowFigures, k: KeyFigures): string[] {
    const m = this.m;
    const flow = this.t[f.flow];
    return [
      f.regionShare !== undefined && k.regionName && `${this.pct(f.regionShare)} ${m.of(flow, m.region + k.regionName)}`,
      f.franceShare !== undefined && `${this.pct(f.franceShare)} ${m.of(flow, m.france)}`,
      f.rank && m.rank(f.rank, k.level === 'region'),
    ].filter((x): x is string => !!x);
  }

  protected summary(k: KeyFigures): string {
    const both = k.flows.length > 1;
    const parts = k.flows.map((f) => `${this.t[f.flow]} ${this.eur(f.value)}${f.regionShare !== undefined ? ` (${this.context(f, k)[0]})` : ''}`);
    if (both) parts.push(`${this.m.balance} ${this.eur(k.balance.value, true)}`);
    return `${territoryName(k, this.locale)}, ${k.year} : ${parts.join(' ; ')}.`;
  }

  protected tableModel(k: KeyFigures): TableModel {
    const c = this.m.cols;
    const cell = (v: number | undefined, s?: string) => (v === undefined ? '–' : { text: s ?? this.pct(v), value: v });
    const rank = (r?: Rank) => (r ? `${formatRank(r.rank, this.locale)} / ${r.of}` : '–');
    const rows = k.flows.map((f) => [this.t[f.flow], this.money(f.value), cell(f.regionShare), cell(f.franceShare), cell(f.change, f.change !== undefined ? formatChange(f.change, this.locale) : ''), rank(f.rank)]);
    if (k.flows.length > 1) rows.push([this.m.balance, this.money(k.balance.value, true), '–', '–', '–', rank(k.balance.rank)]);
    return {
      caption: this.chartTitleText,
      columns: c.map((label, i) => ({ label: i === 4 ? label + (k.previousYear ?? k.year - 1) : label, numeric: i > 0, unit: i === 1 ? 'eur' : i > 1 && i < 5 ? '%' : undefined })),
      rows,
    };
  }

  private figure(kind: Flow | 'balance', label: string, value: string, cls: string, change: unknown, lines: string[]): TemplateResult {
    return html`<div class="figure ${kind}" part="figure figure-${kind}">
      <p class="label">${label}</p>
      <p class="value ${cls}" part="value">${value}</p>
      ${change}
      ${lines.length ? html`<ul>${lines.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
    </div>`;
  }

  protected renderChart(_: number, k: KeyFigures): TemplateResult {
    const m = this.m;
    const b = k.balance;
    const sign = Math.sign(b.value);
    const change = (c?: number) =>
      c !== undefined && k.previousYear
        ? html`<p class="change"><span aria-hidden="true">${c > 0 ? '▲' : c < 0 ? '▼' : '='}</span> ${formatChange(c, this.locale)} ${m.since}${k.previousYear}</p>`
        : nothing;
    return html`<div class="figures">
      ${k.flows.map((f) => this.figure(f.flow, this.t[f.flow], this.eur(f.value), '', change(f.change), this.context(f, k)))}
      ${k.flows.length > 1
        ? this.figure('balance', m.balance, this.eur(b.value, true), ['negative', '', 'positive'][sign + 1], nothing, [
            m.words[sign + 1] + (b.previous !== undefined ? ` · ${k.previousYear}${m.colon}${this.eur(b.previous, true)}` : ''),
            ...(b.rank ? [m.rank(b.rank, k.level === 'region')] : []),
          ])
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
