/**
 * Per element: what a valid file must give — the state, the rows of the table
 * alternative (read back from the CSV export, raw euros), the number of marks
 * drawn, and the figures shown. Expected values come from the raw file (gen.ts).
 */
import type { TradeChart } from '../../../src/components/base/trade-chart.ts';

type Chart = TradeChart<unknown, unknown>;
import type { Flow, FlowTriple, TradeSeries } from '../../../src/data/contract.ts';
import { formatEuros } from '../../../src/data/format.ts';
import { badAttributes, brokenText, fail, formulaCells, marksOutside, parseCsv } from './checks.ts';
import { cleaned, csvSafe, rank, sankeyRows } from './gen.ts';
import { fr } from '../../../src/data/i18n/fr.ts';

export interface Params {
  limit?: number;
  flow?: Flow;
}

type File = Record<string, any>;
const NAME: Record<Flow, string> = { export: 'Exportations', import: 'Importations' };
/** A value in a message, cut short. JSON.stringify gives undefined for undefined, whatever its type says. */
const shown = (value: unknown) => (JSON.stringify(value) as string | undefined)?.slice(0, 600) ?? 'undefined';
const same = (what: string, got: unknown, want: unknown) => {
  if (JSON.stringify(got) !== JSON.stringify(want)) fail(`${what}: got ${shown(got)}, expected ${shown(want)}`);
};
const sum = (l: number[]) => l.reduce((a, b) => a + b, 0);
const n = (s: string) => Number(s.replace(',', '.'));
const root = (el: Element) => el.shadowRoot!;
const tableText = (el: Element, sel: string) =>
  [...root(el).querySelectorAll(sel)].map((c) => c.textContent.replace(/[ \t\n\r]+/g, ' ').trim());

/**
 * Checks common to every chart, then the state. Returns the CSV rows when the chart is drawn.
 * A numeric column holds numbers, "–", or one of `words` (the trend's "donnée manquante");
 * marks matching `exempt` are not checked against the SVG's box.
 */
async function common(
  el: Chart,
  wantEmpty: boolean,
  numeric: Set<number>,
  { words = [], exempt }: { words?: readonly string[]; exempt?: string } = {},
): Promise<string[][] | undefined> {
  const want = wantEmpty ? 'empty' : 'ready';
  if (el.state !== want) fail(`state ${el.state}, expected ${want}${el.error ? ` (${el.error.message})` : ''}`);
  const bad = [...badAttributes(root(el)), ...brokenText(root(el))];
  if (bad.length) fail(`bad attributes or text: ${bad.slice(0, 5).join(' ')}`);
  const svg = root(el).querySelector<SVGSVGElement>('.chart svg');
  if (wantEmpty) {
    if (svg) fail('a chart is drawn in the empty state');
    return undefined;
  }
  if (svg) {
    const out = marksOutside(svg, undefined, undefined, exempt);
    if (out.length) fail(`${out.length} marks outside the SVG box: ${out.slice(0, 4).join('; ')}`);
  }
  const all = parseCsv(await el.toCsv());
  const formulas = formulaCells(all, numeric);
  // The table ends at the first empty line: the source, its licence and address, the demo notice follow.
  const end = all.findIndex((r) => r.every((c) => c === ''));
  const rows = end < 0 ? all : all.slice(0, end);
  if (formulas.length) fail(`CSV cells a spreadsheet would run: ${formulas.slice(0, 3).join(' | ')}`);
  for (const r of rows.slice(1)) {
    const cells: (string | undefined)[] = r; // a short line has no cell at the end
    for (const j of numeric) {
      const cell = cells[j];
      if (cell !== undefined && cell !== '–' && !words.includes(cell) && !Number.isFinite(n(cell)))
        fail(`CSV cell "${cell}" is not a number`);
    }
  }
  return rows;
}

export async function checkSankey(el: Chart, file: File, p: Params): Promise<void> {
  const flow = p.flow ?? 'export';
  const limit = p.limit ?? 10;
  const { rows: want, nodes } = sankeyRows(file, flow, limit);
  const rows = await common(el, want.length === 0, new Set([2, 3]));
  if (!rows) return;
  const total: number = file.totals[flow];
  same(
    'sankey rows (source, target, euros)',
    rows.slice(1, -1).map((r) => [r[0], r[1], n(r[2])]),
    want.map(([a, b, v]) => [csvSafe(a), csvSafe(b), v]),
  );
  same('sankey total row', rows.at(-1)!.slice(0, 3), ['Total', '', String(total)]);
  same('sankey table total = data total', sum(rows.slice(1, -1).map((r) => n(r[2]))), total);
  // "Autres", to the euro: what the top `limit` leave, on each side.
  for (const [axis, word] of [
    [0, 'produits'],
    [1, 'pays'],
  ] as const) {
    const ranked = rank(file.flows[flow] as FlowTriple[], axis);
    const rest = ranked.slice(limit);
    const col = (flow === 'export') === (axis === 0) ? 0 : 1;
    const others = rows.slice(1, -1).filter((r) => r[col] === `Autres ${word} (${rest.length})`);
    same(`"Autres ${word}" rows`, others.length > 0, rest.length > 0);
    same(`"Autres ${word}" = the rest, to the euro`, sum(others.map((r) => n(r[2]))), sum(rest.map((x) => x.value)));
  }
  same('links drawn', root(el).querySelectorAll('[part~="link"]').length, want.length);
  same('nodes drawn', root(el).querySelectorAll('[part~="node"]').length, nodes);
  same('table footer', tableText(el, 'tfoot td').slice(1, 2), [formatEuros(total, fr)]);
}

export async function checkBalance(el: Chart, file: File, p: Params): Promise<void> {
  const limit = p.limit ?? 10;
  const imp = rank(file.flows.import, 1);
  const exp = rank(file.flows.export, 1);
  const all = rank([...file.flows.import, ...file.flows.export], 1);
  const top = new Set([...imp.slice(0, limit), ...exp.slice(0, limit)].map((x) => x.code));
  const shown = all.filter((x) => top.has(x.code)).slice(0, limit);
  const rows = await common(el, all.length === 0, new Set([1, 2, 3, 4, 5]));
  if (!rows) return;
  const value = (list: typeof imp, code: string) => list.find((x) => x.code === code)?.value ?? 0;
  const { import: ti, export: te } = file.totals;
  const want = shown.map((x) => [
    csvSafe(cleaned(file.countries[x.code])),
    value(imp, x.code),
    value(exp, x.code),
    value(exp, x.code) - value(imp, x.code),
  ]);
  const restCount = all.length - shown.length;
  if (restCount) {
    const ri = ti - sum(want.map((r) => r[1] as number));
    const re = te - sum(want.map((r) => r[2] as number));
    want.push([`Autres (${restCount} pays)`, ri, re, re - ri]);
  }
  want.push(['Total', ti, te, te - ti]);
  same(
    'balance rows (country, imports, exports, balance)',
    rows.slice(1).map((r) => [r[0], n(r[1]), n(r[2]), n(r[3])]),
    want,
  );
  same(
    'balance table total = data total',
    [sum(rows.slice(1, -1).map((r) => n(r[1]))), sum(rows.slice(1, -1).map((r) => n(r[2])))],
    [ti, te],
  );
  same('rows drawn', root(el).querySelectorAll('g[data-key]').length, shown.length);
  same('table footer', tableText(el, 'tfoot td').slice(0, 2), [formatEuros(ti, fr), formatEuros(te, fr)]);
}

export async function checkTreemap(el: Chart, file: File, p: Params): Promise<void> {
  const limit = p.limit ?? 10;
  const flows: Flow[] = p.flow ? [p.flow] : ['import', 'export'];
  const rows = await common(
    el,
    flows.every((f) => file.totals[f] === 0),
    new Set([2, 3]),
  );
  if (!rows) return;
  const want: [string, string, number][] = [];
  let tiles = 0;
  for (const f of flows) {
    const items = rank(file.flows[f], 0);
    const keep = items.length - limit > 1 ? limit : items.length;
    for (const x of items.slice(0, keep)) want.push([csvSafe(cleaned(file.products[x.code])), NAME[f], x.value]);
    if (keep < items.length)
      want.push([`Autres (${items.length - keep} produits)`, NAME[f], sum(items.slice(keep).map((x) => x.value))]);
    want.push([`Total des ${NAME[f].toLowerCase()}`, NAME[f], file.totals[f]]);
    if (file.totals[f]) tiles += Math.min(items.length, keep + 1);
  }
  same(
    'treemap rows (product, flow, euros)',
    rows.slice(1).map((r) => [r[0], r[1], n(r[2])]),
    want,
  );
  for (const f of flows)
    same(
      `treemap ${f}: items add up to the total`,
      sum(
        rows
          .slice(1)
          .filter((r) => r[1] === NAME[f] && !r[0].startsWith('Total'))
          .map((r) => n(r[2])),
      ),
      file.totals[f],
    );
  same('tiles drawn', root(el).querySelectorAll('g[data-key]').length, tiles);
  same(
    'table totals',
    tableText(el, 'tbody tr:has(th.total) td:nth-of-type(2)'),
    flows.map((f) => formatEuros(file.totals[f], fr)),
  );
}

export async function checkSummary(el: Chart, file: File, p: Params): Promise<void> {
  const flows: Flow[] = p.flow ? [p.flow] : ['export', 'import'];
  const rows = await common(
    el,
    flows.every((f) => file.totals[f] === 0),
    new Set([1, 2, 3, 4]),
  );
  if (!rows) return;
  const want: [string, number][] = flows.map((f) => [NAME[f], file.totals[f]]);
  if (flows.length > 1) want.push(['Solde commercial', file.totals.export - file.totals.import]);
  same(
    'summary rows (indicator, euros)',
    rows.slice(1).map((r) => [r[0], n(r[1])]),
    want,
  );
  same(
    'figures shown',
    tableText(el, '[part~="value"]'),
    want.map(([, v], i) => formatEuros(v, fr, { signed: i === 2 })),
  );
}

/** The report: its sections, and every chart in it checked as above. */
/** The report's sections after its Territoires d'industrie (when the territory has some), in order. */
export const REPORT_SECTIONS = ['figures', 'intro', 'context', 'balance', 'export', 'import', 'exposure', 'practical'];

export async function checkReport(el: Chart, file: File, charts: Chart[]): Promise<void> {
  if (el.state !== 'ready') fail(`report state ${el.state}${el.error ? ` (${el.error.message})` : ''}`);
  const bad = [...badAttributes(root(el)), ...brokenText(root(el))];
  if (bad.length) fail(`bad attributes or text: ${bad.slice(0, 5).join(' ')}`);
  const sections = [...root(el).querySelectorAll('[part="section"]')].map((s) => s.className);
  same('report sections', sections, [
    ...(file.territoriesOfIndustry?.length && file.schema === 2 ? ['industry'] : []),
    ...REPORT_SECTIONS,
  ]);
  for (const c of charts) {
    const tag = c.tagName.toLowerCase();
    const own = (c as unknown as { data?: unknown }).data === (el as unknown as { data?: unknown }).data;
    if (tag === 'trade-sankey' && !own) {
      // A comparison chart (region, France), from its own file.
      if (c.state !== 'ready') fail(`comparison sankey state ${c.state}`);
      continue;
    }
    const flow = (c as unknown as { flow?: Flow }).flow;
    if (tag === 'trade-sankey') await checkSankey(c, file, { flow });
    else if (tag === 'trade-balance') await checkBalance(c, file, {});
    else if (tag === 'trade-treemap') await checkTreemap(c, file, {});
    else if (c.getAttribute('show') === 'dependency') {
      // The exposure section's dependency indicators: a line each, not the key figures.
      if (!c.shadowRoot?.querySelector('[part="dependency"]') && c.shadowRoot?.querySelector('[part~="figure"]'))
        fail('the dependency indicators show the key figures');
    } else await checkSummary(c, file, {});
  }
}

// --- The later elements: <trade-partner>, <trade-trend>, <trade-map> ---------------------

const FLOWS: Flow[] = ['export', 'import'];
/** A ratio as the CSV writes it: a percentage with one decimal, a decimal comma (0 when the whole is 0). */
const percent = (part: number, whole: number) => ((whole > 0 ? part / whole : 0) * 100).toFixed(1).replace('.', ',');
/** Euros of a flow list, for one country and/or one product. */
const euros = (flows: FlowTriple[], country?: string, product?: string) =>
  sum(
    flows
      .filter((t) => (country === undefined || t[1] === country) && (product === undefined || t[0] === product))
      .map((t) => t[2]),
  );
/** A territory's name as the charts write it. */
const placeName = (file: File) => (file.territory.level === 'france' ? fr.common.france : cleaned(file.territory.name));
const keysDrawn = (el: Element) =>
  [...root(el).querySelectorAll('g[data-key]')].map((g) => g.getAttribute('data-key') ?? '');

export interface PartnerParams {
  country?: string;
  limit?: number;
  /** The files the chart compares, the territory's first: its region's and France's, when they are served. */
  places: File[];
}

/**
 * <trade-partner>: the picker lists the partners, largest first; with a country it
 * trades with, the table gives the trade with it (the sum of the file's rows for
 * that country, to the euro), its share of each place's flows, its products (top
 * `limit` and the rest, adding up to the trade) with their exposure here, in the
 * region and in France, and the balance; the figures and ranks are the file's.
 */
export async function checkPartner(el: Chart, file: File, p: PartnerParams): Promise<void> {
  const limit = p.limit ?? 5;
  const c = p.country;
  const partners = rank([...file.flows.export, ...file.flows.import], 1).map((x) => x.code);
  const traded = c !== undefined && partners.includes(c);
  same(
    'picker: the partners, largest first',
    [...root(el).querySelectorAll<HTMLOptionElement>('select[part="picker"] option')].map((o) => o.value),
    [...(traded ? [] : ['']), ...partners],
  );
  const { places } = p;
  const rows = await common(el, !traded, new Set([2, ...places.map((_, i) => 3 + i)]));
  if (!rows || c === undefined) return;
  const blank = places.map(() => '');
  same('partner table head', rows[0], [
    fr.partner.item,
    fr.partner.flow,
    `${fr.partner.value} (€)`,
    ...places.map((place) => `${fr.partner.shareOf(placeName(place))} (%)`),
  ]);
  const value = { export: euros(file.flows.export, c), import: euros(file.flows.import, c) };
  const want: (string | number)[][] = FLOWS.map((f) => [
    fr.partner.tradeRow,
    NAME[f],
    value[f],
    ...places.map((place) => percent(euros(place.flows[f], c), place.totals[f])),
  ]);
  const keys: string[] = [];
  for (const f of FLOWS) {
    const items = rank(
      (file.flows[f] as FlowTriple[]).filter((t) => t[1] === c),
      0,
    );
    for (const x of items.slice(0, limit)) {
      keys.push(`${f}:${x.code}`);
      want.push([
        csvSafe(cleaned(file.products[x.code])),
        NAME[f],
        x.value,
        percent(x.value, euros(file.flows[f], undefined, x.code)),
        ...places
          .slice(1)
          .map((place) => percent(euros(place.flows[f], c, x.code), euros(place.flows[f], undefined, x.code))),
      ]);
    }
    const rest = items.slice(limit);
    if (rest.length)
      want.push([fr.partner.otherProducts(rest.length), NAME[f], sum(rest.map((x) => x.value)), ...blank]);
  }
  want.push([fr.common.balance, '', value.export - value.import, ...blank]);
  same(
    'partner rows (item, flow, euros, shares), then the balance',
    rows.slice(1).map((r) => r.map((cell, j) => (j === 2 ? n(cell) : cell))),
    want,
  );
  for (const f of FLOWS) {
    const products = rows.slice(3, -1).filter((r) => r[1] === NAME[f]);
    same(
      `partner ${f}: the products add up to the trade with the country`,
      sum(products.map((r) => n(r[2]))),
      value[f],
    );
  }
  same('products drawn', keysDrawn(el), keys);
  same('share rows drawn', root(el).querySelectorAll('.shares > g').length, 2 * places.length);
  const rankOf = (f: Flow) => {
    const list = rank(file.flows[f], 1);
    const i = list.findIndex((x) => x.code === c);
    return i < 0 ? fr.partner.noFlow[f] : fr.partner.rank(f, i + 1, list.length);
  };
  same('figures shown', tableText(el, '[part="figure"] .figure-value'), [
    formatEuros(value.export, fr),
    formatEuros(value.import, fr),
    formatEuros(value.export - value.import, fr, { signed: true }),
  ]);
  same('ranks shown', tableText(el, '[part="figure"] .note'), [rankOf('export'), rankOf('import')]);
}

export interface TrendParams {
  period?: 'quarter' | 'year';
  show?: 'partners' | 'products';
  flow?: Flow;
}

/**
 * <trade-trend>: one row and one mark per period from the first with a value
 * (quarters or years), each value the series', a missing period said as missing
 * and marked; the headline gives the latest period's values. With `show`, one
 * column and one panel per item of the top five, one row per year, the flow's total.
 */
export async function checkTrend(el: Chart, file: File, p: TrendParams): Promise<void> {
  const series = file as TradeSeries;
  const missing = fr.trend.missing;
  const options = { words: [missing] };
  const cell = (v: number | null) => (v === null ? missing : v);
  const read = (rows: string[][]) => rows.slice(1).map((r) => r.map((c, j) => (j === 0 || c === missing ? c : n(c))));
  const years = series.years.export.map((_, i) => series.years.start + i);
  if (p.show) {
    const f = p.flow ?? 'export';
    const items: { code: string; values: (number | null)[] }[] = series.top[p.show][f];
    const labels = p.show === 'partners' ? series.countries : series.products;
    const numeric = new Set(Array.from({ length: items.length + 1 }, (_, i) => i + 1));
    const rows = await common(el, items.length === 0, numeric, options);
    if (!rows) return;
    same('trend table head', rows[0], [
      fr.trend.periodHeading.year,
      ...items.map((item) => csvSafe(`${cleaned(labels[item.code])} (€)`)),
      `${fr.common.total} (${NAME[f].toLowerCase()}) (€)`,
    ]);
    same(
      'trend rows (year, each item, total)',
      read(rows),
      years.map((year, i) => [String(year), ...items.map((item) => cell(item.values[i])), cell(series.years[f][i])]),
    );
    same('panels drawn', root(el).querySelectorAll('[part="panel"]').length, items.length);
    same(
      'points drawn',
      keysDrawn(el),
      items.flatMap((item) => years.map((year) => `${item.code}|${year}`)),
    );
    return;
  }
  const period = p.period ?? 'quarter';
  type Point = { key: string; year: number; quarter?: number; exp: number | null; imp: number | null };
  const all: Point[] =
    period === 'year'
      ? years.map((year, i) => ({
          key: String(year),
          year,
          exp: series.years.export[i],
          imp: series.years.import[i],
        }))
      : series.quarters.export.map((exp, i) => {
          const q = series.quarters.start.year * 4 + series.quarters.start.quarter - 1 + i;
          const [year, quarter] = [Math.floor(q / 4), (q % 4) + 1];
          return { key: `${year}-Q${quarter}`, year, quarter, exp, imp: series.quarters.import[i] };
        });
  const first = all.findIndex((pt) => pt.exp !== null);
  const points = first < 0 ? [] : all.slice(first);
  const rows = await common(el, points.length === 0, new Set([1, 2, 3]), options);
  if (!rows) return;
  same('trend table head', rows[0], [
    fr.trend.periodHeading[period],
    `${NAME.export} (€)`,
    `${NAME.import} (€)`,
    `${fr.common.balance} (€)`,
  ]);
  same(
    'trend rows (period, exports, imports, balance)',
    read(rows),
    points.map((pt) => [
      fr.trend.period(pt.year, pt.quarter),
      cell(pt.exp),
      cell(pt.imp),
      pt.exp === null || pt.imp === null ? missing : pt.exp - pt.imp,
    ]),
  );
  same(
    'points drawn',
    keysDrawn(el),
    points.map((pt) => pt.key),
  );
  same(
    'missing periods marked',
    root(el).querySelectorAll('[part="missing"]').length,
    points.filter((pt) => pt.exp === null).length,
  );
  same(
    'balance bars drawn',
    root(el).querySelectorAll('[part="balance-bar"]').length,
    points.filter((pt) => pt.exp !== null).length,
  );
  const last = points.findLast((pt) => pt.exp !== null)!;
  same('headline: the latest values', tableText(el, '[part="headline"] strong'), [
    formatEuros(last.exp!, fr),
    formatEuros(last.imp!, fr),
    formatEuros(last.exp! - last.imp!, fr, { signed: true }),
  ]);
}

/** A map file's shapes, as far as the checks need them. */
export interface Geo {
  shapes: Record<string, { region?: string }>;
  regions?: Record<string, unknown>;
}
/** `<year>/territories.json`: [exports, imports, name] by code. */
export type Totals = Record<'departments' | 'regions', Record<string, [number, number, string]>>;

export interface MapParams {
  flow?: 'export' | 'import' | 'balance';
  /** The map file the element draws, and for France's map (`scope="france"`), the year's totals file. */
  geo: Geo;
  france?: Totals;
}

interface MapRow {
  code: string;
  name: string;
  exp: number;
  imp: number;
  drawn: boolean;
}

/**
 * The rows a map must list, ranked as it ranks them, and the total its shares are of:
 * the territory's partners (world), or the departments or regions of the view (France).
 */
function mapRows(file: File, p: MapParams): { rows: MapRow[]; total?: number } {
  const flow = p.flow ?? 'export';
  const value = (r: MapRow) => (flow === 'export' ? r.exp : flow === 'import' ? r.imp : r.exp - r.imp);
  let rows: MapRow[];
  let total: number | undefined;
  if (!p.france) {
    const byCountry = (flows: FlowTriple[]) => new Map(rank(flows, 1).map((x) => [x.code, x.value]));
    const [exp, imp] = [byCountry(file.flows.export), byCountry(file.flows.import)];
    const codes =
      flow === 'export' ? [...exp.keys()] : flow === 'import' ? [...imp.keys()] : [...exp.keys(), ...imp.keys()];
    rows = [...new Set(codes)].map((code) => ({
      code,
      name: cleaned(file.countries[code]),
      exp: exp.get(code) ?? 0,
      imp: imp.get(code) ?? 0,
      drawn: Object.hasOwn(p.geo.shapes, code),
    }));
    total = flow === 'balance' ? undefined : file.totals[flow];
  } else {
    const { level, code: territory } = file.territory;
    const regions = level === 'france';
    const table = regions ? p.france.regions : p.france.departments;
    // Corse: one figure (20), which both of its shapes take; a region shows its departments only.
    const CORSE: Record<string, string> = { '2A': 'Corse-du-Sud', '2B': 'Haute-Corse' };
    const inView = (key: string) =>
      regions || level !== 'region' || (p.geo.shapes[key] as Geo['shapes'][string] | undefined)?.region === territory;
    rows = Object.entries(table).flatMap(([code, [exp, imp, name]]) =>
      (code === '20' && !regions ? Object.keys(CORSE) : [code]).filter(inView).map((key) => ({
        code: key,
        name: CORSE[key] ?? name,
        exp,
        imp,
        drawn: Object.hasOwn(regions ? (p.geo.regions ?? {}) : p.geo.shapes, key),
      })),
    );
    total = sum(rows.filter((r) => r.code !== '2B').map(value));
    if (flow === 'balance') total = undefined;
  }
  rows.sort((a, b) => Math.abs(value(b)) - Math.abs(value(a)) || value(b) - value(a) || (a.code < b.code ? -1 : 1));
  return { rows, total };
}

/**
 * <trade-map>: one table row per partner (world) or per department or region of
 * the view (France), ranked by value, with its euros and share to the euro and
 * whether the map draws it; the export and import columns sum to the territory's
 * totals (world); the partners with a shape are drawn, in the same order, the
 * others listed under the map; five value labels at most.
 */
export async function checkMap(el: Chart, file: File, p: MapParams): Promise<void> {
  const { rows: want, total } = mapRows(file, p);
  const share = total !== undefined;
  const numeric = new Set(share ? [1, 2, 3, 4] : [1, 2, 3]);
  const rows = await common(el, want.length === 0, numeric);
  if (!rows) return;
  const flow = p.flow ?? 'export';
  const value = (r: MapRow) => (flow === 'export' ? r.exp : flow === 'import' ? r.imp : r.exp - r.imp);
  // The class column (a range, as the legend says it) is left out.
  const read = (r: string[]) => [r[0], n(r[1]), n(r[2]), n(r[3]), ...(share ? [r[4]] : []), r.at(-1)];
  same(
    'map rows (name, exports, imports, balance, share, on the map)',
    rows.slice(1, -1).map(read),
    want.map((r) => [
      csvSafe(r.name),
      r.exp,
      r.imp,
      r.exp - r.imp,
      ...(share ? [percent(value(r), total)] : []),
      r.drawn ? fr.map.yes : fr.map.listed,
    ]),
  );
  const column = (j: number) => sum(rows.slice(1, -1).map((r) => n(r[j])));
  if (!p.france) {
    if (flow !== 'import') same('map table: exports = the territory’s', column(1), file.totals.export);
    if (flow !== 'export') same('map table: imports = the territory’s', column(2), file.totals.import);
    same('map table total row', rows.at(-1)!.slice(0, 4), [
      fr.common.total,
      String(column(1)),
      String(column(2)),
      String(column(1) - column(2)),
    ]);
  } else {
    // The view's totals, from the totals file: France's (the sum of its departments, or of its regions), or the
    // region's. Corse's figure is in two rows (2A, 2B): once in the total.
    const { level, code } = file.territory;
    const table = level === 'department' ? p.france.departments : p.france.regions;
    const entries = level === 'region' ? [Object.hasOwn(table, code) ? table[code] : [0, 0]] : Object.values(table);
    const once = (j: number) =>
      sum(
        rows
          .slice(1, -1)
          .filter((_, i) => want[i].code !== '2B')
          .map((r) => n(r[j])),
      );
    same(
      'France’s map: the table sums to the view’s totals, Corse once',
      [once(1), once(2)],
      [sum(entries.map((e) => e[0])), sum(entries.map((e) => e[1]))],
    );
  }
  same(
    'partners drawn, in order',
    keysDrawn(el),
    want.filter((r) => r.drawn).map((r) => r.code),
  );
  const listed = want.filter((r) => !r.drawn);
  same('partners listed under the map', root(el).querySelectorAll('[part="listed"] span').length, listed.length);
  same('value labels', root(el).querySelectorAll('[part="label"]').length, Math.min(5, want.length - listed.length));
}
