/**
 * The accessible table alternative of a chart: the same numbers as the chart, as
 * an HTML table for screen readers and « Voir les données », and as the CSV
 * download. Each chart builds one from its model; render/table.ts draws it and
 * downloads.ts writes it as CSV.
 */

export interface TableColumn {
  label: string;
  numeric?: boolean;
  /** For downloads: this column's raw `value`s are whole euros ('eur') or ratios shown as percentages ('%'). */
  unit?: 'eur' | '%';
}

/** A cell: its text as shown, or its text with its raw value (euros, a ratio) for downloads and a class. */
export type TableCell = string | { text: string; value?: number; className?: string };

/** The first cell of each row is its header. */
export interface TableModel {
  caption: string;
  columns: TableColumn[];
  rows: TableCell[][];
  footer?: TableCell[][];
}

/** A cell's text, whatever its form. */
export const cellText = (cell: TableCell): string => (typeof cell === 'string' ? cell : cell.text);
