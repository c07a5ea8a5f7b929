import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translate, type Lang, type MessageKey } from './catalogue';
import { formatGw, formatIsoDate, formatNumber, formatUsdBn } from './format';
import { formatKrwFromUsdBn } from './krw';

type LocalizedText = { en: string; ko: string };

export type I18n = {
  lang: Lang;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** Picks the reader's language from a bilingual data label. */
  pick: (text: LocalizedText) => string;
  number: (value: number, maximumFractionDigits?: number) => string;
  gw: (value: number) => string;
  usdBn: (value: number) => string;
  /** The same amount in won, with the stated rate: show it beside headline dollar figures. */
  krw: (valueUsdBn: number) => string;
  date: (iso: string) => string;
};

export function createI18n(lang: Lang): I18n {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    pick: (text) => text[lang],
    number: (value, digits) => formatNumber(value, lang, digits),
    gw: (value) => formatGw(value, lang),
    usdBn: (value) => formatUsdBn(value, lang),
    krw: (value) => formatKrwFromUsdBn(value, lang),
    date: (iso) => formatIsoDate(iso, lang),
  };
}

const I18nContext = createContext<I18n>(createI18n('en'));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => createI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
