/**
 * Per element: what a valid file must give — the state, the rows of the table
 * alternative (read back from the CSV export, raw euros), the number of marks
 * drawn, and the figures shown. Expected values come from the raw file (gen.ts).
 */
import type { TradeChart } from '../../../src/components/base/trade-chart.ts';

type Chart = TradeChart<unknown, unknown>;
import type { Flow, FlowTriple } from '../../../src/data/contract.ts';
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

/** Checks common to every chart, then the state. Returns the CSV rows when the chart is drawn. */
async function common(el: Chart, wantEmpty: boolean, numeric: Set<number>): Promise<string[][] | undefined> {
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
    const out = marksOutside(svg);
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
      if (cell !== undefined && cell !== '–' && !Number.isFinite(n(cell))) fail(`CSV cell "${cell}" is not a number`);
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
    else await checkSummary(c, file, {});
  }
}
