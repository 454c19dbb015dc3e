/**
 * The DGDDI label files, parsed from their decoded text. Pure code, no Node imports.
 *
 * - `Libelle_A129.txt`, `Libelle_CPF4_rev2.1.txt`, `Libelle_PAYS.txt`:
 *   code;label;start YYYYMM;end YYYYMM (999912 = still valid). One code may have
 *   several rows (XS was Saba until 200505, then Serbie).
 * - `Departement_region.txt`: department;label;DGDDI region;region label, with or
 *   without the two date columns the LISEZ-MOI announces.
 */
import { cleanLabel } from '../data/validate.ts';
import { splitLines, splitRecord, type LineError } from './parse.ts';

/** One label row with its validity, months as YYYYMM numbers. */
export interface Dated<T> {
  value: T;
  start: number;
  end: number;
}

/** Code → its dated rows, in file order. */
export type DatedTable<T> = Map<string, Dated<T>[]>;

export interface Department {
  name: string;
  /** DGDDI region code, as in the data files ("12"). */
  region: string;
  regionName: string;
}

export interface Parsed<T> {
  table: DatedTable<T>;
  errors: LineError[];
}

const ALWAYS = { start: 0, end: 999912 };

/** "201501" → 201501; empty → undefined (no date given); anything else → NaN. */
function month(s: string | undefined): number | undefined {
  if (s === undefined || s.trim() === '') return undefined;
  return /^\d{6}$/.test(s.trim()) ? Number(s) : NaN;
}

/**
 * Reads `;` records, skipping blank lines: `toValue` takes the fields and returns
 * the value plus the indexes of the date columns, or a message when the line is unusable.
 */
function parseTable<T>(
  text: string,
  toValue: (fields: string[]) => { value: T; dates: [number, number] } | string,
): Parsed<T> {
  const table: DatedTable<T> = new Map();
  const errors: LineError[] = [];
  for (const { line, lineNumber } of splitLines(text)) {
    if (line.trim() === '') continue;
    const fields = splitRecord(line).map(cleanLabel);
    const r = toValue(fields);
    const start = typeof r === 'string' ? undefined : month(fields[r.dates[0]]);
    const end = typeof r === 'string' ? undefined : month(fields[r.dates[1]]);
    if (typeof r === 'string' || Number.isNaN(start) || Number.isNaN(end)) {
      const message = typeof r === 'string' ? r : 'validity dates must be YYYYMM';
      errors.push({ error: 'label-line', line: lineNumber, message });
      continue;
    }
    const row: Dated<T> = { value: r.value, start: start ?? ALWAYS.start, end: end ?? ALWAYS.end };
    const code = fields[0];
    const rows = table.get(code);
    if (rows) rows.push(row);
    else table.set(code, [row]);
  }
  return { table, errors };
}

/** A129, CPF4 and country label files: code;label;start;end. */
export function parseLabels(text: string): Parsed<string> {
  return parseTable(text, (f) =>
    f.length >= 2 && f[0] && f[1] ? { value: f[1], dates: [2, 3] } : 'expected code;label;start;end',
  );
}

/** `Departement_region.txt`: code;label;DGDDI region;region label[;start;end]. */
export function parseDepartments(text: string): Parsed<Department> {
  return parseTable(text, (f) =>
    f.length >= 4 && f[0] && f[1] && f[2]
      ? { value: { name: f[1], region: f[2], regionName: f[3] }, dates: [4, 5] }
      : 'expected department;label;region code;region label',
  );
}

export interface Picked<T> {
  value: T;
  /** False when no row covers the year and the nearest one in time was taken. */
  exact: boolean;
}

/**
 * The row valid for a year. When several overlap the year, the one in force at
 * its end wins (XS in 2005: Saba until May, Serbie from June → Serbie). When none
 * does, the nearest in time (QU has no label for 2000-2011).
 */
export function pickForYear<T>(rows: readonly Dated<T>[] | undefined, year: number): Picked<T> | undefined {
  if (!rows || rows.length === 0) return undefined;
  const first = year * 100 + 1;
  const last = year * 100 + 12;
  let best: Dated<T> | undefined;
  for (const r of rows) {
    if (r.start <= last && r.end >= first && (!best || r.start > best.start)) best = r;
  }
  if (best) return { value: best.value, exact: true };
  const distance = (r: Dated<T>) => (r.end < first ? monthsBetween(r.end, first) : monthsBetween(last, r.start));
  let nearest = rows[0];
  for (const r of rows) if (distance(r) < distance(nearest)) nearest = r;
  return { value: nearest.value, exact: false };
}

function monthsBetween(a: number, b: number): number {
  const months = (m: number) => Math.floor(m / 100) * 12 + (m % 100);
  return months(b) - months(a);
}
