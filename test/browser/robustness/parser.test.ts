/**
 * The pipeline's parser, fuzzed in the browser (its line splitting, line parsing,
 * label files and aggregation are pure code, no Node imports), with fast-check:
 *
 * - random lines, valid, broken in one field, or any text: the parser agrees with a
 *   reference written from the DGDDI format (a regular expression and the ranges):
 *   a row with exactly the fields, or an error of the right kind on that line number;
 * - random files (valid and invalid lines, blank lines, LF or CRLF, a BOM, any read
 *   chunks): they give either the exact totals, to the euro, per year, flow and per
 *   department × product × country — or an error with the number of the first bad
 *   line; under --lenient, the bad lines listed by number and the rest summed exactly;
 * - random label files: never an exception; every bad line reported by its number.
 *
 * The file loop is the one of `readDataFile` (src/pipeline/run.ts), whose reading
 * from disk is the only part that needs Node.
 */
import { assert, expect } from '@open-wc/testing';
import fc from 'fast-check';
import { TradeAccumulator, countryOf, departmentOf, productOf } from '../../../src/pipeline/aggregate.ts';
import { parseDepartments, parseLabels } from '../../../src/pipeline/labels.ts';
import {
  LineSplitter,
  codeText,
  isLineError,
  newRow,
  parseDataLine,
  parseDataText,
  splitLines,
  type LineError,
  type Row,
} from '../../../src/pipeline/parse.ts';
import { SEEDS, check } from './gen.ts';

const LINE_RUNS = 3000;
const FILE_RUNS = 400;
const LABEL_RUNS = 500;

// --- The reference: the format as the DGDDI describes it ---------------------------------

const CODE = '[A-Za-z0-9_.-]{1,16}';
const LINE = new RegExp(
  `^([EI]);(\\d{1,2});(\\d{4});(${CODE});(${CODE});(${CODE});(${CODE});(${CODE});` +
    `(\\d{1,15});((\\d{1,15})(?:[.,](\\d{1,15}))?)?$`,
);
const FIELD = [
  /^[EI]$/,
  /^\d{1,2}$/,
  /^\d{4}$/,
  ...Array(5).fill(new RegExp(`^${CODE}$`)),
  /^\d{1,15}$/,
  /^(\d{1,15}([.,]\d{1,15})?)?$/,
];
const KINDS = ['flux', 'quarter', 'year', 'code', 'code', 'code', 'code', 'code', 'value', 'mass'];

type Expected =
  { row: Omit<Row, 'department' | 'region' | 'a129' | 'cpf4' | 'country'> & { codes: string[] } } | { error: string };

function reference(line: string): Expected {
  const m = LINE.exec(line);
  if (m && +m[2] >= 1 && +m[2] <= 4 && +m[3] >= 1900 && +m[3] <= 2200) {
    // The mass is optional: its groups are undefined when it is absent (RegExp's types say string).
    const massGroups: (string | undefined)[] = m.slice(10, 13);
    const [massField, massUnits, massDecimals] = massGroups;
    return {
      row: {
        flow: m[1] === 'E' ? 'export' : 'import',
        quarter: +m[2],
        year: +m[3],
        codes: m.slice(4, 9),
        value: +m[9],
        mass: massField === undefined ? NaN : Number(`${massUnits!}.${massDecimals ?? 0}`),
      },
    };
  }
  const fields = line.split(';');
  if (fields.length < 10) return { error: 'truncated' };
  if (fields.length > 10) return { error: 'extra-fields' };
  const bad = fields.findIndex(
    (f, i) => !FIELD[i].test(f) || (i === 1 && !(+f >= 1 && +f <= 4)) || (i === 2 && !(+f >= 1900 && +f <= 2200)),
  );
  return { error: KINDS[bad] };
}

// --- Generators --------------------------------------------------------------------------

const codeChar = fc.constantFrom(...Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-'));
const code = fc.string({ unit: codeChar, minLength: 1, maxLength: 16 });
const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...Array.from('0123456789')), minLength: min, maxLength: max });
const validFields = fc.tuple(
  fc.constantFrom('E', 'I'),
  fc.oneof(fc.constantFrom('1', '2', '3', '4'), fc.constantFrom('01', '04')),
  fc.integer({ min: 1900, max: 2200 }).map(String),
  code,
  code,
  code,
  code,
  code,
  digits(1, 15),
  fc.oneof(
    fc.constant(''),
    digits(1, 15),
    fc.tuple(digits(1, 15), fc.constantFrom('.', ','), digits(1, 15)).map((p) => p.join('')),
  ),
);
/** What a bad field may hold: near misses (a digit too many, a sign, a space, a letter) and anything. */
const junk = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '+1',
    '1.5',
    '1,5',
    '0',
    '5',
    '00',
    '1899',
    '2201',
    '20240',
    'e',
    'X',
    'A 1',
    'A<1',
    'é',
    '1e3',
    '\t1',
    '1 ',
    '""',
    '9'.repeat(16),
    'x'.repeat(17),
    ';',
    ';;',
  ),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const anyLine = fc.oneof(
  { weight: 3, arbitrary: validFields.map((f) => f.join(';')) },
  // One field replaced.
  { weight: 4, arbitrary: fc.tuple(validFields, fc.nat(9), junk).map(([f, i, j]) => ((f[i] = j), f.join(';'))) },
  // A field dropped or added.
  {
    weight: 1,
    arbitrary: fc
      .tuple(validFields, fc.nat(9), fc.boolean(), junk)
      .map(([f, i, drop, j]) => (drop ? f.splice(i, 1) : f.splice(i, 0, j), f.join(';'))),
  },
  // Anything, without line ends (the splitter cuts there).
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.oneof(
        fc.constantFrom(';', 'E', 'I', '1', '2', '0'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 60,
    }),
  },
);
/** A line as the splitter hands it over: no line end in it, no BOM at its start. */
const lineArb = anyLine.map((l) => l.replace(/[\r\n]/g, '').replace(/^\ufeff+/, ''));

// --- Lines -------------------------------------------------------------------------------

describe('the pipeline parser on random lines', function () {
  this.timeout(60_000);

  it(`agrees with the format's reference on ${LINE_RUNS} lines: the row, or the error on its line`, async () => {
    await check(
      'data lines',
      fc.property(lineArb, fc.integer({ min: 1, max: 1e7 }), (line, n) => {
        const got = parseDataText(line, n);
        const want = reference(line);
        if ('error' in want) {
          expect(isLineError(got), `${JSON.stringify(line)} is refused`).to.equal(true);
          const e = got as LineError;
          expect(e.line).to.equal(n);
          expect(e.error, JSON.stringify(line)).to.equal(want.error);
          expect(e.message).to.be.a('string').and.not.equal('');
        } else {
          expect(isLineError(got), `${JSON.stringify(line)} is read: ${(got as LineError).message}`).to.equal(false);
          const r = got as Row;
          const { codes, mass, ...rest } = want.row;
          expect({ flow: r.flow, quarter: r.quarter, year: r.year, value: r.value }).to.deep.equal(rest);
          expect([r.department, r.region, r.a129, r.cpf4, r.country].map(codeText)).to.deep.equal(codes);
          if (Number.isNaN(mass)) assert.isNaN(r.mass);
          else expect(r.mass).to.be.closeTo(mass, Math.abs(mass) * 1e-12 + 1e-9);
        }
      }),
      SEEDS.parser,
      LINE_RUNS,
    );
  });
});

// --- Files -------------------------------------------------------------------------------

/** Departement_region.txt for the files below: DGDDI department;name;DGDDI region;name. */
const DEPARTMENTS = parseDepartments(
  '32;Gers;12;Occitanie\n31;Haute-Garonne;12;Occitanie\n75;Paris;03;Île-de-France\n9A;Guadeloupe;24;DOM\n',
).table;
const PLACES = [
  ['32', '12'],
  ['31', '12'],
  ['75', '03'],
  ['9A', '24'],
] as const;
/** Rows whose department or region the table refuses. */
const MISPLACED = [
  ['33', '09'],
  ['32', '03'],
  ['9B', '12'],
] as const;

interface Spec {
  kind: 'row' | 'misplaced' | 'bad' | 'blank';
  text: string;
  row?: { year: number; flow: 'export' | 'import'; department: string; a129: string; country: string; value: number };
  error?: string;
}

const rowArb = (places: readonly (readonly [string, string])[], kind: 'row' | 'misplaced') =>
  fc
    .record({
      flux: fc.constantFrom('E', 'I'),
      q: fc.integer({ min: 1, max: 4 }),
      year: fc.constantFrom(2022, 2023, 2024),
      place: fc.constantFrom(...places),
      a129: fc.constantFrom('A01Z', 'C11Z', 'C10A', 'c.x-1'),
      cpf4: fc.constantFrom('0111', '1107'),
      country: fc.constantFrom('ES', 'US', 'DE', 'QU', 'XS'),
      value: fc.oneof(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(1e12, 999_999_999_999, 123_456_789_012),
      ),
      mass: fc.constantFrom('', '12', '0,5', '3.25'),
    })
    .map((r): Spec => ({
      kind,
      text: [r.flux, r.q, r.year, r.place[0], r.place[1], r.a129, r.cpf4, r.country, r.value, r.mass].join(';'),
      row: {
        year: r.year,
        flow: r.flux === 'E' ? 'export' : 'import',
        department: r.place[0],
        a129: r.a129,
        country: r.country,
        value: r.value,
      },
    }));
const specArb = fc.oneof(
  { weight: 12, arbitrary: rowArb(PLACES, 'row') },
  { weight: 1, arbitrary: rowArb(MISPLACED, 'misplaced') },
  {
    weight: 1,
    arbitrary: lineArb
      .filter((l) => 'error' in reference(l) && l !== '')
      .map((text): Spec => ({ kind: 'bad', text, error: (reference(text) as { error: string }).error })),
  },
  { weight: 1, arbitrary: fc.constant<Spec>({ kind: 'blank', text: '' }) },
);
const fileArb = fc.record({
  lines: fc.array(specArb, { maxLength: 200, size: 'max' }),
  crlf: fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  cuts: fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 20 }),
});

type FileSpec = { lines: Spec[]; crlf: boolean[]; bom: boolean; finalNewline: boolean; cuts: number[] };

/** The file's bytes, in read chunks of the given sizes (cycled). */
function chunks(f: FileSpec): Uint8Array[] {
  const text =
    (f.bom ? '\ufeff' : '') +
    f.lines
      .map((l, i) => l.text + (i < f.lines.length - 1 || f.finalNewline ? (f.crlf[i] ? '\r\n' : '\n') : ''))
      .join('');
  const bytes = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = f.cuts[k % f.cuts.length];
    out.push(bytes.slice(at, at + size));
    at += size;
  }
  return out;
}

interface Outcome {
  acc: TradeAccumulator;
  rejected: LineError[];
  excluded: number[];
}

/** `readDataFile`'s loop (src/pipeline/run.ts), strict (the first problem throws, with its line) or lenient. */
function read(parts: Uint8Array[], lenient: boolean): Outcome {
  const acc = new TradeAccumulator(DEPARTMENTS);
  const rejected: LineError[] = [];
  const excluded: number[] = [];
  const reused = newRow();
  const splitter = new LineSplitter((bytes, start, end, line) => {
    if (end === start) return;
    const row = parseDataLine(bytes, start, end, line, reused);
    if (isLineError(row)) {
      if (!lenient) throw new Error(`REGIONAL_CPF4PAYSE.txt:${line}: ${row.message}`, { cause: row });
      rejected.push({ ...row });
      return;
    }
    const problem = acc.add(row, 'REGIONAL_CPF4PAYSE.txt', line);
    if (problem) {
      if (!lenient)
        throw new Error(`REGIONAL_CPF4PAYSE.txt:${line}: ${problem.message}`, { cause: { error: problem.kind, line } });
      excluded.push(line);
    }
  });
  for (const c of parts) splitter.push(c);
  splitter.end();
  return { acc, rejected, excluded };
}

const key = (year: number, flow: string, d: string, p: string, c: string) => `${year} ${flow} ${d} ${p} ${c}`;

/** The sums the accumulator holds: per year and flow, and per cell. */
function sums(acc: TradeAccumulator) {
  const input = new Map<string, number>();
  const excluded = new Map<string, number>();
  const cells = new Map<string, number>();
  for (const [year, y] of acc.years) {
    for (const flow of ['export', 'import'] as const) {
      input.set(`${year} ${flow}`, y.input[flow]);
      excluded.set(`${year} ${flow}`, y.excluded[flow]);
      const { keys, sums: s } = y.cells[flow].compact();
      keys.forEach((k, i) =>
        cells.set(
          key(
            year,
            flow,
            acc.departments.codes[departmentOf(k)],
            acc.products.codes[productOf(k)],
            acc.countries.codes[countryOf(k)],
          ),
          s[i],
        ),
      );
    }
  }
  return { input, excluded, cells };
}

function add(m: Map<string, number>, k: string, v: number) {
  m.set(k, (m.get(k) ?? 0) + v);
}

describe('the pipeline parser on random files', function () {
  this.timeout(60_000);

  it(`${FILE_RUNS} files, strict: the exact totals, or an error naming the first bad line`, async () => {
    await check(
      'files (strict)',
      fc.property(fileArb, (f) => {
        // Line numbers as an editor shows them: every line counts, blank ones too; a BOM is not a line.
        const firstBad = f.lines.findIndex((l) => l.kind === 'bad' || l.kind === 'misplaced');
        let outcome: Outcome | undefined;
        let error: (Error & { cause?: { error: string; line: number } }) | undefined;
        try {
          outcome = read(chunks(f), false);
        } catch (e) {
          error = e as Error & { cause?: { error: string; line: number } };
        }
        if (firstBad >= 0) {
          expect(error, 'an error').to.be.instanceOf(Error);
          expect(error!.cause!.line, error!.message).to.equal(firstBad + 1);
          expect(error!.message).to.match(new RegExp(`:${firstBad + 1}: `));
          const bad = f.lines[firstBad];
          if (bad.kind === 'bad') expect(error!.cause!.error, JSON.stringify(bad.text)).to.equal(bad.error);
          else expect(error!.cause!.error).to.match(/unknown-department|region-mismatch/);
          return;
        }
        expect(error, error?.message).to.equal(undefined);
        const want = { input: new Map<string, number>(), cells: new Map<string, number>() };
        for (const l of f.lines) {
          if (l.kind !== 'row') continue;
          const r = l.row!;
          add(want.input, `${r.year} ${r.flow}`, r.value);
          add(want.cells, key(r.year, r.flow, r.department, r.a129, r.country), r.value);
        }
        const got = sums(outcome!.acc);
        for (const [k, v] of want.input) expect(got.input.get(k), `total ${k}`).to.equal(v);
        for (const [k, v] of got.input) expect(v, `total ${k}`).to.equal(want.input.get(k) ?? 0);
        expect(Object.fromEntries(got.cells)).to.deep.equal(Object.fromEntries(want.cells));
      }),
      SEEDS.parser,
      FILE_RUNS,
    );
  });

  it(
    `${FILE_RUNS} files, lenient: ` + `every bad line listed by its number, every other row summed to the euro`,
    async () => {
      await check(
        'files (lenient)',
        fc.property(fileArb, (f) => {
          const { acc, rejected, excluded } = read(chunks(f), true);
          const lineOf = (kind: Spec['kind']) => f.lines.flatMap((l, i) => (l.kind === kind ? [i + 1] : []));
          expect(rejected.map((r) => r.line)).to.deep.equal(lineOf('bad'));
          expect(rejected.map((r) => r.error)).to.deep.equal(
            f.lines.filter((l) => l.kind === 'bad').map((l) => l.error),
          );
          expect(excluded).to.deep.equal(lineOf('misplaced'));
          const want = {
            input: new Map<string, number>(),
            excluded: new Map<string, number>(),
            cells: new Map<string, number>(),
          };
          for (const l of f.lines) {
            if (!l.row) continue;
            const r = l.row;
            add(want.input, `${r.year} ${r.flow}`, r.value);
            if (l.kind === 'misplaced') add(want.excluded, `${r.year} ${r.flow}`, r.value);
            else add(want.cells, key(r.year, r.flow, r.department, r.a129, r.country), r.value);
          }
          const got = sums(acc);
          for (const [k, v] of got.input) expect(v, `input ${k}`).to.equal(want.input.get(k) ?? 0);
          for (const [k, v] of got.excluded) expect(v, `excluded ${k}`).to.equal(want.excluded.get(k) ?? 0);
          expect([...want.input.keys()].every((k) => got.input.has(k))).to.equal(true);
          expect(Object.fromEntries(got.cells)).to.deep.equal(Object.fromEntries(want.cells));
        }),
        SEEDS.parser + 1,
        FILE_RUNS,
      );
    },
  );
});

// --- Label files -------------------------------------------------------------------------

describe('the label files on random text', function () {
  this.timeout(60_000);
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('"a ; b"', '"x ""y"""', '201501', '999912', '2015', '', ' ', 'é\u202e', '"'),
  );
  const labelLine = fc.array(cell, { maxLength: 7 }).map((c) => c.join(';'));
  const text = fc
    .tuple(fc.array(labelLine, { maxLength: 40 }), fc.boolean())
    .map(([l, crlf]) => l.join(crlf ? '\r\n' : '\n'));

  it(
    `${LABEL_RUNS} label and department files: no exception; ` + `each line is a label or an error with its number`,
    async () => {
      await check(
        'label files',
        fc.property(text, (t) => {
          const lines = splitLines(t);
          const nonBlank = lines.filter((l) => l.line.trim() !== '').map((l) => l.lineNumber);
          for (const parse of [parseLabels, parseDepartments]) {
            const { table, errors } = (parse as typeof parseLabels)(t);
            for (const e of errors) {
              expect(e.error).to.equal('label-line');
              expect(nonBlank, `error on line ${e.line}`).to.include(e.line);
            }
            const kept = [...table.values()].reduce((n, rows) => n + rows.length, 0);
            expect(kept + errors.length, 'every non-blank line accounted for').to.equal(nonBlank.length);
            for (const rows of table.values())
              for (const r of rows) expect([r.start, r.end].every(Number.isInteger), JSON.stringify(r)).to.equal(true);
          }
        }),
        SEEDS.parser + 2,
        LABEL_RUNS,
      );
    },
  );
});
