import { Link } from 'react-router-dom';
import type { ReactNode } from 'react';
import { ChartSlot } from '../charts/chart-slot';
import { SparkChart } from '../charts/lazy-charts';
import { UncertainBadge } from '../charts/uncertain-badge';
import { investmentSeries } from '../data/fusion-derive';
import { fusionHeadlines, stargateHeadlines, type Headline } from '../data/headlines';
import { isUncertain, sourcesById } from '../data/sources-derive';
import { isoToYear, plainNumber } from '../i18n/format';
import { isMessageKey, type MessageKey } from '../i18n/catalogue';
import { useI18n, type I18n } from '../i18n/i18n-context';
import type { Dataset } from '../data/load';
import type { ChartId } from '../topics';
import { DatasetGate } from './dataset-gate';
import { useLinkTo } from './url-state';
import '../i18n/messages/overview';
import './overview.css';

const qualifierKeys: Record<string, MessageKey> = {
  'more-than': 'qualifier.more-than',
  about: 'qualifier.about',
  nearly: 'qualifier.nearly',
  'up-to': 'qualifier.up-to',
  'at-least': 'qualifier.at-least',
  'less-than': 'qualifier.less-than',
  estimated: 'qualifier.estimated',
  equivalent: 'qualifier.equivalent',
  simulated: 'qualifier.simulated',
};

/**
 * The hedge a source put on a figure, as the words before and after it in the reader's
 * language ("more than" 8 GW; 8 GW "이상"), so the figure itself can be set large.
 */
function hedge(i18n: I18n, qualifier: string | null): [string, string] {
  const key = qualifier ? qualifierKeys[qualifier] : undefined;
  if (!key) return ['', ''];
  const [before = '', after = ''] = i18n.t(key, { value: '\u0000' }).split('\u0000');
  return [before.trim(), after.trim()];
}

function headlineValue(i18n: I18n, headline: Headline): string {
  if (headline.value === null) return i18n.t('value.unknown');
  const raw = {
    gw: () => i18n.gw(headline.value ?? 0),
    'usd-bn': () => i18n.usdBn(headline.value ?? 0),
    ratio: () =>
      headline.id === 'iter-q'
        ? `Q ${i18n.number(headline.value ?? 0)}`
        : i18n.number(headline.value ?? 0),
    year: () => String(headline.value),
    seconds: () => i18n.t('overview.unit.seconds', { value: i18n.number(headline.value ?? 0, 0) }),
    count: () => i18n.number(headline.value ?? 0, 0),
  }[headline.unit]();
  return raw;
}

function headlineDetail(i18n: I18n, headline: Headline): string | null {
  if (headline.detail) return i18n.pick(headline.detail);
  if (!headline.params) return null;
  const params = Object.fromEntries(
    Object.entries(headline.params).map(([k, v]) => [k, typeof v === 'number' ? v : i18n.pick(v)]),
  );
  const key = `overview.kpi.${headline.id}.detail`;
  return isMessageKey(key) ? i18n.t(key, params) : null;
}

function KpiValue({ value, hedge: [before, after] }: { value: string; hedge: [string, string] }) {
  return (
    <span className="kpi__value">
      {before && <span className="kpi__hedge">{before} </span>}
      {value}
      {after && <span className="kpi__hedge"> {after}</span>}
    </span>
  );
}

function kpiLabel(i18n: I18n, id: string): string {
  const key = `overview.kpi.${id}`;
  return isMessageKey(key) ? i18n.t(key) : id;
}

function Kpis({ headlines }: { headlines: Headline[] }) {
  const i18n = useI18n();
  return (
    <ul className="kpis">
      {headlines.map((headline) => (
        <li key={headline.id} className="kpi" data-uncertain={headline.uncertain || undefined}>
          <span className="kpi__label">{kpiLabel(i18n, headline.id)}</span>
          <KpiValue value={headlineValue(i18n, headline)} hedge={hedge(i18n, headline.qualifier)} />
          {headline.unit === 'usd-bn' && headline.value !== null && (
            <span className="kpi__meta">{i18n.krw(headline.value)}</span>
          )}
          <UncertainBadge shown={headline.uncertain} />
          {headlineDetail(i18n, headline) && (
            <span className="kpi__meta">{headlineDetail(i18n, headline)}</span>
          )}
          {headline.date && (
            <span className="kpi__meta">
              {i18n.t('overview.kpi.asOf', { date: i18n.date(headline.date) })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The small charts' plot height, in their slots and the charts themselves. */
const sparkHeight = 180;

/**
 * One topic's panel: what it is, its headline figures and a small chart of its page's chart
 * `chartId` once its data file has loaded (a placeholder until then, the file's alert if it
 * is unusable), and the way to its page.
 */
function TopicPanel<N extends 'stargate' | 'fusion'>({
  topic,
  chartId,
  headlines,
  chart,
}: {
  topic: N;
  chartId: ChartId;
  headlines: (doc: Dataset<N>) => Headline[];
  chart: (doc: Dataset<N>) => ReactNode;
}) {
  const { t } = useI18n();
  const linkTo = useLinkTo();
  return (
    <section className="panel overview__topic" aria-labelledby={`overview-${topic}`}>
      <h2 id={`overview-${topic}`}>{t(`overview.${topic}.title`)}</h2>
      <p>{t(`overview.${topic}.body`)}</p>
      <DatasetGate name={topic} minHeight={420}>
        {(doc) => (
          <>
            <Kpis headlines={headlines(doc)} />
            <figure className="overview__spark" data-chart-id={chartId}>
              <figcaption>{t(`overview.${topic}.chart`)}</figcaption>
              <ChartSlot id={`overview-${chartId}`} height={sparkHeight}>
                {chart(doc)}
              </ChartSlot>
            </figure>
          </>
        )}
      </DatasetGate>
      <p>
        <Link className="cta" to={linkTo(`/${topic}`)}>
          {t(`overview.${topic}.link`)} →
        </Link>
      </p>
    </section>
  );
}

export function OverviewView() {
  const i18n = useI18n();
  const { t } = i18n;
  const linkTo = useLinkTo();
  return (
    <article className="overview">
      <header className="page-header">
        <h1>{t('overview.title')}</h1>
        <p className="page-header__lede">{t('overview.lede')}</p>
      </header>

      <div className="grid">
        <TopicPanel
          topic="stargate"
          chartId="stargate-growth"
          headlines={stargateHeadlines}
          chart={(doc) => {
            const sources = sourcesById(doc);
            const target = doc.targets.find((x) => x.metric === 'capacity')?.capacityGw ?? null;
            return (
              <SparkChart
                kind="step"
                points={doc.capacityTimeline.announcements
                  .filter((a) => a.capacityGw !== null)
                  .map((a) => ({
                    key: a.id,
                    x: isoToYear(a.date),
                    xLabel: i18n.date(a.date),
                    y: a.capacityGw ?? 0,
                    label: i18n.pick(a.label),
                    uncertain: isUncertain(a, sources),
                  }))}
                height={sparkHeight}
                formatX={(x) => plainNumber(Math.floor(x))}
                formatY={(y) => i18n.gw(y)}
                reference={
                  target === null
                    ? undefined
                    : { y: target, label: t('overview.target', { value: i18n.gw(target) }) }
                }
                uncertainNote={t('chart.uncertain.note')}
              />
            );
          }}
        />
        <TopicPanel
          topic="fusion"
          chartId="fusion-investment"
          headlines={fusionHeadlines}
          chart={(doc) => (
            <SparkChart
              kind="bar"
              points={investmentSeries(doc).map((p) => ({
                key: p.id,
                x: p.reportYear,
                y: p.cumulativeUsdBn,
                label: `FIA ${p.reportYear}`,
                uncertain: p.uncertain,
              }))}
              height={sparkHeight}
              formatX={(x) => plainNumber(x)}
              formatY={(y) => i18n.usdBn(y)}
              uncertainNote={t('chart.uncertain.note')}
            />
          )}
        />
      </div>

      <section className="panel overview__meet" aria-labelledby="overview-energy">
        <div>
          <h2 id="overview-energy">{t('overview.energy.title')}</h2>
          <p>{t('overview.energy.body')}</p>
        </div>
        <p>
          <Link className="cta" to={linkTo('/energy')}>
            {t('overview.energy.link')} →
          </Link>
        </p>
      </section>
    </article>
  );
}
