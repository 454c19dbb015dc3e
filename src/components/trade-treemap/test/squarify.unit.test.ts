/** The squarified tiling of `<trade-treemap>`, and d3-hierarchy's `treemapSquarify` as its reference. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { treemapSquarify } from 'd3-hierarchy';
import { squarify, type Rect } from '../squarify.ts';

const INPUTS: [string, number[], Rect][] = [
  ['one value', [7], [0, 25, 600, 400]],
  ['two values, wide', [3, 1], [0, 0, 900, 300]],
  ['equal values, tall', [5, 5, 5, 5, 5, 5, 5], [10, 20, 130, 500]],
  ['a report-like flow (M€)', [200, 120, 60, 40, 30, 25, 20, 18, 15, 12, 25], [0, 0, 520, 400]],
  ['one dominant value', [1000, 3, 2, 1, 1], [0, 0, 320, 200]],
  [
    'euros, many products',
    [
      684_600_000, 93_000_000, 75_500_000, 61_200_000, 50_000_000, 41_000_000, 33_300_000, 30_100_000, 12_700_000,
      9_800_000, 5_000_000, 1_200_000, 700_000, 5_000,
    ],
    [12.5, 40.25, 987.75, 611.5],
  ],
  ['a thin compartment', [4, 3, 2, 1], [0, 100, 900, 106]],
  // "Autres" comes last whatever its size: the values are not always descending.
  ['a large last value', [150, 93, 75, 61, 50, 41, 33, 30, 12, 9, 185], [0, 0, 512, 497]],
  ['a large last value, tall', [40, 30, 20, 10, 120], [0, 0, 200, 600]],
];

const rand = (seed: number) => () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
for (let n = 1; n <= 6; n++) {
  const r = rand(n);
  const values = Array.from({ length: 3 + 7 * n }, () => Math.round(1 + r() * 10 ** (1 + 6 * r()))).sort(
    (a, b) => b - a,
  );
  INPUTS.push([`random ${n}`, values, [0, 0, 200 + 800 * r(), 200 + 400 * r()]]);
}

const area = ([x0, y0, x1, y1]: Rect) => (x1 - x0) * (y1 - y0);
/** The area two rectangles share. */
const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));

function d3Squarify(values: number[], [x0, y0, x1, y1]: Rect): Rect[] {
  const parent = {
    value: values.reduce((a, b) => a + b, 0),
    children: values.map((value) => ({ value, x0: 0, y0: 0, x1: 0, y1: 0 })),
  };
  treemapSquarify(parent as never, x0, y0, x1, y1);
  return parent.children.map((c) => [c.x0, c.y0, c.x1, c.y1]);
}

describe('squarify', () => {
  for (const [name, values, rect] of INPUTS) {
    test(`${name}: areas ∝ values, the rectangle tiled without gap or overlap, d3's rectangles`, () => {
      const out = squarify(values, rect);
      assert.equal(out.length, values.length);
      const sum = values.reduce((a, b) => a + b, 0);
      const k = area(rect) / sum;
      // Floating-point tolerance on coordinates.
      const eps = 1e-9 * Math.max(rect[2] - rect[0], rect[3] - rect[1]);
      out.forEach((r, i) => {
        assert.ok(r[0] <= r[2] && r[1] <= r[3], `rectangle ${i} is well formed`);
        assert.ok(Math.abs(area(r) / (values[i] * k) - 1) < 1e-9, `area ${i}: ${area(r)} vs ${values[i] * k}`);
        assert.ok(
          r[0] >= rect[0] - eps && r[1] >= rect[1] - eps && r[2] <= rect[2] + eps && r[3] <= rect[3] + eps,
          `rectangle ${i} inside`,
        );
        for (let j = 0; j < i; j++)
          assert.ok(overlap(r, out[j]) <= 1e-9 * area(rect), `rectangles ${j} and ${i} do not overlap`);
      });
      // Inside, no overlap and the areas add up: the tiles cover the parent.
      assert.ok(Math.abs(out.reduce((s, r) => s + area(r), 0) / area(rect) - 1) < 1e-12);
      // The outer edges are reached.
      for (const e of [0, 1, 2, 3])
        assert.ok(
          out.some((r) => Math.abs(r[e] - rect[e]) <= eps),
          `edge ${e}`,
        );
      // The reference: d3-hierarchy's treemapSquarify.
      const ref = d3Squarify(values, rect);
      out.forEach((r, i) => {
        r.forEach((v, e) => {
          assert.ok(Math.abs(v - ref[i][e]) <= eps, `rectangle ${i}, coordinate ${e}: ${v} vs d3's ${ref[i][e]}`);
        });
      });
    });
  }

  test('tiles are squarish, not slivers: 25 equal values in a square', () => {
    // Slicing would give 25 strips of 1:25; rows aimed at the golden ratio stay close to it.
    for (const [x0, y0, x1, y1] of squarify(Array(25).fill(1), [0, 0, 500, 500])) {
      const w = x1 - x0;
      const h = y1 - y0;
      assert.ok(Math.max(w / h, h / w) < 3, `${w} × ${h}`);
    }
  });

  test('no values, no rectangles', () => {
    assert.deepEqual(squarify([], [0, 0, 100, 100]), []);
  });
});
