/**
 * Line-level parsing of the DGDDI files. Pure code, no Node imports: it runs in
 * Node for the pipeline and in a browser for fuzz tests.
 *
 * Regional data file format (DGDDI description, section IV): no header line,
 * `;` separator, ten fields:
 *   flux (E/I); quarter (1-4); year; department; DGDDI region; A129; CPF4; country; value (€); mass (kg)
 * e.g. `E;3;2018;01;18;A01Z;0111;BE;406473;1210935`.
 *
 * The data files are parsed as bytes, not decoded text: every field is ASCII,
 * and the complete files hold millions of lines. Codes of up to four
 * characters (all real ones) become small integers, so no string is made per row.
 */
import type { Flow } from '../data/contract.ts';

/** What can be wrong with one line. */
export type LineErrorKind =
  | 'truncated' // fewer fields than expected
  | 'extra-fields' // more fields than expected
  | 'flux' // neither E nor I
  | 'quarter'
  | 'year'
  | 'code' // a code field empty or with characters codes never have
  | 'value' // not a whole number of euros, or too large
  | 'mass'
  | 'label-line'; // a label-file line without the fields it needs

/** A bad line: where it is (1-based line number) and what is wrong, in English. */
export interface LineError {
  error: LineErrorKind;
  line: number;
  message: string;
}

/**
 * A code as the parser hands it over: codes of 1-4 characters packed into an
 * integer (7 bits a character), longer ones as text. `codeText` gives the text.
 */
export type Code = number | string;

/** One data row. */
export interface Row {
  flow: Flow;
  quarter: number;
  year: number;
  department: Code;
  region: Code;
  a129: Code;
  cpf4: Code;
  country: Code;
  /** Euros, a safe non-negative integer. */
  value: number;
  /** Kilograms; NaN when the field is empty. Parsed to check it, not output. */
  mass: number;
}

const DATA_FIELDS = 10;
/** 15 digits stay below Number.MAX_SAFE_INTEGER (16 digits may not). */
const MAX_VALUE_DIGITS = 15;
/** Longer lines are refused: a DGDDI line is under 100 bytes, and memory must not grow with a file without newlines. */
const MAX_LINE = 1 << 20;
const LF = 10;
const CR = 13;
const SEMICOLON = 59;

export const isLineError = (r: Row | LineError): r is LineError => 'error' in r;

/**
 * Cuts bytes that arrive in chunks into lines. Handles a UTF-8 BOM at the very
 * start, CRLF and LF line ends, lines split across chunks, and a last line
 * without a newline (`end()`). Splitting on the LF byte never cuts a UTF-8
 * character in two. A line over 1 MiB throws a RangeError. Line numbers are 1-based and count every line, blank ones
 * included, so they match what an editor shows.
 */
export class LineSplitter {
  private carry: Uint8Array | undefined;
  private count = 0;

  constructor(private readonly onLine: (bytes: Uint8Array, start: number, end: number, lineNumber: number) => void) {}

  push(chunk: Uint8Array): void {
    let start = 0;
    let nl = chunk.indexOf(LF);
    if (this.carry) {
      if (nl < 0) {
        this.carry = concat(this.carry, chunk, 0, chunk.length);
        if (this.carry.length > MAX_LINE)
          throw new RangeError(`line ${this.count + 1} is longer than ${MAX_LINE} bytes`);
        return;
      }
      const line = concat(this.carry, chunk, 0, nl);
      this.carry = undefined;
      this.emit(line, 0, line.length);
      start = nl + 1;
      nl = chunk.indexOf(LF, start);
    }
    while (nl >= 0) {
      this.emit(chunk, start, nl);
      start = nl + 1;
      nl = chunk.indexOf(LF, start);
    }
    if (start < chunk.length) this.carry = chunk.slice(start);
  }

  /** Flushes a last line that has no newline. */
  end(): void {
    if (this.carry) this.emit(this.carry, 0, this.carry.length);
    this.carry = undefined;
  }

  private emit(bytes: Uint8Array, start: number, end: number): void {
    if (
      ++this.count === 1 &&
      end - start >= 3 &&
      bytes[start] === 0xef &&
      bytes[start + 1] === 0xbb &&
      bytes[start + 2] === 0xbf
    ) {
      start += 3;
    }
    if (end > start && bytes[end - 1] === CR) end--;
    this.onLine(bytes, start, end, this.count);
  }
}

function concat(a: Uint8Array, b: Uint8Array, from: number, to: number): Uint8Array {
  const out = new Uint8Array(a.length + to - from);
  out.set(a);
  out.set(b.subarray(from, to), a.length);
  return out;
}

/** Keeps a BOM: dropping it is the splitter's job, at the start of a file only. */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Splits a whole text into lines with the same splitter and rules as the data files. */
export function splitLines(text: string): { line: string; lineNumber: number }[] {
  const out: { line: string; lineNumber: number }[] = [];
  const splitter = new LineSplitter((bytes, start, end, lineNumber) => {
    out.push({ line: utf8.decode(bytes.subarray(start, end)), lineNumber });
  });
  splitter.push(new TextEncoder().encode(text));
  splitter.end();
  return out;
}

/**
 * Splits one record on `;`, honouring double-quoted fields that contain `;`
 * (`0130;"Plants : … ; blanc de champignon";201501;999912`); `""` inside quotes is one `"`.
 */
export function splitRecord(line: string): string[] {
  if (line.indexOf('"') < 0) return line.split(';');
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (line[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/**
 * The hot path reads a line in one pass, field after field: each reader below
 * starts at a field's first byte, stops at the first byte it cannot take, and
 * leaves that position in `cursor`; the field is good when that byte is the
 * `;` (or the line end, for the last field).
 */
let cursor = 0;

/** Digits from `from` ("0042" → 42); -1 when there are none or more than `maxDigits`. */
function readDigits(bytes: Uint8Array, from: number, end: number, maxDigits: number): number {
  let v = 0;
  let i = from;
  for (; i < end; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
  }
  cursor = i;
  return i === from || i - from > maxDigits ? -1 : v;
}

/** 1 for the bytes a code may hold: letters, digits, "_", "." and "-". */
const CODE_CHAR = new Uint8Array(256);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-') CODE_CHAR[c.charCodeAt(0)] = 1;

/**
 * A code from `from`: 1-16 letters, digits, "_", "." or "-" (the contract's
 * ITEM_CODE), packed into an integer when 4 characters or fewer (7 bits a
 * character: every allowed character is ≥ 45, so codes of different lengths
 * fall in disjoint ranges and packing is one-to-one); undefined when empty or too long.
 */
function readCode(bytes: Uint8Array, from: number, end: number): Code | undefined {
  let packed = 0;
  let i = from;
  for (; i < end; i++) {
    const c = bytes[i];
    if (CODE_CHAR[c] === 0) break;
    packed = packed * 128 + c;
  }
  cursor = i;
  const n = i - from;
  if (n === 0 || n > 16) return undefined;
  return n <= 4 ? packed : String.fromCharCode(...bytes.subarray(from, i));
}

/** The text of a code from `parseDataLine`. */
export function codeText(code: Code): string {
  if (typeof code === 'string') return code;
  let s = '';
  for (let v = code; v > 0; v = Math.floor(v / 128)) s = String.fromCharCode(v % 128) + s;
  return s;
}

/** True when the field just read ends at a `;`: then `cursor` moves to the next field. */
function nextField(bytes: Uint8Array, end: number): boolean {
  if (cursor >= end || bytes[cursor] !== SEMICOLON) return false;
  cursor++;
  return true;
}

/** A row to fill, for callers that parse millions of lines and keep none (see `parseDataLine`). */
export const newRow = (): Row => ({
  flow: 'export',
  quarter: 0,
  year: 0,
  department: 0,
  region: 0,
  a129: 0,
  cpf4: 0,
  country: 0,
  value: 0,
  mass: 0,
});

/**
 * Parses one line, bytes[start, end) without its line end, of a regional data
 * file into a row, or a typed error that names the line and the problem. The
 * caller skips blank lines. `into` is filled and returned instead of a new row:
 * one object for a whole file, not one per line.
 */
export function parseDataLine(
  bytes: Uint8Array,
  start: number,
  end: number,
  line: number,
  into = newRow(),
): Row | LineError {
  const flux = bytes[start];
  cursor = start + 1;
  if ((flux !== 69 && flux !== 73) || !nextField(bytes, end)) return lineError(bytes, start, end, line, 0);
  const quarter = readDigits(bytes, cursor, end, 2);
  if (quarter < 1 || quarter > 4 || !nextField(bytes, end)) return lineError(bytes, start, end, line, 1);
  const yearStart = cursor;
  const year = readDigits(bytes, cursor, end, 4);
  if (year < 1900 || year > 2200 || cursor - yearStart !== 4 || !nextField(bytes, end))
    return lineError(bytes, start, end, line, 2);
  const department = readCode(bytes, cursor, end);
  if (department === undefined || !nextField(bytes, end)) return lineError(bytes, start, end, line, 3);
  const region = readCode(bytes, cursor, end);
  if (region === undefined || !nextField(bytes, end)) return lineError(bytes, start, end, line, 4);
  const a129 = readCode(bytes, cursor, end);
  if (a129 === undefined || !nextField(bytes, end)) return lineError(bytes, start, end, line, 5);
  const cpf4 = readCode(bytes, cursor, end);
  if (cpf4 === undefined || !nextField(bytes, end)) return lineError(bytes, start, end, line, 6);
  const country = readCode(bytes, cursor, end);
  if (country === undefined || !nextField(bytes, end)) return lineError(bytes, start, end, line, 7);
  const value = readDigits(bytes, cursor, end, MAX_VALUE_DIGITS);
  if (value < 0 || !nextField(bytes, end)) return lineError(bytes, start, end, line, 8);
  // The mass may be empty, or have a decimal part: "12", "12.5", "12,5".
  let mass = NaN;
  if (cursor < end) {
    mass = readDigits(bytes, cursor, end, MAX_VALUE_DIGITS);
    if (mass >= 0 && cursor < end && (bytes[cursor] === 46 || bytes[cursor] === 44)) {
      const fractionStart = cursor + 1;
      const fraction = readDigits(bytes, fractionStart, end, MAX_VALUE_DIGITS);
      mass = fraction < 0 ? -1 : mass + fraction / 10 ** (cursor - fractionStart);
    }
    if (mass < 0 || cursor !== end) return lineError(bytes, start, end, line, 9);
  }
  into.flow = flux === 69 ? 'export' : 'import';
  into.quarter = quarter;
  into.year = year;
  into.department = department;
  into.region = region;
  into.a129 = a129;
  into.cpf4 = cpf4;
  into.country = country;
  into.value = value;
  into.mass = mass;
  return into;
}

/** Parses one line given as text (tests, fuzzing); the pipeline itself parses bytes. */
export function parseDataText(text: string, line = 1): Row | LineError {
  const bytes = new TextEncoder().encode(text);
  return parseDataLine(bytes, 0, bytes.length, line);
}

const FIELD_PROBLEMS: [LineErrorKind, string][] = [
  ['flux', 'unknown flux code %, expected E or I'],
  ['quarter', 'quarter % is not 1 to 4'],
  ['year', 'year % is not a year'],
  ['code', 'department code % is empty or malformed'],
  ['code', 'region code % is empty or malformed'],
  ['code', 'A129 code % is empty or malformed'],
  ['code', 'CPF4 code % is empty or malformed'],
  ['code', 'country code % is empty or malformed'],
  ['value', `value % is not a whole number of euros (at most ${MAX_VALUE_DIGITS} digits)`],
  ['mass', 'mass % is not a number of kilograms'],
];

/**
 * The error of a line the hot path refused at field `failed`: a wrong number
 * of fields first (a truncated line is the real problem then), else what is
 * wrong with that field. Only bad lines come here.
 */
function lineError(bytes: Uint8Array, start: number, end: number, line: number, failed: number): LineError {
  const fields = utf8.decode(bytes.subarray(start, end)).split(';');
  if (fields.length < DATA_FIELDS) {
    return {
      error: 'truncated',
      line,
      message: `expected ${DATA_FIELDS} fields, found ${fields.length} (truncated line?)`,
    };
  }
  if (fields.length > DATA_FIELDS)
    return { error: 'extra-fields', line, message: `expected ${DATA_FIELDS} fields, found ${fields.length}` };
  const s = fields[failed];
  const [error, message] = FIELD_PROBLEMS[failed];
  return { error, line, message: message.replace('%', JSON.stringify(s.length > 30 ? `${s.slice(0, 30)}…` : s)) };
}
