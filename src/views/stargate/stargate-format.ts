import type { CardSource } from '../../charts/chart-card';
import type { Source } from '../../data/common-schema';
import type { FigureQualifier } from '../../data/stargate-schema';
import type { SiteStatus } from '../../data/vocabulary';
import type { MessageKey } from '../../i18n/catalogue';
import type { I18n } from '../../i18n/i18n-context';
import { localeOf } from '../../i18n/format';
import '../../i18n/messages/stargate';

/*
 * Formatting shared by the Stargate cards and pages: a figure always travels with its
 * wording ("more than 8 GW" is not "8 GW"), a source with its grade.
 */

/** "more than 1.2 GW", "up to 1 GW": the wording the source used, for tables and prose. */
export function figureText(
  i18n: I18n,
  formatted: string,
  qualifier: FigureQualifier | null,
): string {
  return i18n.t(`qualifier.${qualifier ?? 'exact'}`, { value: formatted });
}

const shortKeys: Record<FigureQualifier, MessageKey> = {
  exact: 'sg.qualifier.short.exact',
  about: 'sg.qualifier.short.about',
  nearly: 'sg.qualifier.short.nearly',
  'more-than': 'sg.qualifier.short.more-than',
  'at-least': 'sg.qualifier.short.at-least',
  'up-to': 'sg.qualifier.short.up-to',
};

/** "> 1.2 GW", "≤ 1 GW": compact wording for labels drawn inside a chart. */
export function figureShort(
  i18n: I18n,
  formatted: string,
  qualifier: FigureQualifier | null,
): string {
  return i18n.t(shortKeys[qualifier ?? 'exact'], { value: formatted });
}

export const statusKeys: Record<SiteStatus, MessageKey> = {
  operating: 'sg.status.operating',
  'partly-operating': 'sg.status.partly-operating',
  'under-construction': 'sg.status.under-construction',
  planned: 'sg.status.planned',
  'letter-of-intent': 'sg.status.letter-of-intent',
  cancelled: 'sg.status.cancelled',
};

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the reader's language from its ISO code (the data stores codes only). */
export function countryName(i18n: I18n, code: string): string {
  const locale = localeOf(i18n.lang);
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    regionNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** The sources behind some facts, deduplicated, in the order first cited, for a card's source line. */
export function cardSources(
  sources: ReadonlyMap<string, Source>,
  ids: readonly string[],
): CardSource[] {
  const seen = new Set<string>();
  const out: CardSource[] = [];
  for (const id of ids) {
    const source = sources.get(id);
    if (!source || seen.has(id)) continue;
    seen.add(id);
    out.push({
      id: source.id,
      publisher: source.publisher,
      title: source.title,
      url: source.url,
      date: source.date,
      reliability: source.reliability,
    });
  }
  return out;
}

/** Toggles one value in a list, for filter chips and legend entries. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
