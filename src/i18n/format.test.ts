import { describe, expect, it } from 'vitest';
import { formatGw, formatIsoDate, formatKoreanUnits, formatUsdBn, isoToYear } from './format';

describe('formatGw', () => {
  it('shows gigawatts, and megawatts below one gigawatt', () => {
    expect(formatGw(1.2, 'en')).toBe('1.2 GW');
    expect(formatGw(0.36, 'en')).toBe('360 MW');
    expect(formatGw(10, 'ko')).toBe('10GW');
    expect(formatGw(0.36, 'ko')).toBe('360MW');
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
    expect(formatUsdBn(1.87, 'ko')).toBe('18억 7,000만 달러');
    expect(formatUsdBn(1500, 'ko')).toBe('1조 5,000억 달러');
  });
  it('keeps every digit of a Korean amount: $375M is 3억 7,500만 달러, not 3.8억', () => {
    expect(formatUsdBn(0.375, 'ko')).toBe('3억 7,500만 달러');
    expect(formatUsdBn(0.175, 'ko')).toBe('1억 7,500만 달러');
    expect(formatUsdBn(18.6, 'ko')).toBe('186억 달러');
  });
});

describe('formatKoreanUnits', () => {
  it('groups by 만, 억 and 조 across magnitudes, keeping every digit', () => {
    expect(formatKoreanUnits(0)).toBe('0');
    expect(formatKoreanUnits(0.67)).toBe('0.67');
    expect(formatKoreanUnits(7)).toBe('7');
    expect(formatKoreanUnits(9_999)).toBe('9,999');
    expect(formatKoreanUnits(10_000)).toBe('1만');
    expect(formatKoreanUnits(12_000)).toBe('1만 2,000');
    expect(formatKoreanUnits(12_345)).toBe('1만 2,345');
    expect(formatKoreanUnits(750_000)).toBe('75만');
    expect(formatKoreanUnits(8_000_000)).toBe('800만');
    expect(formatKoreanUnits(14_000_000)).toBe('1,400만');
    expect(formatKoreanUnits(100_000_000)).toBe('1억');
    expect(formatKoreanUnits(375_000_000)).toBe('3억 7,500만');
    expect(formatKoreanUnits(1_234_567_890)).toBe('12억 3,456만 7,890');
    expect(formatKoreanUnits(500e9)).toBe('5,000억');
    expect(formatKoreanUnits(1e12)).toBe('1조');
    expect(formatKoreanUnits(690e12)).toBe('690조');
    expect(formatKoreanUnits(2_580_600_000_000)).toBe('2조 5,806억');
    expect(formatKoreanUnits(1e16)).toBe('10,000조');
  });
  it('signs negatives, rounds below 만 away once a 만 group is shown', () => {
    expect(formatKoreanUnits(-12_000)).toBe('-1만 2,000');
    expect(formatKoreanUnits(12_000.4)).toBe('1만 2,000');
  });
  it('rounds to significant digits when asked (derived figures)', () => {
    expect(formatKoreanUnits(2_580_612_345_678, 'ko', { significant: 3 })).toBe('2조 5,800억');
  });
  it('never prints NaN, Infinity or an exponent', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity]) expect(formatKoreanUnits(bad)).toBe('–');
    expect(formatKoreanUnits(1e21)).not.toMatch(/e|NaN|Infinity/i);
    expect(formatKoreanUnits(1e21)).toBe('1,000,000,000조');
    expect(formatKoreanUnits(1e-9)).toBe('0');
    expect(formatUsdBn(Number.NaN, 'ko')).toBe('–');
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
