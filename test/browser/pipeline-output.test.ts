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
import type { TradeReport } from '../../src/components/trade-report/trade-report.ts';
import { clearCache } from '../../src/data/loader.ts';
import { q, qa, shadow, tableRows, text, waitForState } from '../helpers/dom.ts';
import { REPORT_SECTIONS } from './robustness/expect.ts';

type Chart = TradeChart<unknown, unknown>;

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
    base = await executeServerCommand<string, unknown>('pipeline-output');
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
    expect(charts).to.have.length(9);
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
    expect(tableRows(monaco.charts[0])[0][5]).to.equal('–');
    expect(failedRequests()).to.deep.equal([]);
  });

  it('ranks are out of 100 departments; an overseas department is compared with France alone', async () => {
    const gers = await report('department="32"');
    expect(tableRows(gers.charts[0])[0][5]).to.match(/^\d+(er|e) \/ 100$/);
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
