import { html, nothing, svg, type PropertyDeclaration, type TemplateResult } from 'lit';
import type { TradeData } from '../../data/contract.ts';
import { formatEuros, formatShare } from '../../data/format.ts';
import { countryName, itemNameInTable, territoryName } from '../../data/i18n/names.ts';
import { loadJson } from '../../data/loader.ts';
import { resolveBase } from '../../data/urls.ts';
import type { Measure } from '../../layout/text.ts';
import { InteractionController } from '../base/controllers/interaction.ts';
import { renderTooltip, type TooltipRow } from '../base/render/tooltip.ts';
import type { TableCell, TableModel } from '../base/table-model.ts';
import { TradeChart } from '../base/trade-chart.ts';
import { defineElement } from '../base/define.ts';
import {
  FRANCE_FILE,
  TOTALS_FILE,
  WORLD_FILE,
  parseGeo,
  parseTotals,
  type GeoFile,
  type GeoShape,
  type TerritoryTotals,
} from './geo.ts';
import { DOT, LABEL_SIZE, layoutMap, type Box, type MapLayout } from './layout.ts';
import {
  CORSE_SHAPES,
  MAP_FLOWS,
  counted,
  franceModel,
  mapModel,
  type FranceView,
  type MapClass,
  type MapFlow,
  type MapModel,
  type MapRow,
} from './model.ts';
import { styles } from './styles.ts';

/** The CSS class of a colour class: t1…t5 (sequential), n3…n1, z, p1…p3 (diverging). */
const toneClass = ({ tone }: MapClass, diverging: boolean): string =>
  diverging ? (tone < 0 ? `n${-tone}` : tone > 0 ? `p${tone}` : 'z') : `t${tone}`;

/** The box around shapes, with a margin of a tenth of its size. */
function boxAround(shapes: GeoShape[]): Box {
  const boxes = shapes.flatMap((shape) => (shape.box ? [shape.box] : []));
  if (!boxes.length) return { x: 0, y: 0, width: 1, height: 1 };
  const [x0, y0] = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1]))];
  const [x1, y1] = [Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
  const margin = Math.max(x1 - x0, y1 - y0) / 10;
  return { x: x0 - margin, y: y0 - margin, width: x1 - x0 + 2 * margin, height: y1 - y0 + 2 * margin };
}

/** A map with no shapes, when the map file could not be loaded: every partner is listed. */
const NO_MAP: GeoFile = { credit: '', width: 1, height: 0, shapes: {} };

/**
 * The territory's partner countries on a world map (Natural Earth, Equal Earth
 * projection), coloured by exports, imports or the balance in classes; the five
 * first partners carry their value. Partners without a shape on the map (« pays et
 * territoires non déterminés », Ceuta, small islands) are listed under it with their
 * values, so that no euro is left out. The shapes are a data file beside the data
 * (`geo/world.json` under `base-url`), loaded with the first map.
 *
 * @tagname trade-map
 * @summary Partner countries on a world map, coloured by exports, imports or balance.
 *
 * France's map (`scope="france"`): the departments coloured by their own exports, imports or
 * balance, the territory outlined, the five overseas departments in insets; a region's
 * version shows its departments, and `level="france"` the regions. Its shapes are
 * `geo/france.json`, its values `<year>/territories.json` (every department's and region's
 * totals, in one small file).
 *
 * @attr flow - "export" (default), "import" or "balance" (exports − imports, on a diverging scale).
 * @attr scope - "world" (default): the partner countries; "france": the territory on the map of France.
 *
 * @csspart shape - A partner country's shape.
 * @csspart land - The land of the countries without trade in the flow shown.
 * @csspart label - A value label of one of the first five partners.
 * @csspart legend - The legend of the colour classes.
 * @csspart listed - The list of the partners that have no shape on the map.
 * @csspart territory - France's map: the outline of the territory shown.
 * @csspart inset - France's map: the frame of an overseas inset.
 *
 * @cssprop [--trade-color-export=#a558a0] - Exports: the darkest class of the export map.
 * @cssprop [--trade-color-import=#000091] - Imports: the darkest class of the import map.
 * @cssprop [--trade-color-positive=#18753c] - Surpluses on the balance map.
 * @cssprop [--trade-color-negative=#ce0500] - Deficits on the balance map.
 */
export class TradeMap extends TradeChart<MapModel, MapLayout> {
  static override styles = [TradeChart.styles, styles];
  static override properties = { flow: {}, scope: {}, geo: { state: true }, totals: { state: true } };
  static override modelProperties = ['flow', 'scope', 'geo', 'totals'];

  /** "export" (default), "import" or "balance". */
  flow: string = 'export';
  /** "world" (default) or "france". */
  scope?: string;

  /** The map file: undefined while it loads, null when it failed. */
  protected geo?: GeoFile | null;
  /** France's map: every department's and region's totals; undefined while they load, null when they failed. */
  protected totals?: TerritoryTotals | null;
  #geoUrl?: string;
  #totalsUrl?: string;

  protected readonly interaction = new InteractionController<MapLayout>(this, {
    keys: (layout) => layout.keys,
    select: (code) => {
      const row = this.#row(code);
      // Departments and regions are not partners: nothing to tell the page.
      if (!row || this.#france) return undefined;
      const flow = this.#flow;
      return { kind: 'country', code, label: this.#name(code), ...(flow === 'balance' ? {} : { flow }) };
    },
    tooltip: (code) => {
      const row = this.#row(code);
      return row && renderTooltip(this.#name(code), this.#tooltipRows(row));
    },
    anchor: (code, layout) => {
      const point = layout.points[code] as { x: number; y: number } | undefined;
      return point && { x: point.x, y: point.y - DOT, below: point.y + DOT };
    },
  });

  /** While the map file loads, the data waits with it: the chart is drawn once, with its map. */
  override get data(): TradeData | undefined {
    return this.#waiting ? undefined : super.data;
  }

  get #france(): boolean {
    return this.scope === 'france';
  }

  /** Whether the map file, or France's values, are still on their way. */
  get #waiting(): boolean {
    return this.geo === undefined || (this.#france && this.loader.data !== undefined && this.totals === undefined);
  }
  override set data(value: unknown) {
    super.data = value;
  }

  override get state() {
    const state = super.state;
    return state === 'ready' && this.#waiting ? 'loading' : state;
  }

  get #flow(): MapFlow {
    return MAP_FLOWS.find((flow) => flow === this.flow) ?? 'export';
  }

  #row(code: string): MapRow | undefined {
    return this.model?.rows.find((row) => row.code === code);
  }

  #name(code: string): string {
    if (!this.#france) return countryName(this.modelData, code, this.t);
    const table = this.#view().level === 'region' ? this.totals?.regions : this.totals?.departments;
    const own = CORSE_SHAPES.includes(code) ? undefined : table?.[code];
    return own ? own[2] : code === '2A' ? 'Corse-du-Sud' : code === '2B' ? 'Haute-Corse' : code;
  }

  /** France's map: the departments (of the territory's region, for a region), or the regions for France. */
  #view(data: TradeData = this.modelData): FranceView {
    const { territory } = data;
    if (territory.level === 'france') return { level: 'region' };
    return { level: 'department', region: territory.level === 'region' ? territory.code : undefined };
  }

  #euros(value: number, inWords?: boolean): string {
    return formatEuros(value, this.t, { signed: this.#flow === 'balance', inWords });
  }

  #range({ min, max }: MapClass): string {
    const { map } = this.t;
    const euros = (value: number) => this.#euros(value);
    if (min === max) return euros(0);
    if (!Number.isFinite(max)) return map.above(euros(min));
    if (!Number.isFinite(min)) return map.below(euros(max));
    return min === 0 && this.#flow !== 'balance' ? map.below(euros(max)) : map.between(euros(min), euros(max));
  }

  #tooltipRows(row: MapRow): TooltipRow[] {
    const { common } = this.t;
    const model = this.model;
    const rank = model ? model.rows.indexOf(row) + 1 : 0;
    const sign = (value: number) => (value > 0 ? 'positive' : value < 0 ? 'negative' : '');
    return [
      [common.flow.export, formatEuros(row.exp, this.t)],
      [common.flow.import, formatEuros(row.imp, this.t)],
      [common.balance, formatEuros(row.exp - row.imp, this.t, { signed: true }), sign(row.exp - row.imp)],
      this.#flow !== 'balance' && !!model?.total && [this.t.balance.shareOf(common.flow[this.#flow]), this.#share(row)],
      !!model && [this.t.map.rank, `${this.t.ordinal(rank)} / ${model.rows.length}`],
    ];
  }

  #share(row: MapRow): string {
    return formatShare(this.model?.total ? row.value / this.model.total : 0, this.t);
  }

  /**
   * New data while the map waits for its files reads as no change (`data` is still undefined):
   * France's values are asked for here, and their arrival draws the map.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    if (name === 'data') this.#loadGeo();
    super.requestUpdate(name, oldValue, options);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.#loadGeo();
    super.willUpdate(changed);
  }

  /** Loads the map file beside the data (once per page, through the loader's cache). */
  #loadGeo(): void {
    let base = '';
    try {
      base = resolveBase(this.baseUrl);
    } catch {
      // No document base: the request fails, and the partners are listed.
    }
    const url = base + (this.#france ? FRANCE_FILE : WORLD_FILE);
    if (url !== this.#geoUrl) {
      this.#geoUrl = url;
      this.geo = undefined;
      loadJson(url, parseGeo).then(
        (geo) => {
          if (this.#geoUrl === url) this.geo = geo;
        },
        () => {
          if (this.#geoUrl === url) this.geo = null;
        },
      );
    }
    const year = this.loader.data?.year;
    const totalsUrl = this.#france && year ? `${base}${year}/${TOTALS_FILE}` : undefined;
    if (totalsUrl === this.#totalsUrl) return;
    this.#totalsUrl = totalsUrl;
    this.totals = undefined;
    if (totalsUrl)
      loadJson(totalsUrl, parseTotals).then(
        (totals) => {
          if (this.#totalsUrl === totalsUrl) this.totals = totals;
        },
        () => {
          if (this.#totalsUrl === totalsUrl) this.totals = null;
        },
      );
  }

  protected buildModel(data: TradeData): MapModel {
    if (this.#france) {
      const view = this.#view(data);
      const region = view.level === 'region';
      const totals = (region ? this.totals?.regions : this.totals?.departments) ?? {};
      const shapes = (region ? this.geo?.regions : this.geo?.shapes) ?? {};
      return franceModel(data.territory, data.year, totals, this.#flow, shapes, view);
    }
    const shapes = this.geo?.shapes ?? {};
    return mapModel(data, this.#flow, (code) => Object.hasOwn(shapes, code));
  }

  protected buildLayout(model: MapModel, width: number, measure: Measure): MapLayout {
    const words = {
      countryName: (code: string) => this.#name(code),
      euros: (value: number) => this.#euros(value),
      range: (min: number, max: number) => this.#range({ min, max, tone: 0 }),
    };
    const geo = this.geo ?? NO_MAP;
    if (!this.#france) return layoutMap(model, geo, width, measure, words);
    const view = this.#view();
    const all = (view.level === 'region' ? geo.regions : geo.shapes) ?? {};
    const shapes = Object.fromEntries(
      Object.entries(all).filter(([, shape]) => !view.region || shape.region === view.region),
    );
    if (!view.region) return layoutMap(model, { ...geo, shapes }, width, measure, words);
    // A region: its departments, framed with a margin of a tenth, no insets.
    const box = boxAround(Object.values(shapes));
    return layoutMap(model, { ...geo, shapes, insets: [] }, width, measure, words, box);
  }

  protected titleFor(data: TradeData | undefined): string {
    const { map } = this.t;
    const titles = !this.#france ? map.title : data?.territory.level === 'france' ? map.byRegion : map.byDepartment;
    return titles[this.#flow] + (data ? `, ${territoryName(data.territory, this.t)} (${data.year})` : '');
  }

  protected override emptyMessage(model: MapModel): string | undefined {
    return model.rows[0]
      ? undefined
      : `${this.t.map.empty[this.#flow]} (${territoryName(model.territory, this.t)}, ${model.year}).`;
  }

  protected override placeholderHeight(width: number): number {
    return Math.round(width * 0.45) + 40;
  }

  protected describe(model: MapModel): string {
    const { t } = this;
    const [first] = model.rows;
    const name = territoryName(model.territory, t);
    const listed = model.rows.filter((row) => !row.drawn);
    const notOnMap = listed.length ? ` ${t.map.notOnMap}${t.colon}${listed.length}.` : '';
    return (
      `${name}, ${model.year}${t.colon}${t.map.main(model.rows.length)}${t.colon}` +
      `${this.#name(first.code)} (${this.#euros(first.value, true)}).${notOnMap}`
    );
  }

  protected override renderCaption(model: MapModel): TemplateResult {
    const { t } = this;
    const listed = model.rows.filter((row) => !row.drawn);
    const geo = this.geo;
    const corse = this.#france && model.rows.some((row) => CORSE_SHAPES.includes(row.code));
    const credit = geo ? `${t.map.mapCredit}${geo.credit} (${geo.licence ?? t.map.publicDomain}).` : t.map.mapFailed;
    return html`${
        listed.length
          ? html`<p class="listed" part="listed">
              ${t.map.notOnMap}${t.colon}${listed.map(
                (row, index) =>
                  html`${index ? ' ; ' : ''}<span class=${row.code === this.selected ? 'selected' : ''}
                      >${this.#name(row.code)} <strong>${this.#euros(row.value)}</strong></span
                    >`,
              )}.
            </p>`
          : nothing
      }
      ${corse ? html`<p>${t.map.corse}</p>` : nothing}
      <p>${credit}</p>`;
  }

  protected tableFor(model: MapModel): TableModel {
    const { t } = this;
    const flow = this.#flow;
    const { common, map } = t;
    const euros = (value: number, signed = false): TableCell => ({
      text: formatEuros(value, t, { signed }),
      value,
    });
    const withShare = flow !== 'balance';
    const rows = model.rows.map((row) => [
      this.#france ? this.#name(row.code) : itemNameInTable('country', this.modelData, row.code, t),
      euros(row.exp),
      euros(row.imp),
      euros(row.exp - row.imp, true),
      ...(withShare ? [{ text: this.#share(row), value: model.total ? row.value / model.total : 0 }] : []),
      this.#range(model.classes[row.klass]),
      row.drawn ? map.yes : map.listed,
    ]);
    // Corse's figure once (its two shapes repeat it).
    const totalExp = model.rows.filter(counted).reduce((sum, row) => sum + row.exp, 0);
    const totalImp = model.rows.filter(counted).reduce((sum, row) => sum + row.imp, 0);
    return {
      caption: this.chartTitleText,
      columns: [
        { label: !this.#france ? common.country : this.#view().level === 'region' ? map.region : map.department },
        { label: common.flow.export, numeric: true, unit: 'eur' },
        { label: common.flow.import, numeric: true, unit: 'eur' },
        { label: common.balance, numeric: true, unit: 'eur' },
        ...(withShare ? [{ label: t.balance.shareOf(common.flow[flow]), numeric: true, unit: '%' as const }] : []),
        { label: map.klass },
        { label: map.onMap },
      ],
      rows,
      footer: [
        [
          common.total,
          euros(totalExp),
          euros(totalImp),
          euros(totalExp - totalImp, true),
          ...(withShare ? [{ text: formatShare(1, t), value: 1 }] : []),
          '',
          '',
        ],
      ],
    };
  }

  /** France's map: the shapes of the territory shown (Corse: both), outlined; none for a region or France. */
  #territoryKeys(model: MapModel): string[] {
    const { territory } = this.modelData;
    if (territory.level !== 'department') return [];
    const keys = territory.code === '20' ? CORSE_SHAPES : [territory.code];
    return keys.filter((key) => model.rows.some((row) => row.code === key && row.drawn));
  }

  #dot(at: { x: number; y: number }, className: string, radius: number) {
    return svg`<circle class=${className} cx=${at.x} cy=${at.y} r=${radius}></circle>`;
  }

  #leader({ x1, y1, x2, y2 }: { x1: number; y1: number; x2: number; y2: number }) {
    return svg`<line class="leader" x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>`;
  }

  protected renderChart(layout: MapLayout, model: MapModel): TemplateResult {
    const { width, height } = layout;
    const diverging = model.flow === 'balance';
    const { activeKey } = this.interaction;
    const selected = this.selected;
    const tone = (klass: number | undefined) =>
      klass === undefined ? 'none' : toneClass(model.classes[klass], diverging);
    const shapes = new Map(layout.shapes.map((shape) => [shape.key, shape]));
    const partners = new Set(layout.keys);
    const { transform } = layout;
    // The places without trade: one path (each shape a subpath of it), not one element each.
    const others = layout.shapes
      .filter((shape) => !partners.has(shape.key))
      .map((shape) => shape.d)
      .join('');
    const territory = this.#france ? this.#territoryKeys(model) : [];
    const ring = (key: string | undefined, className: string) => {
      const shape = key === undefined ? undefined : shapes.get(key);
      return shape && partners.has(shape.key)
        ? svg`<path class="ring ${className}" transform=${transform} d=${shape.d}></path>${
            shape.dot ? this.#dot(shape.dot, `ring ${className}`, DOT + 2) : nothing
          }`
        : nothing;
    };
    return html`<svg
      class=${model.flow}
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      font-size=${LABEL_SIZE}
    >
      <g aria-hidden="true" part="land">
        ${layout.other ? svg`<path class="land" transform=${transform} d=${layout.other}></path>` : nothing}
        ${others ? svg`<path class="none" transform=${transform} d=${others}></path>` : nothing}
      </g>
      ${layout.keys.map((key) => {
        const shape = shapes.get(key);
        const row = this.#row(key);
        if (!shape || !row) return nothing;
        const label = `${this.#name(key)}${this.t.colon}${this.#euros(row.value, true)}`;
        const className = tone(shape.klass);
        return svg`<g data-key=${key} role="button" tabindex=${this.interaction.tabIndex(key)}
          aria-pressed=${key === selected} aria-label=${label}>
          <path class="shape ${className}" part="shape" transform=${transform} d=${shape.d}></path>
          ${shape.dot ? this.#dot(shape.dot, `dot ${className}`, DOT) : nothing}
        </g>`;
      })}
      ${layout.insets.map(
        (box) =>
          svg`<rect class="inset" part="inset" x=${box.x} y=${box.y} width=${box.width} height=${box.height}></rect>`,
      )}
      ${territory.map((key) => ring(key, 'territory'))} ${ring(selected, 'selected')} ${ring(activeKey, 'active')}
      <g aria-hidden="true">
        ${layout.labels.map(
          (label) =>
            svg`${label.leader ? this.#leader(label.leader) : nothing}
            <text class="label" part="label" x=${label.x} y=${label.y}>${label.text}</text>`,
        )}
      </g>
      <g part="legend" aria-hidden="true">
        ${layout.legend.map(
          (item) =>
            svg`<g class=${item.empty ? 'empty' : ''}>
              <rect class="swatch ${tone(item.klass)}" x=${item.x} y=${item.y} width="14" height="10"></rect>
              <text x=${item.x + 20} y=${item.y + 9}>${item.text}</text>
            </g>`,
        )}
      </g>
    </svg>`;
  }
}

defineElement('trade-map', TradeMap);

declare global {
  interface HTMLElementTagNameMap {
    'trade-map': TradeMap;
  }
}
