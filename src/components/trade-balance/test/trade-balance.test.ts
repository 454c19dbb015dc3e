/**
 * `<trade-balance>` in a real browser: the drawn DOM is measured (bar lengths,
 * label boxes against the SVG box), and the table, tooltip, keyboard, events and
 * accessibility are checked on hand-written files and on the demo data.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCache } from '../../../data/loader.ts';
import { makeData } from '../../../../test/helpers/data.ts';
import { FIXTURES, q, qa, shadow, tableRows, text, waitForState } from '../../../../test/helpers/dom.ts';
import '../trade-balance.ts';
import type { TradeBalance } from '../trade-balance.ts';

const NB = '\u00a0'; // before M€
const NN = '\u202f'; // thousands, before %
const MINUS = '\u2212';
const M = 1_000_000;
const LONG = 'Pays et territoires non déterminés';
const LONGER = "Territoire britannique de l'océan Indien et îles mineures éloignées";

/** A widget of a given width, given its data as a property. */
async function mount(
  data: Record<string, unknown>,
  width = 900,
  attrs: { limit?: number; lang?: string; selected?: string } = {},
): Promise<TradeBalance> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px" lang=${attrs.lang ?? 'fr'}><trade-balance></trade-balance></div>`,
  );
  const el = wrap.querySelector('trade-balance')!;
  if (attrs.limit) el.limit = attrs.limit;
  if (attrs.selected) el.selected = attrs.selected;
  el.data = data;
  await waitForState(el, ['ready', 'empty']);
  return el;
}

async function load(attrs: string, width = 900): Promise<TradeBalance> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrap.innerHTML = `<trade-balance ${attrs}></trade-balance>`;
  const el = wrap.querySelector('trade-balance')!;
  await waitForState(el, ['ready', 'empty']);
  return el;
}

const buttons = (el: TradeBalance) => qa<SVGGElement>(el, 'g[data-key]');
const rows = (el: TradeBalance) => buttons(el).map((b) => b.parentElement as unknown as SVGGElement);
const keys = (el: TradeBalance) => buttons(el).map((r) => r.getAttribute('data-key'));
/** A country's button (bars, focus ring) and its whole line (with the texts). */
const button = (el: TradeBalance, key: string) => q<SVGGElement>(el, `g[data-key="${key}"]`);
const row = (el: TradeBalance, key: string) => button(el, key).parentElement as unknown as SVGGElement;
const box = (n: Element) => n.getBoundingClientRect();
const svgBox = (el: TradeBalance) => box(q(el, '.chart svg'));

/** Every text and rect of the chart lies within the SVG's box. */
function expectInside(el: TradeBalance) {
  const s = svgBox(el);
  for (const n of qa<SVGGraphicsElement>(el, '.chart svg text, .chart svg rect[part]')) {
    const b = box(n);
    const what = `${n.tagName} "${n.textContent}" [${b.left - s.left}, ${b.right - s.left}] in [0, ${s.width}]`;
    expect(b.left, what).to.be.at.least(s.left - 0.5);
    expect(b.right, what).to.be.at.most(s.right + 0.5);
    expect(b.top, what).to.be.at.least(s.top - 0.5);
    expect(b.bottom, what).to.be.at.most(s.bottom + 0.5);
  }
  for (const n of qa(el, '.chart svg *'))
    for (const a of n.getAttributeNames()) expect(n.getAttribute(a), `${n.tagName} ${a}`).not.to.contain('NaN');
}

/** Drawn lengths: bar widths in px over values in euros are one constant, on both sides, within 1 px. */
function expectProportional(el: TradeBalance, values: Record<string, [imp: number, exp: number]>) {
  const measured: [number, number][] = [];
  for (const [code, [imp, exp]] of Object.entries(values)) {
    const g = row(el, code);
    const bi = g.querySelector('[part="bar-import"]');
    const be = g.querySelector('[part="bar-export"]');
    expect(!!bi, `${code} import bar`).to.equal(imp > 0);
    expect(!!be, `${code} export bar`).to.equal(exp > 0);
    if (bi) measured.push([box(bi).width, imp]);
    if (be) measured.push([box(be).width, exp]);
  }
  const [w0, v0] = measured.reduce((a, b) => (b[1] > a[1] ? b : a));
  for (const [w, v] of measured) expect(Math.abs(w - (v * w0) / v0), `${v} € drawn ${w} px`).to.be.at.most(1);
}

beforeEach(() => {
  clearCache();
});

describe('trade-balance on hand-written files', () => {
  it('draws the countries ranked by total trade, imports left, exports right, on one scale', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}"`);
    expect(text(q(el, '[part="title"]'))).to.equal('Principaux pays à l’import et à l’export, Gers (2024)');
    // Totals: US 230, ES 210, DE 65, CN 10 (M€).
    expect(keys(el)).to.deep.equal(['US', 'ES', 'DE', 'CN']);
    expect(qa(el, '[part="label"]').map(text)).to.deep.equal(['Etats-Unis', 'Espagne', 'Allemagne', 'Chine']);
    expect(qa(el, '[part="bar-import"]')).to.have.length(4);
    expect(qa(el, '[part="bar-export"]')).to.have.length(3);
    expectProportional(el, { US: [150 * M, 80 * M], ES: [30 * M, 180 * M], DE: [25 * M, 40 * M], CN: [10 * M, 0] });
    // Imports end at the axis, exports start there.
    const axis = box(q(el, '.axis')).left;
    for (const b of qa(el, '[part="bar-import"]')) expect(Math.abs(box(b).right - axis)).to.be.below(1);
    for (const b of qa(el, '[part="bar-export"]')) expect(Math.abs(box(b).left - axis)).to.be.below(1);
    // Import values at the left of their bars, export values at the right.
    const es = row(el, 'ES');
    const [vi, ve] = [...es.querySelectorAll('.value')];
    expect([text(vi), text(ve)]).to.deep.equal([`30,0${NB}M€`, `180,0${NB}M€`]);
    expect(box(vi).right).to.be.at.most(box(es.querySelector('[part="bar-import"]')!).left);
    expect(box(ve).left).to.be.at.least(box(es.querySelector('[part="bar-export"]')!).right);
    // Side headers, so that sides are clear without colour.
    expect(qa(el, '.head').map(text)).to.deep.equal(['← Importations', 'Exportations →', 'Solde']);
    expectInside(el);
  });

  it('writes each balance with its sign, in the matching part and colour', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}"`);
    const us = row(el, 'US').querySelector('.balance')!;
    const es = row(el, 'ES').querySelector('.balance')!;
    expect(text(us)).to.equal(`${MINUS}70,0${NB}M€`);
    expect(us.getAttribute('part')).to.equal('balance-negative');
    expect(getComputedStyle(us).fill).to.equal('rgb(206, 5, 0)');
    expect(text(es)).to.equal(`+150,0${NB}M€`);
    expect(es.getAttribute('part')).to.equal('balance-positive');
    expect(getComputedStyle(es).fill).to.equal('rgb(24, 117, 60)');
    expect(qa(el, '[part="balance-positive"]').map(text)).to.deep.equal([`+150,0${NB}M€`, `+15,0${NB}M€`]);
    expect(qa(el, '[part="balance-negative"]').map(text)).to.deep.equal([`${MINUS}70,0${NB}M€`, `${MINUS}10,0${NB}M€`]);
    // Bars take the base's colours.
    expect(getComputedStyle(q(el, '[part="bar-import"]')).fill).to.equal('rgb(0, 0, 145)');
    expect(getComputedStyle(q(el, '[part="bar-export"]')).fill).to.equal('rgb(165, 88, 160)');
  });

  it('gives the totals and the overall balance in the header line, as the report writes them', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}"`);
    const sub = q(el, '.subtitle');
    expect(text(sub)).to.equal(
      `Importations${NB}: 215,0${NB}M€ · Exportations${NB}: 300,0${NB}M€ · Solde${NB}: +85,0${NB}M€`,
    );
    expect(sub.querySelector('.positive')?.textContent).to.equal(`+85,0${NB}M€`);
    // A signed amount never breaks after its sign (U+2212 allows a break before "€" in English).
    expect([...sub.querySelectorAll('strong')].every((s) => getComputedStyle(s).whiteSpace === 'nowrap')).to.equal(
      true,
    );
  });

  it('the table lists the countries drawn, the others with their weight, and the totals, exact numbers', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}" limit="2"`);
    expect(keys(el)).to.deep.equal(['US', 'ES']);
    expect(tableRows(el, 'thead')).to.deep.equal([
      ['Pays', 'Importations', 'Exportations', 'Solde', 'Part des importations', 'Part des exportations'],
    ]);
    expect(tableRows(el)).to.deep.equal([
      ['Etats-Unis', `150,0${NB}M€`, `80,0${NB}M€`, `${MINUS}70,0${NB}M€`, `70${NN}%`, `27${NN}%`],
      ['Espagne', `30,0${NB}M€`, `180,0${NB}M€`, `+150,0${NB}M€`, `14${NN}%`, `60${NN}%`],
      ['Autres (2 pays)', `35,0${NB}M€`, `40,0${NB}M€`, `+5,0${NB}M€`, `16${NN}%`, `13${NN}%`],
    ]);
    expect(tableRows(el, 'tfoot')).to.deep.equal([
      ['Total', `215,0${NB}M€`, `300,0${NB}M€`, `+85,0${NB}M€`, `100${NN}%`, `100${NN}%`],
    ]);
    // The caption under the chart says what is not drawn.
    expect(text(q(el, '[part="caption"]'))).to.equal(
      `Solde = exportations − importations. 2 autres pays non représentés${NB}: importations 35,0${NB}M€, ` +
        `exportations 40,0${NB}M€.`,
    );
  });

  it('a region, with thousands: narrow no-break spaces in the numbers', async () => {
    const el = await load(`region="76" base-url="${FIXTURES}"`);
    expect(text(q(el, '[part="title"]'))).to.equal('Principaux pays à l’import et à l’export, Occitanie (2024)');
    expect(tableRows(el)).to.deep.equal([
      ['Allemagne', `0${NB}€`, `9${NN}000,0${NB}M€`, `+9${NN}000,0${NB}M€`, `0${NN}%`, `90${NN}%`],
      ['Etats-Unis', `7${NN}000,0${NB}M€`, `0${NB}€`, `${MINUS}7${NN}000,0${NB}M€`, `100${NN}%`, `0${NN}%`],
      ['Espagne', `0${NB}€`, `1${NN}000,0${NB}M€`, `+1${NN}000,0${NB}M€`, `0${NN}%`, `10${NN}%`],
    ]);
    expect(tableRows(el, 'tfoot')).to.deep.equal([
      ['Total', `7${NN}000,0${NB}M€`, `10${NN}000,0${NB}M€`, `+3${NN}000,0${NB}M€`, `100${NN}%`, `100${NN}%`],
    ]);
    expectProportional(el, { DE: [0, 9000 * M], US: [7000 * M, 0], ES: [0, 1000 * M] });
  });

  it('France: "France entière"', async () => {
    const el = await load(`level="france" base-url="${FIXTURES}"`);
    expect(text(q(el, '[part="title"]'))).to.equal('Principaux pays à l’import et à l’export, France entière (2024)');
    expect(rows(el).length).to.be.greaterThan(0);
    expectInside(el);
  });

  it('a country present only at import, one only at export', async () => {
    const el = await mount(
      makeData({
        import: [
          ['C28A', 'CN', 70 * M],
          ['C28A', 'DE', 20 * M],
        ],
        export: [
          ['C11Z', 'US', 50 * M],
          ['C11Z', 'DE', 25 * M],
        ],
      }),
    );
    expect(keys(el)).to.deep.equal(['CN', 'US', 'DE']);
    expectProportional(el, { CN: [70 * M, 0], US: [0, 50 * M], DE: [20 * M, 25 * M] });
    expect(row(el, 'CN').querySelectorAll('.value')).to.have.length(1);
    expect(text(row(el, 'CN').querySelector('.balance'))).to.equal(`${MINUS}70,0${NB}M€`);
    expect(text(row(el, 'US').querySelector('.balance'))).to.equal(`+50,0${NB}M€`);
    expect(tableRows(el)[0]).to.deep.equal([
      'Chine',
      `70,0${NB}M€`,
      `0${NB}€`,
      `${MINUS}70,0${NB}M€`,
      `78${NN}%`,
      `0${NN}%`,
    ]);
  });

  it('one flow at zero: bars on one side only, no empty state', async () => {
    const el = await mount(
      makeData({
        import: [],
        export: [
          ['C11Z', 'ES', 3 * M],
          ['C11Z', 'DE', 1 * M],
        ],
      }),
    );
    expect(el.state).to.equal('ready');
    expect(qa(el, '[part="bar-import"]')).to.have.length(0);
    expect(qa(el, '[part="bar-export"]')).to.have.length(2);
    expectProportional(el, { ES: [0, 3 * M], DE: [0, 1 * M] });
  });

  it('a territory with a single partner', async () => {
    const el = await mount(makeData({ import: [['C28A', 'ES', 2_500]], export: [['C11Z', 'ES', 12_000]] }), 600);
    expect(keys(el)).to.deep.equal(['ES']);
    expect(button(el, 'ES').getAttribute('tabindex')).to.equal('0');
    expect(qa(el, '.value').map(text)).to.deep.equal([`3${NB}k€`, `12${NB}k€`]);
    expect(text(row(el, 'ES').querySelector('.balance'))).to.equal(`+10${NB}k€`);
    expect(tableRows(el)).to.have.length(1);
    expect(text(shadow(el).getElementById(q(el, '[part="chart"]').getAttribute('aria-describedby')!))).to.equal(
      `Gers, 2024${NB}: 1 principal pays partenaire sur 1 ; premier partenaire${NB}: Espagne (importations ` +
        `3${NB}milliers d’euros, exportations 12${NB}milliers d’euros, solde +10${NB}milliers d’euros). Solde ` +
        `total${NB}: +10${NB}milliers d’euros.`,
    );
    expectInside(el);
  });

  it('fewer partners than the limit: all of them, and no "Autres" row', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}" limit="10"`);
    expect(rows(el)).to.have.length(4);
    expect(tableRows(el).map((r) => r[0])).to.deep.equal(['Etats-Unis', 'Espagne', 'Allemagne', 'Chine']);
    expect(text(q(el, '[part="caption"]'))).to.equal('Solde = exportations − importations.');
  });

  it('limit changes the number of rows', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}"`);
    el.limit = 3;
    await el.updateComplete;
    expect(keys(el)).to.deep.equal(['US', 'ES', 'DE']);
    expect(tableRows(el).map((r) => r[0])).to.deep.equal(['Etats-Unis', 'Espagne', 'Allemagne', 'Autres (1 pays)']);
  });

  it('no trade at all shows the empty message, no chart', async () => {
    const el = await mount(makeData({ import: [], export: [] }));
    expect(el.state).to.equal('empty');
    expect(text(q(el, '[part="empty"]'))).to.equal('Aucun échange avec l’étranger n’est enregistré (Gers, 2024).');
    expect(shadow(el).querySelector('svg')).to.equal(null);
    expect(shadow(el).querySelector('.subtitle')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const width of [320, 600, 1200]) {
    it(`long labels do not overflow at ${width} px; the full text stays in the aria-label and the table`, async () => {
      const data = makeData({
        countries: { QU: LONG, US: 'Etats-Unis', ES: 'Espagne', IO: LONGER },
        import: [
          ['C28A', 'QU', 310 * M],
          ['C28A', 'US', 30 * M],
          ['C28A', 'IO', 5 * M],
        ],
        export: [
          ['C11Z', 'ES', 49_453_900_000],
          ['C11Z', 'QU', 12 * M],
        ],
      });
      const el = await mount(data, width);
      const s = svgBox(el);
      expect(s.width).to.equal(width);
      expect(el.getBoundingClientRect().width).to.equal(width);
      expectInside(el);
      const qu = row(el, 'QU');
      const label = qu.querySelector('[part="label"]')!;
      const bal = qu.querySelector('.balance')!;
      // The label stops before anything beside it on its line: bars and values (wide), the balance (narrow).
      const lb = box(label);
      const beside = [...qu.querySelectorAll('rect[part], .value, .balance')].filter(
        (n) => box(n).bottom > lb.top && box(n).top < lb.bottom,
      );
      expect(beside.length).to.be.greaterThan(0);
      for (const n of beside)
        expect(lb.right, `label vs ${n.textContent || n.getAttribute('part')}`).to.be.below(box(n).left);
      expect(lb.right).to.be.below(box(bal).left);
      // Shortened only when it must be, with an ellipsis.
      expect(
        text(label) === LONG || (text(label).endsWith('…') && LONG.startsWith(text(label).slice(0, -1))),
        text(label),
      ).to.equal(true);
      if (width === 1200) expect(text(label)).to.equal(LONG);
      const io = row(el, 'IO').querySelector('[part="label"]')!;
      expect(box(io).right).to.be.below(box(row(el, 'IO').querySelector('.balance')!).left);
      if (width === 320) expect(text(io)).to.match(/^Territoire britannique .*…$/);
      expect(button(el, 'IO').getAttribute('aria-label')).to.contain(LONGER);
      expect(button(el, 'QU').getAttribute('aria-label')).to.contain(LONG);
      expect(tableRows(el).map((r) => r[0])).to.include(LONG);
    });
  }
});

describe('trade-balance interaction', () => {
  it('a click fires trade-select (bubbles, composed) with the country, and highlights it', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}"`);
    const selected = oneEvent(document, 'trade-select');
    button(el, 'ES').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const e = await selected;
    expect(e.detail).to.deep.equal({ kind: 'country', code: 'ES', label: 'Espagne' });
    expect(e.bubbles && e.composed).to.equal(true);
    expect(el.selected).to.equal('ES');
    await el.updateComplete;
    expect(button(el, 'ES').getAttribute('aria-pressed')).to.equal('true');
    expect(row(el, 'ES').classList.contains('selected')).to.equal(true);
    expect(
      rows(el)
        .filter((r) => r.classList.contains('dimmed'))
        .map((r) => r.querySelector('[data-key]')!.getAttribute('data-key')),
    ).to.deep.equal(['US', 'DE', 'CN']);
    expect(Number(getComputedStyle(row(el, 'US').querySelector('[part="bar-import"]')!).opacity)).to.be.below(0.5);
    expect(Number(getComputedStyle(row(el, 'ES').querySelector('[part="bar-import"]')!).opacity)).to.equal(1);
    await expect(el).to.be.accessible();
    // A second click clears the selection.
    const cleared = oneEvent(el, 'trade-select');
    button(el, 'ES').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await cleared).detail).to.deep.equal({ kind: 'country', code: null, label: null });
    await el.updateComplete;
    expect(rows(el).filter((r) => r.classList.contains('dimmed'))).to.have.length(0);
  });

  it('follows trade-select from other widgets; a code it does not draw dims nothing', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}"`);
    document.dispatchEvent(
      new CustomEvent('trade-select', {
        detail: { kind: 'country', code: 'DE', label: 'Allemagne' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(el.selected).to.equal('DE');
    expect(rows(el).filter((r) => r.classList.contains('dimmed'))).to.have.length(3);
    document.dispatchEvent(
      new CustomEvent('trade-select', {
        detail: { kind: 'product', code: 'C11Z', label: 'Boissons' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(el.selected).to.equal('C11Z');
    expect(rows(el).filter((r) => r.classList.contains('dimmed') || r.classList.contains('selected'))).to.have.length(
      0,
    );
    expect(buttons(el).map((r) => r.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false', 'false']);
  });

  it('keyboard: Tab into the chart, arrows between countries, a visible focus, a tooltip, Enter selects', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}" toolbar="none"`);
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-key')).to.equal('US');
    expect(buttons(el).map((r) => r.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1']);
    // A focus ring drawn in the focus colour.
    const ring = row(el, 'US').querySelector('.ring')!;
    expect(getComputedStyle(ring).stroke).to.equal('rgb(10, 118, 246)');
    expect(getComputedStyle(row(el, 'ES').querySelector('.ring')!).stroke).to.equal('none');
    const tip = q<HTMLElement>(el, '[part="tooltip"]');
    expect(tip.hidden).to.equal(false);
    expect(text(tip)).to.contain('Etats-Unis');
    // No room above the first row: the tooltip goes under it, leaving it visible.
    expect(box(tip).top).to.be.at.least(box(q(el, '[data-key="US"] .band')).bottom);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-key')).to.equal('ES');
    expect(buttons(el).map((r) => r.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1', '-1']);
    // The tooltip: the country, imports, exports, balance and shares of the territory's trade.
    expect([...tip.querySelectorAll('dt, dd')].map(text)).to.deep.equal([
      'Importations',
      `30,0${NB}M€`,
      'Exportations',
      `180,0${NB}M€`,
      'Solde',
      `+150,0${NB}M€`,
      'Part des importations',
      `14${NN}%`,
      'Part des exportations',
      `60${NN}%`,
    ]);
    expect(text(tip.querySelector('strong'))).to.equal('Espagne');
    const chart = box(q(el, '[part="chart"]'));
    expect(box(tip).left).to.be.at.least(chart.left - 0.5);
    expect(box(tip).right).to.be.at.most(chart.right + 0.5);
    const selected = oneEvent(el, 'trade-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ kind: 'country', code: 'ES', label: 'Espagne' });
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-key')).to.equal('CN');
    before.remove();
  });

  it('hovering a row shows its tooltip and highlights it', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}"`);
    row(el, 'DE')
      .querySelector('.band')!
      .dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tip = q<HTMLElement>(el, '[part="tooltip"]');
    expect(tip.hidden).to.equal(false);
    expect(text(tip.querySelector('strong'))).to.equal('Allemagne');
    expect(text(tip)).to.contain(`+15,0${NB}M€`);
    expect(row(el, 'DE').classList.contains('active')).to.equal(true);
    // Texts let the pointer through to the row's band: a click on a label selects its country.
    const lb = box(row(el, 'DE').querySelector('[part="label"]')!);
    const hit = shadow(el).elementFromPoint(lb.left + lb.width / 2, lb.top + lb.height / 2)!;
    expect(hit.classList.contains('band')).to.equal(true);
    expect(hit.closest('[data-key]')?.getAttribute('data-key')).to.equal('DE');
  });

  it('each row has an aria-label with the country, imports, exports and signed balance', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}"`);
    expect(buttons(el).every((r) => r.getAttribute('role') === 'button')).to.equal(true);
    expect(button(el, 'US').getAttribute('aria-label')).to.equal(
      `Etats-Unis${NB}: importations 150,0${NB}millions d’euros, exportations 80,0${NB}millions d’euros, solde ` +
        `${MINUS}70,0${NB}millions d’euros`,
    );
  });
});

describe('trade-balance locale, states and accessibility', () => {
  it('speaks English with lang="en"', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="en"><trade-balance department="32" base-url=${FIXTURES} limit="3"></trade-balance></div>`,
    );
    const el = wrap.querySelector('trade-balance')!;
    await waitForState(el, 'ready');
    expect(text(q(el, '[part="title"]'))).to.equal('Main partner countries for imports and exports, Gers (2024)');
    expect(qa(el, '[part="label"]').map(text)).to.deep.equal(['United States', 'Spain', 'Germany']);
    expect(qa(el, '.head').map(text)).to.deep.equal(['← Imports', 'Exports →', 'Balance']);
    expect(text(q(el, '.subtitle'))).to.equal('Imports: €215.0M · Exports: €300.0M · Balance: +€85.0M');
    expect(tableRows(el)[3]).to.deep.equal(['Others (1 country)', '€10.0M', '€0', `${MINUS}€10.0M`, '4.7%', '0%']);
    expect(text(shadow(el).getElementById(q(el, '[part="chart"]').getAttribute('aria-describedby')!))).to.equal(
      `Gers, 2024: 3 main partner countries out of 4; first partner: United States (imports 150.0${NB}million ` +
        `euros, exports 80.0${NB}million euros, balance ${MINUS}70.0${NB}million euros). Overall balance: ` +
        `+85.0${NB}million euros.`,
    );
    await expect(el).to.be.accessible();
  });

  it('the loading placeholder is as high as the chart, so nothing jumps', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 900px">
        <trade-balance limit="4" src="/__test/delay/300/test/fixtures/data/2024/departments/32.json"></trade-balance>
      </div>`,
    );
    const el = wrap.querySelector('trade-balance')!;
    // The first width comes from a ResizeObserver; poll (rAF may not run in a background tab).
    for (let i = 0; i < 200 && (el as unknown as { size: { width: number } }).size.width === 0; i++)
      await new Promise((r) => setTimeout(r, 5));
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    const skeleton = box(q(el, '.skeleton')).height;
    await waitForState(el, 'ready');
    expect(svgBox(el).height).to.equal(skeleton);
  });

  it('the error state', async () => {
    const el = await fixture<TradeBalance>(html`<trade-balance src="/test/fixtures/data/nope.json"></trade-balance>`);
    await waitForState(el, 'error');
    expect(text(q(el, '[role="alert"]'))).to.contain('HTTP 404');
    await expect(el).to.be.accessible();
  });

  it('the SVG download is self-contained: colours resolved, texts kept', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}"`);
    const { markup } = await el.toSvg();
    expect(markup).not.to.contain('var(');
    expect(markup).to.contain('Espagne');
    expect(markup).to.contain(`+150,0${NB}M€`);
    expect(markup).to.contain('rgb(0, 0, 145)'); // an import bar
    expect((await el.toCsv()).split('\r\n')[1]).to.equal('Etats-Unis;150000000;80000000;-70000000;69,8;26,7');
  });

  it('no inline style in the chart (strict CSP)', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}"`);
    expect(qa(el, '.chart svg [style], .chart svg[style]')).to.have.length(0);
  });

  it('dark theme: the base colours for dark backgrounds', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}" theme="dark"`);
    expect(getComputedStyle(q(el, '[part="bar-import"]')).fill).to.equal('rgb(133, 133, 246)');
    expect(getComputedStyle(q(el, '[part="balance-negative"]')).fill).to.equal('rgb(255, 86, 85)');
    await expect(el).to.be.accessible();
  });

  it('custom properties restyle the bars; ::part reaches them', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <style>
          .custom trade-balance::part(bar-export) {
            stroke: rgb(1, 2, 3);
          }
        </style>
        <div class="custom">
          <trade-balance
            style="--trade-color-import: rgb(10, 20, 30)"
            department="32"
            base-url=${FIXTURES}
          ></trade-balance>
        </div>
      </div>`,
    );
    const el = wrap.querySelector('trade-balance')!;
    await waitForState(el, 'ready');
    expect(getComputedStyle(q(el, '[part="bar-import"]')).fill).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(q(el, '[part="bar-export"]')).stroke).to.equal('rgb(1, 2, 3)');
  });

  it('is axe-clean on the Gers file, wide and at 320 px', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}"`);
    await expect(el).to.be.accessible();
    const narrow = await load(`department="32" base-url="${FIXTURES}"`, 320);
    expectInside(narrow);
    await expect(narrow).to.be.accessible();
  });
});

describe('trade-balance on the demo data', () => {
  // The demo data is generated separately (npm run demo-data): without it, these fail rather than skipping.
  before(async () => {
    const index = await fetch('/data/index.json');
    expect(index.ok, 'GET /data/index.json: the demo data is missing (npm run demo-data)').to.equal(true);
  });

  it('Gers: the report totals in the header, ten countries, proportional bars, axe-clean', async () => {
    const el = await load('department="32"');
    expect(text(q(el, '[part="title"]'))).to.equal('Principaux pays à l’import et à l’export, Gers (2024)');
    const sub = text(q(el, '.subtitle'));
    expect(sub).to.contain(`684,6${NB}M€`);
    expect(sub).to.contain(`593,3${NB}M€`);
    expect(sub).to.contain(`${MINUS}91,3${NB}M€`);
    expect(q(el, '.subtitle .negative').textContent).to.equal(`${MINUS}91,3${NB}M€`);
    expect(rows(el)).to.have.length(10);
    expect(text(q(el, '[part="source"]'))).to.contain('Données de démonstration');
    // Bars in the order of total trade, proportional to the data.
    const data = el.data!;
    const sum = (flow: 'import' | 'export', code: string) =>
      data.flows[flow].filter((t) => t[1] === code).reduce((s, t) => s + t[2], 0);
    const drawn = keys(el) as string[];
    const totals = drawn.map((c) => sum('import', c) + sum('export', c));
    expect([...totals].sort((a, b) => b - a)).to.deep.equal(totals);
    expectProportional(el, Object.fromEntries(drawn.map((c) => [c, [sum('import', c), sum('export', c)]])));
    expect(tableRows(el, 'tfoot')[0].slice(0, 4)).to.deep.equal([
      'Total',
      `684,6${NB}M€`,
      `593,3${NB}M€`,
      `${MINUS}91,3${NB}M€`,
    ]);
    expectInside(el);
    await expect(el).to.be.accessible();
  });

  it('a region and France at 320 px stay inside their box', async () => {
    for (const attrs of ['region="76"', 'level="france"']) {
      const el = await load(attrs, 320);
      expect(rows(el)).to.have.length(10);
      expectInside(el);
    }
  });
});
