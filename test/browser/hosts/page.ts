/**
 * The script of a host page (served by /__test/page): registers the widgets and
 * exposes what the test reads: whether every widget is drawn, the geometry of
 * their marks, their boxes and text sizes on the page, and what sticks out. An
 * external module, so that it runs under a strict CSP.
 *
 * With `report` in the page's query (`/__test/page?css=hostile&report=1`; the
 * server ignores it), a `<trade-report department="32">` is added after the four
 * widgets, and its charts are read as well.
 */
import '../../../src/index.ts';
import type { TradeElement } from '../../../src/components/base/trade-element.ts';

const TAGS = 'trade-balance, trade-treemap, trade-sankey, trade-summary';

if (new URLSearchParams(location.search).has('report')) {
  const report = document.createElement('trade-report');
  report.id = 'r';
  report.setAttribute('department', '32');
  document.querySelector('main')!.append(report);
}

const report = () => document.querySelector<TradeElement>('trade-report');

/** The page's widgets, then the charts inside the report (if any), with a key for each. */
function widgets(): { key: string; el: TradeElement }[] {
  const top = [...document.querySelectorAll<TradeElement>(TAGS)].map((el) => ({ key: `${el.tagName}#${el.id}`, el }));
  const r = report();
  const inner = [...(r?.shadowRoot?.querySelectorAll<TradeElement>(TAGS) ?? [])].map((el, i) => ({
    key: `TRADE-REPORT#${r!.id} ${el.tagName}:${i}`,
    el,
  }));
  return [...top, ...inner];
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Every mark of every chart: its key and its box in SVG units, rounded to 0.1 px. */
function geometry(): Record<string, number[][]> {
  const out: Record<string, number[][]> = {};
  for (const { key, el: w } of widgets()) {
    const marks = [...(w.shadowRoot?.querySelectorAll<SVGGraphicsElement>('[data-key]') ?? [])];
    out[key] = marks.map((m) => {
      const b = m.getBBox();
      return [b.x, b.y, b.width, b.height].map(round);
    });
  }
  return out;
}

/** Hidden from sight: in a visually hidden (sr-only) box, the closed table, a hidden tooltip or menu. */
function unseen(node: Node): boolean {
  for (let e = node instanceof Element ? node : node.parentElement; e; e = e.parentElement) {
    if (e.classList.contains('sr-only') || e.hasAttribute('hidden')) return true;
  }
  return false;
}

/** Elements of a shadow root that carry text of their own (not only in children), in document order. */
function textElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter(
    (e) => !unseen(e) && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
  );
}

/** The box of an element's text itself (an HTML block is as wide as its container, its text is not). */
function textBox(e: Element): DOMRect {
  if (e instanceof SVGElement) return e.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(e);
  return range.getBoundingClientRect();
}

/**
 * Layout in CSS px, as a reader sees it: each widget's box (width, height), each
 * SVG's and each summary figure's box relative to its widget's top-left corner
 * (x, y, width, height), and every visible text: its font size, line height and
 * the width and height of the text. Rounded to 0.1 px. A chart scaled by CSS has
 * the same marks in SVG units (`geometry`), not the same boxes here.
 */
function boxes(): Record<string, number[][]> {
  const out: Record<string, number[][]> = {};
  for (const { key, el: w } of widgets()) {
    const root = w.shadowRoot!;
    const host = w.getBoundingClientRect();
    const rel = (e: Element) => {
      const b = e.getBoundingClientRect();
      return [b.left - host.left, b.top - host.top, b.width, b.height].map(round);
    };
    out[`${key} box`] = [[host.width, host.height].map(round)];
    out[`${key} svg`] = [...root.querySelectorAll('svg')].map(rel);
    out[`${key} figures`] = [...root.querySelectorAll('[part~="figure"]')].map(rel);
    out[`${key} text`] = textElements(root).map((e) => {
      const s = getComputedStyle(e);
      const b = textBox(e);
      return [parseFloat(s.fontSize), parseFloat(s.lineHeight) || 0, b.width, b.height].map(round);
    });
  }
  return out;
}

const describe = (e: Node) => {
  const el = e instanceof Element ? e : e.parentElement!;
  const part = el.getAttribute('part');
  const selector = part ? `[part="${part}"]` : el.classList.length ? `.${[...el.classList].join('.')}` : '';
  return `${el.tagName.toLowerCase()}${selector} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
};

/**
 * Everything drawn in a shadow root (and the shadow roots of the charts inside it)
 * must lie within `frame` horizontally: elements and HTML text. What is inside a box
 * that clips (overflow other than visible) is only checked through that box.
 */
function outside(root: ShadowRoot | Element, frame: DOMRect, what: string, problems: string[]): void {
  const check = (e: Node, b: DOMRect) => {
    if (b.width === 0 && b.height === 0) return;
    if (b.left < frame.left - 1 || b.right > frame.right + 1) {
      problems.push(
        `${what}: ${describe(e)} runs from ${round(b.left)} to ${round(b.right)}, ` +
          `outside ${round(frame.left)}…${round(frame.right)}`,
      );
    }
  };
  const walk = (parent: ShadowRoot | Element) => {
    for (const child of parent.childNodes) {
      if (unseen(child)) continue;
      if (child.nodeType === Node.TEXT_NODE) {
        if (!child.textContent!.trim() || child.parentElement instanceof SVGElement) continue;
        const range = document.createRange();
        range.selectNodeContents(child);
        check(child, range.getBoundingClientRect());
      } else if (child instanceof Element) {
        // Marks: checked against their SVG.
        if (child instanceof SVGElement && !(child instanceof SVGSVGElement)) continue;
        check(child, child.getBoundingClientRect());
        if (child.shadowRoot) outside(child.shadowRoot, frame, what, problems);
        if (getComputedStyle(child).overflowX === 'visible') walk(child);
      }
    }
  };
  walk(root);
}

/**
 * What sticks out: marks outside their SVG box, widgets wider than the page, any
 * text or box of a widget outside it (a summary's figure, its big numbers), the
 * text of a summary's figure outside that figure, and anything of the report
 * outside the report.
 */
function overflow(): string[] {
  const problems: string[] = [];
  const page = document.documentElement.clientWidth;
  for (const { key, el: w } of widgets()) {
    const r = w.getBoundingClientRect();
    if (r.right > page + 0.5) problems.push(`${key} is wider than the page (${r.right} > ${page})`);
    outside(w.shadowRoot!, r, key, problems);
    for (const figure of w.shadowRoot!.querySelectorAll('[part~="figure"]')) {
      outside(figure, figure.getBoundingClientRect(), `${key} ${figure.getAttribute('part')}`, problems);
      if (figure.scrollWidth > figure.clientWidth + 1)
        problems.push(
          `${key} ${figure.getAttribute('part')} overflows (${figure.scrollWidth} > ${figure.clientWidth})`,
        );
    }
    const table = w.shadowRoot?.querySelector('table');
    if (!table || getComputedStyle(table).display === 'none') problems.push(`${key} lost its table`);
    const svg = w.shadowRoot?.querySelector('svg');
    if (!svg) continue;
    const box = svg.getBoundingClientRect();
    if (box.right > page + 0.5) problems.push(`${key} svg ends at ${box.right} > ${page}`);
    for (const m of svg.querySelectorAll<SVGGraphicsElement>('rect, path, text')) {
      const b = m.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue;
      if (b.left < box.left - 1 || b.right > box.right + 1 || b.top < box.top - 1 || b.bottom > box.bottom + 1) {
        problems.push(`${key} ${m.tagName} "${m.textContent.slice(0, 30)}" sticks out of its chart`);
      }
    }
  }
  const r = report();
  if (r) {
    const box = r.getBoundingClientRect();
    if (box.right > page + 0.5) problems.push(`the report is wider than the page (${box.right} > ${page})`);
    outside(r.shadowRoot!, box, 'TRADE-REPORT', problems);
  }
  if (document.documentElement.scrollWidth > page + 1)
    problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${page})`);
  return problems;
}

function ready(): boolean {
  const r = report();
  // The report with every chart made (none left as a placeholder: those below its first screen come later).
  const root = r?.shadowRoot;
  if (r && !(r.state === 'ready' && root?.querySelector('[part="section"]') && !root.querySelector('[data-later]')))
    return false;
  const all = widgets();
  const inReport = all.filter((w) => w.key.startsWith('TRADE-REPORT'));
  if (r && inReport.length < 5) return false;
  // Drawn, and with what the summaries and the treemaps load after their first drawing (their code, France's
  // file, the series), in an idle period: both pages compared as they end up.
  const later = (w: TradeElement) => {
    const loads = w as unknown as { related?: unknown; france?: unknown };
    if (w.localName === 'trade-summary') return loads.related !== undefined;
    return w.localName !== 'trade-treemap' || loads.france !== undefined;
  };
  const drawn = (w: TradeElement) =>
    w.state === 'ready' && !!w.shadowRoot?.querySelector('.chart[role="group"]') && later(w);
  // A chart of the report may be empty (a flow the territory lacks); the page's own widgets are drawn.
  return all.every(({ key, el }) => drawn(el) || (key.startsWith('TRADE-REPORT') && el.state === 'empty'));
}

Object.assign(window, {
  __tw: { ready, geometry, boxes, overflow, states: () => widgets().map(({ key, el }) => `${key}:${el.state}`) },
});
