/**
 * What a pipeline run tells its user: counted warnings with a few examples, and
 * the closing summary. Pure code, no Node imports.
 */
import type { Flow } from '../data/contract.ts';
import type { SeriesReconciliation } from './series.ts';

/** How many examples each warning kind keeps. */
const EXAMPLES = 5;

export interface WarningCount {
  kind: string;
  count: number;
  /** The first few, as "file:line: message" where a line is known. */
  examples: string[];
}

/** Counts warnings by kind and keeps the first few of each. */
export class WarningLog {
  private readonly kinds = new Map<string, WarningCount>();
  total = 0;

  add(kind: string, message: string): void {
    let w = this.kinds.get(kind);
    if (!w) this.kinds.set(kind, (w = { kind, count: 0, examples: [] }));
    w.count++;
    this.total++;
    if (w.examples.length < EXAMPLES) w.examples.push(message);
  }

  list(): WarningCount[] {
    return [...this.kinds.values()].sort((a, b) => (a.kind < b.kind ? -1 : 1));
  }
}

/** One line of the reconciliation: input rows = department files + rows excluded under --lenient. */
export interface Reconciliation {
  year: number;
  flow: Flow;
  input: number;
  departments: number;
  excluded: number;
}

/** The rows of one archive's quarter and flow left out because a newer archive has that quarter. */
export interface Superseded {
  input: string;
  /** The archive whose values were taken instead. */
  by: string;
  year: number;
  quarter: number;
  flow: Flow;
  rows: number;
  euros: number;
}

export interface Summary {
  /** The input folders, joined with ", ". */
  input: string;
  /** The input folders, oldest archive first (the last wins a shared quarter). */
  inputs: string[];
  /** Rows of quarters that a newer archive also has, left out; with their totals. */
  superseded: Superseded[];
  rowsSuperseded: number;
  /** The series files written and what their reconciliation checked; undefined when none were. */
  series?: SeriesReconciliation;
  out: string;
  demo: boolean;
  /** Data lines read (blank lines aside), per file and in all. */
  files: { name: string; rows: number }[];
  rowsRead: number;
  /** Rows of the written years that went into the department files. */
  rowsUsed: number;
  /** Rows of the written years left out under --lenient (unknown department, wrong region). */
  rowsExcluded: number;
  /** Lines that could not be parsed and were skipped under --lenient. */
  rowsRejected: number;
  /** Every year in the input, with its quarters. */
  years: { year: number; quarters: number[]; rows: number }[];
  written: { year: number; departments: number; regions: number; france: boolean; dir: string }[];
  reconciliation: Reconciliation[];
  /** Years listed in index.json after this run (the folders present in `out`). */
  indexYears: number[];
  /** The Territoires d'industrie file read; undefined when none was (industry: false). */
  industry?: string;
  warnings: WarningCount[];
  warningCount: number;
}

const formatNumber = (value: number) => value.toLocaleString('en-US');

/** An input file and the rows read from it. */
const fileRows = (file: Summary['files'][number]) => `${file.name}: ${formatNumber(file.rows)}`;

/** "2024 (Q1,Q2,Q3,Q4; 1,234 rows)": a year of the input, its quarters and rows. */
const yearSeen = (year: Summary['years'][number]) =>
  `${year.year} (Q${year.quarters.join(',Q')}; ${formatNumber(year.rows)} row${year.rows === 1 ? '' : 's'})`;

/** The closing summary, as printed by the command. */
export function formatSummary(s: Summary): string {
  const lines = [
    `input          ${s.input}${s.demo ? ' (demo archive)' : ''}`,
    `rows read      ${formatNumber(s.rowsRead)} (${s.files.map(fileRows).join(', ')})`,
    `rows used      ${formatNumber(s.rowsUsed)}` +
      (s.rowsExcluded ? `, excluded ${formatNumber(s.rowsExcluded)}` : '') +
      (s.rowsRejected ? `, rejected ${formatNumber(s.rowsRejected)}` : '') +
      (s.rowsSuperseded ? `, superseded ${formatNumber(s.rowsSuperseded)}` : ''),
    ...supersededLines(s),
    `years seen     ${s.years.map(yearSeen).join(', ') || 'none'}`,
    ...s.written.map(
      (w) => `written        ${w.year}: ${w.departments} departments, ${w.regions} regions, France → ${w.dir}`,
    ),
    `index          ${s.out}/index.json: years ${s.indexYears.join(', ')}; ${s.out}/latest/ = ${s.indexYears.at(-1)}`,
    `industry       ${s.industry ?? 'none'}`,
    ...seriesLines(s.series),
    ...s.reconciliation.map(
      (r) =>
        `reconciled     ${r.year} ${r.flow}: input ${formatNumber(r.input)} € = ` +
        `departments ${formatNumber(r.departments)} € + excluded ${formatNumber(r.excluded)} €`,
    ),
    `warnings       ${formatNumber(s.warningCount)}`,
  ];
  for (const w of s.warnings) {
    lines.push(`  ${w.kind}: ${formatNumber(w.count)}`);
    for (const e of w.examples) lines.push(`    ${e}`);
  }
  return lines.join('\n');
}

/** One line per archive and quarter that a newer archive replaced. */
function supersededLines(s: Summary): string[] {
  const byQuarter = new Map<string, Superseded[]>();
  for (const x of s.superseded) {
    const key = `${x.input}|${x.year}|${x.quarter}`;
    byQuarter.set(key, [...(byQuarter.get(key) ?? []), x]);
  }
  return [...byQuarter.values()].map((list) => {
    const { input, by, year, quarter } = list[0];
    const rows = list.reduce((n, x) => n + x.rows, 0);
    return `superseded     ${year}-Q${quarter} of ${input}: ${formatNumber(rows)} rows, taken from ${by} instead`;
  });
}

function seriesLines(r: SeriesReconciliation | undefined): string[] {
  if (!r) return [];
  return [
    `series         ${r.files} files, ${r.first} to ${r.last} (${r.quarters} quarters` +
      (r.missing.length ? `; missing ${r.missing.join(', ')}` : '') +
      `); quarters = years for ${r.years.length ? `${r.years[0]}–${r.years[r.years.length - 1]}` : 'no year'}`,
  ];
}
