/**
 * <trade-report> on the demo data: every section with the right numbers, one
 * request per file, the year selector, linked selection, no stale data after a
 * quick switch, downloads of real charts, print media, and axe on the whole page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../trade-report.ts';
import type { TradeReport } from '../trade-report.ts';
import type { TradeChart } from '../../base/trade-chart.ts';

type Chart = TradeChart<unknown, unknown>;
import type { TradeData } from '../../../data/contract.ts';
import { clearCache } from '../../../data/loader.ts';
import { formatEuros } from '../../../data/format.ts';
import { q, qa, shadow, tableRows, text, waitForState } from '../../../../test/helpers/dom.ts';
import { fr } from '../../../data/i18n/fr.ts';

const NB = '\u00a0';
const NN = '\u202f';
const MINUS = '\u2212';

/** The report and every chart in it, ready. */
async function ready(report: TradeReport, ms = 15000): Promise<Chart[]> {
  await waitForState(report, 'ready', ms);
  await report.updateComplete;
  const charts = qa<Chart>(report, 'trade-balance, trade-treemap, trade-sankey, trade-summary');
  await Promise.all(charts.map((c) => waitForState(c, ['ready', 'empty'], ms)));
  return charts;
}

const caption = (el: Element) => text(shadow(el).querySelector('[part="caption"]'));

async function json(path: string): Promise<TradeData> {
  return (await fetch(path)).json();
}

describe('<trade-report> on the demo data', function () {
  this.timeout(40_000);
  beforeEach(() => {
    clearCache();
  });

  it('Gers: every section, in the report’s order, with the report’s numbers', async () => {
    const report = await fixture<TradeReport>(html`<trade-report department="32"></trade-report>`);
    const charts = await ready(report);
    expect(text(q(report, '[part="title"]'))).to.equal('Les indicateurs clés : commerce extérieur — Gers (2024)');
    expect(qa(report, '[part="section"] > .heading').map((h) => text(h))).to.deep.equal([
      'Introduction',
      'Territoires d’industrie du département',
      'Précisions méthodologiques',
      'Balance commerciale territoriale',
      'Activités',
      'Exportations',
      'Importations',
      'Chiffres clés',
    ]);
    expect(qa(report, '.industry li').map((li) => text(li))).to.deep.equal([
      'Grand Auch – Astarac',
      'Interdépartemental Gers – Tarn-et-Garonne',
    ]);
    expect(charts.map((c) => c.tagName.toLowerCase())).to.deep.equal([
      'trade-balance',
      'trade-treemap',
      'trade-sankey',
      'trade-sankey',
      'trade-sankey',
      'trade-sankey',
      'trade-sankey',
      'trade-sankey',
      'trade-summary',
    ]);
    const [balance, , exp, expRegion, expFrance, imp, impRegion, impFrance, summary] = charts;
    expect(text(q(balance, '.subtitle'))).to.equal(
      `Importations${NB}: 684,6${NB}M€ · Exportations${NB}: 593,3${NB}M€ · Solde${NB}: ${MINUS}91,3${NB}M€`,
    );
    expect(caption(exp)).to.equal(
      `Total des exportations${NB}: 593,3${NB}M€ — soit 1,2${NN}% de la valeur exportée par la région Occitanie, ` +
        `soit 0,10${NN}% de la valeur exportée au niveau national`,
    );
    expect(caption(expRegion)).to.equal(
      `Total des exportations${NB}: 49${NN}453,9${NB}M€ — soit 8,5${NN}% de la valeur exportée au niveau national`,
    );
    expect(caption(expFrance)).to.equal(`Total des exportations${NB}: 580${NN}354,5${NB}M€`);
    expect(caption(imp)).to.equal(
      `Total des importations${NB}: 684,6${NB}M€ — soit 1,8${NN}% de la valeur importée par la région Occitanie, ` +
        `soit 0,10${NN}% de la valeur importée au niveau national`,
    );
    expect(caption(impRegion)).to.equal(
      `Total des importations${NB}: 37${NN}655,4${NB}M€ — soit 5,5${NN}% de la valeur importée au niveau national`,
    );
    expect(caption(impFrance)).to.equal(`Total des importations${NB}: 684${NN}776,3${NB}M€`);
    expect(text(q(exp, '[part="title"]'))).to.equal("Flux à l'export par produit et par pays, Gers (2024)");
    expect(text(q(expRegion, '[part="title"]'))).to.contain('Occitanie (2024)');
    expect(text(q(impFrance, '[part="title"]'))).to.contain('France entière (2024)');

    // Key figures: the change from 2023 and the rank, computed here from the files.
    const [g24, g23] = await Promise.all([
      json('/data/2024/departments/32.json'),
      json('/data/2023/departments/32.json'),
    ]);
    const change = (flow: 'export' | 'import') => g24.totals[flow] / g23.totals[flow] - 1;
    const index = await (await fetch('/data/index.json')).json();
    const all = await Promise.all(
      index.territories.departments.map((d: { code: string }) => json(`/data/2024/departments/${d.code}.json`)),
    );
    // Monaco (99), which DGDDI files under PACA, is not a department: it is not ranked.
    const departments = all.filter((d) => d.territory.code !== '99');
    const rank = 1 + departments.filter((d) => d.totals.export > g24.totals.export).length;
    const rows = tableRows(summary);
    expect(rows[0].slice(0, 4)).to.deep.equal(['Exportations', `593,3${NB}M€`, `1,2${NN}%`, `0,10${NN}%`]);
    expect(rows[0][4]).to.equal(
      new Intl.NumberFormat('fr-FR', {
        style: 'percent',
        signDisplay: 'exceptZero',
        maximumSignificantDigits: 2,
        minimumSignificantDigits: 2,
      })
        .format(change('export'))
        .replace(/[\s\u00a0]/g, NN)
        .replace('-', MINUS),
    );
    expect(rows[0][5]).to.equal(`${rank}e / ${departments.length}`);
    expect(departments.length).to.equal(100);
    expect(text(q(summary, '.figure.import .change'))).to.contain('par rapport à 2023');
    // The report's single source line, with the demo mention.
    expect(text(q(report, '.root > [part="source"]'))).to.contain('Données de démonstration (simulées)');
  });

  it('fetches the department’s file once, and the region’s and France’s once each', async () => {
    await fetch('/__test/counts-reset');
    const report = await fixture<TradeReport>(
      html`<trade-report department="32" base-url="/__test/count/data/"></trade-report>`,
    );
    await ready(report);
    const counts = await (await fetch('/__test/counts')).json();
    expect(counts['data/2024/departments/32.json']).to.equal(1);
    expect(counts['data/2024/regions/76.json']).to.equal(1);
    expect(counts['data/2024/france.json']).to.equal(1);
    expect(counts['data/index.json']).to.equal(1);
    expect(counts['data/texts/report.fr.json']).to.equal(1);
  });

  it('a year selector lists the years of index.json; choosing 2023 shows 2023', async () => {
    const report = await fixture<TradeReport>(html`<trade-report department="32"></trade-report>`);
    await ready(report);
    const select = q<HTMLSelectElement>(report, 'select');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['2023', '2024']);
    expect(select.value).to.equal('2024');
    select.value = '2023';
    select.dispatchEvent(new Event('change'));
    const charts = await ready(report);
    const g23 = await json('/data/2023/departments/32.json');
    expect(text(q(report, '[part="title"]'))).to.equal('Les indicateurs clés : commerce extérieur — Gers (2023)');
    expect(text(q(charts[0], '.subtitle'))).to.contain(formatEuros(g23.totals.import, fr));
    // No 2022 in the data: no change is shown.
    expect(shadow(charts.at(-1)!).querySelector('.change')).to.equal(null);
  });

  it('switching territory while a slow answer is on its way leaves nothing of it', async () => {
    const report = await fixture<TradeReport>(
      html`<trade-report department="32" base-url="/__test/delay/700/data/"></trade-report>`,
    );
    await new Promise((r) => setTimeout(r, 50));
    report.baseUrl = '/data/';
    report.department = '09';
    await ready(report);
    await new Promise((r) => setTimeout(r, 900)); // past the slow answer
    const ariege = await json('/data/2024/departments/09.json');
    expect(text(q(report, '[part="title"]'))).to.contain('Ariège (2024)');
    const charts = qa<Chart>(report, 'trade-balance, trade-treemap, trade-sankey, trade-summary');
    for (const c of charts.filter((c) => !c.hasAttribute('region') && c.getAttribute('level') !== 'france')) {
      expect(c.data?.territory.code, c.tagName).to.equal('09');
    }
    expect(text(q(charts[0], '.subtitle'))).to.contain(formatEuros(ariege.totals.export, fr));
    expect(shadow(report).textContent).not.to.contain('Gers');
  });

  it('a country chosen in the balance is highlighted in the other charts', async () => {
    const report = await fixture<TradeReport>(html`<trade-report department="32"></trade-report>`);
    const charts = await ready(report);
    const balance = charts[0];
    const first = q<SVGElement>(balance, '[data-key]');
    const code = first.getAttribute('data-key')!;
    first.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await Promise.all(charts.map((c) => c.updateComplete));
    for (const c of charts.slice(2, 8)) expect(c.selected, c.tagName).to.equal(code);
  });

  it('a product chosen in the treemap is highlighted in the Sankeys, visibly', async () => {
    const report = await fixture<TradeReport>(html`<trade-report department="32"></trade-report>`);
    const charts = await ready(report);
    const treemap = charts[1];
    const tile = qa<SVGElement>(treemap, '[data-key]').find((t) => !t.getAttribute('data-key')!.endsWith('*'))!;
    const [flow, code] = tile.getAttribute('data-key')!.split(':');
    tile.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await Promise.all(charts.map((c) => c.updateComplete));
    const sankeys = charts.slice(2, 8);
    for (const c of sankeys) expect(c.selected, c.tagName).to.equal(code);
    // The department's own Sankey of that flow holds the product: its node stands out, the others are dimmed.
    for (const c of [sankeys[flow === 'export' ? 0 : 3]]) {
      const node = q(c, `rect[data-key="p:${code}"]`).closest('g')!;
      expect(node.classList.contains('selected'), `${c.getAttribute('flow')}: selected node`).to.equal(true);
      expect(q(c, `rect[data-key="p:${code}"]`).getAttribute('aria-pressed')).to.equal('true');
      expect(qa(c, 'g.node.dimmed').length, 'other nodes dimmed').to.be.greaterThan(0);
    }
  });

  it('toolbar="none" hides the toolbar of every chart in it', async () => {
    const report = await fixture<TradeReport>(html`<trade-report department="32" toolbar="none"></trade-report>`);
    const charts = await ready(report);
    expect(charts.length).to.equal(9);
    for (const c of charts) expect(shadow(c).querySelector('[part="toolbar"]'), c.tagName).to.equal(null);
    // The tables stay, for assistive technology.
    for (const c of charts) expect(shadow(c).querySelector('[part="table"] table'), c.tagName).not.to.equal(null);
  });

  it('charts download a CSV that parses back to the table’s numbers, a self-contained SVG, a PNG at 2×', async () => {
    const report = await fixture<TradeReport>(html`<trade-report department="32"></trade-report>`);
    const [balance, , sankey] = await ready(report);
    for (const chart of [balance, sankey]) {
      const lines = (await chart.toCsv())
        .replace(/^\ufeff/, '')
        .trimEnd()
        .split('\r\n');
      const body = tableRows(chart).concat(tableRows(chart, 'tfoot'));
      expect(lines.length - 1).to.equal(body.length);
      const header = lines[0].split(';');
      const eur = header.map((h, i) => (h.endsWith('(€)') ? i : -1)).filter((i) => i >= 0);
      expect(eur.length).to.be.greaterThan(0);
      lines.slice(1).forEach((line, r) => {
        const cells = line.split(';');
        for (const i of eur)
          expect(
            formatEuros(Number(cells[i]), fr, { signed: cells[i].startsWith('-') || (chart === balance && i === 3) }),
          ).to.equal(body[r][i]);
      });
      const { markup, width, height } = await chart.toSvg();
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      expect(doc.querySelector('parsererror'), chart.tagName).to.equal(null);
      expect(markup).not.to.match(/var\(|\sclass=|href=|<script/);
      const png = new DataView(await (await chart.toPng()).arrayBuffer());
      expect(png.getUint32(16)).to.equal(Math.round(width * 2));
      expect(png.getUint32(20)).to.equal(Math.round(height * 2));
    }
  });

  it('prints: no toolbar, tooltip or year selector, sections on new pages, charts within an A4 width', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 1100px"><trade-report department="32"></trade-report></div>`,
    );
    const el = wrap.querySelector('trade-report') as TradeReport;
    const charts = await ready(el);
    // A tooltip open when the page is printed.
    const mark = q<SVGElement>(charts[0], '[data-key]');
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await charts[0].updateComplete;
    expect(q<HTMLElement>(charts[0], '.tooltip').hidden).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(q(el, '.year')).display).to.equal('none');
      expect(getComputedStyle(q(charts[0], '.tooltip')).display).to.equal('none');
      for (const c of charts) {
        const toolbar = shadow(c).querySelector('[part="toolbar"]');
        if (toolbar) expect(getComputedStyle(toolbar).display, c.tagName).to.equal('none');
      }
      for (const s of ['balance', 'activities', 'export', 'import'])
        expect(getComputedStyle(q(el, `section.${s}`)).breakBefore, s).to.equal('page');
      // The charts were drawn 1100 px wide; on an A4 page (718 px between 15 mm margins) they shrink to fit.
      wrap.style.width = '718px';
      const right = el.getBoundingClientRect().right;
      for (const c of charts) {
        const svg = shadow(c).querySelector('.chart svg');
        if (svg) expect(svg.getBoundingClientRect().right, c.tagName).to.be.at.most(right + 0.5);
      }
      const shot = await executeServerCommand<{ width: number; height: number }, unknown>('screenshot', {
        path: 'report-print.png',
        media: 'print',
      });
      expect(shot.height).to.be.greaterThan(3000);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('English', async () => {
    const report = await fixture<TradeReport>(html`<trade-report lang="en" department="32"></trade-report>`);
    const charts = await ready(report);
    expect(text(q(report, '[part="title"]'))).to.equal('Key indicators: foreign trade — Gers (2024)');
    expect(text(q(report, 'section.intro p'))).to.match(/^As part of the Territoires d'industrie programme/);
    expect(text(q(charts[0], '[part="title"]'))).to.match(/^Main partner countries/);
  });

  it('without its texts file, it still shows every section and chart', async () => {
    const report = await fixture<TradeReport>(html`<trade-report texts="/nope.json" department="32"></trade-report>`);
    const charts = await ready(report);
    expect(qa(report, '[part="section"]').length).to.equal(8);
    expect(charts.length).to.equal(9);
    expect(shadow(report).querySelector('section.intro p')).to.equal(null);
  });

  it('is axe-clean as a whole', async () => {
    const report = await fixture<TradeReport>(html`<trade-report department="32"></trade-report>`);
    await ready(report);
    await expect(report).to.be.accessible();
  });
});
