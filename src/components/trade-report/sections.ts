/**
 * The report's sections and their charts, in the publication's order: its
 * Territoires d'industrie, the key figures, the introduction (with the territory on
 * the map of France), the context and method, the balance (with its partners on
 * the world map) and activities, the evolution, the export and import flows with
 * their comparisons, the exposure to the main partners (the first export partner's
 * profile and the dependency indicators), the practical information. The maps,
 * the evolution and the partner's profile show where the page has their elements.
 * Loaded with each language's prose module (the report shows its body once that
 * module is there), its templates made with the `html` tag the report passes: the
 * page's own lit.
 */
import { COUNTRY, ranked, sumBy } from '../../data/aggregate.ts';
import { isMonaco } from '../../data/codes.ts';
import type { Flow, TradeData } from '../../data/contract.ts';
import { paragraphs } from './prose-markup.ts';
import type { ProseContext, ProseModule, ReportProse } from './prose.ts';
import type { ReportTexts } from './texts.ts';
import { Unfold, type UnfoldHost } from './unfold.ts';

type Lit = typeof import('lit');

/** What the report gives its sections: its data, and what its charts and texts are written with. */
export interface ReportParts {
  html: Lit['html'];
  nothing: Lit['nothing'];
  /** The prefix of the sections' ids, and the ARIA level of their headings. */
  uid: string;
  level: number;
  /** The prose module of the language shown, and the texts of the report's `texts` file, if any. */
  module: ProseModule;
  custom: unknown;
  /** The report, whose charts below the first screen are made as they come near the viewport (unfold.ts). */
  host: UnfoldHost;
  data: TradeData;
  /**
   * The attributes every chart of the report shares; `baseUrl` is the folder of the
   * report's file, where its charts find the others (the region's and France's, the
   * series, the maps): none for a `src` file, whose folder is unknown.
   */
  shared: { level: number; theme?: string; toolbar?: string; lang: string; baseUrl?: string };
  /** Whether the data folder has series files (index.json's `series`). */
  series: boolean;
  /** The report's `heading`, which replaces its title; else its title, and the territory's name in it. */
  heading?: string;
  title: string;
  name: string;
  /** The years of the data folder (index.json), for the year picker, and what picking one does. */
  years: readonly number[];
  pickYear: (year: string) => void;
}

/** What the sections are made of: the report's parts, and the texts written for its territory. */
interface SectionParts extends ReportParts {
  prose: ReportProse;
  texts: ReportTexts;
  context: ProseContext;
  /** Whether a group of charts below the first screen is made yet; else its placeholder shows. */
  made: (key: string) => boolean;
}

/** What the texts need to know of the territory. */
function contextOf(data: TradeData): ProseContext {
  const { territory, parents } = data;
  const kind = isMonaco(territory) ? 'monaco' : territory.level;
  const region = parents.region?.totals;
  // A region whose totals are the department's own has no other department (overseas, Corse).
  const soleDepartment = !!region && region.export === data.totals.export && region.import === data.totals.import;
  return { kind, year: data.year, soleDepartment };
}

/** Whether the charts may fetch the data folder's other files (see `shared.baseUrl`). */
const inFolder = ({ shared }: SectionParts) => shared.baseUrl !== undefined;

/**
 * A group of charts below the first screen, once made; until then a placeholder
 * about as high (`height` px), which unfold.ts watches and replaces.
 */
/** About a Sankey diagram's height, for its placeholder. */
const SANKEY = 520;

function later(parts: SectionParts, key: string, height: number, charts: unknown) {
  if (!charts || parts.made(key)) return charts;
  return parts.html`<div class="skeleton later" data-later=${key} data-height=${height} aria-hidden="true"></div>`;
}

/** Whether the page has an element the report does not import (`<trade-trend>`, `<trade-map>`, `<trade-partner>`). */
const defined = (tag: string) => customElements.get(tag) !== undefined;

/** A comparison chart's territory: the department's region, or France. */
type Parent = { level: 'region'; code: string } | { level: 'france' };

/** The charts a flow's section compares the territory with: its region (unless it is the region) and France. */
function parentsOf(parts: SectionParts): Parent[] {
  const { territory } = parts.data;
  if (territory.level === 'france' || !inFolder(parts)) return [];
  const region = territory.level === 'department' ? territory.region : undefined;
  const withRegion = region && !parts.context.soleDepartment;
  return [...(withRegion ? [{ level: 'region' as const, code: region.code }] : []), { level: 'france' }];
}

/**
 * The report's charts. Those below its first screen are drawn in idle periods
 * (`draw="idle"`); the territory's own take its data, the others their files.
 */
function charts(parts: SectionParts) {
  const { html, nothing, data, shared } = parts;
  const folder = inFolder(parts);
  const { territory } = data;
  const { level, lang } = shared;
  const theme = shared.theme ?? nothing;
  const toolbar = shared.toolbar ?? nothing;
  const baseUrl = shared.baseUrl ?? nothing;
  // The territory's attributes, for the elements that fetch other files than its own (series, maps).
  const department = territory.level === 'department' ? territory.code : nothing;
  const region = territory.level === 'region' ? territory.code : nothing;
  const france = territory.level === 'france' ? 'france' : nothing;
  const later = (tag: string) => folder && defined(tag);
  const sankey = (flow: Flow, parent?: Parent) =>
    html`<trade-sankey
      draw="idle"
      flow=${flow}
      .data=${parent ? undefined : data}
      region=${parent?.level === 'region' ? parent.code : nothing}
      level=${parent?.level ?? nothing}
      year=${parent ? data.year : nothing}
      base-url=${baseUrl}
      heading-level=${level}
      theme=${theme}
      toolbar=${toolbar}
      lang=${lang}
    ></trade-sankey>`;
  const map = (flow: Flow, scope?: 'france') =>
    later('trade-map')
      ? html`<trade-map
          draw="idle"
          flow=${flow}
          scope=${scope ?? nothing}
          department=${department}
          region=${region}
          level=${france}
          year=${data.year}
          base-url=${baseUrl}
          heading-level=${level}
          theme=${theme}
          toolbar=${toolbar}
          lang=${lang}
        ></trade-map>`
      : undefined;
  // The key figures are on the first screen; the dependency indicators far below it.
  const summary = (show: 'figures' | 'dependency') =>
    html`<trade-summary
      show=${show}
      draw=${show === 'dependency' ? 'idle' : nothing}
      heading=${show === 'dependency' ? parts.texts.dependency(parts.name, data.year) : nothing}
      .data=${data}
      base-url=${folder ? baseUrl : nothing}
      heading-level=${level}
      theme=${theme}
      toolbar=${toolbar}
      lang=${lang}
    ></trade-summary>`;
  const first = ranked(sumBy(data.flows.export, COUNTRY)).at(0);
  return {
    summary: summary('figures'),
    dependency: summary('dependency'),
    balance: html`<trade-balance
      .data=${data}
      heading-level=${level}
      theme=${theme}
      toolbar=${toolbar}
      lang=${lang}
    ></trade-balance>`,
    treemap: html`<trade-treemap
      draw="idle"
      .data=${data}
      base-url=${folder ? baseUrl : nothing}
      heading-level=${level}
      theme=${theme}
      toolbar=${toolbar}
      lang=${lang}
    ></trade-treemap>`,
    /** The territory's place among France's departments (or regions), and its partners on the world map. */
    franceMap: territory.level === 'france' ? undefined : map('export', 'france'),
    worldMaps: [map('export'), map('import')],
    trend:
      later('trade-trend') && parts.series
        ? html`<trade-trend
            draw="idle"
            period="year"
            year=${data.year}
            department=${department}
            region=${region}
            level=${france}
            base-url=${baseUrl}
            heading-level=${level}
            theme=${theme}
            toolbar=${toolbar}
            lang=${lang}
          ></trade-trend>`
        : undefined,
    /** The profile of the first export partner; the picker and the balance choose another. */
    partner:
      later('trade-partner') && first
        ? html`<trade-partner
            draw="idle"
            country=${first.code}
            .data=${data}
            base-url=${baseUrl}
            heading-level=${level}
            theme=${theme}
            toolbar=${toolbar}
            lang=${lang}
          ></trade-partner>`
        : undefined,
    flows: (name: Flow) => ({
      own: sankey(name),
      compared: parentsOf(parts).map((parent) => sankey(name, parent)),
    }),
  };
}

/**
 * The report's head: its title and, on a second line, "Territoires d’industrie –
 * Gers (2024)" (or the page's `heading`); the year picker where the folder has
 * several years.
 */
function head(parts: SectionParts) {
  const { html, nothing, heading, title, name, data, texts, level, years, pickYear } = parts;
  const { year } = data;
  const industry = !!data.territoriesOfIndustry?.length;
  const text = heading
    ? html`${heading}`
    : html`<span class="kicker">${title}</span><span class="sr-only"> — </span>
        <span class="territory">${texts.subtitle(name, year, industry)}</span>`;
  const picker =
    years.length > 1 && inFolder(parts)
      ? html`<label class="year"
          >${texts.year}
          <select
            @change=${(event: Event) => {
              pickYear((event.target as HTMLSelectElement).value);
            }}
          >
            ${years.map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
          </select></label
        >`
      : nothing;
  return html`<div class="title" part="title" role="heading" aria-level=${level - 1}>${text}</div>
    ${picker}`;
}

/** The report's head and its sections, in the language of `module`, for the territory of `data`. */
export function sections(report: ReportParts): [head: unknown, body: unknown[]] {
  const { module, data, host } = report;
  const context = contextOf(data);
  // The report keeps one controller, whichever language's module made it.
  const unfold = (host.unfold ??= new Unfold(host));
  const parts: SectionParts = {
    ...report,
    context,
    texts: module.texts,
    prose: { ...module.prose(context), ...module.readTexts(report.custom) },
    made: (key) => unfold.made(key),
  };
  return [head(parts), body(parts)];
}

function body(parts: SectionParts): unknown[] {
  const { html, uid, level, prose, texts } = parts;
  const chart = charts(parts);
  const write = (text: string | string[] | undefined) => paragraphs(html, text);
  const { sections: titles, industryCredit } = texts;
  const industries = parts.data.territoriesOfIndustry ?? [];
  const section = (id: string, title: string, body: unknown) =>
    html`<section part="section" class=${id} aria-labelledby="${uid}-${id}">
      <div role="heading" aria-level=${level} class="heading" id="${uid}-${id}">${title}</div>
      ${body}
    </section>`;
  const subheading = (title: string) =>
    html`<div role="heading" aria-level=${level + 1} class="subheading">${title}</div>`;
  const flow = (name: Flow) => {
    const { own, compared } = chart.flows(name);
    const others = later(parts, `${name}-compared`, 2 * SANKEY, compared);
    const comparisons = compared.length ? html`${write(prose[`${name}Compare`])}${others}` : '';
    const drawn = later(parts, name, SANKEY, own);
    return section(name, titles[name], html`${write(prose[name])}${drawn}${write(prose[`${name}Key`])} ${comparisons}`);
  };
  const maps = chart.worldMaps.filter(Boolean);
  const franceMap = later(parts, 'france-map', 420, chart.franceMap);
  const worldMaps = maps.length ? html`<div class="maps">${later(parts, 'maps', 320, maps)}</div>` : '';
  return [
    industries.length
      ? section(
          'industry',
          titles.industry(parts.data.territory.level),
          html`<ul>
              ${industries.map((name) => html`<li>${name}</li>`)}
            </ul>
            <p class="credit">${industryCredit}</p>`,
        )
      : '',
    section('figures', titles.figures, chart.summary),
    prose.intro?.length || franceMap ? section('intro', titles.intro, html`${write(prose.intro)}${franceMap}`) : '',
    prose.context?.length || prose.method?.length
      ? section(
          'context',
          titles.context,
          html`${subheading(titles.contextPart)}${write(prose.context)}
          ${subheading(titles.method)}${write(prose.method)}`,
        )
      : '',
    section(
      'balance',
      titles.balance,
      html`${write(prose.balance)}${chart.balance}${worldMaps} ${write(prose.balanceKey)}
      ${write(prose.activities)}${later(parts, 'treemap', 460, chart.treemap)}`,
    ),
    chart.trend ? section('trend', titles.trend, later(parts, 'trend', 380, chart.trend)) : '',
    flow('export'),
    flow('import'),
    section(
      'exposure',
      titles.exposure,
      html`${write(prose.exposure)}${later(parts, 'exposure', 560, [chart.dependency, chart.partner])}`,
    ),
    prose.practical?.length ? section('practical', titles.practical, write(prose.practical)) : '',
  ];
}
