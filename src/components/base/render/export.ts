/**
 * A chart's files: its table as CSV, its drawing as SVG or PNG, and the download
 * of any of them. The code that writes them (`downloads.ts`) is loaded on the first
 * one, so that pages where nobody downloads anything never fetch it.
 */
import type { CsvRules } from '../../../data/i18n/translation.ts';
import { lazy } from '../../../data/lazy.ts';
import type * as Downloads from '../downloads.ts';
import type { TableModel } from '../table-model.ts';
import type { DownloadKind } from './toolbar.ts';

/** An SVG document and its size in CSS px. */
export interface SvgFile {
  markup: string;
  width: number;
  height: number;
}

/** What the files are made of: the element's shadow root, its title, and its own file methods. */
interface Chart {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The title as shown. */
  readonly chartTitleText: string;
  toCsv(): Promise<string>;
  toSvg(): Promise<SvgFile>;
  toPng(): Promise<Blob>;
}

const loadDownloads = () => lazy<typeof Downloads>('components/base/downloads');

/**
 * The table as CSV, once the code and the language it is written in are loaded;
 * `table` is read then, and is undefined when there is no data.
 */
export async function exportCsv(
  languageReady: Promise<unknown>,
  table: () => { table: TableModel; rules: CsvRules } | undefined,
): Promise<string> {
  const [downloads] = await Promise.all([loadDownloads(), languageReady]);
  const shown = table();
  if (!shown) throw new Error('no data');
  return downloads.tableToCsv(shown.table, shown.rules);
}

/** The chart's SVG as a self-contained document, with the title, caption and source line as shown. */
export async function exportSvg(chart: Chart): Promise<SvgFile> {
  const svg = chart.renderRoot.querySelector<SVGSVGElement>('.chart svg');
  const root = chart.renderRoot.querySelector<HTMLElement>('.root');
  if (!svg || !root) throw new Error('no chart');
  const lines = [...chart.renderRoot.querySelectorAll('.caption, .source')]
    .map((node) => node.textContent.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const style = getComputedStyle(root);
  const background = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? '#ffffff' : style.backgroundColor;
  const muted = style.getPropertyValue('--_muted').trim() || style.color;
  const colors = { text: style.color, muted, bg: background };
  const downloads = await loadDownloads();
  return downloads.chartSvg(svg, { title: chart.chartTitleText, lines }, style.fontFamily, colors);
}

/** An SVG document as a PNG, `scale` times its size. */
export async function exportPng({ markup, width, height }: SvgFile, scale: number): Promise<Blob> {
  return (await loadDownloads()).svgToPng(markup, width, height, scale);
}

/** Saves the data (CSV) or the chart (SVG or PNG) as a file named after the title. */
export async function downloadFile(chart: Chart, kind: DownloadKind): Promise<void> {
  const downloads = await loadDownloads();
  const blob =
    kind === 'csv'
      ? new Blob([await chart.toCsv()], { type: 'text/csv;charset=utf-8' })
      : kind === 'svg'
        ? new Blob([(await chart.toSvg()).markup], { type: 'image/svg+xml' })
        : await chart.toPng();
  downloads.download(blob, `${downloads.fileName(chart.chartTitleText)}.${kind}`);
}
