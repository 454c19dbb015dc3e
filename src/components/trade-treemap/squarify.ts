/**
 * Squarified treemap tiling (Bruls, Huizing & van Wijk, 2000), the same as
 * d3-hierarchy's `treemapSquarify`: tiles are laid in rows along the shorter side
 * of the space left, and a row takes tiles while its worst aspect ratio does not
 * get further from d3's target, the golden ratio.
 *
 * Why not d3-hierarchy itself: its bundle assigns prototypes at the top level, so
 * importing `treemapSquarify` alone kept the whole hierarchy module in the build:
 * 7.9 kB rendered, 1.46 kB gzip of the single-file script, against 0.24 kB for
 * this file (measured with `node scripts/size.mjs --elements`).
 * `test/unit/squarify.test.ts` checks that both give the same rectangles.
 */

/** A rectangle: left, top, right, bottom. */
export type Rect = [x0: number, y0: number, x1: number, y1: number];

const PHI = (1 + Math.sqrt(5)) / 2;

/**
 * Tiles `rect` with one rectangle per value, in the values' order, areas ∝ values.
 * Values are positive; usually descending, but not necessarily ("Autres" comes last
 * whatever its size), as with d3.
 */
export function squarify(values: readonly number[], [x0, y0, x1, y1]: Rect): Rect[] {
  const out: Rect[] = [];
  let rest = values.reduce((a, b) => a + b, 0);
  for (let i = 0, j = 0; i < values.length; i = j) {
    const dx = x1 - x0;
    const dy = y1 - y0;
    const alpha = Math.max(dy / dx, dx / dy) / (rest * PHI);
    // Values join the row (sum s, smallest lo, largest hi) while its worst aspect ratio does not get worse.
    let s = 0;
    let lo = Infinity;
    let hi = 0;
    for (let worst = Infinity; j < values.length; j++) {
      const v = values[j];
      const beta = (s + v) * (s + v) * alpha;
      const ratio = Math.max(Math.max(hi, v) / beta, beta / Math.min(lo, v));
      if (ratio > worst) break;
      worst = ratio;
      s += v;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    // The row spans the shorter side (u) and takes its share of the longer one (v).
    const dice = dx < dy;
    const [u0, u1, v0, v1] = dice ? [x0, x1, y0, y1] : [y0, y1, x0, x1];
    const v = v0 + ((v1 - v0) * s) / rest;
    for (let k = i, u = u0; k < j; k++) {
      const a = u;
      u += values[k] * ((u1 - u0) / s);
      out.push(dice ? [a, v0, u, v] : [v0, a, v, u]);
    }
    if (dice) y0 = v;
    else x0 = v;
    rest -= s;
  }
  return out;
}
