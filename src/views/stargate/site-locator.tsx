import { LocatorMap, stateName } from '../../charts/site-map';
import { sourcesById } from '../../data/sources-derive';
import type { Site, StargateDocument } from '../../data/stargate-schema';
import { useI18n } from '../../i18n/i18n-context';
import { FactSources } from '../shared/fact-sources';
import { countryName } from './stargate-format';
import '../../i18n/messages/stargate';

/** A site page's small map: where the site is, by its place code, with the code's sources. */
export function SiteLocator({ site, doc }: { site: Site; doc: StargateDocument }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const place = site.place;
  if (!place) return null;
  const region =
    site.region === 'us'
      ? (stateName(place.code.slice(0, 2)) ?? place.code)
      : countryName(i18n, site.country);
  return (
    <section className="panel sg-section skip-offscreen" aria-labelledby="site-where-title">
      <h2 id="site-where-title">{t('sg.site.where')}</h2>
      <LocatorMap
        place={place.code}
        label={t('sg.map.locator', { name: pick(site.name), region })}
      />
      <p className="sg-small">
        {pick(site.location)} · {t('sg.site.placeCode', { code: place.code })}{' '}
        <FactSources ids={place.sourceIds} sources={sourcesById(doc)} />
      </p>
      {place.note && <p className="sg-small">{pick(place.note)}</p>}
    </section>
  );
}
