/*
 * The map's geography as the build prepares it (scripts/geo-build.ts, served as the module
 * `virtual:gigawatt-geo`), and the look-ups over it. Coordinates are pixels in each panel's
 * own space: the US in Albers USA at 975×610, the world in Natural Earth at 640 wide.
 */

export type GeoPoint = [number, number];

export type GeoBundle = {
  us: {
    width: number;
    height: number;
    /** State FIPS → SVG path. */
    states: Record<string, string>;
    stateNames: Record<string, string>;
    /** State FIPS → a point inside the state (for a site whose county is not known). */
    statePoints: Record<string, GeoPoint>;
    /** Every county's position, encoded by encodeCounties in scripts/geo-build.ts. */
    counties: string;
  };
  world: {
    width: number;
    height: number;
    /** ISO 3166-1 alpha-2 → SVG path; `_` holds the shapes Natural Earth gives no code. */
    countries: Record<string, string>;
    countryPoints: Record<string, GeoPoint>;
  };
};

const digits32 = '0123456789abcdefghijklmnopqrstuv';

/**
 * County FIPS → position. Every county the Census lists is in the table, so a replaced data
 * file that names a county this build's data never did is still placed without a rebuild.
 */
export function decodeCounties(encoded: string): Map<string, GeoPoint> {
  const out = new Map<string, GeoPoint>();
  const digit = (i: number) => digits32.indexOf(encoded[i] ?? '0');
  let previous = 0;
  let state = '';
  let i = 0;
  while (i < encoded.length) {
    let county: number;
    if (encoded[i] === '!') {
      state = encoded.slice(i + 1, i + 3);
      county = Number(encoded.slice(i + 3, i + 6));
      i += 6;
    } else {
      county = previous + (encoded.charCodeAt(i) - 64);
      i += 1;
    }
    const x = digit(i) * 32 + digit(i + 1);
    const y = digit(i + 2) * 32 + digit(i + 3);
    i += 4;
    out.set(`${state}${String(county).padStart(3, '0')}`, [x, y]);
    previous = county;
  }
  return out;
}

export type Placement =
  | { panel: 'us'; level: 'county' | 'state'; region: string; point: GeoPoint }
  | { panel: 'world'; level: 'country'; region: string; point: GeoPoint };

/**
 * Where a place code puts a mark: a county (5-digit FIPS) at its county's position, a state
 * (2-digit FIPS) at a point inside the state, a country (ISO alpha-2) at a point inside it.
 * `region` is the outline the mark lies in (state FIPS or country code). Null for a code the
 * geography does not know.
 */
export function placeOf(
  geo: GeoBundle,
  counties: Map<string, GeoPoint>,
  code: string,
): Placement | null {
  if (/^\d{5}$/.test(code)) {
    const point = counties.get(code);
    return point ? { panel: 'us', level: 'county', region: code.slice(0, 2), point } : null;
  }
  if (/^\d{2}$/.test(code)) {
    const point = geo.us.statePoints[code];
    return point ? { panel: 'us', level: 'state', region: code, point } : null;
  }
  const point = geo.world.countryPoints[code];
  return point ? { panel: 'world', level: 'country', region: code, point } : null;
}
