import type { Lang } from './catalogue';
import { formatKoreanUnits, formatNumber, NO_NUMBER } from './format';

/**
 * The won per dollar used for every KRW conversion, and where it comes from. The seed article
 * of this project states "5천억 달러 ≈ 690조 원" for the $500B Stargate pledge, which implies
 * ₩1,380/$; we keep that rate, and say so beside each conversion, rather than mix in a market
 * rate of another day. Replace both fields together when a sourced rate is adopted.
 */
export const krwPerUsd = {
  rate: 1380,
  basis: { en: "the seed article's ₩1,380/$", ko: '시드 기사 기준 1달러=1,380원' },
} as const;

/** "약 690조 원 (시드 기사 기준 1달러=1,380원)" / "≈ ₩690 trillion at the seed article's ₩1,380/$". */
export function formatKrwFromUsdBn(valueBn: number, lang: Lang): string {
  const won = valueBn * 1e9 * krwPerUsd.rate;
  // A finite dollar figure can still overflow once in won.
  if (!Number.isFinite(won)) return NO_NUMBER;
  if (lang === 'ko') return `약 ${formatKoreanUnits(won, 'ko')} 원 (${krwPerUsd.basis.ko})`;
  const amount =
    Math.abs(won) >= 1e12
      ? `₩${formatNumber(won / 1e12, 'en', 1)} trillion`
      : `₩${formatNumber(won / 1e9, 'en', 1)} billion`;
  return `≈ ${amount} at ${krwPerUsd.basis.en}`;
}
