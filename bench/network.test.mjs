import { describe, expect, it } from 'vitest';
import { kindOf, onPageClock, sumBytes, visitBytes } from './network.mjs';

const base = '/gigawatt/';
const at = (/** @type {string} */ rel) => `http://127.0.0.1:8080${base}${rel}`;

describe('kindOf', () => {
  it('tells data files, scripts, styles, pages and the rest apart', () => {
    expect(kindOf(at('data/stargate.json'), base)).toBe('data');
    expect(kindOf(at('assets/start-abc.js'), base)).toBe('js');
    expect(kindOf(at('assets/worker.mjs'), base)).toBe('js');
    expect(kindOf(at('assets/index-abc.css'), base)).toBe('css');
    expect(kindOf(at('stargate?lang=ko'), base)).toBe('html');
    expect(kindOf(at(''), base)).toBe('html');
    expect(kindOf(at('stargate/index.html'), base)).toBe('html');
    expect(kindOf(at('assets/us-counties.json'), base)).toBe('other');
    expect(kindOf(at('favicon.svg'), base)).toBe('other');
  });

  it('counts a data file only under the base', () => {
    expect(kindOf('http://127.0.0.1:8080/data/stargate.json', base)).toBe('other');
  });
});

describe('visitBytes', () => {
  const entries = [
    { url: at('stargate'), startTime: 0, encodedBodySize: 9000 },
    { url: at('assets/index.js'), startTime: 20, encodedBodySize: 3000 },
    { url: at('assets/index.css'), startTime: 21, encodedBodySize: 4000 },
    { url: at('data/stargate.json'), startTime: 22, encodedBodySize: 50000 },
    { url: at('assets/chart.js'), startTime: 150, encodedBodySize: 100000 },
    { url: at('favicon.svg'), startTime: 160, encodedBodySize: 200 },
  ];

  it('counts JS and CSS whose request started before the first paint', () => {
    const { beforePaint } = visitBytes(entries, 100, base);
    expect(beforePaint.js).toBe(3000);
    expect(beforePaint.css).toBe(4000);
    expect(beforePaint.jsCss).toBe(7000);
    expect(beforePaint.data).toBe(50000);
  });

  it('leaves a request started at the paint itself out', () => {
    expect(visitBytes(entries, 150, base).beforePaint.js).toBe(3000);
    expect(visitBytes(entries, 150.1, base).beforePaint.js).toBe(103000);
  });

  it('adds up the whole visit without the data files', () => {
    const { visit } = visitBytes(entries, 100, base);
    expect(visit.total).toBe(9000 + 3000 + 4000 + 100000 + 200);
    expect(visit.data).toBe(50000);
    expect(visit.requests).toBe(6);
  });

  it('gives no before-paint figure when no paint was recorded', () => {
    const { beforePaint, visit } = visitBytes(entries, Number.NaN, base);
    expect(beforePaint.jsCss).toBeNaN();
    expect(visit.total).toBe(116200);
  });

  it('counts an entry without a size as nothing', () => {
    expect(
      sumBytes([{ url: at('assets/a.js'), startTime: 0, encodedBodySize: Number.NaN }], base).js,
    ).toBe(0);
  });
});

describe('onPageClock', () => {
  it("shifts a worker's entries by the difference of the two time origins", () => {
    const shifted = onPageClock(
      [{ url: at('assets/zod.js'), startTime: 10, encodedBodySize: 1 }],
      1_000_500,
      1_000_000,
    );
    expect(shifted[0]?.startTime).toBe(510);
  });
});
