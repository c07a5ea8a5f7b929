import { useSyncExternalStore } from 'react';
import type { CardSource } from '../../charts/chart-card';
import type { Source } from '../../data/common-schema';
import type { TimePoint, ValueQualifier } from '../../data/fusion-schema';
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

/** The card's source line: the sources behind what is shown, resolved. */
export function cardSources(
  ids: Iterable<string>,
  sources: ReadonlyMap<string, Source>,
): CardSource[] {
  return [...new Set(ids)].flatMap((id) => {
    const s = sources.get(id);
    return s ? [s] : [];
  });
}

/** A fact's sources as publisher links with their grade, so a table row can be checked. */
export function SourceList({
  ids,
  sources,
}: {
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
}) {
  const list = cardSources(ids, sources);
  return (
    <span className="fu-sources">
      {list.map((s, index) => (
        <span key={s.id}>
          {index > 0 && ', '}
          <a href={s.url} target="_blank" rel="noreferrer noopener" title={s.title}>
            {s.publisher}
          </a>
          {s.reliability === 'C' && <span className="fu-grade"> C</span>}
        </span>
      ))}
    </span>
  );
}

/** Toggle a value in a list, for filter chips. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

const narrowQuery = '(max-width: 640px)';
const subscribeNarrow = (onChange: () => void) => {
  const list = window.matchMedia(narrowQuery);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};

/** Whether the screen is phone-narrow: axis label widths are numbers CSS cannot give a chart. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribeNarrow,
    () => window.matchMedia(narrowQuery).matches,
    () => false,
  );
}
