/**
 * What the hostile-label tests share (hostile.test.ts: the first five elements;
 * hostile-new.test.ts: the later ones): the hostile file, the walk of every shadow
 * root for elements, handlers, links and bidi controls that came from content, and
 * the hooks that fail a test when a payload ran.
 */
import { expect } from '@open-wc/testing';
import type { FlowTriple } from '../../../src/data/contract.ts';
import { clearCache } from '../../../src/data/loader.ts';
import { sleep, watchErrors } from './checks.ts';
import { cleaned } from './gen.ts';
import { HOSTILE } from './hostile-strings.ts';

declare global {
  interface Window {
    __pwned: string[];
  }
}

/** Characters that reorder text around them: never shown. */
export const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Elements the widgets' own templates make: anything else came from content. */
export const ALLOWED = new Set(
  (
    'div p strong span button ul li dl dt dd table caption thead tbody tfoot tr th td a code section label select ' +
    'option svg g rect path text tspan trade-balance trade-treemap trade-sankey trade-summary'
  ).split(' '),
);
export const SVG_EXPORT = new Set(['svg', 'g', 'rect', 'path', 'text', 'tspan']);

/**
 * The hostile file: every label a payload, every product and country drawn. Its countries are
 * K0, K1…, or the `countries` given (as many as `HOSTILE`: real codes, for a map to draw them).
 */
export function hostileFile(countries?: readonly string[]): Record<string, any> {
  const n = HOSTILE.length;
  const codes = (p: string) => HOSTILE.map((_, i) => (p === 'K' && countries ? countries[i] : `${p}${i}`));
  const country = (i: number) => codes('K')[i];
  const exp = codes('P').map((p, i): FlowTriple => [p, country((i * 5) % n), 1_000_000 * (n - i)]);
  const imp = codes('P').map((p, i): FlowTriple => [p, country((i * 3 + 1) % n), 700_000 * (i + 1)]);
  const sum = (flows: FlowTriple[]) => flows.reduce((total, [, , value]) => total + value, 0);
  const totals = { export: sum(exp), import: sum(imp) };
  return {
    schema: 2,
    year: 2024,
    territory: { level: 'department', code: '32', name: HOSTILE[0], region: { code: '76', name: HOSTILE[1] } },
    totals,
    parents: {
      region: { code: '76', name: HOSTILE[1], totals: { export: totals.export * 2, import: totals.import * 2 } },
      france: { totals: { export: totals.export * 9, import: totals.import * 9 } },
    },
    products: Object.fromEntries(codes('P').map((c, i) => [c, HOSTILE[i]])),
    countries: Object.fromEntries(codes('K').map((c, i) => [c, HOSTILE[(i + 3) % n]])),
    flows: { export: exp, import: imp },
    source: {
      name: HOSTILE[2],
      licence: HOSTILE[3],
      url: "https://www.data.gouv.fr/?q=\"><img/src=x/onerror=window.__pwned.push('url')>",
    },
    ranks: { export: { rank: 1, of: 101 }, import: { rank: 2, of: 101 }, balance: { rank: 3, of: 101 } },
    previous: { year: 2023, totals: { export: 1, import: 2 } },
    territoriesOfIndustry: [HOSTILE[4], HOSTILE[5], HOSTILE[14]],
  };
}
export const LABELS = HOSTILE.map(cleaned);

/** Every element and shadow root under `root`, walked through open shadow roots. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** Elements or attributes that the widgets' templates never make, and text that reorders. */
export function foreign(root: ParentNode, allowed: ReadonlySet<string> = ALLOWED): string[] {
  const out: string[] = [];
  for (const el of deep(root)) {
    const tag = el.tagName.toLowerCase();
    if (!allowed.has(tag)) out.push(`<${tag}>`);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) out.push(`<${tag} ${a.name}>`);
      // Links: https, and the report's own contact address (mailto:, which runs nothing).
      if (a.name === 'href' && !/^(https:\/\/|mailto:)/.test(a.value)) out.push(`<${tag} href="${a.value}">`);
      if (BIDI.test(a.value)) out.push(`<${tag} ${a.name}> holds a bidi control`);
    }
    for (const c of el.childNodes)
      if (c.nodeType === 3 && BIDI.test(c.textContent ?? '')) out.push(`<${tag}> text holds a bidi control`);
  }
  return out;
}

/**
 * Registers hooks around each test of the file: the loader's cache emptied, and after
 * the test no payload run (`window.__pwned`), no element of a dangerous kind added to the
 * page's own tree (shadow roots are walked by `foreign` instead), no error. `reset()`
 * forgets what a control test made on purpose.
 */
export function inert(): { reset(): void } {
  let watch: ReturnType<typeof watchErrors>;
  let observer: MutationObserver;
  let added: string[] = [];
  beforeEach(() => {
    clearCache();
    window.__pwned = [];
    watch = watchErrors();
    added = [];
    observer = new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element && /^(img|script|iframe|style|svg|object|embed)$/i.test(n.tagName))
            added.push(n.tagName);
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  afterEach(async () => {
    await sleep(100); // an <img onerror> would fire by now
    observer.disconnect();
    watch.stop();
    expect(window.__pwned, 'scripts that ran').to.deep.equal([]);
    expect(added, 'elements added to the page').to.deep.equal([]);
    expect(watch.errors).to.deep.equal([]);
  });
  return {
    reset: () => {
      window.__pwned = [];
      added = [];
    },
  };
}

/**
 * A chart's downloads with hostile labels: the SVG is valid XML made of `allowed` drawing
 * elements only, without a handler or a link, and its title lines (above the chart) read
 * as `title` (whitespace as the wrapping leaves it); the PNG decodes.
 */
export async function checkImageExports(
  el: { toSvg(): Promise<{ markup: string }>; toPng(): Promise<Blob> },
  title: string,
  allowed: ReadonlySet<string> = SVG_EXPORT,
): Promise<void> {
  const { markup } = await el.toSvg();
  expect(markup).not.to.match(/<(img|script|iframe|style|a|foreignObject)\b/i);
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the SVG parses').to.equal(null);
  for (const n of doc.querySelectorAll('*')) {
    expect(allowed.has(n.tagName), `<${n.tagName}> in the SVG`).to.equal(true);
    for (const a of n.attributes) expect(a.name, `attribute of <${n.tagName}>`).not.to.match(/^on|href$/i);
  }
  const top = [...doc.documentElement.children];
  const titleLines = top
    .slice(
      0,
      top.findIndex((n) => n.tagName === 'g'),
    )
    .filter((n) => n.tagName === 'text');
  expect(titleLines.map((n) => n.textContent).join(' ')).to.equal(title);
  // The SVG, drawn: it decodes (no script can run in an image anyway).
  const png = new Uint8Array(await (await el.toPng()).arrayBuffer());
  expect(String.fromCharCode(...png.slice(1, 4))).to.equal('PNG');
}

/**
 * Hovers every mark of a chart and returns the texts of the tooltips shown, each
 * checked to hold only the tooltip's own markup (`strong`, `dl`, `dt`, `dd`); the
 * pointer then leaves the chart.
 */
export async function hoverEveryMark(el: {
  shadowRoot: ShadowRoot | null;
  updateComplete: Promise<boolean>;
}): Promise<Set<string>> {
  const root = el.shadowRoot!;
  const tips = new Set<string>();
  for (const key of new Set([...root.querySelectorAll('[data-key]')].map((m) => m.getAttribute('data-key')!))) {
    const mark = root.querySelector(`[data-key="${CSS.escape(key)}"]`)!;
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tip = root.querySelector<HTMLElement>('[part="tooltip"]')!;
    if (!tip.hidden) {
      tips.add(tip.textContent);
      for (const t of tip.querySelectorAll('*'))
        expect(['strong', 'dl', 'dt', 'dd']).to.include(t.tagName.toLowerCase());
    }
  }
  root.querySelector('[part="chart"]')?.dispatchEvent(new PointerEvent('pointerleave'));
  return tips;
}
