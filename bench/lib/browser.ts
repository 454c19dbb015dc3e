/**
 * The browser benchmarks: headless Chromium through puppeteer-core, one page at
 * a time in the foreground (a background tab gets no animation frames), the
 * harness of bench/page/harness.js doing the timing inside the page.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error: a JavaScript module without types
import { CHROME_ARGS, requireChrome } from '../../scripts/chrome.mjs';
import type { StaticServer } from './server.ts';
import { summarize, type Summary } from './stats.ts';
import type { Resolve } from './sourcemap.ts';
import { profile, type Breakdown, type Hot } from './trace.ts';

/** One timing from the harness, in ms from insertion (or from the width change). */
export interface Timing {
  rendered: number;
  painted: number;
  /** Frames begun between insertion and paint: 0 = painted in the frame it was inserted in. */
  frames: number;
  /** Whether the chart was rendered inside a rendering update (rAF, ResizeObserver) rather than in a plain task. */
  inFrame: boolean;
  complete?: number;
  /**
   * The first chart rendered: of many widgets; of one element, its first drawing (the report's first chart;
   * <trade-partner>'s own figures, before its region's and France's files are there).
   */
  first?: number;
  /** <trade-report>: its first screen (key figures and balance) painted. */
  screen?: number;
  /** The longest task over 50 ms between insertion and paint; 0 when none was. */
  longest?: number;
}

export interface Stats {
  rendered: Summary;
  painted: Summary;
  frames: Summary;
  complete?: Summary;
  first?: Summary;
  screen?: Summary;
  longest?: Summary;
  /** Requests to the server per run (cold runs). */
  requests?: number;
}

export function stats(runs: Timing[], requests?: number): Stats {
  const pick = (k: keyof Timing) => runs.map((r) => r[k] as number).filter((v) => typeof v === 'number');
  const out: Stats = {
    rendered: summarize(pick('rendered')),
    painted: summarize(pick('painted')),
    frames: summarize(pick('frames')),
  };
  if (runs.some((r) => r.complete !== undefined)) out.complete = summarize(pick('complete'));
  if (runs.some((r) => r.first !== undefined)) out.first = summarize(pick('first'));
  if (runs.some((r) => r.screen !== undefined)) out.screen = summarize(pick('screen'));
  if (runs.some((r) => r.longest !== undefined)) out.longest = summarize(pick('longest'));
  if (requests !== undefined) out.requests = requests;
  return out;
}

export interface Subject {
  /** Row label. */
  name: string;
  tag: string;
  attrs: Record<string, string>;
}

export interface Series {
  labels: string[];
  imp: number[];
  exp: number[];
}

/** Our five elements on the Gers (32) demo file, with the default year (the latest, 2024). */
export function subjects(base: string): Subject[] {
  const a = { department: '32', 'base-url': base };
  return [
    { name: '<trade-balance>', tag: 'trade-balance', attrs: a },
    { name: '<trade-treemap>', tag: 'trade-treemap', attrs: a },
    { name: '<trade-sankey flow="export">', tag: 'trade-sankey', attrs: { ...a, flow: 'export' } },
    { name: '<trade-summary>', tag: 'trade-summary', attrs: a },
    { name: '<trade-report> (9 charts)', tag: 'trade-report', attrs: a },
  ];
}

/**
 * The elements added after the first five, on the same territory and year:
 * <trade-partner> with the United States (it also reads the region's and France's
 * 2024 files), <trade-trend> (the series file, series/departments/32.json), and
 * <trade-map> on the world (geo/world.json) and on France (geo/france.json and
 * 2024/territories.json).
 */
export function laterSubjects(base: string): Subject[] {
  const a = { department: '32', 'base-url': base };
  return [
    { name: '<trade-partner country="US">', tag: 'trade-partner', attrs: { ...a, country: 'US' } },
    { name: '<trade-trend>', tag: 'trade-trend', attrs: a },
    { name: '<trade-map flow="export">', tag: 'trade-map', attrs: { ...a, flow: 'export' } },
    { name: '<trade-map scope="france">', tag: 'trade-map', attrs: { ...a, scope: 'france' } },
  ];
}

export const BAR = 'DSFR Chart <bar-chart>';

/**
 * Another of DSFR Chart's charts, given the data one of our elements draws, in its
 * attributes (JSON strings) as its README says: see dsfr.ts.
 */
export interface DsfrSubject {
  /** Row label. */
  name: string;
  tag: 'line-chart' | 'map-chart';
  attrs: Record<string, string>;
  /** The row label of our element it is compared with. */
  ours: string;
}

export interface Session {
  browser: Browser;
  version: string;
  server: StaticServer;
  /** Console errors and page errors seen (there should be none). */
  errors: string[];
  /** Maps the profile build's positions to sources. */
  resolve?: Resolve;
  close(): Promise<void>;
}

export async function launch(server: StaticServer): Promise<Session> {
  const browser = await puppeteer.launch({
    executablePath: requireChrome(),
    headless: true,
    // --expose-gc: the harness collects garbage between runs, outside the timed windows.
    args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--window-size=1280,1000'],
    defaultViewport: { width: 1280, height: 1000, deviceScaleFactor: 1 },
    protocolTimeout: 120_000,
  });
  const version = await browser.version();
  return { browser, version, server, errors: [], close: () => browser.close() };
}

/**
 * A fresh page, alone in the browser (so in the foreground), with the harness,
 * our library and, with `dsfr`, the DSFR and DSFR Chart's `charts` (module names:
 * its bar chart by default).
 */
export async function openPage(
  s: Session,
  { dsfr = false, charts = ['BarChart'], lib = '/lib/trade-widgets.js' } = {},
): Promise<Page> {
  const page = await s.browser.newPage();
  for (const p of await s.browser.pages()) if (p !== page) await p.close();
  page.on('pageerror', (e) => s.errors.push(`page error: ${(e as Error).message}`));
  page.on('console', (m) => m.type() === 'error' && s.errors.push(`console: ${m.text()}`));
  await page.goto(`${s.server.origin}/page/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => 'bench' in window);
  const info = await page.evaluate((o) => (globalThis as G).bench.setup(o), { dsfr, charts, lib });
  if (dsfr && info.defined.length < charts.length)
    throw new Error(`DSFR Chart defined only ${info.defined.join(', ') || 'nothing'} of ${charts.join(', ')}`);
  await page.bringToFront();
  return page;
}

// The harness, as seen from Node (its functions run in the page).
interface Harness {
  setup(o: {
    dsfr: boolean;
    charts: string[];
    lib: string;
  }): Promise<{ family: string; defined: string[]; fonts: number }>;
  setStage(w: number): void;
  clear(): Promise<void>;
  insertOurs(tag: string, attrs: Record<string, string>, o?: { when?: string; keep?: boolean }): Promise<Timing>;
  resizeOurs(): Promise<Timing>;
  insertMany(specs: Array<{ tag: string; attrs: Record<string, string> }>): Promise<Timing>;
  insertBar(
    series: Series | null,
    o?: { when?: string; keep?: boolean; fetchUrl?: string; animation?: boolean },
  ): Promise<Timing>;
  resizeBar(): Promise<Timing>;
  insertDsfr(tag: string, attrs: Record<string, string>): Promise<Timing>;
  insertManyBars(list: Series[]): Promise<Timing>;
  topCountries(data: unknown): Series;
  domStats(): { elements: number; svg: number; rows: number; table: number };
  clearLoaderCache(): void;
}
type G = typeof globalThis & { bench: Harness };

const ours = (page: Page, s: Subject, o: { when?: string; keep?: boolean } = {}) =>
  page.evaluate((tag, attrs, opts) => (globalThis as G).bench.insertOurs(tag, attrs, opts), s.tag, s.attrs, o);
const dsfrChart = (page: Page, d: DsfrSubject) =>
  page.evaluate((tag, attrs) => (globalThis as G).bench.insertDsfr(tag, attrs), d.tag, d.attrs);
const bar = (
  page: Page,
  series: Series | null,
  o: { when?: string; keep?: boolean; fetchUrl?: string; animation?: boolean } = {},
) => page.evaluate((d, opts) => (globalThis as G).bench.insertBar(d, opts), series, o);

export async function seriesFor(page: Page, url: string): Promise<Series> {
  return page.evaluate(async (u) => (globalThis as G).bench.topCountries(await (await fetch(u)).json()), url);
}

let coldId = 0;
const coldBase = () => `/cold/${Date.now().toString(36)}-${++coldId}/data/`;

export interface FirstPaint {
  cached: Map<string, Stats>;
  random: Map<string, Stats>;
  cold: Map<string, Stats>;
  dom: Map<string, { elements: number; svg: number; rows: number; table: number }>;
}

/**
 * Time to first chart, on one page with the DSFR, DSFR Chart and our library.
 * Cached: data already in the page (ours: in the shared loader cache, after a
 * first load; DSFR Chart: in its attributes), insertion at the start of a frame;
 * also at a random moment between frames for <trade-balance> and <bar-chart>.
 * Cold: the JSON fetched from localhost under a new URL (no cache can answer).
 * Our eight elements, in the subjects of `subjects` and `laterSubjects`, and DSFR
 * Chart's bar chart. Subjects are interleaved, each round in a rotated order, so
 * that a slow spell of a shared machine falls on all of them alike.
 */
export async function firstPaint(
  s: Session,
  page: Page,
  series: Series,
  { runs, warm, log }: { runs: number; warm: number; log: (m: string) => void },
): Promise<FirstPaint> {
  const list = [...subjects('/data/'), ...laterSubjects('/data/')];
  const cached = new Map<string, Timing[]>();
  const random = new Map<string, Timing[]>();
  const cold = new Map<string, Timing[]>();
  const requests = new Map<string, number>();
  const dom = new Map<string, { elements: number; svg: number; rows: number; table: number }>();
  const push = (m: Map<string, Timing[]>, k: string, t: Timing) => m.set(k, [...(m.get(k) ?? []), t]);

  // Cached, frame-aligned.
  const jobs: Array<[string, () => Promise<Timing>]> = [
    ...list.map((sub): [string, () => Promise<Timing>] => [sub.name, () => ours(page, sub)]),
    [BAR, () => bar(page, series)],
  ];
  for (let round = 0; round < warm + runs; round++) {
    for (let j = 0; j < jobs.length; j++) {
      const [name, run] = jobs[(round + j) % jobs.length];
      const t = await run();
      if (round >= warm) push(cached, name, t);
    }
  }
  log(`  cached: ${runs} rounds × ${jobs.length}`);
  for (const sub of list) {
    await ours(page, sub, { keep: true });
    dom.set(sub.name, await page.evaluate(() => (globalThis as G).bench.domStats()));
  }
  await page.evaluate(() => (globalThis as G).bench.clear());

  // Cached, inserted at a random moment between two frames.
  const balance = list[0];
  for (let round = 0; round < warm + runs; round++) {
    const pair: Array<[string, () => Promise<Timing>]> = [
      [balance.name, () => ours(page, balance, { when: 'random' })],
      [BAR, () => bar(page, series, { when: 'random' })],
    ];
    if (round % 2) pair.reverse();
    for (const [name, run] of pair) {
      const t = await run();
      if (round >= warm) push(random, name, t);
    }
  }
  log(`  random phase: ${runs} rounds × 2`);

  // Cold: a new URL every run.
  const coldJobs: Array<[string, () => Promise<Timing>]> = [
    ...list.map((sub): [string, () => Promise<Timing>] => [
      sub.name,
      () => ours(page, { ...sub, attrs: { ...sub.attrs, 'base-url': coldBase() } }),
    ]),
    [
      `${balance.name} src=…32.json`,
      () => ours(page, { ...balance, attrs: { src: `${coldBase()}2024/departments/32.json` } }),
    ],
    [`${BAR}, fetch + rank + insert`, () => bar(page, null, { fetchUrl: `${coldBase()}2024/departments/32.json` })],
  ];
  for (let round = 0; round < Math.min(warm, 2) + runs; round++) {
    for (let j = 0; j < coldJobs.length; j++) {
      const [name, run] = coldJobs[(round + j) % coldJobs.length];
      const before = s.server.counts.get('/cold') ?? 0;
      const t = await run();
      if (round >= Math.min(warm, 2)) {
        push(cold, name, t);
        requests.set(name, (requests.get(name) ?? 0) + (s.server.counts.get('/cold') ?? 0) - before);
      }
    }
  }
  log(`  cold: ${runs} rounds × ${coldJobs.length}`);
  const out = (m: Map<string, Timing[]>, req?: Map<string, number>) =>
    new Map([...m].map(([k, v]) => [k, stats(v, req ? (req.get(k) ?? 0) / v.length : undefined)]));
  return { cached: out(cached), random: out(random), cold: out(cold, requests), dom };
}

/**
 * Our elements against DSFR Chart's other charts (its line chart and map; see
 * dsfr.ts): each pair on the same figures, cached data (ours in the loader's
 * cache, DSFR Chart's in its attributes), inserted at the start of a frame,
 * interleaved round by round. On a page of their own, with those modules of DSFR
 * Chart, so that what its charts do after they are drawn (Chart.js animates for a
 * second) and leave behind stays off the main page's measurements.
 */
export async function firstPaintAgainst(
  s: Session,
  pairs: DsfrSubject[],
  { runs, warm, charts }: { runs: number; warm: number; charts: string[] },
): Promise<Map<string, Stats>> {
  const page = await openPage(s, { dsfr: true, charts });
  const later = laterSubjects('/data/');
  const jobs: Array<[string, () => Promise<Timing>]> = pairs.flatMap((d): Array<[string, () => Promise<Timing>]> => {
    const sub = later.find((x) => x.name === d.ours);
    if (!sub) throw new Error(`no subject named ${d.ours}`);
    return [
      [sub.name, () => ours(page, sub)],
      [d.name, () => dsfrChart(page, d)],
    ];
  });
  const t = new Map<string, Timing[]>();
  for (let round = 0; round < warm + runs; round++) {
    for (let j = 0; j < jobs.length; j++) {
      const [name, run] = jobs[(round + j) % jobs.length];
      const r = await run();
      if (round >= warm) t.set(name, [...(t.get(name) ?? []), r]);
    }
  }
  await page.close();
  return new Map([...t].map(([k, v]) => [k, stats(v)]));
}

/** Chart.js animates the bars: when they reach their length (informative, a few runs). */
export async function barAnimation(page: Page, series: Series, runs: number): Promise<Stats> {
  const t: Timing[] = [];
  for (let i = 0; i < runs; i++) t.push(await bar(page, series, { animation: true }));
  return stats(t);
}

/**
 * Redraw on resize: the element on the stage, the stage's width changed between
 * 900 and 700 px at the start of a frame; from the change to the redraw.
 */
export async function resize(
  page: Page,
  series: Series,
  { runs, warm }: { runs: number; warm: number },
): Promise<Map<string, Stats>> {
  const out = new Map<string, Stats>();
  for (const sub of subjects('/data/')) {
    await page.evaluate(() => {
      (globalThis as G).bench.setStage(900);
    });
    await ours(page, sub, { keep: true });
    const t: Timing[] = [];
    for (let i = 0; i < warm + runs; i++) {
      const r = await page.evaluate(() => (globalThis as G).bench.resizeOurs());
      if (i >= warm) t.push(r);
    }
    out.set(sub.name, stats(t));
  }
  await page.evaluate(() => {
    (globalThis as G).bench.setStage(900);
  });
  await bar(page, series, { keep: true, animation: true });
  const t: Timing[] = [];
  for (let i = 0; i < warm + runs; i++) {
    const r = await page.evaluate(() => (globalThis as G).bench.resizeBar());
    if (i >= warm) t.push(r);
  }
  out.set(BAR, stats(t));
  await page.evaluate(() => {
    (globalThis as G).bench.setStage(900);
  });
  await page.evaluate(() => (globalThis as G).bench.clear());
  return out;
}

export interface Heap {
  /** Library loaded, no widget. */
  before: number;
  /** With the 30 widgets, the first time they are inserted on the page. */
  with30: number;
  perWidget: number;
  /** After every timed run, all widgets removed: what removed widgets leave behind. */
  afterRemoval: number;
  cycles: number;
}

export interface Many {
  departments: Array<{ code: string; name: string; region: string }>;
  kinds: Record<string, number>;
  /** The very first insertion on a fresh page: cold data, cold code. */
  first: Timing;
  cold: Stats;
  cached: Stats;
  heap: Heap;
  dom: { elements: number; svg: number; rows: number; table: number };
  dsfr?: { first: Timing; cached: Stats; heap: Heap };
}

const MANY_KINDS: Array<[string, Record<string, string>]> = [
  ['trade-balance', {}],
  ['trade-treemap', {}],
  ['trade-sankey', { flow: 'export' }],
  ['trade-summary', {}],
];

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * A page with 30 widgets: every department of Occitanie (13), Nouvelle-Aquitaine
 * (12) and Pays de la Loire (5) — no two regions have 30 departments between
 * them — one widget each, cycling through balance, treemap, Sankey and summary.
 * All inserted in one task; total time until the last one is rendered and
 * painted, cold (30 files and the index fetched) and cached. The JS heap after
 * garbage collection: on a fresh page with the library loaded, with the 30
 * widgets the first time they are inserted, and after all the timed runs with
 * every widget removed. On a page of its own, without the DSFR. DSFR Chart's
 * side: 30 <bar-chart> with each department's top 10, data in their attributes,
 * on a page with the DSFR, measured the same way.
 */
export async function many(
  s: Session,
  index: { territories: { departments: Array<{ code: string; name: string; region?: string }> } },
  { runs, withDsfr = true }: { runs: number; withDsfr?: boolean },
): Promise<Many> {
  const departments = index.territories.departments
    .filter((d) => ['76', '75', '52'].includes(d.region ?? ''))
    .map((d) => ({ code: d.code, name: d.name, region: d.region! }));
  if (departments.length !== 30) throw new Error(`expected 30 departments, found ${departments.length}`);
  const specs = (base: string) =>
    departments.map((d, i) => ({
      tag: MANY_KINDS[i % 4][0],
      attrs: { department: d.code, 'base-url': base, ...MANY_KINDS[i % 4][1] },
    }));
  const kinds: Record<string, number> = {};
  for (const sp of specs('')) kinds[sp.tag] = (kinds[sp.tag] ?? 0) + 1;

  const page = await openPage(s);
  const before = await heapUsed(page);
  const first = await page.evaluate((sp) => (globalThis as G).bench.insertMany(sp), specs(coldBase()));
  const with30 = await heapUsed(page);
  const dom = await page.evaluate(() => (globalThis as G).bench.domStats());
  const cold: Timing[] = [];
  const cached: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    const base = coldBase();
    cold.push(await page.evaluate((sp) => (globalThis as G).bench.insertMany(sp), specs(base)));
    cached.push(await page.evaluate((sp) => (globalThis as G).bench.insertMany(sp), specs(base)));
  }
  await page.evaluate(() => (globalThis as G).bench.clear());
  // The loader keeps up to 64 validated files for the page: emptied, what is left is what removed widgets leak.
  await page.evaluate(() => {
    (globalThis as G).bench.clearLoaderCache();
  });
  const afterRemoval = await heapUsed(page);
  const out: Many = {
    departments,
    kinds,
    first,
    cold: stats(cold),
    cached: stats(cached),
    heap: { before, with30, perWidget: (with30 - before) / 30, afterRemoval, cycles: 1 + 2 * runs },
    dom,
  };
  await page.close();

  if (withDsfr) {
    const dpage = await openPage(s, { dsfr: true });
    const list: Series[] = [];
    for (const d of departments) list.push(await seriesFor(dpage, `/data/2024/departments/${d.code}.json`));
    const dBefore = await heapUsed(dpage);
    const dFirst = await dpage.evaluate((l) => (globalThis as G).bench.insertManyBars(l), list);
    const dWith30 = await heapUsed(dpage);
    const t: Timing[] = [];
    for (let i = 0; i < runs; i++) t.push(await dpage.evaluate((l) => (globalThis as G).bench.insertManyBars(l), list));
    await dpage.evaluate(() => (globalThis as G).bench.clear());
    const dAfter = await heapUsed(dpage);
    out.dsfr = {
      first: dFirst,
      cached: stats(t),
      heap: {
        before: dBefore,
        with30: dWith30,
        perWidget: (dWith30 - dBefore) / 30,
        afterRemoval: dAfter,
        cycles: 1 + runs,
      },
    };
    await dpage.close();
  }
  return out;
}

/** Our charts once more, cached, on a page without the DSFR: what the host page's CSS and JS cost. */
export async function firstPaintPlain(
  s: Session,
  { runs, warm }: { runs: number; warm: number },
): Promise<Map<string, Stats>> {
  const page = await openPage(s);
  const list = [...subjects('/data/'), ...laterSubjects('/data/')].filter((x) => x.tag !== 'trade-report');
  const t = new Map<string, Timing[]>();
  for (let round = 0; round < warm + runs; round++) {
    for (let j = 0; j < list.length; j++) {
      const sub = list[(round + j) % list.length];
      const r = await ours(page, sub);
      if (round >= warm) t.set(sub.name, [...(t.get(sub.name) ?? []), r]);
    }
  }
  await page.close();
  return new Map([...t].map(([k, v]) => [k, stats(v)]));
}

export interface Profile {
  what: string;
  breakdown: Breakdown;
  hot: Hot;
  timings: Stats;
}

/**
 * The profile that explains a time: the same runs under a Chromium trace and a
 * CPU profile, on the unminified build (function names readable). Tracing slows
 * the page: the breakdown's total is longer than the untraced median.
 */
export async function profileRuns(
  s: Session,
  what: string,
  kind: 'cached' | 'random' | 'resize' | 'cold',
  target: { sub?: Subject; series?: Series },
  runs: number,
): Promise<Profile> {
  const page = await openPage(s, { dsfr: true, lib: '/lib-profile/trade-widgets.js' });
  const timings: Timing[] = [];
  const once = async () => {
    if (kind === 'resize')
      return target.sub
        ? page.evaluate(() => (globalThis as G).bench.resizeOurs())
        : page.evaluate(() => (globalThis as G).bench.resizeBar());
    const when = kind === 'random' ? 'random' : 'frame';
    if (target.sub) {
      // Cold: our element with src= (one request), as DSFR Chart's page fetches one file.
      const sub =
        kind === 'cold' ? { ...target.sub, attrs: { src: `${coldBase()}2024/departments/32.json` } } : target.sub;
      return ours(page, sub, { when });
    }
    return bar(
      page,
      kind === 'cold' ? null : target.series!,
      kind === 'cold' ? { fetchUrl: `${coldBase()}2024/departments/32.json` } : { when },
    );
  };
  if (kind === 'resize') {
    if (target.sub) await ours(page, target.sub, { keep: true });
    else await bar(page, target.series!, { keep: true, animation: true });
  }
  for (let i = 0; i < 3; i++) await once();
  const p = await profile(
    page,
    async () => {
      for (let i = 0; i < runs; i++) timings.push(await once());
    },
    s.resolve,
  );
  await page.close();
  return { what, breakdown: p.breakdown, hot: p.hot, timings: stats(timings) };
}
