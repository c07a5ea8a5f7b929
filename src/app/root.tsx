import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { ThemeProvider } from '../charts/palette';
import { I18nProvider } from '../i18n/i18n-context';
import { SearchParamsProvider } from '../views/url-state';
import { useGlobalSettings } from './settings';
import { ShellLayout } from './shell-layout';

/** Language and theme come from the URL, so every layout (app, embed, present) honours them. */
export function SettingsRoot() {
  const { lang, resolvedTheme } = useGlobalSettings();
  return (
    <SearchParamsProvider>
      <I18nProvider lang={lang}>
        <ThemeProvider theme={resolvedTheme}>
          {/* The shell has its own boundary; this one covers the presenter and embed layouts' code. */}
          <Suspense
            fallback={
              <div className="loading-block" style={{ minHeight: '100vh' }} aria-busy="true" />
            }
          >
            <Outlet />
          </Suspense>
        </ThemeProvider>
      </I18nProvider>
    </SearchParamsProvider>
  );
}

export function ShellRoute() {
  const { theme } = useGlobalSettings();
  return <ShellLayout theme={theme} />;
}

export function AppProviders({
  client,
  children,
}: {
  client: QueryClient;
  children: React.ReactNode;
}) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
