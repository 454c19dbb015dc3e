/**
 * Downloads, loaded on demand the first time someone asks for a file: the table
 * as CSV that the reader's spreadsheet opens as it should, followed by its source
 * and licence, and the chart as a self-contained SVG or a PNG, with the texts
 * around it (title, subtitle or legend, caption, source line) as shown on screen.
 */
import type { TradeData } from '../../data/contract.ts';
import type { CsvRules, Translation } from '../../data/i18n/translation.ts';
import { wrap, type Measure } from '../../layout/text.ts';
import { canvasMeasure, pageFonts } from './environment.ts';
import { cellText, type TableCell, type TableModel } from './table-model.ts';

const BOM = '\ufeff';

/** An SVG document and its size in CSS px. */
export interface SvgFile {
  markup: string;
  width: number;
  height: number;
}

/** What the files are made of: the element's shadow root, its title, and its own file methods. */
export interface Chart {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The title as shown. */
  readonly chartTitleText: string;
  toCsv(): Promise<string>;
  toSvg(): Promise<SvgFile>;
  toPng(): Promise<Blob>;
}

/** A chart's table, in the language it is written in, and its data when there is some. */
export interface ShownTable {
  table: TableModel;
  rules: CsvRules;
  data?: TradeData;
  t?: Translation;
}

/**
 * The table as CSV. With the data and the language, the file ends with the source,
 * the licence, the address and, for simulated data, the demonstration notice.
 */
export function csvFile({ table, rules, data, t }: ShownTable): string {
  return tableToCsv(table, rules, data && t ? csvNotes(data, t) : []);
}

/** The lines under the CSV's table, as label and value: "Source", "Licence" (the same word in French and English). */
function csvNotes({ source, year }: TradeData, t: Translation): string[][] {
  return [
    [t.common.sourcePrefix.replace(/[\s:]+$/, ''), `${source.name}, ${year}`],
    ['Licence', source.licence],
    ['URL', source.url],
    ...(source.demo ? [[t.common.demo]] : []),
  ];
}

/**
 * The chart's SVG as a self-contained document, with the title, the subtitle or
 * legend, the caption and the source line as shown.
 */
export function svgFile(chart: Chart): SvgFile {
  const { renderRoot } = chart;
  const svg = renderRoot.querySelector<SVGSVGElement>('.chart svg');
  const root = renderRoot.querySelector<HTMLElement>('.root');
  if (!svg || !root) throw new Error('no chart');
  const text = {
    title: chart.chartTitleText,
    above: [...renderRoot.querySelectorAll('.titles > .subtitle')],
    below: [...renderRoot.querySelectorAll('.caption, .source')],
  };
  const style = getComputedStyle(root);
  const background = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? '#ffffff' : style.backgroundColor;
  return chartSvg(svg, text, style.fontFamily, { text: style.color, bg: background });
}

/** Saves the data (CSV) or the chart (SVG or PNG) as a file named after the title. */
export async function saveFile(chart: Chart, kind: 'csv' | 'svg' | 'png'): Promise<void> {
  const blob =
    kind === 'csv'
      ? new Blob([await chart.toCsv()], { type: 'text/csv;charset=utf-8' })
      : kind === 'svg'
        ? new Blob([(await chart.toSvg()).markup], { type: 'image/svg+xml' })
        : await chart.toPng();
  download(blob, `${fileName(chart.chartTitleText)}.${kind}`);
}

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

/** A ratio as a percentage with one decimal, as people read it: 0.1234 → "12,3" in French. */
function csvPercent(ratio: number, rules: CsvRules): string {
  const text = (ratio * 100).toFixed(1);
  return (text === '-0.0' ? '0.0' : text).replace('.', rules.decimalMark);
}

function csvCell(cell: TableCell, unit: string | undefined, rules: CsvRules): string {
  if (typeof cell !== 'string' && cell.value !== undefined && unit) {
    return unit === '%' ? csvPercent(cell.value, rules) : csvNumber(cell.value, rules);
  }
  return csvText(cellText(cell));
}

/**
 * The table as CSV: UTF-8 with a BOM, CRLF line ends, and the language's
 * separator and decimal mark (";" and "," in French, for Excel and LibreOffice set
 * to French). Columns with a unit hold raw numbers: whole euros, and percentages
 * with one decimal; the others hold the text shown. `notes` (the source, the
 * licence…) follow the table after an empty line, as text cells. Every line has
 * the same number of cells, padded with empty ones, for the scripts that read it.
 */
export function tableToCsv(table: TableModel, rules: CsvRules, notes: readonly string[][] = []): string {
  const { separator } = rules;
  const units = table.columns.map((column) => column.unit);
  const head = table.columns.map((column) =>
    csvText(column.unit ? `${column.label} (${column.unit === 'eur' ? '€' : '%'})` : column.label),
  );
  const rows = [...table.rows, ...(table.footer ?? [])].map((row) =>
    row.map((cell, index) => csvCell(cell, units[index], rules)),
  );
  const after = notes.length ? [[], ...notes.map((note) => note.map(csvText))] : [];
  const lines = [head, ...rows, ...after];
  const width = Math.max(...lines.map((line) => line.length));
  const padded = lines.map((line) => [...line, ...Array<string>(width - line.length).fill('')].join(separator));
  return BOM + padded.join('\r\n') + '\r\n';
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

/** What an exported image shows around the chart, read from the page as shown. */
export interface ExportText {
  title: string;
  /** The elements between the title and the chart: the subtitle, or the legend. */
  above: readonly Element[];
  /** The elements under the chart: the caption, the source line. */
  below: readonly Element[];
}

/** A run of text in one weight and one colour. */
interface Run {
  text: string;
  weight: number;
  fill: string;
}

const escape = (text: string) => text.replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** Adjacent runs of the same weight and colour, as one. */
function merge(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last?.weight === run.weight && last.fill === run.fill) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

/** A line's runs with whitespace collapsed as HTML does (no-break spaces hold), trimmed. */
function collapse(runs: readonly Run[]): Run[] {
  const kept: Run[] = [];
  let afterSpace = true;
  for (const run of runs) {
    let text = run.text.replace(/[ \t\n\r\f]+/g, ' ');
    if (afterSpace) text = text.replace(/^ /, '');
    if (!text) continue;
    afterSpace = text.endsWith(' ');
    kept.push({ ...run, text });
  }
  const last = kept.at(-1);
  if (last) last.text = last.text.replace(/ $/, '');
  return merge(kept.filter((run) => run.text));
}

/**
 * An element's text as it reads on screen: its lines, broken by <br> and by block
 * children (a caption's lines), each a list of runs with their computed weight and
 * colour (a bold total, a coloured balance).
 */
function textLines(element: Element): Run[][] {
  const lines: Run[][] = [[]];
  const walk = (parent: Element) => {
    for (const node of parent.childNodes) {
      if (node instanceof Text) {
        const style = getComputedStyle(parent);
        lines[lines.length - 1].push({ text: node.data, weight: Number(style.fontWeight) || 400, fill: style.color });
      } else if (node instanceof Element) {
        const style = getComputedStyle(node);
        if (node.localName === 'br') lines.push([]);
        else if (style.display !== 'none' && style.visibility !== 'hidden') {
          const block = !/^(inline|contents)/.test(style.display);
          if (block) lines.push([]);
          walk(node);
          if (block) lines.push([]);
        }
      }
    }
  };
  walk(element);
  return lines.map(collapse).filter((line) => line.length);
}

/** The coloured mark that a legend draws before its text (its ::before), in ems of its text. */
function swatch(element: Element): { fill: string; width: number; height: number; gap: number } | undefined {
  const before = getComputedStyle(element, '::before');
  const fill = before.backgroundColor;
  if (/^(none|normal)$/.test(before.content) || /^(transparent|rgba\(.*,\s*0\))$/.test(fill)) return undefined;
  const em = parseFloat(getComputedStyle(element).fontSize) || 16;
  const inEm = (value: string, fallback: number) => (parseFloat(value) || fallback * em) / em;
  return {
    fill,
    width: inEm(before.width, 1.4),
    height: inEm(before.height, 0.45),
    gap: inEm(before.marginRight, 0.4),
  };
}

/**
 * Runs wrapped on spaces into rows of `width` (no-break spaces hold); a word wider
 * than a row is cut between its characters rather than drawn outside the image.
 */
function wrapRuns(runs: readonly Run[], width: number, size: number, measure: Measure): Run[][] {
  const widthOf = (row: readonly Run[]) =>
    merge(row).reduce((sum, run) => sum + measure(run.text, size, run.weight), 0);
  // The words, each with the space before it; a word may take several runs: "(<strong>x</strong>)".
  const words: { space?: Run; parts: Run[] }[] = [{ parts: [] }];
  for (const run of runs)
    run.text.split(' ').forEach((text, index) => {
      if (index) words.push({ space: { ...run, text: ' ' }, parts: [] });
      if (text) words[words.length - 1].parts.push({ ...run, text });
    });
  const rows: Run[][] = [];
  let row: Run[] = [];
  for (const { space, parts } of words) {
    if (row.length && space && widthOf([...row, space, ...parts]) <= width) {
      row.push(space, ...parts);
      continue;
    }
    if (row.length) rows.push(row);
    row = parts;
    // A word too wide alone: as many of its characters as fit on each row.
    const chars = row.flatMap((run) => Array.from(run.text, (text) => ({ ...run, text })));
    while (chars.length > 1 && widthOf(chars) > width) {
      let fit = 1;
      while (widthOf(chars.slice(0, fit + 1)) <= width) fit++;
      rows.push(chars.splice(0, fit));
      row = chars;
    }
  }
  if (row.length) rows.push(row);
  return rows.map(merge);
}

/**
 * A self-contained SVG: the chart with its computed styles inlined (no CSS
 * variables, no stylesheet); above it the title and the subtitle or legend (with
 * its coloured mark), below it the caption's lines and the source line, each
 * wrapped to the chart's width, in the font family, weights and colours shown on
 * screen. Only <text>, <tspan> and <rect> with their own coordinates and fonts are
 * added, which svgToPng draws.
 */
export function chartSvg(
  svg: SVGSVGElement,
  text: ExportText,
  fontFamily: string,
  colors: { text: string; bg: string },
): SvgFile {
  const { width, height: chartHeight } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const copies = clone.querySelectorAll('*');
  svg.querySelectorAll('*').forEach((element, index) => {
    const style = getComputedStyle(element);
    const copy = copies[index];
    for (const property of PROPS) copy.setAttribute(property, style.getPropertyValue(property));
    for (const attribute of DROPPED) copy.removeAttribute(attribute);
  });
  const measure = canvasMeasure(fontFamily);
  const family = escape(fontFamily);
  const font = (size: number, weight: number) => `font-family="${family}" font-size="${size}" font-weight="${weight}"`;
  const row = (runs: readonly Run[], x: number, y: number, size: number) =>
    `<text x="${x}" y="${y}">` +
    runs.map((run) => `<tspan ${font(size, run.weight)} fill="${run.fill}">${escape(run.text)}</tspan>`).join('') +
    '</text>';
  /** Paragraphs from `baseline` on, a row every `lineHeight`; returns their markup and last baseline. */
  const paragraphs = (elements: readonly Element[], baseline: number, size: number, lineHeight: number) => {
    let markup = '';
    let y = baseline - lineHeight;
    for (const element of elements) {
      const lines = textLines(element);
      if (!lines.length) continue;
      const mark = swatch(element);
      const indent = mark ? (mark.width + mark.gap) * size : 0;
      const rows = lines.flatMap((line) => wrapRuns(line, width - indent, size, measure));
      if (mark) {
        const [w, h] = [mark.width * size, mark.height * size];
        markup += `<rect x="0" y="${y + lineHeight - h}" width="${w}" height="${h}" fill="${mark.fill}"/>`;
      }
      for (const runs of rows) markup += row(runs, indent, (y += lineHeight), size);
      y += 4; // between paragraphs
    }
    return { markup, last: markup ? y - 4 : baseline - lineHeight };
  };
  // The title, wrapped on word boundaries to the chart's width, and the subtitle.
  const title = wrap(text.title, width, Infinity, measure, 16, 700);
  const titleMarkup = title
    .map(
      (line, index) =>
        `<text x="0" y="${20 + index * 20}" ${font(16, 700)} fill="${colors.text}">${escape(line)}</text>`,
    )
    .join('');
  const above = paragraphs(text.above, 20 + title.length * 20 - 2, 13, 18);
  const top = above.last + 14;
  const below = paragraphs(text.below, top + chartHeight + 22, 12, 16);
  const height = below.markup ? below.last + 6 : top + chartHeight + 10;
  // XML serialisation: HTML's (innerHTML) would write &nbsp;, which an SVG file cannot hold.
  const serializer = new XMLSerializer();
  const chart = [...clone.childNodes].map((node) => serializer.serializeToString(node)).join('');
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${family}">` +
    `<rect width="100%" height="100%" fill="${colors.bg}"/>` +
    titleMarkup +
    (above.markup ? `<g>${above.markup}</g>` : '') +
    `<g transform="translate(0 ${top})">${chart}</g>` +
    below.markup +
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
