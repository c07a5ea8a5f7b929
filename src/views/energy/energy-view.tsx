import { useI18n } from '../../i18n/i18n-context';
import { EnergyGapCard } from './energy-gap-card';
import { AnnouncedRunningPanel } from './announced-running-panel';
import { SlipCard } from './slip-card';
import { WhatIfCard } from './what-if-card';
import './energy.css';
import '../../i18n/messages/energy';

/** `/energy`: where the two topics meet — AI demand, fusion supply, and how far promised dates move. */
export function EnergyView() {
  const { t } = useI18n();
  return (
    <article className="energy-view">
      <header className="page-header">
        <h1>{t('energy.title')}</h1>
        <p className="page-header__lede">{t('energy.lede')}</p>
      </header>
      <div className="stack">
        <EnergyGapCard />
        <WhatIfCard />
        <div className="energy-slip-grid">
          <SlipCard />
          <AnnouncedRunningPanel />
        </div>
      </div>
    </article>
  );
}
