/**
 * Validation of a series file (`<base>/series/…`, see contract.ts): the structure
 * with validate.ts's readers, then the rules no schema can say: both flows of a
 * series have the same length, a quarter is missing in both flows or in neither,
 * a year is exactly the sum of its four quarters (null when one is missing), the
 * items of `top` have as many values as `years` and a label. Only `<trade-trend>`
 * reads series, so only its module carries this code.
 */
import { FLOWS, SERIES_SCHEMA_VERSION, type Flow, type Level, type TradeSeries } from './contract.ts';
import { ITEM_CODE } from './codes.ts';
import {
  amount,
  code,
  copy,
  fail,
  get,
  isObject,
  kind,
  label,
  labels,
  region,
  root,
  run,
  show,
  source,
  year,
  type Obj,
} from './validate.ts';

const LEVELS: readonly Level[] = ['department', 'region', 'france'];
/** At most this many periods in a list: 250 years of quarters. */
export const MAX_PERIODS = 1000;
/** At most this many items per flow in `top`. */
const MAX_TOP = 5;

/** A list of euros or nulls. */
function values(holder: Obj, key: string, path: string): (number | null)[] {
  const list = get(holder, key, path, 'array');
  const listPath = `${path}.${key}`;
  if (list.length > MAX_PERIODS) fail('too-many', listPath, MAX_PERIODS, list.length);
  return list.map((item, i) => (item === null ? null : amount(list, i, listPath)));
}

function flowsOf(holder: Obj, path: string): Record<Flow, (number | null)[]> {
  const out = { export: values(holder, 'export', path), import: values(holder, 'import', path) };
  if (out.import.length !== out.export.length)
    fail('total-mismatch', `${path}.import`, `${out.export.length} values`, `${out.import.length} values`);
  out.export.forEach((v, i) => {
    if ((v === null) !== (out.import[i] === null))
      fail('type', `${path}.${v === null ? 'import' : 'export'}[${i}]`, 'null', 'number');
  });
  return out;
}

function items(holder: Obj, key: string, path: string, count: number, named: Record<string, string>) {
  const byFlow = get(holder, key, path, 'object');
  const out = {} as Record<Flow, TradeSeries['top']['partners']['export']>;
  for (const flow of FLOWS) {
    const flowPath = `${path}.${key}.${flow}`;
    const list = get(byFlow, flow, `${path}.${key}`, 'array');
    if (list.length > MAX_TOP) fail('too-many', flowPath, MAX_TOP, list.length);
    out[flow] = list.map((item, i) => {
      const itemPath = `${flowPath}[${i}]`;
      if (!isObject(item)) fail('type', itemPath, 'object', kind(item));
      const itemCode = get(item, 'code', itemPath, 'string');
      if (!ITEM_CODE.test(itemCode)) fail('invalid-code', `${itemPath}.code`, undefined, show(itemCode));
      if (!(itemCode in named)) fail('unknown-code', `${itemPath}.code`, key, show(itemCode));
      const list = values(item, 'values', itemPath);
      if (list.length !== count) fail('total-mismatch', `${itemPath}.values`, `${count} values`, `${list.length}`);
      return { code: itemCode, values: list };
    });
  }
  return out;
}

/** Checks a series file and returns it typed, labels cleaned. Throws a 'schema' TradeError. */
export function validateSeries(json: unknown, url?: string): TradeSeries {
  return run(url, (): TradeSeries => {
    const file = root(json);
    const fileKind = get(file, 'kind', '', 'string');
    if (fileKind !== 'series') fail('enum', 'kind', 'series', show(fileKind));
    const version = get(file, 'schema', '', 'number');
    if (version !== SERIES_SCHEMA_VERSION) fail('schema-version', 'schema', SERIES_SCHEMA_VERSION, version);
    const lastYear = year(file, 'year', '');
    const territoryFields = get(file, 'territory', '', 'object');
    const level = get(territoryFields, 'level', 'territory', 'string') as Level;
    if (!LEVELS.includes(level)) fail('enum', 'territory.level', LEVELS.join(', '), show(level));
    const territory = {
      level,
      code: code(territoryFields, 'territory', level),
      name: label(territoryFields, 'name', 'territory'),
    } as TradeSeries['territory'];
    copy(territory, territoryFields, 'dgddiCode', 'territory', 'string');
    const ownRegion = get(territoryFields, 'region', 'territory', 'object', true);
    if (ownRegion) territory.region = region(ownRegion, 'territory.region');

    const q = get(file, 'quarters', '', 'object');
    const qStart = get(q, 'start', 'quarters', 'object');
    const start = {
      year: year(qStart, 'year', 'quarters.start'),
      quarter: get(qStart, 'quarter', 'quarters.start', 'number'),
    };
    if (![1, 2, 3, 4].includes(start.quarter)) fail('enum', 'quarters.start.quarter', '1–4', start.quarter);
    const quarters = { start, ...flowsOf(q, 'quarters') };

    const y = get(file, 'years', '', 'object');
    const years = { start: year(y, 'start', 'years'), ...flowsOf(y, 'years') };
    const count = years.export.length;
    if (count && years.start + count - 1 !== lastYear) fail('enum', 'year', years.start + count - 1, lastYear);
    // A year is the sum of its four quarters, to the euro; null when one of them is missing.
    const offset = (years.start - start.year) * 4 - (start.quarter - 1);
    for (const flow of FLOWS) {
      years[flow].forEach((value, i) => {
        let sum: number | null = 0;
        for (let k = 0; k < 4; k++) {
          const quarter = quarters[flow][offset + i * 4 + k];
          sum = quarter == null || sum === null ? null : sum + quarter;
        }
        if (sum !== value) fail('total-mismatch', `years.${flow}[${i}]`, sum ?? 'null', value ?? 'null');
      });
    }

    const products = labels(file, 'products');
    const countries = labels(file, 'countries');
    const topFields = get(file, 'top', '', 'object');
    const top = {
      partners: items(topFields, 'partners', 'top', count, countries),
      products: items(topFields, 'products', 'top', count, products),
    };
    return {
      kind: 'series',
      schema: SERIES_SCHEMA_VERSION,
      year: lastYear,
      territory,
      quarters,
      years,
      top,
      products,
      countries,
      source: source(file),
    };
  });
}
