/*
 * The map's geography, prepared once at build time so the page needs no projection code and
 * downloads only what the map draws:
 *
 * - US: the Census Bureau's cartographic boundaries as packaged by us-atlas (counties and
 *   states, already projected to Albers USA at 975×610). State arcs are simplified to about a
 *   pixel; every county becomes one point (a position inside it and inside its simplified
 *   state), so a data file that names any county is placed without a rebuild.
 * - World: Natural Earth 1:110m (world-atlas), projected with d3-geo's Natural Earth projection
 *   and rounded to whole pixels; each country gets one point inside its largest part.
 *
 * Both are read with topojson-client. Codes are the ones readers can check: county and state
 * FIPS for the US, ISO 3166-1 alpha-2 elsewhere (world-atlas uses the numeric code).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import countries from 'i18n-iso-countries';
import type { GeoBundle, GeoPoint } from '../src/charts/geo-codes';

const require = createRequire(import.meta.url);
function readJson<T>(id: string): T {
  return JSON.parse(readFileSync(require.resolve(id), 'utf8')) as T;
}

type Ring = Position[];
type Pt = GeoPoint;

// ------------------------------------------------------------ planar helpers

function inRing(p: Pt, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    const ax = a[0] as number;
    const ay = a[1] as number;
    const bx = b[0] as number;
    const by = b[1] as number;
    if (ay > p[1] !== by > p[1] && p[0] < ((bx - ax) * (p[1] - ay)) / (by - ay) + ax)
      inside = !inside;
  }
  return inside;
}

function polygonsOf(geometry: Geometry | null): Ring[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [(geometry as Polygon).coordinates];
  if (geometry.type === 'MultiPolygon') return (geometry as MultiPolygon).coordinates;
  return [];
}

/** Even-odd rule over every ring, holes included. */
export function inPolygons(p: Pt, polygons: Ring[][]): boolean {
  let inside = false;
  for (const polygon of polygons) for (const ring of polygon) if (inRing(p, ring)) inside = !inside;
  return inside;
}

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    sum += ((b[0] as number) + (a[0] as number)) * ((b[1] as number) - (a[1] as number));
  }
  return Math.abs(sum / 2);
}

function ringCentroid(ring: Ring): Pt {
  let x = 0;
  let y = 0;
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const p = ring[i] as Position;
    const q = ring[j] as Position;
    const cross = (q[0] as number) * (p[1] as number) - (p[0] as number) * (q[1] as number);
    a += cross;
    x += ((q[0] as number) + (p[0] as number)) * cross;
    y += ((q[1] as number) + (p[1] as number)) * cross;
  }
  if (a === 0) return [ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0];
  return [x / (3 * a), y / (3 * a)];
}

/**
 * A point inside every one of `shapes`, as near the centroid of the largest part of the first
 * as a search on a fine grid finds (a centroid can fall outside a crescent-shaped county, or
 * outside its state once the state's border is simplified).
 */
function interiorPoint(shapes: Ring[][][], round: (v: number) => number): Pt | null {
  const main = shapes[0];
  if (!main || main.length === 0) return null;
  // The largest ring: the mainland, not the first island listed.
  const outer = main
    .flat()
    .reduce<Ring>((best, ring) => (ringArea(ring) > ringArea(best) ? ring : best), []);
  const inside = (p: Pt) => shapes.every((shape) => inPolygons(p, shape));
  // Clear of the border by a third of a pixel where the shape allows: a point on an edge is
  // in or out depending on the renderer.
  const clear = (p: Pt) =>
    inside(p) &&
    [
      [0.33, 0],
      [-0.33, 0],
      [0, 0.33],
      [0, -0.33],
    ].every(([dx, dy]) => inside([p[0] + (dx as number), p[1] + (dy as number)]));
  const c = ringCentroid(outer);
  const start: Pt = [round(c[0]), round(c[1])];
  if (clear(start)) return start;
  return search(clear) ?? search(inside);
  function search(ok: (p: Pt) => boolean): Pt | null {
    const xs = outer.map((p) => p[0] as number);
    const ys = outer.map((p) => p[1] as number);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
    let best: Pt | null = null;
    let bestDistance = Infinity;
    const step = Math.max(span / 60, 0.1);
    for (let dx = -span; dx <= span; dx += step) {
      for (let dy = -span; dy <= span; dy += step) {
        const p: Pt = [round(c[0] + dx), round(c[1] + dy)];
        const distance = dx * dx + dy * dy;
        if (distance < bestDistance && ok(p)) {
          best = p;
          bestDistance = distance;
        }
      }
    }
    return best;
  }
}

/** The rings of a path written by compactPath, as drawn: the shape a point must be inside. */
export function ringsOfPath(d: string): Ring[][] {
  const rings: Ring[] = [];
  let ring: Ring = [];
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of d.matchAll(/([Mlz])(-?\d*\.?\d*)?(?:[ ,]?(-?\d*\.?\d*))?/g)) {
    if (command === 'z') {
      if (ring.length) rings.push(ring);
      ring = [];
      continue;
    }
    if (command === 'M') {
      if (ring.length) rings.push(ring);
      x = Number(a);
      y = Number(b);
      ring = [[x, y]];
    } else {
      x += Number(a);
      y += Number(b);
      ring.push([x, y]);
    }
  }
  if (ring.length) rings.push(ring);
  // Even-odd over all rings: holes and islands alike, as inPolygons counts them.
  return [rings];
}

/** Douglas–Peucker on one arc, keeping its ends so neighbouring shapes still meet. */
function simplifyLine(points: Pt[], tolerance: number): Pt[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop() as [number, number];
    const a = points[first] as Pt;
    const b = points[last] as Pt;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const length = Math.hypot(dx, dy);
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i += 1) {
      const p = points[i] as Pt;
      const distance =
        length === 0
          ? Math.hypot(p[0] - a[0], p[1] - a[1])
          : Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
      if (distance > worstDistance) {
        worst = i;
        worstDistance = distance;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** The topology with absolute, simplified arcs (no quantisation), ready for topojson-client. */
function simplifiedTopology(topology: Topology, tolerance: number): Topology {
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map((p): Pt => {
      x += p[0] as number;
      y += p[1] as number;
      return topology.transform ? [x * sx + tx, y * sy + ty] : [p[0] as number, p[1] as number];
    });
    return simplifyLine(points, tolerance);
  });
  return { ...topology, transform: undefined, arcs } as Topology;
}

/**
 * An SVG path in whole pixels with relative moves ("M12 34l3-2…"), repeated points dropped:
 * small deltas repeat far more than absolute positions, so the file gzips to about half.
 */
export function compactPath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      continue;
    }
    const [px, py] = (args ?? '').split(',').map(Number) as [number, number];
    if (command === 'M') out += `M${px} ${py}`;
    else if (px !== x || py !== y) {
      const dx = px - x;
      const dy = py - y;
      out += `l${dx}${dy < 0 ? '' : ' '}${dy}`;
    }
    x = px;
    y = py;
  }
  return out;
}

function pathOf(geometry: Geometry | null, project?: GeoProjection): string {
  const path = geoPath(project ?? null).digits(0);
  return compactPath(path(geometry as Geometry) ?? '');
}

// ------------------------------------------------------------ the bundle

const tenth = (v: number) => Math.round(v * 10) / 10;

function pad3(n: number): string {
  return String(Math.max(0, Math.min(999, Math.round(n)))).padStart(3, '0');
}

export function buildUs(): GeoBundle['us'] {
  const raw = readJson<Topology>('us-atlas/counties-albers-10m.json');
  const full = simplifiedTopology(raw, 0);
  const simple = simplifiedTopology(raw, 0.9);
  const statesObject = (t: Topology) => t.objects.states as GeometryCollection<{ name: string }>;
  const countiesObject = (t: Topology) => t.objects.counties as GeometryCollection;
  const simpleStates = feature(simple, statesObject(simple)) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const fullCounties = feature(full, countiesObject(full)) as FeatureCollection;

  const states: Record<string, string> = {};
  const stateNames: Record<string, string> = {};
  const statePoints: Record<string, Pt> = {};
  const stateShapes = new Map<string, Ring[][]>();
  for (const f of simpleStates.features) {
    const fips = String(f.id);
    states[fips] = pathOf(f.geometry);
    stateNames[fips] = f.properties.name;
    const shape = ringsOfPath(states[fips]);
    stateShapes.set(fips, shape);
    const point = interiorPoint([shape], tenth);
    if (point) statePoints[fips] = point;
  }

  const entries: string[] = [];
  for (const f of fullCounties.features as Feature<Geometry>[]) {
    const fips = String(f.id);
    const state = stateShapes.get(fips.slice(0, 2));
    if (!state) continue;
    const county = polygonsOf(f.geometry);
    // Inside the county itself and inside its state as drawn; the state outline wins where a
    // tiny county lies wholly outside the simplified border.
    const point = interiorPoint([county, state], Math.round) ?? interiorPoint([state], Math.round);
    if (point) entries.push(`${fips}${pad3(point[0])}${pad3(point[1])}`);
  }
  entries.sort();
  return {
    width: 975,
    height: 610,
    states,
    stateNames,
    statePoints,
    counties: encodeCounties(entries),
  };
}

/** 32 symbols: a coordinate 0–1023 in two of them. */
const digits32 = '0123456789abcdefghijklmnopqrstuv';
/** A county code's step from the one before (mostly 2: codes are odd numbers in order). */
const steps = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Sorted `SSCCCxxxyyy` entries as one compact string: a county in the same state as the one
 * before is a step letter (code + 1 … + 26) and four base-32 digits; any other starts with
 * `!` and its five-digit FIPS code. decodeCounties in src/charts/geo-codes.ts reads it.
 */
export function encodeCounties(entries: string[]): string {
  let out = '';
  let previous = '';
  for (const entry of entries) {
    const fips = entry.slice(0, 5);
    const x = Number(entry.slice(5, 8));
    const y = Number(entry.slice(8, 11));
    const step = Number(fips.slice(2)) - Number(previous.slice(2));
    const xy = `${digits32[x >> 5]}${digits32[x & 31]}${digits32[y >> 5]}${digits32[y & 31]}`;
    out +=
      previous.slice(0, 2) === fips.slice(0, 2) && step >= 1 && step <= steps.length
        ? `${steps[step - 1]}${xy}`
        : `!${fips}${xy}`;
    previous = fips;
  }
  return out;
}

export function buildWorld(): GeoBundle['world'] {
  const raw = readJson<Topology>('world-atlas/countries-110m.json');
  const simple = simplifiedTopology(raw, 0.35);
  const collection = feature(
    simple,
    simple.objects.countries as GeometryCollection<{ name: string }>,
  ) as FeatureCollection<Geometry, { name: string }>;
  // Antarctica would take a fifth of the panel and holds no site.
  const shown = collection.features.filter((f) => f.properties.name !== 'Antarctica');
  const width = 640;
  const projection = geoNaturalEarth1().fitWidth(width, {
    type: 'FeatureCollection',
    features: shown,
  });
  const height = Math.ceil(
    geoPath(projection).bounds({ type: 'FeatureCollection', features: shown })[1][1],
  );
  const countriesOut: Record<string, string> = {};
  const countryPoints: Record<string, Pt> = {};
  const nameless: string[] = [];
  for (const f of shown) {
    const numeric = f.id === undefined ? undefined : String(f.id);
    const alpha2 = numeric ? countries.numericToAlpha2(numeric) : undefined;
    const d = pathOf(f.geometry, projection);
    if (!alpha2) {
      nameless.push(d);
      continue;
    }
    countriesOut[alpha2] = (countriesOut[alpha2] ?? '') + d;
    // Inside the largest part of the country as drawn (not Alaska for the US, not an island).
    const drawn = ringsOfPath(d)[0] ?? [];
    const largest = drawn.reduce<Ring>(
      (best, ring) => (ringArea(ring) > ringArea(best) ? ring : best),
      [],
    );
    const point = interiorPoint([[[largest]], ringsOfPath(d)], tenth);
    if (point) countryPoints[alpha2] = point;
  }
  countriesOut._ = nameless.join('');
  return { width, height, countries: countriesOut, countryPoints };
}

export function buildGeo(): GeoBundle {
  return { us: buildUs(), world: buildWorld() };
}

/** Every code a data file may name: county and state FIPS, ISO alpha-2 on the world map. */
export function knownPlaceCodes(): {
  counties: Set<string>;
  states: Set<string>;
  countries: Set<string>;
} {
  const us = readJson<Topology>('us-atlas/counties-albers-10m.json');
  const world = readJson<Topology>('world-atlas/countries-110m.json');
  const ids = (t: Topology, name: string) =>
    (t.objects[name] as GeometryCollection).geometries.flatMap((g) =>
      g.id === undefined ? [] : [String(g.id)],
    );
  return {
    counties: new Set(ids(us, 'counties')),
    states: new Set(ids(us, 'states')),
    countries: new Set(ids(world, 'countries').flatMap((n) => countries.numericToAlpha2(n) ?? [])),
  };
}
