import { expect, it } from 'vitest';
import { formatKrwFromUsdBn } from './krw';

it('converts the $500B pledge to the seed article’s 690조 원, stating the rate', () => {
  expect(formatKrwFromUsdBn(500, 'ko')).toBe('약 690조 원 (시드 기사 기준 1달러=1,380원)');
  expect(formatKrwFromUsdBn(500, 'en')).toBe("≈ ₩690 trillion at the seed article's ₩1,380/$");
});

it('uses 억 below a trillion won and billions in English', () => {
  expect(formatKrwFromUsdBn(0.5, 'ko')).toBe('약 6,900억 원 (시드 기사 기준 1달러=1,380원)');
  expect(formatKrwFromUsdBn(0.5, 'en')).toBe("≈ ₩690 billion at the seed article's ₩1,380/$");
  expect(formatKrwFromUsdBn(Number.NaN, 'ko')).toBe('–');
});
