/** `<trade-treemap>`'s pure steps: the aggregation and the layout. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { FlowTriple, TradeData } from '../../../data/contract.ts';
import en from '../../../data/i18n/en.ts';
import { fr } from '../../../data/i18n/fr.ts';
import { territoryName } from '../../../data/i18n/names.ts';
import { validateTradeData } from '../../../data/validate.ts';
import { monospaceMeasure, type Measure } from '../../../layout/text.ts';
import { makeData, type DataSpec } from '../../../../test/helpers/data.ts';
import {
  MIN_FONT_SIZE,
  PAD,
  STACK_BELOW,
  fitLabel,
  layoutTreemap,
  treemapHeight,
  type TreemapLayout,
} from '../layout.ts';
import { OTHER, treemapModel, type TreemapModel } from '../model.ts';
import { treemapWords } from '../texts.ts';

const measure = monospaceMeasure();
const NNBSP = '\u202f';

/** Real A129 labels, long ones included, for codes P01…P14. */
const LABELS = [
  'Boissons',
  'Produits chimiques de base, produits azotés, matières plastiques et caoutchouc synthétique',
  'Produits de la culture et de l’élevage',
  'Viande et produits à base de viande',
  'Produits de la construction aéronautique et spatiale',
  "Machines et équipements d'usage général",
  'Préparations et conserves à base de poisson et de produits de la pêche',
  'Coutellerie, outillage, quincaillerie et ouvrages divers en métaux',
  'Produits laitiers',
  'Articles de joaillerie et bijouterie, instruments de musique',
  'Équipements électromédicaux de diagnostic et de traitement',
  'Houille',
  'Produits sylvicoles',
  'Matériaux de construction et produits minéraux divers',
];
const CODES = LABELS.map((_, i) => `C${String(i + 10).padStart(2, '0')}Z`);
const PRODUCTS = Object.fromEntries(CODES.map((c, i) => [c, LABELS[i]]));

/** One triple per product, with the given values (in M€), country ES. */
const flow = (values: number[], offset = 0): FlowTriple[] =>
  values.map((v, i) => [CODES[i + offset], 'ES', v * 1_000_000]);

function data(spec: DataSpec): TradeData {
  return validateTradeData(makeData({ products: PRODUCTS, countries: { ES: 'Espagne' }, ...spec }));
}

// 14 exported products, 6 imported (3 of them also exported).
const GERS = data({
  export: flow([200, 120, 60, 40, 30, 25, 20, 18, 15, 12, 10, 8, 5, 2]),
  import: flow([150, 90, 40, 30, 20, 5], 2),
});

describe('aggregation', () => {
  test('top 10 per flow and one "Autres" with the exact rest', () => {
    const m = treemapModel(GERS);
    assert.deepEqual(
      m.flows.map((f) => f.flow),
      ['import', 'export'],
    );
    const exp = m.flows[1];
    assert.equal(exp.items.length, 11);
    assert.deepEqual(
      exp.items.slice(0, 10).map((i) => i.code),
      CODES.slice(0, 10),
    );
    const other = exp.items[10];
    assert.equal(other.code, OTHER);
    assert.equal(other.count, 4);
    assert.equal(other.value, (10 + 8 + 5 + 2) * 1e6);
    assert.equal(exp.total, 565e6);
    assert.equal(exp.total, GERS.totals.export);
    assert.equal(
      exp.items.reduce((s, i) => s + i.value, 0),
      exp.total,
    );
    assert.equal(exp.items[0].share, 200 / 565);
    // As drawn: "Autres", the total and the share as the report writes them.
    const drawn = layoutTreemap(m, 900, measure, treemapWords(fr, GERS));
    assert.equal(drawn.tiles.find((t) => t.key === `export:${OTHER}`)!.label, 'Autres');
    assert.equal(drawn.compartments[1].totalText, '565,0\u00a0M€');
    assert.equal(drawn.tiles.find((t) => t.key === `export:${CODES[0]}`)!.shareText, `35${NNBSP}%`);
    // Imports: 6 products, nothing to group.
    assert.equal(m.flows[0].items.length, 6);
    assert.ok(m.flows[0].items.every((i) => i.code !== OTHER));
  });

  test('each product carries its value in the other flow', () => {
    const m = treemapModel(GERS);
    const imp = m.flows[0].items;
    // CODES[2] is exported for 60 M€ and imported for 150 M€.
    assert.equal(imp[0].code, CODES[2]);
    assert.equal(imp[0].other, 60e6);
    const exp = m.flows[1].items;
    assert.equal(exp[0].other, 0);
    assert.equal(exp[2].other, 150e6);
    assert.equal(exp[10].other, 0); // "Autres"
  });

  test('limit sets how many products are kept; a rest of one product is shown, not grouped', () => {
    const three = treemapModel(GERS, { limit: 3 }).flows[1];
    assert.deepEqual(
      three.items.map((i) => i.code),
      [...CODES.slice(0, 3), OTHER],
    );
    assert.equal(three.items[3].count, 11);
    assert.equal(three.items[3].value, 565e6 - 380e6);
    // 6 imports with limit 5: the sixth is named rather than hidden in "Autres (1)".
    const imp = treemapModel(GERS, { limit: 5 }).flows[0];
    assert.equal(imp.items.length, 6);
    assert.ok(imp.items.every((i) => i.code !== OTHER));
    const four = treemapModel(GERS, { limit: 4 }).flows[0];
    assert.deepEqual(
      four.items.map((i) => i.count),
      [1, 1, 1, 1, 2],
    );
  });

  test('an unusable limit falls back to 10', () => {
    for (const limit of [0, -3, Number.NaN, undefined]) {
      assert.equal(treemapModel(GERS, { limit }).flows[1].items.length, 11, String(limit));
    }
    assert.equal(treemapModel(GERS, { limit: 2.7 }).flows[1].items.length, 3);
  });

  test('ties keep a stable order, by code', () => {
    const d = data({
      export: [
        [CODES[3], 'ES', 5],
        [CODES[1], 'ES', 5],
        [CODES[2], 'ES', 5],
        [CODES[0], 'ES', 1],
      ],
      import: [],
    });
    const items = treemapModel(d, { limit: 2 }).flows[1].items;
    assert.deepEqual(
      items.map((i) => i.code),
      [CODES[1], CODES[2], OTHER],
    );
  });

  test('one product only: one item, 100 %', () => {
    const d = data({ export: [[CODES[0], 'ES', 7_000_000]], import: [[CODES[1], 'ES', 1_000_000]] });
    const exp = treemapModel(d).flows[1];
    assert.equal(exp.items.length, 1);
    assert.equal(exp.items[0].share, 1);
    assert.equal(treemapWords(fr, d).share(exp.items[0].share), `100${NNBSP}%`);
  });

  test('a zero flow has no items and a zero total; flow="export" keeps one flow', () => {
    const d = data({ export: flow([3, 2]), import: [] });
    const m = treemapModel(d);
    assert.equal(m.flows[0].flow, 'import');
    assert.equal(m.flows[0].total, 0);
    assert.deepEqual(m.flows[0].items, []);
    assert.deepEqual(
      treemapModel(d, { flow: 'export' }).flows.map((f) => f.flow),
      ['export'],
    );
    assert.deepEqual(
      treemapModel(d, { flow: 'import' }).flows.map((f) => f.flow),
      ['import'],
    );
    assert.deepEqual(
      treemapModel(d, { flow: 'both' }).flows.map((f) => f.flow),
      ['import', 'export'],
    );
  });

  test('English names', () => {
    const m = treemapModel(GERS);
    const drawn = layoutTreemap(m, 900, measure, treemapWords(en, GERS));
    assert.deepEqual(
      drawn.compartments.map((c) => c.name),
      ['Imports', 'Exports'],
    );
    assert.equal(drawn.tiles.find((t) => t.key === `export:${OTHER}`)!.label, 'Others');
    assert.equal(drawn.compartments[1].totalText, '€565.0M');
    assert.equal(drawn.tiles.find((t) => t.key === `export:${CODES[0]}`)!.shareText, '35%');
    const france = treemapModel(validateTradeData(makeData({ level: 'france' })));
    assert.equal(territoryName(france.territory, fr), 'France entière');
  });
});

// --- Layout --------------------------------------------------------------------

const area = (t: { x0: number; y0: number; x1: number; y1: number }) => (t.x1 - t.x0) * (t.y1 - t.y0);

function checkLayout(model: TreemapModel, width: number, m: Measure = measure, d: TradeData = GERS): TreemapLayout {
  const layout = layoutTreemap(model, width, m, treemapWords(fr, d));
  const numbers = JSON.stringify(layout, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? 'NaN!' : v));
  assert.ok(!numbers.includes('NaN!'), 'no NaN or Infinity');
  assert.equal(layout.width, width);
  // Every tile's area per euro is the same, across compartments (within 1 %).
  const ratios = layout.tiles.map((t) => area(t) / t.item.value);
  const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
  for (const r of ratios) assert.ok(Math.abs(r / mean - 1) < 0.01, `area/value ${r} vs ${mean}`);
  // Compartment areas in the ratio of the totals; their tiles fill them.
  const totals = Object.fromEntries(model.flows.map((f) => [f.flow, f.total]));
  for (const c of layout.compartments) {
    assert.ok(Math.abs((c.width * c.height) / totals[c.flow] / mean - 1) < 0.01, `compartment ${c.flow}`);
    const tiles = layout.tiles.filter((t) => t.flow === c.flow);
    assert.ok(Math.abs(tiles.reduce((s, t) => s + area(t), 0) / (c.width * c.height) - 1) < 1e-6);
  }
  const inside = (x0: number, y0: number, x1: number, y1: number, what: string) => {
    assert.ok(
      x0 >= -1e-6 && y0 >= -1e-6 && x1 <= layout.width + 1e-6 && y1 <= layout.height + 1e-6,
      `${what} [${x0}, ${y0}, ${x1}, ${y1}] inside ${layout.width}×${layout.height}`,
    );
  };
  for (const c of layout.compartments) {
    inside(c.x, c.y, c.x + c.width, c.y + c.height, `compartment ${c.flow}`);
    const text = `${c.name}${c.header.full ? ` — ${c.totalText}` : ''}`;
    inside(
      c.header.swatchX,
      c.header.y - layout.headerFontSize,
      c.header.x + m(text, layout.headerFontSize, 700),
      c.header.y,
      `header ${c.flow}`,
    );
    assert.ok(c.header.y <= c.y, 'header above its compartment');
  }
  for (const t of layout.tiles) {
    inside(t.x0, t.y0, t.x1, t.y1, t.key);
    assert.ok(t.fontSize >= Math.min(layout.fontSize, MIN_FONT_SIZE) && t.fontSize <= layout.fontSize, t.key);
    for (const [text, x, y] of t.lines) {
      assert.ok(
        x >= t.x0 + PAD - 1e-9 && x + m(text, t.fontSize) <= t.x1 - PAD,
        `"${text}" fits the width of ${t.key}`,
      );
      assert.ok(
        y - t.fontSize >= t.y0 && y + 0.3 * t.fontSize <= t.y1 - PAD + 1e-9,
        `"${text}" fits the height of ${t.key}`,
      );
    }
    // A drawn number fits its tile: its width, and 1 em above and 0.3 em below its baseline.
    const n = t.number;
    if (n?.drawn) {
      const half = m(String(n.value), n.fontSize) / 2;
      assert.ok(n.x - half >= t.x0 && n.x + half <= t.x1, `number ${n.value} fits the width of ${t.key}`);
      assert.ok(n.y - n.fontSize >= t.y0 && n.y + 0.3 * n.fontSize <= t.y1, `number ${n.value} fits ${t.key}`);
    }
  }
  // Every tile has its share among its lines, or a number and a line in the key.
  const numbered = layout.tiles.filter((t) => t.number);
  assert.deepEqual(
    numbered.map((t) => t.number!.value),
    numbered.map((_, i) => i + 1),
    'numbers 1, 2, 3… in the tiles’ order',
  );
  assert.deepEqual(
    layout.key.map((entry) => entry.key),
    numbered.map((t) => t.key),
  );
  for (const t of layout.tiles) {
    if (t.number) {
      assert.deepEqual(t.lines, [], t.key);
      const entry = layout.key.find((e) => e.key === t.key)!;
      assert.equal(entry.flow, t.flow);
      assert.equal(
        entry.lines.map((l) => l[0]).join(' '),
        `${t.number.value}. ${t.label} — ${t.shareText}`,
        `${t.key} in the key`,
      );
    } else {
      const last = t.lines.at(-1)?.[0] ?? '';
      assert.ok(t.share && (last === t.shareText || last.endsWith(` ${t.shareText}`)), `${t.key}: ${last}`);
    }
  }
  // The key: under the tiles, each line within the width, the chart's height grown to hold it.
  const tilesBottom = Math.max(0, ...layout.tiles.map((t) => t.y1));
  for (const entry of layout.key) {
    inside(0, entry.swatchY, 11, entry.swatchY + 11, `swatch of ${entry.key}`);
    assert.ok(entry.swatchY > tilesBottom, 'the key is under the tiles');
    for (const [text, x, y] of entry.lines) inside(x, y - layout.fontSize, x + m(text, layout.fontSize), y, text);
  }
  const lastLine = layout.key.at(-1)?.lines.at(-1);
  assert.equal(
    layout.height,
    !layout.tiles.length
      ? 0
      : lastLine
        ? Math.ceil(lastLine[2] + 0.3 * layout.fontSize)
        : treemapHeight(width, layout.stacked),
  );
  return layout;
}

describe('layout', () => {
  const model = treemapModel(GERS);

  for (const width of [320, 480, 600, 900, 1200]) {
    test(`${width} px: areas proportional, boxes inside, labels fit`, () => {
      const layout = checkLayout(model, width);
      assert.equal(layout.stacked, width < STACK_BELOW);
      assert.equal(layout.tiles.length, 17);
      assert.ok(
        layout.tiles.some((t) => t.share),
        'some tiles show their share',
      );
    });
  }

  test('side by side when wide: imports left, one height, widths in the ratio of the totals', () => {
    const layout = checkLayout(model, 900);
    const [imp, exp] = layout.compartments;
    assert.deepEqual([imp.flow, exp.flow], ['import', 'export']);
    assert.equal(imp.y, exp.y);
    assert.equal(imp.height, exp.height);
    assert.ok(imp.x + imp.width < exp.x);
    assert.ok(Math.abs(exp.width / imp.width - 565 / 335) < 1e-9);
    assert.equal(exp.x + exp.width, 900);
  });

  test('stacked when narrow: one width, heights in the ratio of the totals', () => {
    const layout = checkLayout(model, 320);
    const [imp, exp] = layout.compartments;
    assert.equal(imp.width, 320);
    assert.equal(exp.width, 320);
    assert.ok(imp.y + imp.height < exp.y - 10, 'the exports header sits between them');
    assert.ok(Math.abs(exp.height / imp.height - 565 / 335) < 1e-9);
  });

  test('stacked even when wide if one flow is too small for its header beside the other', () => {
    const tiny = treemapModel(data({ export: flow([500]), import: flow([4], 1) }));
    const layout = checkLayout(tiny, 900);
    assert.equal(layout.stacked, true);
    assert.ok(layout.compartments.every((c) => c.header.full));
    // The tiny flow keeps its proportional (thin) compartment: its tile, too thin for text or even
    // for its number, is the key's first line.
    const imp = layout.compartments[0];
    assert.ok(imp.height < 10);
    const [tile] = layout.tiles.filter((t) => t.flow === 'import');
    assert.deepEqual(tile.lines, []);
    assert.equal(tile.number?.drawn, false);
    assert.deepEqual(
      layout.key.map((entry) => entry.lines.map(([text]) => text)),
      [[`1. ${LABELS[1]} — 100${NNBSP}%`]],
    );
  });

  test('a zero flow gets no compartment and a note in its place', () => {
    const m = treemapModel(data({ export: flow([30, 20, 10]), import: [] }));
    for (const width of [320, 900]) {
      const layout = checkLayout(m, width);
      assert.deepEqual(
        layout.compartments.map((c) => c.flow),
        ['export'],
      );
      assert.equal(layout.compartments[0].width, width);
      assert.deepEqual(
        layout.notes.map((n) => n.flow),
        ['import'],
      );
      assert.ok(layout.notes[0].y < layout.compartments[0].header.y);
      assert.ok(layout.tiles.every((t) => t.flow === 'export'));
    }
  });

  test('both flows zero: nothing drawn, no NaN', () => {
    const m = treemapModel(data({ export: [], import: [] }));
    const layout = checkLayout(m, 600);
    assert.equal(layout.height, 0);
    assert.deepEqual(layout.tiles, []);
  });

  test('one product only fills its compartment', () => {
    const m = treemapModel(data({ export: flow([7]), import: [] }), { flow: 'export' });
    const layout = checkLayout(m, 600);
    const [t] = layout.tiles;
    assert.deepEqual([t.x0, t.y0, t.x1, t.y1], [0, layout.compartments[0].y, 600, layout.height]);
    assert.deepEqual(
      t.lines.map((l) => l[0]),
      [`Boissons — 100${NNBSP}%`],
    );
  });

  test('many products (limit 40) and a larger font keep every invariant', () => {
    const big = treemapModel(GERS, { limit: 40 });
    checkLayout(big, 700);
    const layout = layoutTreemap(big, 700, measure, treemapWords(fr, GERS), { scale: 1.5 });
    assert.equal(layout.fontSize, 20);
  });
});

describe('label fitting', () => {
  const fontSize = 12;
  const label = 'Produits de la culture et de l’élevage';
  const share = `32${NNBSP}%`;
  /** The width of a tile whose text width is that of `text` at `size` (PAD each side, and 1 px). */
  const tileWidth = (text: string, size = fontSize) => 2 * PAD + 1 + measure(text, size);
  /** The height of a tile with room for `lines` lines at 12 px (1 em above the first baseline, 0.3 em below). */
  const tileHeight = (lines: number) => 2 * PAD + 1.3 * fontSize + (lines - 1) * 15;
  const fit = (text: string, width: number, height: number, size = fontSize) =>
    fitLabel(text, share, width, height, size, measure);

  test('a large tile shows the label and the share on its last line', () => {
    assert.deepEqual(fit('Boissons', 200, 60), { lines: [`Boissons — ${share}`], fontSize });
  });

  test('long labels wrap on word boundaries; the share takes its own line when needed', () => {
    assert.deepEqual(fit(label, tileWidth('Produits de la culture'), 200), {
      lines: ['Produits de la culture', `et de l’élevage — ${share}`],
      fontSize,
    });
    assert.deepEqual(fit(label, tileWidth('Produits de la'), 200).lines, [
      'Produits de la',
      'culture et de',
      'l’élevage',
      share,
    ]);
  });

  // At 760 px, the tall narrow tile of the Gers' fourth import had no text at all.
  test('a tall narrow tile uses its height: a word or two per line', () => {
    assert.deepEqual(fit(label, tileWidth('l’élevage'), 300), {
      lines: ['Produits', 'de la', 'culture', 'et de', 'l’élevage', share],
      fontSize,
    });
  });

  test('the whole label one px smaller, then two, before shortening it; never under 10 px', () => {
    const tall = tileHeight(4);
    assert.deepEqual(fit('Boissons', tileWidth('Boissons', 11), tall), {
      lines: ['Boissons', share],
      fontSize: 11,
    });
    assert.deepEqual(fit('Boissons', tileWidth('Boissons', 10), tall).fontSize, 10);
    // 9 px would show it whole: 10 px shortens it instead ("Boiss…" at 12 px, the largest size).
    assert.deepEqual(fit('Boissons', tileWidth('Boissons', 9), tall), {
      lines: ['Boiss…', share],
      fontSize: 12,
    });
    // From 11 px, one px only; from 10 px or less, none; from 14 px, two.
    assert.equal(fit('Boissons', tileWidth('Boissons', 10), tall, 11).fontSize, 10);
    assert.equal(fit('Boissons', tileWidth('Boissons', 9), tall, 11).fontSize, 11);
    assert.equal(fit('Boissons', tileWidth('Boissons', 9), tall, 9).fontSize, 9);
    assert.equal(fit('Boissons', tileWidth('Boissons', 12), tall, 14).fontSize, 12);
    assert.equal(fit('Boissons', tileWidth('Boissons', 11), tall, 14).fontSize, 14);
  });

  test('shortened with "…" on a word boundary, the share kept on the same line', () => {
    const aircraft = 'Produits de la construction aéronautique et spatiale';
    const oneLine = fit(aircraft, tileWidth(`Produits de la construction… ${share}`), tileHeight(1));
    assert.deepEqual(oneLine, { lines: [`Produits de la construction… ${share}`], fontSize });
    // On a later line: the lines that fit, then the rest shortened.
    const car = 'Produits de la construction automobile';
    assert.deepEqual(fit(car, tileWidth('Produits de la constr…'), tileHeight(2)).lines, [
      'Produits de la',
      `construction… ${share}`,
    ]);
    assert.deepEqual(fit('Viande et produits à base de viande', tileWidth('Viande et…'), 100).lines, [
      'Viande et',
      'produits à',
      'base de',
      'viande',
      share,
    ]);
  });

  test('the share after the "…", or on a line of its own; at the size that shows the most words', () => {
    const aircraft = 'Produits de la construction aéronautique et spatiale';
    assert.deepEqual(fit(aircraft, tileWidth('Produits de la'), tileHeight(2)), {
      lines: ['Produits de', `la… ${share}`],
      fontSize,
    });
    // "construction… 32 %" is too wide: the share below it. At 12 px, "Produits de | la | construction…"
    // would take a line more than the tile has; at 11 px, the same words take two lines.
    assert.deepEqual(fit(aircraft, tileWidth('construction…'), tileHeight(3)), {
      lines: ['Produits de la', 'construction…', share],
      fontSize: 11,
    });
  });

  test('a word wider than the tile ends the label before it; only the first word is cut inside', () => {
    // "construction" is wider than the tile at every size: the label stops before it.
    assert.deepEqual(fit('Produits de la construction aéronautique', tileWidth('Produits'), tileHeight(5)), {
      lines: ['Produits', 'de la…', share],
      fontSize,
    });
    // A little wider, it fits at 10 px: shown there.
    assert.deepEqual(fit('Produits de la construction aéronautique', tileWidth('Produits de'), tileHeight(4)), {
      lines: ['Produits de', 'la', 'construction…', share],
      fontSize: 10,
    });
    // The first word is wider than the tile: "Téléph…", rather than the share alone.
    assert.deepEqual(fit('Téléphones et équipements de communication', tileWidth('Télépho'), 100), {
      lines: ['Téléph…', share],
      fontSize,
    });
    // "Boissons" fits the tile's width, but not beside the share: one line, "Boiss… 32 %" (at 10 px, the smallest).
    assert.deepEqual(fit('Boissons', tileWidth(`Boiss… ${share}`, 10), tileHeight(1), 10).lines, [`Boiss… ${share}`]);
    // From 12 px, 10 px shows it whole beside the share.
    assert.deepEqual(fit('Boissons', tileWidth(`Boiss… ${share}`), tileHeight(1)), {
      lines: [`Boissons ${share}`],
      fontSize: 10,
    });
    // Never fewer than three letters before "…": no "Bo…".
    assert.deepEqual(fit('Boissons', tileWidth('Bo…'), 100).lines, []);
  });

  test('the share alone when not even a shortened word fits beside it; nothing when the share does not fit', () => {
    assert.deepEqual(fit('Boissons', tileWidth(share), tileHeight(1)), { lines: [share], fontSize });
    // Narrower, or a px too short for a line at 12 px: smaller.
    assert.deepEqual(fit('Boissons', tileWidth(share, 11), tileHeight(1)).fontSize, 11);
    assert.deepEqual(fit('Boissons', 200, tileHeight(1) - 1), {
      lines: [`Boissons — ${share}`],
      fontSize: 11,
    });
    // Not even the share at 10 px: nothing (the layout numbers the tile).
    const none = { lines: [], fontSize };
    assert.deepEqual(fit('Boissons', tileWidth(share, 10) - 1, tileHeight(1)), none);
    assert.deepEqual(fit('Boissons', 200, 2 * PAD + 1.3 * MIN_FONT_SIZE - 1), none);
  });

  test('for every tile size: the share, after the label whole or cut on a word, every line inside the tile', () => {
    const labels = [
      label,
      'Boissons',
      'Produits chimiques de base, produits azotés, matières plastiques et caoutchouc synthétique',
      'Téléphones et équipements de communication',
      'Autres',
    ];
    for (const text of labels) {
      for (let width = 0; width <= 300; width += 7) {
        for (let height = 0; height <= 150; height += 5) {
          const r = fit(text, width, height);
          const what = `${text} in ${width}×${height}: ${JSON.stringify(r)}`;
          assert.ok(r.fontSize >= 10 && r.fontSize <= 12, what);
          const maxLines = Math.floor((height - 2 * PAD - 1.3 * r.fontSize) / Math.round(r.fontSize * 1.25)) + 1;
          assert.ok(r.lines.length <= Math.max(0, maxLines), what);
          for (const l of r.lines) assert.ok(measure(l, r.fontSize) <= width - 2 * PAD, what);
          if (!r.lines.length) continue;
          // The label's part: the lines without the share, a start of the label.
          const body = r.lines.join(' ').slice(0, -share.length).trimEnd().replace(/ —$/, '');
          const cut = body.endsWith('…');
          const shown = cut ? body.slice(0, -1) : body;
          assert.ok(text.startsWith(shown), what);
          if (!cut && shown) assert.equal(shown, text, what);
          // A cut inside a word: only the first word.
          if (cut && /[^\s,;:–—-]/.test(text[shown.length])) assert.ok(!shown.includes(' '), what);
        }
      }
    }
  });
});

// --- The demo data -----------------------------------------------------------------

/** A file of the bundled demo data (public/data/2024/), validated as the loader does. */
const demo = (path: string): TradeData =>
  validateTradeData(
    JSON.parse(readFileSync(new URL(`../../../../public/data/2024/${path}.json`, import.meta.url), 'utf8')),
  );

describe('every tile readable: its text, or a number and the key under the chart (demo data)', () => {
  const FILES = [
    'departments/32',
    'departments/13',
    'departments/75',
    'departments/971',
    'departments/20',
    'departments/99',
    'regions/76',
    'france',
  ];
  for (const width of [320, 375, 760, 1000]) {
    test(`${width} px: the share among each tile's lines, or its number in the key; all within the chart`, () => {
      let numbered = 0;
      for (const file of FILES) {
        const d = demo(file);
        for (const flow of [undefined, 'export'] as const) {
          const layout = checkLayout(treemapModel(d, { flow }), width, measure, d);
          numbered += layout.key.length;
          // The share stays whole on a line of the key: "— 0,97 %" is never split.
          for (const entry of layout.key) {
            const tile = layout.tiles.find((t) => t.key === entry.key)!;
            assert.ok(
              entry.lines.some(([text]) => text.endsWith(`— ${tile.shareText}`)),
              JSON.stringify(entry),
            );
          }
        }
      }
      // Narrow charts have tiles too small for text.
      if (width < 400) assert.ok(numbered > 10, `${numbered} tiles numbered`);
    });
  }

  // The issue: in a 760 px column, the Gers' fourth import (a tall narrow tile) had no text, and
  // four export tiles had none at all.
  test('the Gers at 728 and 760 px: the tall narrow tile of its fourth import shows its label and share', () => {
    const d = demo('departments/32');
    for (const width of [728, 760]) {
      const layout = checkLayout(treemapModel(d), width, measure, d);
      const fourth = layout.tiles.filter((t) => t.flow === 'import')[3];
      assert.ok(fourth.y1 - fourth.y0 > 2 * (fourth.x1 - fourth.x0), 'tall and narrow');
      const lines = fourth.lines.map(([text]) => text);
      assert.ok(lines.length >= 2 && lines[0].startsWith('Télé'), JSON.stringify(lines));
      assert.ok(lines.at(-1)!.endsWith(fourth.shareText));
      const exports = layout.tiles.filter((t) => t.flow === 'export');
      assert.ok(exports.every((t) => t.lines.length || t.number));
    }
  });

  test('fast: each tile measures its text a few dozen times at most', () => {
    const d = demo('france');
    for (const width of [320, 760]) {
      let measured = 0;
      const counting: Measure = (text, size, weight) => {
        measured++;
        return measure(text, size, weight);
      };
      const layout = layoutTreemap(treemapModel(d, { limit: 40 }), width, counting, treemapWords(fr, d));
      assert.ok(measured / layout.tiles.length < 80, `${width} px: ${measured} measures, ${layout.tiles.length} tiles`);
    }
  });
});

describe('keyboard', () => {
  // The arrow keys follow the tiles' order (the base's linear navigation): imports, then exports,
  // each by decreasing value, "Autres" last: the order of the table and of the summary.
  for (const width of [320, 900]) {
    test(`${width} px: tiles in the order of the model, imports first`, () => {
      const model = treemapModel(GERS);
      const layout = layoutTreemap(model, width, measure, treemapWords(fr, GERS));
      assert.deepEqual(
        layout.tiles.map((t) => t.key),
        model.flows.flatMap((f) => f.items.map((i) => `${f.flow}:${i.code}`)),
      );
      assert.equal(layout.tiles[0].key, `import:${CODES[2]}`);
      assert.equal(layout.tiles.at(-1)!.key, `export:${OTHER}`);
    });
  }
});
