/**
 * `<trade-treemap>` in a real browser: tile and compartment areas are measured on
 * the drawn DOM, label boxes (`getBBox`) against their tiles, and the table,
 * tooltip, keyboard, events, parts, states and accessibility are checked on
 * hand-written files and on the demo data.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { FlowTriple } from '../../../data/contract.ts';
import { clearCache } from '../../../data/loader.ts';
import { makeData } from '../../../../test/helpers/data.ts';
import { FIXTURES, q, qa, shadow, tableRows, text, waitForState } from '../../../../test/helpers/dom.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
import { fr } from '../../../data/i18n/fr.ts';
import { validateTradeData } from '../../../data/validate.ts';
import { canvasMeasure } from '../../base/environment.ts';
import { expectedHeight, layoutTreemap } from '../layout.ts';
import { treemapModel } from '../model.ts';
import { treemapWords } from '../texts.ts';
import '../trade-treemap.ts';
import type { TradeTreemap } from '../trade-treemap.ts';

const NB = '\u00a0'; // before M€
const NN = '\u202f'; // before %
const M = 1_000_000;

/** 14 products with real (long) A129 labels. */
const LABELS: Record<string, string> = {
  C11Z: 'Boissons',
  C20A: 'Produits chimiques de base, produits azotés, matières plastiques et caoutchouc synthétique',
  A01Z: 'Produits de la culture et de l’élevage',
  C10A: 'Viande et produits à base de viande',
  C30C: 'Produits de la construction aéronautique et spatiale',
  C28A: "Machines et équipements d'usage général",
  C10B: 'Préparations et conserves à base de poisson et de produits de la pêche',
  C25E: 'Coutellerie, outillage, quincaillerie et ouvrages divers en métaux',
  C10J: 'Produits laitiers',
  C32A: 'Articles de joaillerie et bijouterie, instruments de musique',
  C26F: 'Équipements électromédicaux de diagnostic et de traitement',
  B05Z: 'Houille',
  A02Z: 'Produits sylvicoles',
  C23B: 'Matériaux de construction et produits minéraux divers',
};
const CODES = Object.keys(LABELS);
/** Exports: 14 products (so 10 + "Autres (4 produits)"); imports: 6, three of them also exported. */
const EXPORTS: Record<string, number> = Object.fromEntries(
  CODES.map((c, i) => [c, [200, 120, 60, 40, 30, 25, 20, 18, 15, 12, 10, 8, 5, 2][i] * M]),
);
const IMPORTS: Record<string, number> = {
  A01Z: 150 * M,
  C10A: 90 * M,
  C30C: 40 * M,
  C28A: 30 * M,
  C10B: 20 * M,
  C25E: 5 * M,
};
const triples = (values: Record<string, number>): FlowTriple[] => Object.entries(values).map(([c, v]) => [c, 'ES', v]);
const MANY = makeData({
  products: LABELS,
  countries: { ES: 'Espagne' },
  export: triples(EXPORTS),
  import: triples(IMPORTS),
});

/** A widget of a given width, given its data as a property. */
async function mount(
  data: Record<string, unknown>,
  width = 900,
  attrs: Record<string, string> = {},
): Promise<TradeTreemap> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('trade-treemap');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  wrap.append(el);
  await waitForState(el, ['ready', 'empty']);
  return el;
}

/** A widget loading its data from attributes. */
async function load(attrs: string, width = 900): Promise<TradeTreemap> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrap.innerHTML = `<trade-treemap ${attrs}></trade-treemap>`;
  const el = wrap.querySelector('trade-treemap')!;
  await waitForState(el, ['ready', 'empty']);
  // A department's or a region's treemap compares with France's file, loaded after it is drawn.
  const compared = () => (el as unknown as { france?: unknown }).france !== undefined;
  for (let i = 0; i < 300 && el.data?.territory.level !== 'france' && !compared(); i++) await sleep(10);
  await el.updateComplete;
  return el;
}

const tiles = (el: TradeTreemap, sel = '') => qa<SVGGElement>(el, `g[data-key]${sel}`);
const tile = (el: TradeTreemap, key: string) => q<SVGGElement>(el, `g[data-key="${key}"]`);
const rectOf = (g: SVGGElement) => g.querySelector<SVGRectElement>('rect.fill')!;
/**
 * A tile's label: the text right after the tile, hidden from assistive technology
 * (the tile's aria-label says it all).
 */
const labelOf = (el: TradeTreemap, key: string) =>
  shadow(el).querySelector<SVGTextElement>(`g[data-key="${key}"] + text`);
const area = (g: SVGGElement) => {
  const r = rectOf(g).getBBox();
  return r.width * r.height;
};
const headers = (el: TradeTreemap) => qa(el, 'text.head').map(text);
const tip = (el: TradeTreemap) => q<HTMLElement>(el, '[part="tooltip"]');
/** The tooltip's lines as [term, value] pairs. */
const tipPairs = (el: TradeTreemap) => {
  const cells = [...tip(el).querySelectorAll('dt, dd')].map(text);
  return cells.flatMap((c, i) => (i % 2 ? [] : [[c, cells[i + 1]]]));
};
const hover = async (el: TradeTreemap, key: string) => {
  tile(el, key).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  await el.updateComplete;
};
const key = (el: TradeTreemap, k: string) => {
  shadow(el).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
  return el.updateComplete.then(() => el.updateComplete);
};

/** Area per euro is one constant over every tile of both compartments (within 1 %). */
function expectProportional(
  el: TradeTreemap,
  values: { import?: Record<string, number>; export?: Record<string, number> },
) {
  const ratios: [string, number][] = [];
  for (const g of tiles(el, ':not(.other)')) {
    const [flow, code] = g.dataset.key!.split(':') as ['import' | 'export', string];
    ratios.push([g.dataset.key!, area(g) / values[flow]![code]]);
  }
  expect(ratios.length).to.be.greaterThan(1);
  const mean = ratios.reduce((s, [, r]) => s + r, 0) / ratios.length;
  for (const [k, r] of ratios) expect(Math.abs(r / mean - 1), `${k}: ${r} px²/€ vs ${mean}`).to.be.below(0.01);
  return mean;
}

/** Every label's box lies inside its tile; every text inside the SVG; no NaN. */
function expectNoOverflow(el: TradeTreemap) {
  const svgEl = q<SVGSVGElement>(el, '.chart svg');
  const W = Number(svgEl.getAttribute('width'));
  const H = Number(svgEl.getAttribute('height'));
  let labels = 0;
  for (const g of tiles(el)) {
    const t = labelOf(el, g.dataset.key!);
    if (!t) continue;
    labels++;
    const r = rectOf(g).getBBox();
    const b = t.getBBox();
    const textBox = `[${b.x}, ${b.y}, ${b.x + b.width}, ${b.y + b.height}]`;
    const tileBox = `[${r.x}, ${r.y}, ${r.x + r.width}, ${r.y + r.height}]`;
    const what = `"${text(t)}" ${textBox} in ${g.dataset.key} ${tileBox}`;
    expect(b.x, what).to.be.at.least(r.x);
    expect(b.y, what).to.be.at.least(r.y);
    expect(b.x + b.width, what).to.be.at.most(r.x + r.width);
    expect(b.y + b.height, what).to.be.at.most(r.y + r.height);
  }
  for (const t of qa<SVGTextElement>(el, '.chart svg text, .chart svg rect')) {
    const b = t.getBBox();
    expect(b.x, text(t)).to.be.at.least(-0.5);
    expect(b.x + b.width, text(t)).to.be.at.most(W + 0.5);
    expect(b.y, text(t)).to.be.at.least(-0.5);
    expect(b.y + b.height, text(t)).to.be.at.most(H + 0.5);
  }
  for (const n of qa(el, '.chart svg *'))
    for (const a of n.getAttributeNames()) expect(n.getAttribute(a), `${n.tagName} ${a}`).not.to.contain('NaN');
  return labels;
}

/**
 * Tiles whose label takes two lines or more: the lines, joined with single spaces,
 * give the start of the tile's full label (`labelFor` its code), once the share
 * (" — 12 %" at the end, or a line of its own) and a final "…" are taken off; the
 * whole label when nothing was cut. So every line break falls at a space of the
 * label, never inside a word; only the text cut with "…" may end inside one (a
 * word longer than the tile). Returns the wrapped labels, "key: line | line".
 */
function expectWrappedOnWords(el: TradeTreemap, labelFor: (code: string) => string | undefined): string[] {
  const share = `\\d+(,\\d+)?${NN}%`;
  const wrapped: string[] = [];
  for (const g of tiles(el)) {
    const t = labelOf(el, g.dataset.key!);
    const lines = t ? [...t.querySelectorAll('tspan')].map((s) => s.textContent) : [];
    if (lines.length < 2) continue;
    const label = labelFor(g.dataset.key!.split(':')[1])!;
    const what = `${g.dataset.key}: ${JSON.stringify(lines)} for "${label}"`;
    expect(label, what).to.be.a('string');
    wrapped.push(`${g.dataset.key}: ${lines.join(' | ')}`);
    // No empty line, no space at either end or doubled.
    for (const l of lines) expect(l, what).to.match(/^[^ ]+( [^ ]+)*$/);
    // The share: a line of its own, or after " — " (the label whole) or a space (after "…").
    const body = [...lines];
    if (new RegExp(`^${share}$`).test(body.at(-1)!)) body.pop();
    else body.push(body.pop()!.replace(new RegExp(`( —)? ${share}$`), ''));
    const cut = body.at(-1)!.endsWith('…');
    if (cut) body.push(body.pop()!.slice(0, -1));
    expect(body.length, what).to.be.greaterThan(0);
    expect(body.join('').includes('…'), what).to.equal(false);
    const joined = body.join(' ');
    expect(label.startsWith(joined), `${what}: "${joined}" does not start the label`).to.equal(true);
    if (!cut) expect(joined, what).to.equal(label);
    // Each break: the label has a space there, and the next line starts a word.
    let at = 0;
    for (const l of body.slice(0, -1)) {
      at += l.length;
      expect(label[at], `${what}: break after "${label.slice(0, at)}"`).to.equal(' ');
      at += 1;
    }
  }
  return wrapped;
}

/**
 * Labels cut with "…" inside a word although that word, alone, fits the tile
 * (measured on an SVG text of the tile's font size; the tile keeps about 6 px of
 * padding each side): "key: text…, "word" fits". Only a word wider than the tile may be cut,
 * or, as a last resort, the first word when it does not fit beside the share ("Boiss… 3 %").
 */
function midWordCuts(el: TradeTreemap, labelFor: (code: string) => string | undefined): string[] {
  const svgEl = q<SVGSVGElement>(el, '.chart svg');
  const width = (s: string, fontSize: string) => {
    const t = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    t.setAttribute('font-size', fontSize);
    t.textContent = s;
    svgEl.append(t);
    const w = t.getComputedTextLength();
    t.remove();
    return w;
  };
  const found: string[] = [];
  for (const g of tiles(el)) {
    const t = labelOf(el, g.dataset.key!);
    const all = t ? [...t.querySelectorAll('tspan')].map((s) => s.textContent) : [];
    // The label's lines, without the share (the last line, or after the "…").
    const share = all.at(-1)?.match(new RegExp(`\\d+(,\\d+)?${NN}%$`))?.[0] ?? '';
    const lines = [...all];
    if (lines.at(-1) === share) lines.pop();
    else if (lines.length) lines.push(lines.pop()!.replace(` ${share}`, ''));
    if (!t || !lines.at(-1)?.endsWith('…')) continue;
    const label = labelFor(g.dataset.key!.split(':')[1])!;
    const shown = lines.join(' ').slice(0, -1);
    // Cut inside a word: the label goes on with a letter where the text stops.
    if (!label.startsWith(shown) || /[\s,;:–—-]/.test(label[shown.length] ?? ' ') || / $/.test(shown)) continue;
    const start = shown.lastIndexOf(' ') + 1;
    const word = label.slice(start).split(' ')[0];
    const room = rectOf(g).getBBox().width - 14;
    const fontSize = t.getAttribute('font-size')!;
    const firstWordBesideShare = start === 0 && all.at(-1) !== share && width(`${word} ${share}`, fontSize) > room;
    if (width(word, fontSize) <= room && !firstWordBesideShare)
      found.push(`${g.dataset.key}: "${all.join(' | ')}", "${word}" fits`);
  }
  return found;
}

/**
 * Every tile readable without its tooltip (as in print or in a PNG): its text, the
 * start of its label (whole, or shortened with "…") and its share, or the share
 * alone; else a number drawn in it when it fits, and for every numbered tile a
 * line of the key under the chart, "3. Métaux non ferreux — 0,97 %", hidden from
 * assistive technology. The labels come from `labelFor`, the shares from the
 * table, whose rows are in the tiles' order. Returns the numbered tiles' keys.
 */
function expectReadable(el: TradeTreemap, labelFor: (code: string) => string): string[] {
  const shares = tableRows(el)
    .filter((row) => !row[0].startsWith('Total'))
    .map((row) => row[3]);
  const keyText = qa(el, '.key text')
    .map((t) => t.textContent)
    .join(' ');
  const keyed: string[] = [];
  tiles(el).forEach((g, index) => {
    const key = g.dataset.key!;
    const label = labelFor(key.split(':')[1]);
    const share = shares[index];
    const t = labelOf(el, key);
    if (t && !t.classList.contains('number')) {
      const lines = [...t.querySelectorAll('tspan')].map((span) => span.textContent);
      const all = lines.join(' ');
      expect(all.endsWith(share), `${key}: "${all}" ends with its share, ${share}`).to.equal(true);
      const shown = all.slice(0, -share.length).trimEnd().replace(/ —$/, '').replace(/…$/, '');
      expect(label.startsWith(shown), `${key}: "${all}" starts "${label}"`).to.equal(true);
    } else {
      // The number drawn in the tile, or (too small even for it) none, and its line in the key.
      const entry = t ? `${t.textContent}. ${label} — ${share}` : `. ${label} — ${share}`;
      expect(keyText, `${key} in the key`).to.include(entry);
      keyed.push(key);
    }
  });
  const keyGroup = shadow(el).querySelector('.key');
  expect(keyGroup?.getAttribute('aria-hidden') ?? null).to.equal(keyed.length ? 'true' : null);
  // One entry per numbered tile, numbered 1, 2, 3…
  expect(keyText.match(/(^| )\d+\. /g)?.map((n) => parseInt(n.trim())) ?? []).to.deep.equal(keyed.map((_, i) => i + 1));
  return keyed;
}

beforeEach(() => {
  clearCache();
});

describe('trade-treemap: geometry', () => {
  for (const width of [320, 600, 900, 1200]) {
    it(`${width} px: tile areas ∝ values, compartments ∝ totals, no text overflows`, async () => {
      const el = await mount(MANY, width);
      const mean = expectProportional(el, { import: IMPORTS, export: EXPORTS });
      // Compartments: the sum of their tiles, "Autres" included, in the ratio of the flow totals.
      const sum = (flow: string) => tiles(el, `.${flow}`).reduce((s, g) => s + area(g), 0);
      const totals = (MANY as any).totals;
      expect(Math.abs(sum('export') / sum('import') / (totals.export / totals.import) - 1)).to.be.below(0.01);
      expect(Math.abs(sum('export') / totals.export / mean - 1)).to.be.below(0.01);
      expect(expectNoOverflow(el)).to.be.greaterThan(3);
      expect(Number(q(el, '.chart svg').getAttribute('width'))).to.equal(width);
    });
  }

  it('side by side when wide (imports left), stacked when narrow', async () => {
    const wide = await mount(MANY, 900);
    const [wi, we] = [tile(wide, 'import:A01Z').getBBox(), tile(wide, 'export:C11Z').getBBox()];
    expect(wi.x + wi.width).to.be.below(we.x);
    const narrow = await mount(MANY, 320);
    const imp = tiles(narrow, '.import').map((g) => g.getBBox());
    const exp = tiles(narrow, '.export').map((g) => g.getBBox());
    const bottom = Math.max(...imp.map((b) => b.y + b.height));
    expect(Math.min(...exp.map((b) => b.y))).to.be.above(bottom + 10);
    expect(Math.max(...exp.map((b) => b.x + b.width))).to.be.closeTo(320, 0.01);
  });

  it('the compartment headers name each flow and its total, above the tiles', async () => {
    const el = await load(`department="32" base-url=${FIXTURES}`);
    expect(headers(el)).to.deep.equal([`Importations — 215,0${NB}M€`, `Exportations — 300,0${NB}M€`]);
    const head = qa<SVGTextElement>(el, 'text.head')[1].getBBox();
    expect(head.y + head.height).to.be.at.most(tile(el, 'export:C11Z').getBBox().y);
  });

  it('tiles show "label — share" when large enough, a number keyed under the chart when too small', async () => {
    const el = await load(`department="32" base-url=${FIXTURES}`);
    expect(text(labelOf(el, 'export:C11Z'))).to.equal(`Boissons — 67${NN}%`);
    expect(shadow(el).querySelector('.key'), 'no key when every tile has its text').to.equal(null);
    // Narrow: long labels wrap on words; small tiles have a number (or none when not even it fits),
    // and a line in the key, rather than text overflowing.
    const narrow = await mount(MANY, 320);
    const lines = [...labelOf(narrow, 'export:C20A')!.querySelectorAll('tspan')].map(text);
    expect(lines.length).to.be.greaterThan(1);
    for (const l of lines)
      expect(LABELS.C20A + ` — ${NN}%`, l).to.satisfy(
        (s: string) => l.endsWith('…') || l.endsWith('%') || s.includes(l),
      );
    expect(qa(narrow, 'text.number').length).to.be.greaterThan(0);
    expect(qa(narrow, '.key text').length).to.be.at.least(qa(narrow, 'text.number').length);
    expectReadable(narrow, (code) => (code === '__other__' ? 'Autres' : LABELS[code]));
    expectNoOverflow(narrow);
  });
});

describe('trade-treemap: word wrapping', () => {
  const label = (code: string) => (code === '__other__' ? 'Autres' : LABELS[code]);
  for (const width of [320, 600, 900, 1200]) {
    it(`${width} px: wrapped labels break at spaces, and their lines give the start of the label`, async () => {
      const el = await mount(MANY, width);
      const wrapped = expectWrappedOnWords(el, label);
      // Long A129 labels at any of these widths wrap somewhere.
      expect(wrapped.length, wrapped.join('\n')).to.be.greaterThan(0);
    });
  }

  // Once cut mid-word ("Viande | et | produits | à base | de via…" at 320 px): truncate()
  // now goes back to a word boundary.
  it('a label cut with "…" stops at a word boundary, unless the word is wider than the tile', async () => {
    const cuts: string[] = [];
    for (const width of [320, 600, 900, 1200])
      cuts.push(...midWordCuts(await mount(MANY, width), label).map((c) => `${width} px ${c}`));
    expect(cuts, cuts.join('\n')).to.deep.equal([]);
  });
});

describe('trade-treemap: grouping and states', () => {
  it('gathers the products beyond `limit` in one "Autres" tile per flow, focusable, not selectable', async () => {
    const el = await mount(MANY, 900);
    expect(tiles(el, '.export').length).to.equal(11);
    expect(tiles(el, '.import').length).to.equal(6);
    const other = tile(el, 'export:__other__');
    expect(other.getAttribute('part')).to.equal('tile-export tile-other');
    expect(other.getAttribute('aria-label')).to.equal(
      `Autres (4 produits), exportations${NB}: 25,0${NB}M€, 4,4${NN}% des exportations`,
    );
    expect(other.getAttribute('aria-disabled')).to.equal('true');
    await hover(el, 'export:__other__');
    expect(text(tip(el).querySelector('strong'))).to.equal('Autres (4 produits)');
    expect(tipPairs(el)).to.deep.equal([
      ['Exportations', `25,0${NB}M€`],
      ['Part des exportations', `4,4${NN}%`],
    ]);
    let fired = false;
    el.addEventListener('trade-select', () => (fired = true));
    other.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(fired).to.equal(false);
    expect(el.selected).to.equal(undefined);
    // limit="3": three products and the rest.
    el.limit = 3;
    await el.updateComplete;
    expect(tiles(el, '.export').map((g) => g.dataset.key)).to.deep.equal([
      'export:C11Z',
      'export:C20A',
      'export:A01Z',
      'export:__other__',
    ]);
    expect(tile(el, 'export:__other__').getAttribute('aria-label')).to.contain('Autres (11 produits)');
  });

  it('a department with no imports draws only the exports compartment, and says why', async () => {
    const el = await mount(
      makeData({
        export: [
          ['C11Z', 'ES', 5 * M],
          ['A01Z', 'ES', 3 * M],
        ],
        import: [],
      }),
      600,
    );
    expect(el.state).to.equal('ready');
    expect(tiles(el, '.import')).to.have.length(0);
    expect(tiles(el, '.export')).to.have.length(2);
    expect(headers(el)).to.deep.equal([`Exportations — 8,0${NB}M€`]);
    expect(text(q(el, 'text.note'))).to.equal('Aucune importation en 2024');
    expect(q(el, '.sr-only[id$="-summary"]').textContent).to.equal(
      `Gers, 2024${NB}: exportations 8,0${NB}M€, d’abord Boissons (63${NN}%) ; aucune importation.`,
    );
    expectNoOverflow(el);
    await expect(el).to.be.accessible();
    // Asking for the imports only: the empty state explains.
    const imports = await mount(makeData({ export: [['C11Z', 'ES', 5 * M]], import: [] }), 600, { flow: 'import' });
    expect(imports.state).to.equal('empty');
    expect(text(q(imports, '[part="empty"]'))).to.equal('Aucune importation enregistrée pour Gers en 2024.');
  });

  it('no trade at all: the empty state, no chart', async () => {
    const el = await mount(makeData({ export: [], import: [] }));
    expect(el.state).to.equal('empty');
    expect(text(q(el, '[part="empty"]'))).to.equal('Aucun échange de marchandises enregistré pour Gers en 2024.');
    expect(shadow(el).querySelector('svg')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('one product only: one tile filling the compartment, 100 %', async () => {
    const el = await mount(makeData({ export: [['C11Z', 'ES', 7 * M]], import: [] }), 600, { flow: 'export' });
    expect(tiles(el)).to.have.length(1);
    expect(text(labelOf(el, 'export:C11Z'))).to.equal(`Boissons — 100${NN}%`);
    expect(rectOf(tile(el, 'export:C11Z')).getBBox().width).to.equal(600);
    expect(tableRows(el)).to.deep.equal([
      ['Boissons', 'Exportations', `7,0${NB}M€`, `100${NN}%`],
      ['Total des exportations', 'Exportations', `7,0${NB}M€`, `100${NN}%`],
    ]);
  });

  it('flow="export" draws one compartment, with its own title', async () => {
    const el = await load(`flow="export" department="32" base-url=${FIXTURES}`);
    expect(tiles(el, '.import')).to.have.length(0);
    expect(tiles(el, '.export')).to.have.length(3);
    expect(headers(el)).to.deep.equal([`Exportations — 300,0${NB}M€`]);
    expect(text(q(el, '[part="title"]'))).to.equal('Principales activités à l’export, Gers (2024)');
    // The tooltip still gives the other flow's value.
    await hover(el, 'export:A01Z');
    expect(tipPairs(el)).to.deep.include(['Importations', `30,0${NB}M€`]);
  });

  // The skeleton is the tiles' height and the usual height of the key of numbered tiles under them
  // (none at 900 px; a long one at 320 px). This chart, three products a flow, needs no key; the Gers'
  // demo chart, at 320 px, needs one of several lines.
  it('shows a skeleton of about the chart’s height while loading', async () => {
    const skeletonAndChart = async (path: string, width: number) => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><trade-treemap src="/__test/delay/300/${path}"></trade-treemap></div>`,
      );
      const el = wrap.querySelector('trade-treemap')!;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      const skeleton = q<HTMLElement>(el, '.skeleton').getBoundingClientRect().height;
      await waitForState(el, 'ready');
      return [skeleton, Number(q(el, '.chart svg').getAttribute('height')), qa(el, '.key text').length];
    };
    expect(await skeletonAndChart('test/fixtures/data/2024/departments/32.json', 900)).to.deep.equal([520, 520, 0]);
    const [skeleton, chart, keyLines] = await skeletonAndChart('data/2024/departments/32.json', 320);
    expect(keyLines).to.be.greaterThan(4);
    expect(Math.abs(skeleton - chart), `${skeleton} px for ${chart} px`).to.be.below(50);
  });

  it('an unreachable file shows the error state', async () => {
    const el = await fixture<TradeTreemap>(html`<trade-treemap src="/test/fixtures/data/nope.json"></trade-treemap>`);
    await waitForState(el, 'error');
    expect(text(q(el, '[role="alert"]'))).to.contain('HTTP 404');
  });
});

describe('trade-treemap: text, table, accessibility', () => {
  it('titles as the report', async () => {
    const gers = await load(`department="32" base-url=${FIXTURES}`);
    expect(text(q(gers, '[part="title"]'))).to.equal('Principales activités à l’import et à l’export, Gers (2024)');
    const france = await load(`level="france" base-url=${FIXTURES}`);
    expect(text(q(france, '[part="title"]'))).to.equal(
      'Principales activités à l’import et à l’export, France entière (2024)',
    );
  });

  it('the table lists per flow the products, "Autres" and the total, with the chart’s numbers', async () => {
    const el = await load(`department="32" base-url=${FIXTURES}`);
    // Against France (fixture: exports C30C 90, C11Z 10 G€; imports C30C 70 G€): France's share of each
    // product in its flow, and the ratio of the Gers's share to it (1 decimal, ◆ above 2); "–" where
    // France has none of the product.
    expect(tableRows(el, 'thead')).to.deep.equal([
      ['Produit', 'Flux', 'Valeur', 'Part du flux', 'Part du flux en France', 'Indice de spécialisation'],
    ]);
    expect(tableRows(el)).to.deep.equal([
      [
        'Produits de la construction aéronautique et spatiale',
        'Importations',
        `150,0${NB}M€`,
        `70${NN}%`,
        `100${NN}%`,
        // (150 / 215) / (70 / 70)
        '0,7',
      ],
      ["Machines et équipements d'usage général", 'Importations', `35,0${NB}M€`, `16${NN}%`, '–', '–'],
      ['Produits de la culture et de l’élevage', 'Importations', `30,0${NB}M€`, `14${NN}%`, '–', '–'],
      ['Total des importations', 'Importations', `215,0${NB}M€`, `100${NN}%`, '–', '–'],
      // (200 / 300) / (10 / 100)
      ['Boissons', 'Exportations', `200,0${NB}M€`, `67${NN}%`, `10${NN}%`, '◆ 6,7'],
      ['Produits de la culture et de l’élevage', 'Exportations', `60,0${NB}M€`, `20${NN}%`, '–', '–'],
      ['Viande et produits à base de viande', 'Exportations', `40,0${NB}M€`, `13${NN}%`, '–', '–'],
      ['Total des exportations', 'Exportations', `300,0${NB}M€`, `100${NN}%`, '–', '–'],
    ]);
    // The marked tile, and the key under the chart.
    expect(qa(el, 'text.mark')).to.have.length(1);
    expect(text(q(el, '[part="caption"]'))).to.match(/^◆\u00a0: indice de spécialisation supérieur à 2/);
    const many = await mount(MANY);
    const rows = tableRows(many).filter((r) => r[1] === 'Exportations');
    expect(rows.at(-2)).to.deep.equal(['Autres (4 produits)', 'Exportations', `25,0${NB}M€`, `4,4${NN}%`]);
    expect(rows.at(-1)).to.deep.equal(['Total des exportations', 'Exportations', `565,0${NB}M€`, `100${NN}%`]);
    // Kept products + "Autres" = the flow's total.
    const sum = qa(many, 'table tbody tr')
      .filter((tr) => text(tr.children[1]) === 'Exportations' && !text(tr.children[0]).startsWith('Total'))
      .reduce(
        (s, tr) =>
          s +
          Number(
            text(tr.children[2])
              .replace(/[^\d,]/g, '')
              .replace(',', '.'),
          ),
        0,
      );
    expect(sum).to.be.closeTo(565, 1e-9);
  });

  it('one summary sentence; tiles labelled with the full information', async () => {
    const el = await load(`department="32" base-url=${FIXTURES}`);
    const chart = q(el, '[part="chart"]');
    expect(text(shadow(el).getElementById(chart.getAttribute('aria-describedby')!))).to.equal(
      `Gers, 2024${NB}: exportations 300,0${NB}M€, d’abord Boissons (67${NN}%) ; importations 215,0${NB}M€, ` +
        `d’abord Produits de la construction aéronautique et spatiale (70${NN}%).`,
    );
    const t = tile(el, 'import:A01Z');
    expect(t.getAttribute('role')).to.equal('button');
    expect(t.getAttribute('aria-label')).to.equal(
      `Produits de la culture et de l’élevage, importations${NB}: 30,0${NB}M€, 14${NN}% des importations ; ` +
        `exportations${NB}: 60,0${NB}M€`,
    );
  });

  it('speaks English', async () => {
    const el = await load(`lang="en" department="32" base-url=${FIXTURES}`);
    expect(text(q(el, '[part="title"]'))).to.equal('Main activities imported and exported, Gers (2024)');
    expect(headers(el)).to.deep.equal(['Imports — €215.0M', 'Exports — €300.0M']);
    expect(tableRows(el, 'thead')).to.deep.equal([
      ['Product', 'Flow', 'Value', 'Share of flow', 'Share of the flow in France', 'Specialisation index'],
    ]);
    expect(tableRows(el).at(-1)).to.deep.equal(['Total of exports', 'Exports', '€300.0M', '100%', '–', '–']);
    await hover(el, 'export:C11Z');
    expect(tipPairs(el)).to.deep.equal([
      ['Exports', '€200.0M'],
      ['Share of exports', '67%'],
      ['Imports', '€0'],
      ['Share of the flow in France', '10%'],
      ['Specialisation index', '◆ 6.7'],
    ]);
    expect(text(q(el, '.sr-only[id$="-summary"]'))).to.match(
      /^Gers, 2024: exports €300\.0M, led by Beverages \(67%\); imports/,
    );
    const single = await load(`lang="en" flow="import" department="32" base-url=${FIXTURES}`);
    expect(text(q(single, '[part="title"]'))).to.equal('Main activities imported, Gers (2024)');
  });

  it('is axe-clean: both flows, one flow, narrow, dark, with a selection', async () => {
    for (const el of [
      await load(`department="32" base-url=${FIXTURES}`),
      await load(`flow="export" region="76" base-url=${FIXTURES}`, 600),
      await mount(MANY, 320),
      await mount(MANY, 900, { theme: 'dark', selected: 'A01Z' }),
    ]) {
      await expect(el).to.be.accessible();
    }
  });

  it('labels have AA contrast on their tiles, in light and dark themes', async () => {
    // Computed colours come as rgb(0–255) or, from color-mix(), as color(srgb 0–1).
    const lum = (c: string) => {
      const unit = c.startsWith('color(') ? 1 : 255;
      const [r, g, b] = c
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map((v) => {
          const s = Number(v) / unit;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    for (const theme of ['light', 'dark']) {
      const el = await mount(MANY, 900, { theme });
      for (const g of tiles(el).filter((g) => labelOf(el, g.dataset.key!))) {
        const fill = getComputedStyle(rectOf(g)).fill;
        const label = getComputedStyle(labelOf(el, g.dataset.key!)!).fill;
        expect(ratio(fill, label), `${theme} ${g.dataset.key}: ${label} on ${fill}`).to.be.at.least(4.5);
      }
    }
  });
});

describe('trade-treemap: interaction', () => {
  it('a click fires trade-select with the product; the product is highlighted in both compartments', async () => {
    const el = await load(`department="32" base-url=${FIXTURES}`);
    const selected = oneEvent(el, 'trade-select');
    tile(el, 'export:A01Z').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = await selected;
    expect(detail).to.deep.equal({
      kind: 'product',
      code: 'A01Z',
      label: 'Produits de la culture et de l’élevage',
      flow: 'export',
    });
    await el.updateComplete;
    expect(tiles(el, '.selected').map((g) => g.dataset.key)).to.deep.equal(['import:A01Z', 'export:A01Z']);
    expect(tiles(el, '.dimmed')).to.have.length(4);
    // Dimmed tiles keep readable labels: the text colour, not white on a pale tile.
    expect(getComputedStyle(labelOf(el, 'export:C11Z')!).fill).to.equal('rgb(22, 22, 22)');
    // Another widget's selection (a country code) dims nothing.
    document.dispatchEvent(
      new CustomEvent('trade-select', { detail: { kind: 'country', code: 'ES', label: 'Espagne' } }),
    );
    await el.updateComplete;
    expect(el.selected).to.equal('ES');
    expect(tiles(el, '.dimmed')).to.have.length(0);
  });

  it('keyboard: one tab stop, arrows move in value order, Enter selects, the tooltip says the other flow', async () => {
    const el = await load(`department="32" base-url=${FIXTURES}`);
    expect(
      tiles(el)
        .filter((g) => g.getAttribute('tabindex') === '0')
        .map((g) => g.dataset.key),
    ).to.deep.equal(['import:C30C']);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    // Tab past the toolbar's buttons to the chart's one tab stop.
    for (let i = 0; i < 5 && !shadow(el).activeElement?.hasAttribute('data-key'); i++) {
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
    }
    expect(shadow(el).activeElement?.getAttribute('data-key')).to.equal('import:C30C');
    // The focus ring is drawn (SVG outlines are unreliable): the ring rect takes the focus colour.
    expect(getComputedStyle(tile(el, 'import:C30C').querySelector('.ring')!).stroke).to.equal('rgb(10, 118, 246)');
    expect(tip(el).hidden).to.equal(false);
    expect(text(tip(el).querySelector('strong'))).to.equal('Produits de la construction aéronautique et spatiale');
    // Arrows follow the table's order: imports then exports, each by decreasing value.
    const active = () => shadow(el).activeElement?.getAttribute('data-key');
    await key(el, 'ArrowRight');
    expect(active()).to.equal('import:C28A');
    expect(tipPairs(el)).to.deep.include(['Part des importations', `16${NN}%`]);
    await key(el, 'ArrowLeft');
    expect(active()).to.equal('import:C30C');
    await key(el, 'End');
    expect(active()).to.equal('export:C10A');
    await key(el, 'Home');
    expect(active()).to.equal('import:C30C');
    // From the last import tile, the next one is in the exports compartment, to the right.
    await key(el, 'ArrowDown');
    await key(el, 'ArrowDown');
    expect(active()).to.equal('import:A01Z');
    expect(tipPairs(el)).to.deep.include(['Part des importations', `14${NN}%`]);
    expect(tipPairs(el)).to.deep.include(['Exportations', `60,0${NB}M€`]);
    await key(el, 'ArrowRight');
    expect(active()).to.equal('export:C11Z');
    expect(tile(el, 'export:C11Z').getBBox().x).to.be.above(tile(el, 'import:C30C').getBBox().x);
    await key(el, 'ArrowUp');
    expect(active()).to.equal('import:A01Z');
    const chosen = oneEvent(el, 'trade-select');
    await key(el, 'Enter');
    expect((await chosen).detail.code).to.equal('A01Z');
    before.remove();
  });

  it('hovering a tile shows product, value, share and the other flow’s value', async () => {
    const el = await load(`department="32" base-url=${FIXTURES}`);
    await hover(el, 'import:A01Z');
    expect(tip(el).hidden).to.equal(false);
    expect(text(tip(el).querySelector('strong'))).to.equal('Produits de la culture et de l’élevage');
    expect(tipPairs(el)).to.deep.equal([
      ['Importations', `30,0${NB}M€`],
      ['Part des importations', `14${NN}%`],
      ['Exportations', `60,0${NB}M€`],
    ]);
  });

  it('::part(tile-import) and ::part(tile-export) style the tiles from the page', async () => {
    const style = document.createElement('style');
    style.textContent =
      'trade-treemap.parts::part(tile-export) { fill: rgb(1, 2, 3); } ' +
      'trade-treemap.parts::part(tile-import) { fill: rgb(4, 5, 6); }';
    document.head.append(style);
    try {
      const el = await load(`class="parts" department="32" base-url=${FIXTURES}`);
      expect(tiles(el, '[part~="tile-import"]')).to.have.length(3);
      expect(tiles(el, '[part~="tile-export"]')).to.have.length(3);
      expect(getComputedStyle(rectOf(tile(el, 'export:C11Z'))).fill).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(rectOf(tile(el, 'import:C30C'))).fill).to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });
});

describe('trade-treemap on the demo data', () => {
  // The demo data is generated separately (npm run demo-data): without it, these fail rather than skipping.
  before(async () => {
    const index = await fetch('/data/index.json');
    expect(index.ok, 'GET /data/index.json: the demo data is missing (npm run demo-data)').to.equal(true);
  });

  it('Gers: the report’s totals in the compartment headers', async () => {
    const el = await load('department="32"');
    expect(el.state).to.equal('ready');
    expect(headers(el)).to.deep.equal([`Importations — 684,6${NB}M€`, `Exportations — 593,3${NB}M€`]);
    expect(tiles(el, '.export').length).to.be.at.most(11);
    expectNoOverflow(el);
    await expect(el).to.be.accessible();
  });

  it('Gers: the real long labels wrap on words, at 320 and 900 px', async () => {
    for (const width of [320, 900]) {
      const el = await load('department="32"', width);
      expect(el.state).to.equal('ready');
      const products = ((await (await fetch(el.dataUrl!)).json()) as { products: Record<string, string> }).products;
      const wrapped = expectWrappedOnWords(el, (code) => (code === '__other__' ? 'Autres' : products[code]));
      expect(wrapped.length, `${width} px`).to.be.greaterThan(0);
    }
  });
});

describe('trade-treemap: every tile readable, on screen, in print and in the PNG (the demo Gers)', () => {
  const WIDTHS = [320, 375, 760, 1000];
  /** The Gers' demo treemap at a width, and its product names by code ("Autres" for the rest). */
  async function gers(width: number) {
    const el = await load('department="32"', width);
    expect(el.state).to.equal('ready');
    const { products } = (await (await fetch(el.dataUrl!)).json()) as { products: Record<string, string> };
    const labelFor = (code: string) => (code === '__other__' ? 'Autres' : products[code]);
    return { el, labelFor };
  }

  for (const width of WIDTHS) {
    it(`${width} px: each tile shows its label and share, or a number keyed to a list under the chart`, async () => {
      const { el, labelFor } = await gers(width);
      const keyed = expectReadable(el, labelFor);
      expectNoOverflow(el);
      expect(midWordCuts(el, labelFor)).to.deep.equal([]);
      // Narrow, some tiles are too small for any text; at 760 px, the export tiles had none (the issue).
      if (width < 760) expect(keyed.length).to.be.greaterThan(2);
      // The tall narrow tile of the fourth import, once without a label.
      const fourth = tiles(el, '.import')[3];
      if (width >= 760) expect(text(labelOf(el, fourth.dataset.key!))).to.match(/^Télé.*%$/);
    });
  }

  // The key's height depends on the font: the estimate is between those of DejaVu Sans (wide) and of
  // this page's Liberation Serif (narrow, 27 px shorter at 320 px).
  it('the loading placeholder is about as tall as the chart, key included: the median within 30 px', async () => {
    const { territories } = (await (await fetch('/data/index.json')).json()) as {
      territories: Record<'departments' | 'regions', { code: string }[]>;
    };
    const paths = [
      ...territories.departments.map(({ code }) => `departments/${code}`),
      ...territories.regions.map(({ code }) => `regions/${code}`),
      'france',
    ];
    const files = await Promise.all(
      paths.map(async (path) => validateTradeData(await (await fetch(`/data/2024/${path}.json`)).json())),
    );
    // In the page's font, as the widgets measure it.
    const measure = canvasMeasure(getComputedStyle(document.body).fontFamily);
    for (const width of [300, 320, 375, 420, 480, 600, 760, 900, 1000]) {
      const gaps = files
        .map((data) => {
          const layout = layoutTreemap(treemapModel(data), width, measure, treemapWords(fr, data));
          return layout.height - expectedHeight(width, layout.stacked);
        })
        .sort((a, b) => a - b);
      const median = gaps[Math.floor(gaps.length / 2)];
      expect(Math.abs(median), `${width} px: charts ${median} px taller than their placeholder`).to.be.at.most(30);
    }
  });

  it('in print media: the same texts, visible, within their tiles', async () => {
    await emulateMedia({ media: 'print' });
    try {
      for (const width of WIDTHS) {
        const { el, labelFor } = await gers(width);
        expectReadable(el, labelFor);
        expectNoOverflow(el);
        for (const t of qa<SVGTextElement>(el, '.chart svg text')) {
          const style = getComputedStyle(t);
          expect(style.display, text(t)).not.to.equal('none');
          expect([style.visibility, style.opacity], text(t)).to.deep.equal(['visible', '1']);
          expect(style.fill, text(t)).not.to.equal('none');
          const g = t.previousElementSibling;
          if (g?.matches('g[data-key]'))
            expect(style.fill, text(t)).not.to.equal(getComputedStyle(rectOf(g as SVGGElement)).fill);
        }
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('in the SVG and PNG downloads: every label or number and the key, as plain positioned text', async () => {
    for (const width of WIDTHS) {
      const { el } = await gers(width);
      const file = await el.toSvg();
      const doc = new DOMParser().parseFromString(file.markup, 'image/svg+xml');
      expect(doc.querySelector('parsererror, foreignObject')).to.equal(null);
      for (const node of doc.querySelectorAll('[transform]'))
        expect(node.getAttribute('transform')).to.match(/^translate\([\d.\s-]+\)$/);
      const exported = [...doc.querySelectorAll('text')];
      // Each text is placed where the PNG's canvas draws it: x and y on the text or on each of its tspans.
      for (const t of exported) {
        const placed = [t, ...t.querySelectorAll('tspan')].some((n) => n.hasAttribute('x') && n.hasAttribute('y'));
        expect(placed, t.textContent).to.equal(true);
      }
      const texts = exported.map((t) => t.textContent);
      for (const g of tiles(el)) {
        const drawn = labelOf(el, g.dataset.key!);
        if (drawn) expect(texts, `${width} px ${g.dataset.key}`).to.include(drawn.textContent);
      }
      for (const line of qa(el, '.key text')) expect(texts, `${width} px`).to.include(line.textContent);
      if (width < 760) expect(texts.some((t) => /^1\. /.test(t))).to.equal(true);
      // The PNG: twice the size, and ink in the key's band under the tiles (its text drawn).
      const png = await el.toPng();
      const bitmap = await createImageBitmap(png);
      expect([bitmap.width, bitmap.height]).to.deep.equal([Math.round(file.width * 2), Math.round(file.height * 2)]);
      const keyLines = qa<SVGTextElement>(el, '.key text');
      if (keyLines.length) {
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        // The chart sits under the title in the file, moved down by its group's translate().
        const moved = doc.documentElement.querySelector(':scope > g[transform]')!.getAttribute('transform')!;
        const top = Number(/translate\(0 ([\d.]+)\)/.exec(moved)![1]);
        const band = keyLines[0].getBBox();
        const pixels = context.getImageData(2 * band.x, 2 * (top + band.y), 2 * band.width, 2 * band.height).data;
        let ink = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 600) ink++;
        expect(ink, `${width} px: the key's first line drawn in the PNG`).to.be.greaterThan(20);
      }
    }
  });
});
