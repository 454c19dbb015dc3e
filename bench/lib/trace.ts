/**
 * Where the time of a measurement goes, from a Chromium trace: the renderer's main
 * thread between the harness's `bench:start` and `bench:painted` marks, split into
 * script, style, layout, paint, commit, garbage collection, and the time the main
 * thread waits (for the next frame, the network, or other threads).
 *
 * And which JavaScript functions take the script time, from a CPU profile (CDP
 * `Profiler`) of the same runs.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import type { Resolve } from './sourcemap.ts';

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'v8',
  'blink',
  'cc',
  'toplevel',
  'disabled-by-default-v8.gc',
];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export const BUCKETS = ['script', 'style', 'layout', 'paint', 'commit', 'gc', 'other', 'waiting'] as const;
export type Bucket = (typeof BUCKETS)[number];
export type Breakdown = Record<Bucket, number> & { runs: number; total: number; windows: Array<[number, number]> };

/** The bucket an event's own time goes to; unnamed events take their parent's. */
function bucketOf(name: string): Bucket | undefined {
  if (/^(V8\.GC|MinorGC|MajorGC|V8\.GCScavenger|V8\.GCCompactor|V8\.GC_|BlinkGC\.|ThreadState::)/.test(name))
    return 'gc';
  if (
    /^(Blink\.Style\.|UpdateLayoutTree|ParseAuthorStyleSheet)/.test(name) ||
    /^(Document::updateStyle|Document::recalcStyle|StyleEngine::)/.test(name)
  )
    return 'style';
  if (/^(Blink\.Layout\.|Layout$|LocalFrameView::layout|LocalFrameView::performLayout)/.test(name)) return 'layout';
  if (
    /^(Blink\.(PrePaint|Paint|CompositingInputs|Compositing|UpdateLayers)\.|PrePaint|Paint$|Layerize)/.test(name) ||
    /^(PaintArtifactCompositor|LocalFrameView::RunPaintLifecyclePhase)/.test(name) ||
    /^LocalFrameView::RunPrePaintLifecyclePhase/.test(name)
  )
    return 'paint';
  if (/^(ProxyMain::BeginMainFrame::commit|Commit$|ProxyMain::BeginMainFrame::commit)/.test(name)) return 'commit';
  if (
    /^(v8\.|V8\.|FunctionCall|RunMicrotasks|EvaluateScript|EventDispatch|CustomElementReactionQueue)/.test(name) ||
    /^(TimerFire|FireAnimationFrame|v8\.callFunction|v8\.run|v8\.compile)/.test(name)
  )
    return 'script';
  return undefined;
}

/**
 * Splits the main-thread time between each `bench:start` and the next
 * `bench:painted` mark, summed over the runs of the trace, then divided by their
 * number: a mean per run, in ms.
 */
export function breakdown(trace: { traceEvents: TraceEvent[] }): Breakdown {
  const events = trace.traceEvents;
  const marks = events
    .filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('bench:'))
    .sort((a, b) => a.ts - b.ts);
  const out = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as unknown as Breakdown;
  out.runs = 0;
  out.total = 0;
  out.windows = [];
  if (!marks.length) return out;
  const thread = `${marks[0].pid}:${marks[0].tid}`;
  const windows = out.windows;
  let start: number | undefined;
  for (const m of marks) {
    if (m.name === 'bench:start') start = m.ts;
    else if (m.name === 'bench:painted' && start !== undefined) {
      windows.push([start, m.ts]);
      start = undefined;
    }
  }
  const slices = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && `${e.pid}:${e.tid}` === thread)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  for (const [a, b] of windows) {
    const inside = slices.filter((e) => e.ts < b && e.ts + e.dur! > a);
    // Nesting: a stack of open slices; each slice's own time is its clipped
    // duration minus its children's.
    const stack: Array<{ end: number; bucket: Bucket; own: number }> = [];
    let busy = 0;
    const close = (until: number) => {
      while (stack.length && stack[stack.length - 1].end <= until) {
        const s = stack.pop()!;
        out[s.bucket] += s.own;
      }
    };
    for (const e of inside) {
      const s = Math.max(a, e.ts);
      const end = Math.min(b, e.ts + e.dur!);
      close(s);
      const parent = stack.at(-1);
      const d = end - s;
      if (parent) parent.own -= d;
      else busy += d;
      stack.push({ end, bucket: bucketOf(e.name) ?? parent?.bucket ?? 'other', own: d });
    }
    close(Infinity);
    out.waiting += b - a - busy;
    out.total += b - a;
  }
  out.runs = windows.length;
  for (const k of [...BUCKETS, 'total'] as const) out[k] = out[k] / 1000 / Math.max(1, windows.length);
  return out;
}

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface HotFunction {
  name: string;
  where: string;
  /** Self time per run, in ms. */
  self: number;
  /** Share of the sampled script time. */
  share: number;
}

export interface Hot {
  functions: HotFunction[];
  /** Self time by source file; native calls (DOM…) under the source file that made them. */
  sources: Array<{ source: string; self: number; share: number }>;
  /** Sampled time per run (idle left out), in ms. */
  scriptMs: number;
}

/**
 * The functions with the most self time inside the measured windows (trace
 * clock, µs), per run, and the same time by source file; idle time left out.
 * `resolve` maps a built file's position to its source (see sourcemap.ts).
 */
export function hotFunctions(profile: CpuProfile, windows: Array<[number, number]>, resolve?: Resolve, top = 12): Hot {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  const runs = Math.max(1, windows.length);
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if (!windows.some(([a, b]) => t >= a && t < b)) continue;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const place = (n: ProfileNode) => {
    const { url, lineNumber, columnNumber } = n.callFrame;
    const mapped = resolve?.(url, lineNumber, columnNumber);
    if (mapped) return { file: mapped.file, where: `${mapped.file}:${mapped.line}` };
    const file = url.replace(/^https?:\/\/[^/]+\//, '').replace(/\?.*$/, '');
    return { file, where: file ? `${file}:${lineNumber + 1}` : '' };
  };
  const agg = new Map<string, { name: string; where: string; us: number }>();
  const bySource = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const { functionName, url } = node.callFrame;
    if (['(idle)', '(root)'].includes(functionName)) continue;
    total += us;
    const { file, where } = place(node);
    const key = `${functionName}|${where}`;
    const a = agg.get(key) ?? { name: functionName || '(anonymous)', where, us: 0 };
    a.us += us;
    agg.set(key, a);
    let source: string;
    if (functionName === '(garbage collector)') source = 'garbage collection';
    else if (functionName === '(program)')
      source = 'browser work outside JavaScript: style, layout, paint… ("(program)")';
    else if (url) source = file;
    else {
      // A native function (DOM, Intl, canvas…): charged to the JavaScript that called it.
      let p = parent.get(id);
      while (p !== undefined && !byId.get(p)!.callFrame.url) p = parent.get(p);
      source = `native calls from ${p === undefined ? '?' : place(byId.get(p)!).file}`;
    }
    bySource.set(source, (bySource.get(source) ?? 0) + us);
  }
  const functions = [...agg.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((a) => ({ name: a.name, where: a.where, self: a.us / 1000 / runs, share: a.us / Math.max(1, total) }));
  const sources = [...bySource]
    .sort((a, b) => b[1] - a[1])
    .map(([source, us]) => ({ source, self: us / 1000 / runs, share: us / Math.max(1, total) }));
  return { functions, sources, scriptMs: total / 1000 / runs };
}

/** Runs `body` under a trace and a CPU profile; returns both summaries. */
export async function profile(
  page: Page,
  body: () => Promise<unknown>,
  resolve?: Resolve,
): Promise<{ breakdown: Breakdown; hot: Hot }> {
  const cdp: CDPSession = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  await cdp.send('Profiler.start');
  try {
    await body();
  } catch {
    // A run that fails still gives the profile of what it did; its error is not rethrown.
  }
  const { profile: cpu } = await cdp.send('Profiler.stop');
  const buffer = await page.tracing.stop();
  await cdp.detach();
  const trace = JSON.parse(Buffer.from(buffer ?? '{}').toString('utf8')) as { traceEvents: TraceEvent[] };
  const b = breakdown(trace);
  return { breakdown: b, hot: hotFunctions(cpu as unknown as CpuProfile, b.windows, resolve) };
}
