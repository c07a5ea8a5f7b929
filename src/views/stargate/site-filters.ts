import { useDeferredValue, useMemo } from 'react';
import type { ActiveFilter } from '../../charts/chart-export';
import { filterOptions } from '../../data/stargate-derive';
import type { PartnerId, StargateDocument } from '../../data/stargate-schema';
import { siteStatuses, type SiteStatus } from '../../data/vocabulary';
import type { I18n } from '../../i18n/i18n-context';
import { filterEntry, hiddenEntry } from '../export-filters';
import { setParam, useUrlParam } from '../url-state';
import type { SiteLabels } from './stargate-format';
import '../../i18n/messages/stargate';

/*
 * The site filters the capacity chart sets and the map follows: partner, status and country
 * narrow the sites; `hide` takes statuses off the drawing (the table keeps them). Both cards
 * read them from the URL here, so they always agree.
 */

export type SiteFilters = {
  partner: PartnerId[];
  status: SiteStatus[];
  country: string[];
};

const hideParam = setParam(siteStatuses);

export function useSiteFilters(doc: StargateDocument) {
  const options = useMemo(() => filterOptions(doc), [doc]);
  const params = useMemo(
    () => ({
      partner: setParam(options.partners),
      status: setParam(options.statuses),
      country: setParam(options.countries),
    }),
    [options],
  );
  const [partner, setPartner] = useUrlParam('partner', params.partner);
  const [status, setStatus] = useUrlParam('status', params.status);
  const [country, setCountry] = useUrlParam('country', params.country);
  const [hidden, setHidden] = useUrlParam('hide', hideParam);
  const filters: SiteFilters = { partner, status, country };
  return {
    filters,
    /** Each filter's chips: the values the file offers, the selection and its setter. */
    chips: {
      partner: { options: options.partners, selected: partner, onChange: setPartner },
      status: { options: options.statuses, selected: status, onChange: setStatus },
      country: { options: options.countries, selected: country, onChange: setCountry },
    },
    hidden,
    setHidden,
    reset: () => {
      setPartner([]);
      setStatus([]);
      setCountry([]);
    },
  };
}

/**
 * The filters as a card that follows another card's controls reads them (the map follows the
 * capacity chart): a step behind while the clicked chart answers, then in the next frames, so a
 * click redraws the chart it was made on before this one. Arrays are stable per selection.
 */
export function useFollowedSiteFilters(doc: StargateDocument) {
  const { filters, hidden, setHidden } = useSiteFilters(doc);
  const now = JSON.stringify([filters.partner, filters.status, filters.country, hidden]);
  const shown = useDeferredValue(now);
  const followed = useMemo(() => {
    const [partner, status, country, hide] = JSON.parse(shown) as [
      PartnerId[],
      SiteStatus[],
      string[],
      SiteStatus[],
    ];
    return { filters: { partner, status, country }, hidden: hide };
  }, [shown]);
  return { ...followed, setHidden };
}

/** How many filters are on (hidden statuses are not filters: the table keeps those sites). */
export function filterCount(filters: SiteFilters): number {
  return filters.partner.length + filters.status.length + filters.country.length;
}

/** The filters and hidden statuses in force, for the downloads' names, JSON and image footers. */
export function siteFilterEntries(
  i18n: I18n,
  labels: SiteLabels,
  filters: SiteFilters,
  hidden: readonly SiteStatus[],
): ActiveFilter[] {
  const { t } = i18n;
  return [
    ...filterEntry('partner', filters.partner, t('sg.filter.partner'), labels.partner),
    ...filterEntry('status', filters.status, t('sg.filter.status'), labels.status),
    ...filterEntry('country', filters.country, t('sg.filter.country'), labels.country),
    ...hiddenEntry('hide', hidden, (items) => t('share.hidden', { items }), labels.status),
  ];
}
