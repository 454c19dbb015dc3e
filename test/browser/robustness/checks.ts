/**
 * What every robustness test looks at in a rendered widget: errors that escaped,
 * numbers that are not numbers, marks outside the SVG box, the CSV export read back.
 */
import { expect } from '@open-wc/testing';
import type { TradeElement } from '../../../src/components/base/trade-element.ts';
import { clearCache } from '../../../src/data/loader.ts';

/** Collects uncaught exceptions and unhandled rejections while a test runs. */
export function watchErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${e.reason?.stack ?? e.reason}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Registers hooks that empty the loader's cache before each test and fail it on any
 * uncaught exception or unhandled rejection; `errors` is the running test's list.
 */
export function guard(): { errors: string[] } {
  let watch: ReturnType<typeof watchErrors>;
  const state = { errors: [] as string[] };
  beforeEach(() => {
    clearCache();
    watch = watchErrors();
    state.errors = watch.errors;
  });
  afterEach(() => {
    watch.stop();
    expect(watch.errors, 'uncaught exceptions and unhandled rejections').to.deep.equal([]);
  });
  return state;
}

export function fail(message: string): never {
  throw new Error(message);
}

/** NaN, Infinity or undefined in an attribute of the shadow root (aria-labels, which hold labels, apart). */
export function badAttributes(root: ParentNode): string[] {
  const out: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    for (const a of node.attributes) {
      if (a.name !== 'aria-label' && /NaN|Infinity|undefined/.test(a.value))
        out.push(`<${node.tagName} ${a.name}="${a.value.slice(0, 80)}">`);
    }
  }
  return out;
}

const num = (e: Element, a: string) => Number(e.getAttribute(a) ?? 0);

/** A box in an element's user units, in the SVG's (through the element's `transform`, if any). */
function inSvg(m: SVGGraphicsElement, b: { x: number; y: number; width: number; height: number }): DOMRect {
  const ctm = m.getCTM();
  if (!ctm || ctm.isIdentity) return new DOMRect(b.x, b.y, b.width, b.height);
  const corners = [
    [b.x, b.y],
    [b.x + b.width, b.y],
    [b.x, b.y + b.height],
    [b.x + b.width, b.y + b.height],
  ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(ctm));
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  return new DOMRect(
    Math.min(...xs),
    Math.min(...ys),
    Math.max(...xs) - Math.min(...xs),
    Math.max(...ys) - Math.min(...ys),
  );
}

/**
 * Marks whose box leaves the SVG's [0, width] × [0, height]: shapes by their
 * geometry (getBBox, with half the stroke of paths, through their `transform`; a
 * shape of zero width or height is not drawn), text by the cells of its characters
 * as laid out (what the layout decides). The ink of a glyph may overhang its cell,
 * as fonts draw it (a diacritic over a capital, an Arabic madda, a combining mark
 * on a first letter): that is allowed up to `ink` px, a quarter of an em at 12 px.
 * Also the SVG's own size. Marks matching `exempt` (a selector) are not looked at.
 */
export function marksOutside(svg: SVGSVGElement, tolerance = 0.5, ink = 3, exempt?: string): string[] {
  const out: string[] = [];
  const W = num(svg, 'width');
  const H = num(svg, 'height');
  if (!(W > 0) || !(H >= 0) || !Number.isFinite(W) || !Number.isFinite(H)) out.push(`svg size ${W} × ${H}`);
  if (svg.getAttribute('viewBox') !== `0 0 ${W} ${H}`)
    out.push(`viewBox "${svg.getAttribute('viewBox')}" for ${W} × ${H}`);
  const outside = (what: string, x0: number, x1: number, y0: number, y1: number, tol: number) => {
    if (![x0, x1, y0, y1].every(Number.isFinite)) out.push(`${what}: box ${x0},${x1},${y0},${y1}`);
    else if (x0 < -tol || x1 > W + tol || y0 < -tol || y1 > H + tol)
      out.push(
        `${what}: [${x0.toFixed(2)}, ${x1.toFixed(2)}] × [${y0.toFixed(2)}, ${y1.toFixed(2)}] outside ${W} × ${H}`,
      );
  };
  const looked = (m: Element) => !exempt || !m.matches(exempt);
  for (const m of svg.querySelectorAll<SVGGraphicsElement>('rect, path, line, circle, polygon')) {
    if (!looked(m) || (m.tagName === 'rect' && (num(m, 'width') === 0 || num(m, 'height') === 0))) continue;
    const b = inSvg(m, m.getBBox());
    const stroke = m.tagName === 'path' ? num(m, 'stroke-width') / 2 : 0;
    outside(
      `${m.tagName} ${m.getAttribute('data-key') ?? m.closest('[data-key]')?.getAttribute('data-key') ?? ''}`,
      b.x,
      b.x + b.width,
      b.y - stroke,
      b.y + b.height + stroke,
      tolerance,
    );
  }
  for (const t of [...svg.querySelectorAll<SVGTextElement>('text')].filter(looked)) {
    const what = `text "${t.textContent.slice(0, 50)}"`;
    // The box of the ink and of the characters' cells: when it is inside, so is each.
    const b = t.getBBox();
    if (b.x >= -tolerance && b.x + b.width <= W + tolerance && b.y >= -tolerance && b.y + b.height <= H + tolerance)
      continue;
    outside(`${what} (ink)`, b.x, b.x + b.width, b.y, b.y + b.height, ink);
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let i = 0; i < t.getNumberOfChars(); i++) {
      const r = t.getExtentOfChar(i);
      [x0, x1, y0, y1] = [
        Math.min(x0, r.x),
        Math.max(x1, r.x + r.width),
        Math.min(y0, r.y),
        Math.max(y1, r.y + r.height),
      ];
    }
    outside(what, x0, x1, y0, y1, tolerance);
  }
  return out;
}

/** Text drawn or announced that is not well-formed Unicode (half of a surrogate pair). */
export function brokenText(root: ParentNode): string[] {
  const out: string[] = [];
  const wellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
  for (const node of root.querySelectorAll('*')) {
    for (const a of node.attributes)
      if (!wellFormed(a.value)) out.push(`<${node.tagName} ${a.name}> ${JSON.stringify(a.value.slice(-20))}`);
    for (const c of node.childNodes)
      if (c.nodeType === 3 && !wellFormed(c.textContent ?? ''))
        out.push(`<${node.tagName}> text ${JSON.stringify((c.textContent ?? '').slice(-20))}`);
  }
  return out;
}

/** RFC 4180 CSV with a given separator: quoted cells, doubled quotes, CRLF; the BOM dropped. */
export function parseCsv(csv: string, sep = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = csv.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (s[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Every cell that a spreadsheet would take for a formula. */
export function formulaCells(rows: string[][], numericColumns: Set<number>): string[] {
  return rows.flatMap((r, i) =>
    r.filter((c, j) => !(i > 0 && numericColumns.has(j) && /^-?\d+(,\d+)?$/.test(c)) && /^[=+\-@\t\r]/.test(c)),
  );
}

/** Everything a shadow root holds, as text and attribute values: nothing of a refused file may be in it. */
export function everything(el: TradeElement): string {
  const root = el.shadowRoot!;
  const attrs = [...root.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.value));
  return `${[...root.childNodes].map((n) => n.textContent).join(' ')} ${attrs.join(' ')}`;
}

export const tick = () => new Promise((r) => setTimeout(r, 0));
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const frame = () =>
  new Promise((r) =>
    requestAnimationFrame(() => {
      r(undefined);
    }),
  );

/** Waits until a chart has a width (its ResizeObserver ran), so that data given to it is drawn at once. */
export async function sized(el: TradeElement): Promise<void> {
  const { size } = el as unknown as { size?: { width: number } };
  for (let i = 0; i < 100 && size && !size.width; i++) await frame();
}
