/**
 * The pipeline's Node side: read the unpacked DGDDI archive (streaming the data
 * files), aggregate, reconcile, write the data contract's files, rebuild index.json.
 */
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FLOWS,
  SCHEMA_VERSION,
  type DataIndex,
  type Flow,
  type IndexTerritory,
  type Source,
  type TradeData,
  type TradeSeries,
} from '../data/contract.ts';
import { validateTradeData } from '../data/validate.ts';
import { validateIndex } from '../data/validate-index.ts';
import { validateSeries } from '../data/validate-series.ts';
import { LATEST } from '../data/urls.ts';
import { TradeAccumulator, at, quartersOf, type YearAccumulator } from './aggregate.ts';
import { buildYear, dgddiSource, territoryTotals, type LabelSet, type YearTotals } from './build.ts';
import { parseDepartments, parseLabels, type Parsed } from './labels.ts';
import { LineSplitter, isLineError, newRow, parseDataLine, splitLines, splitRecord } from './parse.ts';
import { typographicApostrophes } from './label-fixes.ts';
import { DEPARTMENT_CODE, outputDepartment } from './territories.ts';
import { reconcile } from './reconcile.ts';
import { WarningLog, type Reconciliation, type Summary } from './report.ts';
import { SeriesBuilder, quarterIndex } from './series.ts';
import { copyGeo, territoriesFile } from './map-files.ts';

/** The data files of the archive, by flow. */
export const DATA_FILES: Record<Flow, string> = { export: 'REGIONAL_CPF4PAYSE.txt', import: 'REGIONAL_CPF4PAYSI.txt' };
/** The label files; the CPF4 one under its real name or the one the DGDDI description gives. */
export const LABEL_FILES = {
  a129: ['Libelle_A129.txt'],
  cpf4: ['Libelle_CPF4_rev2.1.txt', 'Libelle_CPF4_rev21.txt'],
  countries: ['Libelle_PAYS.txt'],
  departments: ['Departement_region.txt'],
} as const;
/** A file of this name in the input marks a simulated archive. */
export const DEMO_MARKER = 'DEMO';
/**
 * Not part of the DGDDI archive: the Territoires d'industrie of each department,
 * one `department;name` line each (DGDDI or INSEE department codes), with or
 * without that header line. A file of this name in the input folder replaces
 * the bundled list.
 */
export const INDUSTRY_FILE = 'territoires-industrie.txt';
/** The bundled list: ANCT's Territoires d'industrie, 2023-2027 wave (see data/reference/README.md). */
export const BUNDLED_INDUSTRY_FILE = fileURLToPath(
  new URL('../../data/reference/territoires-industrie.csv', import.meta.url),
);

export interface PipelineOptions {
  /**
   * The folder the DGDDI archive unpacks to, or several: a quarter found in more
   * than one takes the values of the newest archive (the one whose latest quarter is
   * latest; on a tie, the one given last), and the rows of the others are counted
   * as superseded.
   */
  input: string | readonly string[];
  out: string;
  /** The year to write; default: the latest year with four quarters. */
  year?: number;
  /** Write every year with four quarters. */
  allYears?: boolean;
  /**
   * Write the year folders of these years only, among those selected (the series
   * still covers every year): keeps a demo data folder small.
   */
  onlyYears?: readonly number[];
  /** Bad lines and rows become counted warnings instead of errors. */
  lenient?: boolean;
  /** Mark the output as simulated data (also implied by a DEMO file in the input). */
  demo?: boolean;
  /**
   * The Territoires d'industrie: a `department;name` file, or false for none.
   * Default: the input folder's territoires-industrie.txt if there is one,
   * else the bundled list.
   */
  industry?: string | false;
  /** Called about once a second while the data files are read, and once at the end of each. */
  onProgress?: (p: Progress) => void;
  /** The reconciliation check; a test seam, to see the command fail when the check does not hold. */
  reconcile?: typeof reconcile;
}

export interface Progress {
  file: string;
  rows: number;
  bytes: number;
  totalBytes: number;
}

/** A failure the user can act on: the message names the file, and the line where there is one. */
export class PipelineError extends Error {
  override readonly name = 'PipelineError';
}

/** Runs the whole pipeline; resolves to the summary, rejects with a PipelineError. */
export async function runPipeline(options: PipelineOptions): Promise<Summary> {
  const { out } = options;
  const inputs = typeof options.input === 'string' ? [options.input] : [...options.input];
  if (inputs.length === 0) throw new PipelineError('no input folder');
  const allPaths = inputs.map(locateInputs);
  const log = new WarningLog();
  const report: Report = (file, line, kind, message) => {
    const where = `${file}:${line}: ${message}`;
    if (!options.lenient) throw new PipelineError(where);
    log.add(kind, where);
  };
  // Several archives: which one each quarter is taken from (the newest that has it).
  const { order, owner } = inputs.length > 1 ? await quarterOwners(allPaths) : { order: [0], owner: undefined };
  const newest = order[order.length - 1];
  // Labels: the newest archive's, with the codes only older ones know added from them.
  const labels = mergeLabels(order.map((i) => readLabels(allPaths[i], report)).reverse());
  const input = inputs[newest];
  const industryFile = industrySource({ ...options, input });
  const industry = industryFile === undefined ? undefined : readIndustry(industryFile);
  const demo = options.demo === true || inputs.some((dir) => existsSync(join(dir, DEMO_MARKER)));
  const source = dgddiSource(demo);

  const acc = new TradeAccumulator(labels.departments);
  const totalBytes = allPaths.reduce((s, paths) => s + FLOWS.reduce((t, flow) => t + statSync(paths[flow]).size, 0), 0);
  const files: Summary['files'] = [];
  const superseded = new Map<string, Summary['superseded'][number]>();
  let rejected = 0;
  let done = 0;
  for (const [archive, paths] of allPaths.entries()) {
    for (const flow of FLOWS) {
      const name = DATA_FILES[flow];
      const shown = inputs.length > 1 ? join(inputs[archive], name) : name;
      const progress = options.onProgress;
      const keep =
        owner &&
        ((year: number, quarter: number, value: number) => {
          const from = owner.get(quarterIndex(year, quarter));
          if (from === archive) return true;
          const key = `${archive}|${year}|${quarter}|${flow}`;
          const s = superseded.get(key) ?? {
            input: inputs[archive],
            by: inputs[from ?? archive],
            year,
            quarter,
            flow,
            rows: 0,
            euros: 0,
          };
          s.rows++;
          s.euros += value;
          superseded.set(key, s);
          return false;
        });
      const counts = await readDataFile(
        paths[flow],
        shown,
        flow,
        acc,
        log,
        report,
        progress &&
          ((rows, bytes) => {
            progress({ file: shown, rows, bytes: done + bytes, totalBytes });
          }),
        keep,
      );
      done += statSync(paths[flow]).size;
      rejected += counts.rejected;
      files.push({ name: shown, rows: counts.rows });
    }
  }
  checkCpf4(acc, labels, log);

  // One year at a time, one file at a time: a year never sits in memory as a whole.
  const selected = selectYears(acc, options, log);
  const years = options.onlyYears ? selected.filter((y) => options.onlyYears?.includes(y)) : selected;
  const series = new SeriesBuilder(labels);
  for (const y of [...acc.years.values()].sort((a, b) => a.year - b.year)) {
    series.addQuarters(y, acc.departments.codes);
    // The complete years not written still give the series their totals and partners.
    if (quartersOf(y).length === 4 && !years.includes(y.year)) {
      const prev = acc.years.get(y.year - 1);
      const previousYear = prev && quartersOf(prev).length === 4 ? y.year - 1 : undefined;
      // Their label warnings are about files not written: not reported.
      buildYear(
        acc,
        y.year,
        labels,
        source,
        new WarningLog(),
        (file) => {
          series.addYearFile(file);
        },
        { previousYear },
      );
    }
  }
  const written: Summary['written'] = [];
  const reconciliation: Reconciliation[] = [];
  const entries = new Map<number, IndexEntry>();
  const check = options.reconcile ?? reconcile;
  for (const year of years) {
    const y = accumulated(acc, year);
    checkExactSums(y);
    const { totals, dir } = writeYear(out, year, (emit) => {
      // The previous year's totals go in each file when the input holds that year whole.
      const prev = acc.years.get(year - 1);
      const previousYear = prev && quartersOf(prev).length === 4 ? year - 1 : undefined;
      const complete = quartersOf(accumulated(acc, year)).length === 4;
      const collect = (file: TradeData) => {
        if (complete) series.addYearFile(file);
        emit(file);
      };
      const totals = buildYear(acc, year, labels, source, log, collect, { previousYear, industry });
      const { lines, problems } = check(totals, y.input, y.excluded);
      if (problems.length)
        throw new PipelineError(`reconciliation failed, nothing written for ${year}:\n  ${problems.join('\n  ')}`);
      reconciliation.push(...lines);
      return totals;
    });
    written.push({ year, departments: totals.departments.length, regions: totals.regions.length, france: true, dir });
    entries.set(year, indexEntry(totals, source.demo === true));
  }
  const seriesFiles = series.build(source);
  const seriesCheck = series.reconcile();
  if (seriesCheck.problems.length)
    throw new PipelineError(`series reconciliation failed, no series written:\n  ${seriesCheck.problems.join('\n  ')}`);
  if (seriesFiles.length) writeSeries(out, seriesFiles);
  const index = writeIndex(out, source, entries, log, seriesFiles.length > 0);
  writeLatest(out, index.latest);
  copyGeo(out);

  const used = years.map((year) => accumulated(acc, year));
  return {
    input: inputs.join(', '),
    inputs: order.map((i) => inputs[i]),
    out,
    demo,
    files,
    superseded: [...superseded.values()],
    rowsSuperseded: [...superseded.values()].reduce((s, x) => s + x.rows, 0),
    series: seriesFiles.length ? seriesCheck.line : undefined,
    rowsRead: files.reduce((s, f) => s + f.rows, 0),
    rowsUsed: used.reduce((s, y) => s + y.rows - y.rowsExcluded, 0),
    rowsExcluded: used.reduce((s, y) => s + y.rowsExcluded, 0),
    rowsRejected: rejected,
    years: [...acc.years.values()]
      .sort((a, b) => a.year - b.year)
      .map((y) => ({ year: y.year, quarters: quartersOf(y), rows: y.rows })),
    written,
    reconciliation,
    indexYears: index.years,
    industry: industryFile,
    warnings: log.list(),
    warningCount: log.total,
  };
}

/**
 * Which Territoires d'industrie file to read, if any: the one the options name,
 * else the input folder's own, else the bundled list.
 */
function industrySource(options: PipelineOptions & { input: string }): string | undefined {
  if (options.industry === false) return undefined;
  if (options.industry !== undefined) {
    if (!existsSync(options.industry)) {
      throw new PipelineError(`Territoires d'industrie file not found: ${options.industry}`);
    }
    return options.industry;
  }
  const own = join(options.input, INDUSTRY_FILE);
  return existsSync(own) ? own : BUNDLED_INDUSTRY_FILE;
}

/** The header line the bundled file has; other files may leave it out. */
const INDUSTRY_HEADER = 'department;name';

/**
 * A Territoires d'industrie file: output department code → names, in file
 * order, each once (Corse's 2A and 2B both go to 20), with typographic
 * apostrophes as every label written.
 */
function readIndustry(path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const lines = splitLines(readText(path)).filter(({ line }) => line.trim() !== '');
  lines.forEach(({ line, lineNumber }, i) => {
    if (i === 0 && line.trim().toLowerCase() === INDUSTRY_HEADER) return;
    const [department, name] = splitRecord(line).map((field) => field.trim());
    if (!department || !DEPARTMENT_CODE.test(department) || !name) {
      throw new PipelineError(`${basename(path)}:${lineNumber}: expected "${INDUSTRY_HEADER}" with a department code`);
    }
    const code = outputDepartment(department);
    const names = out.get(code) ?? [];
    const written = typographicApostrophes(name);
    if (!names.includes(written)) names.push(written);
    out.set(code, names);
  });
  return out;
}

/** Where a bad line or row goes: an error (strict) or a counted warning (--lenient). */
type Report = (file: string, line: number, kind: string, message: string) => void;

/** Finds every input file, or fails naming all the missing ones. */
function locateInputs(input: string): Record<Flow | keyof typeof LABEL_FILES, string> {
  if (!existsSync(input) || !statSync(input).isDirectory()) throw new PipelineError(`input folder not found: ${input}`);
  const missing: string[] = [];
  const find = (names: readonly string[]) => {
    const found = names.map((n) => join(input, n)).find((p) => existsSync(p));
    if (!found) missing.push(join(input, names[0]));
    return found ?? '';
  };
  const paths = {
    export: find([DATA_FILES.export]),
    import: find([DATA_FILES.import]),
    a129: find(LABEL_FILES.a129),
    cpf4: find(LABEL_FILES.cpf4),
    countries: find(LABEL_FILES.countries),
    departments: find(LABEL_FILES.departments),
  };
  if (missing.length)
    throw new PipelineError(`missing input file${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  return paths;
}

/**
 * Reads a whole (small) text file: UTF-8, or Windows-1252 when it is not valid
 * UTF-8 (Libelle_CPF4_rev2.1.txt is published that way). A BOM is kept for the
 * line splitter to drop.
 */
export function readText(path: string): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readLabels(paths: Record<keyof typeof LABEL_FILES, string>, report: Report): LabelSet {
  const read = <T>(path: string, parse: (text: string) => Parsed<T>) => {
    const { table, errors } = parse(readText(path));
    for (const e of errors) report(basename(path), e.line, e.error, e.message);
    return table;
  };
  return {
    a129: read(paths.a129, parseLabels),
    cpf4: read(paths.cpf4, parseLabels),
    countries: read(paths.countries, parseLabels),
    departments: read(paths.departments, parseDepartments),
  };
}

/** How often (in lines) the progress clock is looked at. */
const PROGRESS_EVERY = 1 << 16;

/**
 * Streams one data file in 1 MiB chunks into the accumulator. Returns the number
 * of data lines read (blank lines aside) and of lines rejected under --lenient.
 * The bytes are never decoded as a whole: lines are cut on LF bytes (which no
 * UTF-8 character contains) and fields parsed as ASCII.
 */
async function readDataFile(
  path: string,
  name: string,
  flow: Flow,
  acc: TradeAccumulator,
  log: WarningLog,
  report: Report,
  onProgress?: (rows: number, bytes: number) => void,
  keep?: (year: number, quarter: number, value: number) => boolean,
): Promise<{ rows: number; rejected: number }> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  let rows = 0;
  let rejected = 0;
  let lastReport = Date.now();
  const reused = newRow();
  const splitter = new LineSplitter((bytes, start, end, line) => {
    if (end === start) return;
    rows++;
    if (onProgress && (rows & (PROGRESS_EVERY - 1)) === 0 && Date.now() - lastReport >= 1000) {
      lastReport = Date.now();
      onProgress(rows, stream.bytesRead);
    }
    const row = parseDataLine(bytes, start, end, line, reused);
    if (isLineError(row)) {
      rejected++;
      report(name, line, row.error, row.message);
      return;
    }
    if (keep && !keep(row.year, row.quarter, row.value)) return;
    if (row.flow !== flow)
      log.add('flow-mismatch', `${name}:${line}: ${row.flow} row in the ${flow} file, kept as ${row.flow}`);
    const problem = acc.add(row, name, line);
    if (problem) report(name, line, problem.kind, problem.message);
  });
  try {
    for await (const chunk of stream) splitter.push(chunk as Buffer);
    splitter.end();
  } catch (e) {
    // The accumulator's limits on distinct codes (RangeError): say which file broke them.
    if (e instanceof RangeError) throw new PipelineError(`${name}: ${e.message}`);
    throw e;
  }
  onProgress?.(rows, stream.bytesRead);
  return { rows, rejected };
}

/** CPF4 codes only matter for their labels: an unknown one is a warning, its row still counts. */
function checkCpf4(acc: TradeAccumulator, labels: LabelSet, log: WarningLog): void {
  acc.cpf4.codes.forEach((code, i) => {
    if (!labels.cpf4.has(code))
      log.add('unknown-cpf4', `${at(acc.cpf4.firstSeen[i])}: CPF4 code "${code}" is not in the CPF4 label file`);
  });
}

/** The years to write: --year, or --all-years (every year with four quarters), or the latest such year. */
function selectYears(acc: TradeAccumulator, options: PipelineOptions, log: WarningLog): number[] {
  const years = [...acc.years.values()].sort((a, b) => a.year - b.year);
  const describe = () => years.map((y) => `${y.year} (Q${quartersOf(y).join(',Q')})`).join(', ') || 'none';
  if (options.year !== undefined) {
    const y = acc.years.get(options.year);
    if (!y) throw new PipelineError(`year ${options.year} is not in the input; years seen: ${describe()}`);
    if (quartersOf(y).length < 4)
      log.add('incomplete-year', `${options.year} has only quarters ${quartersOf(y).join(', ')}`);
    return [options.year];
  }
  const complete = years.filter((y) => quartersOf(y).length === 4).map((y) => y.year);
  if (complete.length === 0)
    throw new PipelineError(
      `no year with four quarters in the input (years seen: ${describe()}); choose one with --year`,
    );
  return options.allYears ? complete : [complete[complete.length - 1]];
}

/** A year that selectYears chose: the accumulator has rows for it. */
function accumulated(acc: TradeAccumulator, year: number): YearAccumulator {
  const y = acc.years.get(year);
  if (!y) throw new Error(`no rows for ${year}`);
  return y;
}

/**
 * Every sum of a year is at most its input total: when that is a safe integer,
 * every sum is exact. Otherwise, fail rather than round.
 */
function checkExactSums(y: YearAccumulator): void {
  for (const flow of FLOWS) {
    if (!Number.isSafeInteger(y.input[flow])) {
      throw new PipelineError(
        `${y.year} ${flow}: the input sums to ${y.input[flow]} €, ` +
          `beyond ${Number.MAX_SAFE_INTEGER} where sums stop being exact`,
      );
    }
  }
}

/** Compact, deterministic JSON: key order is the construction order, no spaces, a final newline. */
const toJson = (value: unknown) => `${JSON.stringify(value)}\n`;

/** Where a file goes in its year's folder. */
function pathOf(file: TradeData): string {
  const { level, code } = file.territory;
  return level === 'france' ? 'france.json' : join(level === 'region' ? 'regions' : 'departments', `${code}.json`);
}

/**
 * Writes a year's files, as `build` hands them over, into a fresh folder that
 * then replaces `<out>/<year>`: nothing is left behind if `build` throws (a
 * failed reconciliation), and no file of an earlier run survives. Each file is
 * checked against the data contract before it is written.
 */
function writeYear(
  out: string,
  year: number,
  build: (emit: (file: TradeData) => void) => YearTotals,
): { totals: YearTotals; dir: string } {
  const dir = join(out, String(year));
  const tmp = join(out, `.${year}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'departments'), { recursive: true });
  mkdirSync(join(tmp, 'regions'), { recursive: true });
  try {
    const written: Pick<TradeData, 'territory' | 'totals'>[] = [];
    const totals = build((file) => {
      const path = pathOf(file);
      try {
        validateTradeData(file, path);
      } catch (e) {
        throw new PipelineError(`refusing to write an invalid file: ${(e as Error).message}`);
      }
      writeFileSync(join(tmp, path), toJson(file));
      written.push({ territory: file.territory, totals: file.totals });
    });
    writeFileSync(join(tmp, 'territories.json'), territoriesFile(written));
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
    return { totals, dir };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/**
 * `<out>/latest/`: a copy of the latest year's folder, so that a widget without
 * `year` asks for its file at once, without reading index.json first. A copy, not
 * a link: static hosts and archives do not all keep links. Replaced whole, through
 * a temporary folder, like a year's.
 */
function writeLatest(out: string, year: number): void {
  const dir = join(out, LATEST);
  const tmp = join(out, `.${LATEST}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  cpSync(join(out, String(year)), tmp, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}

/** What index.json needs from a year's files. */
interface IndexEntry {
  departments: IndexTerritory[];
  regions: IndexTerritory[];
  demo: boolean;
}

function indexEntry(files: Pick<YearTotals, 'departments' | 'regions'>, demo: boolean): IndexEntry {
  return {
    departments: files.departments.map((t) => ({ code: t.code, name: t.name, region: t.region })),
    regions: files.regions.map((t) => ({ code: t.code, name: t.name })),
    demo,
  };
}

/**
 * Rebuilds `<out>/index.json` from the year folders present, so runs for
 * different years into one folder add up. A territory's name is its latest
 * one. Years written by this run come from memory, the others are read back.
 */
function writeIndex(
  out: string,
  source: Source,
  entries: Map<number, IndexEntry>,
  log: WarningLog,
  series: boolean,
): DataIndex {
  const years = readdirSync(out)
    .filter((name) => /^\d{4}$/.test(name) && existsSync(join(out, name, 'france.json')))
    .map(Number)
    .sort((a, b) => a - b);
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as TradeData;
  const readAll = (dir: string) =>
    readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => territoryTotals(read(join(dir, n))));
  const departments = new Map<string, IndexTerritory>();
  const regions = new Map<string, IndexTerritory>();
  for (const year of years) {
    const dir = join(out, String(year));
    const entry =
      entries.get(year) ??
      indexEntry(
        { departments: readAll(join(dir, 'departments')), regions: readAll(join(dir, 'regions')) },
        read(join(dir, 'france.json')).source.demo === true,
      );
    if (entry.demo !== (source.demo === true)) {
      log.add(
        'mixed-demo',
        `${dir}: ${entry.demo ? 'demo' : 'real'} data next to ${source.demo ? 'demo' : 'real'} data in ${out}`,
      );
    }
    for (const t of entry.departments) departments.set(t.code, t);
    for (const t of entry.regions) regions.set(t.code, t);
  }
  const sorted = (m: Map<string, IndexTerritory>) => [...m.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  const index: DataIndex = {
    schema: SCHEMA_VERSION,
    years,
    latest: years[years.length - 1],
    territories: { departments: sorted(departments), regions: sorted(regions), france: true },
    ...(series ? { series: true } : {}),
    source,
  };
  validateIndex(index, join(out, 'index.json'));
  writeFileSync(join(out, 'index.json'), toJson(index));
  return index;
}

/** Where a territory's series file goes under `<out>/series/`. */
export function seriesPath(file: Pick<TradeSeries, 'territory'>): string {
  const { level, code } = file.territory;
  return level === 'france' ? 'france.json' : join(level === 'region' ? 'regions' : 'departments', `${code}.json`);
}

/**
 * Writes `<out>/series/`, replaced whole through a temporary folder like a year's;
 * each file is checked against the contract first.
 */
function writeSeries(out: string, files: TradeSeries[]): void {
  const dir = join(out, SERIES_DIR);
  const tmp = join(out, `.${SERIES_DIR}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'departments'), { recursive: true });
  mkdirSync(join(tmp, 'regions'), { recursive: true });
  try {
    for (const file of files) {
      const path = seriesPath(file);
      try {
        validateSeries(file, path);
      } catch (e) {
        throw new PipelineError(`refusing to write an invalid series file: ${(e as Error).message}`);
      }
      writeFileSync(join(tmp, path), toJson(file));
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** The folder of the series files under `out`. */
export const SERIES_DIR = 'series';

/** The quarters an archive holds, read from its two data files (bad lines are for the real pass). */
async function scanQuarters(paths: Record<Flow, string>): Promise<Set<number>> {
  const seen = new Set<number>();
  const reused = newRow();
  for (const flow of FLOWS) {
    const splitter = new LineSplitter((bytes, start, end, line) => {
      if (end === start) return;
      const row = parseDataLine(bytes, start, end, line, reused);
      if (!isLineError(row)) seen.add(quarterIndex(row.year, row.quarter));
    });
    for await (const chunk of createReadStream(paths[flow], { highWaterMark: 1 << 20 })) splitter.push(chunk as Buffer);
    splitter.end();
  }
  return seen;
}

/**
 * Which archive each quarter is taken from: the newest that holds it. Archives
 * are ordered oldest first by their latest quarter, then by their place on the
 * command line (the later wins a tie).
 */
async function quarterOwners(
  allPaths: Record<Flow, string>[],
): Promise<{ order: number[]; owner: Map<number, number> }> {
  const quarters = await Promise.all(allPaths.map(scanQuarters));
  const latest = quarters.map((set) => Math.max(-1, ...set));
  const order = allPaths.map((_, i) => i).sort((a, b) => latest[a] - latest[b] || a - b);
  const owner = new Map<number, number>();
  for (const i of order) for (const q of quarters[i]) owner.set(q, i);
  return { order, owner };
}

/** Label tables merged: the first set wins, the others only add codes it lacks. */
function mergeLabels(sets: LabelSet[]): LabelSet {
  const [first, ...rest] = sets;
  const merged: LabelSet = {
    a129: new Map(first.a129),
    cpf4: new Map(first.cpf4),
    countries: new Map(first.countries),
    departments: new Map(first.departments),
  };
  for (const set of rest)
    for (const key of Object.keys(merged) as (keyof LabelSet)[]) {
      const into = merged[key] as Map<string, unknown>;
      for (const [code, value] of set[key] as Map<string, unknown>) if (!into.has(code)) into.set(code, value);
    }
  return merged;
}
