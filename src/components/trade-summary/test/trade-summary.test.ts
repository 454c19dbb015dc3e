import { expect, fixture, html } from '@open-wc/testing';
import '../trade-summary.ts';
import type { TradeSummary } from '../trade-summary.ts';
import { makeData } from '../../../../test/helpers/data.ts';
import { FIXTURES, q, qa, shadow, tableRows, text, waitForState } from '../../../../test/helpers/dom.ts';

const NB = '\u00a0';
const NN = '\u202f';
const MINUS = '\u2212';

function gers() {
  return {
    ...makeData({
      export: [['C11Z', 'ES', 593_300_000]],
      import: [['C30C', 'US', 684_600_000]],
      region: { code: '76', name: 'Occitanie', totals: { export: 49_453_900_000, import: 37_655_400_000 } },
      france: { export: 580_354_500_000, import: 684_776_300_000 },
    }),
    previous: { year: 2023, totals: { export: 570_000_000, import: 700_000_000 } },
    ranks: { export: { rank: 45, of: 101 }, import: { rank: 40, of: 101 }, balance: { rank: 1, of: 101 } },
  };
}

describe('<trade-summary>', () => {
  it('shows the totals, shares, change, rank and balance as the report writes them', async () => {
    const el = await fixture<TradeSummary>(html`<trade-summary></trade-summary>`);
    el.data = gers();
    await waitForState(el, 'ready');
    const figures = qa(el, '[part~="figure"]');
    expect(figures.map((f) => f.getAttribute('part'))).to.deep.equal([
      'figure figure-export',
      'figure figure-import',
      'figure figure-balance',
    ]);
    expect([...figures[0].querySelectorAll('p, li')].map((n) => text(n))).to.deep.equal([
      'Exportations',
      `593,3${NB}M€`,
      `▲ +4,1${NN}% par rapport à 2023`,
      `1,2${NN}% des exportations de la région Occitanie`,
      `0,10${NN}% des exportations de la France`,
      '45e département sur 101',
    ]);
    expect(text(figures[1].querySelector('.value'))).to.equal(`684,6${NB}M€`);
    expect(text(figures[1].querySelector('.change'))).to.equal(`▼ ${MINUS}2,2${NN}% par rapport à 2023`);
    expect(text(figures[2].querySelector('.value'))).to.equal(`${MINUS}91,3${NB}M€`);
    expect(figures[2].querySelector('.value')!.classList.contains('negative')).to.equal(true);
    expect(text(figures[2])).to.contain(`Déficit · 2023${NB}: ${MINUS}130,0${NB}M€`);
    expect(text(figures[2])).to.contain('1er département sur 101');
  });

  it('the table has the same numbers; the CSV the raw ones', async () => {
    const el = await fixture<TradeSummary>(html`<trade-summary></trade-summary>`);
    el.data = gers();
    await waitForState(el, 'ready');
    expect(tableRows(el)).to.deep.equal([
      ['Exportations', `593,3${NB}M€`, `1,2${NN}%`, `0,10${NN}%`, `+4,1${NN}%`, '45e / 101'],
      ['Importations', `684,6${NB}M€`, `1,8${NN}%`, `0,10${NN}%`, `${MINUS}2,2${NN}%`, '40e / 101'],
      ['Solde commercial', `${MINUS}91,3${NB}M€`, '–', '–', '–', '1er / 101'],
    ]);
    const lines = (await el.toCsv()).split('\r\n');
    expect(lines[1].split(';').slice(0, 2)).to.deep.equal(['Exportations', '593300000']);
    expect(lines[3].split(';')[1]).to.equal('-91300000');
  });

  it('flow="import" shows one figure and no balance', async () => {
    const el = await fixture<TradeSummary>(html`<trade-summary flow="import"></trade-summary>`);
    el.data = gers();
    await waitForState(el, 'ready');
    expect(qa(el, '[part~="figure"]').map((f) => text(f.querySelector('.label')))).to.deep.equal(['Importations']);
  });

  it('a region gives its share of France; France gives no share; English', async () => {
    const r = await fixture<TradeSummary>(html`<trade-summary region="76" base-url=${FIXTURES}></trade-summary>`);
    await waitForState(r, 'ready');
    expect(text(q(r, '.figure.export ul'))).to.equal(`0,10${NN}% des exportations de la France`);
    const f = await fixture<TradeSummary>(
      html`<trade-summary level="france" lang="en" base-url=${FIXTURES}></trade-summary>`,
    );
    await waitForState(f, 'ready');
    expect(text(q(f, '[part="title"]'))).to.equal('Foreign trade key figures, France (2024)');
    expect(shadow(f).querySelector('.figure.export ul')).to.equal(null);
    expect(text(q(f, '.figure.balance .value'))).to.equal('+€30,000.0M');
  });

  it('ranks agree with their noun: « 1re région », « 1er département », and so does the table', async () => {
    const region = await fixture<TradeSummary>(html`<trade-summary></trade-summary>`);
    region.data = {
      ...makeData({ level: 'region' }),
      ranks: { export: { rank: 1, of: 18 }, import: { rank: 2, of: 18 }, balance: { rank: 1, of: 18 } },
    };
    await waitForState(region, 'ready');
    expect(text(q(region, '.figure.export ul'))).to.contain('1re région sur 18');
    expect(text(q(region, '.figure.import ul'))).to.contain('2e région sur 18');
    expect(tableRows(region)[0][5]).to.equal('1re / 18');
    const department = await fixture<TradeSummary>(html`<trade-summary></trade-summary>`);
    department.data = gers();
    await waitForState(department, 'ready');
    expect(text(q(department, '.figure.balance ul'))).to.contain('1er département sur 101');
    expect(tableRows(department)[2][5]).to.equal('1er / 101');
  });

  it('on the demo data, every level says what is true of it', async () => {
    const load = async (attributes: string) => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      wrap.innerHTML = `<trade-summary ${attributes}></trade-summary>`;
      const el = wrap.querySelector('trade-summary') as TradeSummary;
      await waitForState(el, 'ready');
      return { el, lines: (kind: string) => qa(el, `.figure.${kind} li`).map((li) => text(li)) };
    };
    // A department: its region, France, its rank among the 100 departments.
    const gers = await load('department="32"');
    expect(gers.lines('export')[0]).to.match(/des exportations de la région Occitanie$/);
    expect(gers.lines('export')[2]).to.match(/^\d+(er|e) département sur 100$/);
    // An overseas department and Corse are their region's only department: no « 100 % de la région ».
    for (const code of ['971', '974', '2A']) {
      const { el, lines } = await load(`department="${code}"`);
      expect(lines('export').join(' | '), code).not.to.contain('région');
      expect(lines('export')[0], code).to.match(/des exportations de la France$/);
      expect(tableRows(el)[0][2], code).to.equal('–');
    }
    // Paris: a department of Île-de-France like any other.
    expect((await load('department="75"')).lines('import')[0]).to.match(/de la région Île-de-France$/);
    // A region: France's share and a feminine rank among the 18 regions.
    const occitanie = await load('region="76"');
    expect(occitanie.lines('export')).to.have.length(2);
    expect(occitanie.lines('export')[1]).to.match(/^\d+(re|e) région sur 18$/);
    // France: no share, no rank; the balance says only its verdict and last year's.
    const france = await load('level="france"');
    expect([...france.lines('export'), ...france.lines('import')]).to.deep.equal([]);
    expect(france.lines('balance')).to.have.length(1);
    // Monaco is never called a department, is not ranked, and says where DGDDI counts it; so does its region.
    const monaco = await load('department="99"');
    expect(text(q(monaco.el, '.figures'))).not.to.contain('département');
    expect(monaco.lines('export').join(' | ')).not.to.match(/sur \d+/);
    expect(text(q(monaco.el, '[part="caption"]'))).to.contain('Monaco n’est pas un département français');
    const paca = await load('region="93"');
    expect(text(q(paca.el, '[part="caption"]'))).to.contain('comprennent ceux de Monaco');
  });

  it('stacks in a 300 px sidebar and sits side by side when wide', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 300px"><trade-summary department="32" base-url=${FIXTURES}></trade-summary></div>`,
    );
    const el = wrap.querySelector('trade-summary') as TradeSummary;
    await waitForState(el, 'ready');
    const [a, b] = qa(el, '[part~="figure"]').map((f) => f.getBoundingClientRect());
    expect(b.top).to.be.greaterThan(a.bottom - 1);
    for (const f of qa(el, '[part~="figure"]'))
      expect(f.getBoundingClientRect().right).to.be.at.most(wrap.getBoundingClientRect().right + 0.5);
    wrap.style.width = '900px';
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    const [c, d] = qa(el, '[part~="figure"]').map((f) => f.getBoundingClientRect());
    expect(Math.abs(c.top - d.top)).to.be.lessThan(1);
  });

  it('an empty territory says so', async () => {
    const el = await fixture<TradeSummary>(html`<trade-summary></trade-summary>`);
    el.data = makeData({ export: [], import: [] });
    await waitForState(el, 'empty');
    expect(text(q(el, '[part="empty"]'))).to.equal('Aucun échange enregistré');
  });

  it('is axe-clean', async () => {
    const el = await fixture<TradeSummary>(html`<trade-summary></trade-summary>`);
    el.data = gers();
    await waitForState(el, 'ready');
    await expect(el).to.be.accessible();
  });
});
