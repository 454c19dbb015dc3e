/**
 * Load: a page with 101 <trade-summary> elements, every department of the demo
 * data, over the local server. All render, each with its own file's figures; the
 * requests are the distinct files (101 departments, from latest/), each once;
 * and memory stays flat over 10 reloads of the set (the set removed and made
 * again, as a page that changes view would): JS heap after a full garbage
 * collection, DOM nodes and JS event listeners, read through the DevTools protocol.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/index.ts';
import type { TradeElement } from '../../../src/components/base/trade-element.ts';
import { formatEuros } from '../../../src/data/format.ts';
import { clearCache, loaderStats, pendingRequests } from '../../../src/data/loader.ts';
import { waitForState } from '../../helpers/dom.ts';
import { watchErrors } from './checks.ts';
import { fr } from '../../../src/data/i18n/fr.ts';

interface Memory {
  heap: number;
  nodes: number;
  jsEventListeners: number;
  documents: number;
}
const memory = () => executeServerCommand<Memory, Record<string, never>>('memory', {});
const counts = async (): Promise<Record<string, number>> => (await fetch('/__test/counts')).json();
const BASE = '/__test/count/data/';
const RELOADS = 10;

describe('101 <trade-summary>, every department, on one page', function () {
  this.timeout(150_000);
  let departments: string[];
  const exports = new Map<string, number>();
  let watch: ReturnType<typeof watchErrors>;

  before(async () => {
    const index = await (await fetch('/data/index.json')).json();
    departments = index.territories.departments.map((d: { code: string }) => d.code);
    expect(departments).to.have.length(101);
    await Promise.all(
      departments.map(async (d) =>
        exports.set(d, (await (await fetch(`/data/${index.latest}/departments/${d}.json`)).json()).totals.export),
      ),
    );
  });
  beforeEach(() => (watch = watchErrors()));
  afterEach(() => {
    watch.stop();
    expect(watch.errors).to.deep.equal([]);
  });

  /** The set, in a grid of 300 px columns, every element drawn. */
  async function showSet(): Promise<HTMLElement> {
    const page = document.createElement('div');
    page.style.cssText = 'display:grid;grid-template-columns:repeat(3,300px);gap:8px';
    for (const d of departments) {
      const el = document.createElement('trade-summary');
      el.setAttribute('department', d);
      el.setAttribute('base-url', BASE);
      page.append(el);
    }
    document.body.append(page);
    const els = [...page.children] as TradeElement[];
    await Promise.all(els.map((el) => waitForState(el, 'ready', 30_000)));
    // And what each loads after it is drawn: its extras' code, then France's file (one for all) and its series.
    const settled = () => els.every((el) => (el as unknown as { related?: unknown }).related !== undefined);
    for (let i = 0; i < 1000 && (!settled() || pendingRequests()); i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    return page;
  }

  /** Every element shows its own department's exports. */
  function rendered(page: HTMLElement): void {
    for (const el of page.querySelectorAll('trade-summary')) {
      const code = el.getAttribute('department')!;
      expect(el.data?.territory.code).to.equal(code);
      expect(el.shadowRoot!.querySelector('[part~="value"]')?.textContent, code).to.equal(
        formatEuros(exports.get(code)!, fr),
      );
    }
  }

  it('all render, with one request per distinct file', async () => {
    clearCache();
    await fetch('/__test/counts-reset');
    const before = loaderStats.requests;
    const started = performance.now();
    const page = await showSet();
    const took = performance.now() - started;
    rendered(page);
    const c = await counts();
    // Each its file and its series (the change over five years); France's file once for all (the
    // dependency indicators beside France's).
    const files = departments.flatMap((d) => [
      `data/latest/departments/${d}.json`,
      `data/series/departments/${d}.json`,
    ]);
    expect(Object.keys(c).sort()).to.deep.equal([...files, 'data/2024/france.json'].sort());
    expect(
      Object.values(c).every((n) => n === 1),
      'each file requested once',
    ).to.equal(true);
    expect(loaderStats.requests - before, 'requests sent by the loader').to.equal(203);
    expect(pendingRequests()).to.equal(0);
    console.log(`101 <trade-summary>: drawn in ${Math.round(took)} ms, 203 requests`);
    page.remove();
  });

  it(`memory stays flat over ${RELOADS} reloads of the set`, async () => {
    clearCache();
    // (No reference to a removed set may stay in this test, or it could not be collected.)
    let page: HTMLElement | undefined = await showSet();
    const samples: Memory[] = [await memory()];
    page.remove();
    // The page without the set is measured once a second set has come and gone: what the first set left loaded
    // for good (the on-demand modules, the files its summaries load in idle periods, the loader's cache) varies
    // with when those idle periods came, and is there after the reloads too.
    page = await showSet();
    page.remove();
    // eslint-disable-next-line no-useless-assignment -- drops the last reference to the set, for the collection below
    page = undefined;
    const empty = await memory();
    page = await showSet();
    for (let i = 1; i <= RELOADS; i++) {
      await fetch('/__test/counts-reset');
      page.remove();
      page = await showSet();
      rendered(page);
      // Within one reload, no file twice (the cache keeps 64 files: some are fetched again, once).
      expect(Math.max(...Object.values(await counts())), `reload ${i}: requests per file`).to.be.at.most(1);
      samples.push(await memory());
    }
    page.remove();
    // eslint-disable-next-line no-useless-assignment -- drops the last reference to the set, for the collection below
    page = undefined;
    const after = await memory();
    const set = samples[0].heap - empty.heap;
    const mb = (b: number) => `${(b / 2 ** 20).toFixed(2)} MB`;
    console.log(
      `heap with the set: ${samples.map((s) => mb(s.heap)).join(', ')}; ` +
        `without: ${mb(empty.heap)} then ${mb(after.heap)}; one set ≈ ${mb(set)}`,
    );
    console.log(
      `DOM nodes: ${samples.map((s) => s.nodes).join(', ')}; ` +
        `JS listeners: ${samples.map((s) => s.jsEventListeners).join(', ')}`,
    );
    console.log(
      `without the set: DOM nodes ${empty.nodes} then ${after.nodes}; ` +
        `JS listeners ${empty.jsEventListeners} then ${after.jsEventListeners}`,
    );
    // Flat: once warm (3 reloads: caches filled), the last reloads hold what the third did, within a quarter of
    // one set; a leak of one set per reload would be seven sets.
    const warm = samples[3].heap;
    const last = Math.max(...samples.slice(-3).map((s) => s.heap));
    expect(last - warm, `heap growth over reloads 3 to ${RELOADS} (one set ≈ ${mb(set)})`).to.be.below(set / 4);
    expect(after.heap - empty.heap, 'the page without the set, after the reloads').to.be.below(set / 4);
    // Listeners and nodes: the same number for every set, and back to the empty page's once removed.
    for (const s of samples.slice(2)) {
      expect(s.jsEventListeners, 'JS event listeners with the set').to.equal(samples[1].jsEventListeners);
      expect(s.nodes, 'DOM nodes with the set').to.be.at.most(samples[1].nodes + 50);
    }
    expect(after.jsEventListeners, 'JS event listeners once the set is gone').to.equal(empty.jsEventListeners);
    expect(after.nodes, 'DOM nodes once the set is gone').to.be.at.most(empty.nodes + 50);
  });
});
