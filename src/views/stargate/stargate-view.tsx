import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { DataTable, type TableSpec } from '../../charts/data-table';
import { UncertainBadge } from '../../charts/uncertain-badge';
import { sourcesById, isUncertain } from '../../data/sources-derive';
import type { Site, StargateDocument } from '../../data/stargate-schema';
import { powerTopics } from '../../data/vocabulary';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import { useLinkTo } from '../url-state';
import { CapacityCard } from './capacity-card';
import { GrowthCard } from './growth-card';
import { InvestmentCard } from './investment-card';
import { NearViewport } from '../near-viewport';
import { FactSources } from '../shared/fact-sources';
import { countryName, figureText, statusKeys } from './stargate-format';
import { stargateHeadline } from './site-model';
import { ConflictList, EventTimeline, PowerFact, Section } from './stargate-parts';
import './stargate.css';
import '../../i18n/messages/stargate';

// The map's code and geography load only as a reader nears it.
const MapCard = lazy(() => import('./map-card').then((m) => ({ default: m.MapCard })));

/** `/stargate`: the programme in figures, its charts, partners, sites, power, timeline and disputes. */
export function StargateView() {
  const { t } = useI18n();
  return (
    <article className="sg-page">
      <header className="page-header">
        <h1>{t('sg.title')}</h1>
        <p className="page-header__lede">{t('sg.lede')}</p>
      </header>
      {/* One gate for the page, so a broken file is announced once, not once per card. */}
      <DatasetGate name="stargate" minHeight={600}>
        {(doc) => (
          <>
            <StargatePage doc={doc} />
            {/* The charts are self-contained (they are also embeds and slides) and read the same cached data. */}
            <section aria-labelledby="sg-charts-title" className="sg-charts">
              <h2 id="sg-charts-title" className="visually-hidden">
                {t('sg.charts.title')}
              </h2>
              <Suspense
                fallback={
                  <div className="loading-block" style={{ minHeight: 420 }} aria-busy="true" />
                }
              >
                <CapacityCard />
                <NearViewport id="stargate-map" minHeight={480}>
                  <Suspense
                    fallback={
                      <div className="loading-block" style={{ minHeight: 480 }} aria-busy="true" />
                    }
                  >
                    <MapCard />
                  </Suspense>
                </NearViewport>
                <GrowthCard />
                <InvestmentCard />
              </Suspense>
            </section>
            <StargateDetails doc={doc} />
          </>
        )}
      </DatasetGate>
    </article>
  );
}

function StargatePage({ doc }: { doc: StargateDocument }) {
  const i18n = useI18n();
  const { t, gw, usdBn, date } = i18n;
  const { pledge, target, solid, running, ...sites } = stargateHeadline(doc);

  return (
    <>
      <p className="kpi__meta">{t('chart.asOf', { date: date(doc.asOf) })}</p>
      <ul className="kpis" aria-label={t('sg.kpis.label')}>
        {pledge && (
          <li className="kpi">
            <span className="kpi__value">{usdBn(pledge.amountUsdBn)}</span>
            <span className="kpi__label">{t('sg.kpi.pledge')}</span>
            <span className="kpi__meta">{i18n.krw(pledge.amountUsdBn)}</span>
            <span className="kpi__meta">
              {pledge.horizon ? i18n.pick(pledge.horizon) : date(pledge.date)}
            </span>
          </li>
        )}
        {target && (
          <li className="kpi">
            <span className="kpi__value">{gw(target.capacityGw)}</span>
            <span className="kpi__label">{t('sg.kpi.target')}</span>
            <span className="kpi__meta">
              {t('sg.kpi.targetMeta', {
                years: target.horizons.map((h) => h.by).join(' / '),
              })}
            </span>
          </li>
        )}
        {solid && solid.capacityGw !== null && (
          <li className="kpi">
            <span className="kpi__value">
              {figureText(i18n, gw(solid.capacityGw), solid.qualifier)}
            </span>
            <span className="kpi__label">{t('sg.kpi.announced')}</span>
            <span className="kpi__meta">{date(solid.date)}</span>
          </li>
        )}
        {running && (
          <li className="kpi">
            <span className="kpi__value">{gw(running.capacityGw)}</span>
            <span className="kpi__label">{t('sg.kpi.running')}</span>
            <span className="kpi__meta">
              {t('sg.kpi.runningMeta', {
                measure: t(`sg.measure.${running.measure}`),
                date: running.date ? date(running.date) : '',
              })}
              <UncertainBadge />
            </span>
          </li>
        )}
        <li className="kpi">
          <span className="kpi__value">{i18n.number(sites.activeSites)}</span>
          <span className="kpi__label">{t('sg.kpi.sites')}</span>
          <span className="kpi__meta">
            {t('sg.kpi.sitesMeta', {
              countries: sites.countries,
              cancelled: sites.cancelledSites,
            })}
          </span>
        </li>
      </ul>
    </>
  );
}

function StargateDetails({ doc }: { doc: StargateDocument }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const sources = useMemo(() => sourcesById(doc), [doc]);
  const siteNames = new Map(doc.sites.map((s) => [s.id, s.name]));
  const topics = powerTopics.filter(
    (topic) => topic !== 'correction' && doc.power.some((p) => p.topic === topic),
  );
  const corrections = doc.power.filter((p) => p.topic === 'correction');
  // Newest first: the latest news is what a returning reader looks for.
  const events = [...doc.events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

  return (
    <>
      <Section id="sg-partners-title" title={t('sg.partners.title')} lede={t('sg.partners.lede')}>
        <ul className="sg-partners">
          {doc.partners.map((p) => (
            <li key={p.id} className="sg-partner">
              <h3 className="sg-partner__name">{pick(p.name)}</h3>
              <p className="sg-partner__kinds">
                {p.kinds.map((k) => t(`sg.partnerKind.${k}`)).join(' · ')}
              </p>
              <p>{pick(p.role)}</p>
              <p className="sg-small">
                <FactSources ids={p.sourceIds} sources={sources} />
              </p>
            </li>
          ))}
        </ul>
      </Section>

      <SitesTable doc={doc} sources={sources} />

      <Section id="sg-power-title" title={t('sg.power.title')} lede={t('sg.power.lede')}>
        {corrections.map((c) => (
          <aside key={c.id} className="sg-correction" aria-label={t('sg.power.correction')}>
            <p className="sg-correction__title">
              <strong>{t('sg.power.correction')}:</strong> {pick(c.title)}
            </p>
            <p>{pick(c.text)}</p>
            <p className="sg-small">
              <FactSources ids={c.sourceIds} sources={sources} />
            </p>
          </aside>
        ))}
        <div className="sg-power">
          {topics.map((topic) => (
            <div key={topic} className="sg-power__topic">
              <h3>{t(`sg.power.topic.${topic}`)}</h3>
              <ul className="sg-facts">
                {doc.power
                  .filter((p) => p.topic === topic)
                  .map((p) => (
                    <PowerFact
                      key={p.id}
                      item={p}
                      sources={sources}
                      siteName={p.siteId ? siteNames.get(p.siteId) : undefined}
                    />
                  ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>

      <div className="grid">
        <EventTimeline id="sg-timeline-title" events={events} sources={sources} />

        <Section
          id="sg-conflicts-title"
          title={t('sg.conflicts.title')}
          lede={t('sg.conflicts.lede')}
        >
          <ConflictList conflicts={doc.conflicts} doc={doc} />
        </Section>
      </div>
    </>
  );
}

/**
 * Every site, as a table. Past a few hundred sites only the rows in view are rendered (see
 * DataTable), in a scroll box of its own, so a file of thousands of sites stays usable.
 */
function SitesTable({
  doc,
  sources,
}: {
  doc: StargateDocument;
  sources: ReturnType<typeof sourcesById>;
}) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const linkTo = useLinkTo();
  const partnerNames = new Map(doc.partners.map((p) => [p.id, p.name]));
  const table: TableSpec<Site> = {
    rows: doc.sites,
    rowKey: (s) => s.id,
    rowAttributes: (s) => ({
      className: s.status === 'cancelled' ? 'sg-row--cancelled' : undefined,
    }),
    columns: [
      {
        key: 'site',
        label: t('sg.col.site'),
        render: (s) => (
          <>
            <Link to={linkTo(`/stargate/sites/${s.id}`)}>{pick(s.name)}</Link>
            {s.codename && <span className="sg-small"> “{s.codename}”</span>}
          </>
        ),
      },
      {
        key: 'location',
        label: t('sg.col.location'),
        render: (s) => (
          <>
            {pick(s.location)}
            <span className="sg-small"> · {countryName(i18n, s.country)}</span>
          </>
        ),
      },
      {
        key: 'status',
        label: t('sg.col.status'),
        render: (s) => (
          <>
            <span className={`badge sg-status sg-status--${s.status}`}>
              {t(statusKeys[s.status])}
            </span>
            <UncertainBadge
              shown={isUncertain(
                { uncertain: s.uncertain, sourceIds: s.capacitySourceIds ?? s.sourceIds },
                sources,
              )}
            />
          </>
        ),
      },
      {
        key: 'capacity',
        label: t('sg.col.capacity'),
        numeric: true,
        render: (s) =>
          s.capacityGw === null ? (
            <em>{t('value.unknown')}</em>
          ) : (
            figureText(i18n, i18n.gw(s.capacityGw), s.capacityQualifier)
          ),
      },
      {
        key: 'lead',
        label: t('sg.col.lead'),
        render: (s) => {
          const lead = partnerNames.get(s.leadPartner);
          return lead ? pick(lead) : s.leadPartner;
        },
      },
      {
        key: 'expected',
        label: t('sg.col.expected'),
        render: (s) => (s.expectedOnline ? pick(s.expectedOnline.label) : '–'),
      },
    ],
  };
  return (
    <Section id="sg-sites-title" title={t('sg.sites.title')} lede={t('sg.sites.lede')}>
      <DataTable
        caption={t('sg.sites.title')}
        labelledBy="sg-sites-title"
        className="sg-sites"
        table={table}
      />
    </Section>
  );
}
