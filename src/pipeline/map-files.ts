/**
 * What `<trade-map>` reads beside the data, written by the pipeline into its output:
 * - `<year>/territories.json`: every department's and region's exports, imports and
 *   name, by INSEE code, for France's map: one request of about 2 kB gzip instead of
 *   a hundred files;
 * - `geo/world.json` and `geo/france.json`: the maps' shapes, made once by
 *   `scripts/geo.ts` into `public/data/geo/` and copied from there.
 */
import { cpSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TerritoryTotals } from '../components/trade-map/geo.ts';
import type { TradeData } from '../data/contract.ts';

/** Where scripts/geo.ts writes the shapes. */
export const GEO_SOURCE = resolve(import.meta.dirname, '..', '..', 'public', 'data', 'geo');

/** The totals file of a year, from its department and region files, by code. */
export function territoriesFile(files: readonly Pick<TradeData, 'territory' | 'totals'>[]): string {
  const table = (level: 'department' | 'region') =>
    Object.fromEntries(
      files
        .filter((file) => file.territory.level === level)
        .map(({ territory, totals }): [string, [number, number, string]] => [
          territory.code,
          [totals.export, totals.import, territory.name],
        ])
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  const totals: TerritoryTotals = { departments: table('department'), regions: table('region') };
  return `${JSON.stringify(totals)}\n`;
}

/** Copies the shapes into `out`/geo (nothing to do when `out` is where they are made). */
export function copyGeo(out: string): void {
  const target = join(out, 'geo');
  if (resolve(target) === GEO_SOURCE || !existsSync(GEO_SOURCE)) return;
  cpSync(GEO_SOURCE, target, { recursive: true });
}
