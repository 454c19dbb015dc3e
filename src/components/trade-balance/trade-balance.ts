import { html, nothing, svg, type TemplateResult } from 'lit';
import { aggregateBalance, normalizeLimit, type BalanceFigures, type BalanceModel } from '../../data/balance.ts';
import type { TradeData } from '../../data/contract.ts';
import { formatEuros, type Locale } from '../../data/format.ts';
import { territoryName } from '../../data/i18n.ts';
import { estimateHeight, layoutBalance, VALUE_SIZE, type Bar, type BalanceLayout, type Text } from '../../layout/balance.ts';
import type { Measure } from '../../layout/text.ts';
import { TradeElement, defineElement, type Anchor, type SelectDetail, type TableModel } from '../base/trade-element.ts';
import { balanceStyles } from './trade-balance.styles.ts';

/**
 * Chart-specific text; sentences are completed with the shared words (`t.import`,
 * `t.balance`…) and `sep`.
 */
/** The French text; other languages come from their translation module (translations/<lang>.ts). */
const TEXT = {
  sep: ' : ',
  title: "Principaux pays à l'import et à l'export",
  share: 'Part des ',
  others: (n: number) => `Autres (${n} pays)`,
  empty: 'Aucun échange avec l’étranger n’est enregistré',
  rest: (n: number) => `${n} autre${n > 1 ? 's' : ''} pays non représenté${n > 1 ? 's' : ''}`,
  main: (n: number, all: number) => `${n} principa${n > 1 ? 'ux' : 'l'} pays partenaire${n > 1 ? 's' : ''} sur ${all} ; premier partenaire`,
  total: 'Solde total',
};
export type BalanceText = typeof TEXT;

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
  static override properties = { limit: { type: Number } };
  static override modelProperties = ['limit'];

  /** How many countries to draw (default 10). */
  limit = 10;

  private get x() {
    return this.tr('balance', TEXT);
  }

  /**
   * Imports, exports, balance, share of imports, share of exports of `f`: the
   * table's numeric columns (raw values kept for the CSV; each cell also
   * describes its column), the tooltip's rows. The balance's class gives its
   * colour. `long`: amounts in words, for screen readers.
   */
  private cells(f: BalanceFigures, long?: boolean) {
    const { t, x } = this;
    const cols: [string, number][] = [[t.import, f.imp], [t.export, f.exp], [t.balance, f.balance], [x.share + t.import.toLowerCase(), f.impShare], [x.share + t.export.toLowerCase(), f.expShare]];
    return cols.map(([label, value], i) => ({
      label,
      value,
      text: i > 2 ? this.pct(value) : formatEuros(value, this.locale, { long, signed: i > 1 }),
      className: i == 2 ? sign(value) : '',
      numeric: true,
      unit: i < 3 ? ('eur' as const) : ('%' as const),
    }));
  }

  /** "importations 30,0 M€, exportations 180,0 M€"; `long`: in words, with the balance, for screen readers. */
  private said(f: BalanceFigures, long?: boolean): string {
    return this.cells(f, long)
      .slice(0, long ? 3 : 2)
      .map((c) => `${c.label.toLowerCase()} ${c.text}`)
      .join(', ');
  }

  protected computeModel(data: TradeData, locale: Locale): BalanceModel {
    return aggregateBalance(data, locale, this.limit);
  }

  protected computeLayout(model: BalanceModel, width: number, measure: Measure): BalanceLayout {
    const t = this.t;
    return layoutBalance(model, width, measure, { imp: `← ${t.import}`, exp: `${t.export} →`, balance: t.balance });
  }

  protected chartTitle(data: TradeData | undefined): string {
    return this.x.title + (data ? `, ${territoryName(data.territory, this.locale)} (${data.year})` : '');
  }

  // With validated data, a territory has rows exactly when it has trade.
  protected override emptyMessage(m: BalanceModel): string | undefined {
    return m.rows[0] ? undefined : `${this.x.empty} (${m.name}, ${m.year}).`;
  }

  protected override estimatedHeight(width: number): number {
    return estimateHeight(width, normalizeLimit(this.limit));
  }

  protected summary(m: BalanceModel): string {
    const { x } = this;
    const first = m.rows[0];
    return `${m.name}, ${m.year}${x.sep}${x.main(m.rows.length, m.partners)}${x.sep}${first.label} (${this.said(first, true)}). ${x.total}${x.sep}${this.cells(m.totals, true)[2].text}.`;
  }

  protected override renderSubtitle(m: BalanceModel): TemplateResult | typeof nothing {
    // No subtitle in the empty state: its message says it.
    return m.rows[0]
      ? html`<p class="subtitle">${this.cells(m.totals)
          .slice(0, 3)
          .map((c, i) => html`${i ? ' · ' : ''}${c.label}${this.x.sep}<strong class=${c.className}>${c.text}</strong>`)}</p>`
      : nothing;
  }

  protected override renderCaption({ rest }: BalanceModel): TemplateResult {
    const { t, x } = this;
    return html`${t.balance} = ${t.export.toLowerCase()} − ${t.import.toLowerCase()}.${rest.count ? ` ${x.rest(rest.count)}${x.sep}${this.said(rest)}.` : ''}`;
  }

  protected tableModel(m: BalanceModel): TableModel {
    const t = this.t;
    const row = (label: string, f: BalanceFigures) => [label, ...this.cells(f)];
    const rows = m.rows.map((r) => row(r.label, r));
    if (m.rest.count) rows.push(row(this.x.others(m.rest.count), m.rest));
    return {
      caption: this.chartTitleText,
      columns: [{ label: t.country }, ...this.cells(m.totals)],
      rows,
      footer: [row(t.total, m.totals)],
    };
  }

  protected override focusKeys(layout: BalanceLayout): string[] {
    return layout.rows.map((r) => r.key);
  }

  protected override tooltipContent(key: string, m: BalanceModel): TemplateResult | undefined {
    const r = m.rows.find((r) => r.code === key);
    return r && this.tip(r.label, this.cells(r).map((c) => [c.label, c.text, c.className]));
  }

  protected override tooltipAnchor(key: string, layout: BalanceLayout): Anchor | undefined {
    const r = layout.rows.find((r) => r.key === key);
    return r && { x: layout.axis.x, y: r.y, below: r.y + r.height };
  }

  protected override selectionFor(key: string, m: BalanceModel): SelectDetail | undefined {
    const r = m.rows.find((r) => r.code === key);
    return r && { kind: 'country', code: r.code, label: r.label };
  }

  protected renderChart(layout: BalanceLayout, model: BalanceModel): TemplateResult {
    const { width: w, height: h, heads, axis } = layout;
    const sel = layout.rows.some((r) => r.key === this.selected) && this.selected;
    // Texts are 12px, anchored at their end, unless styled otherwise (`.s`: at their start; labels: 13px).
    const text = (s: Text | undefined, cls: string, part?: string) => (s ? svg`<text class=${cls} part=${part ?? nothing} x=${s.x} y=${s.y}>${s.text}</text>` : nothing);
    const bar = (b: Bar | undefined, flow: string) => (b ? svg`<rect class=${flow} part="bar-${flow}" x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>` : nothing);
    // Each row: a button holding the shapes (its band is also the focus ring,
    // inset 1px so that its stroke shows on the sides), and its texts, hidden
    // from assistive technology (the button's aria-label says them all) and
    // letting the pointer through to the band.
    return html`<svg width=${w} height=${h} viewBox="0 0 ${w} ${h}" font-size=${VALUE_SIZE} text-anchor="end">${text(heads.imp, 'hd')}${text(heads.exp, 'hd s')}${text(heads.balance, 'hd')}${layout.rows.map((r, i) => {
      const m = model.rows[i];
      const k = r.key;
      const c = sign(m.balance);
      return svg`<g class="${k === this.activeKey ? 'on' : ''} ${sel ? (k === sel ? 'sel' : 'dim') : ''}"><g data-key=${k} role="button" tabindex=${this.tabIndexFor(k)} aria-pressed=${k === this.selected} aria-label=${m.label + this.x.sep + this.said(m, true)}>
<rect class="band ring" x="1" y=${r.y} width=${w - 2} height=${r.height} rx="3"></rect>${bar(r.imp, 'import')}${bar(r.exp, 'export')}</g><g aria-hidden="true">${text(r.label, 'lbl s', 'label')}${text(r.impValue, 'val')}${text(r.expValue, 'val s')}${text(r.balance, `bal ${c}`, `balance-${c}`)}</g></g>`;
    })}<path class="axis" d="M${axis.x} ${axis.y1}V${axis.y2}"></path></svg>`;
  }
}

defineElement('trade-balance', TradeBalance);

declare global {
  interface HTMLElementTagNameMap {
    'trade-balance': TradeBalance;
  }
}
