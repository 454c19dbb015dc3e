/**
 * Downloads, loaded on demand the first time someone asks for a file: the table
 * as CSV that the reader's spreadsheet opens as it should, and the chart as a
 * self-contained SVG or a PNG, with the title and the source line as shown on screen.
 */
import type { CsvRules } from '../../data/i18n/translation.ts';
import { wrap } from '../../layout/text.ts';
import { canvasMeasure } from './environment.ts';
import { cellText, type TableCell, type TableModel } from './table-model.ts';

const BOM = '\ufeff';

/**
 * Cells that a spreadsheet would run as a formula (CSV injection) get a leading
 * apostrophe; cells holding a separator (";" in French, "," in English), a quote or
 * a line end are quoted.
 */
function csvText(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[;,"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvNumber(value: number, rules: CsvRules): string {
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  return text.replace('.', rules.decimalMark);
}

function csvCell(cell: TableCell, unit: string | undefined, rules: CsvRules): string {
  if (typeof cell !== 'string' && cell.value !== undefined && unit) {
    return csvNumber(unit === '%' ? cell.value * 100 : cell.value, rules);
  }
  return csvText(cellText(cell));
}

/**
 * The table as CSV: UTF-8 with a BOM, CRLF line ends, and the language's
 * separator and decimal mark (";" and "," in French, for Excel and LibreOffice set
 * to French). Columns with a unit hold raw numbers (whole euros, percentages); the
 * others hold the text shown.
 */
export function tableToCsv(table: TableModel, rules: CsvRules): string {
  const { separator } = rules;
  const units = table.columns.map((column) => column.unit);
  const head = table.columns.map((column) =>
    csvText(column.unit ? `${column.label} (${column.unit === 'eur' ? '€' : '%'})` : column.label),
  );
  const rows = [...table.rows, ...(table.footer ?? [])].map((row) =>
    row.map((cell, index) => csvCell(cell, units[index], rules)).join(separator),
  );
  return BOM + [head.join(separator), ...rows].join('\r\n') + '\r\n';
}

/** A file name from a title: "Principaux pays…, Gers (2024)" → "principaux-pays-gers-2024". */
export function fileName(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'graphique'
  );
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Presentation properties copied from the computed style into an exported SVG. */
const PROPS =
  'fill fill-opacity stroke stroke-width stroke-opacity stroke-dasharray opacity font-family font-size font-weight text-anchor dominant-baseline paint-order stroke-linejoin visibility display'.split(
    ' ',
  );

export interface ExportText {
  title: string;
  lines: string[];
}

const esc = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A self-contained SVG: the chart with its computed styles inlined (no CSS
 * variables, no stylesheet), a title above and the source lines below, in the font
 * family used on screen.
 */
export function chartSvg(
  svg: SVGSVGElement,
  text: ExportText,
  fontFamily: string,
  colors: { text: string; muted: string; bg: string },
): { markup: string; width: number; height: number } {
  const { width, height: h } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const dst = clone.querySelectorAll('*');
  svg.querySelectorAll('*').forEach((el, i) => {
    const cs = getComputedStyle(el);
    const out = dst[i];
    for (const p of PROPS) out.setAttribute(p, cs.getPropertyValue(p));
    for (const a of [
      'class',
      'style',
      'tabindex',
      'data-key',
      'part',
      'role',
      'aria-label',
      'aria-hidden',
      'aria-pressed',
    ])
      out.removeAttribute(a);
  });
  // The title and the text lines, wrapped on word boundaries to the chart's width.
  const measure = canvasMeasure(fontFamily);
  const title = wrap(text.title, width, Infinity, measure, 16, 700);
  const lines = text.lines.flatMap((l) => wrap(l, width, Infinity, measure, 12));
  const top = 14 + title.length * 20;
  const height = top + h + 10 + lines.length * 16;
  const line = (s: string, y: number, size: number, weight: number, fill: string) =>
    `<text x="0" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(s)}</text>`;
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(fontFamily)}">` +
    `<rect width="100%" height="100%" fill="${colors.bg}"/>${title.map((l, i) => line(l, 20 + i * 20, 16, 700, colors.text)).join('')}` +
    // XML serialisation: HTML's (innerHTML) would write &nbsp;, which an SVG file cannot hold.
    `<g transform="translate(0 ${top})">${[...clone.childNodes].map((n) => new XMLSerializer().serializeToString(n)).join('')}</g>` +
    lines.map((l, i) => line(l, top + h + 22 + i * 16, 12, 400, colors.muted)).join('') +
    '</svg>';
  return { markup, width, height };
}

/** A number attribute of an exported element (its presentation attributes hold computed values: "12px", "0.45"). */
function num(el: Element, name: string, fallback = 0): number {
  const v = parseFloat(el.getAttribute(name) ?? '');
  return Number.isFinite(v) ? v : fallback;
}

/** Fills and strokes a shape or a text run with its element's colours, in its paint order. */
function paint(ctx: CanvasRenderingContext2D, el: Element, fill: () => void, stroke: () => void): void {
  const f = el.getAttribute('fill');
  const s = el.getAttribute('stroke');
  const steps = [
    () => {
      if (!f || f === 'none') return;
      ctx.save();
      ctx.globalAlpha *= num(el, 'fill-opacity', 1);
      ctx.fillStyle = f;
      fill();
      ctx.restore();
    },
    () => {
      const w = num(el, 'stroke-width', 1);
      if (!s || s === 'none' || w <= 0) return;
      const dash = el.getAttribute('stroke-dasharray');
      ctx.save();
      ctx.globalAlpha *= num(el, 'stroke-opacity', 1);
      ctx.strokeStyle = s;
      ctx.lineWidth = w;
      ctx.lineJoin = (el.getAttribute('stroke-linejoin') as CanvasLineJoin) || 'miter';
      ctx.setLineDash(dash && dash !== 'none' ? dash.split(/[\s,]+/).map(parseFloat) : []);
      stroke();
      ctx.restore();
    },
  ];
  if (el.getAttribute('paint-order')?.startsWith('stroke')) steps.reverse();
  for (const step of steps) step();
}

/** The canvas font of a text run's element. */
function font(el: Element): string {
  const size = el.getAttribute('font-size') ?? '12';
  return `${el.getAttribute('font-weight') ?? 400} ${/^[\d.]+$/.test(size) ? `${size}px` : size} ${el.getAttribute('font-family') ?? 'sans-serif'}`;
}

/**
 * A <text>: its runs (text nodes, with the <tspan> that holds them) in chunks that
 * start at each absolute x, each chunk placed by the text's anchor, as SVG does.
 * Whitespace collapses as in SVG.
 */
function drawText(ctx: CanvasRenderingContext2D, text: Element): void {
  type Run = { s: string; el: Element; y: number };
  let y = num(text, 'y');
  let chunk = { x: num(text, 'x'), runs: [] as Run[] };
  const chunks = [chunk];
  const walk = (parent: Element) => {
    for (const c of parent.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) chunk.runs.push({ s: c.nodeValue!.replace(/\s+/g, ' '), el: parent, y });
      else if (c instanceof Element && c.localName === 'tspan') {
        if (c.hasAttribute('y')) y = num(c, 'y');
        y += num(c, 'dy');
        if (c.hasAttribute('x')) chunks.push((chunk = { x: num(c, 'x'), runs: [] }));
        walk(c);
      }
    }
  };
  walk(text);
  const runs = chunks.flatMap((ch) => ch.runs);
  if (runs.length) {
    runs[0].s = runs[0].s.trimStart();
    runs[runs.length - 1].s = runs[runs.length - 1].s.trimEnd();
  }
  const anchor = text.getAttribute('text-anchor');
  const width = (r: Run) => ((ctx.font = font(r.el)), ctx.measureText(r.s).width);
  for (const ch of chunks) {
    const w = ch.runs.reduce((sum, r) => sum + width(r), 0);
    let x = ch.x - (anchor === 'end' ? w : anchor === 'middle' ? w / 2 : 0);
    for (const r of ch.runs) {
      const at = x;
      ctx.font = font(r.el);
      paint(
        ctx,
        r.el,
        () => ctx.fillText(r.s, at, r.y),
        () => ctx.strokeText(r.s, at, r.y),
      );
      x += ctx.measureText(r.s).width;
    }
  }
}

/** One element of an exported SVG and its children, drawn on the canvas. */
function draw(ctx: CanvasRenderingContext2D, el: Element, size: [number, number]): void {
  if (el.getAttribute('display') === 'none' || el.getAttribute('visibility') === 'hidden') return;
  ctx.save();
  ctx.globalAlpha *= num(el, 'opacity', 1);
  const t = /translate\(\s*([-\d.e]+)[\s,]*([-\d.e]*)/.exec(el.getAttribute('transform') ?? '');
  if (t) ctx.translate(+t[1], +t[2] || 0);
  if (el.localName === 'rect' || el.localName === 'path') {
    const p = new Path2D(el.localName === 'path' ? (el.getAttribute('d') ?? '') : undefined);
    if (el.localName === 'rect') {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) =>
        el.getAttribute(a)?.endsWith('%') ? (num(el, a) / 100) * size[+(a === 'y' || a === 'height')] : num(el, a),
      );
      p.roundRect(x, y, w, h, num(el, 'rx'));
    }
    paint(
      ctx,
      el,
      () => ctx.fill(p),
      () => ctx.stroke(p),
    );
  } else if (el.localName === 'text') drawText(ctx, el);
  else for (const c of el.children) draw(ctx, c, size);
  ctx.restore();
}

/**
 * Rasterises an exported SVG (chartSvg's markup) at `scale` (2 = sharp on
 * high-density screens) to a PNG blob. It is drawn on a canvas element by element
 * rather than loaded as an image: a page's Content-Security-Policy (`default-src
 * 'self'`) forbids loading a blob: or data: image, and an SVG image could not use
 * the page's web fonts, which the canvas does, as on screen.
 */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const root = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  if (root.localName !== 'svg') throw new Error('invalid SVG');
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d unavailable');
  ctx.scale(scale, scale);
  await document.fonts?.ready;
  draw(ctx, root, [width, height]);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
