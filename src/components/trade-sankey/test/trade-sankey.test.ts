/**
 * <trade-sankey> in a real browser: what is drawn (nodes, order, link widths,
 * red links, "Autres"), the caption's numbers, labels inside the box, the table
 * alternative, interaction and events, and axe-core. Expected values are computed
 * here from the raw files, independently of the element's own aggregation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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

beforeEach(() => {
  clearCache();
});

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
  // Ties as the element documents them: in id order, that is source code, then
  // target code (exports: product then country; imports: country then product).
  const ends = (f: FlowTriple) => (flow === 'export' ? [f[0], f[1]] : [f[1], f[0]]);
  const byCode = (a: FlowTriple, b: FlowTriple) => {
    const [x, y] = [ends(a), ends(b)];
    return x[0] !== y[0] ? (x[0] < y[0] ? -1 : 1) : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0;
  };
  const red = flows
    .filter((f) => topP.includes(f[0]) && topC.includes(f[1]))
    .sort((a, b) => b[2] - a[2] || byCode(a, b))
    .slice(0, highlight)
    .map(key);
  // Each node's value: the sum of its flows ("Autres": of everything it gathers).
  const values = new Map<string, number>();
  for (const f of flows) for (const id of [p(f[0]), c(f[1])]) values.set(id, (values.get(id) ?? 0) + f[2]);
  const pNodes = [...topP.map((x) => `p:${x}`), ...(products.length > limit ? ['p:*'] : [])];
  const cNodes = [...topC.map((x) => `c:${x}`), ...(countries.length > limit ? ['c:*'] : [])];
  return { links, red, values, left: flow === 'export' ? pNodes : cNodes, right: flow === 'export' ? cNodes : pNodes };
}

/**
 * An amount as the report writes it, from the integer euros: "593,3 M€" from
 * 100 000 € up (tenths of a million rounded half up), "12 k€" below, "850 €"
 * under 1 000 €; thousands grouped with U+202F, U+00A0 before the unit.
 */
function euros(v: number): string {
  const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, NN);
  if (v >= 99_950) {
    const tenths = Math.round(v / 100_000);
    return `${thousands(Math.floor(tenths / 10))},${tenths % 10}${NB}M€`;
  }
  if (v >= 999.5) return `${thousands(Math.round(v / 1000))}${NB}k€`;
  return `${thousands(Math.round(v))}${NB}€`;
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
    for (const a of node.attributes)
      expect(a.value, `${node.tagName} ${a.name}`).not.to.match(/NaN|Infinity|undefined/);
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
    expect(r.left, t.textContent).to.be.at.least(box.left - 0.5);
    expect(r.right, t.textContent).to.be.at.most(box.right + 0.5);
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
    expect(text(q(el, '[part="title"]'))).to.equal('Flux à l’export par produit et par pays, Gers (en valeur, 2024)');
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
      expect(
        links(el)
          .map((l) => l.dataset.key)
          .sort(),
      ).to.deep.equal([...exp.links.keys()].sort());
      noNaN(el);
    }
  });

  it('link widths are proportional to the values, and the links of a node add up to it', async () => {
    for (const flow of ['export', 'import'] as const) {
      const el = await mount(html`<trade-sankey src=${RICH} flow=${flow}></trade-sankey>`);
      const exp = expected(await raw(RICH), flow);
      const drawn = links(el).map((l) => ({
        key: l.dataset.key!,
        w: num(l, 'stroke-width'),
        v: exp.links.get(l.dataset.key!)!,
      }));
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

  it('::part(link), ::part(link-highlight) and ::part(node) style the marks from the page', async () => {
    // ::part(link) first: a red link has both parts, and the later rule of equal specificity wins.
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <style>
          trade-sankey.x::part(link) {
            stroke: rgb(4, 5, 6);
          }
          trade-sankey.x::part(link-highlight) {
            stroke: rgb(1, 2, 3);
          }
          trade-sankey.x::part(node) {
            fill: rgb(7, 8, 9);
          }
        </style>
        <trade-sankey class="x" src=${RICH}></trade-sankey>
        <trade-sankey src=${RICH}></trade-sankey>
      </div>`,
    );
    const [styled, plain] = [...wrap.querySelectorAll('trade-sankey')];
    for (const el of [styled, plain]) await waitForState(el, 'ready');
    // Found by what they are (path, node bar), not by their part.
    const paths = (el: Element) => qa<SVGPathElement>(el, '.chart svg path[data-key]');
    const exp = expected(await raw(RICH), 'export');
    const red = (el: Element) => paths(el).filter((l) => exp.red.includes(l.dataset.key!));
    const grey = (el: Element) => paths(el).filter((l) => !exp.red.includes(l.dataset.key!));
    const bars = (el: Element) => qa<SVGRectElement>(el, 'g.node > rect');
    const stroke = (e: Element) => getComputedStyle(e).stroke;
    const fill = (e: Element) => getComputedStyle(e).fill;
    expect(red(styled)).to.have.length(5);
    expect(grey(styled).length).to.be.greaterThan(5);
    expect(bars(styled)).to.have.length(exp.left.length + exp.right.length);
    expect(red(styled).map(stroke)).to.deep.equal(Array(5).fill('rgb(1, 2, 3)'));
    const distinct = (values: string[]) => [...new Set(values)];
    expect(distinct(grey(styled).map(stroke))).to.deep.equal(['rgb(4, 5, 6)']);
    // Every node bar, "Autres" included.
    expect(bars(styled).some((b) => b.dataset.key!.endsWith(':*'))).to.equal(true);
    expect(distinct(bars(styled).map(fill))).to.deep.equal(['rgb(7, 8, 9)']);
    // Without the class, the element's own colours.
    expect(distinct(red(plain).map(stroke))).to.deep.equal(['rgb(225, 0, 15)']);
    expect(distinct(grey(plain).map(stroke))).to.deep.equal(['rgb(183, 183, 183)']);
    expect(bars(plain).map(fill)).not.to.include('rgb(7, 8, 9)');
  });

  it('ties for the last red link go in id order: source code, then target code', async () => {
    // Five flows tie for 5th place; in the file, the last in id order come first.
    const flows: FlowTriple[] = [
      ['C11Z', 'ES', 100_000_000],
      ['C11Z', 'US', 90_000_000],
      ['A01Z', 'ES', 80_000_000],
      ['A01Z', 'DE', 70_000_000],
      ['C30C', 'CN', 50_000_000],
      ['C10A', 'IT', 50_000_000],
      ['C10A', 'DE', 50_000_000],
      ['A01Z', 'US', 50_000_000],
      ['C30C', 'US', 50_000_000],
    ];
    const data = makeData({ export: flows, import: flows });
    // Exports (product → country): A01Z>US is the smallest (product, country); imports (country → product): CN>C30C.
    for (const [flow, fifth] of [
      ['export', 'l:p:A01Z>c:US'],
      ['import', 'l:c:CN>p:C30C'],
    ] as const) {
      const el = await mount(html`<trade-sankey flow=${flow} .data=${data}></trade-sankey>`);
      const exp = expected(data as unknown as Raw, flow);
      expect(exp.red, flow).to.have.length(5);
      expect(exp.red[4], flow).to.equal(fifth);
      const red = qa<SVGPathElement>(el, '[part~="link-highlight"]').map((l) => l.dataset.key);
      expect([...red].sort(), flow).to.deep.equal([...exp.red].sort());
    }
  });

  it('highlight and limit', async () => {
    const none = await mount(html`<trade-sankey src=${RICH} highlight="0"></trade-sankey>`);
    expect(qa(none, '[part~="link-highlight"]')).to.have.length(0);
    const three = await mount(html`<trade-sankey src=${RICH} limit="3" highlight="2"></trade-sankey>`);
    const exp = expected(await raw(RICH), 'export', 3, 2);
    expect(column(three, 'left')).to.deep.equal(exp.left);
    expect(column(three, 'right')).to.deep.equal(exp.right);
    expect(
      qa<SVGElement>(three, '[part~="link-highlight"]')
        .map((l) => l.dataset.key)
        .sort(),
    ).to.deep.equal([...exp.red].sort());
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
    const el = await mount(
      html`<trade-sankey .data=${makeData({ export: [['C11Z', 'ES', 42_000_000]] })}></trade-sankey>`,
    );
    expect(nodeGroups(el).map(idOf)).to.deep.equal(['p:C11Z', 'c:ES']);
    const [link] = links(el);
    expect(links(el)).to.have.length(1);
    for (const g of nodeGroups(el))
      expect(Math.abs(num(rectOf(g), 'height') - num(link, 'stroke-width'))).to.be.below(0.02);
    expect(link.matches('[part~="link-highlight"]')).to.equal(true);
    noNaN(el);
    allInside(el);
    expect(tableRows(el)).to.deep.equal([['Boissons', 'Espagne', `42,0${NB}M€`, `100${NN}%`]]);
  });

  it('no flow at all: the empty state says so', async () => {
    const el = await mount(
      html`<trade-sankey flow="import" .data=${makeData({ import: [['C11Z', 'ES', 0]] })}></trade-sankey>`,
    );
    expect(el.state).to.equal('empty');
    expect(text(q(el, '[part="empty"]'))).to.equal('Aucune importation enregistrée pour Gers en 2024');
    expect(qa(el, '[part~="node"]')).to.have.length(0);
  });
});

// --- Captions and titles -----------------------------------------------------------

/** The caption's lines, as the report sets them one under the other, joined with " / ". */
const caption = (el: Element) => [...q(el, '[part="caption"]').children].map((line) => text(line)).join(' / ');

describe('caption and title', () => {
  /** The caption's lines, as the report sets them one under the other, joined with " / ". */

  it('a department: its total, its share of the region and of France', async () => {
    const el = await mount(html`<trade-sankey department="32" base-url=${FIXTURES}></trade-sankey>`);
    expect(caption(el)).to.equal(
      `Total des exportations${NB}: 300,0${NB}M€ / soit 10${NN}% de la valeur exportée par la région Occitanie / ` +
        `soit 0,10${NN}% de la valeur exportée au niveau national`,
    );
    const imp = await mount(html`<trade-sankey department="32" flow="import" base-url=${FIXTURES}></trade-sankey>`);
    expect(caption(imp)).to.equal(
      `Total des importations${NB}: 215,0${NB}M€ / soit 10${NN}% de la valeur importée par la région Occitanie / ` +
        `soit 0,10${NN}% de la valeur importée au niveau national`,
    );
    expect(text(q(imp, '[part="title"]'))).to.equal('Flux à l’import par pays et par produit, Gers (en valeur, 2024)');
  });

  it('the total, the region’s share and France’s share are three lines of text, not a footnote', async () => {
    const el = await mount(html`<trade-sankey department="32" base-url=${FIXTURES}></trade-sankey>`, 900);
    const lines = [...q(el, '[part="caption"]').children] as HTMLElement[];
    expect(lines).to.have.length(3);
    const tops = lines.map((line) => line.getBoundingClientRect().top);
    expect(tops[1]).to.be.greaterThan(tops[0]);
    expect(tops[2]).to.be.greaterThan(tops[1]);
    for (const line of lines) expect(getComputedStyle(line).fontSize).to.equal(getComputedStyle(el).fontSize);
    expect(getComputedStyle(lines[0]).fontWeight).to.equal('400');
    expect(getComputedStyle(lines[0].querySelector('strong')!).fontWeight).to.equal('700');
  });

  it('a department alone in its region (overseas, Corse) gives no « 100 % de la région »', async () => {
    for (const department of ['971', '972', '973', '974', '976', '2A']) {
      const el = await mount(html`<trade-sankey department=${department}></trade-sankey>`);
      expect(caption(el), department).not.to.contain('région');
      expect(caption(el), department).to.contain('au niveau national');
    }
  });

  it('a region: its share of France; the comparison title', async () => {
    const el = await mount(html`<trade-sankey region="76" base-url=${FIXTURES}></trade-sankey>`);
    expect(caption(el)).to.equal(
      `Total des exportations${NB}: 10${NN}000,0${NB}M€ / soit 0,10${NN}% de la valeur exportée au niveau national`,
    );
    expect(text(q(el, '[part="title"]'))).to.equal('Flux à l’export, Occitanie (en valeur, 2024)');
  });

  it('France: the total only', async () => {
    const el = await mount(html`<trade-sankey level="france" flow="import" base-url=${FIXTURES}></trade-sankey>`);
    expect(caption(el)).to.equal(`Total des importations${NB}: 70${NN}000,0${NB}M€`);
    expect(text(q(el, '[part="title"]'))).to.equal('Flux à l’import, France entière (en valeur, 2024)');
  });

  it('in English', async () => {
    const el = await mount(html`<trade-sankey lang="en" department="32" base-url=${FIXTURES}></trade-sankey>`);
    expect(text(q(el, '[part="title"]'))).to.equal('Export flows by product and country, Gers (by value, 2024)');
    expect(caption(el)).to.equal(
      'Total exports: €300.0M / 10% of the value exported by the Occitanie region / 0.10% of the value exported ' +
        'nationally',
    );
    expect(column(el, 'right').map((id) => q(el, `text[data-key="${id}"] .name`).textContent)).to.deep.equal([
      'Spain',
      'United States',
      'Germany',
    ]);
    const fr = await mount(html`<trade-sankey lang="en" level="france" base-url=${FIXTURES}></trade-sankey>`);
    expect(text(q(fr, '[part="title"]'))).to.equal('Export flows, France (by value, 2024)');
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
          for (let i = 1; i < boxes.length; i++)
            expect(boxes[i].y, `${side} ${i}`).to.be.at.least(boxes[i - 1].y + boxes[i - 1].height - 0.5);
        }
      }
    });
  }

  it('node labels: the name, and under it the value in M€, on both sides (hand-written file)', async () => {
    // From test/fixtures/data/2024/departments/32.json: C11Z = 120 + 80 M€, ES = 120 + 60 M€…
    const left = [
      ['p:C11Z', 'Boissons', `200,0${NB}M€`],
      ['p:A01Z', 'Produits de la culture et de l’élevage', `60,0${NB}M€`],
      ['p:C10A', 'Viande et produits à base de viande', `40,0${NB}M€`],
    ];
    const right = [
      ['c:ES', 'Espagne', `180,0${NB}M€`],
      ['c:US', 'Etats-Unis', `80,0${NB}M€`],
      ['c:DE', 'Allemagne', `40,0${NB}M€`],
    ];
    for (const width of [1200, 320]) {
      const el = await mount(html`<trade-sankey department="32" base-url=${FIXTURES}></trade-sankey>`, width);
      const line = (id: string, cls: 'name' | 'value') => q<SVGTSpanElement>(el, `text[data-key="${id}"] .${cls}`);
      const labels = (side: 'left' | 'right') =>
        column(el, side).map((id) => [id, text(line(id, 'name')), text(line(id, 'value'))]);
      // Values are never shortened; names may be, at 320 px, with "…".
      const shortened = (rows: string[][]) =>
        rows.map(([id, name, value]) => {
          const shown = text(line(id, 'name'));
          return [id, shown.endsWith('…') && name.startsWith(shown.slice(0, -1)) ? shown : name, value];
        });
      expect(labels('left'), `${width} px`).to.deep.equal(width < 440 ? shortened(left) : left);
      expect(labels('right'), `${width} px`).to.deep.equal(right);
      // The value line is under the name.
      for (const id of [...column(el, 'left'), ...column(el, 'right')]) {
        const [name, value] = [line(id, 'name').getBoundingClientRect(), line(id, 'value').getBoundingClientRect()];
        expect(value.top, id).to.be.at.least(name.bottom - 1);
      }
    }
  });

  it('on the demo data, every node’s value line is its value in M€, computed from the flows', async () => {
    for (const attrs of [
      { department: '32', flow: 'export' },
      { department: '32', flow: 'import' },
      { region: '76', flow: 'export' },
    ]) {
      const el = await mount(
        attrs.region
          ? html`<trade-sankey region=${attrs.region} flow=${attrs.flow}></trade-sankey>`
          : html`<trade-sankey department=${attrs.department!} flow=${attrs.flow}></trade-sankey>`,
      );
      expect(el.state, JSON.stringify(attrs)).to.equal('ready');
      const exp = expected(await raw(el.dataUrl!), attrs.flow as 'export' | 'import');
      const ids = nodeGroups(el).map(idOf);
      expect([...ids].sort()).to.deep.equal([...exp.left, ...exp.right].sort());
      for (const id of ids) {
        const v = exp.values.get(id)!;
        expect(v, id).to.be.at.least(100_000); // so always "x,y M€"
        const shown = text(q(el, `text[data-key="${id}"] .value`));
        expect(shown, `${JSON.stringify(attrs)} ${id} (${v} €)`).to.equal(euros(v));
        expect(shown).to.match(new RegExp(`^\\d{1,3}(${NN}\\d{3})*,\\d${NB}M€$`));
      }
    }
  });

  it('a long name is shortened with "…" and given in full to assistive technology', async () => {
    const el = await mount(html`<trade-sankey src=${RICH}></trade-sankey>`, 600);
    const cut = nodeGroups(el).filter((g) => g.querySelector('.name')!.textContent.endsWith('…'));
    expect(cut.length).to.be.greaterThan(0);
    for (const g of cut) {
      const shown = g.querySelector('.name')!.textContent.slice(0, -1);
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
    // The table: up to the empty line before the source and licence.
    const csv = (await el.toCsv()).split(/\r\n;*\r\n/)[0].split('\r\n');
    expect(csv).to.have.length(rows.length + 2); // header, rows, total
    const sum = csv.slice(1, -1).reduce((s, line) => s + Number(line.split(';')[2]), 0);
    expect(sum).to.equal(593_300_000);
  });

  it('each row is a drawn link: its two nodes and its value, entry by entry', async () => {
    const data = await raw(RICH);
    const names = data as unknown as { products: Record<string, string>; countries: Record<string, string> };
    // A cell's text back to a node id, from the file's own labels.
    const ids = new Map<string, string>([
      ...Object.entries(names.products).map(([code, label]) => [label, `p:${code}`] as [string, string]),
      ...Object.entries(names.countries).map(([code, label]) => [label, `c:${code}`] as [string, string]),
    ]);
    const idOfCell = (cell: string, kind: 'p' | 'c') => {
      if (/^Autres (produits|pays) \(\d+\)$/.test(cell))
        return cell.startsWith('Autres produits') === (kind === 'p') ? `${kind}:*` : `?${cell}`;
      const id = ids.get(cell);
      return id?.startsWith(`${kind}:`) ? id : `?${cell}`;
    };
    for (const flow of ['export', 'import'] as const) {
      const el = await mount(html`<trade-sankey src=${RICH} flow=${flow}></trade-sankey>`);
      const exp = expected(data, flow);
      const [a, b] = flow === 'export' ? (['p', 'c'] as const) : (['c', 'p'] as const);
      const rows = tableRows(el).map((r) => `l:${idOfCell(r[0], a)}>${idOfCell(r[1], b)} = ${r[2]}`);
      const want = [...exp.links].map(([k, v]) => `${k} = ${euros(v)}`);
      expect(rows.length, flow).to.equal(want.length);
      expect([...rows].sort(), flow).to.deep.equal([...want].sort());
      // And the drawn links are those same ones.
      expect(
        links(el)
          .map((l) => l.dataset.key)
          .sort(),
        flow,
      ).to.deep.equal([...exp.links.keys()].sort());
      // "Autres (n)" counts what it gathers.
      const n = (i: 0 | 1) => new Set(data.flows[flow].filter((f) => f[2] > 0).map((f) => f[i])).size - 10;
      const others = tableRows(el)
        .flatMap((r) => r.slice(0, 2))
        .filter((c) => c.startsWith('Autres'));
      expect(new Set(others), flow).to.deep.equal(new Set([`Autres produits (${n(0)})`, `Autres pays (${n(1)})`]));
    }
  });

  it('imports: countries first', async () => {
    const el = await mount(html`<trade-sankey department="32" flow="import" base-url=${FIXTURES}></trade-sankey>`);
    expect(tableRows(el, 'thead')).to.deep.equal([['Pays', 'Produit', 'Valeur', 'Part du total']]);
    expect(tableRows(el)[0]).to.deep.equal([
      'Etats-Unis',
      'Produits de la construction aéronautique et spatiale',
      `150,0${NB}M€`,
      `70${NN}%`,
    ]);
  });
});

// --- Interaction -------------------------------------------------------------------

describe('interaction', () => {
  const key = (target: Element, k: string) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
  const active = (el: Element) => shadow(el).activeElement?.getAttribute('data-key');
  /** The tooltip as [title, "term = value", …]. */
  const tip = (el: Element) => {
    const t = q<HTMLElement>(el, '[part="tooltip"]');
    expect(t.hidden).to.equal(false);
    return [
      text(t.querySelector('strong')),
      ...[...t.querySelectorAll('dt')].map((dt) => `${text(dt)} = ${text(dt.nextElementSibling)}`),
    ];
  };

  /** What a reader sees around one node: the tooltip, the dimmed nodes, the links left lit. */
  const around = (el: Element) => ({
    tip: tip(el),
    dimmed: nodeGroups(el)
      .filter((g) => g.classList.contains('dimmed'))
      .map(idOf),
    lit: links(el)
      .filter((l) => !l.classList.contains('dimmed'))
      .map((l) => l.dataset.key),
  });
  const hover = async (el: TradeSankey, id: string) => {
    q(el, `rect[data-key="${id}"]`).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
  };
  /** On the hand-written Gers file: US takes 80 M€ of Boissons, 80 / 300 = 27 % of the exports. */
  const US = {
    tip: ['Etats-Unis', `Valeur = 80,0${NB}M€`, `Part du total = 27${NN}%`],
    dimmed: ['p:A01Z', 'p:C10A', 'c:ES', 'c:DE'],
    lit: ['l:p:C11Z>c:US'],
  };
  /** C11Z: 200 M€ (67 %), to ES and US. */
  const C11Z = {
    tip: ['Boissons', `Valeur = 200,0${NB}M€`, `Part du total = 67${NN}%`],
    dimmed: ['p:A01Z', 'p:C10A', 'c:DE'],
    lit: ['l:p:C11Z>c:ES', 'l:p:C11Z>c:US'],
  };

  it('hovering a node dims the rest and shows value and shares', async () => {
    const el = await mount(html`<trade-sankey department="32" base-url=${FIXTURES}></trade-sankey>`);
    await hover(el, 'c:US');
    expect(around(el)).to.deep.equal(US);
  });

  it('a node focused with the keyboard shows the hover tooltip and dims the same nodes and links', async () => {
    const el = await mount(html`<trade-sankey department="32" base-url=${FIXTURES}></trade-sankey>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    try {
      before.focus();
      // Tab past the toolbar's buttons to the chart's one tab stop.
      for (let i = 0; i < 8 && !active(el); i++) {
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
      }
      expect(active(el)).to.equal('p:C11Z');
      expect(around(el)).to.deep.equal(C11Z);
      // Right: the nearest country (ES, at the top); Down: US.
      for (const [press, id] of [
        ['ArrowRight', 'c:ES'],
        ['ArrowDown', 'c:US'],
      ]) {
        await sendKeys({ press });
        await el.updateComplete;
        await el.updateComplete;
        expect(active(el), press).to.equal(id);
      }
      expect(around(el)).to.deep.equal(US);
      // And exactly what hovering shows, on a chart of its own.
      const hovered = await mount(html`<trade-sankey department="32" base-url=${FIXTURES}></trade-sankey>`);
      await hover(hovered, 'c:US');
      expect(around(el)).to.deep.equal(around(hovered));
      // Leaving the chart with the keyboard clears both.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      expect(active(el) ?? null, 'focus left the nodes').to.equal(null);
      expect(q<HTMLElement>(el, '[part="tooltip"]').hidden).to.equal(true);
      expect(qa(el, '.dimmed')).to.have.length(0);
    } finally {
      before.remove();
    }
  });

  it('hovering a link shows its share of the product, of the country and of the total', async () => {
    const el = await mount(html`<trade-sankey department="32" base-url=${FIXTURES}></trade-sankey>`);
    q(el, '[data-key="l:p:C11Z>c:ES"]').dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(tip(el)).to.deep.equal([
      'Boissons → Espagne',
      `Valeur = 120,0${NB}M€`,
      `Part du produit = 60${NN}%`,
      `Part du pays = 67${NN}%`,
      `Part du total = 40${NN}%`,
    ]);
    expect(
      nodeGroups(el)
        .filter((g) => !g.classList.contains('dimmed'))
        .map(idOf),
    ).to.deep.equal(['p:C11Z', 'c:ES']);
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
    expect(
      nodeGroups(el).every(
        (g) => rectOf(g).getAttribute('role') === 'button' && rectOf(g).getAttribute('tabindex') !== null,
      ),
    ).to.equal(true);
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

  it('clicking a node fires trade-select; "Autres" or a link does not, and the chart keeps its tab stop', async () => {
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
    other.dispatchEvent(
      new CustomEvent('trade-select', {
        detail: { kind: 'country', code: 'DE', label: 'Allemagne' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    other.remove();
    expect(el.selected).to.equal('DE');
    const de = group(el, 'c:DE');
    expect(de.classList.contains('selected')).to.equal(true);
    expect(rectOf(de).getAttribute('aria-pressed')).to.equal('true');
    expect(de.classList.contains('dimmed')).to.equal(false);
    const lit = links(el).filter((l) => !l.classList.contains('dimmed'));
    expect(lit.length).to.be.greaterThan(0);
    expect(lit.every((l) => l.dataset.key!.endsWith('>c:DE'))).to.equal(true);
    expect(group(el, 'c:ES').classList.contains('dimmed')).to.equal(true);
  });

  it('the selected attribute does the same, for products too', async () => {
    const el = await mount(html`<trade-sankey src=${RICH} flow="import" selected="C30C"></trade-sankey>`);
    expect(group(el, 'p:C30C').classList.contains('selected')).to.equal(true);
    expect(
      links(el)
        .filter((l) => !l.classList.contains('dimmed'))
        .every((l) => l.dataset.key!.endsWith('>p:C30C')),
    ).to.equal(true);
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

  it('the red flows stand out from the grey ones by lightness too (contrast ≥ 3:1), in light and dark', async () => {
    const rgb = (c: string) =>
      c
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const theme of ['light', 'dark']) {
      const el = await mount(html`<trade-sankey src=${RICH} theme=${theme}></trade-sankey>`);
      const page = getComputedStyle(q(el, '.root')).backgroundColor;
      const bg = page === 'rgba(0, 0, 0, 0)' ? [255, 255, 255] : rgb(page);
      // A stroke as seen: its colour at its opacity over the background.
      const seen = (path: Element) => {
        const cs = getComputedStyle(path);
        const a = Number(cs.strokeOpacity);
        return lum(rgb(cs.stroke).map((v, i) => v * a + bg[i] * (1 - a)));
      };
      const red = seen(q(el, 'path.link-highlight'));
      const grey = seen(qa(el, 'path.link').find((p) => !p.classList.contains('link-highlight'))!);
      const contrast = (Math.max(red, grey) + 0.05) / (Math.min(red, grey) + 0.05);
      expect(contrast, theme).to.be.at.least(3);
    }
  });

  it('a summary sentence names the total and the red flows', async () => {
    const el = await mount(html`<trade-sankey department="32" base-url=${FIXTURES}></trade-sankey>`);
    const id = q(el, '[part="chart"]').getAttribute('aria-describedby')!;
    expect(text(shadow(el).getElementById(id))).to.equal(
      `Gers, 2024${NB}: 300,0${NB}M€ d’exportations. Les 4 principaux flux, en rouge${NB}: Boissons vers Espagne ` +
        `(120,0${NB}M€) ; Boissons vers Etats-Unis (80,0${NB}M€) ; Produits de la culture et de l’élevage vers ` +
        `Espagne (60,0${NB}M€) ; Viande et produits à base de viande vers Allemagne (40,0${NB}M€).`,
    );
  });
});

// --- The demo data (public/data, served at /data/) --------------------------------------

describe('on the demo data', () => {
  it('Gers: exports and imports, with the report’s captions', async () => {
    const el = await mount(html`<trade-sankey department="32" flow="export"></trade-sankey>`);
    expect(el.state).to.equal('ready');
    expect(caption(el)).to.equal(
      `Total des exportations${NB}: 593,3${NB}M€ / soit 1,2${NN}% de la valeur exportée par la région Occitanie / ` +
        `soit 0,10${NN}% de la valeur exportée au niveau national`,
    );
    const data = await raw(el.dataUrl!);
    const exp = expected(data, 'export');
    expect(column(el, 'left')).to.deep.equal(exp.left);
    expect(column(el, 'right')).to.deep.equal(exp.right);
    expect(
      qa<SVGElement>(el, '[part~="link-highlight"]')
        .map((l) => l.dataset.key)
        .sort(),
    ).to.deep.equal([...exp.red].sort());
    expect(tableRows(el)).to.have.length(exp.links.size);
    allInside(el);
    noNaN(el);
    const imp = await mount(html`<trade-sankey department="32" flow="import"></trade-sankey>`);
    expect(caption(imp)).to.equal(
      `Total des importations${NB}: 684,6${NB}M€ / soit 1,8${NN}% de la valeur importée par la région Occitanie / ` +
        `soit 0,10${NN}% de la valeur importée au niveau national`,
    );
    const impExp = expected(await raw(imp.dataUrl!), 'import');
    expect(column(imp, 'left')).to.deep.equal(impExp.left);
    expect(column(imp, 'right')).to.deep.equal(impExp.right);
  });

  it('Occitanie and France: the comparison charts', async () => {
    const reg = await mount(html`<trade-sankey region="76"></trade-sankey>`);
    expect(text(q(reg, '[part="title"]'))).to.equal('Flux à l’export, Occitanie (en valeur, 2024)');
    expect(caption(reg)).to.equal(
      `Total des exportations${NB}: 49${NN}453,9${NB}M€ / soit 8,5${NN}% de la valeur exportée au niveau national`,
    );
    const fr = await mount(html`<trade-sankey level="france" flow="import"></trade-sankey>`);
    expect(text(q(fr, '[part="title"]'))).to.equal('Flux à l’import, France entière (en valeur, 2024)');
    expect(caption(fr)).to.equal(`Total des importations${NB}: 684${NN}776,3${NB}M€`);
    for (const el of [reg, fr]) {
      expect(column(el, 'left')).to.have.length(11);
      expect(column(el, 'right')).to.have.length(11);
      allInside(el);
    }
    await expect(reg).to.be.accessible();
  });
});
