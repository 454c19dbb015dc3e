/**
 * The widgets on what `npm run data` writes: a data folder made by the pipeline in
 * the test server, from a simulated DGDDI archive in the real format (not the
 * bundled demo data). The report is whole, with its texts, for every kind of
 * territory, in both languages, and nothing it asks for is missing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.ts';
import type { TradeChart } from '../../src/components/base/trade-chart.ts';
import type { TradeMap } from '../../src/components/trade-map/trade-map.ts';
import type { TradeReport } from '../../src/components/trade-report/trade-report.ts';
import type { Flow, FlowTriple, TradeDataFile } from '../../src/data/contract.ts';
import { clearCache } from '../../src/data/loader.ts';
import { q, qa, shadow, tableRows, text, waitForState } from '../helpers/dom.ts';
import { REPORT_SECTIONS } from './robustness/expect.ts';

type Chart = TradeChart<unknown, unknown>;
type MapChart = TradeMap;

const NB = '\u00a0';
const NN = '\u202f';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Euros by product (0) or country (1), summed here from the triples. */
const sums = (flows: FlowTriple[], axis: 0 | 1) => {
  const out = new Map<string, number>();
  for (const triple of flows) out.set(triple[axis], (out.get(triple[axis]) ?? 0) + triple[2]);
  return out;
};
const total = (flows: FlowTriple[]) => flows.reduce((sum, triple) => sum + triple[2], 0);
/** "26,7 %" and "96,8 M€", as the charts write them, computed here. */
const percent = (ratio: number) => `${(Math.round(ratio * 1000) / 10).toFixed(1).replace('.', ',')}${NN}%`;
const millions = (value: number) => `${(value / 1e6).toFixed(1).replace('.', ',')}${NB}M€`;

let base = '';

/** A report on the pipeline's output, its charts ready and its texts there. */
async function report(attributes: string): Promise<{ report: TradeReport; charts: Chart[] }> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  wrap.innerHTML = `<trade-report base-url="${base}" ${attributes}></trade-report>`;
  const element = wrap.querySelector('trade-report') as TradeReport;
  await waitForState(element, 'ready', 20_000);
  const charts = qa<Chart>(element, 'trade-balance, trade-treemap, trade-sankey, trade-summary');
  await Promise.all(charts.map((chart) => waitForState(chart, ['ready', 'empty'], 20_000)));
  return { report: element, charts };
}

/** Every request the page made that failed. */
const failedRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => (entry as PerformanceResourceTiming).responseStatus >= 400)
    .map((entry) => entry.name);

describe('the widgets on a pipeline output', function () {
  this.timeout(120_000);
  before(async () => {
    // The server makes the folder once (tens of seconds on a busy machine): a command that
    // times out (20 s) is asked again, and finds the same run going on or done.
    for (let attempt = 1; !base; attempt++) {
      try {
        base = await executeServerCommand<string, unknown>('pipeline-output');
      } catch (error) {
        if (attempt === 5) throw error;
      }
    }
  });
  beforeEach(() => {
    clearCache();
    performance.clearResourceTimings();
  });

  it('a department’s report is whole: every section, texts, Territoires d’industrie, no failed request', async () => {
    const { report: el, charts } = await report('department="59"');
    // The pipeline writes the series: the « Évolution » section follows the balance.
    const sections = [...REPORT_SECTIONS];
    sections.splice(sections.indexOf('balance') + 1, 0, 'trend');
    expect(qa(el, '[part="section"]').map((section) => section.className)).to.deep.equal(['industry', ...sections]);
    expect(qa(el, '.industry li').length).to.be.greaterThan(1);
    expect(text(q(el, '[part="title"]'))).to.match(/Territoires d’industrie – Nord \(\d{4}\)$/);
    expect(text(q(el, 'section.intro'))).to.contain('regard départemental');
    expect(text(q(el, 'section.context'))).to.contain('surtaxes douanières');
    // The exposure section's dependency indicators are a second summary.
    expect(charts).to.have.length(10);
    // With every element on the page: the maps, the evolution and the first partner's profile.
    expect(qa(el, 'section.intro trade-map').map((map) => map.getAttribute('scope'))).to.deep.equal(['france']);
    expect(qa(el, 'section.balance .maps trade-map').map((map) => map.getAttribute('flow'))).to.deep.equal([
      'export',
      'import',
    ]);
    expect(qa(el, 'section.exposure trade-partner')).to.have.length(1);
    const later = qa<Chart>(el, 'trade-map, trade-trend, trade-partner');
    await Promise.all(later.map((chart) => waitForState(chart, ['ready', 'empty'], 20_000)));
    expect(later.map((chart) => chart.state)).to.deep.equal(later.map(() => 'ready'));
    expect(failedRequests()).to.deep.equal([]);
  });

  it('exposure and dependency, checked against the files: trade, shares, exposure, specialisation, HHI', async () => {
    const [gers, region, france] = (await Promise.all(
      ['departments/32.json', 'regions/76.json', 'france.json'].map((path) =>
        fetch(`${base}latest/${path}`).then((answer) => answer.json()),
      ),
    )) as TradeDataFile[];
    const { report: el } = await report('department="32"');
    // The report's partner is the Gers' first customer.
    const byCountry = (file: TradeDataFile, flow: Flow) => sums(file.flows[flow], 1);
    const [first] = [...byCountry(gers, 'export')].sort((a, b) => b[1] - a[1]);
    const partner = q<Chart>(el, 'section.exposure trade-partner');
    expect(partner.getAttribute('country')).to.equal(first[0]);
    await waitForState(partner, 'ready', 20_000);
    for (let i = 0; i < 300 && qa(partner, '.shares')[0]?.querySelectorAll('[part="label"]').length !== 3; i++)
      await sleep(10);
    await partner.updateComplete;
    // The trade with the country, and its share of the Gers', Occitanie's and France's exports.
    expect(text(q(partner, '[part="figure"]'))).to.contain(millions(first[1]));
    const shares = [gers, region, france].map((file) =>
      percent((byCountry(file, 'export').get(first[0]) ?? 0) / file.totals.export),
    );
    const shown = [...qa(partner, '.shares')[0].querySelectorAll('.value')].map((value) => text(value));
    expect(shown).to.deep.equal(shares);
    // The first product exported to it: the share of that product's exports that goes there.
    const key = qa(partner, 'g[data-key]')[0].getAttribute('data-key')!;
    const product = key.split(':')[1];
    const toCountry = gers.flows.export.filter(([p, c]) => p === product && c === first[0]);
    const ofProduct = gers.flows.export.filter(([p]) => p === product);
    const exposure = total(toCountry) / total(ofProduct);
    const gauge = q(partner, `[data-key="${key}"]`).parentElement!.querySelector('.exposure');
    expect(text(gauge)).to.equal(percent(exposure));

    // The dependency indicators, the Gers' and France's.
    const dependency = qa<Chart>(el, 'section.exposure trade-summary')[0];
    for (let i = 0; i < 300 && !text(q(dependency, 'li')).includes('France'); i++) await sleep(10);
    const hhi = (file: TradeDataFile) =>
      [...byCountry(file, 'export').values()].reduce(
        (sum, value) => sum + (100 * (value / file.totals.export)) ** 2,
        0,
      );
    const values = qa(dependency, '[part="dependency"] li').map((li) => text(li).replace(/^[^:]*\u00a0: /, ''));
    const thousands = (value: number) => Math.round(value).toLocaleString('fr-FR').replace(/\s/g, NN);
    expect(values[1]).to.equal(`${thousands(hhi(gers))} · France entière\u00a0: ${thousands(hhi(france))}`);
    const top3 = (file: TradeDataFile) =>
      [...byCountry(file, 'export').values()]
        .sort((a, b) => b - a)
        .slice(0, 3)
        .reduce((sum, value) => sum + value, 0) / file.totals.export;
    expect(values[0]).to.equal(`${percent(top3(gers))} · France entière\u00a0: ${percent(top3(france))}`);

    // The specialisation indices of the treemap's products, against France's file.
    const treemap = q<Chart>(el, 'section.balance trade-treemap');
    for (let i = 0; i < 300 && !tableRows(treemap, 'thead')[0]?.includes('Indice de spécialisation'); i++)
      await sleep(10);
    const rows = tableRows(treemap).filter((row) => row[5] !== '–');
    expect(rows.length).to.be.greaterThan(5);
    const name = (code: string) => gers.products[code];
    for (const row of rows) {
      const flow: Flow = row[1] === 'Exportations' ? 'export' : 'import';
      const code = Object.keys(gers.products).find((c) => name(c) === row[0])!;
      const own = (sums(gers.flows[flow], 0).get(code) ?? 0) / gers.totals[flow];
      const national = (sums(france.flows[flow], 0).get(code) ?? 0) / france.totals[flow];
      const index = (own / national).toFixed(1).replace('.', ',');
      expect(row[5], row[0]).to.equal(own / national > 2 ? `◆ ${index}` : index);
    }
  });

  it('<trade-map>: every partner on the map or listed, the first strongest, the euros, the keyboard', async () => {
    const data = (await (await fetch(`${base}latest/departments/32.json`)).json()) as TradeDataFile;
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    wrap.innerHTML = ['export', 'import', 'balance']
      .map((flow) => `<trade-map department="32" flow="${flow}" base-url="${base}"></trade-map>`)
      .join('');
    const maps = [...wrap.querySelectorAll<MapChart>('trade-map')];
    await Promise.all(maps.map((map) => waitForState(map, 'ready', 20_000)));
    for (const map of maps) {
      const flow = map.getAttribute('flow');
      const { rows, classes } = map.model!;
      const drawn = new Set(qa(map, 'g[data-key]').map((g) => g.getAttribute('data-key')));
      const listed = text(shadow(map).querySelector('[part="listed"]'));
      // Every country with a value in the file: its colour class on the map, or its line in the list.
      const partners = new Set([...data.flows.export, ...data.flows.import].map((triple) => triple[1]));
      expect(rows.map((row) => row.code).sort(), `${flow}: the partners`).to.deep.equal(
        [...partners].filter((code) => flow === 'balance' || sums(data.flows[flow as Flow], 1).has(code)).sort(),
      );
      for (const row of rows) {
        if (drawn.has(row.code)) {
          const shape = q(map, `g[data-key="${row.code}"] [part="shape"]`);
          expect(shape.getAttribute('class') ?? '', `${flow} ${row.code}`).to.match(/\b(t[1-5]|n[1-3]|p[1-3]|z)\b/);
        } else expect(listed, `${flow} ${row.code}`).to.contain(data.countries[row.code]);
      }
      // The first partner has the strongest class; the table sums to the totals, to the euro.
      const tones = classes.map((klass) => Math.abs(klass.tone));
      expect(Math.abs(classes[rows[0].klass].tone)).to.equal(Math.max(...tones));
      const table = (map as unknown as { tableFor(m: unknown): { rows: { value?: number }[][] } }).tableFor(map.model);
      const column = (index: number) => table.rows.reduce((sum, row) => sum + (row[index].value ?? 0), 0);
      if (flow !== 'import') expect(column(1)).to.equal(data.totals.export);
      if (flow !== 'export') expect(column(2)).to.equal(data.totals.import);
      // The keyboard goes through the partners drawn, in order of value.
      const order = rows.filter((row) => row.drawn);
      expect(qa(map, 'g[data-key]').map((g) => g.getAttribute('data-key'))).to.deep.equal(order.map((r) => r.code));
      const values = order.map((row) => Math.abs(row.value));
      expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    }
    // France's map: every department, 2A and 2B with Corse's figure; and the 18 regions.
    wrap.innerHTML = `<trade-map department="32" scope="france" base-url="${base}"></trade-map>
      <trade-map level="france" scope="france" base-url="${base}"></trade-map>`;
    const [departments, regions] = [...wrap.querySelectorAll<MapChart>('trade-map')];
    await Promise.all([departments, regions].map((map) => waitForState(map, 'ready', 20_000)));
    const keys = (map: MapChart) => qa(map, 'g[data-key]').map((g) => g.getAttribute('data-key'));
    expect(keys(departments)).to.have.length(101);
    expect(keys(departments)).to.include.members(['2A', '2B', '971', '972', '973', '974', '976']);
    expect(text(q(departments, '[part="caption"]'))).to.contain('chiffre unique que la DGDDI publie pour la Corse');
    expect(keys(regions)).to.have.length(18);
    expect(failedRequests()).to.deep.equal([]);
  });

  it('a region, France and Monaco say what is true of them', async () => {
    const region = await report('region="32"');
    const regionWords = qa(region.report, '[part="section"]:not(.context)')
      .map((s) => text(s))
      .join(' ');
    expect(regionWords).not.to.match(/le département|départementale|depuis le département/);
    expect(regionWords).to.contain('Territoires d’industrie de la région');
    const france = await report('level="france"');
    expect(shadow(france.report).querySelector('section.industry')).to.equal(null);
    expect(text(q(france.report, 'section.export'))).not.to.contain('peut être comparée');
    const monaco = await report('department="99"');
    expect(text(q(monaco.report, 'section.intro'))).to.contain('Monaco n’est pas un département français');
    // No rank (the last column, after the change over five years when the series is in).
    expect(tableRows(monaco.charts[0])[0].at(-1)).to.equal('–');
    expect(failedRequests()).to.deep.equal([]);
  });

  it('ranks are out of 100 departments; an overseas department is compared with France alone', async () => {
    const gers = await report('department="32"');
    expect(tableRows(gers.charts[0])[0].at(-1)).to.match(/^\d+(er|e) \/ 100$/);
    const reunion = await report('department="974"');
    const sankeys = reunion.charts.filter((chart) => chart.tagName === 'TRADE-SANKEY');
    expect(sankeys).to.have.length(4);
    expect(
      qa(reunion.charts[0], '.figure li')
        .map((li) => text(li))
        .join(' '),
    ).not.to.contain('région');
  });

  it('in English: English names of products and countries, the publication’s texts translated', async () => {
    const { report: el, charts } = await report('department="32" lang="en"');
    expect(text(q(el, 'section.intro'))).to.contain('departmental view');
    const treemap = charts[2];
    const products = tableRows(treemap).map((row) => row[0]);
    expect(products.some((name) => /^(Beverages|Agricultural and animal products)$/.test(name))).to.equal(true);
    expect(products.join(' ')).not.to.match(/Boissons|Produits de la culture/);
    const balance = charts[1];
    expect(
      tableRows(balance)
        .map((row) => row[0])
        .join(' '),
    ).not.to.match(/Espagne|Royaume-Uni|Etats-Unis/);
  });
});
