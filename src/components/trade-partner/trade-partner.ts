import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { countOr } from '../../data/aggregate.ts';
import type { Flow, TradeData } from '../../data/contract.ts';
import { formatEuros, formatPercent } from '../../data/format.ts';
import { countryName, itemNameInTable, productName, territoryName } from '../../data/i18n/names.ts';
import type { Measure } from '../../layout/text.ts';
import { InteractionController } from '../base/controllers/interaction.ts';
import { renderTooltip, type TooltipRow } from '../base/render/tooltip.ts';
import type { TableCell, TableModel } from '../base/table-model.ts';
import { TradeChart } from '../base/trade-chart.ts';
import { defineElement } from '../base/define.ts';
import { ComparisonController, comparisonQueries, type Comparison } from '../base/controllers/comparison.ts';
import {
  FIGURE_SIZE,
  VALUE_SIZE,
  estimateHeight,
  layoutPartner,
  type Box,
  type PartnerLayout,
  type PartnerWords,
  type Text,
} from './layout.ts';
import {
  DEFAULT_LIMIT,
  partnerModel,
  type PartnerModel,
  type PartnerProduct,
  type PartnerProfile,
  type Place,
  type PlaceShare,
} from './model.ts';
import { styles } from './styles.ts';

const FLOWS: readonly Flow[] = ['export', 'import'];

/** The class (and part suffix) of a balance: its colour, in HTML and SVG alike. */
const sign = (value: number) => (value > 0 ? 'positive' : value < 0 ? 'negative' : 'zero');

/**
 * « Exposition aux principaux partenaires »: how much a territory trades with one
 * partner country, and where it stands against its region and France. It shows
 * the exports to the country, the imports from it and the balance, with the
 * country's rank among the territory's partners; the country's share of the
 * territory's exports and imports beside the same share for the region and for
 * France; and the products traded with it, each with its exposure: the share of
 * that product's exports (imports) that goes to (comes from) the country, against
 * the same share for France.
 *
 * Without a `country`, a picker lists the territory's partners, largest first. A
 * country chosen in another widget of the page (`trade-select`) shows its profile,
 * unless `sync="none"`. The region's and France's files are loaded, for the same
 * year, through the shared loader.
 *
 * @tagname trade-partner
 * @summary Exposure to one partner country: trade, shares against the region and France, products.
 *
 * @attr country - DGDDI code of the partner country ("US", "BE"). Without it, a picker lists the partners.
 * @attr limit - How many products to draw for each flow (default 5). The table gives the weight of the others.
 *
 * @fires trade-select - A product was chosen in the chart (`kind: 'product'`, with its `flow`), or a country in
 *   the picker (`kind: 'country'`).
 *
 * @csspart picker - The partner picker (a `<select>`).
 * @csspart figure - A key figure (exports, imports, balance).
 * @csspart share-bar - A bar of the country's share of a territory's flow.
 * @csspart bar-export - A product's export bar.
 * @csspart bar-import - A product's import bar.
 * @csspart gauge - A product's exposure gauge.
 * @csspart france-tick - France's exposure on a gauge.
 * @csspart label - A product or place label.
 */
export class TradePartner extends TradeChart<PartnerModel, PartnerLayout> {
  static override styles = [TradeChart.styles, styles];
  static override properties = {
    country: {},
    limit: { type: Number },
    comparison: { state: true },
    shown: { state: true },
  };
  static override modelProperties = ['limit', 'comparison', 'shown'];

  /** DGDDI code of the partner country. */
  country?: string;
  /** How many products to draw for each flow (default 5). */
  limit = DEFAULT_LIMIT;
  /** The region's and France's files, once loaded. */
  protected comparison: Comparison = {};
  /** The country shown: the last one selected in the page, else `country`. */
  protected shown?: string;
  /** The last country that `selected` named (a selected product keeps it). */
  #followed?: string;

  protected readonly comparisons = new ComparisonController(this, {
    data: () => (this.loader.status === 'ready' ? this.data : undefined),
    levels: () => ['region', 'france'],
    baseUrl: () => this.baseUrl,
    timeout: () => this.errorContext.timeoutMs,
    loaded: (comparison) => {
      this.comparison = comparison;
      this.#compared = this.data;
    },
  });
  /** The data whose comparison files have come (or failed to); that for which the chart stopped waiting for them. */
  #compared?: TradeData;
  #waited?: TradeData;
  #stopWaiting?: ReturnType<typeof setTimeout>;

  /**
   * Whether the chart waits for its comparison files before its first drawing:
   * until the task after its data came, so that files already in the loader's
   * cache (they come a few microtasks later) make one drawing, not the territory's
   * figures alone and then again with their shares in the same frame. Files still
   * on their way are not waited for: the territory's figures are drawn, then again
   * with the shares.
   */
  #waiting(data: TradeData): boolean {
    if (this.#compared === data || this.#waited === data) return false;
    const { region, france } = comparisonQueries(data, this.baseUrl);
    if (!region && !france) return false;
    if (this.#stopWaiting === undefined)
      this.#stopWaiting = setTimeout(() => {
        this.#stopWaiting = undefined;
        this.#waited = data;
        this.requestUpdate();
      }, 0);
    return true;
  }

  protected readonly interaction = new InteractionController<PartnerLayout>(this, {
    keys: (layout) => layout.products.flatMap((block) => block.rows.map((row) => row.key)),
    select: (key) => {
      const found = this.#product(key);
      return (
        found && { kind: 'product', code: found.row.code, label: this.#productName(found.row.code), flow: found.flow }
      );
    },
    tooltip: (key) => {
      const found = this.#product(key);
      return found && renderTooltip(this.#productName(found.row.code), this.#productFigures(found.flow, found.row));
    },
    anchor: (key, layout) => {
      const row = layout.products.flatMap((block) => block.rows).find((r) => r.key === key);
      return row && { x: row.band.x + row.band.width / 2, y: row.band.y, below: row.band.y + row.band.height };
    },
  });

  #product(key: string): { flow: Flow; row: PartnerProduct } | undefined {
    const profile = this.model?.profile;
    if (!profile) return undefined;
    for (const flow of FLOWS) {
      const row = profile.products[flow].rows.find((r) => `${flow}:${r.code}` === key);
      if (row) return { flow, row };
    }
    return undefined;
  }

  /** A country's name; one the data does not list (no trade with it) is named by the browser, else by its code. */
  #countryName(code: string): string {
    const data = this.modelData;
    if (code in data.countries) return countryName(data, code, this.t);
    try {
      return new Intl.DisplayNames([this.t.numbers.intl], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  #productName(code: string): string {
    return productName(this.modelData, code, this.t);
  }

  #placeName(place: Place): string {
    return territoryName(place, this.t);
  }

  /** A place in a sentence: "la région Occitanie", "la France entière". */
  #placeInSentence(place: Place): string {
    return place.level === 'region' ? this.t.common.regionOf(place.name) : this.t.partner.franceInSentence;
  }

  #euros(value: number, signed = false, inWords = false): string {
    return formatEuros(value, this.t, { signed, inWords });
  }

  #share(ratio: number): string {
    return formatPercent(ratio, this.t);
  }

  /** The places compared, other than the territory: its region and France, as loaded. */
  #others(profile: PartnerProfile): PlaceShare[] {
    return profile.shares.slice(1);
  }

  /** A product's figures: euros, exposure here, in the region and in France (the tooltip's rows). */
  #productFigures(flow: Flow, row: PartnerProduct): TooltipRow[] {
    const { t } = this;
    const profile = this.model?.profile;
    const others = profile ? this.#others(profile) : [];
    const region = others.find((place) => place.level === 'region');
    const france = others.find((place) => place.level === 'france');
    return [
      [t.common.flow[flow], this.#euros(row.value)],
      [t.partner.exposure[flow], this.#share(row.exposure)],
      region && row.regionExposure !== undefined
        ? [t.partner.exposureOf(this.#placeName(region)), this.#share(row.regionExposure)]
        : false,
      france && row.franceExposure !== undefined
        ? [t.partner.exposureOf(this.#placeName(france)), this.#share(row.franceExposure)]
        : false,
    ];
  }

  /** "1re destination sur 60", or "aucune exportation". */
  #rank(profile: PartnerProfile, flow: Flow): string {
    const rank = profile.rank[flow];
    return rank ? this.t.partner.rank(flow, rank.rank, rank.of) : this.t.partner.noFlow[flow];
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#follow(changed);
    super.willUpdate(changed);
  }

  /**
   * Which country to show: a country selected in the page (or in the picker) wins
   * until the selection is cleared, or `country` is set again; a selected product
   * keeps the country shown.
   */
  #follow(changed: PropertyValues): void {
    const data = this.loader.status === 'ready' ? this.data : undefined;
    const isCountry = (code: unknown): boolean =>
      typeof code === 'string' && (data ? code in data.countries : /^[A-Z0-9]{2}$/.test(code));
    if (changed.has('country') && this.hasUpdated) this.#followed = undefined;
    if (changed.has('selected') || changed.has('data')) {
      if (this.selected && isCountry(this.selected)) this.#followed = this.selected;
      else if (!this.selected && isCountry(changed.get('selected'))) this.#followed = undefined;
    }
    // `country` as written when the data has that code (codes may hold small letters), else in capitals ("us").
    const asked = this.country?.trim() || undefined;
    const shown = this.#followed ?? (asked && data && asked in data.countries ? asked : asked?.toUpperCase());
    if (shown !== this.shown) this.shown = shown;
  }

  protected buildModel(data: TradeData): PartnerModel {
    return partnerModel(data, this.shown, this.comparison, this.limit);
  }

  protected buildLayout(model: PartnerModel, width: number, measure: Measure): PartnerLayout | undefined {
    if (this.#waiting(this.modelData)) return undefined;
    // Only drawn with a profile (see emptyMessage).
    const profile = model.profile as PartnerProfile;
    const { t } = this;
    const figures: PartnerWords['figures'] = [
      {
        key: 'export',
        label: t.common.flow.export,
        value: this.#euros(profile.exp),
        note: this.#rank(profile, 'export'),
      },
      {
        key: 'import',
        label: t.common.flow.import,
        value: this.#euros(profile.imp),
        note: this.#rank(profile, 'import'),
      },
      { key: 'balance', label: t.common.balance, value: this.#euros(profile.balance, true) },
    ];
    return layoutPartner(profile, width, measure, {
      figures,
      shareHead: t.partner.shareHead,
      placeName: (place) => this.#placeName(place),
      share: (ratio) => this.#share(ratio),
      productHead: t.partner.productHead,
      gaugeHead: t.partner.gaugeHead,
      none: t.partner.noFlow,
      productName: (code) => this.#productName(code),
      euros: (value) => this.#euros(value),
    });
  }

  protected titleFor(data: TradeData | undefined): string {
    const { t } = this;
    const country = this.model?.asked && data ? `${t.colon}${this.#countryName(this.model.asked)}` : '';
    return t.partner.title + country + (data ? `, ${territoryName(data.territory, t)} (${data.year})` : '');
  }

  protected override emptyMessage(model: PartnerModel): string | undefined {
    const { t } = this;
    const name = territoryName(model.territory, t);
    if (model.profile) return undefined;
    const message = model.asked ? t.partner.noTrade(this.#countryName(model.asked)) : t.partner.prompt;
    return `${message} (${name}, ${model.year}).`;
  }

  protected override placeholderHeight(width: number): number {
    return estimateHeight(width, countOr(this.limit, DEFAULT_LIMIT));
  }

  protected describe(model: PartnerModel): string {
    const { t } = this;
    const profile = model.profile as PartnerProfile;
    const others = this.#others(profile);
    const name = `${territoryName(model.territory, t)}, ${this.#countryName(profile.code)}, ${model.year}`;
    const clauses = FLOWS.map((flow) => {
      const value = flow === 'export' ? profile.exp : profile.imp;
      const [own] = profile.shares;
      const shares = t.partner.shareClause(
        flow,
        this.#share(own.share[flow]),
        others.map((place) => ({ place: this.#placeInSentence(place), share: this.#share(place.share[flow]) })),
      );
      const first = profile.products[flow].rows.at(0);
      const product = first
        ? t.listSeparator + t.partner.productClause(flow, this.#productName(first.code), this.#share(first.exposure))
        : '';
      const figure = `${t.common.flow[flow].toLowerCase()} ${this.#euros(value, false, true)}`;
      return `${figure} (${this.#rank(profile, flow)}), ${shares}${product}`;
    });
    const balance = `${t.common.balance.toLowerCase()} ${this.#euros(profile.balance, true, true)}`;
    return `${name}${t.colon}${clauses.join(t.listSeparator)}${t.listSeparator}${balance}.`;
  }

  protected override renderSubtitle(model: PartnerModel): TemplateResult {
    const { t } = this;
    const id = `${this.uid}-picker`;
    const chosen = model.profile?.code ?? '';
    return html`<p class="subtitle picker">
      <label for=${id}>${t.partner.picker}</label>
      <select id=${id} part="picker" @change=${this.#onPick}>
        ${chosen ? nothing : html`<option value="" selected>${t.partner.choose}</option>`}
        ${model.partners.map(
          (code) =>
            html`<option value=${code} ?selected=${code === chosen}>${countryName(this.modelData, code, t)}</option>`,
        )}
      </select>
    </p>`;
  }

  /** A country chosen in the picker: shown here, and told to the page's other widgets. */
  readonly #onPick = (event: Event): void => {
    const code = (event.target as HTMLSelectElement).value;
    if (!code) return;
    this.selected = code;
    this.emit('trade-select', { kind: 'country', code, label: this.#countryName(code) });
  };

  protected override renderCaption(): TemplateResult {
    return html`${this.t.partner.caption}`;
  }

  protected tableFor(model: PartnerModel): TableModel {
    const { t } = this;
    const profile = model.profile as PartnerProfile;
    const others = this.#others(profile);
    const euros = (value: number, signed = false): TableCell => ({ text: this.#euros(value, signed), value });
    const share = (value: number | undefined): TableCell =>
      value === undefined ? '' : { text: this.#share(value), value };
    const places = profile.shares.map((place) => this.#placeName(place));
    const rows: TableCell[][] = FLOWS.map((flow) => [
      t.partner.tradeRow,
      t.common.flow[flow],
      euros(flow === 'export' ? profile.exp : profile.imp),
      ...profile.shares.map((place) => share(place.share[flow])),
    ]);
    const exposures = (row: PartnerProduct) => [
      share(row.exposure),
      ...others.map((place) => share(place.level === 'region' ? row.regionExposure : row.franceExposure)),
    ];
    for (const flow of FLOWS) {
      const list = profile.products[flow];
      for (const row of list.rows)
        rows.push([
          itemNameInTable('product', this.modelData, row.code, t),
          t.common.flow[flow],
          euros(row.value),
          ...exposures(row),
        ]);
      if (list.rest.count)
        rows.push([
          t.partner.otherProducts(list.rest.count),
          t.common.flow[flow],
          euros(list.rest.value),
          ...places.map(() => ''),
        ]);
    }
    return {
      caption: this.chartTitleText,
      columns: [
        { label: t.partner.item },
        { label: t.partner.flow },
        { label: t.partner.value, numeric: true, unit: 'eur' },
        ...places.map((place) => ({ label: t.partner.shareOf(place), numeric: true, unit: '%' as const })),
      ],
      rows,
      footer: [[t.common.balance, '', euros(profile.balance, true), ...places.map(() => '')]],
    };
  }

  /** France's exposure on a gauge. */
  #tick(tick: { x: number; y1: number; y2: number } | undefined) {
    return tick ? svg`<path class="tick" part="france-tick" d="M${tick.x} ${tick.y1}V${tick.y2}"></path>` : nothing;
  }

  protected renderChart(layout: PartnerLayout, model: PartnerModel): TemplateResult {
    const profile = model.profile as PartnerProfile;
    const { width, height } = layout;
    const { activeKey } = this.interaction;
    const text = (content: Text | undefined, className: string, part?: string) =>
      content
        ? svg`<text class=${className} part=${part ?? nothing} x=${content.x} y=${content.y}>${content.text}</text>`
        : nothing;
    const rect = (shape: Box | undefined, className: string, part?: string) =>
      shape
        ? svg`<rect class=${className} part=${part ?? nothing} x=${shape.x} y=${shape.y}
            width=${shape.width} height=${shape.height}></rect>`
        : nothing;
    const selected = this.selected;
    const productRow = (row: PartnerLayout['products'][number]['rows'][number]) => {
      const found = this.#product(row.key);
      const label = found
        ? `${this.#productName(row.code)}${this.t.colon}` +
          this.#productFigures(found.flow, found.row)
            .filter((entry) => entry)
            .map((entry) => (entry ? `${entry[0].toLowerCase()} ${entry[1]}` : ''))
            .join(', ')
        : row.code;
      const rowClass = `product ${row.key === activeKey ? 'active' : ''} ${row.code === selected ? 'selected' : ''}`;
      return svg`<g class=${rowClass}>
        <g data-key=${row.key} role="button" tabindex=${this.interaction.tabIndex(row.key)}
          aria-pressed=${row.code === selected} aria-label=${label}>
          <rect class="band ring" x=${row.band.x + 1} y=${row.band.y} width=${row.band.width - 2}
            height=${row.band.height} rx="3"></rect>
          ${rect(row.bar, row.flow, `bar-${row.flow}`)}
          ${rect(row.track, 'track', 'gauge')}${rect(row.fill, `fill ${row.flow}`)}
          ${this.#tick(row.tick)}
        </g>
        <g aria-hidden="true">
          ${text(row.label, 'label start', 'label')}${text(row.value, 'value')}${text(row.exposure, 'value exposure')}
        </g>
      </g>`;
    };
    return html`<svg
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      font-size=${VALUE_SIZE}
      text-anchor="end"
    >
      <g aria-hidden="true">
        ${layout.figures.map(
          (figure) => svg`<g part="figure" class="figure ${figure.key}">
            ${text(figure.label, 'head start')}
            <text class="figure-value start ${figure.key === 'balance' ? sign(profile.balance) : ''}"
              x=${figure.value.x} y=${figure.value.y} font-size=${FIGURE_SIZE}>${figure.value.text}</text>
            ${text(figure.note, 'note start')}
          </g>`,
        )}
        ${layout.shares.map(
          (block) => svg`<g class="shares">
            ${text(block.head, 'head start')}
            ${block.rows.map(
              (row, index) => svg`<g class=${index === 0 ? 'own' : 'other'}>
                ${text(row.label, 'label start', 'label')}${rect(row.bar, `share ${block.flow}`, 'share-bar')}
                ${text(row.value, 'value start')}
              </g>`,
            )}
          </g>`,
        )}
        ${layout.products.map(
          (block) => svg`${text(block.head, 'head start')}${text(block.gaugeHead, 'head')}
            ${text(block.none, 'note start')}`,
        )}
      </g>
      ${layout.products.map((block) => block.rows.map(productRow))}
    </svg>`;
  }
}

defineElement('trade-partner', TradePartner);

declare global {
  interface HTMLElementTagNameMap {
    'trade-partner': TradePartner;
  }
}
