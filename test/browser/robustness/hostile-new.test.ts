/**
 * Hostile labels on the later elements, as hostile.test.ts checks the first five:
 * <trade-partner> (its picker, figures, shares beside a hostile region and France,
 * products), <trade-trend> (its series' territory, partners and products) and
 * <trade-map> (the world's partners, drawn and listed; France's map with a hostile
 * totals file). Labels holding markup, `</script>`, `javascript:` URLs, event
 * handlers, template syntax, spreadsheet formulas and bidi controls must be inert
 * text everywhere: the chart, the tooltips, the table, the CSV (French and English:
 * no cell a spreadsheet would run), the SVG and PNG exports. No payload runs, no
 * element is made from one (every shadow root is walked), no bidi control is shown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.ts';
import type { TradeChart } from '../../../src/components/base/trade-chart.ts';
import { waitForState } from '../../helpers/dom.ts';
import { brokenText, parseCsv, sleep } from './checks.ts';
import { buildSeries, cleaned, csvSafe } from './gen.ts';
import {
  ALLOWED,
  LABELS,
  SVG_EXPORT,
  checkImageExports,
  foreign,
  hostileFile,
  hoverEveryMark,
  inert,
} from './hostile-checks.ts';
import { HOSTILE } from './hostile-strings.ts';

type Chart = TradeChart<unknown, unknown>;

/** The later elements also draw dots and leader lines. */
const ALLOWED_NEW = new Set([...ALLOWED, 'circle', 'line']);
const SVG_NEW = new Set([...SVG_EXPORT, 'circle', 'line']);

inert();

interface Shown {
  /** A label the title must hold (the territory's, or the country's). */
  title: string;
  /** The labels that may be shown (cleaned, as the data's labels are). */
  labels: readonly string[];
  /** At least this many of them whole in the table, in the marks' names and in the tooltips. */
  inTable: number;
  /** At least this many in the English CSV, when the chart names real codes in English (the map's countries). */
  inEnglishCsv?: number;
  /** The source's name (the data file's). */
  source?: string;
  /** The SVG texts that hold a label, maybe shortened; `name` takes the label out of such a text. */
  drawn: string;
  name?: (text: string) => string;
}

/** What the chart shows of hostile labels: inert text everywhere, whole where it has room. */
async function inertEverywhere(el: Chart, shown: Shown): Promise<void> {
  const root = el.shadowRoot!;
  expect(root.querySelector('[part="title"]')!.textContent, 'the title').to.contain(shown.title);
  expect(root.querySelector('[part="source"] a')!.textContent).to.equal(shown.source ?? LABELS[2]);

  const tips = await hoverEveryMark(el);
  // The table, opened.
  root.querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
  await el.updateComplete;
  expect(foreign(root, ALLOWED_NEW), 'elements, handlers, links or bidi controls from content').to.deep.equal([]);
  expect(brokenText(root)).to.deep.equal([]);

  // Labels: whole in the table, in the marks' names and in a tooltip; maybe shortened in the drawing.
  const cells = [...root.querySelectorAll('table th, table td')].map((c) => c.textContent.trim());
  const inTable = shown.labels.filter((l) => cells.includes(l));
  expect(inTable.length, 'labels in the table').to.be.at.least(shown.inTable);
  const names = [...root.querySelectorAll('[data-key][aria-label]')].map((m) => m.getAttribute('aria-label')!);
  const tipText = [...tips].join('\n');
  for (const l of inTable.filter((label) => names.some((name) => name.includes(label)))) {
    expect(tipText, `tooltip of "${l}"`).to.contain(l);
  }
  expect(
    inTable.filter((l) => names.some((name) => name.includes(l))).length,
    'labels whole in the marks’ names',
  ).to.be.at.least(Math.min(shown.inTable, names.length));
  for (const t of root.querySelectorAll(shown.drawn)) {
    const s = shown.name ? shown.name(t.textContent) : t.textContent;
    if (!s) continue;
    const whole = s.endsWith('…') ? s.slice(0, -1) : s;
    expect(
      shown.labels.some((l) => l.startsWith(whole)),
      `drawn "${s}"`,
    ).to.equal(true);
  }

  // CSV, French and English: the same number of cells on every line, no text cell a spreadsheet would run.
  for (const lang of ['fr', 'en'] as const) {
    el.lang = lang;
    el.setAttribute('lang', lang);
    await el.updateComplete;
    await sleep(0);
    await el.updateComplete;
    const rows = parseCsv(await el.toCsv(), lang === 'fr' ? ';' : ',');
    for (const r of rows) expect(r.length, `${lang} CSV line ${JSON.stringify(r)}`).to.equal(rows[0].length);
    // Columns of euros and percentages hold numbers ("-5" is one); every other cell is text.
    const numeric = rows[0].map((head) => /\((€|%)\)$/.test(head));
    const table = rows.slice(
      0,
      rows.findIndex((r) => r.every((c) => c === '')),
    );
    for (const [i, r] of table.entries())
      for (const [j, c] of r.entries())
        if (!(i > 0 && numeric[j])) expect(c, `${lang} CSV text cell`).not.to.match(/^[=+\-@\t\r]/);
    // In English, a label without an English name is the French one, marked « (French name) ».
    const asShown = (l: string) => (lang === 'en' ? [l, `${l} (French name)`] : [l]);
    const labelCells = rows
      .flat()
      .filter((c) => shown.labels.some((l) => asShown(l).some((v) => csvSafe(v) === c || csvSafe(`${v} (€)`) === c)));
    const least = lang === 'en' ? (shown.inEnglishCsv ?? shown.inTable) : shown.inTable;
    expect(labelCells.length, `${lang}: labels in the CSV`).to.be.at.least(least);
    for (const l of shown.labels)
      if (/^[=+\-@]/.test(l) && rows.flat().some((c) => c.endsWith(l.slice(1))))
        expect(
          rows.flat().some((c) => c.startsWith(`'${l}`)),
          `"${l}" neutralised`,
        ).to.equal(true);
  }
  el.setAttribute('lang', 'fr');
  await el.updateComplete;

  // SVG and PNG exports: drawing elements only, the payloads as text; the title, wrapped on spaces over the
  // lines above the chart (a no-break space, as in "partenaire : …", comes out a space: the wrapping takes it
  // for one).
  await checkImageExports(el, el.chartTitleText.replace(/\s+/g, ' '), SVG_NEW);
}

/** An element of `tag` in a box `width` px wide, set up by `init`, once ready. */
async function shown(
  tag: 'trade-partner' | 'trade-trend' | 'trade-map',
  width: number,
  init: (el: Chart) => void,
): Promise<Chart> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el: Chart = wrap.appendChild(document.createElement(tag));
  init(el);
  await waitForState(el, 'ready', 10_000);
  return el;
}

describe('hostile labels on the later elements', function () {
  this.timeout(60_000);

  // The country US trades a third of the products; the others (K…) fill the picker.
  const codes = HOSTILE.map((_, i) => (i % 3 === 0 ? 'US' : `K${i}`));
  /** The hostile file as a region's or France's, for the shares beside it. */
  const compared = (level: 'region' | 'france', name: string) => {
    const file = hostileFile(codes);
    file.territory = level === 'region' ? { level, code: '76', name } : { level, code: 'FR', name };
    file.parents = level === 'region' ? { france: file.parents.france } : {};
    return file;
  };
  before(async () => {
    for (const [path, file] of [
      ['2024/regions/76.json', compared('region', HOSTILE[1])],
      ['2024/france.json', compared('france', HOSTILE[4])],
    ] as const)
      await fetch(`/__test/store/hostile-partner/${path}`, { method: 'POST', body: JSON.stringify(file) });
  });

  for (const width of [320, 600]) {
    it(`<trade-partner> at ${width} px, with its region and France: picker, chart, table, CSV, SVG, PNG`, async () => {
      const file = hostileFile(codes);
      // Its name in the title: words that fit a line of the SVG export at 320 px, bidi controls to remove.
      file.countries.US = HOSTILE[15];
      const el = await shown('trade-partner', width, (e) => {
        Object.assign(e, { country: 'US', limit: 20, baseUrl: '/__test/stored/hostile-partner/' });
        e.data = file;
      });
      // The region's and France's shares, once their files are in.
      for (let i = 0; i < 300 && el.shadowRoot!.querySelectorAll('.shares > g').length < 6; i++) await sleep(10);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.shares > g').length, 'share rows: Gers, region, France').to.equal(6);
      const options = [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent.trim());
      expect(options.filter((o) => LABELS.includes(o)).length, 'the picker names the partners').to.equal(12);
      await inertEverywhere(el, {
        title: cleaned(file.countries.US),
        labels: [...LABELS, 'France entière'],
        inTable: 10,
        drawn: '[part="label"]',
      });
    });
  }

  /** A series whose territory, partners and products are payloads: five of each per flow. */
  const series = buildSeries({
    level: 'department',
    code: '32',
    start: 2019,
    count: 6,
    before: 2,
    after: 2,
    exp: Array.from({ length: 28 }, (_, i) => 1_000_000 * (i + 1)),
    imp: Array.from({ length: 28 }, (_, i) => 700_000 * (28 - i)),
    missing: [9],
    nProducts: HOSTILE.length,
    nCountries: HOSTILE.length,
    top: Object.fromEntries(
      (['partners', 'products'] as const).map((kind) => [
        kind,
        Object.fromEntries(
          (['export', 'import'] as const).map((flow, f) => [
            flow,
            Array.from({ length: 5 }, (_, i) => ({
              item: 5 * f + i + (kind === 'products' ? 7 : 0),
              values: Array.from({ length: 6 }, (_, y) => (y === 2 ? null : 100_000 * (5 - i) * (y + 1))),
            })),
          ]),
        ),
      ]),
    ) as never,
    pool: HOSTILE,
    demo: true,
  });
  // Its territory named as the first five's hostile file names it (words that fit a line of the SVG export).
  series.territory.name = HOSTILE[0];
  for (const [show, flow] of [
    [undefined, undefined],
    ['partners', 'export'],
    ['products', 'import'],
  ] as const)
    for (const width of [320, 600]) {
      const what = show ? `show="${show}" flow="${flow}"` : 'exports and imports';
      it(`<trade-trend> ${what} at ${width} px: chart, tooltips, table, CSV, SVG, PNG`, async () => {
        const el = await shown('trade-trend', width, (e) => {
          Object.assign(e, { show, flow });
          e.data = series;
        });
        expect(el.shadowRoot!.querySelectorAll('[part="panel"]').length).to.equal(show ? 5 : 0);
        await inertEverywhere(el, {
          title: LABELS[0],
          labels: LABELS,
          inTable: show ? 5 : 0,
          source: LABELS[1],
          drawn: '.panel-title',
        });
      });
    }

  // Codes the world map draws (and QU, which it lists under the map).
  const world = ['ES', 'US', 'DE', 'IT', 'CN', 'BE', 'GB', 'NL', 'CH', 'JP', 'IN', 'BR', 'CA', 'MA', 'TN', 'DZ', 'QU'];
  for (const flow of ['export', 'balance'])
    for (const width of [320, 600]) {
      it(`<trade-map flow="${flow}"> at ${width} px: the world, its list, tooltips, table, CSV, SVG, PNG`, async () => {
        const el = await shown('trade-map', width, (e) => {
          Object.assign(e, { flow });
          e.data = hostileFile(world);
        });
        const listed = el.shadowRoot!.querySelector('[part="listed"]')!.textContent;
        expect(listed, 'QU, listed under the map').to.contain(LABELS[(16 + 3) % HOSTILE.length]);
        await inertEverywhere(el, {
          title: LABELS[0],
          labels: LABELS,
          inTable: 16,
          // In English, the countries have English names: QU only keeps its French label.
          inEnglishCsv: 1,
          drawn: '[part="label"]',
          // "<name> <euros>" when wide, the euros alone when narrow: the euros hold no plain space.
          name: (text) => (text.includes(' ') ? text.slice(0, text.lastIndexOf(' ')) : ''),
        });
      });
    }

  /** France's map at 600 px, its departments named by `name` in a totals file served beside the map file. */
  async function franceMap(folder: string, name: (i: number) => string): Promise<Chart> {
    const geo = await (await fetch('/data/geo/france.json')).text();
    const totals = await (await fetch('/data/2024/territories.json')).json();
    Object.keys(totals.departments).forEach((code, i) => (totals.departments[code][2] = name(i)));
    for (const [path, body] of [
      ['geo/france.json', geo],
      ['2024/territories.json', JSON.stringify(totals)],
    ])
      await fetch(`/__test/store/${folder}/${path}`, { method: 'POST', body });
    const el = await shown('trade-map', 600, (e) => {
      Object.assign(e, { scope: 'france', baseUrl: `/__test/stored/${folder}/` });
      e.data = hostileFile();
    });
    expect(el.shadowRoot!.querySelectorAll('g[data-key]').length).to.equal(101);
    return el;
  }

  it('<trade-map scope="france">: departments named by payloads (as the pipeline writes them)', async () => {
    // The pipeline writes the names of the files it has checked: cleaned, markup and formulas kept.
    const el = await franceMap('hostile-map', (i) => LABELS[i % LABELS.length]);
    await inertEverywhere(el, {
      title: LABELS[0],
      labels: LABELS,
      inTable: 16,
      drawn: '[part="label"]',
      name: (text) => (text.includes(' ') ? text.slice(0, text.lastIndexOf(' ')) : ''),
    });
  });

  // A fault found here: the names of `<year>/territories.json` were shown as read, bidi and control characters
  // included; parseTotals now cleans them as every other label (validate.ts's cleanLabel).
  it('<trade-map scope="france">: a totals file’s names lose their bidi and control characters', async () => {
    const el = await franceMap('hostile-map-raw', (i) => HOSTILE[i % HOSTILE.length]);
    await inertEverywhere(el, {
      title: LABELS[0],
      labels: LABELS,
      inTable: 16,
      drawn: '[part="label"]',
      name: (text) => (text.includes(' ') ? text.slice(0, text.lastIndexOf(' ')) : ''),
    });
  });
});
