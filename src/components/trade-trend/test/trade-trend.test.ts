/**
 * `<trade-trend>` in a real browser, on the bundled demo data (its series files) and
 * on hand-written series: one point per period, the table against the yearly files
 * and the series file read here, the headline without hovering, the keyboard, the
 * missing periods, small multiples, English, hostile labels and accessibility.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { sendKeys } from '@web/test-runner-commands';
import type { TradeData, TradeSeries } from '../../../data/contract.ts';
import { clearCache } from '../../../data/loader.ts';
import { q, qa, shadow, tableRows, text, waitForState } from '../../../../test/helpers/dom.ts';
import { makeSeries } from './series-fixture.ts';
import '../trade-trend.ts';
import type { TradeTrend } from '../trade-trend.ts';

const DEMO = '/public/data/';
const NB = '\u00a0';
const NN = '\u202f';
const MINUS = '\u2212';
const M = 1_000_000;

async function load(attrs: string, width = 760): Promise<TradeTrend> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrap.innerHTML = `<trade-trend ${attrs}></trade-trend>`;
  const el = wrap.querySelector('trade-trend')!;
  await waitForState(el, ['ready', 'empty', 'error'], 10000);
  return el;
}

async function mount(data: unknown, width = 760, attrs: Partial<Record<'show' | 'period' | 'lang', string>> = {}) {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px" lang=${attrs.lang ?? 'fr'}><trade-trend></trade-trend></div>`,
  );
  const el = wrap.querySelector('trade-trend')!;
  if (attrs.show) el.show = attrs.show;
  if (attrs.period) el.period = attrs.period;
  el.data = data;
  await waitForState(el, ['ready', 'empty', 'error']);
  return el;
}

const getJson = async <T>(url: string) => (await (await fetch(url)).json()) as T;
/** "593,3 M€" from euros, as the test writes it (one decimal in millions from 100 000 €). */
const millions = (v: number) =>
  `${(v / M)
    .toFixed(1)
    .replace('.', ',')
    .replace(/\B(?=(\d{3})+(?!\d))/g, NN)}${NB}M€`;
const marks = (el: TradeTrend) => qa<SVGGElement>(el, 'g[data-key]');

/** Every mark of the chart lies within its SVG. */
function expectInside(el: TradeTrend) {
  const s = q(el, '.chart svg').getBoundingClientRect();
  for (const n of qa<SVGGraphicsElement>(el, '.chart svg text, .chart svg rect, .chart svg circle')) {
    const b = n.getBoundingClientRect();
    expect(b.left, n.outerHTML).to.be.at.least(s.left - 0.5);
    expect(b.right, n.outerHTML).to.be.at.most(s.right + 0.5);
  }
}

describe('<trade-trend>', () => {
  beforeEach(() => {
    clearCache();
  });

  it('demo data: one point per quarter, 2015 Q1 to 2025 Q2, each table value the series file’s', async () => {
    const el = await load(`department="32" base-url="${DEMO}"`);
    const series = await getJson<TradeSeries>(`${DEMO}series/departments/32.json`);
    expect(marks(el)).to.have.length(42);
    const rows = tableRows(el);
    expect(rows).to.have.length(42);
    expect(rows[0][0]).to.equal('T1 2015');
    expect(rows[41][0]).to.equal('T2 2025');
    rows.forEach((row, i) => {
      expect(row[1]).to.equal(millions(series.quarters.export[i]!));
      expect(row[2]).to.equal(millions(series.quarters.import[i]!));
    });
    // The CSV keeps the euros: the 2024 quarters sum to the 2024 yearly file's flows, summed here.
    const csv = (await el.toCsv()).split(/\r?\n/);
    const year2024 = await getJson<TradeData>(`${DEMO}2024/departments/32.json`);
    const flows = (flow: 'export' | 'import') => year2024.flows[flow].reduce((s, [, , v]) => s + v, 0);
    const cells = csv.filter((l) => /^"?T[1-4] 2024/.test(l)).map((l) => l.split(';'));
    expect(cells).to.have.length(4);
    expect(cells.reduce((s, c) => s + Number(c[1]), 0)).to.equal(flows('export'));
    expect(cells.reduce((s, c) => s + Number(c[2]), 0)).to.equal(flows('import'));
    expect(flows('export')).to.equal(593_300_000);
  });

  it('the headline answers without a hover: latest value, change over one and five years', async () => {
    const el = await load(`department="32" base-url="${DEMO}" period="year"`);
    const series = await getJson<TradeSeries>(`${DEMO}series/departments/32.json`);
    const [e2019, e2023, e2024] = [4, 8, 9].map((i) => series.years.export[i]!);
    const pct = (r: number) => {
      const v = Math.abs(r * 100);
      const digits = v >= 10 ? v.toFixed(0) : v.toPrecision(2);
      return `${r < 0 ? MINUS : '+'}${digits.replace('.', ',')}${NN}%`;
    };
    const headline = text(q(el, '[part="headline"]'));
    expect(headline).to.contain('2024');
    expect(headline).to.contain(
      `Exportations${NB}: 593,3${NB}M€ · ${pct(e2024 / e2023 - 1)} sur un an · ` +
        `${pct(e2024 / e2019 - 1)} sur cinq ans`,
    );
    expect(headline).to.contain(`Solde${NB}: ${MINUS}91,3${NB}M€`);
    expect(el.chartTitleText).to.equal('Évolution des exportations et des importations, Gers (2015–2024)');
    const summary = text(q(el, 'p.sr-only[id$="-summary"]'));
    expect(summary).to.match(/^Gers, de 2015 à 2024, par année/);
    expect(summary).to.contain(`. 2024${NB}: exportations 593,3${NB}millions d’euros (`);
    expect(marks(el)).to.have.length(10);
  });

  it('keyboard: Tab into the chart, arrows along the points, the tooltip says the period', async () => {
    const el = await load(`department="32" base-url="${DEMO}" period="year"`);
    marks(el)[0].focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-key')).to.equal('2024');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-key')).to.equal('2023');
    expect(text(q(el, '[part="tooltip"]'))).to.contain('2023');
    expect(shadow(el).activeElement?.getAttribute('aria-label')).to.match(/^2023\u00a0: Exportations 602,9\u00a0M€/);
  });

  it('a missing quarter is marked and listed, never drawn as zero', async () => {
    const exp: (number | null)[] = Array.from({ length: 12 }, (_, i) => (10 + i) * M);
    const imp: (number | null)[] = Array.from({ length: 12 }, () => 5 * M);
    exp[5] = imp[5] = null;
    const el = await mount(makeSeries(exp, imp));
    expect(marks(el)).to.have.length(12);
    expect(qa(el, '[part="missing"]')).to.have.length(1);
    const missing = marks(el)[5];
    expect(missing.querySelector('circle, [part="balance-bar"]')).to.equal(null);
    expect(missing.getAttribute('aria-label')).to.equal(`T2 2021${NB}: donnée manquante`);
    expect(tableRows(el)[5]).to.deep.equal(['T2 2021', 'donnée manquante', 'donnée manquante', 'donnée manquante']);
    expect(text(q(el, '[part="caption"]'))).to.contain('1 période manquante dans les données, non représentée');
    // The line is broken around it: two pieces.
    expect((q(el, '[part="line-export"]').getAttribute('d') ?? '').match(/M/g)).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('four quarters only, and 25 years at 320 px: drawn inside the box', async () => {
    const one = await mount(
      makeSeries(
        [1, 2, 3, 4].map((v) => v * M),
        [2, 2, 2, 2].map((v) => v * M),
      ),
      320,
    );
    expect(marks(one)).to.have.length(4);
    expect(text(q(one, '[part="headline"]'))).not.to.contain('sur un an');
    expectInside(one);
    const n = 100;
    const long = makeSeries(
      Array.from({ length: n }, (_, i) => (50 + (i % 4) * 10 + i) * M),
      Array.from({ length: n }, () => 60 * M),
      2000,
    );
    const el = await mount(long, 320);
    expect(marks(el)).to.have.length(100);
    expectInside(el);
  });

  it('show="partners": five small multiples on one scale; choosing one sends trade-select', async () => {
    const el = await load(`department="32" base-url="${DEMO}" show="partners"`);
    const series = await getJson<TradeSeries>(`${DEMO}series/departments/32.json`);
    expect(qa(el, '[part="panel"]')).to.have.length(5);
    expect(marks(el)).to.have.length(50);
    const first = series.top.partners.export[0];
    const rows = tableRows(el);
    expect(rows.map((r) => r[0])).to.deep.equal(series.years.export.map((_, i) => String(2015 + i)));
    expect(rows[9][1]).to.equal(millions(first.values[9]!));
    let detail: unknown;
    el.addEventListener('trade-select', (e) => (detail = (e as CustomEvent).detail));
    (marks(el)[0] as unknown as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(detail).to.deep.include({ kind: 'country', code: first.code, flow: 'export' });
    await expect(el).to.be.accessible();
  });

  it('English: quarters as Q1 2024, English figures', async () => {
    const el = await load(`department="32" base-url="${DEMO}" lang="en"`);
    expect(tableRows(el)[41][0]).to.equal('Q2 2025');
    expect(text(q(el, '[part="headline"]'))).to.match(/Exports: €\d+\.\dM/);
    expect(el.chartTitleText).to.equal('Exports and imports over time, Gers (2015–2024)');
  });

  it('hostile labels stay text; a yearly file given as a series is refused, naming the field', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const top: TradeSeries['top'] = {
      partners: { export: [{ code: 'XX', values: [1 * M, 2 * M] }], import: [] },
      products: { export: [], import: [] },
    };
    const s = makeSeries(
      Array.from({ length: 8 }, () => 1 * M),
      Array.from({ length: 8 }, () => 1 * M),
      2023,
      top,
    );
    s.countries.XX = payload;
    s.territory.name = payload;
    const el = await mount(s, 600, { show: 'partners' });
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(tableRows(el, 'thead')[0][1]).to.equal(payload);
    const refused = await load(`src="${DEMO}2024/departments/32.json"`);
    expect(refused.state).to.equal('error');
    expect(text(q(refused, '[role="alert"]'))).to.contain('kind');
  });

  it('random series (fixed seed), 4 quarters to 25 years, gaps: no NaN, inside, table exact', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 420px"><trade-trend></trade-trend></div>`);
    const el = wrap.querySelector('trade-trend')!;
    const value = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e12 }));
    const spec = fc.integer({ min: 1, max: 25 }).chain((years) =>
      fc.record({
        exp: fc.array(value, { minLength: 4 * years, maxLength: 4 * years }),
        imp: fc.array(value, { minLength: 4 * years, maxLength: 4 * years }),
        gaps: fc.array(fc.integer({ min: 1, max: 4 * years - 1 }), { maxLength: 3 }),
        period: fc.constantFrom('quarter', 'year'),
      }),
    );
    const cases = fc.sample(spec, { numRuns: 40, seed: 2015 });
    for (const c of cases) {
      const exp: (number | null)[] = [...c.exp];
      const imp: (number | null)[] = [...c.imp];
      for (const g of c.gaps) exp[g] = imp[g] = null;
      const series = makeSeries(exp, imp);
      el.period = c.period;
      el.data = series;
      await waitForState(el, ['ready', 'empty']);
      if (el.state === 'empty') continue;
      for (const n of qa(el, '.chart svg *'))
        for (const a of n.getAttributeNames())
          expect(n.getAttribute(a), `${n.tagName} ${a}`).not.to.match(/NaN|Infinity/);
      expectInside(el);
      // The CSV (raw euros) against the values given, summed here for years.
      const lines = (await el.toCsv()).split(/\r?\n/).slice(1);
      const expected =
        c.period === 'quarter'
          ? exp.map((v, i) => [v, imp[i]])
          : series.years.export.map((_, y) => {
              const four = (list: (number | null)[]) => list.slice(4 * y, 4 * y + 4);
              const sum = (list: (number | null)[]) =>
                list.includes(null) ? null : (list as number[]).reduce((a, b) => a + b, 0);
              return [sum(four(exp)), sum(four(imp))];
            });
      const first = expected.findIndex(([e]) => e !== null);
      expected.slice(first).forEach(([e, i], k) => {
        const cells = lines[k].split(';');
        if (e === null) expect(cells[1]).to.contain('manquante');
        else expect([Number(cells[1]), Number(cells[2]), Number(cells[3])]).to.deep.equal([e, i, e - i!]);
      });
    }
  });
});
