import type {
  FigureQualifier,
  PartnerId,
  Site,
  StargateDocument,
} from '../../data/stargate-schema';
import type { SiteStatus } from '../../data/vocabulary';
import type { MessageKey } from '../../i18n/catalogue';
import type { I18n } from '../../i18n/i18n-context';
import { localeOf } from '../../i18n/format';
import '../../i18n/messages/stargate';

/*
 * Formatting shared by the Stargate cards and pages: a figure always travels with its
 * wording ("more than 8 GW" is not "8 GW"), a site's codes with their names.
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

/** How a site's facts are named in the reader's language: partner, status, country, capacity. */
export type SiteLabels = {
  partner: (id: PartnerId) => string;
  status: (status: SiteStatus) => string;
  country: (code: string) => string;
  /** "more than 1.2 GW", or "not disclosed" where the site gives none. */
  capacity: (row: {
    capacityGw: number | null;
    capacityQualifier: FigureQualifier | null;
  }) => string;
};

export function siteLabels(i18n: I18n, doc: StargateDocument): SiteLabels {
  const partners = new Map(doc.partners.map((p) => [p.id, p.name]));
  return {
    partner: (id) => {
      const name = partners.get(id);
      return name ? i18n.pick(name) : id;
    },
    status: (status) => i18n.t(statusKeys[status]),
    country: (code) => countryName(i18n, code),
    capacity: (row) =>
      row.capacityGw === null
        ? i18n.t('value.unknown')
        : figureText(i18n, i18n.gw(row.capacityGw), row.capacityQualifier),
  };
}

/** The sources behind a site's capacity figure (its own sources where the figure has none). */
export function capacitySourceIds(site: Site | undefined): readonly string[] {
  return site?.capacitySourceIds ?? site?.sourceIds ?? [];
}
