/**
 * Downloads, loaded on demand the first time someone asks for a file: the table
 * as CSV that the reader's spreadsheet opens as it should, and the chart as a
 * self-contained SVG or a PNG, with the title and the source line as shown on screen.
 */
import type { CsvRules } from '../../data/i18n/translation.ts';
import { wrap } from '../../layout/text.ts';
import { canvasMeasure, pageFonts } from './environment.ts';
import { cellText, type TableCell, type TableModel } from './table-model.ts';

const BOM = '\ufeff';

/**
 * Cells that a spreadsheet would run as a formula (CSV injection) get a leading
 * apostrophe; cells holding a separator (";" in French, "," in English), a quote or
 * a line end are quoted.
 */
function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
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
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** Presentation properties copied from the computed style into an exported SVG. */
const PROPS = (
  'fill fill-opacity stroke stroke-width stroke-opacity stroke-dasharray opacity font-family font-size ' +
  'font-weight text-anchor dominant-baseline paint-order stroke-linejoin visibility display'
).split(' ');
/** Attributes of the page's markup that mean nothing in a file. */
const DROPPED = ['class', 'style', 'tabindex', 'data-key', 'part', 'role', 'aria-label', 'aria-hidden', 'aria-pressed'];

export interface ExportText {
  title: string;
  lines: string[];
}

const escape = (text: string) => text.replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`);

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
  const { width, height: chartHeight } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const copies = clone.querySelectorAll('*');
  svg.querySelectorAll('*').forEach((element, index) => {
    const style = getComputedStyle(element);
    const copy = copies[index];
    for (const property of PROPS) copy.setAttribute(property, style.getPropertyValue(property));
    for (const attribute of DROPPED) copy.removeAttribute(attribute);
  });
  // The title and the text lines, wrapped on word boundaries to the chart's width.
  const measure = canvasMeasure(fontFamily);
  const title = wrap(text.title, width, Infinity, measure, 16, 700);
  const lines = text.lines.flatMap((line) => wrap(line, width, Infinity, measure, 12));
  const top = 14 + title.length * 20;
  const height = top + chartHeight + 10 + lines.length * 16;
  const textLine = (content: string, y: number, size: number, weight: number, fill: string) =>
    `<text x="0" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escape(content)}</text>`;
  // XML serialisation: HTML's (innerHTML) would write &nbsp;, which an SVG file cannot hold.
  const serializer = new XMLSerializer();
  const chart = [...clone.childNodes].map((node) => serializer.serializeToString(node)).join('');
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${escape(fontFamily)}">` +
    `<rect width="100%" height="100%" fill="${colors.bg}"/>` +
    title.map((line, index) => textLine(line, 20 + index * 20, 16, 700, colors.text)).join('') +
    `<g transform="translate(0 ${top})">${chart}</g>` +
    lines.map((line, index) => textLine(line, top + chartHeight + 22 + index * 16, 12, 400, colors.muted)).join('') +
    '</svg>';
  return { markup, width, height };
}

/**
 * A number attribute of an exported element (its presentation attributes hold
 * computed values: "12px", "0.45").
 */
function num(element: Element, name: string, fallback = 0): number {
  const value = parseFloat(element.getAttribute(name) ?? '');
  return Number.isFinite(value) ? value : fallback;
}

/** Fills and strokes a shape or a text run with its element's colours, in its paint order. */
function paint(ctx: CanvasRenderingContext2D, element: Element, fill: () => void, stroke: () => void): void {
  const fillColor = element.getAttribute('fill');
  const strokeColor = element.getAttribute('stroke');
  const steps = [
    () => {
      if (!fillColor || fillColor === 'none') return;
      ctx.save();
      ctx.globalAlpha *= num(element, 'fill-opacity', 1);
      ctx.fillStyle = fillColor;
      fill();
      ctx.restore();
    },
    () => {
      const strokeWidth = num(element, 'stroke-width', 1);
      if (!strokeColor || strokeColor === 'none' || strokeWidth <= 0) return;
      const dash = element.getAttribute('stroke-dasharray');
      ctx.save();
      ctx.globalAlpha *= num(element, 'stroke-opacity', 1);
      ctx.strokeStyle = strokeColor;
      ctx.lineWidth = strokeWidth;
      ctx.lineJoin = (element.getAttribute('stroke-linejoin') || 'miter') as CanvasLineJoin;
      ctx.setLineDash(dash && dash !== 'none' ? dash.split(/[\s,]+/).map(parseFloat) : []);
      stroke();
      ctx.restore();
    },
  ];
  if (element.getAttribute('paint-order')?.startsWith('stroke')) steps.reverse();
  for (const step of steps) step();
}

/** The canvas font of a text run's element. */
function font(element: Element): string {
  const size = element.getAttribute('font-size') ?? '12';
  const weight = element.getAttribute('font-weight') ?? 400;
  const family = element.getAttribute('font-family') ?? 'sans-serif';
  return `${weight} ${/^[\d.]+$/.test(size) ? `${size}px` : size} ${family}`;
}

/**
 * A <text>: its runs (text nodes, with the <tspan> that holds them) in chunks that
 * start at each absolute x, each chunk placed by the text's anchor, as SVG does.
 * Whitespace collapses as in SVG.
 */
function drawText(ctx: CanvasRenderingContext2D, text: Element): void {
  interface Run {
    text: string;
    element: Element;
    y: number;
  }
  let y = num(text, 'y');
  let chunk = { x: num(text, 'x'), runs: [] as Run[] };
  const chunks = [chunk];
  const walk = (parent: Element) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE)
        chunk.runs.push({ text: (child.nodeValue ?? '').replace(/\s+/g, ' '), element: parent, y });
      else if (child instanceof Element && child.localName === 'tspan') {
        if (child.hasAttribute('y')) y = num(child, 'y');
        y += num(child, 'dy');
        if (child.hasAttribute('x')) chunks.push((chunk = { x: num(child, 'x'), runs: [] }));
        walk(child);
      }
    }
  };
  walk(text);
  const runs = chunks.flatMap((each) => each.runs);
  if (runs.length) {
    runs[0].text = runs[0].text.trimStart();
    runs[runs.length - 1].text = runs[runs.length - 1].text.trimEnd();
  }
  const anchor = text.getAttribute('text-anchor');
  const runWidth = (run: Run) => {
    ctx.font = font(run.element);
    return ctx.measureText(run.text).width;
  };
  for (const { x: chunkX, runs: chunkRuns } of chunks) {
    const chunkWidth = chunkRuns.reduce((sum, run) => sum + runWidth(run), 0);
    let x = chunkX - (anchor === 'end' ? chunkWidth : anchor === 'middle' ? chunkWidth / 2 : 0);
    for (const run of chunkRuns) {
      const at = x;
      ctx.font = font(run.element);
      paint(
        ctx,
        run.element,
        () => {
          ctx.fillText(run.text, at, run.y);
        },
        () => {
          ctx.strokeText(run.text, at, run.y);
        },
      );
      x += ctx.measureText(run.text).width;
    }
  }
}

/** One element of an exported SVG and its children, drawn on the canvas. */
function draw(ctx: CanvasRenderingContext2D, element: Element, size: [number, number]): void {
  if (element.getAttribute('display') === 'none' || element.getAttribute('visibility') === 'hidden') return;
  ctx.save();
  ctx.globalAlpha *= num(element, 'opacity', 1);
  const translation = /translate\(\s*([-\d.e]+)[\s,]*([-\d.e]*)/.exec(element.getAttribute('transform') ?? '');
  if (translation) ctx.translate(+translation[1], +translation[2] || 0);
  if (element.localName === 'rect' || element.localName === 'path') {
    const path = new Path2D(element.localName === 'path' ? (element.getAttribute('d') ?? '') : undefined);
    if (element.localName === 'rect') {
      // A length in % is of the image's width (x, width) or height (y, height).
      const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) =>
        element.getAttribute(name)?.endsWith('%')
          ? (num(element, name) / 100) * size[+(name === 'y' || name === 'height')]
          : num(element, name),
      );
      path.roundRect(x, y, width, height, num(element, 'rx'));
    }
    paint(
      ctx,
      element,
      () => {
        ctx.fill(path);
      },
      () => {
        ctx.stroke(path);
      },
    );
  } else if (element.localName === 'text') drawText(ctx, element);
  else for (const child of element.children) draw(ctx, child, size);
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
  await pageFonts()?.ready;
  draw(ctx, root, [width, height]);
  return await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('PNG encoding failed'));
    }, 'image/png');
  });
}
