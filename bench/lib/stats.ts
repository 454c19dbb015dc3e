/** Small statistics and Markdown helpers for the benchmark report. */

export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

export interface Summary {
  n: number;
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    median: median(values),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** "12.3" (ms, one decimal; two under 1 ms). */
export function ms(v: number): string {
  if (!Number.isFinite(v)) return '–';
  return v < 1 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0);
}

/** "12.3 (10.1–14.0)": the median and the interquartile range. */
export function mediq(s: Summary): string {
  return `${ms(s.median)} (${ms(s.p25)}–${ms(s.p75)})`;
}

/** "12.3 kB"; `digits` decimals (one by default). */
export function kB(bytes: number, digits = 1): string {
  return `${(bytes / 1024).toFixed(digits)} kB`;
}

export function MB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function ratio(v: number): string {
  return Number.isFinite(v) ? `${v.toFixed(v < 10 ? 2 : 1)}×` : '–';
}

/** A Markdown table; `align` per column: 'l' or 'r' (default: first column left, the others right). */
export function table(head: string[], rows: Array<Array<string | number>>, align?: string): string {
  const a = align ?? `l${'r'.repeat(head.length - 1)}`;
  const sep = head.map((_, i) => (a[i] === 'r' ? '---:' : '---'));
  const line = (cells: Array<string | number>) =>
    `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(sep), ...rows.map(line)].join('\n');
}
