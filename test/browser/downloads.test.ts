/**
 * Every item of every element's download menu works from a click: a file is
 * handed to the browser (CSV, SVG, PNG), nothing throws unseen, and a download that
 * fails says so in the widget. <trade-summary> has no chart: it offers the CSV only.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.ts';
import type { TradeChart } from '../../src/components/base/trade-chart.ts';

type Chart = TradeChart<unknown, unknown>;
import { q, qa, text, waitForState } from '../helpers/dom.ts';
import { guard, parseCsv } from './robustness/checks.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Clicks a menu item; returns the file names the page was asked to download. */
async function clickItem(el: Chart, i: number): Promise<string[]> {
  const names: string[] = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back, never called
  const originalClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    q<HTMLButtonElement>(el, '.menu > button').click();
    await el.updateComplete;
    qa<HTMLButtonElement>(el, '.menu li button')[i].click();
    await el.updateComplete;
    for (let t = 0; t < 300 && !names.length && !el.shadowRoot!.querySelector('.download-error'); t++) await sleep(10);
  } finally {
    HTMLAnchorElement.prototype.click = originalClick;
  }
  return names;
}

/** Text with every run of whitespace, no-break spaces included, as one space. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** An element's lines as the page shows them: broken at <br> and between blocks. */
const shownLines = (node: HTMLElement) => node.innerText.split('\n').map(flat).filter(Boolean);

/** Whether `line` is exactly the text of consecutive rows: it may wrap over several, and shares none. */
function inRows(rows: string[], line: string): boolean {
  for (let i = 0; i < rows.length; i++)
    for (let j = i + 1; j <= rows.length; j++) if (rows.slice(i, j).join(' ') === line) return true;
  return false;
}

/** A chart at 700 px on the demo data of the Gers. */
async function gers(tag: string, attributes = ''): Promise<Chart> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
  wrap.innerHTML = `<${tag} department="32" ${attributes}></${tag}>`;
  const el = wrap.firstElementChild as Chart;
  await waitForState(el, 'ready');
  // What the summary and the treemap load once drawn (France's file, the series, their code): in the files too.
  const later = el as unknown as { related?: unknown; france?: unknown };
  const loads = { 'trade-summary': () => later.related, 'trade-treemap': () => later.france }[tag];
  for (let i = 0; loads && i < 500 && loads() === undefined; i++) await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
  return el;
}

/** An exported SVG, parsed: its rows of text around the chart (title, subtitle, caption, source), the chart's top. */
async function exported(el: Chart) {
  const file = await el.toSvg();
  const doc = new DOMParser().parseFromString(file.markup, 'image/svg+xml');
  const chart = doc.querySelector('svg > g[transform]')!;
  const top = Number(/translate\(0 ([\d.]+)\)/.exec(chart.getAttribute('transform')!)![1]);
  const around = [...doc.querySelectorAll('text')].filter((t) => !chart.contains(t));
  const rows = around.map((t) => flat(t.textContent));
  const above = around.filter((t) => Number(t.getAttribute('y')) < top).map((t) => flat(t.textContent));
  const below = around.filter((t) => Number(t.getAttribute('y')) > top).map((t) => flat(t.textContent));
  return { file, doc, top, around, rows, above, below };
}

/** The colour of a PNG's pixel at (x, y) in CSS px of an image drawn at `scale`, as "rgb(r, g, b)". */
async function pixel(png: Blob, x: number, y: number, scale = 2): Promise<string> {
  const image = await createImageBitmap(png);
  const canvas = new OffscreenCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(image, 0, 0);
  const [r, g, b] = ctx.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}

describe('download menus', function () {
  this.timeout(30_000);
  guard();

  for (const tag of ['trade-balance', 'trade-treemap', 'trade-sankey']) {
    it(`<${tag}>: CSV, SVG and PNG, each a file named after the title`, async () => {
      const el = await fixture<Chart>(html`<div style="width:700px">${document.createElement(tag)}</div>`).then(
        (w) => w.firstElementChild as Chart,
      );
      el.setAttribute('department', '32');
      await waitForState(el, 'ready');
      q<HTMLButtonElement>(el, '.menu > button').click();
      await el.updateComplete;
      expect(qa(el, '.menu li button').map((b) => text(b))).to.deep.equal([
        'Les données (CSV)',
        'L’image (SVG)',
        'L’image (PNG)',
      ]);
      q<HTMLButtonElement>(el, '.menu > button').click();
      await el.updateComplete;
      const files = [];
      for (const i of [0, 1, 2]) files.push(...(await clickItem(el, i)));
      const stem = files[0].replace(/\.csv$/, '');
      expect(stem).to.match(/-gers-(en-valeur-)?2024$/);
      expect(files).to.deep.equal([`${stem}.csv`, `${stem}.svg`, `${stem}.png`]);
      expect(el.shadowRoot!.querySelector('.download-error')).to.equal(null);
    });
  }

  it('the exported image of a narrow chart wraps its title and source lines within its width', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:320px"><trade-sankey department="32"></trade-sankey></div>`,
    );
    const el = wrap.firstElementChild as Chart;
    await waitForState(el, 'ready');
    const { markup, width } = await el.toSvg();
    const box = document.createElement('div');
    box.innerHTML = markup; // our own export, checked to be inert by the hostile-label tests
    document.body.append(box);
    try {
      const lines = [...box.querySelectorAll<SVGTextElement>(':scope > svg > text')];
      expect(lines.length, 'title and source lines').to.be.greaterThan(4);
      for (const t of lines) expect(t.getBBox().x + t.getBBox().width, t.textContent).to.be.at.most(width + 0.5);
      const title = lines.filter((t) => t.getAttribute('font-weight') === '700');
      expect(title.length, 'the title takes several lines').to.be.greaterThan(1);
      expect(title.map((t) => t.textContent).join(' ')).to.equal(el.chartTitleText);
    } finally {
      box.remove();
    }
  });

  it('<trade-summary>: the key figures have no chart, so the menu offers the CSV only, and it works', async () => {
    const el = await fixture<Chart>(html`<trade-summary department="32"></trade-summary>`);
    await waitForState(el, 'ready');
    q<HTMLButtonElement>(el, '.menu > button').click();
    await el.updateComplete;
    expect(qa(el, '.menu li button').map((b) => text(b))).to.deep.equal(['Les données (CSV)']);
    q<HTMLButtonElement>(el, '.menu > button').click();
    await el.updateComplete;
    expect(await clickItem(el, 0)).to.deep.equal(['chiffres-cles-du-commerce-exterieur-gers-2024.csv']);
  });

  it('a download that fails says so in the widget, in an alert', async () => {
    const el = await fixture<Chart>(html`<trade-balance department="32"></trade-balance>`);
    await waitForState(el, 'ready');
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back, never called
    const originalToBlob = HTMLCanvasElement.prototype.toBlob;
    HTMLCanvasElement.prototype.toBlob = function (cb: BlobCallback) {
      cb(null);
    };
    try {
      expect(await clickItem(el, 2)).to.deep.equal([]);
    } finally {
      HTMLCanvasElement.prototype.toBlob = originalToBlob;
    }
    await el.updateComplete;
    const alert = q(el, '.download-error');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.equal('Le téléchargement a échoué : PNG encoding failed');
    // The next download clears it.
    expect(await clickItem(el, 0)).to.have.length(1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.download-error')).to.equal(null);
  });
});

describe('downloaded images: the texts around the chart, as shown', function () {
  this.timeout(30_000);
  guard();

  for (const tag of ['trade-balance', 'trade-treemap', 'trade-sankey']) {
    it(`<${tag}>: the title, subtitle or legend, each caption line, the source; a PNG as large`, async () => {
      const el = await gers(tag);
      const { file, rows, above, below, around } = await exported(el);
      const { fontFamily } = getComputedStyle(q(el, '.root'));
      const subtitles = qa<HTMLElement>(el, '.titles > .subtitle');
      expect(subtitles.length, 'a subtitle').to.equal(tag === 'trade-treemap' ? 0 : 1);
      // (The treemap's: the key of its ◆, against France.)
      const captions = qa<HTMLElement>(el, '.caption');
      expect(captions.length, 'a caption').to.equal(1);
      // Above the chart: the title, then the subtitle; below it: the caption's lines, then the source.
      const title = flat(el.chartTitleText);
      const subtitle = subtitles.flatMap(shownLines);
      const caption = captions.flatMap(shownLines);
      const source = shownLines(q(el, '.source'));
      for (const line of [title, ...subtitle]) expect(inRows(above, line), `above the chart: "${line}"`).to.equal(true);
      for (const line of [...caption, ...source])
        expect(inRows(below, line), `under the chart: "${line}"`).to.equal(true);
      expect(inRows(rows, [title, ...subtitle, ...caption, ...source].join(' ')), 'in this order').to.equal(true);
      // Each run of text says its font, which the PNG draws it in (not the canvas's default).
      for (const t of around) {
        const holders = [t, ...t.querySelectorAll('tspan')].filter((n) =>
          [...n.childNodes].some((c) => c instanceof Text && c.data.trim()),
        );
        for (const n of holders) expect(n.getAttribute('font-family'), n.textContent).to.equal(fontFamily);
      }
      const sourceText = source.join(' ');
      for (const part of ['2024', 'Licence Ouverte 2.0', 'Données de démonstration (simulées)'])
        expect(sourceText).to.contain(part);
      // The PNG is the SVG drawn at twice its size.
      const image = await createImageBitmap(await el.toPng());
      expect([image.width, image.height]).to.deep.equal([Math.round(file.width * 2), Math.round(file.height * 2)]);
    });
  }

  it('<trade-sankey>: the legend’s mark before its text, in the highlight colour, in the SVG and the PNG', async () => {
    const el = await gers('trade-sankey');
    const legend = q<HTMLElement>(el, '.titles > .subtitle.legend');
    const red = getComputedStyle(legend, '::before').backgroundColor;
    expect(red).to.match(/^rgb\(/);
    const { doc, top, around } = await exported(el);
    const marks = [...doc.querySelectorAll('svg > g:not([transform]) > rect')];
    expect(marks.map((r) => r.getAttribute('fill'))).to.deep.equal([red]);
    const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((a) => Number(marks[0].getAttribute(a)));
    expect(y + height, 'above the chart').to.be.below(top);
    const row = around.find((t) => flat(t.textContent) === flat(legend.innerText))!;
    expect(Number(row.getAttribute('x')), 'the text after the mark').to.be.above(x + width);
    expect(Number(row.getAttribute('y')), 'the mark on the text’s line').to.be.within(y + height - 0.5, y + height + 4);
    expect(await pixel(await el.toPng(), x + width / 2, y + height / 2)).to.equal(red);
  });

  it('<trade-balance>: the figures of the subtitle keep their weight and colour', async () => {
    const el = await gers('trade-balance');
    const { around } = await exported(el);
    const strongs = qa<HTMLElement>(el, '.titles > .subtitle strong');
    expect(strongs).to.have.length(3);
    const tspans = around.flatMap((t) => [...t.querySelectorAll('tspan')]);
    for (const strong of strongs) {
      const run = tspans.find((t) => flat(t.textContent) === flat(strong.textContent))!;
      expect(run, strong.textContent).to.not.equal(undefined);
      expect(run.getAttribute('font-weight')).to.equal('700');
      expect(run.getAttribute('fill')).to.equal(getComputedStyle(strong).color);
    }
  });

  it('a caption of several lines (line breaks, blocks) keeps them, its bold first words in bold', async () => {
    const el = await gers('trade-sankey');
    const caption = q<HTMLElement>(el, '.caption');
    // Lines added after what the element drew: a block with a line break in it, then text after the block.
    const block = document.createElement('p');
    block.append('soit 1,2 % de la valeur exportée par la région', document.createElement('br'), 'soit 0,10 %');
    caption.append(block, 'une dernière ligne');
    const lines = shownLines(caption);
    expect(lines.slice(-3)).to.deep.equal([
      'soit 1,2 % de la valeur exportée par la région',
      'soit 0,10 %',
      'une dernière ligne',
    ]);
    const { below, around } = await exported(el);
    for (const line of lines) expect(inRows(below, line), `a caption line: "${line}"`).to.equal(true);
    const strong = flat(caption.querySelector('strong')!.textContent);
    const first = around.find((t) => flat(t.textContent).startsWith(strong.split(' ')[0]) && t.querySelector('tspan'))!;
    expect(first.querySelector('tspan')!.getAttribute('font-weight')).to.equal('700');
  });
});

describe('downloaded data (CSV)', function () {
  this.timeout(30_000);
  guard();

  const cases = [
    ['trade-balance', 'fr'],
    ['trade-treemap', 'fr'],
    ['trade-sankey', 'fr'],
    ['trade-summary', 'fr'],
    ['trade-sankey', 'en'],
  ] as const;
  /** A chart's CSV, parsed, and where its table ends: at the first empty line, or at the end. */
  async function csvOf(tag: string, lang: 'fr' | 'en') {
    const el = await gers(tag, lang === 'en' ? 'lang="en"' : '');
    const csv = await el.toCsv();
    const rows = parseCsv(csv, lang === 'fr' ? ';' : ',');
    const empty = rows.findIndex((row) => row.every((cell) => cell === ''));
    return { el, csv, rows, end: empty < 0 ? rows.length : empty };
  }

  for (const [tag, lang] of cases) {
    it(`<${tag}> (${lang}): shares as percentages with one decimal, every line as wide`, async () => {
      const { csv, rows, end } = await csvOf(tag, lang);
      expect(csv.startsWith('\ufeff')).to.equal(true);
      expect(csv.endsWith('\r\n')).to.equal(true);
      expect(csv.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      for (const row of rows) expect(row.length, JSON.stringify(row)).to.equal(rows[0].length);
      const shares = rows[0].flatMap((head, i) => (head.endsWith('(%)') ? [i] : []));
      expect(shares.length, 'share columns').to.be.greaterThan(0);
      const cells = rows
        .slice(1, end)
        .flatMap((row) => shares.map((i) => row[i]))
        .filter((cell) => cell !== '' && cell !== '–');
      expect(cells.length).to.be.greaterThan(0);
      for (const cell of cells) expect(cell, 'a share').to.match(lang === 'fr' ? /^-?\d+,\d$/ : /^-?\d+\.\d$/);
    });

    it(`<${tag}> (${lang}): the source, its licence and address, the demo notice, after the table`, async () => {
      const { el, rows, end } = await csvOf(tag, lang);
      expect(end, 'an empty line after the table').to.be.below(rows.length);
      const { source, year } = el.data!;
      const pad = (cells: string[]) => [...cells, ...Array<string>(rows[0].length - cells.length).fill('')];
      expect(rows.slice(end + 1)).to.deep.equal([
        pad(['Source', `${source.name}, ${year}`]),
        pad(['Licence', source.licence]),
        pad(['URL', source.url]),
        pad([lang === 'fr' ? 'Données de démonstration (simulées)' : 'Demonstration data (simulated)']),
      ]);
    });
  }

  it('a source that reads as a formula is neutralised like any cell; real data have no demo notice', async () => {
    const el = await gers('trade-treemap');
    const data = el.data!;
    el.data = { ...data, source: { ...data.source, name: '=HYPERLINK("http://x";"y")', demo: false } };
    await waitForState(el, 'ready');
    const rows = parseCsv(await el.toCsv());
    const end = rows.findIndex((row) => row.every((cell) => cell === ''));
    expect(end).to.be.greaterThan(0);
    expect(rows.slice(end + 1).map((row) => row.slice(0, 2))).to.deep.equal([
      ['Source', `'=HYPERLINK("http://x";"y"), 2024`],
      ['Licence', 'Licence Ouverte 2.0'],
      ['URL', data.source.url],
    ]);
  });
});
