/** The sankey's graph (aggregation) and layout: pure functions, no DOM. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import type { FlowTriple, TradeData } from '../../../data/contract.ts';
import en from '../../../data/i18n/en.ts';
import { fr } from '../../../data/i18n/fr.ts';
import { territoryName } from '../../../data/i18n/names.ts';
import { validateTradeData } from '../../../data/validate.ts';
import { monospaceMeasure } from '../../../layout/text.ts';
import { makeData, type DataSpec } from '../../../../test/helpers/data.ts';
import { estimateHeight, layoutSankey, type SankeyLayout } from '../layout.ts';
import { sankeyModel } from '../model.ts';
import { sankeyWords } from '../texts.ts';

const data = (spec: DataSpec): TradeData => validateTradeData(makeData(spec));

/** 14 products × 13 countries, long-tailed, with some ties and holes: deterministic. */
function richFlows(): FlowTriple[] {
  const out: FlowTriple[] = [];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let p = 0; p < 14; p++) {
    for (let c = 0; c < 13; c++) {
      if ((p + c) % 3 === 1 && p + c > 2) continue;
      out.push([
        `P${String(p).padStart(2, '0')}`,
        `K${String(c).padStart(2, '0')}`,
        Math.round((1e8 / (p + 1) / (c + 1) ** 0.8) * (0.5 + rnd())),
      ]);
    }
  }
  return out;
}
const rich = (extra: DataSpec = {}) =>
  data({
    export: richFlows(),
    import: richFlows().map(([p, c, v]) => [p, c, Math.round(v / 2)] as FlowTriple),
    ...extra,
  });

/** Independent sums, for checking. */
function sums(flows: FlowTriple[], i: 0 | 1): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of flows) if (f[2] > 0) m.set(f[i], (m.get(f[i]) ?? 0) + f[2]);
  return m;
}
function topCodes(flows: FlowTriple[], i: 0 | 1, n: number): string[] {
  return [...sums(flows, i)]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map((e) => e[0]);
}

describe('the graph', () => {
  test('exports: top 10 products on the left, top 10 countries on the right, "Autres" last on each side', () => {
    const d = rich();
    const m = sankeyModel(d, { flow: 'export' });
    const flows = d.flows.export;
    assert.deepEqual(
      m.left.map((n) => n.id),
      [...topCodes(flows, 0, 10).map((c) => `p:${c}`), 'p:*'],
    );
    assert.deepEqual(
      m.right.map((n) => n.id),
      [...topCodes(flows, 1, 10).map((c) => `c:${c}`), 'c:*'],
    );
    assert.ok(m.left.every((n) => n.kind === 'product' && n.side === 'left'));
    assert.ok(m.right.every((n) => n.kind === 'country' && n.side === 'right'));
    assert.equal(m.left.at(-1)!.count, 4);
    assert.equal(m.right.at(-1)!.count, 3);
    assert.equal(sankeyWords(fr, d).nodeName(m.left.at(-1)!), 'Autres (4)');
  });

  test('the product "Autres" and the country "Autres" are distinct nodes; links go left to right (no cycle)', () => {
    const m = sankeyModel(rich(), { flow: 'export' });
    const left = new Set(m.left.map((n) => n.id));
    const right = new Set(m.right.map((n) => n.id));
    assert.equal([...left].filter((id) => right.has(id)).length, 0);
    assert.ok(m.links.every((l) => left.has(l.source) && right.has(l.target)));
    assert.ok(m.links.some((l) => l.id === 'l:p:*>c:*'));
  });

  test('the "Autres" accounting is exact to the euro: links add up to the total and to each node', () => {
    for (const flow of ['export', 'import'] as const) {
      const d = rich();
      const m = sankeyModel(d, { flow });
      const sum = (ls: { value: number }[]) => ls.reduce((s, l) => s + l.value, 0);
      assert.equal(sum(m.links), d.totals[flow]);
      assert.equal(m.total, d.totals[flow]);
      for (const n of m.left) assert.equal(sum(m.links.filter((l) => l.source === n.id)), n.value, n.id);
      for (const n of m.right) assert.equal(sum(m.links.filter((l) => l.target === n.id)), n.value, n.id);
      // "Autres" products: everything beyond the top 10, computed here.
      const top = new Set(topCodes(d.flows[flow], 0, 10));
      const rest = d.flows[flow].filter((f) => !top.has(f[0])).reduce((s, f) => s + f[2], 0);
      assert.equal([...m.left, ...m.right].find((n) => n.id === 'p:*')!.value, rest);
    }
  });

  test('imports are the mirror: countries on the left, products on the right, links from country to product', () => {
    const d = rich();
    const m = sankeyModel(d, { flow: 'import' });
    assert.deepEqual(
      m.left.map((n) => n.id),
      [...topCodes(d.flows.import, 1, 10).map((c) => `c:${c}`), 'c:*'],
    );
    assert.deepEqual(
      m.right.map((n) => n.id),
      [...topCodes(d.flows.import, 0, 10).map((c) => `p:${c}`), 'p:*'],
    );
    assert.ok(m.links.every((l) => l.source.startsWith('c:') && l.target.startsWith('p:')));
  });

  test('zero-value flows are left out: no zero link, no node without links', () => {
    const d = data({
      export: [
        ['C11Z', 'ES', 100],
        ['C11Z', 'US', 0],
        ['A01Z', 'DE', 0],
        ['C10A', 'ES', 50],
      ],
    });
    const m = sankeyModel(d, { flow: 'export' });
    assert.deepEqual(
      m.left.map((n) => n.code),
      ['C11Z', 'C10A'],
    );
    assert.deepEqual(
      m.right.map((n) => n.code),
      ['ES'],
    );
    assert.ok(m.links.every((l) => l.value > 0));
    assert.equal(m.links.length, 2);
  });

  test('fewer than 10 products or countries: no "Autres" node', () => {
    const m = sankeyModel(data({}), { flow: 'export' });
    assert.ok(![...m.left, ...m.right].some((n) => n.code === '*'));
    assert.equal(m.left.length, 3);
    assert.equal(m.right.length, 3);
  });

  test('equal values keep a stable order (by code), whatever the order of the file', () => {
    const flows: FlowTriple[] = [
      ['C11Z', 'US', 10],
      ['A01Z', 'ES', 10],
      ['C10A', 'DE', 10],
      ['C10A', 'IT', 5],
    ];
    const a = sankeyModel(data({ export: flows }), { flow: 'export' });
    const b = sankeyModel(data({ export: [...flows].reverse() }), { flow: 'export' });
    assert.deepEqual(
      a.left.map((n) => n.code),
      ['C10A', 'A01Z', 'C11Z'],
    );
    assert.deepEqual(
      a.right.map((n) => n.code),
      ['DE', 'ES', 'US', 'IT'],
    );
    assert.deepEqual(b, a);
  });

  test('the highlighted links are the largest individual flows, never from or to "Autres", ties stable', () => {
    for (const flow of ['export', 'import'] as const) {
      for (const n of [5, 3, 0]) {
        const d = rich();
        const m = sankeyModel(d, { flow, highlight: n, limit: 6 });
        const products = new Set(topCodes(d.flows[flow], 0, 6));
        const countries = new Set(topCodes(d.flows[flow], 1, 6));
        const expected = d.flows[flow]
          .filter(([p, c, v]) => v > 0 && products.has(p) && countries.has(c))
          .sort((a, b) => b[2] - a[2])
          .slice(0, n)
          .map(([p, c]) => (flow === 'export' ? `l:p:${p}>c:${c}` : `l:c:${c}>p:${p}`));
        assert.deepEqual(
          m.highlights.map((l) => l.id),
          expected,
          `${flow} ${n}`,
        );
        assert.deepEqual(
          m.links
            .filter((l) => l.highlighted)
            .map((l) => l.id)
            .sort(),
          [...expected].sort(),
        );
      }
    }
    // Ties: value, then source code, then target code.
    const tied = sankeyModel(
      data({
        export: [
          ['C11Z', 'US', 10],
          ['C11Z', 'ES', 10],
          ['A01Z', 'US', 10],
        ],
      }),
      { highlight: 2 },
    );
    assert.deepEqual(
      tied.highlights.map((l) => l.id),
      ['l:p:A01Z>c:US', 'l:p:C11Z>c:ES'],
    );
  });

  test('a flow into "Autres" is never highlighted, even the largest one', () => {
    // C11Z (20) outranks A01Z (15) and ES (15) outranks US and DE (10): with a top 1,
    // A01Z → ES, the largest single flow, goes from "Autres" to ES.
    const flows: FlowTriple[] = [
      ['C11Z', 'US', 10],
      ['C11Z', 'DE', 10],
      ['A01Z', 'ES', 15],
    ];
    const m = sankeyModel(data({ export: flows }), { limit: 1, highlight: 5 });
    assert.deepEqual(
      m.links.map((l) => [l.id, l.value, l.highlighted]),
      [
        ['l:p:C11Z>c:*', 20, false],
        ['l:p:*>c:ES', 15, false],
      ],
    );
    assert.equal(m.highlights.length, 0);
  });

  test('limit sets the top N; invalid values fall back to the defaults', () => {
    const d = rich();
    assert.equal(sankeyModel(d, { limit: 3 }).left.length, 4);
    assert.equal(sankeyModel(d, { limit: Number.NaN }).left.length, 11);
    assert.equal(sankeyModel(d, { limit: 0 }).left.length, 11);
    assert.equal(sankeyModel(d, { highlight: -1 }).highlights.length, 5);
  });

  test('shares of the region and of France for a department, of France for a region, none for France', () => {
    const dep = sankeyModel(
      data({
        region: { code: '76', name: 'Occitanie', totals: { export: 4e9, import: 1e9 } },
        france: { export: 8e10, import: 1e10 },
      }),
    );
    assert.equal(dep.total, 300_000_000);
    const sum = 300_000_000;
    assert.equal(dep.regionName, 'Occitanie');
    assert.equal(dep.regionShare, sum / 4e9);
    assert.equal(dep.franceShare, sum / 8e10);
    const reg = sankeyModel(data({ level: 'region' }));
    assert.equal(reg.regionShare, undefined);
    assert.equal(reg.franceShare, 1 / 1000);
    const france = sankeyModel(data({ level: 'france' }));
    assert.equal(france.regionShare, undefined);
    assert.equal(france.franceShare, undefined);
    assert.equal(territoryName(france.territory, fr), 'France entière');
  });

  test('English country names, and "Others"', () => {
    const richData = rich({ countries: undefined });
    const m = sankeyModel(richData, { limit: 2 });
    assert.equal(sankeyWords(en, richData).nodeName(m.left.at(-1)!), 'Others (12)');
    const d = data({});
    assert.deepEqual(
      sankeyModel(d).right.map((n) => sankeyWords(en, d).nodeName(n)),
      ['Spain', 'United States', 'Germany'],
    );
  });
});

// --- Layout ------------------------------------------------------------------

const measure = monospaceMeasure();

function finite(value: unknown, path = 'layout'): void {
  if (typeof value === 'number') assert.ok(Number.isFinite(value), `${path} is ${value}`);
  else if (typeof value === 'string')
    assert.ok(!value.includes('NaN') && !value.includes('Infinity'), `${path}: ${value}`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) finite(v, `${path}.${k}`);
}

/** Every node, link and label inside [0, width] × [0, height]. */
function inside(l: SankeyLayout): void {
  const { width: W, height: H } = l;
  const eps = 0.01;
  for (const n of l.nodes) {
    assert.ok(
      n.x0 >= -eps && n.x1 <= W + eps && n.y0 >= -eps && n.y1 <= H + eps,
      `node ${n.id} at ${n.x0},${n.y0}–${n.x1},${n.y1}`,
    );
    const w = Math.max(measure(n.name, l.fontSize), measure(n.valueText, l.fontSize - 1));
    const end = (n.side === 'right') === l.inner;
    const [a, b] = end ? [n.labelX - w, n.labelX] : [n.labelX, n.labelX + w];
    assert.ok(a >= -eps && b <= W + eps, `label ${n.id} from ${a} to ${b} (width ${W})`);
    assert.ok(
      n.labelY - l.labelHeight / 2 >= -eps && n.labelY + l.labelHeight / 2 <= H + eps,
      `label ${n.id} at y ${n.labelY}`,
    );
  }
  for (const k of l.links) {
    const nums = k.d.match(/-?[\d.]+/g)!.map(Number);
    for (let i = 0; i < nums.length; i += 2) {
      assert.ok(nums[i] >= -eps && nums[i] <= W + eps, `link ${k.id} x ${nums[i]}`);
      assert.ok(
        nums[i + 1] - k.width / 2 >= -0.02 && nums[i + 1] + k.width / 2 <= H + 0.02,
        `link ${k.id} y ${nums[i + 1]}`,
      );
    }
  }
}

describe('the layout', () => {
  const longNames = rich({
    products: Object.fromEntries(richFlows().map((f) => [f[0], `Produits ${f[0]} ${'très '.repeat(12)}longs`])),
  });
  const cases: [string, TradeData, 'export' | 'import'][] = [
    ['export', rich(), 'export'],
    ['import', rich(), 'import'],
    ['small', data({}), 'export'],
    ['single flow', data({ export: [['C11Z', 'ES', 1000]] }), 'export'],
    ['long names', longNames, 'export'],
  ];
  /** Each case: its name, its model, and the words of its file in French. */
  const models = cases.map(([name, d, flow]) => [name, sankeyModel(d, { flow }), sankeyWords(fr, d)] as const);

  for (const [name, model, words] of models) {
    for (const width of [320, 600, 1200]) {
      test(`${name} at ${width} px: no NaN, everything inside the box, labels apart`, () => {
        const l = layoutSankey(model, width, measure, words);
        finite(l);
        assert.equal(l.width, width);
        assert.ok(l.height >= 260);
        assert.equal(l.nodes.length, model.left.length + model.right.length);
        assert.equal(l.links.length, model.links.length);
        inside(l);
        for (const side of ['left', 'right']) {
          const col = l.nodes.filter((n) => n.side === side);
          for (let i = 1; i < col.length; i++)
            assert.ok(
              col[i].labelY - col[i - 1].labelY >= l.labelHeight - 0.02,
              `${side} labels ${i - 1} and ${i} overlap`,
            );
        }
      });
    }
  }

  test('link widths are proportional to values; links out of and into a node add up to its height', () => {
    for (const [name, model, words] of models) {
      for (const width of [320, 1200]) {
        const l = layoutSankey(model, width, measure, words);
        const k = l.links.reduce((s, x) => s + x.width, 0) / l.links.reduce((s, x) => s + x.value, 0);
        for (const link of l.links)
          assert.ok(
            Math.abs(link.width - link.value * k) <= 0.01,
            `${name}: ${link.id} ${link.width} vs ${link.value * k}`,
          );
        for (const n of l.nodes) {
          const mine = l.links.filter((x) => (n.side === 'left' ? x.source : x.target) === n.id);
          const sum = mine.reduce((s, x) => s + x.width, 0);
          assert.ok(Math.abs(sum - (n.y1 - n.y0)) <= 0.5, `${name} ${n.id}: links ${sum}, node ${n.y1 - n.y0}`);
        }
      }
    }
  });

  test('node order is kept: value descending, "Autres" last, top to bottom', () => {
    for (const [, model, words] of models) {
      const l = layoutSankey(model, 900, measure, words);
      for (const [side, col] of [
        ['left', model.left],
        ['right', model.right],
      ] as const) {
        const drawn = l.nodes.filter((n) => n.side === side);
        assert.deepEqual(
          drawn.map((n) => n.id),
          col.map((n) => n.id),
        );
        for (let i = 1; i < drawn.length; i++)
          assert.ok(drawn[i].y0 >= drawn[i - 1].y1, `${drawn[i].id} below ${drawn[i - 1].id}`);
      }
    }
  });

  test('links start and end inside their nodes', () => {
    for (const [name, model, words] of models) {
      const l = layoutSankey(model, 700, measure, words);
      const node = new Map(l.nodes.map((n) => [n.id, n]));
      for (const k of l.links) {
        const n = k.d.match(/-?[\d.]+/g)!.map(Number);
        const [s, t] = [node.get(k.source)!, node.get(k.target)!];
        assert.ok(Math.abs(n[0] - s.x1) < 0.1 && Math.abs(n[6] - t.x0) < 0.1, `${name} ${k.id} x`);
        assert.ok(
          n[1] - k.width / 2 >= s.y0 - 0.02 && n[1] + k.width / 2 <= s.y1 + 0.02,
          `${name} ${k.id} leaves ${s.id}`,
        );
        assert.ok(
          n[7] - k.width / 2 >= t.y0 - 0.02 && n[7] + k.width / 2 <= t.y1 + 0.02,
          `${name} ${k.id} enters ${t.id}`,
        );
      }
    }
  });

  test('links leave a node in the order of their targets, and enter it in the order of their sources', () => {
    const d = rich();
    const model = sankeyModel(d, { flow: 'export' });
    const l = layoutSankey(model, 900, measure, sankeyWords(fr, d));
    const y = (k: (typeof l.links)[number], i: 0 | 1) => Number(k.d.match(/-?[\d.]+/g)![i === 0 ? 1 : 7]);
    const pos = new Map(l.nodes.map((n) => [n.id, n.order]));
    for (const n of l.nodes) {
      const out = l.links.filter((k) => k.source === n.id).sort((a, b) => y(a, 0) - y(b, 0));
      assert.deepEqual(
        out.map((k) => pos.get(k.target)),
        [...out.map((k) => pos.get(k.target)!)].sort((a, b) => a - b),
      );
      const inn = l.links.filter((k) => k.target === n.id).sort((a, b) => y(a, 1) - y(b, 1));
      assert.deepEqual(
        inn.map((k) => pos.get(k.source)),
        [...inn.map((k) => pos.get(k.source)!)].sort((a, b) => a - b),
      );
    }
  });

  test('highlighted links are drawn last (on top); names too long are shortened with "…"', () => {
    const [, model, words] = models[4];
    const l = layoutSankey(model, 900, measure, words);
    const first = l.links.findIndex((k) => k.highlighted);
    assert.ok(first > 0 && l.links.slice(first).every((k) => k.highlighted));
    assert.equal(l.links.filter((k) => k.highlighted).length, 5);
    assert.ok(l.nodes.some((n) => n.name.endsWith('…') && n.name.length < words.nodeName(n).length));
    assert.ok(l.nodes.filter((n) => n.kind === 'country').every((n) => !n.name.endsWith('…')));
  });

  test('narrow widths put the labels on the inner side', () => {
    const [, model, words] = models[0];
    assert.equal(layoutSankey(model, 320, measure, words).inner, true);
    assert.equal(layoutSankey(model, 900, measure, words).inner, false);
  });

  test('no flow: an empty layout, no error', () => {
    const d = data({ export: [['C11Z', 'ES', 0]] });
    const l = layoutSankey(sankeyModel(d, { flow: 'export' }), 600, measure, sankeyWords(fr, d));
    assert.equal(l.nodes.length + l.links.length, 0);
    finite(l);
  });

  test('the loading placeholder is as tall as the chart, which is never shorter', () => {
    const [, model, words] = models[0];
    for (const width of [320, 900]) {
      const h = layoutSankey(model, width, measure, words).height;
      const e = estimateHeight(width);
      assert.ok(h >= e && (h - e) / h < 0.1, `${width}: estimated ${e}, drawn ${h}`);
      // With fewer nodes on a side, the chart keeps the placeholder's height (more space between nodes).
      assert.equal(layoutSankey(model, width, measure, words, 30).height, estimateHeight(width, 30));
    }
  });
});

describe('names told apart at phone widths', () => {
  test('on every department of the demo data, at 320 and 375 px, no two nodes of a column read the same', () => {
    const folder = 'public/data/2024/departments';
    for (const file of readdirSync(folder)) {
      const d = validateTradeData(JSON.parse(readFileSync(`${folder}/${file}`, 'utf8')));
      for (const flow of ['export', 'import'] as const) {
        for (const width of [320, 375]) {
          const layout = layoutSankey(sankeyModel(d, { flow }), width, measure, sankeyWords(fr, d));
          for (const side of ['left', 'right']) {
            const column = layout.nodes.filter((n) => n.side === side);
            const shown = new Set(column.map((n) => n.name));
            assert.equal(shown.size, column.length, `${file} ${flow} ${width} px ${side}: ${[...shown].join(' | ')}`);
          }
        }
      }
    }
  });
});
