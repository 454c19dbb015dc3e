/**
 * `<trade-partner>` in a real browser: the figures, shares and products drawn on
 * the hand-written files and on the demo data (checked against sums computed here
 * from the files), the picker, the link with `<trade-balance>`, the keyboard, the
 * table, the downloads, English and accessibility.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FlowTriple, TradeDataFile } from '../../../data/contract.ts';
import { clearCache } from '../../../data/loader.ts';
import { makeData } from '../../../../test/helpers/data.ts';
import { HOSTILE } from '../../../../test/browser/robustness/hostile-strings.ts';
import { FIXTURES, q, qa, shadow, tableRows, text, waitForState } from '../../../../test/helpers/dom.ts';
import '../trade-partner.ts';
import '../../trade-balance/trade-balance.ts';
import type { TradePartner } from '../trade-partner.ts';

const NB = '\u00a0'; // before M€
const NN = '\u202f'; // thousands, before %
const MINUS = '\u2212';

async function load(attrs: string, width = 760, lang = 'fr'): Promise<TradePartner> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px" lang=${lang}></div>`);
  wrap.innerHTML = `<trade-partner ${attrs}></trade-partner>`;
  const el = wrap.querySelector('trade-partner')!;
  await waitForState(el, ['ready', 'empty']);
  return el;
}

/** Waits until the comparison files are in: as many share rows per flow as places. */
async function comparisons(el: TradePartner, places: number): Promise<void> {
  for (let i = 0; i < 200 && qa(el, '.shares')[0]?.querySelectorAll('[part="label"]').length !== places; i++)
    await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
}

const keys = (el: TradePartner) => qa(el, 'g[data-key]').map((g) => g.getAttribute('data-key'));
const figures = (el: TradePartner) => qa(el, '[part="figure"]').map(text);
const shareRows = (el: TradePartner, index: number) =>
  [...qa(el, '.shares')[index].querySelectorAll('[part="label"]')].map(
    (label) => `${text(label)} ${text(label.parentElement!.querySelector('.value'))}`,
  );
const summary = (el: TradePartner) =>
  text(shadow(el).getElementById(q(el, '[part="chart"]').getAttribute('aria-describedby')!));
const box = (n: Element) => n.getBoundingClientRect();

/** "26,7 %": a ratio as the chart writes it, computed here. */
const percent = (ratio: number) => `${(Math.round(ratio * 1000) / 10).toFixed(1).replace('.', ',')}${NN}%`;
const sum = (flows: FlowTriple[], country?: string, product?: string) =>
  flows.filter((t) => (!country || t[1] === country) && (!product || t[0] === product)).reduce((s, t) => s + t[2], 0);
const millions = (value: number) => `${(value / 1e6).toFixed(1).replace('.', ',')}${NB}M€`;

beforeEach(() => {
  clearCache();
});

describe('trade-partner on hand-written files', () => {
  // Gers: exports C11Z→ES 120, C11Z→US 80, A01Z→ES 60, C10A→DE 40 (300); imports C30C←US 150, A01Z←ES 30,
  // C28A←DE 25, C28A←CN 10 (215), in M€. Occitanie and France (fixtures): no exports to US, all imports from it.
  it('draws the trade with the country, its ranks, its shares beside the region and France, its products', async () => {
    const el = await load(`department="32" country="US" base-url="${FIXTURES}"`);
    await comparisons(el, 3);
    expect(text(q(el, '[part="title"]'))).to.equal(`Exposition à un pays partenaire${NB}: Etats-Unis, Gers (2024)`);
    expect(figures(el)).to.deep.equal([
      `Exportations 80,0${NB}M€ 2e destination sur 3`,
      `Importations 150,0${NB}M€ 1er fournisseur sur 4`,
      `Solde ${MINUS}70,0${NB}M€`,
    ]);
    expect(shareRows(el, 0)).to.deep.equal([`Gers 26,7${NN}%`, `Occitanie 0,0${NN}%`, `France entière 0,0${NN}%`]);
    expect(shareRows(el, 1)).to.deep.equal([`Gers 69,8${NN}%`, `Occitanie 100,0${NN}%`, `France entière 100,0${NN}%`]);
    expect(keys(el)).to.deep.equal(['export:C11Z', 'import:C30C']);
    // C11Z: 80 of its 200 M€ go to the US (40 %); France sends none there: its tick at 0.
    const exported = q(el, '[data-key="export:C11Z"]');
    const track = box(exported.querySelector('[part="gauge"]')!);
    const fill = box(exported.querySelector('.fill')!);
    expect(Math.abs(fill.width - 0.4 * track.width)).to.be.below(1);
    expect(Math.abs(box(exported.querySelector('[part="france-tick"]')!).left + 1 - track.left)).to.be.below(1.5);
    expect(text(exported.parentElement!.querySelector('.exposure'))).to.equal(`40,0${NN}%`);
    // The balance says its sign in words and in its colour.
    const balance = q(el, '.figure.balance .figure-value');
    expect(balance.classList.contains('negative')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says it all in one sentence and in the table', async () => {
    const el = await load(`department="32" country="US" base-url="${FIXTURES}"`);
    await comparisons(el, 3);
    expect(summary(el)).to.equal(
      `Gers, Etats-Unis, 2024${NB}: exportations 80,0${NB}millions d’euros (2e destination sur 3), ` +
        `26,7${NN}% des exportations du territoire, contre 0,0${NN}% pour la région Occitanie et 0,0${NN}% ` +
        `pour la France entière ; premier produit exporté${NB}: Boissons, dont 40,0${NN}% des exportations ` +
        `vont à ce pays ; importations 150,0${NB}millions d’euros (1er fournisseur sur 4), 69,8${NN}% des ` +
        `importations du territoire, contre 100,0${NN}% pour la région Occitanie et 100,0${NN}% pour la ` +
        `France entière ; premier produit importé${NB}: Produits de la construction aéronautique et spatiale, ` +
        `dont 100,0${NN}% des importations viennent de ce pays ; solde ` +
        `${MINUS}70,0${NB}millions d’euros.`,
    );
    expect(tableRows(el, 'thead')[0]).to.deep.equal([
      'Échanges et produits',
      'Flux',
      'Valeur',
      'Part du pays, Gers',
      'Part du pays, Occitanie',
      'Part du pays, France entière',
    ]);
    expect(tableRows(el)).to.deep.equal([
      ['Échanges avec le pays', 'Exportations', `80,0${NB}M€`, `26,7${NN}%`, `0,0${NN}%`, `0,0${NN}%`],
      ['Échanges avec le pays', 'Importations', `150,0${NB}M€`, `69,8${NN}%`, `100,0${NN}%`, `100,0${NN}%`],
      // The region's and France's C11Z all go to ES: none to the US.
      ['Boissons', 'Exportations', `80,0${NB}M€`, `40,0${NN}%`, `0,0${NN}%`, `0,0${NN}%`],
      [
        'Produits de la construction aéronautique et spatiale',
        'Importations',
        `150,0${NB}M€`,
        `100,0${NN}%`,
        `100,0${NN}%`,
        `100,0${NN}%`,
      ],
    ]);
    expect(tableRows(el, 'tfoot')).to.deep.equal([['Solde', '', `${MINUS}70,0${NB}M€`, '', '', '']]);
    const csv = (await el.toCsv()).split('\r\n');
    expect(csv[1]).to.equal('Échanges avec le pays;Exportations;80000000;26,7;0,0;0,0');
    const { markup } = await el.toSvg();
    expect(markup).to.contain('Boissons');
  });

  it('without a country: a picker of the partners, largest first; a choice draws it and tells the page', async () => {
    const el = await load(`department="32" base-url="${FIXTURES}"`);
    expect(el.state).to.equal('empty');
    expect(text(q(el, '[part="empty"]'))).to.equal('Choisissez un pays partenaire dans la liste (Gers, 2024).');
    const select = q<HTMLSelectElement>(el, 'select[part="picker"]');
    expect(text(q(el, `label[for="${select.id}"]`))).to.equal('Pays partenaire');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', 'US', 'ES', 'DE', 'CN']);
    await expect(el).to.be.accessible();
    const told = oneEvent(document, 'trade-select');
    select.value = 'ES';
    select.dispatchEvent(new Event('change'));
    expect((await told).detail).to.deep.equal({ kind: 'country', code: 'ES', label: 'Espagne' });
    await waitForState(el, 'ready');
    expect(text(q(el, '[part="title"]'))).to.contain('Espagne');
    expect(figures(el)[0]).to.equal(`Exportations 180,0${NB}M€ 1re destination sur 3`);
    expect(q<HTMLSelectElement>(el, 'select').value).to.equal('ES');
  });

  it('a country chosen in <trade-balance> shows its profile, unless sync="none"', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 760px">
        <trade-balance department="32" base-url=${FIXTURES}></trade-balance>
        <trade-partner department="32" country="US" base-url=${FIXTURES}></trade-partner>
        <trade-partner department="32" country="US" base-url=${FIXTURES} sync="none"></trade-partner>
      </div>`,
    );
    const balance = wrap.querySelector('trade-balance')!;
    const [linked, alone] = wrap.querySelectorAll('trade-partner');
    await Promise.all([balance, linked, alone].map((w) => waitForState(w, 'ready')));
    q(balance, 'g[data-key="DE"] .band').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await linked.updateComplete;
    await waitForState(linked, 'ready');
    expect(text(q(linked, '[part="title"]'))).to.contain('Allemagne');
    expect(figures(linked)[0]).to.equal(`Exportations 40,0${NB}M€ 3e destination sur 3`);
    expect(text(q(alone, '[part="title"]'))).to.contain('Etats-Unis');
    // Cleared in the balance: back to the `country` attribute.
    q(balance, 'g[data-key="DE"] .band').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await linked.updateComplete;
    expect(text(q(linked, '[part="title"]'))).to.contain('Etats-Unis');
  });

  it('keyboard: Tab into the products, arrows between them, Enter selects one and keeps the country', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    const el = await load(`department="32" country="ES" base-url="${FIXTURES}"`);
    expect(keys(el)).to.deep.equal(['export:C11Z', 'export:A01Z', 'import:A01Z']);
    before.focus();
    await sendKeys({ press: 'Tab' }); // the picker
    await sendKeys({ press: 'Tab' }); // "Voir les données"
    await sendKeys({ press: 'Tab' }); // "Télécharger"
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-key')).to.equal('export:C11Z');
    const tip = q<HTMLElement>(el, '[part="tooltip"]');
    expect(tip.hidden).to.equal(false);
    expect([...tip.querySelectorAll('dt, dd')].map(text).slice(0, 4)).to.deep.equal([
      'Exportations',
      `120,0${NB}M€`,
      'Part des exportations du produit vers ce pays',
      `60,0${NN}%`,
    ]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-key')).to.equal('export:A01Z');
    const selected = oneEvent(el, 'trade-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({
      kind: 'product',
      code: 'A01Z',
      label: 'Produits de la culture et de l’élevage',
      flow: 'export',
    });
    await el.updateComplete;
    expect(el.selected).to.equal('A01Z');
    expect(text(q(el, '[part="title"]'))).to.contain('Espagne');
    expect(q(el, '[data-key="export:A01Z"]').getAttribute('aria-pressed')).to.equal('true');
    before.remove();
  });

  it('a country without trade with the territory, and a territory compared with nothing', async () => {
    const none = await load(`department="32" country="IT" base-url="${FIXTURES}"`);
    expect(none.state).to.equal('empty');
    expect(text(q(none, '[part="empty"]'))).to.equal(`Aucun échange avec ce pays${NB}: Italie (Gers, 2024).`);
    const france = await load(`level="france" country="DE" base-url="${FIXTURES}"`);
    expect(shareRows(france, 0)).to.deep.equal([`France entière 90,0${NN}%`]);
    expect(q(france, '[data-key="export:C30C"]').querySelector('[part="france-tick"]')).to.equal(null);
  });

  it('country: the code as written when the file has it (small letters are valid), else in capitals', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 760px"><trade-partner></trade-partner></div>`);
    const el = wrap.querySelector('trade-partner')!;
    el.country = 'x-1';
    el.data = makeData({ countries: { 'x-1': 'Pays x' }, export: [['C11Z', 'x-1', 5_000_000]], import: [] });
    await waitForState(el, ['ready', 'empty']);
    expect(el.state).to.equal('ready');
    expect(figures(el)[0]).to.equal(`Exportations 5,0${NB}M€ 1re destination sur 1`);
    // "es" for ES, which the file has in capitals.
    el.country = 'es';
    el.data = makeData({ export: [['C11Z', 'ES', 7_000_000]], import: [] });
    await waitForState(el, ['ready', 'empty']);
    expect(text(q(el, '[part="title"]'))).to.contain('Espagne');
  });

  it('speaks English with lang="en", on a phone', async () => {
    const el = await load(`department="32" country="US" base-url="${FIXTURES}"`, 360, 'en');
    await comparisons(el, 3);
    expect(text(q(el, '[part="title"]'))).to.equal('Exposure to a partner country: United States, Gers (2024)');
    expect(figures(el)).to.deep.equal([
      'Exports €80.0M 2nd destination of 3',
      'Imports €150.0M 1st supplier of 4',
      `Balance ${MINUS}€70.0M`,
    ]);
    expect(shareRows(el, 0)).to.deep.equal(['Gers 26.7%', 'Occitanie 0.0%', 'France 0.0%']);
    const svg = box(q(el, '[part="chart"] svg'));
    expect(svg.width).to.be.at.most(360);
    for (const t of qa(el, '[part="chart"] svg text')) expect(box(t).right, text(t)).to.be.at.most(svg.right + 0.5);
    await expect(el).to.be.accessible();
  });
});

describe('trade-partner and hostile labels', () => {
  it('draws markup in labels as text, and runs none of it', async () => {
    const w = window as unknown as { __pwned: string[] };
    w.__pwned = [];
    const [country, product] = [HOSTILE[0], HOSTILE[1]];
    const data = makeData({
      countries: { US: country, ES: 'Espagne', DE: 'Allemagne', CN: 'Chine' },
      products: {
        C11Z: product,
        A01Z: 'Produits agricoles',
        C10A: 'Viande',
        C30C: HOSTILE[3],
        C28A: HOSTILE[4],
      },
    });
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 760px"><trade-partner></trade-partner></div>`);
    const el = wrap.querySelector('trade-partner')!;
    el.country = 'US';
    el.data = data;
    await waitForState(el, 'ready');
    expect(text(q(el, '[part="title"]'))).to.contain(country);
    expect(qa(el, 'option').map(text)).to.include(country);
    expect(tableRows(el).map((row) => row[0])).to.include(product);
    expect(qa(el, 'img, iframe, script, style').length).to.equal(0);
    expect(summary(el)).to.contain(product);
    await new Promise((r) => setTimeout(r, 50));
    expect(w.__pwned).to.deep.equal([]);
  });
});

describe('trade-partner on the demo data (public/data, served at /data/)', () => {
  it('the Gers and the United States: figures and shares as computed from the three files', async () => {
    const [gers, occitanie, france] = (await Promise.all(
      ['departments/32.json', 'regions/76.json', 'france.json'].map((p) =>
        fetch(`/data/latest/${p}`).then((r) => r.json()),
      ),
    )) as TradeDataFile[];
    const el = await load('department="32" country="US" base-url="/data/"');
    await comparisons(el, 3);
    const exp = sum(gers.flows.export, 'US');
    const imp = sum(gers.flows.import, 'US');
    expect(figures(el)[0]).to.contain(millions(exp));
    expect(figures(el)[1]).to.contain(millions(imp));
    const shares = [gers, occitanie, france].map((file) => percent(sum(file.flows.export, 'US') / file.totals.export));
    expect(shareRows(el, 0)).to.deep.equal(
      ['Gers', 'Occitanie', 'France entière'].map((name, i) => `${name} ${shares[i]}`),
    );
    // The first product exported to the US, and its exposure.
    const [first] = keys(el);
    const code = first!.split(':')[1];
    const exposure = sum(gers.flows.export, 'US', code) / sum(gers.flows.export, undefined, code);
    expect(text(q(el, `[data-key="${first}"]`).parentElement!.querySelector('.exposure'))).to.equal(percent(exposure));
    expect(tableRows(el)[2][5]).to.equal(
      percent(sum(france.flows.export, 'US', code) / sum(france.flows.export, undefined, code)),
    );
    await expect(el).to.be.accessible();
  });

  it('with its comparison files at hand, draws once with their shares; else its own figures first', async () => {
    const drawings = async (attrs: string) => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
      const el = document.createElement('trade-partner');
      const shares: number[] = [];
      el.addEventListener('trade-render', () =>
        shares.push(qa(el, '.shares')[0].querySelectorAll('[part="label"]').length),
      );
      for (const [name, value] of attrs.split(' ').map((a) => a.split('='))) el.setAttribute(name, value);
      wrap.append(el);
      for (let i = 0; i < 300 && shares.at(-1) !== 3; i++) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 100));
      return shares;
    };
    // The first one loads the three files; the second finds them in the loader's cache.
    expect((await drawings('department=32 country=US base-url=/data/')).at(-1)).to.equal(3);
    expect(await drawings('department=32 country=US base-url=/data/')).to.deep.equal([3]);
    // Occitanie's and France's files slow (the Gers' own cached under that folder first): its own figures, then all.
    const slow = '/__test/delay/300/data/';
    expect((await drawings(`department=32 country=US base-url=${slow}`)).at(-1)).to.equal(3);
    for (const file of ['2024/regions/76.json', '2024/france.json'])
      clearCache(new URL(slow + file, location.href).href);
    expect(await drawings(`department=32 country=US base-url=${slow}`)).to.deep.equal([1, 3]);
  });
});
