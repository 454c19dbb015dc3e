/** Line splitting, data-line parsing and the label files, below the pipeline. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDepartments, parseLabels, pickForYear } from '../../src/pipeline/labels.ts';
import {
  LineSplitter,
  codeText,
  isLineError,
  parseDataText,
  splitLines,
  splitRecord,
  type Row,
} from '../../src/pipeline/parse.ts';
import { readText } from '../../src/pipeline/run.ts';
import { LABELS } from './fixtures.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

/** Feeds `chunks` to a splitter and returns the decoded lines with their numbers. */
function split(chunks: Uint8Array[]): [string, number][] {
  const out: [string, number][] = [];
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const s = new LineSplitter((b, start, end, n) => out.push([decoder.decode(b.subarray(start, end)), n]));
  for (const c of chunks) s.push(c);
  s.end();
  return out;
}

test(
  'the splitter drops a BOM at the start only, ' + 'and handles CRLF, LF, blank lines and a last line without newline',
  () => {
    const text = '\ufeffa;1\r\nb;2\n\r\n\ufeffc;3';
    assert.deepEqual(split([bytes(text)]), [
      ['a;1', 1],
      ['b;2', 2],
      ['', 3],
      ['\ufeffc;3', 4],
    ]);
  },
);

test('the splitter gives the same lines whatever the chunk boundaries, even inside a UTF-8 character or a CRLF', () => {
  const text = 'Côte-d’Or;1\r\nÉtats-Unis;22\r\nlast line é';
  const all = bytes(`\ufeff${text}`);
  const expected = [
    ['Côte-d’Or;1', 1],
    ['États-Unis;22', 2],
    ['last line é', 3],
  ];
  for (let size = 1; size <= all.length; size++) {
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < all.length; i += size) chunks.push(all.subarray(i, i + size));
    assert.deepEqual(split(chunks), expected, `chunks of ${size} bytes`);
  }
});

test('the splitter refuses a line longer than 1 MiB instead of growing', () => {
  const chunk = new Uint8Array(64 * 1024).fill(65);
  const s = new LineSplitter(() => {});
  s.push(bytes('ok\n'));
  assert.throws(() => {
    for (let i = 0; i < 20; i++) s.push(chunk);
  }, /line 2 is longer than 1048576 bytes/);
});

test('a data line parses into its fields', () => {
  const row = parseDataText('E;3;2018;01;18;A01Z;0111;BE;406473;1210935', 7) as Row;
  assert.equal(isLineError(row), false);
  assert.deepEqual(
    {
      ...row,
      department: codeText(row.department),
      region: codeText(row.region),
      a129: codeText(row.a129),
      cpf4: codeText(row.cpf4),
      country: codeText(row.country),
    },
    {
      flow: 'export',
      quarter: 3,
      year: 2018,
      department: '01',
      region: '18',
      a129: 'A01Z',
      cpf4: '0111',
      country: 'BE',
      value: 406473,
      mass: 1210935,
    },
  );
  const imp = parseDataText('I;3;2018;9A;24;C10A;1011;XS;52;', 1) as Row;
  assert.equal(imp.flow, 'import');
  assert.equal(codeText(imp.department), '9A');
  assert.ok(Number.isNaN(imp.mass), 'an empty mass is allowed');
  assert.equal((parseDataText('I;1;2024;32;12;A01Z;0111;ES;5;12,5') as Row).mass, 12.5);
});

test('codes pack one-to-one and come back as text', () => {
  const codes = ['1', 'A', '01', '10', '9A', 'XS', 'A01Z', '0111', 'Z', 'zzzz', 'LONGCODE1', 'a-b.c_d'];
  const packed = codes.map((c) => (parseDataText(`E;1;2024;32;12;A01Z;0111;${c};1;1`) as Row).country);
  assert.equal(new Set(packed).size, codes.length);
  assert.deepEqual(packed.map(codeText), codes);
});

test('bad lines give a typed error with their line number', () => {
  const cases: [string, string, RegExp][] = [
    ['E;3;2018;01;18;A01Z;0111', 'truncated', /expected 10 fields, found 7/],
    ['E;3;2018;01;18;A01Z;0111;BE;12a', 'truncated', /found 9/],
    ['E;3;2018;01;18;A01Z;0111;BE;1;1;1', 'extra-fields', /expected 10 fields, found 11/],
    ['X;3;2018;01;18;A01Z;0111;BE;1;1', 'flux', /unknown flux code "X"/],
    ['e;3;2018;01;18;A01Z;0111;BE;1;1', 'flux', /"e"/],
    ['E;5;2018;01;18;A01Z;0111;BE;1;1', 'quarter', /quarter "5"/],
    ['E;3;18;01;18;A01Z;0111;BE;1;1', 'year', /year "18"/],
    ['E;3;2018;;18;A01Z;0111;BE;1;1', 'code', /department code ""/],
    ['E;3;2018;01;18;A01 Z;0111;BE;1;1', 'code', /A129 code "A01 Z"/],
    ['E;3;2018;01;18;A01Z;0111;B<E;1;1', 'code', /country code "B<E"/],
    ['E;3;2018;01;18;A01Z;0111;BE;12a;1', 'value', /value "12a"/],
    ['E;3;2018;01;18;A01Z;0111;BE;;1', 'value', /value ""/],
    ['E;3;2018;01;18;A01Z;0111;BE;-5;1', 'value', /value "-5"/],
    ['E;3;2018;01;18;A01Z;0111;BE;1.5;1', 'value', /value "1.5"/],
    ['E;3;2018;01;18;A01Z;0111;BE;1234567890123456;1', 'value', /at most 15 digits/],
    ['E;3;2018;01;18;A01Z;0111;BE;1;kg', 'mass', /mass "kg"/],
  ];
  for (const [text, error, message] of cases) {
    const r = parseDataText(text, 42);
    assert.ok(isLineError(r), text);
    assert.equal(r.error, error, text);
    assert.equal(r.line, 42);
    assert.match(r.message, message, text);
  }
});

test('records split on ";" except inside double quotes', () => {
  assert.deepEqual(splitRecord('0130;"Plants : bulbes ; blanc de champignon";201501;999912'), [
    '0130',
    'Plants : bulbes ; blanc de champignon',
    '201501',
    '999912',
  ]);
  assert.deepEqual(splitRecord('a;"say ""hi"" ; ok";b'), ['a', 'say "hi" ; ok', 'b']);
  assert.deepEqual(
    splitLines('x\r\ny').map((l) => l.line),
    ['x', 'y'],
  );
});

test('the real CPF4 label file is Windows-1252 with quoted ";", and decodes right', () => {
  const raw = readFileSync(join(LABELS, 'Libelle_CPF4_rev2.1.txt'));
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(raw), 'the published file is not UTF-8');
  const { table, errors } = parseLabels(readText(join(LABELS, 'Libelle_CPF4_rev2.1.txt')));
  assert.deepEqual(errors, []);
  assert.equal(table.size, 576);
  assert.equal(table.get('0111')![0].value, "Céréales (à l'exclusion du riz), légumineuses et oléagineux");
  assert.equal(
    table.get('0130')![0].value,
    'Plants : plants de pépinière, bulbes, tubercules et rhizomes, boutures et greffons ; blanc de champignon',
  );
  assert.equal(table.get('1107')![0].value, 'Boissons rafraîchissantes ; eaux minérales et autres eaux en bouteille');
});

test('the real A129 label file starts with a BOM that does not stick to the first code', () => {
  assert.deepEqual([...readFileSync(join(LABELS, 'Libelle_A129.txt')).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const { table } = parseLabels(readText(join(LABELS, 'Libelle_A129.txt')));
  assert.equal(table.size, 76);
  assert.equal(table.get('A01Z')![0].value, 'Produits de la culture et de l’élevage');
  assert.equal(table.get('C26E')![0].value, "Appareils de mesure, d'essai et de navigation ; articles d'horlogerie");
});

test('country labels are picked by year: XS is Saba until 2005, then Serbie; QU has a gap', () => {
  const { table } = parseLabels(readText(join(LABELS, 'Libelle_PAYS.txt')));
  const label = (code: string, year: number) => pickForYear(table.get(code), year);
  assert.deepEqual(label('XS', 2004), { value: 'Saba', exact: true });
  assert.deepEqual(label('XS', 2005), { value: 'Serbie', exact: true }, 'the label in force at the end of the year');
  assert.deepEqual(label('XS', 2024), { value: 'Serbie', exact: true });
  assert.deepEqual(label('XK', 1992), { value: 'Yougoslavie', exact: true });
  assert.deepEqual(label('XK', 2024), { value: 'Kosovo', exact: true });
  assert.deepEqual(label('QU', 1998), { value: 'Pays NDA', exact: true });
  assert.deepEqual(label('QU', 2024), { value: 'Pays et territoires non déterminés', exact: true });
  assert.deepEqual(label('QU', 2003), { value: 'Pays NDA', exact: false }, 'nearest in time: 1999 is closer than 2012');
  assert.deepEqual(label('QU', 2010), { value: 'Pays et territoires non déterminés', exact: false });
  assert.equal(label('ZZ', 2024), undefined);
});

test('Departement_region.txt is read with or without the date columns', () => {
  const real = parseDepartments(readText(join(LABELS, 'Departement_region.txt')));
  assert.deepEqual(real.errors, []);
  assert.equal(real.table.size, 101);
  assert.deepEqual(real.table.get('9A')![0].value, { name: 'Guadeloupe', region: '24', regionName: 'DOM' });
  const dated = parseDepartments('32;Gers;12;Occitanie;201601;999912\r\n32;Gers;11;Midi-Pyrénées;190001;201512\r\n');
  assert.equal(pickForYear(dated.table.get('32'), 2024)!.value.region, '12');
  assert.equal(pickForYear(dated.table.get('32'), 2010)!.value.region, '11');
  const bad = parseDepartments('32;Gers\r\n33;Gironde;09;Nouvelle-Aquitaine;2016;999912\r\n');
  assert.deepEqual(
    bad.errors.map((e) => e.line),
    [1, 2],
  );
});
