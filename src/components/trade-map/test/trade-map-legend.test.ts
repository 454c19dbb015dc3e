/**
 * `<trade-map>`'s legend in a real browser: every class of the scale is there, in order, and
 * the ranges follow on without a gap (each class starts where the one before it ends), on
 * sequential and diverging scales, on the world map and on France's, in French and English.
 * A class no shape is in stays, dimmed; the first partner's class, the strongest, is never one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { makeData } from '../../../../test/helpers/data.ts';
import { qa, text, waitForState } from '../../../../test/helpers/dom.ts';
import '../trade-map.ts';
import type { TradeMap } from '../trade-map.ts';

const M = 1_000_000;

/** A range of the legend, as its bounds written: undefined for an open end. */
interface Range {
  lower?: string;
  upper?: string;
}

const PATTERNS = {
  fr: { below: /^moins de (.+)$/, above: /^(.+) ou plus$/, between: /^(.+) à (.+)$/ },
  en: { below: /^under (.+)$/, above: /^(.+) or more$/, between: /^(.+) to (.+)$/ },
};

function parseRange(label: string, lang: 'fr' | 'en'): Range {
  const { below, above, between } = PATTERNS[lang];
  let match = below.exec(label);
  if (match) return { upper: match[1] };
  match = above.exec(label);
  if (match) return { lower: match[1] };
  match = between.exec(label);
  if (match) return { lower: match[1], upper: match[2] };
  // A class of its own for one value: zero, on the balance's scale.
  return { lower: label, upper: label };
}

async function load(attrs: string, width: number): Promise<TradeMap> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrap.innerHTML = `<trade-map ${attrs}></trade-map>`;
  const el = wrap.querySelector('trade-map')!;
  await waitForState(el, ['ready']);
  return el;
}

const legendItems = (el: TradeMap) => qa(el, '[part="legend"] > g');
const legendTexts = (el: TradeMap) => qa(el, '[part="legend"] text').map((node) => text(node));

/** Checks the legend of a drawn map: every class, in order, end to end; returns its texts. */
function checkLegend(el: TradeMap, lang: 'fr' | 'en'): string[] {
  const model = el.model!;
  const labels = legendTexts(el);
  const ranges = labels.map((label) => parseRange(label, lang));
  for (let index = 1; index < ranges.length; index++)
    expect(ranges[index].lower, `« ${labels[index - 1]} » then « ${labels[index]} »`).to.equal(ranges[index - 1].upper);
  if (labels.length > 1) expect(ranges[0].lower, `${labels[0]} opens the scale`).to.equal(undefined);
  expect(ranges.at(-1)?.upper, `${labels.at(-1)} closes the scale`).to.equal(undefined);
  expect(labels, 'one item per class of the scale').to.have.length(model.classes.length);
  // Dimmed: the classes no shape is in, and those only.
  const used = new Set(model.rows.filter((row) => row.drawn).map((row) => row.klass));
  const items = legendItems(el);
  for (const index of model.classes.keys())
    expect(items[index].classList.contains('empty'), labels[index]).to.equal(!used.has(index));
  // The first partner is in the strongest class, and its item is not dimmed.
  const first = model.rows.find((row) => row.drawn)!;
  const strongest = Math.max(...model.classes.map((klass) => Math.abs(klass.tone)));
  expect(Math.abs(model.classes[first.klass].tone)).to.equal(strongest);
  expect(items[first.klass].classList.contains('empty')).to.equal(false);
  return labels;
}

describe('the legend: every class, the ranges end to end', () => {
  it('Occitanie’s departments, balance, 375 px, English: the class no department is in is shown, dimmed', async () => {
    const el = await load('region="76" scope="france" flow="balance" lang="en"', 375);
    const labels = checkLegend(el, 'en');
    expect(labels).to.deep.equal([
      'under −€200.0M',
      '−€200.0M to −€100.0M',
      '−€100.0M to €0',
      '€0',
      '€0 to +€100.0M',
      '+€100.0M to +€200.0M',
      '+€200.0M or more',
    ]);
    expect(legendItems(el)[1].classList.contains('empty')).to.equal(true);
    // The legend stays inside the drawing, however many lines it takes.
    const svg = qa(el, '.chart svg')[0].getBoundingClientRect();
    for (const node of qa(el, '[part="legend"] text')) {
      const box = node.getBoundingClientRect();
      expect(box.right, text(node)).to.be.at.most(svg.right + 0.5);
      expect(box.bottom, text(node)).to.be.at.most(svg.bottom + 0.5);
    }
  });

  it('Occitanie’s departments, balance, French: « −100,0 M€ à 0 € » follows « −200,0 M€ à −100,0 M€ »', async () => {
    const el = await load('region="76" scope="france" flow="balance"', 375);
    const labels = checkLegend(el, 'fr');
    expect(labels.slice(0, 3)).to.deep.equal([
      'moins de −200,0\u00a0M€',
      '−200,0\u00a0M€ à −100,0\u00a0M€',
      '−100,0\u00a0M€ à 0\u00a0€',
    ]);
  });

  for (const [attrs, lang] of [
    ['department="32" scope="france" flow="export"', 'fr'],
    ['department="32" scope="france" flow="balance"', 'en'],
    ['level="france" scope="france" flow="import"', 'en'],
    ['level="france" scope="france" flow="balance"', 'fr'],
    ['region="76" scope="france" flow="import" lang="en"', 'en'],
    ['department="32" flow="export"', 'fr'],
    ['department="32" flow="import" lang="en"', 'en'],
    ['department="32" flow="balance"', 'fr'],
    ['department="32" flow="balance" lang="en"', 'en'],
    ['region="76" flow="balance"', 'fr'],
    ['level="france" flow="balance" lang="en"', 'en'],
  ] as const)
    it(`${attrs}${lang === 'en' ? '' : ' (fr)'}`, async () => {
      const el = await load(`${attrs}${lang === 'en' && !attrs.includes('lang') ? ' lang="en"' : ''}`, 375);
      checkLegend(el, lang);
    });

  it('surpluses only: the deficits’ classes are kept, dimmed, and the ranges follow on', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = wrap.appendChild(document.createElement('trade-map'));
    el.flow = 'balance';
    el.data = makeData({
      export: [
        ['C11Z', 'ES', 180 * M],
        ['C11Z', 'US', 80 * M],
        ['C10A', 'DE', 40 * M],
        ['C10A', 'IT', 20 * M],
        ['C10A', 'CN', 10 * M],
      ],
      import: [['C11Z', 'ES', 1 * M]],
    });
    await waitForState(el, ['ready']);
    const labels = checkLegend(el, 'fr');
    const dimmed = legendItems(el).map((item) => item.classList.contains('empty'));
    // Deficits and zero: no partner; surpluses: every class has one.
    expect(dimmed).to.deep.equal([true, true, true, true, false, false, false]);
    expect(labels.at(-1)).to.match(/ou plus$/);
  });
});
