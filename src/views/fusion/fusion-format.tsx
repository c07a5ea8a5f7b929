import type { Source } from '../../data/common-schema';
import type { FusionDocument, TimePoint, ValueQualifier } from '../../data/fusion-schema';
import type { MessageKey } from '../../i18n/catalogue';
import type { I18n } from '../../i18n/i18n-context';
import '../../i18n/messages/fusion';

/** What a source said about a date, or the date itself at its precision, or the window. */
export function pointText(i18n: I18n, point: TimePoint | null): string {
  if (!point) return i18n.t('fusion.date.none');
  if (point.label) return i18n.pick(point.label);
  if (point.date) return i18n.date(point.date);
  return `${point.earliestYear ?? '?'}–${point.latestYear ?? '?'}`;
}

/** A signed slip in years: "+13", "−20", "0". */
export function slipText(i18n: I18n, years: number | null): string {
  if (years === null) return '–';
  const rounded = Math.round(years * 2) / 2;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${i18n.number(Math.abs(rounded), 1)}`;
}

const qualifierKeys: Record<ValueQualifier, MessageKey> = {
  about: 'fusion.q.about',
  'at-least': 'fusion.q.at-least',
  'more-than': 'fusion.q.more-than',
  'less-than': 'fusion.q.less-than',
  'up-to': 'fusion.q.up-to',
  estimated: 'fusion.q.estimated',
  equivalent: 'fusion.q.equivalent',
  simulated: 'fusion.q.simulated',
};

/** "about 0.67", "≥ 500": a figure with how it is bounded. */
export function qualified(
  i18n: I18n,
  value: string,
  qualifier: ValueQualifier | null | undefined,
): string {
  return qualifier ? i18n.t(qualifierKeys[qualifier], { value }) : value;
}

/** What every section under the charts is given: the document and its sources, resolved once. */
export type FusionSectionProps = { doc: FusionDocument; sources: ReadonlyMap<string, Source> };
