import type { Lang } from './catalogue';

const locales: Record<Lang, string> = { en: 'en-GB', ko: 'ko-KR' };

export function localeOf(lang: Lang): string {
  return locales[lang];
}

/*
 * Whatever reaches a formatter — NaN from a division by zero, Infinity, 1e21 — a reader never
 * sees "NaN", "Infinity" or exponent notation: a number that cannot be shown is a dash, and
 * every number is written out in full. The data files' plausible ranges (common-schema.ts)
 * keep absurd figures out; these guards are for what a calculation makes of sane ones.
 */

/** What a reader sees for a number that cannot be shown. */
export const NO_NUMBER = '–';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    // signDisplay 'negative': -0.001 rounded to 2 digits is "0", not "-0".
    format = new Intl.NumberFormat(locales[lang], {
      maximumFractionDigits,
      signDisplay: 'negative',
    });
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  if (!Number.isFinite(value)) return NO_NUMBER;
  // Intl throws a RangeError outside 0–20 fraction digits (100 in newer engines, not all).
  const digits = Math.min(20, Math.max(0, Math.trunc(maximumFractionDigits) || 0));
  return numberFormat(lang, digits).format(value);
}

const plainFormat = new Intl.NumberFormat('en-US', {
  useGrouping: false,
  maximumFractionDigits: 20,
  signDisplay: 'negative',
});

/**
 * A number as plain digits, for axis ticks, years and message parameters: `String` without
 * its exponent notation (1e21 → 1000000000000000000000, 1e-7 → 0.0000001) or "NaN".
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return NO_NUMBER;
  return plainFormat.format(value);
}

/**
 * Gigawatts; below 1 GW shown in MW, which is how sources state small sites. Korean writes the
 * unit against the number, as the source article does ("10GW", "약 7GW"); English spaces it.
 */
export function formatGw(valueGw: number, lang: Lang): string {
  if (!Number.isFinite(valueGw)) return NO_NUMBER;
  const space = lang === 'ko' ? '' : ' ';
  if (valueGw !== 0 && Math.abs(valueGw) < 1)
    return `${formatNumber(valueGw * 1000, lang, 1)}${space}MW`;
  return `${formatNumber(valueGw, lang, 2)}${space}GW`;
}

/**
 * US dollars given in billions. Korean readers count in 억 (1e8) and 조 (1e12):
 * $500B is 5,000억 달러, $1.87B is 18.7억 달러.
 */
export function formatUsdBn(valueBn: number, lang: Lang): string {
  if (!Number.isFinite(valueBn)) return NO_NUMBER;
  if (lang === 'ko') return `${formatKoreanUnits(valueBn * 1e9, lang)} 달러`;
  if (Math.abs(valueBn) >= 1000) return `$${formatNumber(valueBn / 1000, lang, 2)}T`;
  if (Math.abs(valueBn) < 1) return `$${formatNumber(valueBn * 1000, lang, 0)}M`;
  return `$${formatNumber(valueBn, lang, 2)}B`;
}

const koreanGroups: readonly [bigint, string][] = [
  [10n ** 12n, '조'],
  [10n ** 8n, '억'],
  [10n ** 4n, '만'],
];

/**
 * The one Korean number format: 만 (10⁴), 억 (10⁸) and 조 (10¹²) groups with every digit kept,
 * as Korean press writes money and counts: 375,000,000 → 3억 7,500만; 12,000 → 1만 2,000;
 * 14,000,000 → 1,400만; 100,000,000 → 1억; 690,000,000,000,000 → 690조. Below 10,000 the
 * number is plain (with up to two decimals). `significant` rounds first, for derived figures
 * (a conversion at an exchange rate) whose last digits mean nothing. Never prints NaN,
 * Infinity or an exponent: a value that is not a finite number is a dash.
 */
export function formatKoreanUnits(
  value: number,
  _lang: Lang = 'ko',
  options: { significant?: number } = {},
): string {
  if (!Number.isFinite(value)) return NO_NUMBER;
  const rounded = options.significant ? Number(value.toPrecision(options.significant)) : value;
  // Rounding the largest doubles up overflows (1.797e308 → 1.80e308 = Infinity).
  if (!Number.isFinite(rounded)) return NO_NUMBER;
  const abs = Math.abs(rounded);
  const sign = rounded < 0 ? '-' : '';
  if (abs < 1e4) return formatNumber(rounded, 'ko', 2);
  let rest = BigInt(Math.round(abs));
  const parts: string[] = [];
  for (const [size, name] of koreanGroups) {
    const group = rest / size;
    rest %= size;
    if (group > 0n) parts.push(`${group.toLocaleString('ko-KR')}${name}`);
  }
  if (rest > 0n) parts.push(rest.toLocaleString('ko-KR'));
  return `${sign}${parts.join(' ')}`;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = monthFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[lang], {
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision !== 'year' && { month: 'short' }),
      ...(precision === 'day' && { day: 'numeric' }),
    });
    monthFormats.set(key, format);
  }
  return format;
}

/** An ISO date at its own precision: `2025` → 2025, `2025-09` → Sep 2025 / 2025년 9월. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return iso;
  const precision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  if (precision === 'year') return lang === 'ko' ? `${y}년` : String(y);
  return dateFormat(lang, precision).format(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)));
}

/** Decimal year for placing an ISO date of any precision on a time axis (mid-point of its span). */
export function isoToYear(iso: string): number {
  const [y = 0, m, d] = iso.split('-').map(Number);
  if (m === undefined) return y + 0.5;
  const start = Date.UTC(y, m - 1, d ?? 1);
  const yearStart = Date.UTC(y, 0, 1);
  const yearEnd = Date.UTC(y + 1, 0, 1);
  const offset = d === undefined ? (Date.UTC(y, m, 1) - start) / 2 : 0;
  return y + (start + offset - yearStart) / (yearEnd - yearStart);
}
