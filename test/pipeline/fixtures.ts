/**
 * Small DGDDI archives written by the tests, and the tests' own arithmetic:
 * expected totals are computed here from the fixture rows, never by pipeline code.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataIndex, TradeData } from '../../src/data/contract.ts';

export const LABELS = fileURLToPath(new URL('../../data/dgddi/', import.meta.url));
export const LABEL_FILES = [
  'Libelle_A129.txt',
  'Libelle_CPF4_rev2.1.txt',
  'Libelle_PAYS.txt',
  'Departement_region.txt',
];
export const EXPORTS = 'REGIONAL_CPF4PAYSE.txt';
export const IMPORTS = 'REGIONAL_CPF4PAYSI.txt';

/** A fresh temporary folder, removed when the test process exits. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tw-${name}-`));
  created.push(dir);
  return dir;
}
const created: string[] = [];
process.on('exit', () => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A data line: flux;quarter;year;department;region;A129;CPF4;country;value;mass */
export function line(
  flux: 'E' | 'I',
  quarter: number,
  year: number,
  dept: string,
  region: string,
  a129: string,
  cpf4: string,
  country: string,
  value: number,
  mass: number | '' = 1,
): string {
  return [flux, quarter, year, dept, region, a129, cpf4, country, value, mass].join(';');
}

/** Four quarters of one product × country flow, one line each. */
export function quarters(
  flux: 'E' | 'I',
  year: number,
  dept: string,
  region: string,
  a129: string,
  cpf4: string,
  country: string,
  values: number[],
): string[] {
  return values.map((v, q) => line(flux, q + 1, year, dept, region, a129, cpf4, country, v));
}

/** How one data file is written. */
export interface FileFormat {
  /** Line ends: CRLF (as DGDDI publishes, the default) or LF. */
  eol?: '\r\n' | '\n';
  /** A UTF-8 byte order mark before the first line (default: none). */
  bom?: boolean;
  /** A line end after the last line too (default: true). */
  finalNewline?: boolean;
}

export interface ArchiveSpec {
  exports: string[];
  imports: string[];
  /** Per data file; each defaults to CRLF, a final newline and no BOM. */
  format?: { exports?: FileFormat; imports?: FileFormat };
  /** Label files to leave out. */
  without?: string[];
}

/** A data file's bytes: its lines with the file's line end, BOM and final newline. */
export function dataFileText(lines: string[], format: FileFormat = {}): string {
  const eol = format.eol ?? '\r\n';
  return (format.bom ? '\ufeff' : '') + lines.join(eol) + (format.finalNewline === false ? '' : eol);
}

/** Writes an archive folder: the real label files (byte for byte) and the two data files. */
export function writeArchive(spec: ArchiveSpec): string {
  const dir = tempDir('archive');
  for (const name of LABEL_FILES) if (!spec.without?.includes(name)) copyFileSync(join(LABELS, name), join(dir, name));
  const write = (name: string, lines: string[], format: FileFormat | undefined) => {
    if (!spec.without?.includes(name)) writeFileSync(join(dir, name), dataFileText(lines, format));
  };
  write(EXPORTS, spec.exports, spec.format?.exports);
  write(IMPORTS, spec.imports, spec.format?.imports);
  return dir;
}

/** A JSON file as parsed, for the tests that walk whatever it holds. */
export const parseJsonFile = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
/** A data file the pipeline wrote; the tests check what it holds. */
export const readJson = (path: string) => parseJsonFile(path) as TradeData;
export const readIndex = (out: string) => parseJsonFile(join(out, 'index.json')) as DataIndex;
export const readFile = (out: string, year: number, path: string) => readJson(join(out, String(year), path));

/** Every file under a folder, relative paths, sorted. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`],
    );
}

/**
 * The test's own sums of data lines: per year, flow and department code as it
 * appears in the line (DGDDI code), with the plain split a reader would write.
 */
export function expectedTotals(lines: string[], year: number): Map<string, { export: number; import: number }> {
  const out = new Map<string, { export: number; import: number }>();
  for (const l of lines) {
    const f = l.split(';');
    if (Number(f[2]) !== year) continue;
    const t = out.get(f[3]) ?? { export: 0, import: 0 };
    t[f[0] === 'E' ? 'export' : 'import'] += Number(f[8]);
    out.set(f[3], t);
  }
  return out;
}

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
