/** `<trade-treemap>`'s pure steps: the aggregation and the layout. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { FlowTriple, TradeData } from '../../../data/contract.ts';
import en from '../../../data/i18n/en.ts';
import { fr } from '../../../data/i18n/fr.ts';
import { territoryName } from '../../../data/i18n/names.ts';
import { validateTradeData } from '../../../data/validate.ts';
import { monospaceMeasure, type Measure } from '../../../layout/text.ts';
import { makeData, type DataSpec } from '../../../../test/helpers/data.ts';
import { PAD, STACK_BELOW, fitLabel, layoutTreemap, type TreemapLayout } from '../layout.ts';
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
    for (const [text, x, y] of t.lines) {
      assert.ok(
        x >= t.x0 + PAD - 1e-9 && x + m(text, layout.fontSize) <= t.x1 - PAD,
        `"${text}" fits the width of ${t.key}`,
      );
      assert.ok(
        y - layout.fontSize >= t.y0 && y + 0.3 * layout.fontSize <= t.y1 - PAD + 1e-9,
        `"${text}" fits the height of ${t.key}`,
      );
    }
  }
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
    // The tiny flow keeps its proportional (thin) compartment, and drops its labels.
    const imp = layout.compartments[0];
    assert.ok(imp.height < 10);
    assert.deepEqual(
      layout.tiles.filter((t) => t.flow === 'import').map((t) => t.lines),
      [[]],
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
  const lineHeight = 15;
  const label = 'Produits de la culture et de l’élevage';
  const share = `32${NNBSP}%`;

  test('a large tile shows the label and the share on its last line', () => {
    const r = fitLabel('Boissons', share, 200, 60, fontSize, measure);
    assert.deepEqual(r, { lines: [`Boissons — ${share}`], share: true });
  });

  test('long labels wrap on word boundaries; the share takes its own line when needed', () => {
    const tileWidth = (text: string) => 2 * PAD + 1 + measure(text, fontSize);
    assert.deepEqual(fitLabel(label, share, tileWidth('Produits de la culture'), 200, fontSize, measure), {
      lines: ['Produits de la culture', `et de l’élevage — ${share}`],
      share: true,
    });
    assert.deepEqual(fitLabel(label, share, tileWidth('Produits de la'), 200, fontSize, measure), {
      lines: ['Produits de la', 'culture et de', 'l’élevage', share],
      share: true,
    });
  });

  test('the share is dropped before the label, then the label', () => {
    const wordWidth = 2 * PAD + 1 + measure('Boissons', fontSize);
    // Room for one line: "Boissons" fits, "Boissons — 32 %" does not.
    const oneLine = 2 * PAD + 1.3 * fontSize;
    assert.deepEqual(fitLabel('Boissons', share, wordWidth, oneLine, fontSize, measure), {
      lines: ['Boissons'],
      share: false,
    });
    // Two lines: the share goes below.
    assert.deepEqual(fitLabel('Boissons', share, wordWidth, oneLine + lineHeight, fontSize, measure), {
      lines: ['Boissons', share],
      share: true,
    });
    // Too short for a line: nothing.
    assert.deepEqual(fitLabel('Boissons', share, wordWidth, oneLine - 1, fontSize, measure), {
      lines: [],
      share: false,
    });
    // Too narrow for a meaningful part of the label (the first word): nothing, rather than "Bo…" or "Boisso…".
    assert.deepEqual(fitLabel('Boissons', share, 2 * PAD + 1 + measure('Bo…', fontSize), 100, fontSize, measure), {
      lines: [],
      share: false,
    });
    assert.deepEqual(fitLabel('Boissons', share, 2 * PAD + 1 + measure('Boisso…', fontSize), 100, fontSize, measure), {
      lines: [],
      share: false,
    });
    // A long label that does not fit whole is shortened with "…", without the share.
    const r = fitLabel(
      label,
      share,
      2 * PAD + 1 + measure('Produits de la', fontSize),
      oneLine + lineHeight,
      fontSize,
      measure,
    );
    assert.equal(r.share, false);
    assert.equal(r.lines.length, 2);
    assert.ok(r.lines[1].endsWith('…'));
  });

  test('a label is shortened after its first word at least, else left out', () => {
    const oneLine = 2 * PAD + 1.3 * fontSize;
    const tileWidth = (text: string) => 2 * PAD + 1 + measure(text, fontSize);
    assert.deepEqual(
      fitLabel('Viande et produits à base de viande', share, tileWidth('Viande et…'), oneLine, fontSize, measure).lines,
      ['Viande et…'],
    );
    assert.deepEqual(
      fitLabel('Produits de la construction automobile', share, tileWidth('Produits de…'), oneLine, fontSize, measure)
        .lines,
      ['Produits de…'],
    );
    assert.deepEqual(
      fitLabel(
        'Produits de la construction automobile',
        share,
        tileWidth('Produits de la constr…'),
        oneLine,
        fontSize,
        measure,
      ).lines,
      ['Produits de la…'],
    );
    assert.deepEqual(
      fitLabel(
        'Produits chimiques de base, produits azotés',
        share,
        tileWidth('Produits chimiques…'),
        oneLine,
        fontSize,
        measure,
      ).lines,
      ['Produits chimiques…'],
    );
    // The first word does not fit: no "Machi…", "Articl…".
    assert.deepEqual(
      fitLabel('Machines et équipements', share, tileWidth('Machi…'), oneLine, fontSize, measure).lines,
      [],
    );
    assert.deepEqual(
      fitLabel('Articles de joaillerie', share, tileWidth('Articl…'), oneLine, fontSize, measure).lines,
      [],
    );
    // On a later line: the lines that fit, then the rest shortened.
    assert.deepEqual(
      fitLabel(
        'Produits de la construction automobile',
        share,
        tileWidth('Produits de la'),
        oneLine + lineHeight,
        fontSize,
        measure,
      ).lines,
      ['Produits de la', 'construction…'],
    );
  });

  test('whenever the share shows, the whole label shows (sizes from 0 to 300 px)', () => {
    for (let width = 0; width <= 300; width += 7) {
      for (let height = 0; height <= 120; height += 5) {
        const r = fitLabel(label, share, width, height, fontSize, measure);
        if (r.share) assert.equal(r.lines.join(' ').replace(` — ${share}`, '').replace(` ${share}`, ''), label);
        for (const l of r.lines) assert.ok(measure(l, fontSize) <= width - 2 * PAD, `${l} in ${width}`);
        assert.ok(r.lines.length <= Math.max(0, Math.floor((height - 2 * PAD - 1.3 * fontSize) / lineHeight) + 1));
      }
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
