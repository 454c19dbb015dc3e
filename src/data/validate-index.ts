/**
 * Validation of `<base>/index.json`, the list of years and territories: loaded on
 * demand (see ../lazy.ts), since a widget needs the index only to explain a file
 * that is missing, for the report's year picker, and for a data folder written
 * before `latest/` existed. The structure is checked with validate.ts's readers,
 * then the rules no schema can say (checks.ts).
 */
import type { DataIndex, IndexTerritory, Level } from './contract.ts';
import { checkIndex } from './checks.ts';
import { TradeError, type Problem } from './errors.ts';
import {
  code,
  copy,
  fail,
  get,
  isObject,
  kind,
  label,
  root,
  run,
  schema,
  show,
  source,
  year,
  type Obj,
} from './validate.ts';

function territories(holder: Obj, key: 'departments' | 'regions', level: Level): IndexTerritory[] {
  const list = get(holder, key, 'territories', 'array', true) ?? [];
  return list.map((item, i) => {
    const itemPath = `territories.${key}[${i}]`;
    if (!isObject(item)) fail('type', itemPath, 'object', kind(item));
    const out: IndexTerritory = { code: code(item, itemPath, level), name: label(item, 'name', itemPath) };
    copy(out, item, 'region', itemPath, 'string');
    return out;
  });
}

/** Checks `<base>/index.json`. */
export function validateIndex(json: unknown, url?: string): DataIndex {
  return run(url, () => {
    const file = root(json);
    const version = schema(file);
    const listed = get(file, 'years', '', 'array');
    if (!listed.length) fail('empty', 'years');
    const years = listed
      .map((_, i) => {
        const value = year(listed, i, 'years');
        // Each once: the schema's uniqueItems.
        if (listed.indexOf(value) < i) fail('duplicate', `years[${i}]`, undefined, value);
        return value;
      })
      .sort((a, b) => a - b);
    const latest = year(file, 'latest', '');
    const territoryLists = get(file, 'territories', '', 'object');
    const index: DataIndex = {
      schema: version,
      years,
      latest,
      territories: {
        departments: territories(territoryLists, 'departments', 'department'),
        regions: territories(territoryLists, 'regions', 'region'),
        france: get(territoryLists, 'france', 'territories', 'boolean', true) ?? false,
      },
      source: source(file),
    };
    if (get(file, 'series', '', 'boolean', true)) index.series = true;
    checkIndex(index, fail, show);
    return index;
  });
}

/** A territory asked for, and the attribute that asked. */
interface Asked {
  level: Level;
  code: string;
  attribute: string;
}

/** Says precisely what is missing when the index lacks the year or the territory. */
export function checkInIndex(index: DataIndex, req: Asked, year: number, url: string): void {
  const t = index.territories;
  const list = req.level === 'department' ? t.departments : req.level === 'region' ? t.regions : null;
  const problem: Problem | undefined = !index.years.includes(year)
    ? { code: 'unknown-year', path: 'year', expected: index.years.join(', '), found: String(year) }
    : (list ? !list.some((x) => x.code === req.code) : !t.france)
      ? { code: 'unknown-territory', path: req.attribute, found: req.code }
      : undefined;
  if (problem) throw new TradeError('not-found', { url, problem });
}
