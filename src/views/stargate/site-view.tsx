import { lazy, Suspense, useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { sourcesById, isUncertain } from '../../data/sources-derive';
import { siteDetail } from '../../data/stargate-derive';
import type { FigureQualifier, StargateDocument } from '../../data/stargate-schema';
import { useI18n, type I18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import { useLinkTo } from '../url-state';
import { ShowMoreList } from './show-more-list';
import { SourceLinks } from './source-links';
import { countryName, figureText, statusKeys } from './stargate-format';
import { ConflictList, EventItem, powerValue } from './stargate-parts';
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

function gwRange(
  i18n: I18n,
  low: number | null,
  high: number | null,
  qualifier: FigureQualifier | null,
): string {
  if (low === null) return i18n.t('value.unknown');
  const text =
    high !== null && high !== low ? `${i18n.number(low)}–${i18n.gw(high)}` : i18n.gw(low);
  return figureText(i18n, text, qualifier);
}

function SitePage({ doc, siteId }: { doc: StargateDocument; siteId: string }) {
  const i18n = useI18n();
  const { t, pick, date, usdBn } = i18n;
  const linkTo = useLinkTo();
  const detail = useMemo(() => siteDetail(doc, siteId), [doc, siteId]);
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

  const { site, events, financing, observed, power, conflicts } = detail;
  const lead = doc.partners.find((p) => p.id === site.leadPartner);
  const uncertain = isUncertain(
    { uncertain: site.uncertain, sourceIds: site.capacitySourceIds ?? site.sourceIds },
    sources,
  );
  const allSourceIds = [
    ...new Set([
      ...site.sourceIds,
      ...(site.capacitySourceIds ?? []),
      ...site.alternativeCapacities.flatMap((a) => a.sourceIds),
      ...site.phases.flatMap((p) => p.sourceIds),
      ...financing.flatMap((f) => f.sourceIds),
      ...events.flatMap((e) => e.sourceIds),
      ...power.flatMap((p) => p.sourceIds),
      ...conflicts.flatMap((c) => c.sourceIds),
    ]),
  ];
  const gradeOrder = { A: 0, B: 1, C: 2 } as const;
  const siteSources = allSourceIds
    .flatMap((id) => {
      const s = sources.get(id);
      return s ? [s] : [];
    })
    .sort(
      (a, b) =>
        gradeOrder[a.reliability] - gradeOrder[b.reliability] ||
        a.publisher.localeCompare(b.publisher),
    );

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
          </span>{' '}
          {uncertain && <span className="badge badge--uncertain">{t('chart.uncertain')}</span>}{' '}
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
          {site.expectedOnline && isUncertain(site.expectedOnline, sources) && (
            <span className="kpi__meta">
              <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
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
        <section className="panel sg-section" aria-labelledby="site-status-title">
          <h2 id="site-status-title">{t('sg.site.status')}</h2>
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
        </section>

        <section className="panel sg-section" aria-labelledby="site-capacity-title">
          <h2 id="site-capacity-title">{t('sg.site.capacity')}</h2>
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby="site-capacity-title"
          >
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('sg.col.figure')}</th>
                  <th scope="col">{t('sg.col.measure')}</th>
                  <th scope="col">{t('chart.sources')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">
                    {gwRange(i18n, site.capacityGw, null, site.capacityQualifier)}{' '}
                    <span className="sg-small">({t('sg.site.headlineShort')})</span>
                  </th>
                  <td>{t('sg.measure.unspecified')}</td>
                  <td>
                    <SourceLinks ids={site.capacitySourceIds ?? []} sources={sources} />
                  </td>
                </tr>
                {site.alternativeCapacities.map((a, index) => (
                  <tr key={index}>
                    <th scope="row">
                      {gwRange(i18n, a.valueGw, a.valueMaxGw, a.qualifier)}
                      {isUncertain(a, sources) && (
                        <>
                          {' '}
                          <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
                        </>
                      )}
                      <span className="sg-small sg-block">{pick(a.label)}</span>
                    </th>
                    <td>{t(`sg.measure.${a.measure}`)}</td>
                    <td>
                      <SourceLinks ids={a.sourceIds} sources={sources} />
                    </td>
                  </tr>
                ))}
                {observed.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">
                      {t('sg.site.runningFigure', { value: i18n.gw(o.capacityGw) })}{' '}
                      {o.uncertain && (
                        <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
                      )}
                      <span className="sg-small sg-block">
                        {pick(o.label)}
                        {o.date ? ` · ${date(o.date)}` : o.dateNote ? ` · ${pick(o.dateNote)}` : ''}
                      </span>
                    </th>
                    <td>{t(`sg.measure.${o.measure}`)}</td>
                    <td>
                      <SourceLinks
                        ids={
                          doc.capacityTimeline.observed.find((x) => x.id === o.id)?.sourceIds ?? []
                        }
                        sources={sources}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="sg-small">{t('sg.site.measureNote')}</p>
        </section>
      </div>

      {site.phases.length > 0 && (
        <section className="panel sg-section" aria-labelledby="site-phases-title">
          <h2 id="site-phases-title">{t('sg.site.phases')}</h2>
          <ol className="sg-phases">
            {site.phases.map((p) => (
              <li key={p.id} className="sg-phase">
                <p className="sg-phase__head">
                  <strong>{pick(p.name)}</strong>{' '}
                  <span className={`badge sg-status sg-status--${p.status}`}>
                    {t(statusKeys[p.status])}
                  </span>{' '}
                  {isUncertain(p, sources) && (
                    <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
                  )}
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
                  <SourceLinks ids={p.sourceIds} sources={sources} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}

      {financing.length > 0 && (
        <section className="panel sg-section" aria-labelledby="site-money-title">
          <h2 id="site-money-title">{t('sg.site.financing')}</h2>
          <p className="sg-small">{t('sg.invest.note.sites')}</p>
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby="site-money-title"
          >
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('sg.col.item')}</th>
                  <th scope="col">{t('sg.col.what')}</th>
                  <th scope="col" className="num">
                    {t('sg.col.amount')}
                  </th>
                  <th scope="col">{t('sg.col.date')}</th>
                  <th scope="col">{t('chart.sources')}</th>
                </tr>
              </thead>
              <tbody>
                {financing.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">
                      {pick(f.label)}
                      {f.note && <span className="sg-small sg-block">{pick(f.note)}</span>}
                    </th>
                    <td>{t(`sg.invest.financing.${f.kind}`)}</td>
                    <td className="num">
                      {figureText(
                        i18n,
                        f.amountMaxUsdBn
                          ? `${usdBn(f.amountUsdBn)}–${usdBn(f.amountMaxUsdBn)}`
                          : usdBn(f.amountUsdBn),
                        f.qualifier,
                      )}
                      {isUncertain(f, sources) && (
                        <>
                          {' '}
                          <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
                        </>
                      )}
                    </td>
                    <td>{f.date ? date(f.date) : t('date.none')}</td>
                    <td>
                      <SourceLinks ids={f.sourceIds} sources={sources} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {power.length > 0 && (
        <section className="panel sg-section" aria-labelledby="site-power-title">
          <h2 id="site-power-title">{t('sg.power.title')}</h2>
          <ul className="sg-facts">
            {power.map((p) => {
              const value = powerValue(i18n, p);
              return (
                <li
                  key={p.id}
                  className={p.topic === 'correction' ? 'sg-fact sg-correction' : 'sg-fact'}
                >
                  {value && <span className="sg-fact__value">{value}</span>}
                  <span className="sg-fact__title">
                    {p.topic === 'correction' && <strong>{t('sg.power.correction')}: </strong>}
                    {pick(p.title)}
                    {isUncertain(p, sources) && (
                      <>
                        {' '}
                        <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
                      </>
                    )}
                  </span>
                  <span className="sg-fact__text">{pick(p.text)}</span>
                  <span className="sg-small">
                    <SourceLinks ids={p.sourceIds} sources={sources} />
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <div className="grid">
        {events.length > 0 && (
          <section className="panel sg-section" aria-labelledby="site-events-title">
            <h2 id="site-events-title">{t('sg.timeline.title')}</h2>
            <p className="sg-section__lede">{t('sg.timeline.order')}</p>
            <ShowMoreList
              as="ol"
              className="sg-timeline"
              initial={6}
              items={[...events].reverse().map((e) => (
                <EventItem key={e.id} event={e} sources={sources} />
              ))}
            />
          </section>
        )}
        {conflicts.length > 0 && (
          <section className="panel sg-section" aria-labelledby="site-conflicts-title">
            <h2 id="site-conflicts-title">{t('sg.conflicts.title')}</h2>
            <ConflictList conflicts={conflicts} doc={doc} />
          </section>
        )}
      </div>

      <section className="panel sg-section" aria-labelledby="site-sources-title">
        <h2 id="site-sources-title">{t('sg.site.sources', { count: siteSources.length })}</h2>
        <ul className="sg-source-list">
          {siteSources.map((s) => (
            <li key={s.id}>
              <span
                className={`sg-grade sg-grade--${s.reliability.toLowerCase()}`}
                title={t(`reliability.${s.reliability}`)}
              >
                {s.reliability}
              </span>{' '}
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
      </section>
    </>
  );
}
