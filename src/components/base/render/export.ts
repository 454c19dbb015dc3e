/**
 * A chart's files: its table as CSV, its drawing as SVG or PNG, and the download
 * of any of them. The code that writes them (`downloads.ts`) is loaded on the first
 * one, so that pages where nobody downloads anything never fetch it.
 */
import { lazy } from '../../../data/lazy.ts';
import type * as Downloads from '../downloads.ts';
import type { Chart, ShownTable, SvgFile } from '../downloads.ts';
import type { DownloadKind } from './toolbar.ts';

export type { SvgFile } from '../downloads.ts';

const loadDownloads = () => lazy<typeof Downloads>('components/base/downloads');

/**
 * The table as CSV, once the code and the language it is written in are loaded;
 * `table` is read then, and is undefined when there is no data.
 */
export async function exportCsv(languageReady: Promise<unknown>, table: () => ShownTable | undefined): Promise<string> {
  const [downloads] = await Promise.all([loadDownloads(), languageReady]);
  const shown = table();
  if (!shown) throw new Error('no data');
  return downloads.csvFile(shown);
}

/** The chart's SVG, with the texts around it as shown. */
export async function exportSvg(chart: Chart): Promise<SvgFile> {
  return (await loadDownloads()).svgFile(chart);
}

/** An SVG document as a PNG, `scale` times its size. */
export async function exportPng({ markup, width, height }: SvgFile, scale: number): Promise<Blob> {
  return (await loadDownloads()).svgToPng(markup, width, height, scale);
}

/** Saves the data (CSV) or the chart (SVG or PNG) as a file named after the title. */
export async function downloadFile(chart: Chart, kind: DownloadKind): Promise<void> {
  return (await loadDownloads()).saveFile(chart, kind);
}
