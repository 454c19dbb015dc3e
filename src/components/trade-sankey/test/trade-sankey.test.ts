/**
 * <trade-sankey> in a real browser: what is drawn (nodes, order, link widths,
 * red links, "Autres"), the caption's numbers, labels inside the box, the table
 * alternative, interaction and events, and axe-core. Expected values are computed
 * here from the raw files, independently of the element's own aggregation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { FlowTriple } from '../../../data/contract.ts';
import { clearCache } from '../../../data/loader.ts';
import { makeData } from '../../../../test/helpers/data.ts';
import { FIXTURES, q, qa, shadow, tableRows, text, waitForState } from '../../../../test/helpers/dom.ts';
import '../trade-sankey.ts';
import type { TradeSankey } from '../trade-sankey.ts';

const RICH = '/src/components/trade-sankey/test/fixtures/rich-32.json';
const NB = '\u00a0'; // before "M€" and ":"
const NN = '\u202f'; // thousands, before "%"

beforeEach(() => clearCache());

async function mount(tpl: TemplateResult, width?: number): Promise<TradeSankey> {
  const wrap = await fixture<HTMLDivElement>(html`<div style=${width ? `width:${width}px` : ''}>${tpl}</div>`);
  const el = wrap.querySelector('trade-sankey')!;
  await waitForState(el, ['ready', 'empty', 'error']);
  return el;
}

// --- An independent aggregation, for the expected values ---------------------------

interface Raw {
  flows: Record<'export' | 'import', FlowTriple[]>;
  totals: Record<'export' | 'import', number>;
}
const raw = async (url: string): Promise<Raw> => (await fetch(url)).json();

function expected(data: Raw, flow: 'export' | 'import', limit = 10, highlight = 5) {
  const flows = data.flows[flow].filter((f) => f[2] > 0);
  const rank = (i: 0 | 1) => {
    const m = new Map<string, number>();
    for (const f of flows) m.set(f[i], (m.get(f[i]) ?? 0) + f[2]);
    return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
  };
  const products = rank(0);
  const countries = rank(1);
  const topP = products.slice(0, limit);
  const topC = countries.slice(0, limit);
  const p = (c: string) => `p:${topP.includes(c) ? c : '*'}`;
  const c = (k: string) => `c:${topC.includes(k) ? k : '*'}`;
  const key = (f: FlowTriple) => (flow === 'export' ? `l:${p(f[0])}>${c(f[1])}` : `l:${c(f[1])}>${p(f[0])}`);
  const links = new Map<string, number>();
  for (const f of flows) links.set(key(f), (links.get(key(f)) ?? 0) + f[2]);
  const red = flows
    .filter((f) => topP.includes(f[0]) && topC.includes(f[1]))
    .sort((a, b) => b[2] - a[2])
    .slice(0, highlight)
    .map(key);
  const pNodes = [...topP.map((x) => `p:${x}`), ...(products.length > limit ? ['p:*'] : [])];
  const cNodes = [...topC.map((x) => `c:${x}`), ...(countries.length > limit ? ['c:*'] : [])];
  return { links, red, left: flow === 'export' ? pNodes : cNodes, right: flow === 'export' ? cNodes : pNodes };
}

// --- Reading the drawing -----------------------------------------------------------

/** A node: a group of its bar (the button, with the data-key) and its label. */
const nodeGroups = (el: Element) => qa<SVGGElement>(el, 'g.node');
const rectOf = (g: Element) => g.querySelector<SVGRectElement>('[part~="node"]')!;
const idOf = (g: Element) => rectOf(g).dataset.key!;
const group = (el: Element, id: string) => q(el, `rect[data-key="${id}"]`).closest('g.node')!;
const num = (e: Element, a: string) => Number(e.getAttribute(a));
/** Node ids of one side, top to bottom, by drawn position. */
function column(el: Element, side: 'left' | 'right'): string[] {
  const groups = nodeGroups(el).map((g) => ({ id: idOf(g), x: num(rectOf(g), 'x'), y: num(rectOf(g), 'y') }));
  const mid = (Math.min(...groups.map((g) => g.x)) + Math.max(...groups.map((g) => g.x))) / 2;
  return groups
    .filter((g) => (side === 'left' ? g.x < mid : g.x > mid))
    .sort((a, b) => a.y - b.y)
    .map((g) => g.id);
}
const links = (el: Element) => qa<SVGPathElement>(el, '[part~="link"]');

function noNaN(el: Element): void {
  for (const node of shadow(el).querySelectorAll('*')) {
    for (const a of node.attributes) expect(a.value, `${node.tagName} ${a.name}`).not.to.match(/NaN|Infinity|undefined/);
  }
}

function allInside(el: Element): void {
  const svg = q<SVGSVGElement>(el, '.chart svg');
  const W = svg.width.baseVal.value;
  const H = svg.height.baseVal.value;
  expect(W).to.be.greaterThan(0);
  for (const t of qa<SVGGraphicsElement>(el, 'text, [part~="node"], [part~="link"]')) {
    const b = t.getBBox();
    const w = t.tagName === 'path' ? num(t, 'stroke-width') / 2 : 0;
    const label = `${t.tagName} ${t.textContent || t.closest('[data-key]')?.getAttribute('data-key')}`;
    expect(b.x, label).to.be.at.least(-0.5);
    expect(b.x + b.width, label).to.be.at.most(W + 0.5);
    expect(b.y - w, label).to.be.at.least(-0.5);
    expect(b.y + b.height + w, label).to.be.at.most(H + 0.5);
  }
  // Nothing drawn past the SVG box on screen either (the SVG clips its overflow).
  const box = svg.getBoundingClientRect();
  for (const t of qa(el, 'text')) {
    const r = t.getBoundingClientRect();
    expect(r.left, t.textContent!).to.be.at.least(box.left - 0.5);
    expect(r.right, t.textContent!).to.be.at.most(box.right + 0.5);
  }
}

// --- What is drawn -----------------------------------------------------------------

describe('what is drawn', () => {
  it('hand-written file: nodes on both sides in order, no "Autres" under 10', async () => {
    const el = await mount(html`<trade-sankey department="32" base-url=${FIXTURES}></trade-sankey>`);
    const data = await raw(`${FIXTURES}2024/departments/32.json`);
    const exp = expected(data, 'export');
    expect(column(el, 'left')).to.deep.equal(['p:C11Z', 'p:A01Z', 'p:C10A']);
    expect(column(el, 'right')).to.deep.equal(['c:ES', 'c:US', 'c:DE']);
    expect(column(el, 'left')).to.deep.equal(exp.left);
    expect(qa(el, '[data-key$=":*"]')).to.have.length(0);
    expect(links(el)).to.have.length(4);
    expect(text(q(el, '[part="title"]'))).to.equal("Flux à l'export par produit et par pays, Gers (2024)");
    noNaN(el);
  });

  it('a rich file: 10 products and 10 countries, then "Autres" on each side, in value order', async () => {
    for (const flow of ['export', 'import'] as const) {
      const el = await mount(html`<trade-sankey src=${RICH} flow=${flow}></trade-sankey>`);
      const exp = expected(await raw(RICH), flow);
      expect(column(el, 'left'), flow).to.deep.equal(exp.left);
      expect(column(el, 'right'), flow).to.deep.equal(exp.right);
      expect(exp.left).to.have.length(11);
      expect(exp.right).to.have.length(11);
      // The two "Autres" are distinct nodes, last on their side, with how many they gather.
      const others = nodeGroups(el).filter((g) => idOf(g).endsWith(':*'));
      expect(others.map(idOf).sort()).to.deep.equal(['c:*', 'p:*']);
      expect(others.every((g) => g.classList.contains('others'))).to.equal(true);
      expect(text(q(el, 'text[data-key="p:*"] .name'))).to.match(/^Autres \(\d+\)$/);
      expect(q(el, '[data-key="c:*"]').getAttribute('aria-label')).to.match(/^Autres pays \(\d+\)\u00a0: /);
      expect(links(el).map((l) => l.dataset.key).sort()).to.deep.equal([...exp.links.keys()].sort());
      noNaN(el);
    }
  });

  it('link widths are proportional to the values, and the links of a node add up to it', async () => {
    for (const flow of ['export', 'import'] as const) {
      const el = await mount(html`<trade-sankey src=${RICH} flow=${flow}></trade-sankey>`);
      const exp = expected(await raw(RICH), flow);
      const drawn = links(el).map((l) => ({ key: l.dataset.key!, w: num(l, 'stroke-width'), v: exp.links.get(l.dataset.key!)! }));
      const k = drawn.reduce((s, d) => s + d.w, 0) / drawn.reduce((s, d) => s + d.v, 0);
      for (const d of drawn) expect(Math.abs(d.w - d.v * k), d.key).to.be.below(0.011);
      for (const g of nodeGroups(el)) {
        const id = idOf(g);
        const out = drawn.filter((d) => d.key.startsWith(`l:${id}>`) || d.key.endsWith(`>${id}`));
        const h = num(rectOf(g), 'height');
        expect(Math.abs(out.reduce((s, d) => s + d.w, 0) - h), id).to.be.below(0.5);
      }
    }
  });

  it('the red links are exactly the 5 largest flows not from or to "Autres"', async () => {
    for (const flow of ['export', 'import'] as const) {
      const el = await mount(html`<trade-sankey src=${RICH} flow=${flow}></trade-sankey>`);
      const exp = expected(await raw(RICH), flow);
      const red = qa<SVGPathElement>(el, '[part~="link-highlight"]');
      expect(red.map((l) => l.dataset.key).sort()).to.deep.equal([...exp.red].sort());
      expect(red).to.have.length(5);
      expect(getComputedStyle(red[0]).stroke).to.equal('rgb(225, 0, 15)');
      const grey = links(el).find((l) => !l.matches('[part~="link-highlight"]'))!;
      expect(getComputedStyle(grey).stroke).to.equal('rgb(183, 183, 183)');
    }
  });

  it('highlight and limit', async () => {
    const none = await mount(html`<trade-sankey src=${RICH} highlight="0"></trade-sankey>`);
    expect(qa(none, '[part~="link-highlight"]')).to.have.length(0);
    const three = await mount(html`<trade-sankey src=${RICH} limit="3" highlight="2"></trade-sankey>`);
    const exp = expected(await raw(RICH), 'export', 3, 2);
    expect(column(three, 'left')).to.deep.equal(exp.left);
    expect(column(three, 'right')).to.deep.equal(exp.right);
    expect(qa<SVGElement>(three, '[part~="link-highlight"]').map((l) => l.dataset.key).sort()).to.deep.equal([...exp.red].sort());
  });

  it('zero-value flows are left out, and a node with only zero flows is not drawn', async () => {
    const data = makeData({
      export: [
        ['C11Z', 'ES', 100_000_000],
        ['C11Z', 'US', 0],
        ['A01Z', 'DE', 0],
        ['C10A', 'ES', 50_000_000],
      ],
    });
    const el = await mount(html`<trade-sankey .data=${data}></trade-sankey>`);
    expect(column(el, 'left')).to.deep.equal(['p:C11Z', 'p:C10A']);
    expect(column(el, 'right')).to.deep.equal(['c:ES']);
    expect(links(el).map((l) => l.dataset.key)).to.deep.equal(['l:p:C11Z>c:ES', 'l:p:C10A>c:ES']);
    expect(links(el).every((l) => num(l, 'stroke-width') > 0)).to.equal(true);
    noNaN(el);
    allInside(el);
  });

  it('a single flow: two nodes, one link as tall as both', async () => {
    const el = await mount(html`<trade-sankey .data=${makeData({ export: [['C11Z', 'ES', 42_000_000]] })}></trade-sankey>`);
    expect(nodeGroups(el).map(idOf)).to.deep.equal(['p:C11Z', 'c:ES']);
    const [link] = links(el);
    expect(links(el)).to.have.length(1);
    for (const g of nodeGroups(el)) expect(Math.abs(num(rectOf(g), 'height') - num(link, 'stroke-width'))).to.be.below(0.02);
    expect(link.matches('[part~="link-highlight"]')).to.equal(true);
    noNaN(el);
    allInside(el);
    expect(tableRows(el)).to.deep.equal([['Boissons', 'Espagne', `42,0${NB}M€`, `100${NN}%`]]);
  });

  it('no flow at all: the empty state says so', async () => {
    const el = await mount(html`<trade-sankey flow="import" .data=${makeData({ import: [['C11Z', 'ES', 0]] })}></trade-sankey>`);
    expect(el.state).to.equal('empty');
    expect(text(q(el, '[part="empty"]'))).to.equal('Aucune importation enregistrée pour Gers en 2024');
    expect(qa(el, '[part~="node"]')).to.have.length(0);
  });
});

// --- Captions and titles -----------------------------------------------------------

describe('caption and title', () => {
  const caption = (el: Element) => text(q(el, '[part="caption"]'));

  it('a department: its total, its share of the region and of France', async () => {
    const el = await mount(html`<trade-sankey department="32" base-url=${FIXTURES}></trade-sankey>`);
    expect(caption(el)).to.equal(
      `Total des exportations${NB}: 300,0${NB}M€ — soit 10${NN}% de la valeur exportée par la région Occitanie, soit 0,10${NN}% de la valeur exportée au niveau national`,
    );
    const imp = await mount(html`<trade-sankey department="32" flow="import" base-url=${FIXTURES}></trade-sankey>`);
    expect(caption(imp)).to.equal(
      `Total des importations${NB}: 215,0${NB}M€ — soit 10${NN}% de la valeur importée par la région Occitanie, soit 0,10${NN}% de la valeur importée au niveau national`,
    );
    expect(text(q(imp, '[part="title"]'))).to.equal("Flux à l'import par pays et par produit, Gers (2024)");
  });

  it('a region: its share of France; the comparison title', async () => {
    const el = await mount(html`<trade-sankey region="76" base-url=${FIXTURES}></trade-sankey>`);
    expect(caption(el)).to.equal(`Total des exportations${NB}: 10${NN}000,0${NB}M€ — soit 0,10${NN}% de la valeur exportée au niveau national`);
    expect(text(q(el, '[part="title"]'))).to.equal("Flux à l'export, Occitanie (2024)");
  });

  it('France: the total only', async () => {
    const el = await mount(html`<trade-sankey level="france" flow="import" base-url=${FIXTURES}></trade-sankey>`);
    expect(caption(el)).to.equal(`Total des importations${NB}: 70${NN}000,0${NB}M€`);
    expect(text(q(el, '[part="title"]'))).to.equal("Flux à l'import, France entière (2024)");
  });

  it('in English', async () => {
    const el = await mount(html`<trade-sankey lang="en" department="32" base-url=${FIXTURES}></trade-sankey>`);
    expect(text(q(el, '[part="title"]'))).to.equal('Export flows by product and country, Gers (2024)');
    expect(caption(el)).to.equal('Total exports: €300.0M — 10% of the value exported by the Occitanie region, 0.10% of the value exported nationally');
    expect(column(el, 'right').map((id) => q(el, `text[data-key="${id}"] .name`).textContent)).to.deep.equal(['Spain', 'United States', 'Germany']);
    const fr = await mount(html`<trade-sankey lang="en" level="france" base-url=${FIXTURES}></trade-sankey>`);
    expect(text(q(fr, '[part="title"]'))).to.equal('Export flows, France (2024)');
    expect(caption(fr)).to.equal('Total exports: €100,000.0M');
  });
});

// --- Labels ------------------------------------------------------------------------

describe('labels', () => {
  for (const width of [320, 600, 1200]) {
    it(`every label, node and link is inside the SVG box at ${width} px`, async () => {
      for (const flow of ['export', 'import'] as const) {
        const el = await mount(html`<trade-sankey src=${RICH} flow=${flow}></trade-sankey>`, width);
        expect(q<SVGSVGElement>(el, '.chart svg').width.baseVal.value).to.equal(width);
        allInside(el);
        noNaN(el);
        // Labels of one side never overlap.
        for (const side of ['left', 'right'] as const) {
          const boxes = column(el, side).map((id) => q<SVGTextElement>(el, `text[data-key="${id}"]`).getBBox());
          for (let i = 1; i < boxes.length; i++) expect(boxes[i].y, `${side} ${i}`).to.be.at.least(boxes[i - 1].y + boxes[i - 1].height - 0.5);
        }
      }
    });
  }

  it('a long name is shortened with "…" and given in full to assistive technology', async () => {
    const el = await mount(html`<trade-sankey src=${RICH}></trade-sankey>`, 600);
    const cut = nodeGroups(el).filter((g) => g.querySelector('.name')!.textContent!.endsWith('…'));
    expect(cut.length).to.be.greaterThan(0);
    for (const g of cut) {
      const shown = g.querySelector('.name')!.textContent!.slice(0, -1);
      expect(rectOf(g).getAttribute('aria-label')!.startsWith(shown)).to.equal(true);
    }
  });
});

// --- Table -------------------------------------------------------------------------

describe('the table alternative', () => {
  it('one row per drawn flow, and a total row equal to the territory total', async () => {
    const el = await mount(html`<trade-sankey src=${RICH}></trade-sankey>`);
    const data = await raw(RICH);
    const rows = tableRows(el);
    expect(rows).to.have.length(links(el).length);
    expect(tableRows(el, 'thead')).to.deep.equal([['Produit', 'Pays', 'Valeur', 'Part du total']]);
    expect(tableRows(el, 'tfoot')).to.deep.equal([['Total', '', `593,3${NB}M€`, `100${NN}%`]]);
    expect(data.totals.export).to.equal(593_300_000);
    expect(rows[0][0]).to.equal('Boissons');
    expect(rows.at(-1)!.join(' ')).to.match(/Autres/);
    expect(rows.filter((r) => /^Autres produits \(\d+\)$/.test(r[0])).length).to.be.greaterThan(0);
    const csv = (await el.toCsv()).split('\r\n');
    expect(csv).to.have.length(rows.length + 3); // header, rows, total, final line end
    const sum = csv.slice(1, -2).reduce((s, line) => s + Number(line.split(';')[2]), 0);
    expect(sum).to.equal(593_300_000);
  });

  it('imports: countries first', async () => {
    const el = await mount(html`<trade-sankey department="32" flow="import" base-url=${FIXTURES}></trade-sankey>`);
    expect(tableRows(el, 'thead')).to.deep.equal([['Pays', 'Produit', 'Valeur', 'Part du total']]);
    expect(tableRows(el)[0]).to.deep.equal(['Etats-Unis', 'Produits de la construction aéronautique et spatiale', `150,0${NB}M€`, `70${NN}%`]);
  });
});

// --- Interaction -------------------------------------------------------------------

describe('interaction', () => {
  const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
  const active = (el: Element) => shadow(el).activeElement?.getAttribute('data-key');
  /** The tooltip as [title, "term = value", …]. */
  const tip = (el: Element) => {
    const t = q<HTMLElement>(el, '[part="tooltip"]');
    expect(t.hidden).to.equal(false);
    return [text(t.querySelector('strong')), ...[...t.querySelectorAll('dt')].map((dt) => `${text(dt)} = ${text(dt.nextElementSibling)}`)];
  };

  it('hovering a node dims the rest and shows value and shares', async () => {
    const el = await mount(html`<trade-sankey department="32" base-url=${FIXTURES}></trade-sankey>`);
    q(el, 'rect[data-key="c:US"]').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tip(el)).to.deep.equal(['Etats-Unis', `Valeur = 80,0${NB}M€`, `Part du total = 27${NN}%`]);
    expect(nodeGroups(el).filter((g) => g.classList.contains('dim')).map(idOf)).to.deep.equal(['p:A01Z', 'p:C10A', 'c:ES', 'c:DE']);
    expect(links(el).filter((l) => !l.classList.contains('dim')).map((l) => l.dataset.key)).to.deep.equal(['l:p:C11Z>c:US']);
  });

  it('hovering a link shows its share of the product, of the country and of the total', async () => {
    const el = await mount(html`<trade-sankey department="32" base-url=${FIXTURES}></trade-sankey>`);
    q(el, '[data-key="l:p:C11Z>c:ES"]').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tip(el)).to.deep.equal([
      'Boissons → Espagne',
      `Valeur = 120,0${NB}M€`,
      `Part du produit = 60${NN}%`,
      `Part du pays = 67${NN}%`,
      `Part du total = 40${NN}%`,
    ]);
    expect(nodeGroups(el).filter((g) => !g.classList.contains('dim')).map(idOf)).to.deep.equal(['p:C11Z', 'c:ES']);
  });

  it('the "Autres" tooltip says how many it gathers', async () => {
    const el = await mount(html`<trade-sankey src=${RICH} limit="8"></trade-sankey>`);
    const exp = expected(await raw(RICH), 'export', 8);
    q(el, 'rect[data-key="p:*"]').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const products = new Set((await raw(RICH)).flows.export.map((f) => f[0])).size;
    expect(tip(el)).to.include(`Regroupe = ${products - 8} produits`);
    expect(tip(el)[0]).to.equal(`Autres produits (${products - 8})`);
    expect(exp.left).to.have.length(9);
  });

  it('only nodes take Tab; Up/Down move in a column, Left/Right jump to the nearest node', async () => {
    const el = await mount(html`<trade-sankey department="32" base-url=${FIXTURES}></trade-sankey>`);
    expect(qa(el, '[tabindex="0"]').map((e) => e.getAttribute('data-key'))).to.deep.equal(['p:C11Z']);
    expect(links(el).every((l) => !l.hasAttribute('tabindex'))).to.equal(true);
    expect(nodeGroups(el).every((g) => rectOf(g).getAttribute('role') === 'button' && rectOf(g).getAttribute('tabindex') !== null)).to.equal(true);
    expect(qa(el, 'text').every((t) => t.getAttribute('aria-hidden') === 'true')).to.equal(true);
    q<SVGElement>(el, 'rect[data-key="p:C11Z"]').focus();
    key(shadow(el).activeElement!, 'ArrowDown');
    await el.updateComplete;
    await el.updateComplete;
    expect(active(el)).to.equal('p:A01Z');
    key(shadow(el).activeElement!, 'ArrowDown');
    await el.updateComplete;
    await el.updateComplete;
    expect(active(el)).to.equal('p:C10A');
    key(shadow(el).activeElement!, 'ArrowRight');
    await el.updateComplete;
    await el.updateComplete;
    // C10A is the bottom product; DE the bottom country.
    expect(active(el)).to.equal('c:DE');
    key(shadow(el).activeElement!, 'ArrowUp');
    await el.updateComplete;
    await el.updateComplete;
    expect(active(el)).to.equal('c:US');
    key(shadow(el).activeElement!, 'ArrowLeft');
    await el.updateComplete;
    await el.updateComplete;
    expect(column(el, 'left')).to.include(active(el));
    expect(qa(el, '[tabindex="0"]').map((e) => e.getAttribute('data-key'))).to.deep.equal([active(el)]);
  });

  it('clicking a node fires trade-select; clicking "Autres" or a link does not, and the chart keeps its tab stop', async () => {
    const el = await mount(html`<trade-sankey src=${RICH}></trade-sankey>`);
    const fired: unknown[] = [];
    el.addEventListener('trade-select', (e) => fired.push((e as CustomEvent).detail));
    const click = (sel: string) => q(el, sel).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    click('rect[data-key="c:ES"]');
    expect(fired).to.deep.equal([{ kind: 'country', code: 'ES', label: 'Espagne', flow: 'export' }]);
    await el.updateComplete;
    expect(q(el, '[data-key="c:ES"]').getAttribute('aria-pressed')).to.equal('true');
    click('text[data-key="p:C11Z"] .name');
    expect(fired[1]).to.deep.equal({ kind: 'product', code: 'C11Z', label: 'Boissons', flow: 'export' });
    click('rect[data-key="p:*"]');
    click('text[data-key="c:*"]');
    click('[part~="link"]');
    await el.updateComplete;
    expect(fired).to.have.length(2);
    expect(q(el, '[data-key="p:*"]').hasAttribute('aria-pressed')).to.equal(false);
    expect(qa(el, '[tabindex="0"]')).to.have.length(1);
  });

  it('a trade-select sent by another widget highlights the matching node', async () => {
    const el = await mount(html`<trade-sankey src=${RICH}></trade-sankey>`);
    const other = document.createElement('div');
    document.body.append(other);
    other.dispatchEvent(new CustomEvent('trade-select', { detail: { kind: 'country', code: 'DE', label: 'Allemagne' }, bubbles: true, composed: true }));
    await el.updateComplete;
    other.remove();
    expect(el.selected).to.equal('DE');
    const de = group(el, 'c:DE');
    expect(de.classList.contains('sel')).to.equal(true);
    expect(rectOf(de).getAttribute('aria-pressed')).to.equal('true');
    expect(de.classList.contains('dim')).to.equal(false);
    const lit = links(el).filter((l) => !l.classList.contains('dim'));
    expect(lit.length).to.be.greaterThan(0);
    expect(lit.every((l) => l.dataset.key!.endsWith('>c:DE'))).to.equal(true);
    expect(group(el, 'c:ES').classList.contains('dim')).to.equal(true);
  });

  it('the selected attribute does the same, for products too', async () => {
    const el = await mount(html`<trade-sankey src=${RICH} flow="import" selected="C30C"></trade-sankey>`);
    expect(group(el, 'p:C30C').classList.contains('sel')).to.equal(true);
    expect(links(el).filter((l) => !l.classList.contains('dim')).every((l) => l.dataset.key!.endsWith('>p:C30C'))).to.equal(true);
  });
});

// --- Accessibility -------------------------------------------------------------------

describe('accessibility', () => {
  it('axe-core finds no violation: export, import, English, dark, table open', async () => {
    const els = [
      await mount(html`<trade-sankey src=${RICH}></trade-sankey>`),
      await mount(html`<trade-sankey src=${RICH} flow="import" selected="ES"></trade-sankey>`, 320),
      await mount(html`<trade-sankey lang="en" department="32" base-url=${FIXTURES}></trade-sankey>`),
      await mount(html`<trade-sankey theme="dark" region="76" base-url=${FIXTURES}></trade-sankey>`),
    ];
    q<HTMLButtonElement>(els[0], '.toolbar button').click();
    await els[0].updateComplete;
    for (const el of els) await expect(el).to.be.accessible();
  });

  it('a summary sentence names the total and the red flows', async () => {
    const el = await mount(html`<trade-sankey department="32" base-url=${FIXTURES}></trade-sankey>`);
    const id = q(el, '[part="chart"]').getAttribute('aria-describedby')!;
    expect(text(shadow(el).getElementById(id))).to.equal(
      `Gers, 2024${NB}: 300,0${NB}M€ d'exportations. Les 4 principaux flux, en rouge${NB}: Boissons vers Espagne (120,0${NB}M€) ; Boissons vers Etats-Unis (80,0${NB}M€) ; Produits de la culture et de l’élevage vers Espagne (60,0${NB}M€) ; Viande et produits à base de viande vers Allemagne (40,0${NB}M€).`,
    );
  });
});

// --- The demo data (public/data, served at /data/) --------------------------------------

describe('on the demo data', () => {
  it('Gers: exports and imports, with the report’s captions', async () => {
    const el = await mount(html`<trade-sankey department="32" flow="export"></trade-sankey>`);
    expect(el.state).to.equal('ready');
    expect(text(q(el, '[part="caption"]'))).to.equal(
      `Total des exportations${NB}: 593,3${NB}M€ — soit 1,2${NN}% de la valeur exportée par la région Occitanie, soit 0,10${NN}% de la valeur exportée au niveau national`,
    );
    const data = await raw(el.dataUrl!);
    const exp = expected(data, 'export');
    expect(column(el, 'left')).to.deep.equal(exp.left);
    expect(column(el, 'right')).to.deep.equal(exp.right);
    expect(qa<SVGElement>(el, '[part~="link-highlight"]').map((l) => l.dataset.key).sort()).to.deep.equal([...exp.red].sort());
    expect(tableRows(el)).to.have.length(exp.links.size);
    allInside(el);
    noNaN(el);
    const imp = await mount(html`<trade-sankey department="32" flow="import"></trade-sankey>`);
    expect(text(q(imp, '[part="caption"]'))).to.equal(
      `Total des importations${NB}: 684,6${NB}M€ — soit 1,8${NN}% de la valeur importée par la région Occitanie, soit 0,10${NN}% de la valeur importée au niveau national`,
    );
    const impExp = expected(await raw(imp.dataUrl!), 'import');
    expect(column(imp, 'left')).to.deep.equal(impExp.left);
    expect(column(imp, 'right')).to.deep.equal(impExp.right);
  });

  it('Occitanie and France: the comparison charts', async () => {
    const reg = await mount(html`<trade-sankey region="76"></trade-sankey>`);
    expect(text(q(reg, '[part="title"]'))).to.equal("Flux à l'export, Occitanie (2024)");
    expect(text(q(reg, '[part="caption"]'))).to.equal(`Total des exportations${NB}: 49${NN}453,9${NB}M€ — soit 8,5${NN}% de la valeur exportée au niveau national`);
    const fr = await mount(html`<trade-sankey level="france" flow="import"></trade-sankey>`);
    expect(text(q(fr, '[part="title"]'))).to.equal("Flux à l'import, France entière (2024)");
    expect(text(q(fr, '[part="caption"]'))).to.equal(`Total des importations${NB}: 684${NN}776,3${NB}M€`);
    for (const el of [reg, fr]) {
      expect(column(el, 'left')).to.have.length(11);
      expect(column(el, 'right')).to.have.length(11);
      allInside(el);
    }
    await expect(reg).to.be.accessible();
  });
});
