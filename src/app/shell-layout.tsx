import { Suspense, useLayoutEffect, useRef, useState } from 'react';
import {
  matchPath,
  NavLink,
  Outlet,
  useLocation,
  useNavigate,
  useSearchParams,
} from 'react-router-dom';
import { themes } from './settings';
import { ErrorBoundary } from '../charts/error-boundary';
import { ChartActionsContext } from '../charts/chart-actions';
import { SlideRenderProvider } from './slide-render-provider';
import { CopyLinkButton } from '../charts/copy-link-button';
import type { ThemeChoice } from '../charts/palette';
import { langs, type Lang } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import { DataAlertScope } from '../views/dataset-gate';
import { useDocumentTitle } from '../views/document-title';
import { EmbedAction } from '../views/embed-action';
import { views } from '../views/registry';
import { useLinkTo } from '../views/url-state';

function SettingsBar({ theme }: { theme: ThemeChoice }) {
  const { t, lang } = useI18n();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const set = (name: 'lang' | 'theme', value: string) => {
    const params = new URLSearchParams(searchParams);
    params.set(name, value);
    navigate({ pathname: location.pathname, search: `?${params.toString()}` }, { replace: true });
  };
  return (
    <div className="settings">
      <label>
        <span className="visually-hidden">{t('settings.language')}</span>
        <select value={lang} onChange={(event) => set('lang', event.target.value as Lang)}>
          {langs.map((value) => (
            <option key={value} value={value} lang={value}>
              {t(`lang.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t('settings.theme')}</span>
        <select value={theme} onChange={(event) => set('theme', event.target.value)}>
          {themes.map((value) => (
            <option key={value} value={value}>
              {t(`theme.${value}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** In the app, every chart offers a ready iframe snippet; embed and presenter layouts do not. */
const embedAction = ({ id, title }: { id: string; title: string }) => (
  <EmbedAction chartId={id} title={title} />
);

/** The tab title of the view at `pathname`; null for a site page, which names itself once loaded. */
function useViewTitle(pathname: string): string | null {
  const { t } = useI18n();
  const view = views.find((v) => matchPath(v.path, pathname));
  if (!view) return t('notFound.title');
  return view.id === 'site' ? null : t(view.navKey);
}

export function ShellLayout({ theme }: { theme: ThemeChoice }) {
  const { t } = useI18n();
  const location = useLocation();
  const linkTo = useLinkTo();
  useDocumentTitle(useViewTitle(location.pathname));
  const [menuOpen, setMenuOpen] = useState(false);
  const headerRef = useRef<HTMLElement>(null);
  // The sticky header's height changes with the width and the language. A link to a card
  // (`#stargate-growth`) scrolls it to just under the header, and sticky parts of a view (the
  // roadmap's year axis, marked data-sticks-under-header) stick there. Written as rules of their
  // own, which restyle only what they name: a custom property on <html> is inherited by every
  // element, and each change of it restyled the whole page.
  useLayoutEffect(() => {
    const header = headerRef.current;
    if (!header || typeof ResizeObserver === 'undefined' || !('adoptedStyleSheets' in document))
      return undefined;
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    let written = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.round(header.getBoundingClientRect().height);
      if (height === written) return;
      written = height;
      sheet.replaceSync(
        `:root { scroll-padding-top: ${height + 8}px } [data-sticks-under-header] { top: ${height}px }`,
      );
    });
    observer.observe(header);
    return () => {
      observer.disconnect();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, []);
  return (
    <div className="shell" data-mode="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="shell__header" ref={headerRef}>
        <NavLink to={linkTo('/')} className="brand">
          <span className="brand__mark" aria-hidden="true">
            GW
          </span>
          <span className="brand__name">{t('app.name')}</span>
        </NavLink>
        {/* On a phone the header keeps one row: the brand and this button; the routes, Present,
            Copy link and the settings fold into a panel under it. Wider screens show them inline. */}
        <button
          type="button"
          className="shell__menu-button"
          aria-expanded={menuOpen}
          aria-controls="shell-menu"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <span className="shell__menu-icon" aria-hidden="true" />
          {t('nav.menu')}
        </button>
        <div
          id="shell-menu"
          className="shell__menu"
          data-open={menuOpen}
          // A route chosen from the menu closes it: the reader came for the page, not the menu.
          onClick={(event) => {
            if (event.target instanceof Element && event.target.closest('a')) setMenuOpen(false);
          }}
        >
          <nav aria-label={t('nav.label')} className="shell__nav">
            <ul>
              {views
                .filter((view) => view.inNav)
                .map((view) => (
                  <li key={view.id}>
                    <NavLink to={linkTo(view.path)} end={view.path === '/'}>
                      {t(view.navKey)}
                    </NavLink>
                  </li>
                ))}
            </ul>
          </nav>
          <NavLink className="shell__present" to={linkTo('/present')}>
            {t('nav.present')}
          </NavLink>
          <CopyLinkButton label={t('share.copyViewLink')} />
          <SettingsBar theme={theme} />
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        {/* A view whose code fails to load (a chunk answered 500 after a redeploy, a proxy hiccup)
            must not take the shell with it; keyed by path so navigating away clears it. Retry
            reloads, because React.lazy keeps a failed import for the rest of the session. */}
        <ErrorBoundary
          key={location.pathname}
          fallback={() => (
            <div role="alert" className="data-alert">
              <p className="data-alert__title">{t('error.view')}</p>
              <button type="button" onClick={() => window.location.reload()}>
                {t('error.retry')}
              </button>
            </div>
          )}
        >
          <ChartActionsContext.Provider value={embedAction}>
            <SlideRenderProvider>
              <Suspense
                fallback={
                  <div className="loading-block" style={{ minHeight: '60vh' }} aria-busy="true" />
                }
              >
                <DataAlertScope>
                  <Outlet />
                </DataAlertScope>
              </Suspense>
            </SlideRenderProvider>
          </ChartActionsContext.Provider>
        </ErrorBoundary>
      </main>
      <footer className="shell__footer">
        <p>{t('app.tagline')}</p>
        <NavLink to={linkTo('/sources')}>{t('footer.methodology')}</NavLink>
      </footer>
    </div>
  );
}
