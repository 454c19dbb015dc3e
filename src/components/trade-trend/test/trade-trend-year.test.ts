/**
 * `<trade-trend year="…">` in a real browser: the history up to and including that year on
 * the demo series of the Gers (the points drawn, the headline, the small multiples, each
 * figure against the series file read here), the same "not found" error as the other
 * elements for a year the series lacks, and a year changed on data given directly.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TradeSeries } from '../../../data/contract.ts';
import { clearCache } from '../../../data/loader.ts';
import { errorText, q, qa, tableRows, text, waitForState } from '../../../../test/helpers/dom.ts';
import { makeSeries } from './series-fixture.ts';
import '../trade-trend.ts';
import '../../trade-balance/trade-balance.ts';
import type { TradeTrend } from '../trade-trend.ts';

const DEMO = '/public/data/';
const NB = '\u00a0';
const NN = '\u202f';
const MINUS = '\u2212';
const M = 1_000_000;

async function load<K extends 'trade-trend' | 'trade-balance'>(
  tag: K,
  attrs: string,
  width = 760,
): Promise<HTMLElementTagNameMap[K]> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrap.innerHTML = `<${tag} ${attrs}></${tag}>`;
  const el = wrap.querySelector(tag)!;
  await waitForState(el, ['ready', 'empty', 'error'], 10000);
  return el;
}
const trend = (attrs: string) => load('trade-trend', attrs);

const getJson = async <T>(url: string) => (await (await fetch(url)).json()) as T;
/** "593,3 M€" from euros, as the test writes it (one decimal in millions from 100 000 €). */
const millions = (v: number) =>
  `${v < 0 ? MINUS : ''}${(Math.abs(v) / M)
    .toFixed(1)
    .replace('.', ',')
    .replace(/\B(?=(\d{3})+(?!\d))/g, NN)}${NB}M€`;
/** "+4,2 %", "−12 %": two significant digits under 10 %, as the report writes a change. */
const pct = (r: number) => {
  const v = Math.abs(r * 100);
  const digits = v >= 10 ? v.toFixed(0) : v.toPrecision(2);
  return `${r < 0 ? MINUS : '+'}${digits.replace('.', ',')}${NN}%`;
};
const keys = (el: TradeTrend) => qa(el, 'g[data-key]').map((g) => g.getAttribute('data-key'));

describe('<trade-trend year="…">', () => {
  let series: TradeSeries;
  before(async () => {
    series = await getJson<TradeSeries>(`${DEMO}series/departments/32.json`);
  });
  beforeEach(() => {
    clearCache();
  });

  it('year="2022", by quarter: 32 points, 2015 Q1 to 2022 Q4; the headline as of 2022 Q4', async () => {
    const el = await trend(`department="32" base-url="${DEMO}" year="2022"`);
    expect(el.state).to.equal('ready');
    const drawn = keys(el);
    expect(drawn).to.have.length(32);
    expect(drawn[0]).to.equal('2015-Q1');
    expect(drawn.at(-1)).to.equal('2022-Q4');
    // 2022 Q4 is the file's quarter 31; a year before, 27; five years before, 11.
    const exp = series.quarters.export as number[];
    const imp = series.quarters.import as number[];
    const headline = text(q(el, '[part="headline"]'));
    expect(headline).to.match(/^T4 2022 /);
    expect(headline).to.contain(
      `Exportations${NB}: ${millions(exp[31])} · ${pct(exp[31] / exp[27] - 1)} sur un an · ` +
        `${pct(exp[31] / exp[11] - 1)} sur cinq ans`,
    );
    expect(headline).to.contain(
      `Importations${NB}: ${millions(imp[31])} · ${pct(imp[31] / imp[27] - 1)} sur un an · ` +
        `${pct(imp[31] / imp[11] - 1)} sur cinq ans`,
    );
    expect(headline).to.contain(`Solde${NB}: ${signed(exp[31] - imp[31])}`);
    expect(el.chartTitleText).to.equal('Évolution des exportations et des importations, Gers (2015–2022)');
    const rows = tableRows(el);
    expect(rows).to.have.length(32);
    expect(rows.at(-1)).to.deep.equal(['T4 2022', millions(exp[31]), millions(imp[31]), signed(exp[31] - imp[31])]);
  });

  it('year="2022", by year: 2015 to 2022; the headline 2022 against 2021 and 2017; the summary says so', async () => {
    const el = await trend(`department="32" base-url="${DEMO}" year="2022" period="year"`);
    expect(keys(el)).to.deep.equal(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022']);
    const exp = series.years.export as number[];
    const imp = series.years.import as number[];
    const headline = text(q(el, '[part="headline"]'));
    expect(headline).to.match(/^2022 /);
    expect(headline).to.contain(
      `Exportations${NB}: ${millions(exp[7])} · ${pct(exp[7] / exp[6] - 1)} sur un an · ` +
        `${pct(exp[7] / exp[2] - 1)} sur cinq ans`,
    );
    expect(headline).to.contain(`Solde${NB}: ${signed(exp[7] - imp[7])}`);
    const summary = text(q(el, 'p.sr-only[id$="-summary"]'));
    expect(summary).to.match(/^Gers, de 2015 à 2022, par année\. 2022/);
  });

  it('year="2022", show="partners": five panels to 2022, the values and shares of 2022', async () => {
    const el = await trend(`department="32" base-url="${DEMO}" year="2022" show="partners"`);
    expect(qa(el, '[part="panel"]')).to.have.length(5);
    expect(keys(el)).to.have.length(40);
    const top = series.top.partners.export;
    const values = qa(el, '.panel-value').map((n) => text(n));
    expect(values).to.deep.equal(top.map((item) => millions(item.values[7]!)));
    const changes = qa(el, '[part="panel"] text.axis.start').map((n) => text(n));
    expect(changes[0]).to.equal(`${pct(top[0].values[7]! / top[0].values[2]! - 1)} sur cinq ans`);
    const rows = tableRows(el);
    expect(rows.map((row) => row[0])).to.deep.equal(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022']);
    expect(rows[7].at(-1)).to.equal(millions(series.years.export[7]!));
    // The shares under the panels: of 2022's exports.
    const share = (top[0].values[7]! / series.years.export[7]!) * 100;
    expect(text(q(el, '[part="caption"]'))).to.contain(
      `${share >= 10 ? share.toFixed(0) : share.toPrecision(2).replace('.', ',')}${NN}%`,
    );
  });

  it('a year the series lacks: the “not found” error of every element, with the years there are', async () => {
    const el = await trend(`department="32" base-url="${DEMO}" year="2025"`);
    expect(el.state).to.equal('error');
    expect(el.error?.kind).to.equal('not-found');
    const years = '2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024';
    expect(spaced(el)).to.contain(
      `Données introuvables : « year » 2025 n’existe pas dans les données (années disponibles : ${years})`,
    );
    // As <trade-balance> says it for a year its data lacks.
    const balance = await load('trade-balance', `department="32" base-url="${DEMO}" year="2025"`);
    expect(balance.state).to.equal('error');
    expect(spaced(balance)).to.contain('Données introuvables : « year » 2025 n’existe pas dans les données');
    // In English too, and back to a chart with a year the series has.
    el.setAttribute('lang', 'en');
    el.setAttribute('year', '2014');
    await waitForState(el, ['error']);
    await el.updateComplete;
    expect(spaced(el)).to.contain(`Data not found: “year” 2014 is not in the data (years available: ${years})`);
    el.setAttribute('year', '2023');
    await waitForState(el, ['ready']);
    expect(keys(el).at(-1)).to.equal('2023-Q4');
  });

  it('data given directly: a new year redraws it, or says it is not in the series', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"><trade-trend></trade-trend></div>`);
    const el = wrap.querySelector('trade-trend')!;
    // 2020 to 2023, exports 10, 11, … M€ a quarter.
    const exp = Array.from({ length: 16 }, (_, i) => (10 + i) * M);
    el.data = makeSeries(
      exp,
      exp.map(() => 5 * M),
    );
    await waitForState(el, ['ready']);
    expect(keys(el)).to.have.length(16);
    el.year = '2021';
    await waitForState(el, ['ready']);
    await el.updateComplete;
    expect(keys(el)).to.have.length(8);
    expect(text(q(el, '[part="headline"]'))).to.contain(
      `Exportations${NB}: 17,0${NB}M€ · ${pct(17 / 13 - 1)} sur un an`,
    );
    el.year = '2019';
    await waitForState(el, ['error']);
    expect(spaced(el)).to.contain('(années disponibles : 2020, 2021, 2022, 2023)');
    el.year = undefined;
    await waitForState(el, ['ready']);
    expect(keys(el)).to.have.length(16);
  });
});

/** A balance, signed: "+18,2 M€", "−91,3 M€". */
function signed(balance: number): string {
  return `${balance > 0 ? '+' : ''}${millions(balance)}`;
}

/** An error message with its no-break spaces as plain ones. */
function spaced(el: HTMLElement): string {
  return errorText(el).replace(/[\u00a0\u202f]/g, ' ');
}
