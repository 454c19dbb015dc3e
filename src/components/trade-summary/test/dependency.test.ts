/**
 * `<trade-summary>`'s dependency indicators in a real browser, beside France's:
 * computed here by hand from the hand-written files (test/fixtures/data).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearCache } from '../../../data/loader.ts';
import { makeData } from '../../../../test/helpers/data.ts';
import { FIXTURES, q, qa, tableRows, text, waitForState } from '../../../../test/helpers/dom.ts';
import '../trade-summary.ts';
import type { TradeSummary } from '../trade-summary.ts';

const NB = '\u00a0';
const NN = '\u202f';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  clearCache();
});

/** The indicators' lines, as label and value, once there (with France's when `france`). */
async function indicators(el: TradeSummary, france = true): Promise<string[][]> {
  const lines = () => qa(el, '[part="dependency"] li').map(text);
  for (let i = 0; i < 300 && !(lines().length && (!france || lines()[0].includes('France'))); i++) await sleep(10);
  return lines().map((line) => {
    const colon = /\u00a0: |: /.exec(line);
    return colon ? [line.slice(0, colon.index), line.slice(colon.index + colon[0].length)] : [line];
  });
}

describe('trade-summary: dependency indicators', () => {
  it('the Gers beside France: first three customers, HHI and first supplier', async () => {
    const el = await fixture<TradeSummary>(html`<trade-summary department="32" base-url=${FIXTURES}></trade-summary>`);
    await waitForState(el, 'ready');
    // Gers exports ES 180, US 80, DE 40 of 300 M€: the first three 100 %, HHI 60² + 26,67² + 13,33² = 4 489;
    // imports US 150 of 215 (69,8 %). France: exports DE 90, ES 10 of 100 G€ (HHI 8 200), imports US only.
    expect(await indicators(el)).to.deep.equal([
      ['Part des 3 premiers clients dans les exportations', `100,0${NN}% · France entière${NB}: 100,0${NN}%`],
      [
        `Concentration des clients (indice de Herfindahl–Hirschman, de 0 à 10${NN}000)`,
        `4${NN}489 · France entière${NB}: 8${NN}200`,
      ],
      [
        'Part du premier fournisseur dans les importations',
        `69,8${NN}% (Etats-Unis) · France entière${NB}: 100,0${NN}% (Etats-Unis)`,
      ],
    ]);
    expect(text(q(el, '[part="dependency"] .label'))).to.equal('Dépendance aux partenaires');
    await expect(el).to.be.accessible();
  });

  it('in English; France alone has no comparison', async () => {
    const el = await fixture<TradeSummary>(
      html`<trade-summary lang="en" department="32" base-url=${FIXTURES}></trade-summary>`,
    );
    await waitForState(el, 'ready');
    expect((await indicators(el))[1]).to.deep.equal([
      'Concentration of customers (Herfindahl–Hirschman index, 0 to 10,000)',
      '4,489 · France as a whole: 8,200',
    ]);
    const france = await fixture<TradeSummary>(
      html`<trade-summary level="france" base-url=${FIXTURES}></trade-summary>`,
    );
    await waitForState(france, 'ready');
    expect((await indicators(france, false))[1][1]).to.equal(`8${NN}200`);
  });

  it('data given without a folder: its own figures only; show="figures" and show="dependency"', async () => {
    const el = await fixture<TradeSummary>(html`<trade-summary .data=${makeData()}></trade-summary>`);
    await waitForState(el, 'ready');
    expect((await indicators(el, false)).map(([, value]) => value)).to.deep.equal([
      `100,0${NN}%`,
      `4${NN}489`,
      `69,8${NN}% (Etats-Unis)`,
    ]);
    const figures = await fixture<TradeSummary>(
      html`<trade-summary show="figures" department="32" base-url=${FIXTURES}></trade-summary>`,
    );
    await waitForState(figures, 'ready');
    await sleep(300);
    expect(qa(figures, '[part="dependency"]')).to.have.length(0);
    expect(qa(figures, '[part~="figure"]')).to.have.length(3);
    const dependency = await fixture<TradeSummary>(
      html`<trade-summary show="dependency" department="32" base-url=${FIXTURES}></trade-summary>`,
    );
    await waitForState(dependency, 'ready');
    expect(await indicators(dependency)).to.have.length(3);
    expect(qa(dependency, '[part~="figure"]')).to.have.length(0);
  });
});

describe('trade-summary: the change over five years (demo data, public/data served at /data/)', () => {
  it('the Gers: 2024 against 2019 from its series, in the figures and the table', async () => {
    const el = await fixture<TradeSummary>(html`<trade-summary department="32" base-url="/data/"></trade-summary>`);
    await waitForState(el, 'ready');
    for (let i = 0; i < 300 && !qa(el, '[part="dependency"]').length; i++) await sleep(10);
    await el.updateComplete;
    const series = (await (await fetch('/data/series/departments/32.json')).json()) as {
      years: { start: number; export: number[]; import: number[] };
    };
    const file = (await (await fetch('/data/2024/departments/32.json')).json()) as {
      totals: { export: number; import: number };
    };
    const at = (flow: 'export' | 'import', year: number) => series.years[flow][year - series.years.start];
    const percent = (ratio: number) => `${ratio < 0 ? '\u2212' : '+'}${Math.round(Math.abs(ratio) * 100)}${NN}%`;
    const changes = (['export', 'import'] as const).map((flow) => file.totals[flow] / at(flow, 2019) - 1);
    // Exports 593,3 M€ against 492,9 M€ in 2019: +20 %.
    expect(percent(changes[0])).to.equal(`+20${NN}%`);
    const lines = qa(el, '[part~="figure"] .change').map(text);
    expect(lines).to.include(`▲ ${percent(changes[0])} par rapport à 2019`);
    expect(lines).to.include(`${changes[1] > 0 ? '▲' : '▼'} ${percent(changes[1])} par rapport à 2019`);
    const header = tableRows(el, 'thead')[0];
    const column = header.indexOf('Évolution depuis 2019');
    expect(column).to.equal(5);
    expect(tableRows(el).map((row) => row[column])).to.deep.equal([percent(changes[0]), percent(changes[1]), '–']);
  });

  it('no series in the folder: no five-year line, no column', async () => {
    const el = await fixture<TradeSummary>(html`<trade-summary department="32" base-url=${FIXTURES}></trade-summary>`);
    await waitForState(el, 'ready');
    await indicators(el);
    expect(qa(el, '[part~="figure"] .change').map(text).join(' ')).not.to.contain('2019');
    expect(tableRows(el, 'thead')[0]).not.to.include('Évolution depuis 2019');
  });
});
