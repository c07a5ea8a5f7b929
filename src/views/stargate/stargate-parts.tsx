import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { TableColumn } from '../../charts/data-table';
import { toggled } from '../../charts/filter-chips';
import { ToggleLegend } from '../../charts/toggle-legend';
import { usePalette } from '../../charts/palette';
import { UncertainBadge } from '../../charts/uncertain-badge';
import type { LocalizedText } from '../../data/common-schema';
import { isUncertain, sourcesById } from '../../data/sources-derive';
import type { PowerItem, PowerUnit, StargateDocument } from '../../data/stargate-schema';
import { siteStatuses, type SiteStatus } from '../../data/vocabulary';
import { formatKoreanUnits } from '../../i18n/format';
import { useI18n, type I18n } from '../../i18n/i18n-context';
import { useLinkTo } from '../url-state';
import { FactSources } from '../shared/fact-sources';
import { ShowMoreList } from './show-more-list';
import { statusKeys } from './stargate-format';
import '../../i18n/messages/stargate';

/* Pieces both Stargate pages show: power figures with their units, and disputed figures. */

const unitKeys = {
  GW: 'sg.unit.GW',
  MW: 'sg.unit.MW',
  'us-homes': 'sg.unit.us-homes',
  reactors: 'sg.unit.reactors',
  percent: 'sg.unit.percent',
  'gallons-per-year-per-building': 'sg.unit.gallons-per-year-per-building',
  'mt-co2e-per-year': 'sg.unit.mt-co2e-per-year',
} as const satisfies Record<PowerUnit, string>;

/** A power fact's number in its unit ("8,000,000 US homes"), or null where it has none. */
function powerValue(i18n: I18n, item: PowerItem): string | null {
  if (item.value === null || item.unit === null) return null;
  if (item.unit === 'GW') return i18n.gw(item.value);
  if (item.unit === 'MW') return i18n.gw(item.value / 1000);
  // Korean readers count large numbers in 만 and 억 (8,000,000 → 800만), and tonnes rather
  // than megatonnes: 14 Mt is 1,400만 톤.
  const count =
    i18n.lang === 'ko' && item.unit === 'mt-co2e-per-year' ? item.value * 1e6 : item.value;
  const value = i18n.lang === 'ko' && count >= 1e4 ? formatKoreanUnits(count) : i18n.number(count);
  return i18n.t(unitKeys[item.unit], { value });
}

/** Disputed figures, each with the sites it touches and its sources. */
export function ConflictList({
  conflicts,
  doc,
}: {
  conflicts: StargateDocument['conflicts'];
  doc: StargateDocument;
}) {
  const { pick } = useI18n();
  const linkTo = useLinkTo();
  const sources = useMemo(() => sourcesById(doc), [doc]);
  const siteNames = new Map(doc.sites.map((s) => [s.id, s.name]));
  return (
    <ShowMoreList
      as="dl"
      className="sg-conflicts"
      initial={4}
      items={conflicts.map((c) => (
        <div key={c.id} className="sg-conflict">
          <dt>{pick(c.topic)}</dt>
          <dd>
            <p>{pick(c.text)}</p>
            <p className="sg-small">
              {c.siteIds.map((id) => {
                const name = siteNames.get(id);
                return (
                  <span key={id}>
                    <Link to={linkTo(`/stargate/sites/${id}`)}>{name ? pick(name) : id}</Link>
                    {' · '}
                  </span>
                );
              })}
              <FactSources ids={c.sourceIds} sources={sources} />
            </p>
          </dd>
        </div>
      ))}
    />
  );
}

/** One announcement in a timeline: date (marked when inferred), title, key figures, sources. */
export function EventItem({
  event: e,
  sources,
}: {
  event: StargateDocument['events'][number];
  sources: ReturnType<typeof sourcesById>;
}) {
  const { t, pick, date } = useI18n();
  const uncertain = isUncertain(e, sources);
  return (
    <li className={uncertain ? 'sg-event sg-event--uncertain' : 'sg-event'}>
      <time className="sg-event__date" dateTime={e.date}>
        {e.dateInferred ? t('date.inferred', { date: date(e.date) }) : date(e.date)}
      </time>
      <span className="sg-event__title">
        {pick(e.title)}
        <UncertainBadge shown={uncertain} />
      </span>
      {e.keyFigures && <span className="sg-event__figures">{pick(e.keyFigures)}</span>}
      <span className="sg-small">
        <FactSources ids={e.sourceIds} sources={sources} />
      </span>
    </li>
  );
}

/** The site statuses present, as a legend whose entries hide and show them (`hide` in the URL). */
export function StatusLegend({
  statuses,
  hidden,
  onHiddenChange,
}: {
  statuses: readonly SiteStatus[];
  hidden: readonly SiteStatus[];
  onHiddenChange: (hidden: SiteStatus[]) => void;
}) {
  const { t } = useI18n();
  const palette = usePalette();
  return (
    <ToggleLegend
      label={t('sg.capacity.legend')}
      items={siteStatuses
        .filter((s) => statuses.includes(s))
        .map((s) => ({
          key: s,
          label: t(statusKeys[s]),
          color: palette.status[s],
          dashed: s === 'cancelled',
        }))}
      hidden={hidden}
      onToggle={(key) => {
        const status = siteStatuses.find((s) => s === key);
        if (status) onHiddenChange(toggled(hidden, status));
      }}
    />
  );
}

/** A table column naming the site, linked to its page. */
export function useSiteColumn<
  Row extends { siteId: string; name: LocalizedText },
>(): TableColumn<Row> {
  const { t, pick } = useI18n();
  const linkTo = useLinkTo();
  return {
    key: 'site',
    label: t('sg.col.site'),
    render: (r) => <Link to={linkTo(`/stargate/sites/${r.siteId}`)}>{pick(r.name)}</Link>,
  };
}

/** One power fact: its figure, title (a correction says so), text, site and sources. */
export function PowerFact({
  item: p,
  sources,
  siteName,
}: {
  item: PowerItem;
  sources: ReturnType<typeof sourcesById>;
  /** Named (and linked) where the list mixes sites; a site's own page leaves it out. */
  siteName?: LocalizedText;
}) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const linkTo = useLinkTo();
  const value = powerValue(i18n, p);
  return (
    <li className={p.topic === 'correction' ? 'sg-fact sg-correction' : 'sg-fact'}>
      {value && <span className="sg-fact__value">{value}</span>}
      <span className="sg-fact__title">
        {p.topic === 'correction' && <strong>{t('sg.power.correction')}: </strong>}
        {pick(p.title)}
        <UncertainBadge shown={isUncertain(p, sources)} />
      </span>
      <span className="sg-fact__text">{pick(p.text)}</span>
      <span className="sg-small">
        {siteName && p.siteId && (
          <>
            <Link to={linkTo(`/stargate/sites/${p.siteId}`)}>{pick(siteName)}</Link>
            {' · '}
          </>
        )}
        <FactSources ids={p.sourceIds} sources={sources} />
      </span>
    </li>
  );
}

/** The marks stargate.css draws in a key (`.sg-key__item--*`). */
type KeyMark = 'hatched' | 'outline' | 'open' | 'triangle' | 'circle' | 'dashed' | 'range';

/** The key to a chart's marks, in the order given: each mark beside what it means. */
export function MarkKey({ marks }: { marks: Partial<Record<KeyMark, string>> }) {
  return (
    <p className="sg-key">
      {Object.entries(marks).map(([mark, text]) => (
        <span key={mark} className={`sg-key__item sg-key__item--${mark}`}>
          {text}
        </span>
      ))}
    </p>
  );
}

/** A panel of a Stargate page: a section labelled by its heading, with the lede where it has one. */
export function Section({
  id,
  title,
  lede,
  children,
}: {
  id: string;
  title: string;
  lede?: string;
  children: ReactNode;
}) {
  return (
    <section className="panel sg-section skip-offscreen" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {lede && <p className="sg-section__lede">{lede}</p>}
      {children}
    </section>
  );
}

/** The announcements in the order given, as a timeline section that shows the first few. */
export function EventTimeline({
  id,
  events,
  sources,
}: {
  id: string;
  events: readonly StargateDocument['events'][number][];
  sources: ReturnType<typeof sourcesById>;
}) {
  const { t } = useI18n();
  return (
    <Section id={id} title={t('sg.timeline.title')} lede={t('sg.timeline.order')}>
      <ShowMoreList
        as="ol"
        className="sg-timeline"
        initial={6}
        items={events.map((e) => (
          <EventItem key={e.id} event={e} sources={sources} />
        ))}
      />
    </Section>
  );
}

/** A table column of a row's date ("no date" where the sources give none), sorted by date. */
export function dateColumn<Row extends { date: string | null }>(i18n: I18n): TableColumn<Row> {
  const { t, date } = i18n;
  return {
    key: 'date',
    label: t('sg.col.date'),
    sortValue: (r) => r.date,
    render: (r) => (r.date ? date(r.date) : t('date.none')),
  };
}
