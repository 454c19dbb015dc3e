import { html, nothing, svg, type TemplateResult } from 'lit';
import type { TradeData } from '../../data/contract.ts';
import { formatEuros, formatShare } from '../../data/format.ts';
import { countOr } from '../../data/aggregate.ts';
import { countryName, itemNameInTable, territoryName } from '../../data/i18n/names.ts';
import type { Measure } from '../../layout/text.ts';
import { InteractionController } from '../base/controllers/interaction.ts';
import { renderTooltip } from '../base/render/tooltip.ts';
import type { TableModel } from '../base/table-model.ts';
import { TradeChart } from '../base/trade-chart.ts';
import { defineElement } from '../base/define.ts';
import { VALUE_SIZE, estimateHeight, layoutBalance, type Bar, type BalanceLayout, type Text } from './layout.ts';
import { DEFAULT_LIMIT, balanceModel, type BalanceFigures, type BalanceModel } from './model.ts';
import { styles } from './styles.ts';

/** The class (and part suffix) of a balance: its colour, in HTML and SVG alike. */
const sign = (value: number) => (value > 0 ? 'positive' : value < 0 ? 'negative' : 'zero');

/** One figure of a country, as the table, the tooltip and the screen-reader text say it. */
interface Figure {
  label: string;
  value: number;
  text: string;
  className: string;
  unit: 'eur' | '%';
}

/**
 * The report's « Principaux pays à l'import et à l'export »: a butterfly bar chart
 * of the territory's main partner countries, imports on the left and exports on
 * the right on one scale, with each country's trade balance, signed and coloured.
 *
 * @tagname trade-balance
 * @summary Main partner countries: imports, exports and balance per country.
 *
 * @attr limit - How many countries to draw (default 10): the union of the top `limit` at import and at
 *   export, ranked by total trade. The table gives the weight of the others.
 *
 * @csspart bar-import - An import bar.
 * @csspart bar-export - An export bar.
 * @csspart balance-positive - A positive balance value.
 * @csspart balance-negative - A negative balance value.
 * @csspart balance-zero - A balance of zero.
 * @csspart label - A country label.
 */
export class TradeBalance extends TradeChart<BalanceModel, BalanceLayout> {
  static override styles = [TradeChart.styles, styles];
  static override properties = { limit: { type: Number } };
  static override modelProperties = ['limit'];

  /** How many countries to draw (default 10). */
  limit = DEFAULT_LIMIT;

  protected readonly interaction = new InteractionController<BalanceLayout>(this, {
    keys: (layout) => layout.rows.map((row) => row.key),
    select: (code) => (this.#row(code) ? { kind: 'country', code, label: this.#name(code) } : undefined),
    tooltip: (code) => {
      const row = this.#row(code);
      const rows = row && this.#figures(row).map((figure) => [figure.label, figure.text, figure.className] as const);
      return rows && renderTooltip(this.#name(code), rows);
    },
    anchor: (code, layout) => {
      const row = layout.rows.find((r) => r.key === code);
      return row && { x: layout.axis.x, y: row.y, below: row.y + row.height };
    },
  });

  #row(code: string) {
    return this.model?.rows.find((row) => row.code === code);
  }

  #name(code: string): string {
    return countryName(this.modelData, code, this.t);
  }

  /**
   * Imports, exports, balance, share of imports and share of exports: the table's
   * numeric columns (raw values kept for the CSV), the tooltip's rows. `inWords`:
   * amounts in words, for screen readers.
   */
  #figures(figures: BalanceFigures, inWords?: boolean): Figure[] {
    const { common, balance } = this.t;
    const euros = (label: string, value: number, signed = false): Figure => ({
      label,
      value,
      text: formatEuros(value, this.t, { signed, inWords }),
      className: signed ? sign(value) : '',
      unit: 'eur',
    });
    const share = (label: string, value: number): Figure => ({
      label,
      value,
      text: formatShare(value, this.t),
      className: '',
      unit: '%',
    });
    return [
      euros(common.flow.import, figures.imp),
      euros(common.flow.export, figures.exp),
      euros(common.balance, figures.balance, true),
      share(balance.shareOf(common.flow.import), figures.impShare),
      share(balance.shareOf(common.flow.export), figures.expShare),
    ];
  }

  /** "importations 30,0 M€, exportations 180,0 M€"; `inWords`: in words, with the balance, for screen readers. */
  #say(figures: BalanceFigures, inWords?: boolean): string {
    return this.#figures(figures, inWords)
      .slice(0, inWords ? 3 : 2)
      .map((figure) => `${figure.label.toLowerCase()} ${figure.text}`)
      .join(', ');
  }

  protected buildModel(data: TradeData): BalanceModel {
    return balanceModel(data, this.limit);
  }

  protected buildLayout(model: BalanceModel, width: number, measure: Measure): BalanceLayout {
    const { common } = this.t;
    return layoutBalance(model, width, measure, {
      heads: { imp: `← ${common.flow.import}`, exp: `${common.flow.export} →`, balance: common.balance },
      countryName: (code) => this.#name(code),
      euros: (value, signed) => formatEuros(value, this.t, { signed }),
    });
  }

  protected titleFor(data: TradeData | undefined): string {
    return this.t.balance.title + (data ? `, ${territoryName(data.territory, this.t)} (${data.year})` : '');
  }

  // With validated data, a territory has rows exactly when it has trade.
  protected override emptyMessage(model: BalanceModel): string | undefined {
    return model.rows[0]
      ? undefined
      : `${this.t.balance.empty} (${territoryName(model.territory, this.t)}, ${model.year}).`;
  }

  protected override placeholderHeight(width: number): number {
    return estimateHeight(width, countOr(this.limit, DEFAULT_LIMIT));
  }

  protected describe(model: BalanceModel): string {
    const { t } = this;
    const [first] = model.rows;
    const name = territoryName(model.territory, t);
    const opening = `${name}, ${model.year}${t.colon}${t.balance.main(model.rows.length, model.partners)}`;
    const total = this.#figures(model.totals, true)[2].text;
    const firstPartner = `${this.#name(first.code)} (${this.#say(first, true)})`;
    return `${opening}${t.colon}${firstPartner}. ${t.balance.total}${t.colon}${total}.`;
  }

  protected override renderSubtitle(model: BalanceModel): TemplateResult | typeof nothing {
    // No subtitle in the empty state: its message says it.
    if (!model.rows[0]) return nothing;
    const totals = this.#figures(model.totals).slice(0, 3);
    return html`<p class="subtitle">
      ${totals.map(
        (figure, index) =>
          html`${index ? ' · ' : ''}${figure.label}${this.t.colon}<strong class=${figure.className}
              >${figure.text}</strong
            >`,
      )}
    </p>`;
  }

  protected override renderCaption({ rest }: BalanceModel): TemplateResult {
    const { t } = this;
    const { flow, balance } = t.common;
    const notDrawn = rest.count ? ` ${t.balance.notDrawn(rest.count)}${t.colon}${this.#say(rest)}.` : '';
    return html`${balance} = ${flow.export.toLowerCase()} − ${flow.import.toLowerCase()}.${notDrawn}`;
  }

  protected tableFor(model: BalanceModel): TableModel {
    const { t } = this;
    const row = (label: string, figures: BalanceFigures) => [label, ...this.#figures(figures)];
    const rows = model.rows.map((r) => row(itemNameInTable('country', this.modelData, r.code, this.t), r));
    if (model.rest.count) rows.push(row(t.balance.others(model.rest.count), model.rest));
    return {
      caption: this.chartTitleText,
      columns: [
        { label: t.common.country },
        ...this.#figures(model.totals).map((f) => ({ label: f.label, numeric: true, unit: f.unit })),
      ],
      rows,
      footer: [row(t.common.total, model.totals)],
    };
  }

  /**
   * Each row: a button holding the bars (its band is also the focus ring, inset
   * 1px so that its stroke shows on the sides), and its texts, hidden from
   * assistive technology (the button's name says them all) and letting the pointer
   * through to the band. Texts are anchored at their end unless `start`.
   */
  protected renderChart(layout: BalanceLayout, model: BalanceModel): TemplateResult {
    const { width, height, heads, axis } = layout;
    const { activeKey } = this.interaction;
    const selected = layout.rows.some((row) => row.key === this.selected) ? this.selected : undefined;
    const text = (content: Text | undefined, className: string, part?: string) =>
      content
        ? svg`<text class=${className} part=${part ?? nothing} x=${content.x} y=${content.y}>${content.text}</text>`
        : nothing;
    const bar = (shape: Bar | undefined, flow: string) =>
      shape
        ? svg`<rect class=${flow} part="bar-${flow}" x=${shape.x} y=${shape.y}
            width=${shape.width} height=${shape.height}></rect>`
        : nothing;
    const rowClass = (key: string) =>
      `${key === activeKey ? 'active' : ''} ${selected ? (key === selected ? 'selected' : 'dimmed') : ''}`;
    return html`<svg
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      font-size=${VALUE_SIZE}
      text-anchor="end"
    >
      ${text(heads.imp, 'head')}${text(heads.exp, 'head start')}${text(heads.balance, 'head')}
      ${layout.rows.map((row, index) => {
        const figures = model.rows[index];
        const balanceSign = sign(figures.balance);
        const name = this.#name(row.key) + this.t.colon + this.#say(figures, true);
        return svg`<g class=${rowClass(row.key)}>
          <g data-key=${row.key} role="button" tabindex=${this.interaction.tabIndex(row.key)}
            aria-pressed=${row.key === this.selected} aria-label=${name}>
            <rect class="band ring" x="1" y=${row.y} width=${width - 2} height=${row.height} rx="3"></rect>
            ${bar(row.imp, 'import')}${bar(row.exp, 'export')}
          </g>
          <g aria-hidden="true">
            ${text(row.label, 'label start', 'label')}${text(row.impValue, 'value')}${text(row.expValue, 'value start')}
            ${text(row.balance, `balance ${balanceSign}`, `balance-${balanceSign}`)}
          </g>
        </g>`;
      })}
      <path class="axis" d="M${axis.x} ${axis.y1}V${axis.y2}"></path>
    </svg>`;
  }
}

defineElement('trade-balance', TradeBalance);

declare global {
  interface HTMLElementTagNameMap {
    'trade-balance': TradeBalance;
  }
}
