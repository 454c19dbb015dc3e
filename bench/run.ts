/**
 * `npm run bench`: every performance figure of trade-widgets, measured side by side
 * with DSFR Chart in one run, on the same data, in the same browser; printed as
 * Markdown and written to bench/results.md with the machine and the browser.
 *
 *   npm run bench [-- --runs 31] [--quick] [--no-pipeline] [--no-profile] [--out file]
 *
 * --quick: few runs and a small pipeline input, to try the benchmark itself; its
 * report goes to bench/.cache/results.quick.md unless --out says otherwise.
 *
 * Sections: bundle size (with what each later element adds to the single-file
 * script, and the map files); time to first chart (cached, then cold); redraw on
 * resize; a page with 30 widgets; scaling of the Sankey and treemap layouts;
 * pipeline throughput. Then the targets of issues 9, 17 to 19 and 20, met or
 * missed, and for each miss the profile that explains it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { balanceModel } from '../src/components/trade-balance/model.ts';
import { parseTotals } from '../src/components/trade-map/geo.ts';
import { fr } from '../src/data/i18n/fr.ts';
import { countryName } from '../src/data/i18n/names.ts';
import { validateSeries } from '../src/data/validate-series.ts';
import { validateTradeData } from '../src/data/validate.ts';
import { benchPipeline, type PipelineBench } from './pipeline.ts';
import {
  BAR,
  barAnimation,
  firstPaint,
  firstPaintAgainst,
  firstPaintPlain,
  laterSubjects,
  launch,
  many,
  openPage,
  profileRuns as profileRunsOnce,
  resize,
  seriesFor,
  subjects,
  type DsfrSubject,
  type FirstPaint,
  type Many,
  type Profile,
  type Series,
  type Stats,
} from './lib/browser.ts';
import { buildLibrary } from './lib/build.ts';
import { DSFR_CHARTS, lineChart, mapChart } from './lib/dsfr.ts';
import { load, machine } from './lib/machine.ts';
import { scaling, type ScalingRow } from './lib/scaling.ts';
import { startServer } from './lib/server.ts';
import { resolver } from './lib/sourcemap.ts';
import { measureSingleFile, measureSizes, type SingleFileCosts, type Size, type Sizes } from './lib/sizes.ts';
import { MB, kB, mediq, ms, ratio, table } from './lib/stats.ts';
import { BUCKETS } from './lib/trace.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'bench/.cache');
const DIST = join(CACHE, 'dist');
/** The demo data (the library's build carries none). */
const DATA = join(ROOT, 'public/data');
const DIST_PROFILE = join(CACHE, 'dist-profile');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean' },
    'no-pipeline': { type: 'boolean' },
    'no-profile': { type: 'boolean' },
    out: { type: 'string' },
  },
});
const QUICK = !!args.quick;
const RUNS = Number(args.runs ?? (QUICK ? 5 : 31));
const WARM = QUICK ? 1 : 5;
const OUT = resolve(ROOT, args.out ?? (QUICK ? 'bench/.cache/results.quick.md' : 'bench/results.md'));

const log = (m: string) => process.stderr.write(`${m}\n`);
const started = performance.now();
const step = (m: string) => log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);

// --- Targets of issues 9, 17 to 19 and 20 (not to be changed) ------------------------------
const FRAME_MS = 16;
const RATIO = 3;
const RESIZE_MS = 8;
/** The report's first screen, and the longest task allowed while it loads. */
const SCREEN_MS = 50;
/** Each map file of <trade-map>, gzip (issue 19). The elements' own budgets are in src/elements.ts. */
const GEO_BYTES = 60 * 1024;

interface Target {
  what: string;
  result: string;
  met: boolean;
  /** Profiles that explain a miss. */
  profile?: () => Promise<Profile[]>;
}

async function main(): Promise<void> {
  const m = machine();
  step(`machine: ${m.cpu} × ${m.cores}, ${m.memory}; load ${m.load.toFixed(2)}`);

  step('building the library (as npm run build does) into bench/.cache/dist, and an unminified copy for profiles');
  await buildLibrary(DIST);
  await buildLibrary(DIST_PROFILE, { profile: true });

  step('sizes');
  const sizes = measureSizes(DIST, join(ROOT, 'node_modules'), ROOT);
  step('what each later element adds to the single-file script (five builds of it)');
  const single = await measureSingleFile();

  // The same top 10 for both charts: our aggregation (src/components/trade-balance/model.ts) in Node,
  // and the harness's copy of it in the page, which must agree.
  const gers = validateTradeData(JSON.parse(readFileSync(join(DATA, '2024/departments/32.json'), 'utf8')));
  const model = balanceModel(gers, 10);
  const labels = model.rows.map((row) => countryName(gers, row.code, fr));
  const expected: Series = { labels, imp: model.rows.map((row) => row.imp), exp: model.rows.map((row) => row.exp) };
  // DSFR Chart's line chart and map on the figures <trade-trend> and France's <trade-map> draw.
  const later = laterSubjects('/data/');
  const gersSeries = validateSeries(JSON.parse(readFileSync(join(DATA, 'series/departments/32.json'), 'utf8')));
  const totals = parseTotals(JSON.parse(readFileSync(join(DATA, '2024/territories.json'), 'utf8')));
  const dsfrOthers: DsfrSubject[] = [
    lineChart(gersSeries, later.find((x) => x.tag === 'trade-trend')!.name),
    mapChart(totals, later.find((x) => x.attrs.scope === 'france')!.name),
  ];

  const server = await startServer({
    '/lib': DIST,
    '/lib-profile': DIST_PROFILE,
    // The demo data: the library's build carries none.
    '/data': DATA,
    '/dsfr': join(ROOT, 'node_modules/@gouvfr/dsfr/dist'),
    '/dsfr-chart': join(ROOT, 'node_modules/@gouvfr/dsfr-chart/dist'),
    '/page': join(ROOT, 'bench/page'),
  });
  const s = await launch(server);
  s.resolve = resolver('/lib-profile', DIST_PROFILE, ROOT);
  step(`browser: ${s.version}`);
  let fp: FirstPaint;
  let anim: Stats;
  let rs: Map<string, Stats>;
  let mw: Many;
  let plain: Map<string, Stats>;
  let against: Map<string, Stats>;
  let series: Series;
  const loadDuring: number[] = [load()];
  try {
    const page = await openPage(s, { dsfr: true });
    series = await seriesFor(page, '/data/2024/departments/32.json');
    if (JSON.stringify(series) !== JSON.stringify(expected)) {
      throw new Error(
        `the page's top 10 differs from aggregateBalance's:\n${JSON.stringify(series)}\n${JSON.stringify(expected)}`,
      );
    }
    step(`time to first chart (${RUNS} runs each, after ${WARM} warm-up rounds)`);
    fp = await firstPaint(s, page, series, { runs: RUNS, warm: WARM, log });
    loadDuring.push(load());
    step('bar chart animation');
    anim = await barAnimation(page, series, QUICK ? 2 : 5);
    step('redraw on resize');
    rs = await resize(page, series, { runs: RUNS, warm: Math.min(WARM, 3) });
    loadDuring.push(load());
    await page.close();
    step('our charts on a page without the DSFR');
    plain = await firstPaintPlain(s, { runs: RUNS, warm: WARM });
    step("<trade-trend> and France's <trade-map> against DSFR Chart's line chart and map, on a page of their own");
    against = await firstPaintAgainst(s, dsfrOthers, { runs: RUNS, warm: WARM, charts: DSFR_CHARTS });
    step('30 widgets on one page');
    const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8'));
    mw = await many(s, index, { runs: QUICK ? 2 : 7 });
    loadDuring.push(load());

    // Targets, and the profiles that explain the misses (run below, still in the browser).
    const targets = evaluateTargets(sizes, single, fp, rs, s, series);
    if (!args['no-profile']) {
      for (const t of targets) {
        if (t.met || !t.profile) continue;
        step(`profiling: ${t.what}`);
        t.profiles = await t.profile();
      }
    }
    await s.close();
    await server.close();

    step('scaling of the Sankey and treemap layouts (Node)');
    const sc = scaling(join(DATA, '2024/france.json'));

    let pipeline: PipelineBench | undefined;
    if (!args['no-pipeline']) {
      step('pipeline');
      pipeline = benchPipeline({
        rows: QUICK ? 200_000 : 2_000_000,
        runs: QUICK ? 1 : 3,
        log: (x) => log(`  ${x.trim()}`),
      });
    }
    loadDuring.push(load());

    const report = render({
      m,
      version: s.version,
      sizes,
      single,
      fp,
      dsfrOthers,
      against,
      plain,
      anim,
      rs,
      mw,
      sc,
      pipeline,
      targets,
      loadDuring,
      errors: s.errors,
    });
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, report);
    process.stdout.write(report);
    step(`written to ${OUT.replace(`${ROOT}/`, '')}`);
  } finally {
    await s.close().catch(() => {});
    await server.close().catch(() => {});
  }
}

// --- Targets ---------------------------------------------------------------------------------

type TargetWithProfiles = Target & { profiles?: Profile[] };

function evaluateTargets(
  sizes: Sizes,
  single: SingleFileCosts,
  fp: FirstPaint,
  rs: Map<string, Stats>,
  s: Parameters<typeof profileRunsOnce>[0],
  series: Series,
): TargetWithProfiles[] {
  const subs = subjects('/data/');
  const later = laterSubjects('/data/');
  const sub = (name: string) => [...subs, ...later].find((x) => x.name === name)!;
  const PROFILE_RUNS = QUICK ? 3 : 8;
  const targets: TargetWithProfiles[] = [];
  // One profile per measurement, however many targets it explains.
  const memo = new Map<string, Promise<Profile>>();
  const profileRuns = (...a: Parameters<typeof profileRunsOnce>) => {
    if (!memo.has(a[1])) memo.set(a[1], profileRunsOnce(...a));
    return memo.get(a[1])!;
  };

  // First paint with cached data under one frame, each chart; the report's first screen under 50 ms, and no
  // task over 50 ms while it loads.
  const report = subs.find((x) => x.tag === 'trade-report');
  if (report) {
    const st = fp.cached.get(report.name)!;
    const profile = async () => [
      await profileRuns(s, `${report.name}, first paint, cached`, 'cached', { sub: report }, PROFILE_RUNS),
    ];
    targets.push({
      what: `${report.name}: first screen (title, key figures, balance) painted, cached data, < ${SCREEN_MS} ms`,
      result: `${ms(st.screen?.median ?? NaN)} ms (whole report ${ms(st.painted.median)} ms)`,
      met: (st.screen?.median ?? Infinity) < SCREEN_MS,
      profile,
    });
    targets.push({
      what: `${report.name}: no task over ${SCREEN_MS} ms while it loads (cached data)`,
      result: `longest ${ms(st.longest?.max ?? NaN)} ms over ${st.longest?.n ?? 0} runs (0: none over 50 ms)`,
      met: (st.longest?.max ?? Infinity) === 0,
      profile,
    });
  }
  for (const x of [...subs.filter((sub) => sub.tag !== 'trade-report'), ...later]) {
    const st = fp.cached.get(x.name)!;
    const files = x.tag === 'trade-partner' ? " (the region's and France's files too)" : '';
    targets.push({
      what: `${x.name}: first paint, cached data${files}, < ${FRAME_MS} ms`,
      result: `${ms(st.painted.median)} ms (rendered ${ms(st.rendered.median)} ms)`,
      met: st.painted.median < FRAME_MS,
      profile: async () => [
        await profileRuns(s, `${x.name}, first paint, cached`, 'cached', { sub: sub(x.name) }, PROFILE_RUNS),
      ],
    });
  }

  // <trade-balance> at least 3× faster than DSFR Chart's bar-chart.
  const balance = subs[0].name;
  const r = (m: Map<string, Stats>, a: string, b: string) => m.get(b)!.painted.median / m.get(a)!.painted.median;
  const aligned = r(fp.cached, balance, BAR);
  const phase = r(fp.random, balance, BAR);
  const cold =
    fp.cold.get(`${BAR}, fetch + rank + insert`)!.painted.median /
    fp.cold.get(`${balance} src=…32.json`)!.painted.median;
  /** The moment of a first paint, as the measurements name it; `cold` is named per subject. */
  const moment = (kind: 'cached' | 'random' | 'cold', cold: string) =>
    kind === 'cold' ? cold : kind === 'random' ? 'cached, random moment' : 'cached';
  const pair = (kind: 'cached' | 'random' | 'cold') => async () => [
    await profileRuns(
      s,
      `${balance}, first paint, ${moment(kind, 'cold (src=)')}`,
      kind,
      { sub: sub(balance) },
      PROFILE_RUNS,
    ),
    await profileRuns(
      s,
      `${BAR}, first paint, ${moment(kind, 'cold (fetch + rank + insert)')}`,
      kind,
      { series },
      PROFILE_RUNS,
    ),
  ];
  targets.push({
    what: `<trade-balance> ≥ ${RATIO}× faster than ${BAR} (first paint, cached, inserted at a frame's start)`,
    result: ratio(aligned),
    met: aligned >= RATIO,
    profile: pair('cached'),
  });
  targets.push({
    what: `the same, inserted at a random moment between frames`,
    result: ratio(phase),
    met: phase >= RATIO,
    profile: pair('random'),
  });
  targets.push({
    what: `the same, cold fetch (ours: src=, DSFR Chart: fetch + rank + insert)`,
    result: ratio(cold),
    met: cold >= RATIO,
    profile: pair('cold'),
  });

  // Redraw on resize under 8 ms. The report: its charts on the screen, the others fitted in idle periods after.
  for (const x of subs) {
    const st = rs.get(x.name)!;
    const screen = st.screen?.median;
    targets.push({
      what: `${x.name}: redraw on resize < ${RESIZE_MS} ms${screen === undefined ? '' : ' (the charts on the screen)'}`,
      result:
        screen === undefined
          ? `${ms(st.painted.median)} ms (rendered ${ms(st.rendered.median)} ms)`
          : `${ms(screen)} ms (whole report ${ms(st.painted.median)} ms, the charts off the screen in idle periods)`,
      met: (screen ?? st.painted.median) < RESIZE_MS,
      profile: async () => [
        await profileRuns(s, `${x.name}, redraw on resize`, 'resize', { sub: sub(x.name) }, PROFILE_RUNS),
      ],
    });
  }

  // Every anchor beaten: sizes, and DSFR Chart's times.
  const bar = sizes.dsfrChart[0];
  const all = sizes.dsfrChart[2];
  for (const e of sizes.elements) {
    targets.push({
      what: `${e.what.replace(/ \(.*/, '')}: smaller than DSFR Chart's bar chart (gzip)`,
      result: `${kB(e.gzip)} vs ${kB(bar.gzip)}`,
      met: e.gzip < bar.gzip,
    });
  }
  const lib = sizes.library[0];
  targets.push({
    what: `whole library: smaller than DSFR Chart's full bundle (gzip)`,
    result: `${kB(lib.gzip)} vs ${kB(all.gzip)}`,
    met: lib.gzip < all.gzip,
  });
  // What each later element adds to the single-file script, and each map file (issues 17 to 19).
  for (const x of single.later) {
    targets.push({
      what: `<${x.tag}>: adds ≤ ${kB(x.budget, 0)} gzip to the single-file script`,
      result: kB(x.gzip, 2),
      met: x.gzip <= x.budget,
    });
  }
  for (const x of sizes.geometry) {
    targets.push({
      what: `${x.what}: ≤ ${kB(GEO_BYTES, 0)} gzip`,
      result: `${kB(x.gzip)} (${x.gzip.toLocaleString('en-US')} B)`,
      met: x.gzip <= GEO_BYTES,
    });
  }
  const barResize = rs.get(BAR)!.painted.median;
  const balResize = rs.get(balance)!.painted.median;
  targets.push({
    what: `<trade-balance> redraws on resize faster than ${BAR}`,
    result: `${ms(balResize)} vs ${ms(barResize)} ms (${ratio(barResize / balResize)})`,
    met: balResize < barResize,
  });
  const barCold = fp.cold.get(`${BAR}, fetch + rank + insert`)!.painted.median;
  const balCold = fp.cold.get(balance)!.painted.median;
  targets.push({
    what: `<trade-balance> (department=, one request to latest/) paints sooner than ${BAR} cold`,
    result: `${ms(balCold)} vs ${ms(barCold)} ms`,
    met: balCold < barCold,
  });
  return targets;
}

// --- The report ---------------------------------------------------------------------------------

interface ReportInput {
  m: ReturnType<typeof machine>;
  version: string;
  sizes: Sizes;
  single: SingleFileCosts;
  fp: FirstPaint;
  /** DSFR Chart's line chart and map, compared with <trade-trend> and France's <trade-map>, */
  dsfrOthers: DsfrSubject[];
  /** on a page of their own: first paints of both sides. */
  against: Map<string, Stats>;
  plain: Map<string, Stats>;
  anim: Stats;
  rs: Map<string, Stats>;
  mw: Many;
  sc: ScalingRow[];
  pipeline?: PipelineBench;
  targets: TargetWithProfiles[];
  loadDuring: number[];
  errors: string[];
}

function render(r: ReportInput): string {
  const { m, sizes, fp, rs, mw } = r;
  const date = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/:\d\d\.\d+Z$/, ' UTC');
  const out: string[] = [];
  const p = (...lines: string[]) => out.push(...lines, '');

  p(
    '# trade-widgets benchmarks',
    `Written by \`npm run bench\` on ${date}${QUICK ? ' (**--quick**: too few runs to quote)' : ''}. Medians of ` +
      `${RUNS} runs unless said otherwise, with the interquartile range in parentheses; ms unless said otherwise; ` +
      `kB = 1,024 bytes.`,
  );
  p(
    table(
      ['', ''],
      [
        ['Machine', `${m.cpu}, ${m.cores} cores, ${m.memory}`],
        ['System', m.os],
        ['Sources', gitState()],
        ['Node', m.node],
        [
          'Browser',
          `${r.version.replace('/', ' ')}, headless (new headless mode), \`scripts/chrome.mjs\` flags, 1280 × 1000 ` +
            `viewport, device pixel ratio 1`,
        ],
        ['DSFR Chart / DSFR', `${pkgVersion('@gouvfr/dsfr-chart')} / ${pkgVersion('@gouvfr/dsfr')}`],
        [
          'Load average (1 min)',
          `${r.loadDuring.map((x) => x.toFixed(2)).join(' → ')} (start → after each browser section → end)`,
        ],
      ],
      'll',
    ),
  );
  if (Math.max(...r.loadDuring) > m.cores * 0.75) {
    p(
      `> The machine was shared while this ran (load average up to ${Math.max(...r.loadDuring).toFixed(1)} on ` +
        `${m.cores} cores): absolute times are inflated and noisier than on an idle machine. Comparisons hold ` +
        `better, since every subject was interleaved with the others in the same run.`,
    );
  }

  // Targets
  p('## Targets (issues 9, 17 to 19 and 20)');
  p(
    table(
      ['target', 'result', ''],
      r.targets.map((t) => [t.what, t.result, t.met ? 'met' : '**missed**']),
      'lrl',
    ),
  );
  const missed = r.targets.filter((t) => !t.met);
  p(
    missed.length
      ? `${missed.length} of ${r.targets.length} missed; the profiles that explain them are ` +
          `[at the end](#profiles-of-the-missed-targets).`
      : 'Every target met.',
  );

  // Sizes
  p(
    '## Bundle size',
    'Gzip level 9, each file compressed alone and summed: what a browser downloads. Ours from a fresh build of the ' +
      'sources (the same build as `npm run build`); DSFR Chart and the DSFR as installed by `npm ci`.',
  );
  const sizeRows = (list: Size[]) =>
    list.map((x) => [
      x.what,
      kB(x.raw),
      kB(x.gzip),
      x.files.map((f) => `\`${f.replace(/^bench\/\.cache\/dist\//, '').replace(/^node_modules\//, '')}\``).join(' '),
    ]);
  p(
    table(
      ['what', 'raw', 'gzip', 'files'],
      [
        ...sizeRows(sizes.elements),
        ...sizeRows(sizes.library),
        ...sizeRows(sizes.onDemand),
        ...sizeRows(sizes.dsfrChart),
        ...sizeRows(sizes.dsfr),
        ...sizeRows(sizes.data),
      ],
      'lrrl',
    ),
  );
  const bal = sizes.elements[0];
  const dsfrPage = sizes.dsfr[0].gzip + sizes.dsfr[1].gzip + sizes.dsfrChart[1].gzip;
  p(
    `A page that shows the Gers balance chart downloads ${kB(bal.gzip + sizes.data[0].gzip + sizes.data[1].gzip)} ` +
      `gzip with ours (the element, the index and the data file); with DSFR Chart ${kB(dsfrPage)} (DSFR CSS and JS ` +
      `API, which DSFR Chart requires, and the bar chart with its CSS; the data in the page), or ` +
      `${kB(sizes.dsfrChart[1].gzip)} on a site that already loads the DSFR.`,
  );
  const { single } = r;
  p(
    '### What each later element adds (issues 17 to 19)',
    'The single-file script (`trade-widgets.iife.js`) as `npm run build` builds it (`scripts/size.ts`), built ' +
      `with every element (${kB(single.all.gzip, 2)} gzip, ${kB(single.all.raw)} minified) and without the ` +
      "element: the difference is the element's marginal cost, what a page's script grows by when it holds it, " +
      'the code it shares with the others (lit, the loader, the element base) not counted again. The same ' +
      'measure as the size budgets of `test/build/size.test.ts`; an element left out has its modules stubbed ' +
      `out wherever they are imported. The first five together (the script without the later three): ` +
      `${kB(single.firstFive.gzip, 2)} gzip, for a budget of ${kB(single.firstFive.budget, 0)}.`,
  );
  p(
    table(
      ['element', 'adds, minified', 'adds, gzip', 'budget, gzip', ''],
      single.later.map((x) => [
        `<${x.tag}>`,
        kB(x.raw, 2),
        kB(x.gzip, 2),
        kB(x.budget, 0),
        x.gzip <= x.budget ? 'met' : '**missed**',
      ]),
      'lrrrl',
    ),
  );
  p(
    '### Map files',
    "`<trade-map>`'s shapes: data files beside the data (`geo/` under `base-url`), not code; the first map of a " +
      'page loads the one it needs (`world.json` for the world, `france.json` for France), through the ' +
      "loader's cache. Gzip -9 of each file, as a server that compresses it sends it.",
  );
  p(
    table(
      ['file', 'raw', 'gzip', 'budget, gzip', ''],
      sizes.geometry.map((x) => [
        `\`${x.files[0].replace(/^public\/data\//, '')}\``,
        kB(x.raw),
        `${kB(x.gzip)} (${x.gzip.toLocaleString('en-US')} B)`,
        kB(GEO_BYTES, 0),
        x.gzip <= GEO_BYTES ? 'met' : '**missed**',
      ]),
      'lrrrl',
    ),
  );

  // First paint
  p(
    '## Time to first chart',
    "One page holds the DSFR (CSS and JS API), DSFR Chart's bar chart and our library (ES build); a 900 px wide " +
      'container; the Gers 2024 demo files. Each run inserts a new element and removes it afterwards; garbage is ' +
      'collected between runs (outside the timed window). Subjects are interleaved round by round.',
    '',
    '- **t0**: `performance.now()` just before `append`. Unless said otherwise the insertion runs at the start of ' +
      'a frame (in a `requestAnimationFrame` callback), as when a page inserts a widget in reaction to a user ' +
      'action and the browser draws next.',
    "- **rendered**: ours, the element's `trade-render` event (the chart is in the DOM; for `<trade-report>`, the " +
      "last of its nine charts; for `<trade-partner>`, the chart drawn with its region's and France's shares). " +
      'DSFR Chart: the first drawing call (`fill`, `fillRect`, `fillText`, `stroke`…) on its `<canvas>` ' +
      '(instrumented before DSFR Chart loads; Chart.js draws in `requestAnimationFrame`); its map, an SVG, the ' +
      'first department coloured (a `MutationObserver` on the `fill` attributes it sets once mounted).',
    "- **painted**: the end of the browser's rendering update (style, layout, paint, commit) that puts that chart " +
      'on screen: the next task after it (a `MessageChannel` message). When the chart was rendered in a plain task ' +
      '(a fetch answer), the next frame paints it, and "painted" is the task after that frame.',
    '- **frames**: frames begun between t0 and painted (0: on screen in the frame it was inserted in).',
  );
  const fpRow = (name: string, st: Stats, extra: string[] = []) => [
    name,
    mediq(st.rendered),
    mediq(st.painted),
    ms(st.frames.median),
    ...extra,
  ];
  const subs = subjects('/data/');
  const later = laterSubjects('/data/');
  p('### Cached data');
  p(
    "Ours: the file already in the page's shared loader cache (a second insertion after a first load). DSFR " +
      'Chart: the ten countries in its `x`, `y` and `name` attributes (JSON strings), `horizontal="true"`.',
  );
  p(
    table(
      [
        'element',
        'rendered',
        'painted',
        'frames',
        'DOM: elements (SVG / in the data table)',
        'painted, page without the DSFR',
      ],
      [
        ...[...subs, ...later].map((x) => {
          const d = fp.dom.get(x.name);
          const pl = r.plain.get(x.name);
          return fpRow(x.name, fp.cached.get(x.name)!, [
            d ? `${d.elements} (${d.svg} / ${d.table}, ${d.rows} rows)` : '',
            pl ? mediq(pl.painted) : '',
          ]);
        }),
        fpRow(BAR, fp.cached.get(BAR)!, ['canvas', '']),
      ],
    ),
  );
  p(
    "The last column: our charts alone on a page without the DSFR's CSS and JavaScript (same harness, interleaved " +
      'the same way), to show what the host page costs.',
  );
  p(
    `Chart.js then animates the bars: they reach their length ${ms(r.anim.complete!.median)} ms after insertion ` +
      `(median of ${r.anim.complete!.n}).`,
  );
  const partner = fp.cached.get(later.find((x) => x.tag === 'trade-partner')!.name);
  p(
    'The later elements (issues 17 to 19), measured the same way in the same rounds, with every file they read ' +
      "in the loader's cache: `<trade-partner>` draws the Gers's own figures as soon as its file is there, then " +
      "again with Occitanie's and France's shares once their 2024 files are (at once, here): its rows time the " +
      'chart a reader sees whole, the second drawing (the first comes at ' +
      `${ms(partner?.first?.median ?? NaN)} ms${partner?.frames.median === 0 ? ', in the same frame' : ''}). ` +
      '`<trade-trend>` draws the Gers series ' +
      '(`series/departments/32.json`). `<trade-map>` waits for its map file (`geo/world.json`; for France ' +
      '`geo/france.json` and `2024/territories.json`) and draws once, with it.',
  );
  p('### Cold fetch from localhost');
  p(
    'Each run asks for the file under a URL never used before (`/cold/<id>/data/…`, served with ' +
      '`Cache-Control: no-store`), so neither the loader cache nor the HTTP cache answers. Ours with ' +
      '`department="32" base-url=…` fetches the file in `latest/` at once (the report also the region\'s and ' +
      "France's files, and `index.json` for its year selector; `<trade-partner>` the region's and France's " +
      "files; `<trade-map>` its map file, and for France the year's `territories.json`); with `src=` the file " +
      'alone. DSFR Chart has no loader: the page fetches the file, ranks the countries as `<trade-balance>` ' +
      'does, and inserts the chart; all of it is timed.',
  );
  p(
    table(
      ['element', 'rendered', 'painted', 'frames', 'requests per run'],
      [...fp.cold].map(([name, st]) => fpRow(name, st, [st.requests !== undefined ? st.requests.toFixed(1) : ''])),
    ),
  );
  p("### `<trade-balance>` against DSFR Chart's `<bar-chart>`, same top 10 countries");
  const cmp = (label: string, a?: Stats, b?: Stats) =>
    a && b
      ? [
          label,
          mediq(a.painted),
          mediq(b.painted),
          ratio(b.painted.median / a.painted.median),
          mediq(a.rendered),
          mediq(b.rendered),
        ]
      : [label, '', '', '', '', ''];
  p(
    table(
      ['case', 'ours painted', 'DSFR Chart painted', 'ratio', 'ours rendered', 'DSFR Chart rendered'],
      [
        cmp("cached, inserted at a frame's start", fp.cached.get(subs[0].name), fp.cached.get(BAR)),
        cmp('cached, inserted at a random moment between frames', fp.random.get(subs[0].name), fp.random.get(BAR)),
        cmp(
          'cold (ours `src=`, one request each)',
          fp.cold.get(`${subs[0].name} src=…32.json`),
          fp.cold.get(`${BAR}, fetch + rank + insert`),
        ),
        cmp(
          'cold (ours `department=`, index + file)',
          fp.cold.get(subs[0].name),
          fp.cold.get(`${BAR}, fetch + rank + insert`),
        ),
      ],
    ),
  );
  p(
    'Why the ratio depends on the insertion moment: our chart is drawn in the ResizeObserver callback of the frame ' +
      "after insertion, DSFR Chart's in the `requestAnimationFrame` callback of the frame after that it asks for. " +
      "Inserted at a frame's start, ours is painted in that same frame and DSFR Chart's one frame later; " +
      'inserted between frames, both wait for the next frame, and the ratio is that of the work alone plus the ' +
      'same wait.',
  );
  p("### `<trade-trend>` and France's `<trade-map>` against DSFR Chart's `<line-chart>` and `<map-chart>`");
  p(
    "On a page of their own, with the DSFR and DSFR Chart's `LineChart` and `MapChart` modules (so that what " +
      "they do after drawing, Chart.js's one-second animation, and what they leave behind stay off the main page's " +
      'measurements), the pairs interleaved round by round: `<line-chart>` with the same 42 quarters of exports ' +
      "and imports as `<trade-trend>`'s two lines, `<map-chart>` with every department's 2024 exports as " +
      "France's `<trade-map>` colours them, their data in their attributes; ours with their files in the loader's " +
      "cache. Inserted at the start of a frame; informative, no target. DSFR Chart's map carries its shapes in " +
      'its module; it is timed to its first department coloured.',
  );
  p(
    table(
      ['ours / DSFR Chart', 'ours painted', 'DSFR Chart painted', 'ratio', 'ours rendered', 'DSFR Chart rendered'],
      r.dsfrOthers.map((d) => cmp(`${d.ours} / ${d.name}`, r.against.get(d.ours), r.against.get(d.name))),
    ),
  );

  // Resize
  p(
    '## Redraw on resize',
    "The element on the stage; the container's width alternates between 900 and 700 px, changed at the start of a " +
      'frame; from the change to the redraw (ours: `trade-render`; DSFR Chart: its next drawing call), and to the ' +
      "end of that frame's paint. `<trade-report>`'s charts off the screen keep their width and are fitted to the " +
      'new one in idle periods after, one each: its row times the last of them, and the column *on the screen* the ' +
      'charts within the viewport (those whose width changed) redrawn and painted.',
  );
  p(
    table(
      ['element', 'rendered', 'painted', 'frames', 'on the screen, painted'],
      [...rs].map(([name, st]) => fpRow(name, st, [st.screen ? mediq(st.screen) : ''])),
    ),
  );

  // Many widgets
  const kinds = Object.entries(mw.kinds)
    .map(([k, n]) => `${n} \`<${k}>\``)
    .join(', ');
  p(
    '## A page with many widgets',
    `30 widgets on one page: every department of Occitanie (13), Nouvelle-Aquitaine (12) and Pays de la Loire (5) ` +
      `— no two regions have 30 departments between them — one widget each: ${kinds}. All appended in one task at ` +
      `a frame's start; times until the first and the last chart is rendered, and until the last is painted. ` +
      `*First on the page*: the very first insertion on a fresh page (code and data cold; one run). *Cold*: a new ` +
      `data URL (the index and 30 files fetched). *Cached*: the same elements again. A page of its own with our ` +
      `library only, ${mw.cached.painted.n} runs of each. DSFR Chart: 30 \`<bar-chart>\` with each department's ` +
      `top 10 in their attributes, on a DSFR page.`,
  );
  const one = (t: { first?: number; rendered: number; painted: number }) => [
    t.first !== undefined ? ms(t.first) : '',
    ms(t.rendered),
    ms(t.painted),
  ];
  p(
    table(
      ['', 'first chart rendered', 'all rendered', 'all painted'],
      [
        ['ours, first on the page', ...one(mw.first)],
        ['ours, cold', mw.cold.first ? mediq(mw.cold.first) : '', mediq(mw.cold.rendered), mediq(mw.cold.painted)],
        [
          'ours, cached',
          mw.cached.first ? mediq(mw.cached.first) : '',
          mediq(mw.cached.rendered),
          mediq(mw.cached.painted),
        ],
        ...(mw.dsfr
          ? [
              ['DSFR Chart, first on the page', ...one(mw.dsfr.first)],
              [
                'DSFR Chart, data in attributes',
                mw.dsfr.cached.first ? mediq(mw.dsfr.cached.first) : '',
                mediq(mw.dsfr.cached.rendered),
                mediq(mw.dsfr.cached.painted),
              ],
            ]
          : []),
      ],
    ),
  );
  if (mw.dsfr?.cached.complete)
    p(`DSFR Chart's 30 bar animations end ${ms(mw.dsfr.cached.complete.median)} ms after insertion.`);
  p(
    'JS heap (CDP `Runtime.getHeapUsage` after two forced garbage collections): the library loaded and no widget; ' +
      "with the 30 widgets, the first time they are inserted (ours: with the loader's cache of the index and 30 " +
      'validated files; DSFR Chart: after its animations); and once every timed run is over and all widgets are ' +
      "removed (ours: and the loader's cache emptied with the library's `clearCache()`), which shows what " +
      'removed widgets leave behind.',
  );
  const heapRow = (name: string, h: Many['heap'], dom: string) => [
    name,
    MB(h.before),
    MB(h.with30),
    kB(h.perWidget),
    `${MB(h.afterRemoval)} (after ${h.cycles} insertions of 30)`,
    dom,
  ];
  p(
    table(
      ['', 'before', 'with 30', 'per widget', 'all removed', 'DOM elements with 30'],
      [
        heapRow('ours', mw.heap, String(mw.dom.elements)),
        ...(mw.dsfr ? [heapRow('DSFR Chart', mw.dsfr.heap, '30 canvases')] : []),
      ],
    ),
  );

  // Scaling
  p(
    '## Scaling of the Sankey and treemap',
    'The pure functions, in Node (no DOM), with the fixed-width text measure of the unit tests, at 900 px. ' +
      'Generated data: N products and N countries, each product trading with min(N, 20) countries per flow; the ' +
      'demo France file for scale. Median times in ms: *validate* (what the loader runs on every file), *model* ' +
      '(aggregation, default limit of 10 per side), *layout* of that model, and *layout, all* with every product ' +
      'and country drawn (`limit` = N).',
  );
  p(
    table(
      [
        'data',
        'products × countries',
        'flows per direction',
        'validate',
        'Sankey model',
        'Sankey layout',
        'Sankey layout, all (links)',
        'treemap model',
        'treemap layout',
        'treemap layout, all',
      ],
      r.sc.map((x) => [
        x.label,
        `${x.products} × ${x.countries}`,
        x.flows.toLocaleString('en-US'),
        ms(x.validate),
        ms(x.sankey.model),
        ms(x.sankey.layout),
        `${ms(x.sankey.layoutAll)} (${x.sankey.links.toLocaleString('en-US')})`,
        ms(x.treemap.model),
        ms(x.treemap.layout),
        ms(x.treemap.layoutAll),
      ]),
    ),
  );
  const g = r.sc.filter((x) => typeof x.n === 'number');
  if (g.length === 3) {
    const growth = (f: (x: ScalingRow) => number) =>
      `×${(f(g[1]) / f(g[0])).toFixed(1)} then ×${(f(g[2]) / f(g[1])).toFixed(1)}`;
    // The exponent k of time ∝ size^k between N = 100 and N = 1,000.
    const k = (f: (x: ScalingRow) => number, size: (x: ScalingRow) => number) =>
      (Math.log(f(g[2]) / f(g[1])) / Math.log(size(g[2]) / size(g[1]))).toFixed(2);
    const flows = (x: ScalingRow) => x.flows;
    const sankeyLayoutAll = k(
      (x) => x.sankey.layoutAll,
      (x) => x.sankey.links,
    );
    const treemapLayoutAll = k(
      (x) => x.treemap.layoutAll,
      (x) => x.products,
    );
    p(
      `From N = 10 to 100 to 1,000 the flows grow ×20 then ×10. Validate: ${growth((x) => x.validate)} (time ∝ ` +
        `flows^${k((x) => x.validate, flows)} over the last step); Sankey model: ${growth((x) => x.sankey.model)} ` +
        `(^${k((x) => x.sankey.model, flows)}); treemap model: ${growth((x) => x.treemap.model)} ` +
        `(^${k((x) => x.treemap.model, flows)}). The layouts of the charts as drawn (top 10 a side) do not depend ` +
        `on N. With every node drawn, the Sankey layout grows ${growth((x) => x.sankey.layoutAll)} (∝ ` +
        `links^${sankeyLayoutAll}), the treemap layout ${growth((x) => x.treemap.layoutAll)} (∝ ` +
        `products^${treemapLayoutAll}).`,
    );
  }

  // Pipeline
  if (r.pipeline) {
    p(
      '## Pipeline throughput',
      'The DGDDI → JSON command (`npm run data`) on a simulated archive (the demo generator, scaled), each run in ' +
        'a fresh process; the median run. Also alone: `npx tsx bench/pipeline.ts`.',
    );
    p(r.pipeline.table, '', r.pipeline.note);
  }

  // Profiles
  const profiled = r.targets.filter((t) => !t.met && t.profiles?.length);
  if (profiled.length) {
    const all = new Map<string, { pr: Profile; t: TargetWithProfiles }>();
    for (const t of profiled) for (const pr of t.profiles!) if (!all.has(pr.what)) all.set(pr.what, { pr, t });
    const range = (list: number[]) => (list.length ? `${pct(Math.min(...list))}–${pct(Math.max(...list))}` : '–');
    const oursProfiles = [...all.values()].filter(({ pr }) => !pr.what.startsWith(BAR)).map(({ pr }) => pr);
    const get = (what: string) => all.get(what)?.pr;

    p(
      '## Profiles of the missed targets',
      `Each profile: ${profiled[0].profiles![0].timings.painted.n} more runs of the same measurement under a ` +
        `Chromium trace and a CPU profile (CDP \`Tracing\` + \`Profiler\`, 100 µs sampling), on an unminified ` +
        `build of the same sources with source maps, so that time can be read by function and by source file. ` +
        `Tracing slows the page down: the traced times are longer than the untraced medians above; the shares are ` +
        `what to read. The breakdown is the renderer main thread's time between t0 and painted, per run: *script* ` +
        `(JavaScript, ours and the page's, with the DOM calls it makes), *style* (style recalculation), *layout*, ` +
        `*paint* (pre-paint, paint, layerize), *commit* (handing the frame to the compositor), *gc*, and *waiting* ` +
        `(the main thread idle: for the next frame, the network, or another thread).`,
    );
    p('### What they show');
    const why: string[] = [];
    const sk = fp.dom.get(subjects('/data/')[2].name);
    const bl = fp.dom.get(subjects('/data/')[0].name);
    const domNote =
      sk && bl
        ? `: the Sankey has ${sk.elements} elements, ${sk.table} of them in its screen-reader data table, against ` +
          `${bl.elements} and ${bl.table} for the balance`
        : '';
    if (oursProfiles.length) {
      why.push(
        `- **Our elements' time is the browser's, not our code's.** In every profile of our elements, the ` +
          `browser's work outside JavaScript (style, layout, paint) is ` +
          `${range(oursProfiles.map((x) => share(x, BROWSER)))} of the sampled main-thread time, lit and the DOM ` +
          `calls it makes (cloning templates: \`importNode\`, \`insertBefore\`, \`setAttribute\`) ` +
          `${range(oursProfiles.map((x) => share(x, LIT)))}, and our own modules (\`src/\`: data, layout, ` +
          `formatting, the element base) ${range(oursProfiles.map((x) => share(x, OURS)))}. The cost follows the ` +
          `size of the DOM (the DOM column above${domNote}) and the number of style and layout passes: an element ` +
          `whose data comes after its first render (the cached case) measures its width at once ` +
          `(\`getBoundingClientRect\` on its zero-height sizer, a forced layout of the page as it stands), draws ` +
          `in the same task, and the frame lays the chart out once more before paint, the hidden data table with ` +
          `it; the report's charts, given their data before their first render, are measured together by a ` +
          `ResizeObserver in the next frame.`,
      );
    }
    const balCached = get(`${subjects('/data/')[0].name}, first paint, cached`);
    const barCached = get(`${BAR}, first paint, cached`);
    const barStats = fp.cached.get(BAR);
    const traced = balCached?.breakdown;
    if (barCached && barStats) {
      why.push(
        `- **The 3× ratio at a frame's start.** DSFR Chart's first drawing call comes in the ` +
          `\`requestAnimationFrame\` callback of the frame after insertion (frames = ` +
          `${ms(barStats.frames.median)}): painted at ${ms(barStats.painted.median)} ms, close to one frame ` +
          `whatever its work. Three times faster means ours painted under ${ms(barStats.painted.median / RATIO)} ` +
          `ms, in the insertion frame; it is painted in that frame, at ` +
          `${ms(fp.cached.get(subjects('/data/')[0].name)!.painted.median)} ms` +
          (traced
            ? ` (traced: ${pct(traced.style / traced.total + traced.layout / traced.total)} of it style and ` +
              `layout, ${pct(traced.script / traced.total)} script).`
            : '.'),
      );
    }
    const barRandom = get(`${BAR}, first paint, cached, random moment`);
    const balRandom = get(`${subjects('/data/')[0].name}, first paint, cached, random moment`);
    if (barRandom && balRandom) {
      why.push(
        `- **Inserted between frames, DSFR Chart overtakes.** Its Vue component and Chart.js set the chart up ` +
          `(parse, scales, layout: ${ms(sum(barRandom, /dsfr-chart/))} ms of script per traced run) synchronously, ` +
          `in the insertion task, while the page waits for the next frame anyway, and draw in that frame. Ours ` +
          `also draws in the insertion task, but its chart is a DOM of a few hundred elements (the data table ` +
          `included) that the next frame must style and lay out, where DSFR Chart's canvas costs the frame almost ` +
          `nothing: the wait for the frame (${ms(balRandom.breakdown.waiting)} ms idle per traced run) and that ` +
          `style and layout add up.`,
      );
    }
    const balCold = get(`${subjects('/data/')[0].name}, first paint, cold (src=)`);
    if (balCold) {
      why.push(
        `- **Cold.** With \`department=\` our element makes one request, to the file in \`latest/\`; with ` +
          `\`src=\` one too, like the DSFR page. Our loader reads the body ` +
          `in chunks (to enforce its 10 MB limit), joins them in a \`Blob\`, decodes, parses and validates: ` +
          `${ms(sum(balCold, /src\/data\/(loader|validate)\.ts/))} ms per traced run in \`src/data/loader.ts\` and ` +
          `\`src/data/validate.ts\` and the native calls they make, where the DSFR page calls \`res.json()\`. The ` +
          `chart is then rendered in the fetch's task and painted by the next frame.`,
      );
    }
    const reportName = subjects('/data/')[4].name;
    const report = get(`${reportName}, first paint, cached`);
    const d = fp.dom.get(reportName);
    const elements = d ? `${d.elements} elements, ${d.rows} table rows once whole` : 'nine charts';
    if (report) {
      const b = report.breakdown;
      why.push(
        `- **\`<trade-report>\`'s first screen** (${elements}): its title, key figures and balance are made and ` +
          `drawn in the first task, its other charts as they come near the viewport or one group per idle period ` +
          `after; traced, style and layout take ${pct((b.style + b.layout) / b.total)} of the window, script ` +
          `${pct(b.script / b.total)}.`,
      );
    }
    const reportResize = get(`${reportName}, redraw on resize`);
    if (reportResize) {
      const b = reportResize.breakdown;
      why.push(
        `- **\`<trade-report>\` at a new width**: its charts off the screen keep their width (fitted one per ` +
          `idle period after) and only those on it are redrawn in the frame; but that frame still styles and lays ` +
          `out the whole report (${elements}): its texts reflow at the new width, and the sections around the ` +
          `charts kept at theirs are laid out again. Traced, style and layout take ` +
          `${pct((b.style + b.layout) / b.total)} of the window, script ${pct(b.script / b.total)}.`,
      );
    }
    why.push(...laterWhy(fp, get));
    const resizeProfiles = oursProfiles.filter((x) => x.what.endsWith('redraw on resize'));
    if (resizeProfiles.length) {
      const redrawShares = [...rs]
        .filter(([k]) => k !== BAR)
        .map(([, v]) => v.rendered.median / Math.max(1e-9, v.painted.median));
      why.push(
        `- **Resize.** The redraw itself ("rendered") takes ${range(redrawShares)} of the time to paint; the rest ` +
          `is the style, layout and paint of the new SVG, which grows with the chart's DOM.`,
      );
    }
    p(...why);
    for (const { pr, t } of all.values()) {
      const b = pr.breakdown;
      p(`### ${pr.what}`);
      const parts = [
        ['the browser outside JavaScript (style, layout, paint)', share(pr, BROWSER)],
        ['lit and its DOM calls', share(pr, LIT)],
        ['our modules (src/)', share(pr, OURS)],
        ['DSFR Chart', share(pr, /dsfr-chart/)],
        ['the benchmark harness', share(pr, /^(native calls from )?page\//)],
        ['garbage collection', share(pr, /garbage/)],
      ].filter(([, v]) => (v as number) >= 0.005) as Array<[string, number]>;
      p(
        `Missed: ${t.what} — ${t.result}. Traced runs: painted ${mediq(pr.timings.painted)}, rendered ` +
          `${mediq(pr.timings.rendered)}. Sampled main-thread time, ${ms(pr.hot.scriptMs)} ms per run: ` +
          `${parts.map(([k, v]) => `${k} ${pct(v)}`).join(', ')}.`,
      );
      p(
        table(
          ['total', ...BUCKETS],
          [[ms(b.total), ...BUCKETS.map((k) => `${ms(b[k])} (${((b[k] / b.total) * 100).toFixed(0)} %)`)]],
          'r'.repeat(BUCKETS.length + 1),
        ),
      );
      p(
        table(
          ['self per run', 'share', 'source (native calls charged to the file that made them)'],
          pr.hot.sources.slice(0, 8).map((x) => [ms(x.self), pct(x.share), `\`${x.source}\``]),
          'rrl',
        ),
      );
      p(
        table(
          ['self per run', 'share', 'function (lit ships minified: one-letter names)', 'where'],
          pr.hot.functions
            .slice(0, 8)
            .map((f) => [ms(f.self), pct(f.share), `\`${f.name}\``, f.where ? `\`${f.where}\`` : '(native)']),
          'rrll',
        ),
      );
    }
  }

  // Method
  p(
    '## Method and reproduction',
    '```sh',
    "npm ci            # the README's set-up; DSFR Chart and the DSFR are dev dependencies",
    'npm run bench     # ~8 minutes; needs Chromium (CHROME_PATH, /usr/bin/chromium, …)',
    'npm run bench -- --quick            # a fast try of the benchmark itself (not for quoting)',
    'npm run bench -- --runs 51 --no-pipeline --no-profile',
    '```',
    '',
    "- The library is built from the sources with the project's Vite configuration into `bench/.cache/dist` (as " +
      '`npm run build` builds `dist/`), and served with DSFR Chart, the DSFR and the demo data by a local Node ' +
      'HTTP server with `Cache-Control: no-store`, on an ephemeral port.',
    '- One page at a time, in the foreground (a background page gets no animation frames). A ' +
      '`requestAnimationFrame` loop runs on every page to tell frames apart.',
    "- Same data: the harness ranks the Gers file's countries for DSFR Chart as `<trade-balance>` does; the run " +
      'stops if its top 10 differs from `aggregateBalance` (`src/data/balance.ts`). Its line chart gets the ' +
      "Gers series' quarters, its map every department's 2024 exports from `territories.json` " +
      '(`bench/lib/dsfr.ts`).',
    '- DSFR Chart is used as its README says: its `dist/BarChart/BarChart.js` module and CSS (and, on a page of ' +
      "their own, `LineChart` and `MapChart`), with the DSFR's `dsfr.min.css` and `dsfr.module.min.js`. " +
      'It ships Vue in development mode (`process.env.NODE_ENV` is not replaced in its build): that is what a ' +
      'page gets.',
    '- Harness: `bench/page/harness.js`; canvas instrumentation: `bench/page/instrument.js`; trace analysis: ' +
      '`bench/lib/trace.ts`.',
  );
  if (r.errors.length) p('Errors seen in the pages:', ...r.errors.slice(0, 20).map((e) => `- ${e}`));
  return `${out.join('\n').trim()}\n`;
}

// --- Reading the profiles --------------------------------------------------------------------------

/** Self time per traced run in the sources that `re` matches. */
const sum = (pr: Profile, re: RegExp) =>
  pr.hot.sources.filter((x) => re.test(x.source)).reduce((a, x) => a + x.self, 0);
/** Their share of the sampled main-thread time. */
const share = (pr: Profile, re: RegExp) => sum(pr, re) / Math.max(1e-9, pr.hot.scriptMs);
const BROWSER = /\(program\)/;
const LIT = /lit-html|@lit\//;
const OURS = /(^|from )src\//;
const pct = (v: number) => `${(v * 100).toFixed(0)} %`;

/**
 * What the profiles of the later elements' missed first paints show (issues 17 to 19): one bullet each, with
 * what the element does before its first paint that the first five do not.
 */
function laterWhy(fp: FirstPaint, profileOf: (what: string) => Profile | undefined): string[] {
  const out: string[] = [];
  for (const x of laterSubjects('/data/')) {
    const pr = profileOf(`${x.name}, first paint, cached`);
    const st = fp.cached.get(x.name);
    if (!pr || !st) continue;
    const b = pr.breakdown;
    const d = fp.dom.get(x.name);
    const fn = (name: string) => pr.hot.functions.find((f) => f.name === name);
    const perRun = (name: string, what: string) => {
      const f = fn(name);
      return f ? `; \`${name}\`${what} ${ms(f.self)} ms per traced run` : '';
    };
    const where =
      `Painted at ${ms(st.painted.median)} ms, rendered at ${ms(st.rendered.median)} ms. Traced, style, layout, ` +
      `paint and commit take ${pct((b.style + b.layout + b.paint + b.commit) / b.total)} of the window and ` +
      `script ${pct(b.script / b.total)}; of the sampled time, lit and its DOM calls ${pct(share(pr, LIT))}, ` +
      `our modules ${pct(share(pr, OURS))}`;
    // The chart itself: its table waits for an idle period (the DOM column counts it once built).
    const dom = d ? `${d.svg} SVG elements` : 'its SVG';
    let what: string;
    if (x.tag === 'trade-partner') {
      what =
        `draws once, with its region's and France's shares (their files cached, it waits the few microtasks ` +
        `their promises take, not a frame; its first drawing at ${ms(st.first?.median ?? NaN)} ms): its ${dom} ` +
        `and a picker of every partner, made by lit, and a model that sums the three files' flows, France's ` +
        `thousands of rows among them` +
        perRun('sumBy', ' (src/data/aggregate.ts)') +
        perRun('exposures', ', the share of each product that goes to the country in each file (model.ts),');
    } else if (x.tag === 'trade-trend') {
      what =
        `draws ${dom}: each quarter is a focusable mark (a \`<g>\` with its band and its balance bar, and an ` +
        `\`aria-label\` in words), each made by lit from a template` +
        perRun('importNode', ', cloning those templates,');
    } else if (x.attrs.scope === 'france') {
      what =
        `draws ${dom}: every department's shape and the overseas insets; and the chart's table model and summary ` +
        `sentence, every department's figures formatted, are made with it, though the table itself waits for an ` +
        `idle period` +
        perRun('#textsOf', ' (src/components/base/trade-chart.ts)') +
        perRun('formatEuros', '');
    } else {
      what =
        `draws ${dom}: the partners' shapes, coloured, each a focusable mark with its \`aria-label\`, and the ` +
        `places without trade as one path, whose path data (\`d\`, from geo/world.json) the browser parses, ` +
        `styles and paints` +
        perRun('setAttribute', ', lit setting those attributes,') +
        perRun('formatEuros', '');
    }
    out.push(`- **\`${x.name}\`** ${what}. ${where}.`);
  }
  return out;
}

/** The commit measured, and whether src/ had uncommitted changes (the build is of the working tree). */
function gitState(): string {
  const git = (...a: string[]) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'not a git checkout';
  const dirty = git('status', '--porcelain', '--', 'src').stdout.trim().split('\n').filter(Boolean).length;
  const uncommitted = dirty
    ? `, with uncommitted changes to ${dirty} file${dirty > 1 ? 's' : ''} in src/ (the working tree is what was built)`
    : '';
  return `commit ${head.stdout.trim()}${uncommitted}`;
}

function pkgVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return '?';
  }
}

await main();
