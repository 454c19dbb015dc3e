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
import { guard } from './robustness/checks.ts';

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
      expect(stem).to.match(/-gers-2024$/);
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
