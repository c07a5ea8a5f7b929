import type { Lang } from './catalogue';
import { formatKoreanUnits, formatNumber, NO_NUMBER } from './format';

/**
 * The won per dollar used for every KRW conversion, and where it comes from. The Korean source
 * article ("데이터센터·반도체 대혁신: 오픈AI·오라클·소프트뱅크 '스타게이트' 합작 분석", undated)
 * writes "5천억 달러(약 690조 원)" for the $500B Stargate pledge, which implies ₩1,380/$. The
 * rate is kept, and the basis is said in those words beside each conversion, rather than a
 * market rate of another day. Replace both fields together when a dated, sourced rate is adopted.
 */
export const krwPerUsd = {
  rate: 1380,
  basis: {
    en: '₩1,380/$, the rate implied by the source article’s “$500B ≈ ₩690 trillion”',
    ko: '1달러=1,380원, 원문 기사의 “5천억 달러 ≈ 690조 원”에서 나온 환율',
  },
} as const;

/** "약 690조 원 (원문 기사의 … 1달러=1,380원 기준)" / "≈ ₩690 trillion at ₩1,380/$, the rate implied by …". */
export function formatKrwFromUsdBn(valueBn: number, lang: Lang): string {
  const won = valueBn * 1e9 * krwPerUsd.rate;
  // A finite dollar figure can still overflow once in won.
  if (!Number.isFinite(won)) return NO_NUMBER;
  if (lang === 'ko')
    return `약 ${formatKoreanUnits(won, 'ko', { significant: 4 })} 원 (${krwPerUsd.basis.ko})`;
  const amount =
    Math.abs(won) >= 1e12
      ? `₩${formatNumber(won / 1e12, 'en', 1)} trillion`
      : `₩${formatNumber(won / 1e9, 'en', 1)} billion`;
  return `≈ ${amount} at ${krwPerUsd.basis.en}`;
}
