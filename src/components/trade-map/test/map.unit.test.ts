/** `<trade-map>`'s pure steps: the partners and their classes, the map file, and the layout. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TradeData } from '../../../data/contract.ts';
import { validateTradeData } from '../../../data/validate.ts';
import { monospaceMeasure } from '../../../layout/text.ts';
import { makeData, type DataSpec } from '../../../../test/helpers/data.ts';
import { MAP_IDS, WITHOUT_SHAPE } from '../country-ids.ts';
import { parseGeo, parseTotals, type GeoFile } from '../geo.ts';
import { LABELLED, layoutMap, overlaps, placeLabels, type MapWords } from '../layout.ts';
import {
  SEQUENTIAL_CLASSES,
  breaks,
  classOf,
  classesFor,
  franceModel,
  mapModel,
  niceFloor,
  type MapFlow,
} from '../model.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const M = 1_000_000;
const data = (spec: DataSpec = {}): TradeData => validateTradeData(makeData(spec));
const world: GeoFile = parseGeo(JSON.parse(readFileSync(join(ROOT, 'public/data/geo/world.json'), 'utf8')));
const hasShape = (code: string) => Object.hasOwn(world.shapes, code);
const measure = monospaceMeasure();
const words: MapWords = {
  countryName: (code) => `Country ${code}`,
  euros: (value) => `${value / M} M€`,
  range: (min, max) => `${min / M}–${max / M}`,
};

describe('classes', () => {
  test('nice numbers: 1, 2 or 5 × 10ⁿ, never above the value', () => {
    assert.deepEqual([7, 19, 20, 0.3, 4_999_999, 5_000_000].map(niceFloor), [5, 10, 20, 0.2, 2_000_000, 5_000_000]);
    assert.equal(niceFloor(0), 0);
  });

  test('breaks at the quintiles, rounded down to nice numbers, without repeats', () => {
    // 10 values 1…10 M€: quintile positions 2, 4, 6, 8 → 3, 5, 7, 9 M€ → 2, 5, 5, 5 M€ → [2, 5] M€.
    const values = Array.from({ length: 10 }, (_, i) => (i + 1) * M);
    assert.deepEqual(breaks(values, 5), [2 * M, 5 * M]);
    assert.deepEqual(breaks([3 * M], 5), []);
    assert.deepEqual(breaks([], 5), []);
  });

  test('a value on a break goes to the class above it; the largest is in the last class', () => {
    const classes = classesFor(
      [1, 10, 100, 1000, 10_000].map((v) => v * M),
      false,
    );
    // positions 1, 2, 3, 4 → 10, 100, 1000, 10 000 M€
    assert.deepEqual(
      classes.map((c) => [c.min / M, c.max / M]),
      [
        [0, 10],
        [10, 100],
        [100, 1000],
        [1000, 10_000],
        [10_000, Infinity],
      ],
    );
    assert.equal(classOf(10 * M, classes), 1);
    assert.equal(classOf(9.99 * M, classes), 0);
    assert.equal(classOf(10_000 * M, classes), 4);
  });

  test('diverging: deficits and surpluses mirror each other around a class for zero', () => {
    const classes = classesFor([-30 * M, -3 * M, 0, 1 * M, 20 * M, 40 * M], true);
    assert.deepEqual(
      classes.map((c) => c.tone),
      [-3, -2, -1, 0, 1, 2, 3],
    );
    // |values| > 0: 1, 3, 20, 30, 40 → thirds at positions 1, 3 → 3, 30 → nice 2, 20.
    assert.deepEqual(
      classes.map((c) => [c.min / M, c.max / M]),
      [
        [-Infinity, -20],
        [-20, -2],
        [-2, -0],
        [0, 0],
        [0, 2],
        [2, 20],
        [20, Infinity],
      ],
    );
    assert.equal(classes[classOf(-30 * M, classes)].tone, -3);
    assert.equal(classes[classOf(-20 * M, classes)].tone, -3);
    assert.equal(classes[classOf(-3 * M, classes)].tone, -2);
    assert.equal(classes[classOf(0, classes)].tone, 0);
    assert.equal(classes[classOf(40 * M, classes)].tone, 3);
  });
});

describe('model', () => {
  // Exports ES 180, US 80, DE 40 (300); imports US 150, ES 30, DE 25, CN 10 (215), in M€; QU has no shape.
  const withUnknown = () =>
    data({
      export: [
        ['C11Z', 'ES', 180 * M],
        ['C11Z', 'US', 80 * M],
        ['C10A', 'DE', 40 * M],
        ['C10A', 'QU', 1234],
      ],
    });

  test('partners ranked by value, the first in the strongest class, codes without a shape listed', () => {
    const m = mapModel(withUnknown(), 'export', hasShape);
    assert.deepEqual(
      m.rows.map((r) => [r.code, r.value, r.drawn]),
      [
        ['ES', 180 * M, true],
        ['US', 80 * M, true],
        ['DE', 40 * M, true],
        ['QU', 1234, false],
      ],
    );
    assert.equal(m.classes[m.rows[0].klass].tone, Math.max(...m.classes.map((c) => c.tone)));
    assert.equal(m.total, 300 * M + 1234);
  });

  test('the balance: every partner of either flow, by the size of its balance', () => {
    const m = mapModel(data(), 'balance', hasShape);
    // ES +150, US −70, DE +15, CN −10.
    assert.deepEqual(
      m.rows.map((r) => [r.code, r.value / M]),
      [
        ['ES', 150],
        ['US', -70],
        ['DE', 15],
        ['CN', -10],
      ],
    );
    assert.equal(m.total, 85 * M);
    assert.ok(m.classes[m.rows[1].klass].tone < 0);
  });

  for (const flow of ['export', 'import', 'balance'] as MapFlow[])
    test(`no euro lost (${flow}): the map and its list hold the territory's total, on every demo department`, () => {
      const folder = join(ROOT, 'public/data/2024/departments');
      for (const file of readdirSync(folder)) {
        const d = validateTradeData(JSON.parse(readFileSync(join(folder, file), 'utf8')));
        const m = mapModel(d, flow, hasShape);
        const drawn = m.rows.filter((r) => r.drawn).reduce((sum, r) => sum + r.value, 0);
        const listed = m.rows.filter((r) => !r.drawn).reduce((sum, r) => sum + r.value, 0);
        const expected = flow === 'balance' ? d.totals.export - d.totals.import : d.totals[flow];
        assert.equal(drawn + listed, expected, file);
        // Every partner with a value has a class, or a line in the list.
        for (const row of m.rows) assert.ok(row.klass >= 0 && (row.drawn ? hasShape(row.code) : true), row.code);
      }
    });
});

describe('country codes and the map file', () => {
  const dgddi = readFileSync(join(ROOT, 'data/dgddi/Libelle_PAYS.txt'), 'utf8')
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => line.split(';'));
  const inUse = [...new Set(dgddi.filter((line) => line[3]?.trim() === '999912').map((line) => line[0]))];

  test('every DGDDI code in use has a map id or is known to have no shape', () => {
    for (const code of inUse)
      if (code !== 'FR')
        assert.ok(Object.hasOwn(MAP_IDS, code) || WITHOUT_SHAPE.includes(code), `${code} is in the table`);
  });

  test('hand-checked ids: ISO 3166 numeric, and DGDDI’s own codes', () => {
    const checked = { FR: '250', DE: '276', ES: '724', US: '840', CN: '156', GB: '826', GR: '300', XS: '688' };
    for (const [code, id] of Object.entries(checked)) assert.equal(MAP_IDS[code], id, code);
    assert.equal(MAP_IDS.XK, 'XKX');
    for (const code of ['QU', 'QV', 'XC', 'XL', 'EU', 'QP']) assert.ok(!Object.hasOwn(MAP_IDS, code), code);
  });

  test('no two codes share an id', () => {
    const ids = Object.values(MAP_IDS);
    assert.equal(new Set(ids).size, ids.length);
  });

  test('the file: shapes keyed by DGDDI code, France’s overseas departments split out, no Antarctica', () => {
    for (const code of ['DE', 'ES', 'US', 'CN', 'XK', 'XS', 'GF', 'GP', 'MQ', 'RE', 'YT', 'SG', 'MT', 'HK'])
      assert.ok(hasShape(code), code);
    for (const code of ['AQ', 'QU', 'XC', 'XL']) assert.ok(!hasShape(code), code);
    for (const code of Object.keys(world.shapes)) assert.ok(Object.hasOwn(MAP_IDS, code), code);
    // Equal Earth's aspect ratio is 2.05:1 with Antarctica; without it, the frame is shallower.
    assert.equal(world.width, 2000);
    assert.ok(world.height > 800 && world.height < 975, String(world.height));
    // France (metropolitan) lies east of Spain's centre and north of it.
    assert.ok(world.shapes.FR.x > world.shapes.ES.x && world.shapes.FR.y < world.shapes.ES.y);
    // French Guiana is in South America: west of and below France.
    assert.ok(world.shapes.GF.x < world.shapes.FR.x - 300 && world.shapes.GF.y > world.shapes.FR.y + 300);
  });

  test('the file is small: at most 60 kB gzip', async () => {
    const { gzipSync } = await import('node:zlib');
    const bytes = gzipSync(readFileSync(join(ROOT, 'public/data/geo/world.json')), { level: 9 }).length;
    assert.ok(bytes <= 60 * 1024, `${bytes} bytes`);
  });

  test('a file that is not a map is refused', () => {
    assert.throws(() => parseGeo({ shapes: [] }), /map file/);
    assert.throws(() => parseGeo({ credit: 'x', width: 1, height: 1, shapes: { DE: { d: 1, x: 0, y: 0 } } }), /DE/);
  });
});

describe('layout', () => {
  test('the frame scaled to the width; partners in keyboard order by value; five value labels', () => {
    const m = mapModel(
      data({
        export: ['ES', 'US', 'DE', 'IT', 'CN', 'BR', 'QU'].map((code, i) => ['C11Z', code, (70 - i * 10) * M]),
      }),
      'export',
      hasShape,
    );
    const layout = layoutMap(m, world, 1000, measure, words);
    assert.equal(layout.scale, 0.5);
    assert.equal(layout.mapHeight, Math.round(world.height / 2));
    assert.deepEqual(layout.keys, ['ES', 'US', 'DE', 'IT', 'CN', 'BR']);
    assert.equal(layout.labels.length, LABELLED);
    assert.deepEqual(
      layout.labels.map((l) => l.text),
      ['Country ES 70 M€', 'Country US 60 M€', 'Country DE 50 M€', 'Country IT 40 M€', 'Country CN 30 M€'],
    );
    // Points in px, to a tenth.
    const tenth = (value: number) => Math.round(value * 5) / 10;
    assert.deepEqual(layout.points.ES, { x: tenth(world.shapes.ES.x), y: tenth(world.shapes.ES.y) });
    for (const [i, a] of layout.labels.entries())
      for (const b of layout.labels.slice(i + 1)) assert.ok(!overlaps(a.box, b.box), `${a.key} ${b.key}`);
    // The legend is under the map, and the whole chart holds it.
    assert.ok(layout.legend.every((item) => item.y > layout.mapHeight && item.y + 10 <= layout.height));
    // Narrow: the value alone.
    assert.equal(layoutMap(m, world, 375, measure, words).labels[0].text, '70 M€');
  });

  test('labels stay in the frame and apart, with a leader line when moved away', () => {
    const near = ['A', 'B', 'C'].map((key) => ({ key, x: 100, y: 50, text: key, width: 60 }));
    const labels = placeLabels(near, { width: 300, height: 200 });
    for (const [i, a] of labels.entries()) {
      assert.ok(a.box.x >= 0 && a.box.x + a.box.width <= 300 && a.box.y >= 0 && a.box.y + a.box.height <= 200);
      for (const b of labels.slice(i + 1)) assert.ok(!overlaps(a.box, b.box));
    }
    assert.equal(labels[0].leader, undefined);
    assert.ok(labels[2].leader);
  });
});

describe('France', () => {
  const france: GeoFile = parseGeo(JSON.parse(readFileSync(join(ROOT, 'public/data/geo/france.json'), 'utf8')));
  const totals = parseTotals(JSON.parse(readFileSync(join(ROOT, 'public/data/2024/territories.json'), 'utf8')));
  const gers = { level: 'department', name: 'Gers' } as const;

  test('the file: 96 departments with 2A and 2B, the five overseas, 18 regions, at most 60 kB gzip', async () => {
    const codes = Object.keys(france.shapes);
    assert.equal(codes.length, 101);
    for (const code of ['01', '2A', '2B', '32', '95', '971', '972', '973', '974', '976'])
      assert.ok(codes.includes(code), code);
    assert.ok(!codes.includes('20') && !codes.includes('99'));
    assert.deepEqual(Object.keys(france.regions ?? {}).sort(), [
      '01',
      '02',
      '03',
      '04',
      '06',
      '11',
      '24',
      '27',
      '28',
      '32',
      '44',
      '52',
      '53',
      '75',
      '76',
      '84',
      '93',
      '94',
    ]);
    assert.equal(france.insets?.length, 5);
    assert.equal(france.shapes['32'].region, '76');
    assert.equal(france.shapes['2A'].region, '94');
    assert.equal(france.licence, 'CC BY 4.0');
    const { gzipSync } = await import('node:zlib');
    const bytes = gzipSync(readFileSync(join(ROOT, 'public/data/geo/france.json')), { level: 9 }).length;
    assert.ok(bytes <= 60 * 1024, `${bytes} bytes`);
  });

  test('every department is drawn; 2A and 2B take Corse’s single figure; Monaco is listed', () => {
    const m = franceModel(gers, 2024, totals.departments, 'export', france.shapes, { level: 'department' });
    const drawn = m.rows.filter((row) => row.drawn).map((row) => row.code);
    assert.equal(drawn.length, 101);
    const corse = totals.departments['20'][0];
    assert.equal(m.rows.find((row) => row.code === '2A')?.value, corse);
    assert.equal(m.rows.find((row) => row.code === '2B')?.value, corse);
    assert.deepEqual(
      m.rows.filter((row) => !row.drawn).map((row) => row.code),
      ['99'],
    );
    // The total counts Corse once.
    const expected = Object.values(totals.departments).reduce((sum, [exp]) => sum + exp, 0);
    assert.equal(m.total, expected);
    // The first has the strongest class (up to five: fewer when nice breaks coincide).
    assert.equal(m.classes[m.rows[0].klass].tone, m.classes.length);
    assert.ok(m.classes.length <= SEQUENTIAL_CLASSES);
  });

  test('a region: its departments only; France: its 18 regions', () => {
    const occitanie = franceModel(gers, 2024, totals.departments, 'balance', france.shapes, {
      level: 'department',
      region: '76',
    });
    assert.deepEqual(occitanie.rows.map((row) => row.code).sort(), [
      '09',
      '11',
      '12',
      '30',
      '31',
      '32',
      '34',
      '46',
      '48',
      '65',
      '66',
      '81',
      '82',
    ]);
    const regions = franceModel(gers, 2024, totals.regions, 'import', france.regions ?? {}, { level: 'region' });
    assert.equal(regions.rows.filter((row) => row.drawn).length, 18);
  });

  test('the legend: every class of the scale, end to end, those no shape is in dimmed (Occitanie’s balance)', () => {
    const occitanie = franceModel(gers, 2024, totals.departments, 'balance', france.shapes, {
      level: 'department',
      region: '76',
    });
    const shapes = Object.fromEntries(Object.entries(france.shapes).filter(([, shape]) => shape.region === '76'));
    const layout = layoutMap(occitanie, { ...france, shapes, insets: [] }, 375, measure, words);
    const { classes } = occitanie;
    assert.deepEqual(
      layout.legend.map((item) => item.klass),
      classes.map((_, index) => index),
    );
    // Each range starts where the one before it ends (−0 and 0 alike).
    for (const [index, item] of layout.legend.entries())
      if (index) assert.ok(classes[item.klass].min === classes[layout.legend[index - 1].klass].max, item.text);
    const used = new Set(occitanie.rows.map((row) => row.klass));
    assert.deepEqual(
      layout.legend.map((item) => item.empty),
      classes.map((_, index) => !used.has(index)),
    );
    // The demo's Occitanie has no department between −200 and −100 M€, nor at zero.
    assert.deepEqual(
      layout.legend.filter((item) => item.empty).map((item) => item.text),
      ['-200–-100', '0–0'],
    );
  });

  test('the totals file: every demo department and region, with its name', () => {
    assert.equal(Object.keys(totals.departments).length, 101);
    assert.equal(Object.keys(totals.regions).length, 18);
    const gersFile = JSON.parse(readFileSync(join(ROOT, 'public/data/2024/departments/32.json'), 'utf8')) as TradeData;
    assert.deepEqual(totals.departments['32'], [gersFile.totals.export, gersFile.totals.import, 'Gers']);
  });
});
