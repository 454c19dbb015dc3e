import { html, nothing, type TemplateResult } from 'lit';
import type { Flow, Rank, TradeData } from '../../data/contract.ts';
import { formatChange, formatEuros, formatShare } from '../../data/format.ts';
import { MONACO_REGION, isMonaco } from '../../data/codes.ts';
import { territoryName } from '../../data/i18n/names.ts';
import { lazy } from '../../data/lazy.ts';
import { loadJson, type FetchOptions } from '../../data/loader.ts';
import { resolveBase } from '../../data/urls.ts';
import { InteractionController } from '../base/controllers/interaction.ts';
import { RelatedController, hasFolder, loadFrance } from '../base/controllers/related.ts';
import type { TableCell, TableModel } from '../base/table-model.ts';
import { TradeChart } from '../base/trade-chart.ts';
import { defineElement } from '../base/define.ts';
import type * as Extras from './extras.ts';

type ExtrasModule = typeof Extras;
import { summaryModel, type FlowFigures, type KeyFigures } from './model.ts';
import { styles } from './styles.ts';

/**
 * The key figures of a territory's foreign trade: totals, shares of the region and
 * of France, change from the previous year and over five years, rank among
 * departments (or regions), the balance, and the dependency on partners beside
 * France's (the first three customers' share of the exports, the Herfindahl–Hirschman
 * index of the customers, the first supplier's share of the imports). Compact enough
 * for a CMS sidebar: the figures sit side by side when there is room and stack when
 * there is not. The change over five years comes from the territory's series, and
 * France's indicators from France's file, loaded after the figures are drawn where
 * the data has a folder (not for a `src` file), with the code that shows them.
 *
 * @summary Key figures: totals, shares, change, rank, balance.
 * @tagname trade-summary
 *
 * @attr flow - "export" or "import" for one flow only; both (and the balance) by default.
 * @attr show - "figures" for the key figures only, "dependency" for the dependency indicators only (give it a
 *   `heading`); both by default.
 *
 * @csspart figure - Each key figure.
 * @csspart figure-export - The exports figure.
 * @csspart figure-import - The imports figure.
 * @csspart figure-balance - The balance figure.
 * @csspart value - The big numbers.
 * @csspart dependency - The dependency indicators.
 */
export class TradeSummary extends TradeChart<KeyFigures, number> {
  static override styles = [TradeChart.styles, styles];
  static override properties = { flow: {}, show: {}, related: { state: true } };
  static override modelProperties = ['flow', 'related'];

  /** "export" or "import" for one flow's figures; both, with the balance, when absent. */
  flow?: 'export' | 'import';
  /** "figures" or "dependency" for one part only; both when absent. */
  show?: string;
  /**
   * What the summary shows beyond its file, once loaded: the code of the dependency
   * indicators and of the five-year change, and where the data has a folder (see
   * `hasFolder`), France's file for the same year and the territory's series.
   */
  private related?: Extras.Related & { module: ExtrasModule };

  protected readonly relatedFiles = new RelatedController(
    this,
    async (data, options) => {
      const module = await lazy<ExtrasModule>('components/trade-summary/extras');
      const loaders = { loadFrance: (opts: FetchOptions) => loadFrance(data, this.baseUrl, opts), loadJson };
      const files = hasFolder(this) ? await module.loadRelated(data, resolveBase(this.baseUrl), loaders, options) : {};
      return { module, ...files };
    },
    (related) => (this.related = related),
  );

  /** Key figures are text: nothing to point at, and no image to download. */
  protected readonly interaction = new InteractionController<number>(this, { keys: () => [] });
  protected override readonly drawsImage = false;

  protected buildModel(data: TradeData): KeyFigures {
    const flows = this.flow === 'export' || this.flow === 'import' ? [this.flow] : undefined;
    return summaryModel(data, flows);
  }

  /** The figures' grid lays itself out in CSS: the layout is the width. */
  protected buildLayout(_model: KeyFigures, width: number): number {
    return width;
  }

  protected titleFor(data: TradeData | undefined): string {
    const { title } = this.t.summary;
    return data ? `${title}, ${territoryName(data.territory, this.t)} (${data.year})` : title;
  }

  /**
   * The figures' grid as the styles lay it out, in em: columns of at least 12 em
   * with 0.75 em gaps; a flow's figure is 10.4 em tall (12.9 em when its context
   * lines wrap, in columns under 17 em), the balance's 7.9 em.
   */
  protected override placeholderHeight(width: number): number {
    const em = parseFloat(getComputedStyle(this).fontSize) || 14;
    const widthInEm = width / em + 0.75;
    const columns = this.flow ? 1 : Math.min(3, Math.max(1, Math.floor(widthInEm / 12.75)));
    const figure = widthInEm / columns < 17.75 ? 12.92 : 10.42;
    // One row; two (the flows, then the balance); or three. The balance is the lowest figure.
    return em * (columns > 2 || this.flow ? figure : columns > 1 ? figure + 8.67 : 2 * figure + 9.42);
  }

  protected override emptyMessage(model: KeyFigures): string | undefined {
    return model.flows.every((figure) => figure.value === 0) ? this.t.summary.empty : undefined;
  }

  /**
   * Under the figures of Monaco and of its region: DGDDI counts Monaco's trade in
   * Provence-Alpes-Côte d'Azur's, and so do these figures.
   */
  protected override renderCaption(model: KeyFigures): TemplateResult | typeof nothing {
    const monaco = isMonaco(model);
    const note =
      monaco || (model.level === 'region' && model.code === MONACO_REGION)
        ? this.t.common.monacoNote(model.regionName ?? model.name, monaco)
        : '';
    // Under the figures, once their code is loaded: the dependency indicators (not a jump of the figures).
    const dependency = this.show === 'dependency' ? '' : this.#dependency(model);
    return note || dependency ? html`${note}${dependency}` : nothing;
  }

  /** The context lines of a flow: share of the region, of France, rank. */
  #context(figure: FlowFigures, model: KeyFigures): string[] {
    const { summary, common } = this.t;
    const flow = common.flow[figure.flow];
    return [
      figure.regionShare !== undefined &&
        model.regionName &&
        `${formatShare(figure.regionShare, this.t)} ${summary.shareOf(flow, summary.region(model.regionName))}`,
      figure.franceShare !== undefined &&
        `${formatShare(figure.franceShare, this.t)} ${summary.shareOf(flow, summary.france)}`,
      figure.rank && summary.rank(figure.rank.rank, figure.rank.of, model.level),
    ].filter((line): line is string => !!line);
  }

  protected describe(model: KeyFigures): string {
    const { t } = this;
    const parts = model.flows.map((figure) => {
      const share = figure.regionShare !== undefined ? ` (${this.#context(figure, model)[0]})` : '';
      return `${t.common.flow[figure.flow]} ${formatEuros(figure.value, t)}${share}`;
    });
    if (model.flows.length > 1)
      parts.push(`${t.summary.balance} ${formatEuros(model.balance.value, t, { signed: true })}`);
    return `${territoryName(model, t)}, ${model.year}${t.colon}${parts.join(t.listSeparator)}.`;
  }

  protected tableFor(model: KeyFigures): TableModel {
    const { t } = this;
    const { columns } = t.summary;
    const ratio = (value: number | undefined, text?: string): TableCell =>
      value === undefined ? '–' : { text: text ?? formatShare(value, t), value };
    const money = (value: number, signed = false) => ({ text: formatEuros(value, t, { signed }), value });
    const rank = (r?: Rank) => (r ? t.summary.rankCell(r.rank, r.of, model.level) : '–');
    const rows: TableCell[][] = model.flows.map((figure) => [
      t.common.flow[figure.flow],
      money(figure.value),
      ratio(figure.regionShare),
      ratio(figure.franceShare),
      ratio(figure.change, figure.change !== undefined ? formatChange(figure.change, t) : ''),
      rank(figure.rank),
    ]);
    if (model.flows.length > 1)
      rows.push([t.summary.balance, money(model.balance.value, true), '–', '–', '–', rank(model.balance.rank)]);
    const table: TableModel = {
      caption: this.chartTitleText,
      columns: [
        { label: columns.figure },
        { label: columns.value, numeric: true, unit: 'eur' },
        { label: columns.regionShare, numeric: true, unit: '%' },
        { label: columns.franceShare, numeric: true, unit: '%' },
        { label: columns.changeSince(model.previousYear ?? model.year - 1), numeric: true, unit: '%' },
        { label: columns.rank, numeric: true },
      ],
      rows,
    };
    // With the five-year change, once the series is there.
    const { related } = this;
    const flows = model.flows.map((figure) => figure.flow);
    return related ? related.module.withFiveYears(table, t, this.modelData, related.series, flows) : table;
  }

  #figure(
    kind: Flow | 'balance',
    label: string,
    value: string,
    className: string,
    change: unknown,
    lines: string[],
  ): TemplateResult {
    return html`<div class="figure ${kind}" part="figure figure-${kind}">
      <p class="label">${label}</p>
      <p class="value ${className}" part="value">${value}</p>
      ${change}
      ${
        lines.length
          ? html`<ul>
              ${lines.map((line) => html`<li>${line}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  protected renderChart(_width: number, model: KeyFigures): TemplateResult {
    const { t } = this;
    const { balance } = model;
    const sign = Math.sign(balance.value);
    const change = (ratio?: number) =>
      ratio !== undefined && model.previousYear
        ? html`<p class="change">
            <span aria-hidden="true">${ratio > 0 ? '▲' : ratio < 0 ? '▼' : '='}</span> ${formatChange(ratio, t)}
            ${t.summary.since(model.previousYear)}
          </p>`
        : nothing;
    const previous =
      balance.previous !== undefined
        ? ` · ${model.previousYear}${t.colon}${formatEuros(balance.previous, t, { signed: true })}`
        : '';
    const balanceLines = [t.summary.verdict[sign + 1] + previous];
    if (balance.rank) balanceLines.push(t.summary.rank(balance.rank.rank, balance.rank.of, model.level));
    if (this.show === 'dependency') return html`${this.#dependency(model)}`;
    return html`<div class="figures">
      ${model.flows.map((figure) =>
        this.#figure(
          figure.flow,
          t.common.flow[figure.flow],
          formatEuros(figure.value, t),
          '',
          html`${change(figure.change)}${this.#extra((parts, module) =>
            module.renderFiveYear(parts, this.related?.series, figure.flow),
          )}`,
          this.#context(figure, model),
        ),
      )}
      ${
        model.flows.length > 1
          ? this.#figure(
              'balance',
              t.summary.balance,
              formatEuros(balance.value, t, { signed: true }),
              ['negative', '', 'positive'][sign + 1],
              nothing,
              balanceLines,
            )
          : nothing
      }
    </div>`;
  }

  /** Renders with the extras' module (extras.ts), once loaded. */
  #extra(render: (parts: Extras.DependencyParts, module: ExtrasModule) => unknown): unknown {
    const { related } = this;
    const parts = { html, nothing, t: this.t, data: this.modelData, france: related?.france };
    return related ? render(parts, related.module) : '';
  }

  /** The dependency indicators, France's beside them. */
  #dependency(model: KeyFigures): unknown {
    return model.flows.length < 2 || this.show === 'figures'
      ? ''
      : this.#extra((parts, module) => module.renderDependency(parts));
  }
}

defineElement('trade-summary', TradeSummary);

declare global {
  interface HTMLElementTagNameMap {
    'trade-summary': TradeSummary;
  }
}
