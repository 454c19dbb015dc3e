/**
 * The script of a host page (served by /__test/page): registers the widgets and
 * exposes what the test reads: whether every widget is drawn, and the geometry of
 * their marks. An external module, so that it runs under a strict CSP.
 */
import '../../../src/index.ts';
import type { TradeElement } from '../../../src/components/base/trade-element.ts';

const widgets = () => [...document.querySelectorAll<TradeElement>('trade-balance, trade-treemap, trade-sankey, trade-summary')];

/** Every mark of every chart: its key and its box in SVG units, rounded to 0.1 px. */
function geometry(): Record<string, number[][]> {
  const out: Record<string, number[][]> = {};
  for (const w of widgets()) {
    const marks = [...(w.shadowRoot?.querySelectorAll<SVGGraphicsElement>('[data-key]') ?? [])];
    out[`${w.tagName}#${w.id}`] = marks.map((m) => {
      const b = m.getBBox();
      return [b.x, b.y, b.width, b.height].map((v) => Math.round(v * 10) / 10);
    });
  }
  return out;
}

/** What sticks out: marks outside their SVG box, widgets wider than the page. */
function overflow(): string[] {
  const problems: string[] = [];
  const page = document.documentElement.clientWidth;
  for (const w of widgets()) {
    const r = w.getBoundingClientRect();
    if (r.right > page + 0.5) problems.push(`${w.tagName} is wider than the page (${r.right} > ${page})`);
    const svg = w.shadowRoot?.querySelector('svg');
    if (!svg) continue;
    const box = svg.getBoundingClientRect();
    if (box.right > page + 0.5) problems.push(`${w.tagName} svg ends at ${box.right} > ${page}`);
    for (const m of svg.querySelectorAll<SVGGraphicsElement>('rect, path, text')) {
      const b = m.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue;
      if (b.left < box.left - 1 || b.right > box.right + 1 || b.top < box.top - 1 || b.bottom > box.bottom + 1) {
        problems.push(`${w.tagName} ${m.tagName} "${(m.textContent ?? '').slice(0, 30)}" sticks out of its chart`);
      }
    }
    const table = w.shadowRoot?.querySelector('table');
    if (!table || getComputedStyle(table).display === 'none') problems.push(`${w.tagName} lost its table`);
  }
  if (document.documentElement.scrollWidth > page + 1) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${page})`);
  return problems;
}

function ready(): boolean {
  return widgets().every((w) => w.state === 'ready' && w.shadowRoot?.querySelector('.chart[role="group"]'));
}

Object.assign(window, { __tw: { ready, geometry, overflow, states: () => widgets().map((w) => `${w.tagName}:${w.state}`) } });
