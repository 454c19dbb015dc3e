/**
 * Builds small, hand-written data files for tests. Totals are computed from the
 * flows given (so a test states only what it is about); parents default to ten and
 * a thousand times the territory's totals.
 */
import type { FlowTriple, Level, Totals } from '../../src/data/contract.ts';

export interface DataSpec {
  level?: Level;
  code?: string;
  name?: string;
  year?: number;
  products?: Record<string, string>;
  countries?: Record<string, string>;
  export?: FlowTriple[];
  import?: FlowTriple[];
  region?: { code: string; name: string; totals?: Totals } | null;
  france?: Totals | null;
  demo?: boolean;
}

export const PRODUCTS: Record<string, string> = {
  C11Z: 'Boissons',
  A01Z: 'Produits de la culture et de l’élevage',
  C10A: 'Viande et produits à base de viande',
  C30C: 'Produits de la construction aéronautique et spatiale',
  C28A: "Machines et équipements d'usage général",
};

export const COUNTRIES: Record<string, string> = {
  ES: 'Espagne',
  DE: 'Allemagne',
  IT: 'Italie',
  US: 'Etats-Unis',
  CN: 'Chine',
  QU: 'Pays et territoires non déterminés',
};

const sum = (list: FlowTriple[]) => list.reduce((s, t) => s + t[2], 0);

export function makeData(spec: DataSpec = {}): Record<string, unknown> {
  const level = spec.level ?? 'department';
  const exp = spec.export ?? [
    ['C11Z', 'ES', 120_000_000],
    ['C11Z', 'US', 80_000_000],
    ['A01Z', 'ES', 60_000_000],
    ['C10A', 'DE', 40_000_000],
  ];
  const imp = spec.import ?? [
    ['C30C', 'US', 150_000_000],
    ['A01Z', 'ES', 30_000_000],
    ['C28A', 'DE', 25_000_000],
    ['C28A', 'CN', 10_000_000],
  ];
  const used = (i: 0 | 1) => new Set([...exp, ...imp].map((t) => t[i]));
  const pick = (all: Record<string, string>, keys: Set<string>) =>
    Object.fromEntries([...keys].map((k) => [k, all[k] ?? `Label ${k}`]));
  const totals = { export: sum(exp), import: sum(imp) };
  const times = (k: number): Totals => ({ export: totals.export * k, import: totals.import * k });
  const parents: Record<string, unknown> = {};
  if (level === 'department' && spec.region !== null) {
    const r = spec.region ?? { code: '76', name: 'Occitanie' };
    parents.region = { code: r.code, name: r.name, dgddiCode: '12', totals: r.totals ?? times(10) };
  }
  if (level !== 'france' && spec.france !== null) parents.france = { totals: spec.france ?? times(1000) };
  const territory: Record<string, unknown> = {
    level,
    code: spec.code ?? (level === 'department' ? '32' : level === 'region' ? '76' : 'FR'),
    name: spec.name ?? (level === 'department' ? 'Gers' : level === 'region' ? 'Occitanie' : 'France'),
  };
  if (level === 'department') territory.region = { code: '76', name: 'Occitanie', dgddiCode: '12' };
  return {
    schema: 1,
    year: spec.year ?? 2024,
    territory,
    totals,
    parents,
    products: spec.products ?? pick(PRODUCTS, used(0)),
    countries: spec.countries ?? pick(COUNTRIES, used(1)),
    flows: { export: exp, import: imp },
    source: {
      name: 'DGDDI — Statistiques régionales et départementales du commerce extérieur',
      licence: 'Licence Ouverte 2.0',
      url: 'https://www.data.gouv.fr/',
      demo: spec.demo ?? true,
    },
  };
}

/** A deep copy with one path changed (or deleted with `undefined`), for invalid-file tests. */
export function mutate(
  data: Record<string, unknown>,
  path: (string | number)[],
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(data);
  let node: any = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  const last = path[path.length - 1];
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}
