/**
 * Downloads: the table as CSV for a French Excel, the chart as a self-contained SVG
 * or a PNG, with the title and the source line as shown on screen.
 */
import type { Locale } from '../data/format.ts';
import type { TableCell, TableModel } from '../components/base/trade-element.ts';

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

function csvNumber(v: number, locale: Locale): string {
  const s = Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
  return locale === 'fr' ? s.replace('.', ',') : s;
}

function csvCell(c: TableCell, unit: string | undefined, locale: Locale): string {
  if (typeof c !== 'string' && c.value !== undefined && unit) return csvNumber(unit === '%' ? c.value * 100 : c.value, locale);
  return csvText(typeof c === 'string' ? c : c.text);
}

/**
 * The table as CSV: UTF-8 with a BOM, ";" between cells, CRLF line ends, and for
 * French a decimal comma. Columns with a unit hold raw numbers (whole euros,
 * percentages); the others hold the text shown.
 */
export function tableToCsv(table: TableModel, locale: Locale): string {
  const sep = locale === 'fr' ? ';' : ',';
  const units = table.columns.map((c) => c.unit);
  const head = table.columns.map((c) => csvText(c.unit ? `${c.label} (${c.unit === 'eur' ? '€' : '%'})` : c.label));
  const rows = [...table.rows, ...(table.footer ?? [])].map((r) => r.map((c, i) => csvCell(c, units[i], locale)).join(sep));
  return BOM + [head.join(sep), ...rows].join('\r\n') + '\r\n';
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
const PROPS = 'fill fill-opacity stroke stroke-width stroke-opacity stroke-dasharray opacity font-family font-size font-weight text-anchor dominant-baseline paint-order stroke-linejoin visibility display'.split(' ');

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
export function chartSvg(svg: SVGSVGElement, text: ExportText, fontFamily: string, colors: { text: string; muted: string; bg: string }): { markup: string; width: number; height: number } {
  const { width, height: h } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const dst = clone.querySelectorAll('*');
  svg.querySelectorAll('*').forEach((el, i) => {
    const cs = getComputedStyle(el);
    const out = dst[i];
    for (const p of PROPS) out.setAttribute(p, cs.getPropertyValue(p));
    for (const a of ['class', 'style', 'tabindex', 'data-key', 'part', 'role', 'aria-label', 'aria-hidden', 'aria-pressed']) out.removeAttribute(a);
  });
  const top = 34;
  const height = top + h + 10 + text.lines.length * 16;
  const line = (s: string, y: number, size: number, weight: number, fill: string) =>
    `<text x="0" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(s)}</text>`;
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(fontFamily)}">` +
    `<rect width="100%" height="100%" fill="${colors.bg}"/>${line(text.title, 20, 16, 700, colors.text)}` +
    // XML serialisation: HTML's (innerHTML) would write &nbsp;, which an SVG file cannot hold.
    `<g transform="translate(0 ${top})">${[...clone.childNodes].map((n) => new XMLSerializer().serializeToString(n)).join('')}</g>` +
    text.lines.map((l, i) => line(l, top + h + 22 + i * 16, 12, 400, colors.muted)).join('') +
    '</svg>';
  return { markup, width, height };
}

/** Rasterises an SVG at `scale` (2 = sharp on high-density screens) to a PNG blob. */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas 2d unavailable');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
