/**
 * What `<trade-summary>` shows beyond its own file, loaded on demand once the key
 * figures are drawn, with its texts in every language:
 * - the dependency indicators, beside France's (indicators.ts): the first three
 *   customers' share of the exports, the Herfindahl–Hirschman index of the
 *   customers, the first supplier's share of the imports;
 * - the change over five years, from the territory's series (its validation comes
 *   with this module: no other of the first five elements reads series).
 * Its templates are made with the `html` tag the element passes (the page's own lit);
 * the series is loaded with the loader the element passes (the page's shared cache).
 */
import type { TemplateResult } from 'lit';
import type { Flow, TradeData, TradeSeries } from '../../data/contract.ts';
import { formatChange, formatDecimal, formatPercent } from '../../data/format.ts';
import type { Lang } from '../../data/i18n/index.ts';
import type { Translation } from '../../data/i18n/translation.ts';
import type { FetchOptions, loadJson } from '../../data/loader.ts';
import { seriesUrl } from '../../data/urls.ts';
import { validateSeries } from '../../data/validate-series.ts';
import type { TableCell, TableModel } from '../base/table-model.ts';
import { dependencyOf, fiveYearChange, franceFor, type Dependency } from './indicators.ts';

type Lit = typeof import('lit');

interface DependencyTexts {
  title: string;
  topThree: string;
  hhi: string;
  supplier: string;
  /** Before France's value: "France entière : ". */
  france: string;
}

const NO_BREAK_SPACE = '\u00a0';
const NARROW_NO_BREAK_SPACE = '\u202f';

export const TEXTS: Record<Lang, DependencyTexts> = {
  fr: {
    title: 'Dépendance aux partenaires',
    topThree: 'Part des 3 premiers clients dans les exportations',
    hhi: `Concentration des clients (indice de Herfindahl–Hirschman, de 0 à 10${NARROW_NO_BREAK_SPACE}000)`,
    supplier: 'Part du premier fournisseur dans les importations',
    france: `France entière${NO_BREAK_SPACE}: `,
  },
  en: {
    title: 'Dependency on partners',
    topThree: 'Share of exports going to the first 3 customers',
    hhi: 'Concentration of customers (Herfindahl–Hirschman index, 0 to 10,000)',
    supplier: 'Share of imports from the first supplier',
    france: 'France as a whole: ',
  },
};

export interface DependencyParts {
  html: Lit['html'];
  nothing: unknown;
  t: Translation;
  /** The territory's file, and France's for the same year once loaded. */
  data: TradeData;
  france?: TradeData;
}

/** The files the extras read, once loaded: France's for the same year, the territory's series. */
export interface Related {
  france?: TradeData;
  series?: TradeSeries;
}

/**
 * France's file (through `loadFrance`) and the territory's series (through the
 * page's `loadJson`, from the data folder `base`), each undefined when there is
 * none or it fails.
 */
export async function loadRelated(
  data: TradeData,
  base: string,
  loaders: { loadFrance(options: FetchOptions): Promise<TradeData | undefined>; loadJson: typeof loadJson },
  options: FetchOptions,
): Promise<Related> {
  const url = seriesUrl(base, data.territory.level, data.territory.code);
  const [france, series] = await Promise.all([
    loaders.loadFrance(options).catch(() => undefined),
    loaders.loadJson(url, (json) => validateSeries(json, url), options).catch(() => undefined),
  ]);
  return { france, series };
}

/** The five-year change of a flow, as the figure's second change line: "▲ +20 % par rapport à 2019". */
export function renderFiveYear(
  { html, nothing, t, data }: DependencyParts,
  series: TradeSeries | undefined,
  flow: Flow,
): unknown {
  const ratio = fiveYearChange(data, series, flow);
  return ratio === undefined
    ? nothing
    : html`<p class="change">
        <span aria-hidden="true">${ratio > 0 ? '▲' : ratio < 0 ? '▼' : '='}</span> ${formatChange(ratio, t)}
        ${t.summary.since(data.year - 5)}
      </p>`;
}

/**
 * The summary's table with a column of the five-year change, before the rank (its
 * last column), where the series has it: a cell for each flow's row, "–" for the
 * balance's.
 */
export function withFiveYears(
  table: TableModel,
  t: Translation,
  data: TradeData,
  series: TradeSeries | undefined,
  flows: readonly Flow[],
): TableModel {
  const changes = flows.map((flow) => fiveYearChange(data, series, flow));
  if (changes.every((ratio) => ratio === undefined)) return table;
  const before = <T>(row: readonly T[], item: T) => [...row.slice(0, -1), item, ...row.slice(-1)];
  return {
    ...table,
    columns: before(table.columns, { label: t.summary.columns.changeSince(data.year - 5), numeric: true, unit: '%' }),
    rows: table.rows.map((row, i) => {
      const ratio = changes[i];
      return before<TableCell>(row, ratio === undefined ? '–' : { text: formatChange(ratio, t), value: ratio });
    }),
  };
}

/** The indicators, a line each, France's beside the territory's: "… : 58,2 % · France entière : 43,6 %". */
export function renderDependency({ html, nothing, t, data, france }: DependencyParts): TemplateResult {
  const texts = TEXTS[t.lang];
  const own = dependencyOf(data);
  const compared = franceFor(data, france);
  const national = compared && dependencyOf(compared);
  const percent = (ratio: number) => formatPercent(ratio, t);
  const beside = (inFrance: string) => ` · ${texts.france}${inFrance}`;
  const row = (label: string, read: (figures: Dependency) => string | undefined) => {
    const value = read(own);
    const inFrance = national && read(national);
    return value === undefined
      ? nothing
      : html`<li>
          ${label}${t.colon}<strong>${value}</strong>${inFrance === undefined ? nothing : beside(inFrance)}
        </li>`;
  };
  return html`<div class="figure dependency" part="dependency">
    <p class="label">${texts.title}</p>
    <ul>
      ${row(texts.topThree, ({ topThree }) => (topThree === undefined ? undefined : percent(topThree)))}
      ${row(texts.hhi, ({ hhi }) => (hhi === undefined ? undefined : formatDecimal(hhi, t, 0)))}
      ${row(texts.supplier, ({ supplier }) =>
        supplier ? `${percent(supplier.share)} (${t.countryName(supplier.code) ?? supplier.label})` : undefined,
      )}
    </ul>
  </div>`;
}
