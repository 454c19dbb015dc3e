/**
 * Random valid series files on <trade-trend> (`LATER_RUNS.trend` cases: 500, as the first five
 * elements', the file within ~15 s): see valid-suite.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.ts';
import type { TradeElement } from '../../../src/components/base/trade-element.ts';
import { waitForState } from '../../helpers/dom.ts';
import { marksOutside } from './checks.ts';
import { buildSeries } from './gen.ts';
import { validTrendSuite } from './valid-suite.ts';

validTrendSuite();

describe('<trade-trend show="…">: the panels’ titles', function () {
  this.timeout(30_000);
  /** Each panel's title, where it is drawn and where its panel is (its zero line). */
  const titles = (el: TradeElement) =>
    [...el.shadowRoot!.querySelectorAll('[part="panel"]')].map((panel) => {
      const title = panel.querySelector<SVGTextElement>('.panel-title')!.getBBox();
      const zero = panel.querySelector<SVGPathElement>('path.zero')!.getBBox();
      return { text: panel.querySelector('.panel-title')!.textContent, title, zero };
    });

  // A fault the random series found: the title was fitted at the normal weight and drawn bold (700).
  it('a title stays in its panel (demo data, Gers, 360 px) and in the SVG (a long name, 320 px)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:360px"></div>`);
    wrap.innerHTML = '<trade-trend department="32" show="products" base-url="/data/"></trade-trend>';
    const demo = wrap.firstElementChild as TradeElement;
    await waitForState(demo, 'ready', 10_000);
    // "Viande et produits à base de viande": 182 px drawn in a panel of 172.
    for (const { text, title, zero } of titles(demo))
      expect(title.x + title.width, `"${text}"`).to.be.at.most(zero.x + zero.width + 0.5);

    const one = await fixture<HTMLDivElement>(html`<div style="width:320px"></div>`);
    const el = one.appendChild(document.createElement('trade-trend'));
    el.show = 'partners';
    el.data = buildSeries({
      level: 'department',
      code: '32',
      start: 2024,
      count: 1,
      before: 0,
      after: 0,
      exp: [1, 2, 3, 4],
      imp: [4, 3, 2, 1],
      missing: [],
      nProducts: 0,
      nCountries: 1,
      top: {
        partners: { export: [{ item: 0, values: [10] }], import: [] },
        products: { export: [], import: [] },
      },
      pool: ['Mw'.repeat(40)],
      demo: false,
    });
    await waitForState(el, 'ready');
    expect(marksOutside(el.shadowRoot!.querySelector<SVGSVGElement>('.chart svg')!)).to.deep.equal([]);
  });
});
