/**
 * Random invalid files (fast-check, fixed seeds): a valid file with one thing
 * broken — a field of the wrong type or missing, negative, fractional, huge or
 * non-finite amounts, duplicate product × country pairs, codes that are not
 * codes or not in `products`/`countries`, totals that do not add up, labels empty
 * or too long, unsupported versions, years, URLs, parents and ranks; through the
 * network also truncated JSON and numbers JSON.parse accepts but no file may hold.
 *
 * Each must end in the visible error state, with a message naming the field and
 * the problem, the `trade-error` event saying the same; and nothing may render
 * from it: no chart, table, caption, source or toolbar, no label of the refused
 * file anywhere in the shadow root, and nothing left of the valid file shown before.
 * Every element that reads yearly files (<trade-trend> reads series files: not here).
 */
import { fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/index.ts';
import type { TradeElement } from '../../../src/components/base/trade-element.ts';
import { FIXTURES, errorText, waitForState } from '../../helpers/dom.ts';
import { everything, fail, sized, guard } from './checks.ts';
import { MARK, PHRASES, SEEDS, breakArb, buildFile, check, type Broken, type Spec } from './gen.ts';

const RUNS = 300;
const FETCH_RUNS = 60;
const TAGS = [
  'trade-sankey',
  'trade-balance',
  'trade-treemap',
  'trade-summary',
  'trade-report',
  'trade-partner',
  'trade-map',
] as const;

/** A valid file whose every label says "Valide-": shown before each broken one. */
const VALID = buildFile({
  level: 'department',
  code: '32',
  year: 2024,
  schema: 2,
  nProducts: 12,
  nCountries: 12,
  pool: ['Valide-A', 'Valide-B ptit'],
  flows: {
    export: [
      [0, 0, 5],
      [1, 2, 7],
      [2, 3, 9],
      [11, 11, 4],
    ],
    import: [
      [3, 1, 8],
      [4, 4, 2],
    ],
  },
  extra: [1, 2, 3, 4],
  demo: true,
  industry: ['Valide-TI'],
} satisfies Spec);

const watch = guard();

/** The refusal, as seen from the page: state, error, message, event, and nothing drawn. */
function refused(el: TradeElement, b: Broken, events: CustomEvent[], url?: string): void {
  if (el.state !== 'error') fail(`state ${el.state}, expected error (${b.what})`);
  const e = el.error!;
  if (e.kind !== b.kind) fail(`error kind ${e.kind}, expected ${b.kind} (${b.what}): ${e.message}`);
  const shown = errorText(el);
  if (b.kind === 'json') {
    if (!shown.includes('Le fichier n’est pas du JSON valide'))
      fail(`message "${shown}" does not say the JSON is invalid`);
  } else {
    if (e.problem?.code !== b.code || e.problem?.path !== b.path)
      fail(`problem ${e.problem?.code} at "${e.problem?.path}", expected ${b.code} at "${b.path}" (${b.what})`);
    const field = `« ${b.path || '(racine)'} »`;
    if (!shown.includes(`Données invalides : le champ ${field} `) || !shown.includes(PHRASES[b.code!]))
      fail(`message "${shown}" does not name ${field} and "${PHRASES[b.code!]}"`);
  }
  if (url && !shown.includes(url)) fail(`message "${shown}" does not give the URL ${url}`);
  const last = events.at(-1);
  if (!last || last.detail.error !== e || !shown.includes(last.detail.message))
    fail('no trade-error event with the message shown');
  const root = el.shadowRoot!;
  for (const sel of [
    'svg',
    '[part="table"]',
    '[part="caption"]',
    '[part="source"]',
    '[part="toolbar"]',
    '[part="section"]',
    '.chart[role="group"]',
    '.figures',
  ]) {
    if (root.querySelector(sel)) fail(`${sel} is drawn from a refused file (${b.what})`);
  }
  const all = everything(el);
  if (all.includes(MARK)) {
    const around = all.slice(Math.max(0, all.indexOf(MARK) - 60), all.indexOf(MARK) + 60);
    fail(`a label of the refused file is shown (${b.what}): …${around}…`);
  }
  if (all.includes('Valide-')) fail(`something of the previous, valid file is still shown (${b.what})`);
  if (el.data !== undefined) fail('the element still holds data');
}

describe(`random invalid files: ${RUNS} per element, through the data property`, function () {
  this.timeout(120_000);
  for (const tag of TAGS) {
    it(`<${tag}>`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
      const el: TradeElement = wrap.appendChild(document.createElement(tag));
      if (tag === 'trade-report') el.setAttribute('base-url', FIXTURES);
      // The partner draws the valid file's trade with one of its partners (without one, its picker: 'empty').
      if (tag === 'trade-partner') el.setAttribute('country', 'K0');
      await sized(el);
      const events: CustomEvent[] = [];
      el.addEventListener('trade-error', (e) => events.push(e as CustomEvent));
      let i = 0;
      await check(
        `${tag} (invalid)`,
        fc.asyncProperty(breakArb(false), async (b) => {
          // A valid file first (every time; every tenth time for the report, slower to draw), then the broken one.
          if (tag !== 'trade-report' || i++ % 10 === 0) {
            el.data = VALID;
            await waitForState(el, 'ready');
          }
          el.data = b.file;
          await el.updateComplete;
          refused(el, b, events);
          if (watch.errors.length) throw new Error(watch.errors.join('\n'));
        }),
        SEEDS.invalid,
        RUNS,
        100_000,
      );
    });
  }
});

describe(`random invalid files through the network: ${FETCH_RUNS} per element`, function () {
  this.timeout(120_000);
  let id = 0;
  for (const tag of TAGS) {
    it(`<${tag}>, src pointing at the file`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
      const el: TradeElement = wrap.appendChild(document.createElement(tag));
      if (tag === 'trade-report') el.setAttribute('base-url', FIXTURES);
      // The partner draws the valid file's trade with one of its partners (without one, its picker: 'empty').
      if (tag === 'trade-partner') el.setAttribute('country', 'K0');
      await sized(el);
      const events: CustomEvent[] = [];
      el.addEventListener('trade-error', (e) => events.push(e as CustomEvent));
      await check(
        `${tag} (invalid, fetch)`,
        fc.asyncProperty(breakArb(true), async (b) => {
          const key = `invalid-${tag}-${++id}`;
          await fetch(`/__test/store/${key}`, { method: 'POST', body: b.text ?? JSON.stringify(b.file) });
          el.setAttribute('src', `/__test/stored/${key}`);
          await waitForState(el, ['ready', 'empty', 'error']);
          refused(el, b, events, `/__test/stored/${key}`);
        }),
        SEEDS.invalidFetch,
        FETCH_RUNS,
        100_000,
      );
    });
  }
});
