import { describe, expect, it } from 'vitest';
import { formatGw, formatIsoDate, formatKoreanUnits, formatUsdBn, isoToYear } from './format';

describe('formatGw', () => {
  it('shows gigawatts, and megawatts below one gigawatt', () => {
    expect(formatGw(1.2, 'en')).toBe('1.2 GW');
    expect(formatGw(0.36, 'en')).toBe('360 MW');
    expect(formatGw(10, 'ko')).toBe('10 GW');
  });
  it('never prints NaN', () => {
    expect(formatGw(Number.NaN, 'en')).toBe('–');
  });
});

describe('formatUsdBn', () => {
  it('uses B/T/M in English', () => {
    expect(formatUsdBn(500, 'en')).toBe('$500B');
    expect(formatUsdBn(0.375, 'en')).toBe('$375M');
    expect(formatUsdBn(1500, 'en')).toBe('$1.5T');
  });
  it('counts in 억 and 조 in Korean', () => {
    expect(formatUsdBn(500, 'ko')).toBe('5,000억 달러');
    expect(formatUsdBn(1.87, 'ko')).toBe('18.7억 달러');
    expect(formatUsdBn(1500, 'ko')).toBe('1.5조 달러');
  });
  it('formats 만 for ten-thousands', () => {
    expect(formatKoreanUnits(750_000)).toBe('75만');
  });
});

describe('formatIsoDate', () => {
  it('keeps the precision the source gives', () => {
    expect(formatIsoDate('2025', 'en')).toBe('2025');
    expect(formatIsoDate('2025-09', 'en')).toBe('Sept 2025');
    expect(formatIsoDate('2025-09-23', 'en')).toBe('23 Sept 2025');
    expect(formatIsoDate('2025-09-23', 'ko')).toBe('2025년 9월 23일');
    expect(formatIsoDate('2025', 'ko')).toBe('2025년');
  });
});

describe('isoToYear', () => {
  it('places dates on a decimal year axis', () => {
    expect(isoToYear('2025')).toBe(2025.5);
    expect(isoToYear('2025-01-01')).toBe(2025);
    expect(isoToYear('2025-07-02')).toBeCloseTo(2025.5, 2);
    expect(isoToYear('2025-12')).toBeGreaterThan(2025.9);
    expect(isoToYear('2025-12')).toBeLessThan(2026);
  });
});
