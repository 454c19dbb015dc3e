/**
 * <trade-report> on the demo data: every section with the right numbers, one
 * request per file, the year selector, linked selection, no stale data after a
 * quick switch, downloads of real charts, print media, and axe on the whole page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../trade-report.ts';
import type { TradeReport } from '../trade-report.ts';
import type { TradeChart } from '../../base/trade-chart.ts';

type Chart = TradeChart<unknown, unknown>;
import type { TradeData } from '../../../data/contract.ts';
import { clearCache } from '../../../data/loader.ts';
import { formatChange, formatEuros } from '../../../data/format.ts';
import { nextFrame, q, qa, shadow, tableRows, text, waitForState } from '../../../../test/helpers/dom.ts';
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
  // What the summaries and the treemap load after they are drawn (France's file, the series, their code).
  const settled = (c: Chart) => {
    const later = c as unknown as { related?: unknown; france?: unknown };
    return c.localName === 'trade-summary' ? later.related !== undefined : later.france !== undefined;
  };
  const waiting = charts.filter((c) => c.localName === 'trade-summary' || c.localName === 'trade-treemap');
  for (let i = 0; i < 500 && !waiting.every(settled); i++) await new Promise((r) => setTimeout(r, 10));
  await Promise.all(charts.map((c) => c.updateComplete));
  return charts;
}

/** A Sankey's caption lines, as the report sets them one under the other, joined with " / ". */
const caption = (el: Element) =>
  [...(shadow(el).querySelector('[part="caption"]')?.children ?? [])].map((line) => text(line)).join(' / ');

/** Waits until an element of the report holds a text (its texts load on their own). */
async function waitUntilText(report: TradeReport, selector: string, wanted: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await report.updateComplete;
    if (text(shadow(report).querySelector(selector)) === wanted) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(text(shadow(report).querySelector(selector))).to.equal(wanted);
}

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
    expect(text(q(report, '[part="title"]'))).to.equal(
      `Les indicateurs clés${NB}: commerce extérieur — Territoires d’industrie – Gers (2024)`,
    );
    // The Territoires d'industrie and the key figures first, then the publication's sections in its order.
    expect(qa(report, '[part="section"] > .heading').map((h) => text(h))).to.deep.equal([
      'Territoires d’industrie du département',
      'Chiffres clés',
      'Introduction',
      'Contexte et méthodologie',
      'Balance commerciale territoriale',
      'Exportations',
      'Importations',
      'Exposition aux principaux partenaires',
      'Informations pratiques',
    ]);
    expect(qa(report, 'section.context .subheading').map((h) => text(h))).to.deep.equal([
      'Contexte',
      'Précisions méthodologiques',
    ]);
    expect(qa(report, '.industry li').map((li) => text(li))).to.deep.equal([
      'Grand Auch – Astarac',
      'Interdépartemental Gers – Tarn-et-Garonne',
    ]);
    expect(charts.map((c) => c.tagName.toLowerCase())).to.deep.equal([
      'trade-summary',
      'trade-balance',
      'trade-treemap',
      'trade-sankey',
      'trade-sankey',
      'trade-sankey',
      'trade-sankey',
      'trade-sankey',
      'trade-sankey',
      // The exposure section's dependency indicators.
      'trade-summary',
    ]);
    const [summary, balance, , exp, expRegion, expFrance, imp, impRegion, impFrance, dependency] = charts;
    expect(summary.getAttribute('show')).to.equal('figures');
    expect(dependency.getAttribute('show')).to.equal('dependency');
    expect(text(q(balance, '.subtitle'))).to.equal(
      `Importations${NB}: 684,6${NB}M€ · Exportations${NB}: 593,3${NB}M€ · Solde${NB}: ${MINUS}91,3${NB}M€`,
    );
    expect(caption(exp)).to.equal(
      `Total des exportations${NB}: 593,3${NB}M€ / soit 1,2${NN}% de la valeur exportée par la région Occitanie / ` +
        `soit 0,10${NN}% de la valeur exportée au niveau national`,
    );
    expect(caption(expRegion)).to.equal(
      `Total des exportations${NB}: 49${NN}453,9${NB}M€ / soit 8,5${NN}% de la valeur exportée au niveau national`,
    );
    expect(caption(expFrance)).to.equal(`Total des exportations${NB}: 580${NN}354,5${NB}M€`);
    expect(caption(imp)).to.equal(
      `Total des importations${NB}: 684,6${NB}M€ / soit 1,8${NN}% de la valeur importée par la région Occitanie / ` +
        `soit 0,10${NN}% de la valeur importée au niveau national`,
    );
    expect(caption(impRegion)).to.equal(
      `Total des importations${NB}: 37${NN}655,4${NB}M€ / soit 5,5${NN}% de la valeur importée au niveau national`,
    );
    expect(caption(impFrance)).to.equal(`Total des importations${NB}: 684${NN}776,3${NB}M€`);
    expect(text(q(exp, '[part="title"]'))).to.equal('Flux à l’export par produit et par pays, Gers (en valeur, 2024)');
    expect(text(q(expRegion, '[part="title"]'))).to.equal('Flux à l’export, Occitanie (en valeur, 2024)');
    expect(text(q(impFrance, '[part="title"]'))).to.equal('Flux à l’import, France entière (en valeur, 2024)');

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
    // Then the change since 2019, from the Gers' series (checked in the summary's own tests), and the rank.
    expect(tableRows(summary, 'thead')[0][5]).to.equal('Évolution depuis 2019');
    expect(rows[0][6]).to.equal(`${rank}e / ${departments.length}`);
    expect(departments.length).to.equal(100);
    expect(text(q(summary, '.figure.import .change'))).to.contain('par rapport à 2023');
    // The report's single source line, with the demo mention.
    expect(text(q(report, '.root > [part="source"]'))).to.contain('Données de démonstration (simulées)');
  });

  it('draws its first screen first: the charts below it come one by one in idle periods', async () => {
    const drawn: { tag: string; time: number }[] = [];
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const report = document.createElement('trade-report');
    report.setAttribute('department', '32');
    // Each chart's first drawing (the summaries and the treemap draw again with what they load after).
    const seen = new Set<EventTarget>();
    report.addEventListener('trade-render', (event) => {
      const chart = event.composedPath()[0];
      if (seen.has(chart)) return;
      seen.add(chart);
      drawn.push({ tag: (chart as Element).localName, time: performance.now() });
    });
    wrap.append(report);
    const charts = await ready(report);
    // Title, key figures and balance first; then the treemap and the six Sankey diagrams (the Gers' own,
    // its region's and France's, for each flow), each in a task of its own.
    expect(
      drawn
        .slice(0, 2)
        .map((chart) => chart.tag)
        .sort(),
    ).to.deep.equal(['trade-balance', 'trade-summary']);
    expect(drawn.map((chart) => chart.tag).sort()).to.deep.equal(charts.map((chart) => chart.localName).sort());
    expect(drawn).to.have.length(10);
    const later = charts.filter((chart) => chart.getAttribute('draw') === 'idle');
    expect(later.map((chart) => chart.localName).sort()).to.deep.equal([
      'trade-sankey',
      'trade-sankey',
      'trade-sankey',
      'trade-sankey',
      'trade-sankey',
      'trade-sankey',
      'trade-summary',
      'trade-treemap',
    ]);
  });

  it('for print, makes and draws every chart at once', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const report = document.createElement('trade-report');
    report.setAttribute('department', '32');
    const printed = new Promise<string[]>((resolve) => {
      report.addEventListener('trade-render', (event) => {
        if ((event.composedPath()[0] as Element).localName !== 'trade-balance') return;
        // The first screen is drawn; the charts below it are placeholders, waiting to be made.
        const before = [qa(report, '[data-later]').length, qa(report, 'trade-treemap, trade-sankey').length];
        // Printed in the next task (the balance is drawn in a ResizeObserver callback, which printing does not
        // interrupt): made and drawn in the microtasks after `beforeprint`, before any other task can run.
        setTimeout(() => void print(before), 0);
      });
      const print = async (before: number[]) => {
        let taskRan = false;
        setTimeout(() => (taskRan = true), 0);
        window.dispatchEvent(new Event('beforeprint'));
        await report.updateComplete;
        const own = qa<Chart>(report, 'trade-treemap, trade-sankey:not([level])');
        for (const chart of own) while (!(await chart.updateComplete));
        const drawn = (chart: Chart) => !!shadow(chart).querySelector('[part="chart"] svg');
        const rows = (chart: Chart) => shadow(chart).querySelectorAll('[part="table"] tr').length > 0;
        resolve([
          `before: ${before.join(' placeholders, ')} charts`,
          `after: ${qa(report, '[data-later]').length} placeholders, a task ran: ${taskRan}`,
          ...own.map((chart) => `${chart.localName} drawn ${drawn(chart)}, table ${rows(chart)}`),
        ]);
        window.dispatchEvent(new Event('afterprint'));
      };
    });
    wrap.append(report);
    expect(await printed).to.deep.equal([
      // The treemap, the six Sankey diagrams in four groups (each flow's own, then its comparisons), the exposure
      // section (the maps, the evolution and the partner's profile are not on this page).
      'before: 6 placeholders, 0 charts',
      'after: 0 placeholders, a task ran: false',
      'trade-treemap drawn true, table true',
      'trade-sankey drawn true, table true',
      'trade-sankey drawn true, table true',
    ]);
  });

  it('a new width redraws the charts on the screen at once, those off it one by one in idle periods', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><trade-report department="32"></trade-report></div>`,
    );
    const report = wrap.querySelector('trade-report') as TradeReport;
    const charts = await ready(report);
    // The chart's drawing (the key figures have no SVG: their box).
    const svgWidth = (chart: Chart) =>
      (shadow(chart).querySelector('[part="chart"] svg') ?? chart).getBoundingClientRect().width;
    const onScreen = (chart: Chart) => chart.getBoundingClientRect().top < innerHeight;
    expect(charts.filter(onScreen).map((c) => c.localName)).to.deep.equal(['trade-summary']);
    // Off the screen, the charts keep their width.
    await waitUntil(() => charts.filter((c) => !onScreen(c)).every((c) => c.style.width === '900px'), 'kept', {
      timeout: 3000,
    });
    const redrawn: string[] = [];
    report.addEventListener('trade-render', (event) => redrawn.push((event.composedPath()[0] as Element).localName));
    wrap.style.width = '700px';
    // The frame that follows: the chart on the screen is redrawn, and the page does not scroll sideways.
    await nextFrame();
    await new Promise((r) => setTimeout(r, 0));
    expect(redrawn).to.deep.equal(['trade-summary']);
    expect(wrap.scrollWidth).to.equal(700);
    expect(svgWidth(charts[2])).to.equal(900);
    // Then the others, one per idle period, to the new width.
    await waitUntil(() => redrawn.length === charts.length, `all redrawn; so far ${redrawn.join(', ')}`, {
      timeout: 5000,
    });
    for (const chart of charts) expect(svgWidth(chart), chart.localName).to.be.at.most(700);
    expect(new Set(redrawn).size, 'each once').to.equal(new Set(charts.map((c) => c.localName)).size);
  });

  it('made whole after a language switch or a move in the page while its charts below are placeholders', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const report = document.createElement('trade-report');
    report.setAttribute('department', '32');
    const firstScreen = new Promise<void>((resolve) => {
      report.addEventListener('trade-render', (event) => {
        if ((event.composedPath()[0] as Element).localName === 'trade-balance') resolve();
      });
    });
    wrap.append(report);
    await firstScreen;
    expect(qa(report, '[data-later]').length).to.be.greaterThan(0);
    // Moved elsewhere in the page, then switched to English, before its idle periods came.
    const other = document.createElement('div');
    wrap.append(other);
    other.append(report);
    report.setAttribute('lang', 'en');
    const charts = await ready(report);
    expect(qa(report, '[data-later]')).to.have.length(0);
    expect(charts).to.have.length(10);
    expect(text(q(charts[2], '[part="title"]'))).to.equal('Main activities imported and exported, Gers (2024)');
    expect(text(q(charts[3], '[part="title"]'))).to.match(/^Export flows by product and country, Gers/);
    // Removed: no chart is made or kept at a width any more, and nothing is left scheduled that throws.
    report.remove();
    await new Promise((r) => setTimeout(r, 600));
    expect(charts.every((chart) => chart.style.width === '')).to.equal(true);
  });

  it('fetches the department’s file once, the region’s and France’s once each, the index and the series', async () => {
    await fetch('/__test/counts-reset');
    const report = await fixture<TradeReport>(
      html`<trade-report department="32" base-url="/__test/count/data/"></trade-report>`,
    );
    await ready(report);
    const counts = await (await fetch('/__test/counts')).json();
    // Its own from latest/, the comparisons of the same year, the index for the year selector; its texts come
    // with the library: nothing else is asked of the data folder.
    expect(counts).to.deep.equal({
      'data/latest/departments/32.json': 1,
      'data/2024/regions/76.json': 1,
      'data/2024/france.json': 1,
      'data/index.json': 1,
      // The summaries' change over five years.
      'data/series/departments/32.json': 1,
    });
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
    expect(text(q(report, '[part="title"]'))).to.equal(
      `Les indicateurs clés${NB}: commerce extérieur — Territoires d’industrie – Gers (2023)`,
    );
    expect(text(q(charts[1], '.subtitle'))).to.contain(formatEuros(g23.totals.import, fr));
    // The change against the year before, from the file's own previous year.
    const before = g23.previous!.totals.export;
    const change = formatChange((g23.totals.export - before) / before, fr);
    expect(text(shadow(charts[0]).querySelector('.figure.export .change'))).to.contain(`${change} par rapport à 2022`);
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
    expect(text(q(charts[1], '.subtitle'))).to.contain(formatEuros(ariege.totals.export, fr));
    expect(shadow(report).textContent).not.to.contain('Gers');
  });

  it('a country chosen in the balance is highlighted in the other charts', async () => {
    const report = await fixture<TradeReport>(html`<trade-report department="32"></trade-report>`);
    const charts = await ready(report);
    const balance = charts[1];
    const first = q<SVGElement>(balance, '[data-key]');
    const code = first.getAttribute('data-key')!;
    first.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await Promise.all(charts.map((c) => c.updateComplete));
    for (const c of charts.slice(3, 9)) expect(c.selected, c.tagName).to.equal(code);
  });

  it('a product chosen in the treemap is highlighted in the Sankeys, visibly', async () => {
    const report = await fixture<TradeReport>(html`<trade-report department="32"></trade-report>`);
    const charts = await ready(report);
    const treemap = charts[2];
    const tile = qa<SVGElement>(treemap, '[data-key]').find((t) => !t.getAttribute('data-key')!.endsWith('*'))!;
    const [flow, code] = tile.getAttribute('data-key')!.split(':');
    tile.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await Promise.all(charts.map((c) => c.updateComplete));
    const sankeys = charts.slice(3, 9);
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
    expect(charts.length).to.equal(10);
    for (const c of charts) expect(shadow(c).querySelector('[part="toolbar"]'), c.tagName).to.equal(null);
    // The tables stay, for assistive technology.
    for (const c of charts) expect(shadow(c).querySelector('[part="table"] table'), c.tagName).not.to.equal(null);
  });

  it('charts download a CSV that parses back to the table’s numbers, a self-contained SVG, a PNG at 2×', async () => {
    const report = await fixture<TradeReport>(html`<trade-report department="32"></trade-report>`);
    const [, balance, , sankey] = await ready(report);
    for (const chart of [balance, sankey]) {
      // The table: up to the empty line before the source and licence.
      const [table] = (await chart.toCsv()).split(/\r\n;*\r\n/);
      const lines = table
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
    const balance = charts[1];
    const mark = q<SVGElement>(balance, '[data-key]');
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await balance.updateComplete;
    expect(q<HTMLElement>(balance, '.tooltip').hidden).to.equal(false);
    // As a browser prints: `beforeprint`, then print media.
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(q(el, '.year')).display).to.equal('none');
      expect(getComputedStyle(q(balance, '.tooltip')).display).to.equal('none');
      for (const c of charts) {
        const toolbar = shadow(c).querySelector('[part="toolbar"]');
        if (toolbar) expect(getComputedStyle(toolbar).display, c.tagName).to.equal('none');
      }
      for (const s of ['context', 'balance', 'export', 'import'])
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
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('English', async () => {
    const report = await fixture<TradeReport>(html`<trade-report lang="en" department="32"></trade-report>`);
    const charts = await ready(report);
    expect(text(q(report, '[part="title"]'))).to.equal(
      'Key indicators: foreign trade — Territoires d’industrie – Gers (2024)',
    );
    expect(text(q(report, 'section.intro p'))).to.match(/^As part of the Territoires d’industrie programme/);
    expect(text(q(charts[1], '[part="title"]'))).to.match(/^Main partner countries/);
  });

  it('a texts file replaces the built-in texts it has; one that fails leaves them', async () => {
    const custom = await fixture<TradeReport>(
      html`<trade-report texts="/test/fixtures/report-texts.json" department="32"></trade-report>`,
    );
    await ready(custom);
    await waitUntilText(custom, 'section.intro p', 'Le texte de la préfecture.');
    // What the file does not have stays as built in.
    expect(text(q(custom, 'section.balance p'))).to.match(/^Cette première infographie/);
    const failed = await fixture<TradeReport>(html`<trade-report texts="/nope.json" department="32"></trade-report>`);
    const charts = await ready(failed);
    expect(qa(failed, '[part="section"]').length).to.equal(9);
    expect(charts.length).to.equal(10);
    expect(text(q(failed, 'section.intro p'))).to.match(/^Dans le cadre du programme Territoires d’industrie/);
  });

  it('the publication’s texts: context with 2025 tariffs, method, reading keys, practical information', async () => {
    const report = await fixture<TradeReport>(html`<trade-report department="32"></trade-report>`);
    await ready(report);
    const context = text(q(report, 'section.context'));
    expect(context).to.contain('menaces de surtaxes douanières émanant des États-Unis');
    expect(context).to.contain('selon le lieu de dédouanement');
    expect(context).to.contain('pour l’année 2024');
    expect(text(q(report, 'section.balance'))).to.contain('Clé de lecture : pour chaque pays');
    expect(text(q(report, 'section.export'))).to.contain('Figurent à gauche les principaux biens exportés');
    const links = qa<HTMLAnchorElement>(report, 'section.practical a').map((a) => a.href);
    expect(links).to.include('mailto:territoires-industrie@anct.gouv.fr');
    expect(links).to.include('https://anct.gouv.fr/actualites');
    expect(links).to.include('https://www.entreprises.gouv.fr/la-dge/actualites');
    expect(text(q(report, 'section.industry .credit'))).to.equal(
      'Liste des Territoires d’industrie : ANCT, Licence Ouverte 2.0.',
    );
  });

  it('is axe-clean as a whole', async () => {
    const report = await fixture<TradeReport>(html`<trade-report department="32"></trade-report>`);
    await ready(report);
    await expect(report).to.be.accessible();
  });
});

/** The sentences that a department's report says and no other territory's may. */
const DEPARTMENT_WORDING = [
  'avec le département',
  'à l’échelle départementale',
  'depuis le département',
  'dans le département',
  'situation départementale',
  'regard départemental',
];

describe('<trade-report>: every territory says what is true of it', function () {
  this.timeout(60_000);
  beforeEach(() => {
    clearCache();
  });

  /** The report's words, without the method notes, which speak of departments in general. */
  async function show(attributes: string) {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    wrap.innerHTML = `<trade-report ${attributes}></trade-report>`;
    const report = wrap.querySelector('trade-report') as TradeReport;
    const charts = await ready(report);
    await waitUntilText(report, 'section.intro .heading, section.intro > .heading', 'Introduction');
    const sections = qa(report, '[part="section"]').map((section) => section.className);
    const words = qa(report, '[part="section"]:not(.context)')
      .map((section) => text(section))
      .join(' ');
    const sankeys = charts.filter((c) => c.tagName === 'TRADE-SANKEY').map((c) => text(q(c, '[part="title"]')));
    return { report, charts, sections, words, sankeys, title: text(q(report, '[part="title"]')) };
  }

  it('a region: regional sentences, the region’s Territoires d’industrie, compared with France only', async () => {
    const { sections, words, sankeys, title } = await show('region="76"');
    expect(title).to.match(/Territoires d’industrie – Occitanie \(2024\)$/);
    expect(sections[0]).to.equal('industry');
    expect(words).to.contain('Territoires d’industrie de la région');
    for (const phrase of DEPARTMENT_WORDING) expect(words, phrase).not.to.contain(phrase);
    expect(words).to.contain('relations commerciales avec la région');
    expect(words).to.contain('à l’échelle régionale');
    expect(words).to.contain('exportés depuis la région');
    expect(words).to.contain('La situation régionale des exportations peut être comparée à celle du pays');
    expect(sankeys).to.deep.equal([
      'Flux à l’export, Occitanie (en valeur, 2024)',
      'Flux à l’export, France entière (en valeur, 2024)',
      'Flux à l’import, Occitanie (en valeur, 2024)',
      'Flux à l’import, France entière (en valeur, 2024)',
    ]);
  });

  it('France: national sentences, no comparison, no Territoires d’industrie section', async () => {
    const { sections, words, sankeys, title } = await show('level="france"');
    expect(title).to.match(/— France entière \(2024\)$/);
    expect(sections).not.to.include('industry');
    for (const phrase of DEPARTMENT_WORDING) expect(words, phrase).not.to.contain(phrase);
    expect(words).to.contain('à l’échelle nationale');
    expect(words).not.to.contain('peut être comparée');
    expect(sankeys).to.have.length(2);
  });

  it('Monaco: never a department, its trade counted in Provence-Alpes-Côte d’Azur, compared with it', async () => {
    const { charts, words, sankeys, title } = await show('department="99"');
    expect(title).not.to.contain('Territoires d’industrie');
    for (const phrase of DEPARTMENT_WORDING) expect(words, phrase).not.to.contain(phrase);
    expect(words).to.contain('Monaco n’est pas un département français');
    expect(words).to.contain('comptés dans ceux de la région Provence-Alpes-Côte d’Azur');
    expect(sankeys).to.include('Flux à l’export, Provence-Alpes-Côte d’Azur (en valeur, 2024)');
    const summary = charts[0];
    // No rank (the last column): Monaco is not ranked among the departments.
    expect(tableRows(summary)[0].at(-1)).to.equal('–');
  });

  it('overseas and Corse are compared with France alone; Paris has no Territoires d’industrie', async () => {
    for (const code of ['971', '976', '2B']) {
      const { words, sankeys, sections } = await show(`department="${code}"`);
      expect(sankeys, code).to.have.length(4);
      expect(words, code).to.contain('La situation départementale des exportations peut être comparée à celle du pays');
      expect(words, code).not.to.contain('de la région et du pays');
      expect(sections, code).to.include('practical');
    }
    const paris = await show('department="75"');
    expect(paris.sections).not.to.include('industry');
    expect(paris.title).to.match(/— Paris \(2024\)$/);
    expect(paris.sankeys).to.have.length(6);
  });

  it('in English, for a region: English sentences throughout', async () => {
    const { words, title } = await show('region="76" lang="en"');
    expect(title).to.equal('Key indicators: foreign trade — Territoires d’industrie – Occitanie (2024)');
    expect(words).to.contain('trade with the region');
    expect(words).to.contain('The region’s exports can be compared with those of the country');
    expect(words).not.to.match(/ des | les | la région /);
  });
});
