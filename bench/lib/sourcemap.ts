/**
 * Maps a position in a built file back to its source file, through the build's
 * source map (the unminified profile build has them), so that a CPU profile can be
 * read by source: lit, src/layout/sankey.ts, src/data/format.ts…
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map(Array.from(B64).map((c, i) => [c, i]));

/** Decodes one segment of base64 VLQs. */
function vlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const d = DIGIT.get(c)!;
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

interface Decoded {
  sources: string[];
  /** Per generated line: [generated column, source index, source line] sorted by column. */
  lines: Array<Array<[number, number, number]>>;
}

function decode(map: { sources: string[]; mappings: string }): Decoded {
  const lines: Decoded['lines'] = [];
  // The fields a segment gives that are kept: source index and source line (the
  // source column and the name index are not needed here).
  let src = 0;
  let srcLine = 0;
  for (const line of map.mappings.split(';')) {
    const segs: Array<[number, number, number]> = [];
    let col = 0;
    for (const s of line.split(',')) {
      if (!s) continue;
      const v = vlq(s);
      col += v[0];
      if (v.length >= 4) {
        src += v[1];
        srcLine += v[2];
        segs.push([col, src, srcLine]);
      }
    }
    lines.push(segs);
  }
  return { sources: map.sources, lines };
}

export type Resolve = (url: string, line: number, column: number) => { file: string; line: number } | undefined;

/**
 * A resolver for URLs under `prefix` served from `dir`: reads `<file>.map`, and
 * names sources relative to the project (`src/…`, `node_modules/lit-html/…`).
 */
export function resolver(prefix: string, dir: string, root: string): Resolve {
  const maps = new Map<string, Decoded | null>();
  return (url, line, column) => {
    const path = url.replace(/^https?:\/\/[^/]+/, '');
    if (!path.startsWith(`${prefix}/`)) return undefined;
    const file = join(dir, path.slice(prefix.length + 1));
    let d = maps.get(file);
    if (d === undefined) {
      d = existsSync(`${file}.map`) ? decode(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null;
      maps.set(file, d);
    }
    if (!d) return undefined;
    const segs = d.lines[line] ?? [];
    let hit: [number, number, number] | undefined;
    for (const s of segs) {
      if (s[0] > column) break;
      hit = s;
    }
    hit ??= segs.at(0);
    if (!hit) return undefined;
    const source = d.sources[hit[1]]
      .replace(/^(\.\.\/)+/, '')
      .replace(`${root}/`, '')
      .replace(/^.*node_modules\//, 'node_modules/');
    return { file: source, line: hit[2] + 1 };
  };
}
