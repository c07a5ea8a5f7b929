import { lazy, Suspense, useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { DataTable, type TableSpec } from '../../charts/data-table';
import { SourceGrade } from '../../charts/source-list';
import { UncertainBadge } from '../../charts/uncertain-badge';
import { sourcesById } from '../../data/sources-derive';
import type { StargateDocument } from '../../data/stargate-schema';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import { FactSources, sourcesColumn } from '../shared/fact-sources';
import { useLinkTo } from '../url-state';
import { gwRange, siteModel, type CapacityFigure, type FinancingRow } from './site-model';
import { countryName, statusKeys } from './stargate-format';
import { ConflictList, EventTimeline, PowerFact, Section } from './stargate-parts';
import './stargate.css';
import '../../i18n/messages/stargate';
import { useDocumentTitle } from '../document-title';
// The site's tables use DataTable's markup without the component.
import '../../charts/data-table.css';

// The locator's geography loads with the page's first paint done, not before it.
const SiteLocator = lazy(() => import('./site-locator').then((m) => ({ default: m.SiteLocator })));

/** `/stargate/sites/:siteId`: everything the data says about one site, each fact with its sources. */
export function SiteView() {
  const { siteId = '' } = useParams();
  return (
    <article className="sg-page">
      <DatasetGate name="stargate" minHeight={600}>
        {(doc) => <SitePage doc={doc} siteId={siteId} />}
      </DatasetGate>
    </article>
  );
}

function SitePage({ doc, siteId }: { doc: StargateDocument; siteId: string }) {
  const i18n = useI18n();
  const { t, pick, date } = i18n;
  const linkTo = useLinkTo();
  const detail = siteModel(doc, siteId, i18n);
  const sources = useMemo(() => sourcesById(doc), [doc]);
  useDocumentTitle(detail ? pick(detail.site.name) : t('sg.site.notFound.title'));

  if (!detail) {
    return (
      <div className="not-found">
        <h1>{t('sg.site.notFound.title')}</h1>
        <p>{t('sg.site.notFound.body', { id: siteId })}</p>
        <p>
          <Link to={linkTo('/stargate')}>{t('sg.site.back')}</Link>
        </p>
      </div>
    );
  }

  const { site, events, power, conflicts, lead, uncertain } = detail;
  const capacityTable: TableSpec<CapacityFigure> = {
    rows: detail.capacity,
    rowKey: (r) => r.key,
    columns: [
      {
        key: 'figure',
        label: t('sg.col.figure'),
        render: (r) => (
          <>
            {r.figure}
            {r.aside && (
              <>
                {' '}
                <span className="sg-small">({r.aside})</span>
              </>
            )}
            <UncertainBadge shown={r.uncertain} />
            {r.detail && <span className="sg-small sg-block">{r.detail}</span>}
          </>
        ),
      },
      { key: 'measure', label: t('sg.col.measure'), render: (r) => r.measure },
      sourcesColumn(t('chart.sources'), sources, (r) => r.sourceIds),
    ],
  };
  const financingTable: TableSpec<FinancingRow> = {
    rows: detail.financing,
    rowKey: (r) => r.id,
    columns: [
      {
        key: 'item',
        label: t('sg.col.item'),
        render: (r) => (
          <>
            {r.label}
            {r.note && <span className="sg-small sg-block">{r.note}</span>}
          </>
        ),
      },
      { key: 'what', label: t('sg.col.what'), render: (r) => r.kind },
      {
        key: 'amount',
        label: t('sg.col.amount'),
        numeric: true,
        render: (r) => (
          <>
            {r.amount}
            <UncertainBadge shown={r.uncertain} />
          </>
        ),
      },
      { key: 'date', label: t('sg.col.date'), render: (r) => r.date },
      sourcesColumn(t('chart.sources'), sources, (r) => r.sourceIds),
    ],
  };

  return (
    <>
      <nav className="sg-crumbs" aria-label={t('sg.site.crumbs')}>
        <Link to={linkTo('/stargate')}>{t('sg.title')}</Link> <span aria-hidden="true">›</span>{' '}
        {pick(site.name)}
      </nav>
      <header className="page-header">
        <h1>
          {pick(site.name)}
          {site.codename && <span className="sg-codename"> “{site.codename}”</span>}
        </h1>
        <p className="page-header__lede">
          {pick(site.location)}, {countryName(i18n, site.country)} · {t('sg.col.lead')}:{' '}
          {lead ? pick(lead.name) : site.leadPartner}
        </p>
        <p>
          <span className={`badge sg-status sg-status--${site.status}`}>
            {t(statusKeys[site.status])}
          </span>
          <UncertainBadge shown={uncertain} />{' '}
          <span className="kpi__meta sg-inline">
            {t('sg.site.statusAsOf', { date: date(site.statusAsOf) })}
          </span>
        </p>
      </header>

      <ul className="kpis" aria-label={t('sg.kpis.label')}>
        <li className="kpi">
          <span className="kpi__value">
            {gwRange(i18n, site.capacityGw, null, site.capacityQualifier)}
          </span>
          <span className="kpi__label">{t('sg.site.headline')}</span>
          {site.capacityNote && <span className="kpi__meta">{pick(site.capacityNote)}</span>}
        </li>
        {site.firstPhaseGw !== null && (
          <li className="kpi">
            <span className="kpi__value">
              {gwRange(i18n, site.firstPhaseGw, site.firstPhaseMaxGw, site.firstPhaseQualifier)}
            </span>
            <span className="kpi__label">{t('sg.site.firstPhase')}</span>
          </li>
        )}
        <li className="kpi">
          <span className="kpi__value sg-kpi-text">
            {site.expectedOnline ? pick(site.expectedOnline.label) : '–'}
          </span>
          <span className="kpi__label">{t('sg.col.expected')}</span>
          {detail.expectedUncertain && (
            <span className="kpi__meta">
              <UncertainBadge />
            </span>
          )}
        </li>
        <li className="kpi">
          <span className="kpi__value sg-kpi-text">{date(site.announced)}</span>
          <span className="kpi__label">{t('sg.site.announced')}</span>
        </li>
      </ul>

      <div className="grid">
        {site.place && (
          <Suspense fallback={<div className="panel loading-block" aria-busy="true" />}>
            <SiteLocator site={site} doc={doc} />
          </Suspense>
        )}
        <Section id="site-status-title" title={t('sg.site.status')}>
          <p>{pick(site.statusNote)}</p>
          {site.statusSince && (
            <p className="sg-small">{t('sg.site.since', { date: date(site.statusSince) })}</p>
          )}
          <dl className="sg-facts-dl">
            <dt>{t('sg.site.developers')}</dt>
            <dd>
              {site.developers.length
                ? site.developers
                    .map((d) => (d.role ? `${d.name} (${i18n.pick(d.role)})` : d.name))
                    .join(', ')
                : '–'}
            </dd>
            <dt>{t('sg.site.power')}</dt>
            <dd>
              {site.powerSource ? pick(site.powerSource) : t('value.unknown')}
              <span className="sg-small">
                {' '}
                ({site.powerKinds.map((k) => t(`sg.powerKind.${k}`)).join(', ')})
              </span>
            </dd>
            <dt>{t('sg.site.chips')}</dt>
            <dd>{site.chips ? pick(site.chips) : t('value.unknown')}</dd>
          </dl>
        </Section>

        <Section id="site-capacity-title" title={t('sg.site.capacity')}>
          <DataTable
            caption={t('sg.site.capacity')}
            labelledBy="site-capacity-title"
            table={capacityTable}
          />
          <p className="sg-small">{t('sg.site.measureNote')}</p>
        </Section>
      </div>

      {site.phases.length > 0 && (
        <Section id="site-phases-title" title={t('sg.site.phases')}>
          <ol className="sg-phases">
            {site.phases.map((p) => (
              <li key={p.id} className="sg-phase">
                <p className="sg-phase__head">
                  <strong>{pick(p.name)}</strong>{' '}
                  <span className={`badge sg-status sg-status--${p.status}`}>
                    {t(statusKeys[p.status])}
                  </span>
                  <UncertainBadge shown={detail.phaseUncertain(p.id)} />
                </p>
                <p>
                  {gwRange(i18n, p.capacityGw, p.capacityMaxGw, p.capacityQualifier)}
                  {p.cumulative && ` ${t('sg.site.cumulative')}`}
                  {p.beyondHeadline && ` ${t('sg.site.beyond')}`}
                  {p.started && ` · ${t('sg.site.started', { date: date(p.started) })}`}
                  {p.expectedOnline &&
                    ` · ${t('sg.site.expected', { when: pick(p.expectedOnline.label) })}`}
                </p>
                {p.note && <p className="sg-small">{pick(p.note)}</p>}
                <p className="sg-small">
                  <FactSources ids={p.sourceIds} sources={sources} />
                </p>
              </li>
            ))}
          </ol>
        </Section>
      )}

      {detail.financing.length > 0 && (
        <Section id="site-money-title" title={t('sg.site.financing')}>
          <p className="sg-small">{t('sg.invest.note.sites')}</p>
          <DataTable
            caption={t('sg.site.financing')}
            labelledBy="site-money-title"
            table={financingTable}
          />
        </Section>
      )}

      {power.length > 0 && (
        <Section id="site-power-title" title={t('sg.power.title')}>
          <ul className="sg-facts">
            {power.map((p) => (
              <PowerFact key={p.id} item={p} sources={sources} />
            ))}
          </ul>
        </Section>
      )}

      <div className="grid">
        {events.length > 0 && (
          <EventTimeline id="site-events-title" events={[...events].reverse()} sources={sources} />
        )}
        {conflicts.length > 0 && (
          <Section id="site-conflicts-title" title={t('sg.conflicts.title')}>
            <ConflictList conflicts={conflicts} doc={doc} />
          </Section>
        )}
      </div>

      <Section
        id="site-sources-title"
        title={t('sg.site.sources', { count: detail.sources.length })}
      >
        <ul className="sg-source-list">
          {detail.sources.map((s) => (
            <li key={s.id}>
              <SourceGrade grade={s.reliability} />{' '}
              <a href={s.url} target="_blank" rel="noreferrer noopener">
                {s.title}
              </a>
              <span className="sg-small">
                {' '}
                · {s.publisher}
                {s.date ? ` · ${date(s.date)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
