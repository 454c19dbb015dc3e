import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { FLOWS, type Flow, type TradeData, type TradeSeries } from '../../data/contract.ts';
import { formatChange, formatEuros, formatShare } from '../../data/format.ts';
import { itemName, itemNameInTable, territoryName } from '../../data/i18n/names.ts';
import type { FetchOptions, Loaded, Request } from '../../data/loader.ts';
import { validateSeries } from '../../data/validate-series.ts';
import type { Measure } from '../../layout/text.ts';
import { InteractionController } from '../base/controllers/interaction.ts';
import { renderTooltip } from '../base/render/tooltip.ts';
import type { TableCell, TableModel } from '../base/table-model.ts';
import { TradeChart } from '../base/trade-chart.ts';
import { defineElement } from '../base/define.ts';
import { TEXT_SIZE, estimateHeight, layoutTrend, type PointLayout, type TrendLayout } from './layout.ts';
import { loadSeries } from './load.ts';
import {
  checkYear,
  trendModel,
  yearIn,
  type Change,
  type Period,
  type Show,
  type TrendModel,
  type TrendPoint,
} from './model.ts';
import { styles } from './styles.ts';

/**
 * How a territory's trade has moved: exports and imports over time, by quarter or
 * by year, with the balance under them, and above the chart the latest value and
 * its change over one year and five years. With `show`, the yearly values of the
 * five largest partners or products as small multiples on one scale. Reads the
 * territory's series file (`<base>/series/…`), not a yearly file.
 *
 * With `year`, the history up to and including that year: the points drawn, the latest
 * value and its changes over one and five years, and the small multiples' values and
 * changes are those of that year (the five partners or products stay those of the series'
 * latest year: the file holds no others).
 *
 * @tagname trade-trend
 * @summary Exports, imports and balance over time; or the top five partners or products over the years.
 *
 * @attr period - "quarter" (default) or "year".
 * @attr show - "partners" or "products": the five largest of the latest year, one small chart each, on one scale.
 * @attr flow - For `show`: "export" (default) or "import".
 * @attr src - URL of a series file; overrides `department`, `region` and `level`.
 * @attr year - The history up to and including this year, one of the series' complete years (a year not in the
 *   series is the "not found" error); absent: the whole series, the quarters of a year not yet complete included.
 *
 * @fires trade-select - With `show`, a partner or product was chosen. detail: `{ kind, code, label, flow }`.
 *
 * @csspart line-export - The exports line (or a panel's line, in the flow's colour).
 * @csspart line-import - The imports line (dashed).
 * @csspart balance-bar - A period's balance bar.
 * @csspart missing - The mark of a period missing from the data.
 * @csspart headline - The latest values and their changes, above the chart.
 * @csspart panel - A small multiple.
 */
export class TradeTrend extends TradeChart<TrendModel, TrendLayout> {
  static override styles = [TradeChart.styles, styles];
  static override properties = { period: {}, show: {}, flow: {} };
  static override modelProperties = ['period', 'show', 'flow'];

  /** "quarter" (default) or "year". */
  period?: string;
  /** "partners" or "products" for small multiples; absent: exports and imports. */
  show?: string;
  /** For `show`: "export" (default) or "import". */
  flow?: string;

  protected readonly interaction = new InteractionController<TrendLayout>(this, {
    keys: (layout) => layout.points.map((p) => p.key),
    select: (key) => {
      const model = this.model;
      if (!model || model.show === 'flows') return undefined;
      const code = key.split('|')[0];
      return { kind: this.#kind(model), code, label: this.#name(model, code), flow: model.flow };
    },
    tooltip: (key) => {
      const model = this.model;
      if (!model) return undefined;
      const found = this.#find(model, key);
      return found && renderTooltip(found.title, found.rows);
    },
    anchor: (key, layout) => {
      const p = layout.points.find((point) => point.key === key);
      if (!p) return undefined;
      const ys = Object.values(p.y);
      return { x: p.x, y: ys.length ? Math.min(...ys) : p.band.y + p.band.height / 2 };
    },
  });

  /** The series given as `data`, checked again when `year` changes. */
  #given?: unknown;

  /** The series shown; given directly, it is validated, and checked against `year`. */
  override get data(): TradeData | undefined {
    return super.data;
  }
  override set data(value: unknown) {
    this.#given = value;
    super.data = value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Given data has no request to make again: a new `year` checks it again (and redraws it).
    if (changed.has('year') && this.#given != null) super.data = this.#given;
    super.willUpdate(changed);
  }

  protected override async loadData(request: Request, options: FetchOptions): Promise<Loaded> {
    // The year asked for when the request was made (a new one makes a new request).
    const year = this.year;
    const loaded = await loadSeries(request, options);
    checkYear(loaded.data, year, loaded.url);
    return loaded as unknown as Loaded;
  }

  protected override validateData(value: unknown): TradeData {
    const series = validateSeries(value);
    checkYear(series, this.year);
    return series as unknown as TradeData;
  }

  /** The series shown: the base holds it where it holds a yearly file. */
  get series(): TradeSeries | undefined {
    return this.data as unknown as TradeSeries | undefined;
  }

  /** The latest complete year shown: `year` (checked when the series came), or the series' own. */
  #yearOf(series: TradeSeries): number {
    return yearIn(series, this.year) ?? series.year;
  }

  #seriesOf(): TradeSeries {
    return this.modelData as unknown as TradeSeries;
  }

  #kind(model: TrendModel): 'country' | 'product' {
    return model.show === 'products' ? 'product' : 'country';
  }

  #name(model: TrendModel, code: string): string {
    return itemName(this.#kind(model), this.modelData, code, this.t);
  }

  #periodOf(p: Pick<TrendPoint, 'year' | 'quarter'>): string {
    return this.t.trend.period(p.year, p.quarter);
  }

  #euros(value: number | null, inWords = false, signed = false): string {
    return value === null ? this.t.trend.missing : formatEuros(value, this.t, { inWords, signed });
  }

  /** A point's title and tooltip rows. */
  #find(model: TrendModel, key: string): { title: string; rows: [string, string, string][] } | undefined {
    const { t } = this;
    if (model.show === 'flows') {
      const p = model.points.find((point) => point.key === key);
      if (!p) return undefined;
      if (p.export === null) return { title: this.#periodOf(p), rows: [[t.trend.missing, '', '']] };
      return {
        title: this.#periodOf(p),
        rows: [
          [t.common.flow.export, this.#euros(p.export), ''],
          [t.common.flow.import, this.#euros(p.import), ''],
          [t.common.balance, this.#euros(p.balance, false, true), sign(p.balance)],
        ],
      };
    }
    const [code, year] = key.split('|');
    const panel = model.panels.find((x) => x.code === code);
    const i = model.years.indexOf(Number(year));
    if (!panel || i < 0) return undefined;
    const value = panel.values[i];
    const total = this.#seriesOf().years[model.flow][i];
    const rows: [string, string, string][] = [[t.common.flow[model.flow], this.#euros(value), '']];
    if (value !== null && total)
      rows.push([t.trend.shareOf(t.common.flow[model.flow]), formatShare(value / total, t), '']);
    return { title: `${this.#name(model, code)}, ${year}`, rows };
  }

  protected buildModel(data: TradeData): TrendModel {
    const period: Period = this.period === 'year' ? 'year' : 'quarter';
    const show: Show = this.show === 'partners' || this.show === 'products' ? this.show : 'flows';
    const flow: Flow = this.flow === 'import' ? 'import' : 'export';
    const series = data as unknown as TradeSeries;
    return trendModel(series, { period, show, flow, year: yearIn(series, this.year) });
  }

  protected buildLayout(model: TrendModel, width: number, measure: Measure): TrendLayout {
    const { t } = this;
    return layoutTrend(model, width, measure, {
      // Axis labels are round: "300 M€", not "300,0 M€".
      euros: (value) => formatEuros(value, t).replace(/[,.]0(?=\D*$)/, ''),
      tick: (year) => String(year),
      balance: t.common.balance,
      name: (code) => this.#name(model, code),
      panelValue: (index) => this.#euros(model.panels[index].latest),
      panelChange: (index) => {
        const panel = model.panels[index];
        const change = panel.fiveYears ?? panel.oneYear;
        const over = panel.fiveYears !== undefined ? t.trend.fiveYears : t.trend.oneYear;
        return change === undefined ? '' : `${formatChange(change, t)} ${over}`;
      },
    });
  }

  protected titleFor(data: TradeData | undefined): string {
    const { t } = this;
    const show = this.show === 'partners' || this.show === 'products' ? this.show : 'flows';
    const flow: Flow = this.flow === 'import' ? 'import' : 'export';
    const title =
      show === 'partners'
        ? t.trend.partnersTitle(flow)
        : show === 'products'
          ? t.trend.productsTitle(flow)
          : t.trend.title;
    if (!data) return title;
    const series = data as unknown as TradeSeries;
    const year = this.#yearOf(series);
    const span = series.years.export.length ? `${series.years.start}–${year}` : String(year);
    return `${title}, ${territoryName(series.territory, t)} (${span})`;
  }

  protected override emptyMessage(model: TrendModel): string | undefined {
    const none = model.show === 'flows' ? !model.headline : !model.panels.length;
    return none ? `${this.t.trend.empty} (${territoryName(model.territory, this.t)}).` : undefined;
  }

  protected override placeholderHeight(width: number): number {
    return estimateHeight(width);
  }

  /** "−5,6 % sur un an, +50 % sur cinq ans" for a flow (or the balance), where the changes exist. */
  #changes(model: TrendModel, flow: Flow | 'balance', inWords = false): string[] {
    const { t } = this;
    const out: string[] = [];
    for (const [change, over] of [
      [model.headline?.oneYear, t.trend.oneYear],
      [model.headline?.fiveYears, t.trend.fiveYears],
    ] as [Change | undefined, string][]) {
      if (!change) continue;
      if (flow === 'balance') out.push(`${formatEuros(change.balance, t, { signed: true, inWords })} ${over}`);
      else if (change.ratio[flow] !== undefined) out.push(`${formatChange(change.ratio[flow], t)} ${over}`);
    }
    return out;
  }

  protected describe(model: TrendModel): string {
    const { t } = this;
    const name = territoryName(model.territory, t);
    const first = model.points[0] as TrendPoint | undefined;
    const last = model.headline?.latest;
    if (model.show !== 'flows') {
      const title = model.show === 'partners' ? t.trend.partnersTitle(model.flow) : t.trend.productsTitle(model.flow);
      const span = t.trend.span(String(model.years[0]), String(model.year), 'year');
      const items = model.panels.map((p) => {
        const changes = [p.oneYear, p.fiveYears]
          .map((c, i) => (c === undefined ? '' : `${formatChange(c, t)} ${i ? t.trend.fiveYears : t.trend.oneYear}`))
          .filter(Boolean);
        const said = changes.length ? ` (${changes.join(', ')})` : '';
        return `${this.#name(model, p.code)} ${this.#euros(p.latest, true)}${said}`;
      });
      return `${name}, ${title.toLowerCase()}, ${span}. ${model.year}${t.colon}${items.join(t.listSeparator)}.`;
    }
    if (!first || !last) return name;
    const span = t.trend.span(this.#periodOf(first), this.#periodOf(last), model.period);
    const parts = FLOWS.map((flow) => {
      const changes = this.#changes(model, flow);
      const text = `${t.common.flow[flow].toLowerCase()} ${this.#euros(last[flow], true)}`;
      return changes.length ? `${text} (${changes.join(', ')})` : text;
    });
    parts.push(`${t.common.balance.toLowerCase()} ${this.#euros(last.balance, true, true)}`);
    const missing = model.missing.length
      ? ` ${t.trend.missingCaption(model.missing.length, this.#missingList(model))}`
      : '';
    return `${name}, ${span}. ${this.#periodOf(last)}${t.colon}${parts.join(t.listSeparator)}.${missing}`;
  }

  #missingList(model: TrendModel): string {
    return model.points
      .filter((p) => p.export === null)
      .map((p) => this.#periodOf(p))
      .join(', ');
  }

  /** The latest values and their changes, in words on the page: no hover needed. */
  protected override renderSubtitle(model: TrendModel): TemplateResult | typeof nothing {
    const { t } = this;
    const last = model.headline?.latest;
    if (model.show !== 'flows' || !last) return nothing;
    const line = (flow: Flow | 'balance') => {
      const value = flow === 'balance' ? last.balance : last[flow];
      const label = flow === 'balance' ? t.common.balance : t.common.flow[flow];
      const changes = this.#changes(model, flow);
      return html`<li class="figure ${flow}">
        <span class="key" aria-hidden="true"></span>${label}${t.colon}<strong
          class=${flow === 'balance' ? sign(value) : ''}
          >${this.#euros(value, false, flow === 'balance')}</strong
        >${changes.map((c) => html` · <span class="change">${c}</span>`)}
      </li>`;
    };
    return html`<div class="headline" part="headline">
      <p class="when">${this.#periodOf(last)}</p>
      <ul>
        ${line('export')}${line('import')}${line('balance')}
      </ul>
    </div>`;
  }

  protected override renderCaption(model: TrendModel): TemplateResult | typeof nothing {
    const { t } = this;
    if (model.show !== 'flows')
      return html`${t.trend.shareOf(t.common.flow[model.flow])}${t.colon}${this.#shares(model)}`;
    const { flow, balance } = t.common;
    const missing = model.missing.length
      ? ` ${t.trend.missingCaption(model.missing.length, this.#missingList(model))}`
      : '';
    return html`${balance} = ${flow.export.toLowerCase()} − ${flow.import.toLowerCase()}.${missing}`;
  }

  /** "États-Unis 13 %, Espagne 9,4 %…" in the latest year shown. */
  #shares(model: TrendModel): string {
    const total = this.#seriesOf().years[model.flow][model.years.length - 1];
    return model.panels
      .map(
        (p) =>
          `${this.#name(model, p.code)} ${p.latest !== null && total ? formatShare(p.latest / total, this.t) : '–'}`,
      )
      .join(', ');
  }

  protected tableFor(model: TrendModel): TableModel {
    const { t } = this;
    const cell = (value: number | null, signed = false): TableCell =>
      value === null
        ? t.trend.missing
        : { text: formatEuros(value, t, { signed }), value, className: signed ? sign(value) : undefined };
    if (model.show === 'flows')
      return {
        caption: this.chartTitleText,
        columns: [
          { label: t.trend.periodHeading[model.period] },
          { label: t.common.flow.export, numeric: true, unit: 'eur' },
          { label: t.common.flow.import, numeric: true, unit: 'eur' },
          { label: t.common.balance, numeric: true, unit: 'eur' },
        ],
        rows: model.points.map((p) => [this.#periodOf(p), cell(p.export), cell(p.import), cell(p.balance, true)]),
      };
    const series = this.#seriesOf();
    const kind = this.#kind(model);
    return {
      caption: this.chartTitleText,
      columns: [
        { label: t.trend.periodHeading.year },
        ...model.panels.map((p) => ({
          label: itemNameInTable(kind, this.modelData, p.code, t),
          numeric: true,
          unit: 'eur' as const,
        })),
        { label: `${t.common.total} (${t.common.flow[model.flow].toLowerCase()})`, numeric: true, unit: 'eur' },
      ],
      rows: model.years.map((year, i) => [
        String(year),
        ...model.panels.map((p) => cell(p.values[i])),
        cell(series.years[model.flow][i]),
      ]),
    };
  }

  protected renderChart(layout: TrendLayout, model: TrendModel): TemplateResult {
    const { activeKey } = this.interaction;
    const text = (content: { x: number; y: number; text: string }, className: string, part?: string) =>
      svg`<text class=${className} part=${part ?? nothing} x=${content.x} y=${content.y}>${content.text}</text>`;
    const selected = model.panels.some((p) => p.code === this.selected) ? this.selected : undefined;
    const mark = (p: PointLayout, label: string, selects: boolean) => {
      const dot = (flow: string, y: number | undefined) =>
        y === undefined || !(layout.dots || p.key === activeKey)
          ? nothing
          : svg`<circle class="dot ${flow}" cx=${p.x} cy=${y} r=${p.key === activeKey ? 4 : 2.5}></circle>`;
      return svg`<g data-key=${p.key} class=${p.key === activeKey ? 'active' : ''}
          role=${selects ? 'button' : 'img'} tabindex=${this.interaction.tabIndex(p.key)} aria-label=${label}
          aria-pressed=${selects ? String(p.key.split('|')[0] === this.selected) : nothing}>
        <rect class="band ring" x=${p.band.x} y=${p.band.y} width=${Math.max(1, p.band.width)}
          height=${p.band.height}></rect>
        ${
          p.missing
            ? svg`<rect class="missing" part="missing" x=${p.band.x} y=${p.band.y}
              width=${Math.max(1, p.band.width)} height=${p.band.height}></rect>`
            : nothing
        }
        ${
          p.bar
            ? svg`<rect class="bar ${p.bar.sign}" part="balance-bar" x=${p.bar.x} y=${p.bar.y}
              width=${p.bar.width} height=${p.bar.height}></rect>`
            : nothing
        }
        ${dot('export', p.y.export)}${dot('import', p.y.import)}${dot(model.flow, p.y.value)}
      </g>`;
    };
    const pointLabel = (key: string) => {
      const found = this.#find(model, key);
      return found ? `${found.title}${this.t.colon}${found.rows.map((r) => `${r[0]} ${r[1]}`.trim()).join(', ')}` : key;
    };
    if (model.show === 'flows') {
      const { plot, balance } = layout;
      return html`<svg
        width=${layout.width}
        height=${layout.height}
        viewBox="0 0 ${layout.width} ${layout.height}"
        font-size=${TEXT_SIZE}
      >
        <g aria-hidden="true">
          ${layout.grid.map(
            (g) => svg`<path class="grid" d="M${plot.x1} ${g.y}H${plot.x2}"></path>${text(g.label, 'axis end')}`,
          )}
          ${layout.ticks.map((tick) => text(tick, 'axis middle'))}
          ${
            balance
              ? svg`${text(balance.label, 'axis start')}
                  <path class="zero" d="M${plot.x1} ${balance.zero}H${plot.x2}"></path>`
              : nothing
          }
        </g>
        ${layout.points.map((p) => mark(p, pointLabel(p.key), false))}
        <g aria-hidden="true">
          <path class="line export" part="line-export" d=${layout.paths.export || 'M0 0'}></path>
          <path class="line import" part="line-import" d=${layout.paths.import || 'M0 0'}></path>
        </g>
      </svg>`;
    }
    return html`<svg
      width=${layout.width}
      height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}"
      font-size=${TEXT_SIZE}
    >
      ${layout.panels.map(
        (panel) => svg`<g part="panel" class=${selected ? (panel.code === selected ? 'selected' : 'dimmed') : ''}>
          <g aria-hidden="true">
            ${text(panel.title, 'panel-title start')}${text(panel.value, 'panel-value start')}
            ${text(panel.change, 'axis start')}
            <path class="grid" d="M${panel.baseline.x1} ${panel.top.y}H${panel.baseline.x2}"></path>
            ${text(panel.top.label, 'axis end')}
            <path class="zero" d="M${panel.baseline.x1} ${panel.baseline.y}H${panel.baseline.x2}"></path>
            ${panel.ticks.map((tick) => text(tick, 'axis middle'))}
          </g>
          ${panel.points.map((p) => mark(p, pointLabel(p.key), true))}
          <path aria-hidden="true" class="line ${model.flow}" part="line-${model.flow}"
            d=${panel.path || 'M0 0'}></path>
        </g>`,
      )}
    </svg>`;
  }
}

/** The class of a balance: its colour. */
function sign(value: number | null): string {
  return value === null || value === 0 ? 'zero' : value > 0 ? 'positive' : 'negative';
}

defineElement('trade-trend', TradeTrend);

declare global {
  interface HTMLElementTagNameMap {
    'trade-trend': TradeTrend;
  }
}
