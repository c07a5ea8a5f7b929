import { useMemo } from 'react';
import type { Source } from '../../data/common-schema';
import type { Challenge, FusionDocument, IterCost } from '../../data/fusion-schema';
import { isUncertain, sourcesById } from '../../data/sources-derive';
import { formatKoreanUnits } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import { pointText, qualified, SourceList } from './fusion-format';
import { headline } from './fusion-model';
import { FusionInvestmentCard } from './fusion-investment-card';
import { RecordsCard } from './records-card';
import { RoadmapCard } from './roadmap-card';
import './fusion.css';
import '../../i18n/messages/fusion';

/** /fusion: the road from ITER through DEMO to compact plants, its records, hurdles and money. */
export function FusionView() {
  const { t } = useI18n();
  return (
    <article className="fusion">
      <header className="page-header">
        <h1>{t('fusion.title')}</h1>
        <p className="page-header__lede">{t('fusion.lede')}</p>
      </header>
      <DatasetGate name="fusion" minHeight={200}>
        {(doc) => <Headlines doc={doc} />}
      </DatasetGate>
      <div className="stack">
        <RoadmapCard />
        <RecordsCard />
      </div>
      <DatasetGate name="fusion" minHeight={400}>
        {(doc) => <Sections doc={doc} />}
      </DatasetGate>
    </article>
  );
}

/** The mark a headline carries when the rule that marks charts uncertain holds for it too. */
function UncertainBadge({ shown }: { shown: boolean }) {
  const { t } = useI18n();
  if (!shown) return null;
  return (
    <span className="badge badge--uncertain" title={t('chart.uncertain.note')}>
      {t('chart.uncertain')}
    </span>
  );
}

function Headlines({ doc }: { doc: FusionDocument }) {
  const i18n = useI18n();
  const { t, pick, date, number, usdBn } = i18n;
  const h = headline(doc);
  const target = (id: string) => doc.targets.find((x) => x.id === id);
  const q = target('iter-q');
  const power = target('iter-fusion-power');
  const pulse = target('iter-pulse');

  return (
    <section aria-labelledby="fusion-kpis-title">
      <h2 id="fusion-kpis-title" className="visually-hidden">
        {t('fusion.kpis.title')}
      </h2>
      <p className="fu-asof">{t('chart.asOf', { date: date(doc.asOf) })}</p>
      <ul className="kpis" aria-label={t('fusion.kpis.title')}>
        {q && (
          <li className="kpi">
            <span className="kpi__value">{pick(q.label)}</span>
            <span className="kpi__label">{t('fusion.kpi.iterGoal')}</span>
            <span className="kpi__meta">
              {[power, pulse].flatMap((x) => (x ? [pick(x.label)] : [])).join(' · ')}
            </span>
          </li>
        )}
        {h.iterDt.current && (
          <li className="kpi">
            <span className="kpi__value">{h.iterDt.current}</span>
            <span className="kpi__label">{t('fusion.kpi.iterDt')}</span>
            {h.iterDt.previous && (
              <span className="kpi__meta">
                {t('fusion.kpi.iterDtWas', { year: h.iterDt.previous })}
              </span>
            )}
          </li>
        )}
        {h.bestQ && (
          <li className="kpi" data-uncertain={h.bestQ.uncertain || undefined}>
            <span className="kpi__value">Q ≈ {number(h.bestQ.value, 2)}</span>
            <span className="kpi__label">{t('fusion.kpi.bestQ')}</span>
            <UncertainBadge shown={h.bestQ.uncertain} />
            <span className="kpi__meta">
              {pick(h.bestQ.device)}
              {h.bestQ.date && `, ${date(h.bestQ.date)}`}
            </span>
          </li>
        )}
        {h.bestTargetGain && (
          <li className="kpi" data-uncertain={h.bestTargetGain.uncertain || undefined}>
            <span className="kpi__value">{number(h.bestTargetGain.value, 2)}</span>
            <span className="kpi__label">{t('fusion.kpi.targetGain')}</span>
            <UncertainBadge shown={h.bestTargetGain.uncertain} />
            <span className="kpi__meta">
              {pick(h.bestTargetGain.device)}
              {h.bestTargetGain.date && `, ${date(h.bestTargetGain.date)}`} ·{' '}
              {t('fusion.kpi.targetGainMeta')}
            </span>
          </li>
        )}
        {h.longestPulse && (
          <li className="kpi" data-uncertain={h.longestPulse.uncertain || undefined}>
            <span className="kpi__value">
              {t('fusion.seconds', { value: number(h.longestPulse.value, 0) })}
            </span>
            <span className="kpi__label">{t('fusion.kpi.pulse')}</span>
            <UncertainBadge shown={h.longestPulse.uncertain} />
            <span className="kpi__meta">
              {pick(h.longestPulse.device)}
              {h.longestPulse.date && `, ${date(h.longestPulse.date)}`}
            </span>
          </li>
        )}
        {h.investment && (
          <li className="kpi" data-uncertain={h.investment.uncertain || undefined}>
            <span className="kpi__value">{usdBn(h.investment.cumulativeUsdBn)}</span>
            <span className="kpi__label">{t('fusion.kpi.investment')}</span>
            <UncertainBadge shown={h.investment.uncertain} />
            <span className="kpi__meta">{i18n.krw(h.investment.cumulativeUsdBn)}</span>
            <span className="kpi__meta">
              {t('fusion.kpi.investmentMeta', {
                year: h.investment.reportYear,
                companies: h.investment.companies ?? '–',
              })}
            </span>
          </li>
        )}
      </ul>
    </section>
  );
}

function Sections({ doc }: { doc: FusionDocument }) {
  const sources = useMemo(() => sourcesById(doc), [doc]);
  return (
    <>
      <Challenges doc={doc} sources={sources} />
      <div className="grid">
        <FusionInvestmentCard />
        <IterCosts doc={doc} sources={sources} />
      </div>
      <div className="grid">
        <KoreaInIter doc={doc} sources={sources} />
        <Outlook doc={doc} sources={sources} />
      </div>
      <Conflicts doc={doc} sources={sources} />
    </>
  );
}

type SectionProps = { doc: FusionDocument; sources: ReadonlyMap<string, Source> };

function ChallengeCard({
  challenge,
  sources,
}: {
  challenge: Challenge;
  sources: ReadonlyMap<string, Source>;
}) {
  const { t, pick } = useI18n();
  return (
    <li className="fu-challenge panel">
      <h3>{pick(challenge.title)}</h3>
      <p className="fu-challenge__summary">{pick(challenge.summary)}</p>
      <dl className="fu-markers">
        {challenge.markers.map((m) => (
          <div key={m.id} className="fu-marker">
            <dt>{pick(m.label)}</dt>
            <dd>
              <strong>{pick(m.valueLabel)}</strong>
              {m.derived && (
                <span className="badge fu-badge--derived">{t('fusion.records.derived')}</span>
              )}
              {isUncertain(m, sources) && (
                <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
              )}
              <span className="fu-marker__sources">
                <SourceList ids={m.sourceIds} sources={sources} />
              </span>
            </dd>
          </div>
        ))}
      </dl>
      {challenge.gaps.length > 0 && (
        <div className="fu-gaps">
          <p className="fu-gaps__title">{t('fusion.challenges.gaps')}</p>
          <ul>
            {challenge.gaps.map((g) => (
              <li key={g.en}>{pick(g)}</li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

function Challenges({ doc, sources }: SectionProps) {
  const { t } = useI18n();
  return (
    <section className="fu-section" aria-labelledby="fusion-challenges-title">
      <h2 id="fusion-challenges-title">{t('fusion.challenges.title')}</h2>
      <p className="fu-section__lede">{t('fusion.challenges.lede')}</p>
      <ul className="fu-challenges">
        {doc.challenges.map((c) => (
          <ChallengeCard key={c.id} challenge={c} sources={sources} />
        ))}
      </ul>
    </section>
  );
}

function costText(i18n: ReturnType<typeof useI18n>, c: IterCost): string {
  const { number, t, lang } = i18n;
  // Korean readers count in 억 and 조: €4.6 bn is 46억 유로.
  const one = (bn: number) => (lang === 'ko' ? formatKoreanUnits(bn * 1e9, lang) : number(bn, 1));
  const amount =
    c.amountBn.low === c.amountBn.high
      ? one(c.amountBn.low)
      : `${one(c.amountBn.low)}–${one(c.amountBn.high)}`;
  const money = t(c.currency === 'EUR' ? 'fusion.eurBn' : 'fusion.usdBn', { value: amount });
  const withSign = c.kind === 'increase' ? `+${money}` : money;
  return qualified(i18n, withSign, c.amountBn.qualifier);
}

function IterCosts({ doc, sources }: SectionProps) {
  const i18n = useI18n();
  const { t, pick, date } = i18n;
  // ITER has no official total and most contributions are in kind, so estimators count
  // differently: DOE's $65 bn is a separate estimate, shown apart, never as a
  // step in the series of ITER's own figures.
  const own = doc.iterCosts.filter((c) => c.estimator !== 'us-doe');
  const doe = doc.iterCosts.filter((c) => c.estimator === 'us-doe');
  const estimatorKey = {
    iter: 'fusion.estimator.iter',
    'us-doe': 'fusion.estimator.us-doe',
    'independent-review': 'fusion.estimator.independent-review',
    reported: 'fusion.estimator.reported',
  } as const;
  return (
    <section className="panel fu-section" aria-labelledby="fusion-costs-title">
      <h2 id="fusion-costs-title">{t('fusion.costs.title')}</h2>
      <p className="fu-section__lede">{t('fusion.costs.lede')}</p>
      <ol className="fu-costs">
        {own.map((c) => (
          <li
            key={c.id}
            className={c.kind === 'increase' ? 'fu-cost fu-cost--increase' : 'fu-cost'}
          >
            <span className="fu-cost__year">{date(c.statedIn)}</span>
            <span className="fu-cost__amount">{costText(i18n, c)}</span>
            <span className="fu-cost__scope">
              {pick(c.scope)} · {t(estimatorKey[c.estimator])}
              {isUncertain(c, sources) && (
                <>
                  {' '}
                  <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
      {doe.map((c) => (
        <div key={c.id} className="fu-callout">
          <p className="fu-callout__amount">
            {costText(i18n, c)} <span className="fu-cost__year">({date(c.statedIn)})</span>
          </p>
          <p>{pick(c.scope)}</p>
          {c.note && <p className="fu-muted">{pick(c.note)}</p>}
        </div>
      ))}
      <p className="fu-source-line">
        {t('chart.sources')}:{' '}
        <SourceList ids={doc.iterCosts.flatMap((c) => c.sourceIds)} sources={sources} />
      </p>
    </section>
  );
}

function KoreaInIter({ doc, sources }: SectionProps) {
  const { t, pick, number } = useI18n();
  const shares = doc.iter.costShares;
  const maxShare = Math.max(...shares.shares.map((s) => s.sharePercent));
  return (
    <section className="panel fu-section" aria-labelledby="fusion-korea-title">
      <h2 id="fusion-korea-title">{t('fusion.korea.title')}</h2>
      <p className="fu-section__lede">{t('fusion.korea.lede')}</p>
      <dl className="fu-facts">
        {doc.iter.korea.map((f) => (
          <div key={f.id}>
            <dt>{pick(f.label)}</dt>
            <dd>
              {pick(f.value)}
              {isUncertain(f, sources) && (
                <>
                  {' '}
                  <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
                </>
              )}{' '}
              <SourceList ids={f.sourceIds} sources={sources} />
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('fusion.korea.shares')}</h3>
      <ul className="fu-shares">
        {shares.shares.map((s) => (
          <li
            key={s.id}
            className={s.id === 'share-korea' ? 'fu-share fu-share--highlight' : 'fu-share'}
          >
            <span className="fu-share__name">{pick(s.member)}</span>
            <span className="fu-share__track" aria-hidden="true">
              <span
                className="fu-share__bar"
                style={{ width: `${(s.sharePercent / maxShare) * 100}%` }}
              />
            </span>
            <span className="fu-share__value">{number(s.sharePercent, 1)} %</span>
          </li>
        ))}
      </ul>
      <p className="fu-muted">
        {pick(shares.note)} <SourceList ids={shares.sourceIds} sources={sources} />
      </p>
    </section>
  );
}

function Outlook({ doc, sources }: SectionProps) {
  const i18n = useI18n();
  const { t, pick, date } = i18n;
  const start = (p: (typeof doc.outlook)[number]) =>
    p.when?.date
      ? Number(p.when.date.slice(0, 4))
      : (p.when?.earliestYear ?? Number.POSITIVE_INFINITY);
  const items = [...doc.outlook].sort((a, b) => start(a) - start(b));
  return (
    <section className="panel fu-section" aria-labelledby="fusion-outlook-title">
      <h2 id="fusion-outlook-title">{t('fusion.outlook.title')}</h2>
      <p className="fu-section__lede">{t('fusion.outlook.lede')}</p>
      <ol className="fu-outlook">
        {items.map((o) => (
          <li key={o.id}>
            <span className="fu-outlook__when">{pointText(i18n, o.when)}</span>
            <span className="fu-outlook__claim">
              <strong>{pick(o.who)}</strong>: {pick(o.claim)}
              {o.statedIn && (
                <span className="fu-muted">
                  {' '}
                  · {t('fusion.outlook.stated', { date: date(o.statedIn) })}
                </span>
              )}
              {isUncertain(o, sources) && (
                <>
                  {' '}
                  <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
                </>
              )}{' '}
              <SourceList ids={o.sourceIds} sources={sources} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Conflicts({ doc, sources }: SectionProps) {
  const { t, pick } = useI18n();
  return (
    <section className="panel fu-section" aria-labelledby="fusion-conflicts-title">
      <h2 id="fusion-conflicts-title">{t('fusion.conflicts.title')}</h2>
      <p className="fu-section__lede">{t('fusion.conflicts.lede')}</p>
      <div className="fu-conflicts">
        {doc.conflicts.map((c) => (
          <details key={c.id}>
            <summary>{pick(c.topic)}</summary>
            <p>{pick(c.summary)}</p>
            <p className="fu-muted">
              {t('chart.sources')}: <SourceList ids={c.sourceIds} sources={sources} />
            </p>
          </details>
        ))}
      </div>
    </section>
  );
}
