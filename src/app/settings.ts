import { createContext, useContext, useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useClientValue } from '../charts/build-state';
import type { ResolvedTheme, ThemeChoice } from '../charts/palette';
import { langs, type Lang } from '../i18n/catalogue';

const themes: readonly ThemeChoice[] = ['auto', 'light', 'dark', 'contrast'];

/** Korean for readers whose browser prefers it, English otherwise. */
export function browserLang(): Lang {
  const preferred =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ko') return 'ko';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function parseLang(raw: string | null): Lang {
  return (langs as readonly string[]).includes(raw ?? '') ? (raw as Lang) : browserLang();
}

export function parseTheme(raw: string | null): ThemeChoice {
  return (themes as readonly string[]).includes(raw ?? '') ? (raw as ThemeChoice) : 'auto';
}

const darkQuery = '(prefers-color-scheme: dark)';
const prefersDark = () => window.matchMedia(darkQuery).matches;
function subscribeDark(onChange: () => void) {
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** Sets an attribute of <html> only when it changes: each write restyles the whole page. */
function setRootAttribute(name: 'lang' | 'data-theme', value: string): void {
  const html = document.documentElement;
  if (html.getAttribute(name) !== value) html.setAttribute(name, value);
}

/**
 * The language a link without `?lang=` is shown in. null: the browser's. While the client
 * hydrates a prerendered page it is the language that page was rendered in (see
 * src/app/mount.tsx), so the first render matches the markup whatever the browser prefers;
 * the reader's own language follows in a transition.
 */
export const DefaultLangContext = createContext<Lang | null>(null);

/** `?lang=` and `?theme=`, applied to <html> so CSS, print and screen readers follow. */
export function useGlobalSettings(): {
  lang: Lang;
  theme: ThemeChoice;
  resolvedTheme: ResolvedTheme;
} {
  const [searchParams] = useSearchParams();
  const fallbackLang = useContext(DefaultLangContext);
  const rawLang = searchParams.get('lang');
  const lang =
    fallbackLang !== null && !(langs as readonly string[]).includes(rawLang ?? '')
      ? fallbackLang
      : parseLang(rawLang);
  const theme = parseTheme(searchParams.get('theme'));
  const systemDark = useClientValue(false, prefersDark, subscribeDark);
  const resolvedTheme: ResolvedTheme = theme === 'auto' ? (systemDark ? 'dark' : 'light') : theme;

  useEffect(() => setRootAttribute('lang', lang), [lang]);
  // The theme's color-scheme comes with it from styles.css ([data-theme]).
  useEffect(() => setRootAttribute('data-theme', resolvedTheme), [resolvedTheme]);

  return { lang, theme, resolvedTheme };
}

export { themes };
