// The in-page side of the browser benchmarks (bench/browser.ts drives it through
// puppeteer). Plain JavaScript, served as is: nothing here is measured.
//
// Definitions (the same for our elements and for DSFR Chart):
// - t0: performance.now() just before the element is appended to the page.
// - rendered: our element's `trade-render` event (its chart is in the DOM; for
//   <trade-report>, the last of its nine charts'; for <trade-partner>, the chart
//   drawn with its region's and France's shares); DSFR Chart's first drawing call
//   on its <canvas> (see instrument.js), or for its map the first department
//   coloured.
// - painted: the end of the browser's rendering update (style, layout, paint,
//   commit) that shows the rendered chart. A chart rendered during a rendering
//   update (in requestAnimationFrame or a ResizeObserver callback, where both
//   libraries draw when insertion is frame-aligned) is painted by that same
//   update: "painted" is the next task after it. A chart rendered in a plain task
//   (a fetch answer) is painted by the next frame: "painted" is the task after
//   the next frame's rendering update.

const now = () => performance.now();
const stage = () => document.getElementById('stage');

/** The next task: runs after the current one, and so after a rendering update the current task is part of. */
export const nextTask = () =>
  new Promise((resolve) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => resolve(now());
    c.port2.postMessage(0);
  });
const rafP = () => new Promise((r) => requestAnimationFrame(r));
export const frames = async (n) => {
  for (let i = 0; i < n; i++) await rafP();
};

/**
 * A frame counter and a flag that says whether code runs inside a rendering
 * update. Its rAF callback re-registers first thing, so it is the first rAF
 * callback of every frame; the flag is cleared by a task posted from there, which
 * runs once that frame's rendering update (rAF, style, layout, ResizeObserver,
 * paint) is over.
 */
export const frame = { count: 0, inRendering: false };
function tick() {
  requestAnimationFrame(tick);
  frame.count++;
  frame.inRendering = true;
  nextTask().then(() => (frame.inRendering = false));
}
requestAnimationFrame(tick);

/** When what was just rendered is painted (see the definitions above). */
function paintedAfter() {
  if (frame.inRendering) return nextTask();
  return new Promise((resolve) => requestAnimationFrame(() => nextTask().then(resolve)));
}

/** Runs `go` at the start of a frame ('frame'), at a random point between frames ('random'), or now ('now'). */
function schedule(go, when) {
  if (when === 'frame') requestAnimationFrame(go);
  else if (when === 'random') requestAnimationFrame(() => setTimeout(go, Math.random() * 16.7));
  else go();
}

/**
 * Appends `el` to the stage (nothing when it is null) at the moment `when` names
 * (see schedule), and resolves with that moment (t0) and the frame count then.
 */
const appendAt = (el, when) =>
  new Promise((resolve) =>
    schedule(() => {
      const f = frame.count;
      mark('bench:start');
      const t = now();
      if (el) stage().append(el);
      resolve({ t, f });
    }, when),
  );

const gc = () => window.gc?.();
/** Performance marks around each measurement, to find it in a trace (bench/lib/trace.ts). */
const mark = (name) => performance.mark(name);

// --- Loading the libraries ------------------------------------------------------------

const addCss = (href) =>
  new Promise((resolve, reject) => {
    const l = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href,
      onload: resolve,
      onerror: () => reject(new Error(href)),
    });
    document.head.append(l);
  });

let library;

/** Empties our loader's cache (the library's `clearCache` export). */
export function clearLoaderCache() {
  library.clearCache();
}

/**
 * Loads our library (ES build), and with `dsfr` the DSFR (CSS + JS API) and DSFR
 * Chart's charts (`charts`: its module names; the bar chart by default), then waits
 * for the fonts, so that no font swap redraws a chart during a measurement.
 */
export async function setup({ dsfr = false, charts = ['BarChart'], lib = '/lib/trade-widgets.js' } = {}) {
  if (dsfr) {
    document.documentElement.setAttribute('data-fr-scheme', 'light');
    await addCss('/dsfr/dsfr.min.css');
    for (const chart of charts) await addCss(`/dsfr-chart/${chart}/${chart}.css`);
    await import('/dsfr/dsfr.module.min.js');
    for (const chart of charts) await import(`/dsfr-chart/${chart}/${chart}.js`);
  }
  library = await import(lib);
  await customElements.whenDefined('trade-balance');
  const weights = [400, 500, 600, 700];
  const family = getComputedStyle(document.body).fontFamily;
  await Promise.all(weights.map((w) => document.fonts.load(`${w} 14px ${family}`).catch(() => {})));
  await document.fonts.ready;
  await frames(3);
  return {
    family,
    defined: ['bar-chart', 'line-chart', 'map-chart'].filter((tag) => customElements.get(tag)),
    fonts: [...document.fonts].filter((f) => f.status === 'loaded').length,
  };
}

export function setStage(width) {
  stage().style.width = `${width}px`;
}

// --- Our elements --------------------------------------------------------------------

const CHARTS = 'trade-balance, trade-treemap, trade-sankey, trade-summary';

/** The charts of <trade-report>'s first screen: the key figures and the balance. */
const FIRST_SCREEN = ['trade-summary', 'trade-balance'];

/**
 * Whether <trade-partner>'s chart is whole: it draws the territory's own figures
 * as soon as its file is there, then again with the region's and France's shares
 * when their files are (through the loader's cache when they are cached, at once).
 * Its public `model` says how many places the shares will hold.
 */
function partnerWhole(el) {
  const profile = el.model?.profile;
  return !profile || profile.shares.length >= profile.places;
}

/**
 * Waits for an element to render: its `trade-render`, for <trade-report> each of
 * its charts', for <trade-partner> the one of its whole chart (see partnerWhole).
 * Resolves with the time of the last one. `onFirstScreen` is called when the
 * report's first screen is rendered.
 */
function whenRendered(el, onFirstScreen = () => {}) {
  return new Promise((resolve, reject) => {
    const seen = new Set();
    let screen = false;
    const complete = () => {
      if (el.localName === 'trade-partner') return partnerWhole(el);
      if (el.localName !== 'trade-report') return true;
      // Its charts below the first screen are made as they come near the viewport or in idle periods: it is
      // whole when none is left to make (no placeholder) and every chart made has been drawn.
      const root = el.shadowRoot;
      const kids = root?.querySelectorAll(CHARTS) ?? [];
      return kids.length > 0 && !root.querySelector('[data-later]') && [...kids].every((k) => seen.has(k));
    };
    const done = () => {
      el.removeEventListener('trade-render', onRender);
      el.removeEventListener('trade-error', onError);
    };
    const onRender = (e) => {
      seen.add(e.composedPath()[0]);
      const names = [...seen].map((k) => k.localName);
      if (!screen && FIRST_SCREEN.every((name) => names.includes(name))) {
        screen = true;
        onFirstScreen(now());
      }
      if (!complete()) return;
      const t = now();
      done();
      resolve(t);
    };
    const onError = (e) => {
      done();
      reject(new Error(`${el.localName}: ${e.detail?.message}`));
    };
    el.addEventListener('trade-render', onRender);
    el.addEventListener('trade-error', onError);
  });
}

let current;

/** Removes what the last measurement left on the stage, collects garbage, lets two frames pass. */
export async function clear() {
  stage().replaceChildren();
  performance.clearMarks();
  current = undefined;
  window.__onCanvasDraw = undefined;
  gc();
  await frames(2);
}

/**
 * Inserts `<tag attrs…>` and times it. `keep`: leave it on the stage (for the resize runs).
 */
export async function insertOurs(tag, attrs, { when = 'frame', keep = false } = {}) {
  await clear();
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  // The report's first screen: rendered, then painted; and the longest task (over 50 ms) until it is whole.
  let screen;
  const rendered = whenRendered(el, () => (screen = paintedAfter()));
  // Its first drawing: for <trade-partner>, the territory's own figures, before its comparison files'.
  let first;
  el.addEventListener('trade-render', () => (first ??= now()));
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const start = await appendAt(el, when);
  const r = await rendered;
  const inFrame = frame.inRendering;
  const p = await paintedAfter();
  mark('bench:painted');
  longTasks.push(...observer.takeRecords());
  observer.disconnect();
  const longest = Math.max(0, ...longTasks.filter((t) => t.startTime >= start.t).map((t) => t.duration));
  if (keep) current = el;
  else el.remove();
  const timing = {
    rendered: r - start.t,
    painted: p - start.t,
    frames: frame.count - start.f,
    inFrame,
    longest,
    first: first - start.t,
  };
  return screen ? { ...timing, screen: (await screen) - start.t } : timing;
}

/** The other of the two widths the resize runs alternate between. */
const otherWidth = () => (stage().offsetWidth === 900 ? 700 : 900);

/**
 * When the charts of a report that are on the screen have all been redrawn and
 * painted (for its resize runs). Call `changed()` once the new width is set: it
 * keeps those whose width changed (the map of France, 48 em at most, may not).
 */
function whenOnScreenRedrawn(report) {
  const visible = (el) => {
    const { top, bottom } = el.getBoundingClientRect();
    return bottom > 0 && top < innerHeight;
  };
  const charts = [...report.shadowRoot.querySelectorAll('[part="section"] *')]
    .filter((el) => el.localName.startsWith('trade-') && visible(el))
    .map((el) => [el, el.getBoundingClientRect().width]);
  let resolve;
  const left = new Set();
  const done = new Promise((r) => (resolve = r));
  const onRender = (e) => {
    left.delete(e.composedPath()[0]);
    if (left.size) return;
    report.removeEventListener('trade-render', onRender);
    resolve(paintedAfter());
  };
  return {
    done,
    changed() {
      for (const [el, width] of charts) if (el.getBoundingClientRect().width !== width) left.add(el);
      report.addEventListener('trade-render', onRender);
    },
  };
}

/** Changes the stage's width (900 ↔ 700 px) at the start of a frame and times our element's redraw. */
export async function resizeOurs(width = otherWidth()) {
  const el = current;
  await frames(2);
  // For <trade-report>, the charts on the screen redrawn and painted too: those off it keep their width, and are
  // fitted to the new one in idle periods (whole: the last of them).
  const onScreen = el.localName === 'trade-report' ? whenOnScreenRedrawn(el) : undefined;
  const rendered = whenRendered(el);
  const start = await new Promise((resolve) =>
    requestAnimationFrame(() => {
      const f = frame.count;
      mark('bench:start');
      const t = now();
      setStage(width);
      onScreen?.changed();
      resolve({ t, f });
    }),
  );
  const r = await rendered;
  const inFrame = frame.inRendering;
  const p = await paintedAfter();
  mark('bench:painted');
  const timing = { rendered: r - start.t, painted: p - start.t, frames: frame.count - start.f, inFrame };
  return onScreen ? { ...timing, screen: (await onScreen.done) - start.t } : timing;
}

/** Many elements at once: inserted in one task at the start of a frame, timed until the last one is rendered. */
export async function insertMany(specs, { keep = true } = {}) {
  await clear();
  const els = specs.map(({ tag, attrs }) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return el;
  });
  const all = Promise.all(els.map(whenRendered));
  const start = await new Promise((resolve) =>
    requestAnimationFrame(() => {
      const f = frame.count;
      mark('bench:start');
      const t = now();
      stage().append(...els);
      resolve({ t, f });
    }),
  );
  const times = await all;
  const last = Math.max(...times);
  const inFrame = frame.inRendering;
  const p = await paintedAfter();
  mark('bench:painted');
  const first = Math.min(...times);
  if (!keep) stage().replaceChildren();
  return {
    first: first - start.t,
    rendered: last - start.t,
    painted: p - start.t,
    frames: frame.count - start.f,
    inFrame,
    nodes: document.getElementsByTagName('*').length,
  };
}

// --- DSFR Chart ----------------------------------------------------------------------

/**
 * The top countries as <trade-balance> ranks them (src/data/balance.ts): the union of
 * the `limit` first at import and at export, ranked by total trade (ties by code),
 * the first `limit` kept. What a page would compute to feed DSFR Chart from our files.
 */
export function topCountries(data, limit = 10) {
  const sum = (list) => {
    const m = new Map();
    for (const [, c, v] of list) if (v > 0) m.set(c, (m.get(c) ?? 0) + v);
    return m;
  };
  const rank = (m) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([c]) => c);
  const imp = sum(data.flows.import);
  const exp = sum(data.flows.export);
  const all = sum([...data.flows.import, ...data.flows.export]);
  const top = new Set([...rank(imp).slice(0, limit), ...rank(exp).slice(0, limit)]);
  const codes = rank(all)
    .filter((c) => top.has(c))
    .slice(0, limit);
  return {
    labels: codes.map((c) => data.countries[c] ?? c),
    imp: codes.map((c) => imp.get(c) ?? 0),
    exp: codes.map((c) => exp.get(c) ?? 0),
  };
}

function barChart({ labels, imp, exp }) {
  const el = document.createElement('bar-chart');
  el.setAttribute('x', JSON.stringify([labels]));
  el.setAttribute('y', JSON.stringify([imp, exp]));
  el.setAttribute('name', JSON.stringify(['Importations', 'Exportations']));
  el.setAttribute('horizontal', 'true');
  el.setAttribute('unit-tooltip', '€');
  return el;
}

/** Whether `node` is inside `el`, its shadow root included (DSFR Chart draws in its shadow root). */
function within(el, node) {
  for (let n = node; n; n = n.parentNode ?? n.host) if (n === el) return true;
  return false;
}

/** Resolves with the time of the first drawing call on a canvas inside `el`. */
function whenDrawn(el) {
  return new Promise((resolve) => {
    window.__onCanvasDraw = (canvas, t) => {
      if (!within(el, canvas)) return;
      window.__onCanvasDraw = undefined;
      resolve({ t, canvas });
    };
  });
}

/** Waits until a canvas has not been drawn on for `quiet` ms (the end of Chart.js's animation). */
async function settled(canvas, quiet = 150) {
  for (;;) {
    await new Promise((r) => setTimeout(r, 50));
    if (now() - canvas.__lastDraw > quiet) return canvas.__lastDraw;
  }
}

/**
 * Inserts DSFR Chart's <bar-chart> with the given series and times its first
 * drawing call. `fetchUrl`: a cold run: fetch that file, rank its countries, then
 * insert (the time of the fetch is included). `animation`: also wait for the end
 * of Chart.js's animation, when the bars have their final length.
 */
export async function insertBar(series, { when = 'frame', keep = false, fetchUrl, animation = false } = {}) {
  await clear();
  let el = fetchUrl ? undefined : barChart(series);
  const drawnP = el && whenDrawn(el);
  const start = await appendAt(el, when);
  let drawn = drawnP;
  if (fetchUrl) {
    const res = await fetch(fetchUrl, { credentials: 'omit' });
    const s = topCountries(await res.json());
    el = barChart(s);
    drawn = whenDrawn(el);
    stage().append(el);
  }
  const { t, canvas } = await drawn;
  const inFrame = frame.inRendering;
  const p = await paintedAfter();
  mark('bench:painted');
  const out = { rendered: t - start.t, painted: p - start.t, frames: frame.count - start.f, inFrame };
  if (animation) out.complete = (await settled(canvas)) - start.t;
  if (keep) current = el;
  else el.remove();
  return out;
}

/**
 * Resolves with the time DSFR Chart's map colours its first department: once
 * mounted, it sets the `fill` of each department's shape (its SVG is drawn
 * uncoloured first), in its shadow root (attached when the element is created).
 */
function whenColoured(el) {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve({ t: now() });
    });
    observer.observe(el.shadowRoot ?? el, { subtree: true, attributes: true, attributeFilter: ['fill'] });
  });
}

/**
 * Inserts another of DSFR Chart's charts (`<line-chart>`, `<map-chart>`) with its
 * data in its attributes (JSON strings, made by the Node side from the files our
 * elements read) and times it: a canvas chart's first drawing call, the map's
 * first department coloured.
 */
export async function insertDsfr(tag, attrs, { when = 'frame' } = {}) {
  await clear();
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const drawn = tag === 'map-chart' ? whenColoured(el) : whenDrawn(el);
  const start = await appendAt(el, when);
  const { t } = await drawn;
  const inFrame = frame.inRendering;
  const p = await paintedAfter();
  mark('bench:painted');
  el.remove();
  return { rendered: t - start.t, painted: p - start.t, frames: frame.count - start.f, inFrame };
}

/**
 * Changes the stage's width (900 ↔ 700 px) at the start of a frame and times the bar
 * chart's redraw (its next drawing call).
 */
export async function resizeBar(width = otherWidth()) {
  const canvas = (current.shadowRoot ?? current).querySelector('canvas');
  await settled(canvas, 100);
  const drawn = new Promise((resolve) => (canvas.__onNextDraw = resolve));
  const start = await new Promise((resolve) =>
    requestAnimationFrame(() => {
      const f = frame.count;
      mark('bench:start');
      const t = now();
      setStage(width);
      resolve({ t, f });
    }),
  );
  const t = await drawn;
  const inFrame = frame.inRendering;
  const p = await paintedAfter();
  mark('bench:painted');
  return { rendered: t - start.t, painted: p - start.t, frames: frame.count - start.f, inFrame };
}

/**
 * Many bar charts at once (the many-widgets page, DSFR Chart's side): inserted in one
 * task at the start of a frame, timed until the last one's first drawing call; then
 * waits for the end of their animations, so that the heap is measured at rest.
 */
export async function insertManyBars(seriesList) {
  await clear();
  const els = seriesList.map(barChart);
  const pending = new Set(els);
  const times = [];
  const all = new Promise((resolve) => {
    window.__onCanvasDraw = (canvas, t) => {
      const el = els.find((e) => pending.has(e) && within(e, canvas));
      if (!el) return;
      pending.delete(el);
      times.push(t);
      if (!pending.size) {
        window.__onCanvasDraw = undefined;
        resolve();
      }
    };
  });
  const start = await new Promise((resolve) =>
    requestAnimationFrame(() => {
      const f = frame.count;
      mark('bench:start');
      const t = now();
      stage().append(...els);
      resolve({ t, f });
    }),
  );
  await all;
  const last = Math.max(...times);
  const inFrame = frame.inRendering;
  const p = await paintedAfter();
  mark('bench:painted');
  const out = {
    first: Math.min(...times) - start.t,
    rendered: last - start.t,
    painted: p - start.t,
    frames: frame.count - start.f,
    inFrame,
  };
  const canvases = els.map((e) => e.shadowRoot.querySelector('canvas'));
  for (const c of canvases) await settled(c);
  out.complete = Math.max(...canvases.map((c) => c.__lastDraw)) - start.t;
  return out;
}

/** The size of what is on the stage, shadow roots included: elements, SVG elements, table rows, elements in tables. */
export function domStats() {
  let elements = 0;
  let svg = 0;
  let rows = 0;
  let table = 0;
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      elements++;
      if (el instanceof SVGElement) svg++;
      if (el.localName === 'tr') rows++;
      if (el.closest('table')) table++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(stage());
  return { elements, svg, rows, table };
}

window.bench = {
  domStats,
  insertManyBars,
  clearLoaderCache,
  setup,
  setStage,
  clear,
  insertOurs,
  resizeOurs,
  insertMany,
  insertBar,
  insertDsfr,
  resizeBar,
  topCountries,
  frames,
};
