/**
 * Races and faults, on the real elements:
 * - bursts of 50 attribute changes spread over many tasks, microtasks and frames,
 *   with answers delayed at random so that they arrive out of order (fast-check):
 *   the last request wins, and exactly one render (and one trade-load) follows it;
 * - a body that never ends, and headers that never come: the timeout error;
 * - a 50 MB answer refused under the documented limit (10 MB), and the limit exact
 *   to the byte, with and without Content-Length;
 * - an element removed while its fetch is in flight, or before its first update,
 *   leaves no timer, observer or listener behind (counting proxies);
 * - a server that answers 500, then 200: the element recovers when its attribute is
 *   set again (even to the same value), or through reload().
 * (test/browser/base.test.ts covers a burst within one task, the same faults on the
 * test widget, and the cancellation of a request on removal.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/index.ts';
import type { TradeElement } from '../../../src/components/base/trade-element.ts';
import { formatEuros } from '../../../src/data/format.ts';
import { MAX_BYTES, loaderStats, pendingRequests } from '../../../src/data/loader.ts';
import { errorText, waitForState } from '../../helpers/dom.ts';
import { frame, guard } from './checks.ts';
import { installCounters, pause } from './counters.ts';
import { SEEDS, check } from './gen.ts';
import { fr } from '../../../src/data/i18n/fr.ts';

const DEPARTMENTS: string[] = [];
const totals = new Map<string, { export: number; import: number }>();

before(async () => {
  const index = await (await fetch('/data/index.json')).json();
  DEPARTMENTS.push(...index.territories.departments.map((d: { code: string }) => d.code));
});

async function exportsOf(year: string, dep: string): Promise<number> {
  const key = `${year}/${dep}`;
  if (!totals.has(key)) totals.set(key, (await (await fetch(`/data/${year}/departments/${dep}.json`)).json()).totals);
  return totals.get(key)!.export;
}

guard();

/**
 * Events of an element, counted from a point on: `mark()` is the number of events so
 * far (events are dispatched synchronously, so this is exact).
 */
function record(el: Element) {
  const log: { type: string; detail: any }[] = [];
  for (const type of ['trade-load', 'trade-render', 'trade-error'])
    el.addEventListener(type, (e) => log.push({ type, detail: (e as CustomEvent).detail }));
  return {
    mark: () => log.length,
    since: (mark: number, type: string) => log.slice(mark).filter((e) => type === '*' || e.type === type),
  };
}

describe('bursts of attribute changes, answers out of order', function () {
  this.timeout(120_000);

  type Change = {
    dep: string;
    year?: '2023' | '2024';
    delay: number;
    gap: 'none' | 'microtask' | 'task' | 'frame';
    via: 'attribute' | 'property';
  };
  const change = fc.record<Change>({
    dep: fc.constantFrom(...Array.from({ length: 101 }, (_, i) => i)).map((i) => DEPARTMENTS[i] ?? '32'),
    year: fc.constantFrom<Change['year']>(undefined, '2023', '2024'),
    delay: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 200, max: 500 })),
    gap: fc.constantFrom<Change['gap']>('none', 'microtask', 'task', 'task', 'frame'),
    via: fc.constantFrom<Change['via']>('attribute', 'property'),
  });

  for (const tag of ['trade-summary', 'trade-balance'] as const) {
    it(`<${tag}>: 50 changes over many tasks; the last wins, one render follows (12 bursts)`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
      const el: TradeElement = wrap.appendChild(document.createElement(tag));
      const events = record(el);
      let burst = 0;
      await check(
        `${tag} burst`,
        fc.asyncProperty(fc.array(change, { minLength: 50, maxLength: 50 }), async (changes) => {
          burst++;
          const requestsBefore = loaderStats.requests;
          let after = 0;
          for (const [i, c] of changes.entries()) {
            const base = `/__test/delay/${c.delay}/data/`;
            if (c.via === 'attribute') {
              el.setAttribute('base-url', base);
              el.setAttribute('department', c.dep);
              if (c.year) el.setAttribute('year', c.year);
              else el.removeAttribute('year');
            } else Object.assign(el, { baseUrl: base, department: c.dep, year: c.year });
            if (i === changes.length - 1) after = events.mark();
            else if (c.gap === 'microtask') await Promise.resolve();
            else if (c.gap === 'task') await pause(Math.random() < 0.5 ? 0 : 5);
            else if (c.gap === 'frame') await frame();
          }
          const [previous, last] = changes.slice(-2);
          const same = previous.dep === last.dep && previous.year === last.year && previous.delay === last.delay;
          await waitForState(el, 'ready', 5000);
          // Past the slowest answer: nothing else may arrive (the summary's files loaded after it is
          // drawn, France's and the series, take as long again).
          await pause(650);
          for (let i = 0; i < 200 && pendingRequests(); i++) await pause(10);
          const year = last.year ?? '2024';
          expect(el.data?.territory.code, `burst ${burst}`).to.equal(last.dep);
          expect(String(el.data?.year)).to.equal(year);
          // Without a year, the file in latest/ (a copy of 2024/).
          const folder = last.year ?? 'latest';
          expect(el.dataUrl).to.contain(`/__test/delay/${last.delay}/data/${folder}/departments/${last.dep}.json`);
          const loads = events.since(after, 'trade-load');
          const renders = events.since(after, 'trade-render');
          // (A last change equal to the one before makes no new request: the one before may have been drawn already.)
          expect(loads.length, 'trade-load after the last change').to.equal(same ? loads.length && 1 : 1);
          if (loads.length) expect(loads[0].detail.data.territory.code).to.equal(last.dep);
          // One drawing of the last file; the summary draws it again once its dependency indicators and
          // five-year change are in (their code, France's file, the series), never an earlier file's.
          const drawings = tag === 'trade-summary' ? Math.min(renders.length, 2) : 1;
          expect(renders.length, 'trade-render after the last change').to.equal(
            same ? renders.length && drawings : drawings,
          );
          expect(events.since(after, 'trade-error')).to.deep.equal([]);
          expect(pendingRequests(), 'requests still in flight').to.equal(0);
          expect(loaderStats.requests - requestsBefore, 'requests sent').to.be.at.most(100);
          // What is shown is the last file's.
          if (tag === 'trade-summary')
            expect(el.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.equal(
              formatEuros(await exportsOf(year, last.dep), fr),
            );
        }),
        SEEDS.races,
        12,
        110_000,
      );
    });
  }

  it('the last request is the slowest, earlier ones answer first: they are never shown', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const el = wrap.appendChild(document.createElement('trade-summary')) as TradeElement;
    const events = record(el);
    const start = events.mark();
    for (let i = 0; i < 49; i++) {
      el.setAttribute('src', `/__test/delay/${10 + i}/data/2024/departments/${DEPARTMENTS[i]}.json`);
      await pause(1);
    }
    el.setAttribute('src', '/__test/delay/700/data/2024/departments/32.json');
    await waitForState(el, 'ready', 5000);
    expect(el.data?.territory.code).to.equal('32');
    // One drawing of the file, then one with the dependency indicators (a `src` file: their code only).
    for (let i = 0; i < 100 && events.since(start, 'trade-render').length < 2; i++) await pause(10);
    expect(events.since(start, 'trade-render').length, 'renders: earlier answers were all cancelled').to.equal(2);
    expect(events.since(start, 'trade-load').map((e) => e.detail.data.territory.code)).to.deep.equal(['32']);
  });
});

describe('answers that never end, or are too large', function () {
  this.timeout(30_000);

  it('a body that keeps coming and never ends: the timeout error, the request cancelled, then recovery', async () => {
    const el = await fixture<TradeElement>(html`<trade-summary timeout="400" src="/__test/drip"></trade-summary>`);
    const start = performance.now();
    await waitForState(el, 'error', 5000);
    expect(performance.now() - start).to.be.within(350, 2000);
    expect(el.error?.kind).to.equal('timeout');
    expect(errorText(el)).to.contain('Le chargement a dépassé le délai de 0,4 s');
    expect(pendingRequests()).to.equal(0);
    el.setAttribute('src', '/data/2024/departments/32.json');
    await waitForState(el, 'ready');
  });

  it('headers that never come: the timeout error', async () => {
    const el = await fixture<TradeElement>(
      html`<trade-balance timeout="300" src="/__test/delay/3000/data/2024/departments/32.json"></trade-balance>`,
    );
    await waitForState(el, 'error', 5000);
    expect(el.error?.kind).to.equal('timeout');
    expect(pendingRequests()).to.equal(0);
  });

  it(`a 50 MB answer is refused at once, saying the limit: ${MAX_BYTES} bytes (10 MB)`, async () => {
    expect(MAX_BYTES).to.equal(10_000_000);
    for (const src of ['/__test/big/50', '/__test/big-declared/50']) {
      const start = performance.now();
      const el = await fixture<TradeElement>(html`<trade-sankey src=${src}></trade-sankey>`);
      await waitForState(el, 'error', 10_000);
      expect(el.error?.kind).to.equal('too-large');
      expect(errorText(el)).to.contain('Le fichier dépasse la taille maximale autorisée (10 Mo).');
      expect(performance.now() - start, 'refused without reading 50 MB').to.be.below(5000);
      expect(pendingRequests()).to.equal(0);
    }
    const en = await fixture<TradeElement>(html`<trade-sankey lang="en" src="/__test/big/50"></trade-sankey>`);
    await waitForState(en, 'error', 10_000);
    await pause(50);
    await en.updateComplete;
    expect(errorText(en)).to.contain('The file is larger than the allowed maximum (10 MB).');
  });

  it(
    'the limit is exact: ' + 'a valid file padded to 10 000 000 bytes loads, one byte more is refused, declared or not',
    async () => {
      for (const declared of [false, true]) {
        const q = declared ? '?declared=1' : '';
        const ok = await fixture<TradeElement>(
          html`<trade-summary src="/__test/padded/${MAX_BYTES}/data/2024/departments/32.json${q}"></trade-summary>`,
        );
        await waitForState(ok, 'ready', 10_000);
        const over = await fixture<TradeElement>(
          html`<trade-summary src="/__test/padded/${MAX_BYTES + 1}/data/2024/departments/32.json${q}"></trade-summary>`,
        );
        await waitForState(over, 'error', 10_000);
        expect(over.error?.kind, declared ? 'declared' : 'streamed').to.equal('too-large');
      }
    },
  );
});

describe('removed while loading: nothing left behind', function () {
  this.timeout(30_000);
  let counters: ReturnType<typeof installCounters>;
  beforeEach(() => (counters = installCounters()));
  afterEach(() => {
    counters.uninstall();
  });

  const nothingLive = () =>
    expect(counters.live(), 'timers, observers and listeners still active').to.deep.equal({
      timers: 0,
      resizeObservers: 0,
      mutationObservers: 0,
      documentListeners: [],
      mediaListeners: 0,
      fontListeners: 0,
    });

  for (const tag of ['trade-balance', 'trade-treemap', 'trade-sankey', 'trade-summary', 'trade-report'] as const) {
    it(`<${tag}>: removed while its fetch is in flight`, async () => {
      const host = document.createElement('div');
      host.style.width = '500px';
      document.body.append(host);
      const el: TradeElement = document.createElement(tag);
      el.setAttribute('src', '/__test/delay/400/data/2024/departments/32.json');
      host.append(el);
      await pause(60);
      expect(el.state).to.equal('loading');
      expect(pendingRequests()).to.be.greaterThan(0);
      const made = counters.made();
      expect(made.timers, 'the loader’s timeout timer was counted').to.be.greaterThan(0);
      expect(
        made.resizeObservers + made.mutationObservers + made.documentListeners + made.mediaListeners,
        'what the element watches was counted',
      ).to.be.at.least(3);
      el.remove();
      await pause(10);
      expect(pendingRequests()).to.equal(0);
      nothingLive();
      await pause(500); // past the answer
      nothingLive();
      expect(el.state).to.equal('loading'); // nothing arrived
      host.remove();
    });
  }

  it('removed in the same task as it was added (before its first update): no request, nothing left', async () => {
    for (const tag of ['trade-balance', 'trade-summary', 'trade-report'] as const) {
      const el: TradeElement = document.createElement(tag);
      el.setAttribute('src', '/__test/delay/300/data/2024/departments/32.json');
      document.body.append(el);
      el.remove();
      await pause(30);
      expect(pendingRequests(), `<${tag}>: requests in flight`).to.equal(0);
      nothingLive();
      // Put back, it loads as if new.
      document.body.append(el);
      await waitForState(el, 'ready', 5000);
      el.remove();
      await pause(10);
      nothingLive();
    }
  });

  it('moved in the page while loading: it loads, nothing left', async () => {
    const before = loaderStats.requests;
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    const el = document.createElement('trade-summary') as TradeElement;
    el.setAttribute('src', '/__test/delay/200/data/2024/departments/31.json');
    a.append(el);
    await pause(50);
    b.append(el);
    await waitForState(el, 'ready', 5000);
    expect(el.data?.territory.code).to.equal('31');
    expect(loaderStats.requests - before).to.be.at.most(2);
    a.remove();
    b.remove();
    await pause(10);
    nothingLive();
  });
});

describe('a server that answers 500, then 200', function () {
  this.timeout(20_000);
  let n = 0;
  const flaky = (path: string) => `/__test/flaky/races-${Date.now()}-${++n}/${path}`;

  it('recovers when its src attribute is set again, to the same value', async () => {
    const src = flaky('data/2024/departments/32.json');
    const el = await fixture<TradeElement>(html`<trade-summary src=${src}></trade-summary>`);
    await waitForState(el, 'error');
    expect(errorText(el)).to.contain('HTTP 500');
    el.setAttribute('src', src);
    await waitForState(el, 'ready');
    expect(el.data?.territory.code).to.equal('32');
  });

  it('recovers when its department attribute is set again, to the same value (its latest/ file failed)', async () => {
    const base = flaky('data/');
    const el = await fixture<TradeElement>(html`<trade-balance department="31" base-url=${base}></trade-balance>`);
    await waitForState(el, 'error');
    expect(el.error?.status).to.equal(500);
    el.setAttribute('department', '31');
    await waitForState(el, 'ready');
    expect(el.data?.territory.code).to.equal('31');
  });

  it('recovers through reload(), and through another attribute value', async () => {
    const el = await fixture<TradeElement>(
      html`<trade-treemap src=${flaky('data/2024/departments/32.json')}></trade-treemap>`,
    );
    await waitForState(el, 'error');
    el.reload();
    await waitForState(el, 'ready');
    el.setAttribute('src', flaky('data/2024/departments/33.json'));
    await waitForState(el, 'error');
    el.setAttribute('src', '/data/2024/departments/33.json');
    await waitForState(el, 'ready');
    expect(el.data?.territory.code).to.equal('33');
  });

  it('setting an attribute again when nothing failed does not fetch again', async () => {
    const el = await fixture<TradeElement>(html`<trade-summary src="/data/2024/departments/32.json"></trade-summary>`);
    await waitForState(el, 'ready');
    // What the summary loads in an idle period after its first drawing (its extra code) redraws it: past that.
    let last = performance.now();
    el.addEventListener('trade-render', () => (last = performance.now()));
    while (performance.now() - last < 300) await pause(50);
    const before = loaderStats.requests;
    const events = record(el);
    const t = events.mark();
    el.setAttribute('src', '/data/2024/departments/32.json');
    await pause(50);
    expect(loaderStats.requests).to.equal(before);
    expect(events.since(t, 'trade-render')).to.deep.equal([]);
  });
});
