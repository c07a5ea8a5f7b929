import { useMemo } from 'react';
import type { FusionDocument } from '../../data/fusion-schema';
import { sourcesById } from '../../data/sources-derive';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import { ChallengesSection } from './challenges-section';
import { ConflictsSection } from './conflicts-section';
import { FusionHeadlines } from './fusion-headlines';
import { FusionInvestmentCard } from './fusion-investment-card';
import { IterCostsSection } from './iter-costs-section';
import { KoreaSection } from './korea-section';
import { OutlookSection } from './outlook-section';
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
        {(doc) => <FusionHeadlines doc={doc} />}
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

/** The sections under the charts, in reading order; they share one resolved source map. */
function Sections({ doc }: { doc: FusionDocument }) {
  const sources = useMemo(() => sourcesById(doc), [doc]);
  return (
    <>
      <ChallengesSection doc={doc} sources={sources} />
      <div className="grid">
        <FusionInvestmentCard />
        <IterCostsSection doc={doc} sources={sources} />
      </div>
      <div className="grid">
        <KoreaSection doc={doc} sources={sources} />
        <OutlookSection doc={doc} sources={sources} />
      </div>
      <ConflictsSection doc={doc} sources={sources} />
    </>
  );
}
