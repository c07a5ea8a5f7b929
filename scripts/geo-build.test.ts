import { gzipSync } from 'node:zlib';
import { decodeCounties, placeOf } from '../src/charts/geo-codes';
import {
  buildGeo,
  compactPath,
  encodeCounties,
  inPolygons,
  knownPlaceCodes,
  ringsOfPath,
} from './geo-build';

const geo = buildGeo();
const counties = decodeCounties(geo.us.counties);

describe('the map geography', () => {
  it('decodes what it encodes, across state changes and gaps in county codes', () => {
    const entries = ['01001012034', '01003975610', '01099000000', '02013500123', '48441424450'];
    const decoded = decodeCounties(encodeCounties(entries));
    expect([...decoded]).toEqual([
      ['01001', [12, 34]],
      ['01003', [975, 610]],
      ['01099', [0, 0]],
      ['02013', [500, 123]],
      ['48441', [424, 450]],
    ]);
  });

  it('writes relative paths that read back as the same rings', () => {
    expect(compactPath('M10,10L20,10L20,10L20,20Z')).toBe('M10 10l10 0l0 10z');
    expect(ringsOfPath('M10 10l10 0l0 10z')).toEqual([
      [
        [
          [10, 10],
          [20, 10],
          [20, 20],
        ],
      ],
    ]);
  });

  it('places every county inside its own state as drawn, and knows every county', () => {
    const codes = knownPlaceCodes();
    expect(counties.size).toBe(codes.counties.size);
    expect(counties.size).toBeGreaterThan(3100);
    const shapes = new Map(
      Object.entries(geo.us.states).map(([fips, d]) => [fips, ringsOfPath(d)]),
    );
    const outside = [...counties].filter(([fips, point]) => {
      const state = shapes.get(fips.slice(0, 2));
      return !state || !inPolygons(point, state);
    });
    expect(outside).toEqual([]);
  });

  it('places every state and country inside its own shape', () => {
    for (const [fips, point] of Object.entries(geo.us.statePoints)) {
      expect([fips, inPolygons(point, ringsOfPath(geo.us.states[fips] ?? ''))]).toEqual([
        fips,
        true,
      ]);
    }
    for (const [iso, point] of Object.entries(geo.world.countryPoints)) {
      expect([iso, inPolygons(point, ringsOfPath(geo.world.countries[iso] ?? ''))]).toEqual([
        iso,
        true,
      ]);
    }
  });

  it('resolves the bundled places to the right shapes, and nothing for an unknown code', () => {
    expect(placeOf(geo, counties, '48441')).toMatchObject({
      panel: 'us',
      level: 'county',
      region: '48',
    });
    expect(placeOf(geo, counties, '39')).toMatchObject({
      panel: 'us',
      level: 'state',
      region: '39',
    });
    expect(placeOf(geo, counties, 'AE')).toMatchObject({
      panel: 'world',
      level: 'country',
      region: 'AE',
    });
    expect(placeOf(geo, counties, '48999')).toBeNull();
    expect(placeOf(geo, counties, 'QQ')).toBeNull();
  });

  it('stays within the 40 KB gzip the page may download for geometry', () => {
    expect(gzipSync(JSON.stringify(geo)).length).toBeLessThan(40 * 1024);
  });
});
