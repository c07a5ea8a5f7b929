import type { CardSource } from '../../charts/chart-card';
import type { Source } from '../../data/common-schema';
import { formatKoreanUnits, localeOf, NO_NUMBER, plainNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/energy';

/*
 * Small pieces the /energy cards share. Views never import each other, so the energy view
 * keeps its own source links rather than borrowing the Stargate view's.
 */

/** The sources behind some facts, deduplicated, in the order first cited. */
export function cardSources(
  sources: ReadonlyMap<string, Source>,
  ids: readonly string[],
): CardSource[] {
  const out = new Map<string, CardSource>();
  for (const id of ids) {
    const s = sources.get(id);
    if (s && !out.has(id)) out.set(id, s);
  }
  return [...out.values()];
}

/** Publisher links with grade and date, for a table cell or a default's footnote. */
export function SourceList({
  ids,
  sources,
}: {
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
}) {
  const { t, date } = useI18n();
  const list = cardSources(sources, ids);
  return (
    <span className="energy-sources">
      {list.map((s, index) => (
        <span key={s.id}>
          {index > 0 && ' · '}
          <a href={s.url} rel="noreferrer noopener" target="_blank" title={s.title}>
            {s.publisher}
          </a>{' '}
          <span className={`reliability reliability--${s.reliability.toLowerCase()}`}>
            ({t('energy.grade', { grade: s.reliability })}
            {s.date ? `, ${date(s.date)}` : ''})
          </span>
        </span>
      ))}
    </span>
  );
}

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
