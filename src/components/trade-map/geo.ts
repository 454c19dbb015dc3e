/**
 * The map files of `<trade-map>`: shapes projected once by scripts/geo.ts, written beside
 * the trade data (`<base>/geo/world.json`) and loaded on demand, through the loader's cache.
 */
import { cleanLabel } from '../../data/validate.ts';

/** One shape: SVG path data in the file's frame, and the point its label and marker go to. */
export interface GeoShape {
  d: string;
  /** Label point: the centre of the shape's largest part, in the map's frame. */
  x: number;
  y: number;
  /** Smaller than a few pixels at the frame's size: the element also draws a dot. */
  small?: true;
  /** Its bounding box [x0, y0, x1, y1] (France's map, to zoom on a region). */
  box?: [number, number, number, number];
  /** A department's INSEE region. */
  region?: string;
}

export interface GeoFile {
  /** Who made the shapes, and their licence: written under the map. */
  credit: string;
  /** Their licence ("Licence Ouverte 2.0"); none for the public domain. */
  licence?: string;
  /** The frame, which the element scales to its width. */
  width: number;
  height: number;
  /** By DGDDI country code. */
  shapes: Record<string, GeoShape>;
  /** Land that belongs to no code, drawn without a value. */
  other?: string;
  /** France's map: the regions by INSEE code, and the frames of the overseas insets. */
  regions?: Record<string, GeoShape>;
  insets?: { x: number; y: number; width: number; height: number }[];
}

/** Exports and imports of every department and region, by INSEE code: `<year>/territories.json`. */
export interface TerritoryTotals {
  departments: Record<string, [exp: number, imp: number, name: string]>;
  regions: Record<string, [exp: number, imp: number, name: string]>;
}

/** The world map's file, under the data folder. */
export const WORLD_FILE = 'geo/world.json';
/** France's map, by department and region, with the overseas departments in insets. */
export const FRANCE_FILE = 'geo/france.json';
/** The values of France's map, in each year's folder. */
export const TOTALS_FILE = 'territories.json';

/** Checks a totals file: two tables of [exports, imports, name] by code. */
export function parseTotals(json: unknown): TerritoryTotals {
  const fail = () => new TypeError('territories file: not [exports, imports, name] by code');
  if (!isObject(json) || !isObject(json.departments) || !isObject(json.regions)) throw fail();
  for (const table of [json.departments, json.regions])
    for (const entry of Object.values(table))
      if (!Array.isArray(entry) || !isNumber(entry[0]) || !isNumber(entry[1]) || typeof entry[2] !== 'string')
        throw fail();
  // Names are shown as text, in the table and on the map: without control or bidi characters, as labels.
  for (const table of [json.departments, json.regions])
    for (const entry of Object.values(table) as unknown[][]) entry[2] = cleanLabel(entry[2] as string);
  return json as unknown as TerritoryTotals;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Checks a map file's shape: a wrong file fails here, not while drawing. Path data is drawn
 * as an attribute, never as markup.
 */
export function parseGeo(json: unknown): GeoFile {
  const fail = (what: string) => new TypeError(`map file: ${what}`);
  if (!isObject(json) || !isObject(json.shapes)) throw fail('no shapes');
  const { credit, width, height, shapes, other } = json;
  if (typeof credit !== 'string' || !isNumber(width) || !isNumber(height) || width <= 0 || height <= 0)
    throw fail('no credit or frame');
  for (const [code, shape] of Object.entries(shapes))
    if (!isObject(shape) || typeof shape.d !== 'string' || !isNumber(shape.x) || !isNumber(shape.y))
      throw fail(`shape ${code}`);
  if (other !== undefined && typeof other !== 'string') throw fail('other land');
  return json as unknown as GeoFile;
}
