import { formatKoreanUnits, localeOf, NO_NUMBER, plainNumber } from '../../i18n/format';
import '../../i18n/messages/energy';

/* Number and year formats the /energy cards share. */

const compactFormats = new Map<string, Intl.NumberFormat>();

/**
 * 10.6 million / 1,060만: large derived counts a reader can take in at a glance. Korean goes
 * through the one Korean number format, rounded to three significant digits (a derived
 * count's last digits mean nothing).
 */
export function formatCompact(value: number, lang: 'en' | 'ko'): string {
  if (!Number.isFinite(value)) return NO_NUMBER;
  if (lang === 'ko') return formatKoreanUnits(value, 'ko', { significant: 3 });
  const locale = localeOf(lang);
  let format = compactFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      notation: 'compact',
      signDisplay: 'negative',
      // en-GB's short form is a lower-case "10.6m", easily misread as metres.
      compactDisplay: lang === 'en' ? 'long' : 'short',
      maximumFractionDigits: 1,
    });
    compactFormats.set(locale, format);
  }
  return format.format(value);
}

/** A decimal year as the reader's calendar year ("2038" / "2038년"); a dash for no year. */
export function formatYear(year: number, lang: 'en' | 'ko'): string {
  if (!Number.isFinite(year)) return NO_NUMBER;
  const whole = plainNumber(Math.floor(year));
  return lang === 'ko' ? `${whole}년` : whole;
}
