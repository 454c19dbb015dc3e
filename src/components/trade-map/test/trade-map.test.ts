/**
 * `<trade-map>` in a real browser, on the demo data and on a pipeline output (the test
 * fixtures): every partner has its class on the map or its line in the list, the first
 * has the strongest class, the table sums to the total to the euro, the keyboard follows
 * the values, and Enter tells the page.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TradeData } from '../../../data/contract.ts';
import { COUNTRIES, makeData } from '../../../../test/helpers/data.ts';
import { FIXTURES, q, qa, shadow, tableRows, text, waitForState } from '../../../../test/helpers/dom.ts';
import '../trade-map.ts';
import type { TradeMap } from '../trade-map.ts';

const M = 1_000_000;

async function load(attrs: string, width = 800): Promise<TradeMap> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrap.innerHTML = `<trade-map ${attrs}></trade-map>`;
  const el = wrap.querySelector('trade-map')!;
  await waitForState(el, ['ready', 'empty', 'error']);
  return el;
}

async function mount(data: unknown, attrs = '', width = 800): Promise<TradeMap> {
  const el = await load(attrs, width);
  el.data = data;
  await waitForState(el, ['ready', 'empty']);
  await el.updateComplete;
  return el;
}

const keys = (el: TradeMap) => qa(el, 'g[data-key]').map((g) => g.getAttribute('data-key'));
const shapeOf = (el: TradeMap, key: string) => q(el, `g[data-key="${key}"] [part="shape"]`);
/** The euros of a table cell as the CSV has them: read back from the table model. */
const sumColumn = (el: TradeMap, column: number) =>
  (el as unknown as { tableFor(m: unknown): { rows: { value?: number }[][] } })
    .tableFor(el.model)
    .rows.reduce((sum, row) => sum + (row[column].value ?? 0), 0);

for (const source of ['demo data', 'pipeline output'])
  describe(`on the ${source}`, () => {
    const url = source === 'demo data' ? '/data/2024/departments/32.json' : `${FIXTURES}2024/departments/32.json`;
    let data: TradeData;
    before(async () => {
      data = (await (await fetch(url)).json()) as TradeData;
    });

    for (const flow of ['export', 'import', 'balance'])
      it(`${flow}: every partner is on the map or in the list; the first has the strongest class`, async () => {
        const el = await mount(data, `flow="${flow}"`);
        const model = el.model!;
        const drawn = new Set(keys(el));
        const listed = text(shadow(el).querySelector('[part="listed"]'));
        for (const row of model.rows) {
          if (drawn.has(row.code)) {
            const className = shapeOf(el, row.code).getAttribute('class') ?? '';
            expect(className, row.code).to.match(/\b(t[1-5]|n[1-3]|p[1-3]|z)\b/);
          } else expect(listed, row.code).to.contain(data.countries[row.code]);
        }
        const first = model.rows[0];
        const tones = model.classes.map((c) => Math.abs(c.tone));
        expect(Math.abs(model.classes[first.klass].tone)).to.equal(Math.max(...tones));
        // The table sums to the territory's totals, to the euro.
        const totals = data.totals;
        if (flow !== 'import') expect(sumColumn(el, 1)).to.equal(totals.export);
        if (flow !== 'export') expect(sumColumn(el, 2)).to.equal(totals.import);
        expect(tableRows(el).length).to.equal(model.rows.length);
      });

    it('the keyboard goes through the partners in order of value, and Enter sends trade-select', async () => {
      const el = await mount(data, 'flow="export"');
      const order = el.model!.rows.filter((r) => r.drawn).map((r) => r.code);
      expect(keys(el)).to.deep.equal(order);
      const values = el.model!.rows.filter((r) => r.drawn).map((r) => r.value);
      expect(values).to.deep.equal([...values].sort((a, b) => b - a));
      const tabStops = qa(el, 'g[data-key][tabindex="0"]');
      expect(tabStops.map((g) => g.getAttribute('data-key'))).to.deep.equal([order[0]]);
      (tabStops[0] as unknown as HTMLElement).focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shadow(el).activeElement?.getAttribute('data-key')).to.equal(order[1]);
      const event = oneEvent(el, 'trade-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = await event;
      expect(detail).to.deep.equal({
        kind: 'country',
        code: order[1],
        label: data.countries[order[1]],
        flow: 'export',
      });
      expect(shadow(el).querySelector('.ring.selected')).to.not.equal(null);
      // The tooltip says the partner's name and value.
      expect(text(q(el, '[part="tooltip"]'))).to.contain(data.countries[order[1]]);
    });
  });

describe('drawing', () => {
  const sample = () =>
    makeData({
      export: [
        ['C11Z', 'ES', 180 * M],
        ['C11Z', 'US', 80 * M],
        ['C10A', 'DE', 40 * M],
        ['C10A', 'IT', 20 * M],
        ['C10A', 'CN', 10 * M],
        ['C10A', 'SG', 5 * M],
        ['C10A', 'QU', 1234],
      ],
    });

  it('five value labels inside the map, the legend in the report’s format, the list and the credit', async () => {
    const el = await mount(sample());
    const labels = qa(el, '[part="label"]').map((n) => n.textContent);
    expect(labels).to.have.length(5);
    expect(labels[0]).to.equal('Espagne 180,0\u00a0M€');
    const svg = q(el, '.chart svg').getBoundingClientRect();
    for (const n of qa(el, '[part="label"], [part="legend"] text')) {
      const b = n.getBoundingClientRect();
      expect(b.left).to.be.at.least(svg.left - 0.5);
      expect(b.right).to.be.at.most(svg.right + 0.5);
      expect(b.bottom).to.be.at.most(svg.bottom + 0.5);
    }
    const legend = qa(el, '[part="legend"] text').map((n) => n.textContent);
    expect(legend.at(-1)).to.match(/ou plus$/);
    expect(text(q(el, '[part="listed"]'))).to.equal('Hors carte\u00a0: Pays et territoires non déterminés 1\u00a0k€.');
    expect(text(q(el, '[part="caption"]'))).to.contain('Natural Earth');
    // Singapore is too small to point at: a dot marks it.
    expect(shadow(el).querySelector('g[data-key="SG"] circle')).to.not.equal(null);
    for (const n of qa(el, '.chart svg *'))
      for (const a of n.getAttributeNames()) expect(n.getAttribute(a), `${n.tagName} ${a}`).not.to.contain('NaN');
  });

  it('English: country names and the title in English', async () => {
    const el = await mount(sample(), 'lang="en"');
    await waitForState(el, ['ready']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(text(q(el, '[part="title"]'))).to.contain('Exports by country of destination');
    expect(qa(el, '[part="label"]')[0].textContent).to.match(/^Spain /);
  });

  it('follows trade-select from the page, and clears it', async () => {
    const el = await mount(sample());
    document.dispatchEvent(new CustomEvent('trade-select', { detail: { kind: 'country', code: 'DE', label: 'x' } }));
    await el.updateComplete;
    expect(el.selected).to.equal('DE');
    expect(q(el, 'g[data-key="DE"]').getAttribute('aria-pressed')).to.equal('true');
    document.dispatchEvent(new CustomEvent('trade-select', { detail: { kind: 'country', code: null, label: null } }));
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
  });

  it('a hostile label stays text', async () => {
    const data = makeData({
      countries: { ...COUNTRIES, ES: '<img src=x onerror=alert(1)>' },
      export: [['C11Z', 'ES', 5 * M]],
    });
    const el = await mount(data);
    expect(qa(el, 'img')).to.have.length(0);
    expect(qa(el, '[part="label"]')[0].textContent).to.contain('<img');
  });

  it('without its map file, every partner is listed and no euro is lost', async () => {
    const el = await load('base-url="/nowhere/"');
    el.data = sample();
    await waitForState(el, ['ready']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(keys(el)).to.have.length(0);
    expect(text(q(el, '[part="caption"]'))).to.contain('Le fond de carte n’a pas pu être chargé');
    expect(text(q(el, '[part="listed"]'))).to.contain('Espagne');
    expect(sumColumn(el, 1)).to.equal(335 * M + 1234);
  });

  it('the empty state', async () => {
    const el = await mount(makeData({ export: [], import: [['C11Z', 'ES', 5 * M]] }));
    expect(el.state).to.equal('empty');
    expect(text(q(el, '[part="empty"]'))).to.contain('Aucune exportation');
  });
});

describe('France’s map (scope="france")', () => {
  it('a department: every department shape drawn, the territory outlined, Corse said, the insets', async () => {
    const el = await load('department="32" scope="france"');
    expect(el.state).to.equal('ready');
    const drawn = keys(el);
    expect(drawn).to.have.length(101);
    for (const code of ['2A', '2B', '971', '972', '973', '974', '976', '32']) expect(drawn).to.include(code);
    // Keyboard order follows the values.
    const values = el.model!.rows.filter((r) => r.drawn).map((r) => Math.abs(r.value));
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    expect(qa(el, '.ring.territory')).to.have.length(1);
    expect(qa(el, '[part="inset"]')).to.have.length(5);
    const caption = text(q(el, '[part="caption"]'));
    expect(caption).to.contain('chiffre unique que la DGDDI publie pour la Corse');
    expect(caption).to.contain('CC BY 4.0');
    expect(text(q(el, '[part="listed"]'))).to.contain('Monaco');
    expect(text(q(el, '[part="title"]'))).to.equal('Exportations des départements, Gers (2024)');
  });

  it('level="france": the 18 regions', async () => {
    const el = await load('level="france" scope="france" flow="import"');
    expect(keys(el)).to.have.length(18);
    expect(text(q(el, '[part="title"]'))).to.equal('Importations des régions, France entière (2024)');
    expect(tableRows(el)).to.have.length(18);
  });

  it('region="76": its thirteen departments, inside the map', async () => {
    const el = await load('region="76" scope="france" flow="balance"');
    expect([...keys(el)].sort()).to.deep.equal([
      '09',
      '11',
      '12',
      '30',
      '31',
      '32',
      '34',
      '46',
      '48',
      '65',
      '66',
      '81',
      '82',
    ]);
    const svg = q(el, '.chart svg').getBoundingClientRect();
    for (const n of qa(el, '[part="shape"]')) {
      const b = n.getBoundingClientRect();
      expect(b.left).to.be.at.least(svg.left - 1);
      expect(b.right).to.be.at.most(svg.right + 1);
    }
  });
});
