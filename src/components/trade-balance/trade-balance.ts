import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { aggregateBalance, normalizeLimit, type BalanceFigures, type BalanceModel } from '../../data/balance.ts';
import type { TradeData } from '../../data/contract.ts';
import { formatEuros, formatShare, type Locale } from '../../data/format.ts';
import { territoryName } from '../../data/i18n.ts';
import { estimateHeight, layoutBalance, LABEL_SIZE, VALUE_SIZE, type Bar, type BalanceLayout, type Text } from '../../layout/balance.ts';
import type { Measure } from '../../layout/text.ts';
import { TradeElement, defineElement, type Anchor, type SelectDetail, type TableCell, type TableModel } from '../base/trade-element.ts';
import { balanceStyles } from './trade-balance.styles.ts';

const TEXT = {
  fr: {
    sep: ' : ',
    title: "Principaux pays à l'import et à l'export",
    impShare: 'Part des importations',
    expShare: 'Part des exportations',
    others: (n: number) => `Autres (${n} pays)`,
    empty: (name: string, year: number) => `Aucun échange avec l’étranger n’est enregistré (${name}, ${year}).`,
    key: 'Solde = exportations − importations.',
    rest: (n: number, imp: string, exp: string) => ` ${n} autre${n > 1 ? 's' : ''} pays non représenté${n > 1 ? 's' : ''} : importations ${imp}, exportations ${exp}.`,
    summary: (name: string, year: number, n: number, all: number, first: string, total: string) =>
      `${name}, ${year} : ${n} principa${n > 1 ? 'ux' : 'l'} pays partenaire${n > 1 ? 's' : ''} sur ${all} ; premier partenaire : ${first}. Solde total : ${total}.`,
  },
  en: {
    sep: ': ',
    title: 'Main partner countries for imports and exports',
    impShare: 'Share of imports',
    expShare: 'Share of exports',
    others: (n: number) => `Others (${n} ${n > 1 ? 'countries' : 'country'})`,
    empty: (name: string, year: number) => `No trade with other countries is recorded (${name}, ${year}).`,
    key: 'Balance = exports − imports.',
    rest: (n: number, imp: string, exp: string) => ` ${n} other ${n > 1 ? 'countries' : 'country'} not shown: imports ${imp}, exports ${exp}.`,
    summary: (name: string, year: number, n: number, all: number, first: string, total: string) =>
      `${name}, ${year}: ${n} main partner ${n > 1 ? 'countries' : 'country'} out of ${all}; first partner: ${first}. Overall balance: ${total}.`,
  },
};

/** The class (and part suffix) of a balance: coloured text in HTML and SVG alike. */
const sign = (v: number) => (v > 0 ? 'positive' : v < 0 ? 'negative' : 'zero');

/**
 * The report's « Principaux pays à l'import et à l'export »: a butterfly bar chart
 * of the territory's main partner countries, imports on the left and exports on
 * the right on one scale, with each country's trade balance, signed and coloured.
 *
 * @tagname trade-balance
 * @summary Main partner countries: imports, exports and balance per country.
 *
 * @attr limit - How many countries to draw (default 10): the union of the top `limit` at import and at export, ranked by total trade. The table gives the weight of the others.
 *
 * @csspart bar-import - An import bar.
 * @csspart bar-export - An export bar.
 * @csspart balance-positive - A positive balance value.
 * @csspart balance-negative - A negative balance value.
 * @csspart balance-zero - A balance of zero.
 * @csspart label - A country label.
 */
export class TradeBalance extends TradeElement<BalanceModel, BalanceLayout> {
  static override styles = [TradeElement.styles, balanceStyles];
  static override modelProperties = ['limit'];

  /** How many countries to draw (default 10). */
  @property({ type: Number }) limit = 10;

  private get x() {
    return TEXT[this.locale];
  }

  protected computeModel(data: TradeData, locale: Locale): BalanceModel {
    return aggregateBalance(data, locale, this.limit);
  }

  protected computeLayout(model: BalanceModel, width: number, measure: Measure): BalanceLayout {
    const t = this.t;
    return layoutBalance(model, width, measure, { imp: `← ${t.import}`, exp: `${t.export} →`, balance: t.balance });
  }

  protected chartTitle(data: TradeData | undefined): string {
    return data ? `${this.x.title}, ${territoryName(data.territory, this.locale)} (${data.year})` : this.x.title;
  }

  protected override emptyMessage(model: BalanceModel): string | undefined {
    return model.totals.imp + model.totals.exp > 0 ? undefined : this.x.empty(model.name, model.year);
  }

  protected override estimatedHeight(width: number): number {
    return estimateHeight(width, normalizeLimit(this.limit));
  }

  /** "importations 30,0 millions d'euros, exportations …, solde +150,0 millions d'euros", for screen readers. */
  private figures(f: BalanceFigures): string {
    const t = this.t;
    const long = (v: number, signed?: boolean) => formatEuros(v, this.locale, { long: true, signed });
    return `${t.import.toLowerCase()} ${long(f.imp)}, ${t.export.toLowerCase()} ${long(f.exp)}, ${t.balance.toLowerCase()} ${long(f.balance, true)}`;
  }

  protected summary(model: BalanceModel): string {
    const first = model.rows[0];
    return this.x.summary(
      model.name,
      model.year,
      model.rows.length,
      model.partners,
      first ? `${first.label} (${this.figures(first)})` : '',
      formatEuros(model.totals.balance, this.locale, { long: true, signed: true }),
    );
  }

  protected override renderSubtitle({ totals: f }: BalanceModel): TemplateResult | typeof nothing {
    const { t, x } = this;
    if (!f.imp && !f.exp) return nothing; // the empty message says it
    return html`<p class="subtitle">${t.import}${x.sep}<strong>${this.eur(f.imp)}</strong> · ${t.export}${x.sep}<strong>${this.eur(f.exp)}</strong> · ${t.balance}${x.sep}<strong class=${sign(f.balance)}>${this.eur(f.balance, true)}</strong></p>`;
  }

  protected override renderCaption(model: BalanceModel): TemplateResult {
    const r = model.rest;
    return html`<p class="note">${this.x.key}${r.count > 0 ? this.x.rest(r.count, this.eur(r.imp), this.eur(r.exp)) : ''}</p>`;
  }

  protected tableModel(model: BalanceModel): TableModel {
    const t = this.t;
    const x = this.x;
    const row = (label: string, f: BalanceFigures): TableCell[] => [
      label,
      { text: this.eur(f.imp), value: f.imp },
      { text: this.eur(f.exp), value: f.exp },
      { text: this.eur(f.balance, true), value: f.balance, className: sign(f.balance) },
      { text: formatShare(f.impShare, this.locale), value: f.impShare },
      { text: formatShare(f.expShare, this.locale), value: f.expShare },
    ];
    const rows = model.rows.map((r) => row(r.label, r));
    if (model.rest.count > 0) rows.push(row(x.others(model.rest.count), model.rest));
    return {
      caption: this.chartTitle(this.data),
      columns: [{ label: t.country }, ...[t.import, t.export, t.balance, x.impShare, x.expShare].map((label, i) => ({ label, numeric: true, unit: i < 3 ? ('eur' as const) : ('%' as const) }))],
      rows,
      footer: [row(t.total, model.totals)],
    };
  }

  protected override focusKeys(layout: BalanceLayout): string[] {
    return layout.rows.map((r) => r.key);
  }

  protected override tooltipContent(key: string, model: BalanceModel): TemplateResult | undefined {
    const r = model.rows.find((x) => x.code === key);
    if (!r) return undefined;
    const { t, x } = this;
    const item = (label: string, value: string, cls = '') => html`<dt>${label}</dt><dd class=${cls}>${value}</dd>`;
    return html`<strong>${r.label}</strong><dl>${item(t.import, this.eur(r.imp))}${item(t.export, this.eur(r.exp))}${item(t.balance, this.eur(r.balance, true), sign(r.balance))}${item(x.impShare, formatShare(r.impShare, this.locale))}${item(x.expShare, formatShare(r.expShare, this.locale))}</dl>`;
  }

  protected override tooltipAnchor(key: string, layout: BalanceLayout): Anchor | undefined {
    const r = layout.rows.find((x) => x.key === key);
    // Above the row when there is room for the tooltip (~130 px), else just below
    // it: the base places a tooltip that does not fit above at anchor.y + 16.
    return r && { x: layout.axis.x, y: r.y >= 130 ? r.y : r.y + r.height - 14 };
  }

  protected override selectionFor(key: string, model: BalanceModel): SelectDetail | undefined {
    const r = model.rows.find((x) => x.code === key);
    return r && { kind: 'country', code: r.code, label: r.label };
  }

  protected renderChart(layout: BalanceLayout, model: BalanceModel): TemplateResult {
    const { width: w, height: h, heads, axis } = layout;
    const sel = layout.rows.some((r) => r.key === this.selected) ? this.selected : undefined;
    const text = (s: Text | undefined, cls: string, anchor = 'end', size = VALUE_SIZE, part?: string) =>
      s ? svg`<text class=${cls} part=${part ?? nothing} x=${s.x} y=${s.y} text-anchor=${anchor} font-size=${size}>${s.text}</text>` : nothing;
    const bar = (b: Bar | undefined, flow: string) => (b ? svg`<rect class=${flow} part="bar-${flow}" x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>` : nothing);
    // Each row: a button holding the shapes, and its texts (all in the button's
    // aria-label) hidden from assistive technology, letting the pointer through.
    return html`<svg width=${w} height=${h} viewBox="0 0 ${w} ${h}">${text(heads.imp, 'hd')}${text(heads.exp, 'hd', 'start')}${text(heads.balance, 'hd')}${layout.rows.map((r, i) => {
      const m = model.rows[i];
      return svg`<g class=${classMap({ on: r.key === this.activeKey, sel: r.key === sel, dim: !!sel && r.key !== sel })}><g data-key=${r.key} role="button" tabindex=${this.tabIndexFor(r.key)} aria-pressed=${r.key === this.selected ? 'true' : 'false'} aria-label=${m.label + this.x.sep + this.figures(m)}>
<rect class="band" x="0" y=${r.y} width=${w} height=${r.height}></rect><rect class="ring" x="1" y=${r.y + 1} width=${Math.max(0, w - 2)} height=${r.height - 2} rx="3"></rect>${bar(r.imp, 'import')}${bar(r.exp, 'export')}</g>
<g class="tx" aria-hidden="true">${text(r.label, 'lbl', 'start', LABEL_SIZE, 'label')}${text(r.impValue, 'val')}${text(r.expValue, 'val', 'start')}${text(r.balance, `bal ${sign(m.balance)}`, 'end', VALUE_SIZE, `balance-${sign(m.balance)}`)}</g></g>`;
    })}<line class="axis" x1=${axis.x} x2=${axis.x} y1=${axis.y1} y2=${axis.y2}></line></svg>`;
  }
}

defineElement('trade-balance', TradeBalance);

declare global {
  interface HTMLElementTagNameMap {
    'trade-balance': TradeBalance;
  }
}
