/**
 * Changing the language while the page runs: every text of every chart follows,
 * whether `lang` is set on the element, on <html> or on any ancestor, and nothing
 * is fetched again but the language's own module.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.ts';
import type { TradeChart } from '../../src/components/base/trade-chart.ts';
import type { TradeReport } from '../../src/components/trade-report/trade-report.ts';
import { clearCache } from '../../src/data/loader.ts';
import { q, qa, shadow, tableRows, text, waitForState } from '../helpers/dom.ts';

type Chart = TradeChart<unknown, unknown>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds (a language module may take a moment to arrive), 3 s at most. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await sleep(10);
  expect(check(), what).to.equal(true);
}

/** Data files fetched since the page started: a language change must add none. */
const dataRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.endsWith('.json')).length;

/** What a reader sees of a chart, in any language: title, toolbar, table, caption, labels. */
function words(chart: Element): string {
  const root = shadow(chart);
  return [
    text(q(chart, '[part="title"]')),
    ...[...root.querySelectorAll('[part="toolbar"] button')].map((b) => text(b)),
    text(root.querySelector('caption')),
    ...tableRows(chart, 'thead').flat(),
    ...tableRows(chart).flatMap((row) => row.slice(0, 2)),
    text(root.querySelector('[part="caption"]')),
    ...[...root.querySelectorAll('svg text')].map((t) => t.textContent),
    text(root.querySelector('.sr-only[id$="-summary"]')),
  ].join(' | ');
}

performance.setResourceTimingBufferSize(10_000);

describe('changing the language at run time', function () {
  this.timeout(30_000);
  beforeEach(() => {
    clearCache();
  });
  afterEach(() => {
    document.documentElement.lang = 'fr';
  });

  it('lang="en" set on a loaded report: it and every chart in it speak English, no data fetched again', async () => {
    const report = await fixture<TradeReport>(html`<trade-report department="32"></trade-report>`);
    await waitForState(report, 'ready', 15_000);
    const charts = qa<Chart>(report, 'trade-balance, trade-treemap, trade-sankey, trade-summary');
    await Promise.all(charts.map((c) => waitForState(c, ['ready', 'empty'], 15_000)));
    const before = dataRequests();
    expect(words(charts[1])).to.contain('Espagne');

    report.lang = 'en';
    await until(
      () => text(shadow(report).querySelector('section.intro p')).startsWith('As part of'),
      'the report’s texts in English',
    );
    await until(() => charts.every((c) => c.shadowRoot?.querySelector('[lang="en"]')), 'every chart in English');
    await Promise.all(charts.map((c) => c.updateComplete));
    const [summary, balance, treemap, sankey] = charts;
    expect(text(q(report, '[part="title"]'))).to.match(/^Key indicators: foreign trade/);
    expect(qa(report, '[part="section"] > .heading').map((h) => text(h))).to.include('Practical information');
    expect(words(summary)).to.contain('Foreign trade key figures').and.to.contain('Exports');
    expect(words(balance)).to.contain('Main partner countries').and.to.contain('Spain').and.not.to.contain('Espagne');
    expect(words(balance)).to.contain('Show the data').and.to.contain('Download');
    expect(words(treemap)).to.contain('Main activities imported and exported').and.to.contain('Beverages');
    expect(words(sankey)).to.contain('Export flows by product and country').and.to.contain('Total exports');
    for (const chart of charts) expect(words(chart), chart.tagName).not.to.match(/Voir les données|Télécharger/);
    // A tooltip opened after the change is in English too.
    const mark = q<SVGElement>(balance, '[data-key]');
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await balance.updateComplete;
    expect(text(q(balance, '[part="tooltip"]'))).to.contain('Imports');
    // The CSV follows: English separators and headings.
    expect((await balance.toCsv()).split('\r\n')[0]).to.match(/^\ufeff?Country,Imports/);
    expect(dataRequests(), 'data files fetched again').to.equal(before);

    // And back to French.
    report.lang = 'fr';
    await until(
      () => text(shadow(report).querySelector('section.intro p')).startsWith('Dans le cadre'),
      'the report’s texts in French',
    );
    await Promise.all(charts.map((c) => c.updateComplete));
    expect(words(balance)).to.contain('Espagne').and.to.contain('Voir les données');
  });

  it('lang changed on <html> or on an ancestor: the widgets follow', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <section><trade-balance department="32"></trade-balance></section>
      </div>`,
    );
    const balance = wrap.querySelector('trade-balance') as Chart;
    await waitForState(balance, 'ready');
    document.documentElement.lang = 'en';
    await until(() => words(balance).includes('Spain'), 'English from <html lang>');
    wrap.setAttribute('lang', 'fr');
    await until(() => words(balance).includes('Espagne'), 'French from an ancestor');
    wrap.querySelector('section')!.setAttribute('lang', 'en-GB');
    await until(() => words(balance).includes('Spain'), 'English from the nearest ancestor');
  });

  it('an error message follows the language too', async () => {
    const el = await fixture<Chart>(html`<trade-balance department="32" base-url="/nope/"></trade-balance>`);
    await waitForState(el, 'error');
    expect(text(q(el, '[part="error"]'))).to.contain('Impossible d’afficher ce graphique');
    el.lang = 'en';
    await until(() => text(q(el, '[part="error"]')).includes('This chart cannot be shown'), 'English error');
    expect(text(q(el, '[part="error"]'))).to.contain('The server answered HTTP 404');
  });
});
