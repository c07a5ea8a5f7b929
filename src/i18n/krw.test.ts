import { expect, it } from 'vitest';
import { formatKrwFromUsdBn } from './krw';

it('converts the $500B pledge to the source article’s 690조 원, stating the rate and where it comes from', () => {
  expect(formatKrwFromUsdBn(500, 'ko')).toBe(
    '약 690조 원 (1달러=1,380원, 원문 기사의 “5천억 달러 ≈ 690조 원”에서 나온 환율)',
  );
  expect(formatKrwFromUsdBn(500, 'en')).toBe(
    '≈ ₩690 trillion at ₩1,380/$, the rate implied by the source article’s “$500B ≈ ₩690 trillion”',
  );
});

it('uses 억 below a trillion won and billions in English', () => {
  expect(formatKrwFromUsdBn(0.5, 'ko')).toMatch(
    /^약 6,900억 원 \(1달러=1,380원, 원문 기사의 .*환율\)$/,
  );
  expect(formatKrwFromUsdBn(0.375, 'ko')).toMatch(/^약 5,175억 원 /);
  expect(formatKrwFromUsdBn(0.5, 'en')).toMatch(/^≈ ₩690 billion at ₩1,380\/\$/);
  expect(formatKrwFromUsdBn(Number.NaN, 'ko')).toBe('–');
});
