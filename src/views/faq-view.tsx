import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Source } from '../data/common-schema';
import type { Dataset } from '../data/load';
import { isUncertain, sourcesById } from '../data/sources-derive';
import type { MessageKey } from '../i18n/catalogue';
import { formatKoreanUnits } from '../i18n/format';
import { useI18n, type I18n } from '../i18n/i18n-context';
import { DatasetGate } from './dataset-gate';
import { FactSources } from './shared/fact-sources';
import type { ChartId } from './registry';
import { useLinkTo } from './url-state';
import '../i18n/messages/faq';
import '../i18n/messages/stargate';
import '../i18n/messages/fusion';
import '../i18n/messages/energy';
import './faq.css';

/*
 * Questions readers ask, each with a short answer built from the data files: every figure in
 * an answer is read from the same facts the charts draw, and the answer lists those facts'
 * sources and links to the chart. The first three are the source article's own FAQ.
 */

type Stargate = Dataset<'stargate'>;
type Fusion = Dataset<'fusion'>;

type Answer = {
  text: string;
  sourceIds: string[];
  /** Where the chart that shows it lives: route, its filters, and the chart id as the hash. */
  chart: { path: string; params?: Record<string, string>; id: ChartId; titleKey: MessageKey };
};

type Question = {
  /** The anchor: /faq#<id>. Stable, like chart ids. */
  id: string;
  questionKey: MessageKey;
  fromArticle: boolean;
  dataset: 'stargate' | 'fusion';
};

const questions: readonly Question[] = [
  { id: 'why-500-billion', questionKey: 'faq.q.pledge', fromArticle: true, dataset: 'stargate' },
  { id: 'oracle-role', questionKey: 'faq.q.oracle', fromArticle: true, dataset: 'stargate' },
  { id: 'softbank-role', questionKey: 'faq.q.softbank', fromArticle: true, dataset: 'stargate' },
  { id: 'why-so-much-power', questionKey: 'faq.q.power', fromArticle: false, dataset: 'stargate' },
  { id: 'fusion-gain', questionKey: 'faq.q.gain', fromArticle: false, dataset: 'fusion' },
  {
    id: 'stargate-figures-disagree',
    questionKey: 'faq.q.disagree',
    fromArticle: false,
    dataset: 'stargate',
  },
];

/** A figure the reader must read as uncertain says so in the sentence itself. */
function marked(i18n: I18n, text: string, uncertain: boolean): string {
  return uncertain ? `${text}, ${i18n.t('faq.uncertain')}` : text;
}

const trimStop = (text: string) => text.replace(/[.。]\s*$/, '');

/** "Epoch AI (Nov 2025)" → "Epoch AI, Nov 2025": it goes inside parentheses of its own. */
const flat = (text: string) => text.replace(/\s*\((.*)\)$/, ', $1');

function activeSitesLedBy(doc: Stargate, partner: string, i18n: I18n) {
  const sites = doc.sites.filter((s) => s.leadPartner === partner && s.status !== 'cancelled');
  return { count: sites.length, names: sites.map((s) => i18n.pick(s.name)).join(', ') };
}

function stargateAnswer(id: string, doc: Stargate, i18n: I18n): Answer | null {
  const { t, pick, usdBn, gw, date, number } = i18n;
  const sources = sourcesById(doc);
  if (id === 'why-500-billion') {
    const pledge = doc.investment.commitments.find((c) => c.kind === 'pledge');
    const immediate = doc.investment.commitments.find((c) => c.kind === 'immediate');
    const target = doc.targets.find((x) => x.metric === 'capacity');
    const facility = doc.investment.costPerGw.find((c) => c.basis === 'facility' && c.comparable);
    const other = doc.investment.costPerGw.find((c) => c.basis === 'unspecified' && c.comparable);
    if (!pledge || !immediate || !facility || !other || !target?.capacityGw) return null;
    const tenGw = target.capacityGw;
    return {
      text: t('faq.a.pledge', {
        pledge: usdBn(pledge.amountUsdBn),
        date: date(pledge.date),
        horizon: pledge.horizon ? pick(pledge.horizon) : '',
        immediate: usdBn(immediate.amountUsdBn),
        low: usdBn(facility.lowUsdBnPerGw),
        lowWho: flat(pick(facility.who)),
        high: usdBn(other.highUsdBnPerGw),
        highWho: flat(pick(other.who)),
        tenLow: usdBn(facility.lowUsdBnPerGw * tenGw),
        tenHigh: usdBn(other.highUsdBnPerGw * tenGw),
        derived: t('faq.derived'),
      }),
      sourceIds: [
        ...pledge.sourceIds,
        ...immediate.sourceIds,
        ...facility.sourceIds,
        ...other.sourceIds,
      ],
      chart: { path: '/stargate', id: 'stargate-investment', titleKey: 'sg.invest.title' },
    };
  }
  if (id === 'oracle-role' || id === 'softbank-role') {
    const partnerId = id === 'oracle-role' ? 'oracle' : 'softbank';
    const partner = doc.partners.find((p) => p.id === partnerId);
    if (!partner) return null;
    const led = activeSitesLedBy(doc, partnerId, i18n);
    const chart = {
      path: '/stargate',
      params: { partner: partnerId },
      id: 'stargate-capacity' as const,
      titleKey: 'sg.capacity.title' as const,
    };
    if (partnerId === 'oracle') {
      const contract = doc.investment.programmeItems.find(
        (p) => p.kind === 'contract' && p.period === 'total',
      );
      if (!contract) return null;
      return {
        text: t('faq.a.oracle', {
          role: trimStop(pick(partner.role)),
          count: led.count,
          sites: led.names,
          contract: t(`qualifier.${contract.qualifier ?? 'exact'}`, {
            value: usdBn(contract.amountUsdBn),
          }),
          horizon: contract.horizon ? pick(contract.horizon) : '',
        }),
        sourceIds: [...partner.sourceIds, ...contract.sourceIds],
        chart,
      };
    }
    const sb = doc.investment.programmeItems.find((p) => p.kind === 'subsidiary-investment');
    const milam = doc.sites.find((s) => s.id === 'milam');
    if (!sb || !milam) return null;
    return {
      text: t('faq.a.softbank', {
        role: trimStop(pick(partner.role)),
        count: led.count,
        sites: led.names,
        milam: pick(milam.name),
        sbAmount: usdBn(sb.amountUsdBn),
        sbDate: date(sb.date),
      }),
      sourceIds: [...partner.sourceIds, ...sb.sourceIds],
      chart,
    };
  }
  if (id === 'why-so-much-power') {
    const reactors = doc.power.find((p) => p.unit === 'reactors');
    const homes = doc.power.find(
      (p) =>
        p.unit === 'us-homes' &&
        p.value ===
          Math.max(...doc.power.filter((x) => x.unit === 'us-homes').map((x) => x.value ?? 0)),
    );
    const share = doc.power.find((p) => p.unit === 'percent');
    const abilene = doc.sites.find((s) => s.id === 'abilene');
    if (!reactors?.value || !homes?.value || !share?.value || !abilene?.capacityGw) return null;
    return {
      text: t('faq.a.power', {
        reactors: number(reactors.value),
        homes: i18n.lang === 'ko' ? formatKoreanUnits(homes.value) : number(homes.value),
        abilene: gw(abilene.capacityGw),
        share: t('sg.unit.percent', { value: number(share.value) }),
      }),
      sourceIds: [
        ...reactors.sourceIds,
        ...homes.sourceIds,
        ...(abilene.capacitySourceIds ?? []),
        ...share.sourceIds,
      ],
      chart: { path: '/energy', id: 'energy-gap', titleKey: 'energy.gap.title' },
    };
  }
  if (id === 'stargate-figures-disagree') {
    const abilene = doc.sites.find((s) => s.id === 'abilene');
    const observed = [...doc.capacityTimeline.observed]
      .filter((o) => o.siteId === 'abilene' && o.date !== null && o.capacityGw !== null)
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
      .at(-1);
    if (!abilene?.capacityGw || !observed?.capacityGw || !observed.date) return null;
    const measure = t(
      observed.measure === 'it'
        ? 'energy.stargate.measure.it'
        : observed.measure === 'facility'
          ? 'energy.stargate.measure.facility'
          : 'energy.stargate.measure.other',
    );
    return {
      text: t('faq.a.disagree', {
        headline: gw(abilene.capacityGw),
        running: gw(observed.capacityGw),
        runningDetail: marked(
          i18n,
          `${measure}, ${date(observed.date)}`,
          isUncertain(observed, sources),
        ),
        count: doc.conflicts.length,
      }),
      sourceIds: [...(abilene.capacitySourceIds ?? []), ...observed.sourceIds],
      chart: { path: '/stargate', id: 'stargate-growth', titleKey: 'sg.growth.title' },
    };
  }
  return null;
}

function fusionAnswer(id: string, doc: Fusion, i18n: I18n): Answer | null {
  if (id !== 'fusion-gain') return null;
  const { t, pick, number, date } = i18n;
  const sources = sourcesById(doc);
  const best = (metric: string, accept: (q: string | null | undefined) => boolean) =>
    doc.records
      .filter((r) => r.metric === metric && r.value !== null && accept(r.qualifier))
      .reduce<(typeof doc.records)[number] | null>(
        (a, r) => (a === null || (r.value ?? 0) > (a.value ?? 0) ? r : a),
        null,
      );
  // A measured Q: an extrapolated "equivalent" or a simulation is not a record.
  const q = best('q-physics', (x) => x !== 'equivalent' && x !== 'simulated');
  const gain = best('target-gain', (x) => x !== 'simulated');
  const facility = best('facility-gain', () => true);
  const iterQ = doc.targets.find((x) => x.id === 'iter-q');
  if (!q?.value || !gain?.value || !facility?.value || !iterQ) return null;
  const where = (r: NonNullable<typeof q>) =>
    marked(
      i18n,
      `${pick(r.device).split(/\s*[(（]/)[0] ?? ''}, ${r.date ? date(r.date) : '–'}`,
      isUncertain(r, sources),
    );
  return {
    text: t('faq.a.gain', {
      q: number(q.value, 2),
      qWhere: where(q),
      gain: number(gain.value, 2),
      gainWhere: where(gain),
      facility: number(facility.value, 2),
      facilityWhen: facility.date ? date(facility.date) : '–',
      iterGoal: pick(iterQ.label),
    }),
    sourceIds: [...q.sourceIds, ...gain.sourceIds, ...facility.sourceIds, ...iterQ.sourceIds],
    chart: { path: '/fusion', id: 'fusion-records', titleKey: 'fusion.records.title' },
  };
}

function SourceLine({
  ids,
  sources,
}: {
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
}) {
  const { t } = useI18n();
  return (
    <p className="faq__sources">
      {t('faq.sources')} <FactSources ids={ids} sources={sources} />
    </p>
  );
}

function AnswerBody({ answer, sources }: { answer: Answer; sources: ReadonlyMap<string, Source> }) {
  const { t } = useI18n();
  const linkTo = useLinkTo();
  return (
    <>
      <p>{answer.text}</p>
      <SourceLine ids={answer.sourceIds} sources={sources} />
      <p className="faq__chart">
        <Link to={`${linkTo(answer.chart.path, answer.chart.params)}#${answer.chart.id}`}>
          {t('faq.chart', { chart: t(answer.chart.titleKey) })}
        </Link>
      </p>
    </>
  );
}

function QuestionItem({ question, children }: { question: Question; children: ReactNode }) {
  const { t } = useI18n();
  const linkTo = useLinkTo();
  const headingId = `${question.id}-q`;
  return (
    <section id={question.id} className="panel faq__item" aria-labelledby={headingId}>
      {question.fromArticle && <p className="faq__from">{t('faq.fromArticle')}</p>}
      <h2 id={headingId}>
        {t(question.questionKey)}{' '}
        <Link
          className="faq__anchor"
          to={`${linkTo('/faq')}#${question.id}`}
          aria-label={t('faq.permalink')}
        >
          #
        </Link>
      </h2>
      {children}
    </section>
  );
}

export function FaqView() {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <article className="faq">
      <header className="page-header">
        <h1>{t('faq.title')}</h1>
        <p className="page-header__lede">{t('faq.lede')}</p>
      </header>
      {questions.map((question) => (
        <QuestionItem key={question.id} question={question}>
          {question.dataset === 'stargate' ? (
            <DatasetGate name="stargate" minHeight={120}>
              {(doc) => {
                const answer = stargateAnswer(question.id, doc, i18n);
                return answer && <AnswerBody answer={answer} sources={sourcesById(doc)} />;
              }}
            </DatasetGate>
          ) : (
            <DatasetGate name="fusion" minHeight={120}>
              {(doc) => {
                const answer = fusionAnswer(question.id, doc, i18n);
                return answer && <AnswerBody answer={answer} sources={sourcesById(doc)} />;
              }}
            </DatasetGate>
          )}
        </QuestionItem>
      ))}
    </article>
  );
}
