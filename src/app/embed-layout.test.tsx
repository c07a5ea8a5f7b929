import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseEmbedCommand, parseEmbedConfig, resetEmbedConfig } from './embed-layout';
import { preloadRoute, renderRoute } from '../test/test-utils';

type Posted = { message: unknown; targetOrigin: string };

/** jsdom renders at the top level; a fake parent makes it an iframe for the layout. */
function fakeParent() {
  const posted: Posted[] = [];
  const parent = {
    postMessage: (message: unknown, targetOrigin: string) => posted.push({ message, targetOrigin }),
  } as unknown as Window;
  vi.spyOn(window, 'parent', 'get').mockReturnValue(parent as Window & typeof globalThis);
  return { parent, posted };
}

/** Serves embed-config.json next to the data files the route utility already serves. */
function serveConfig(allowedOrigins: string[]) {
  const dataFetch = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    if (String(input).endsWith('embed-config.json'))
      return new Response(JSON.stringify({ allowedOrigins }));
    return dataFetch(input);
  });
}

describe('embed command parsing', () => {
  it('accepts only the exact settings shape with known values', () => {
    expect(parseEmbedCommand({ type: 'gigawatt:settings', version: 1, theme: 'dark' })).toEqual({
      type: 'gigawatt:settings',
      version: 1,
      theme: 'dark',
    });
    expect(parseEmbedCommand({ type: 'gigawatt:settings', version: 2, theme: 'dark' })).toBeNull();
    expect(parseEmbedCommand({ type: 'gigawatt:settings', version: 1, theme: 'neon' })).toBeNull();
    expect(
      parseEmbedCommand({ type: 'gigawatt:settings', version: 1, theme: 'dark', href: 'x' }),
    ).toBeNull();
    expect(parseEmbedCommand({ type: 'gigawatt:settings', version: 1 })).toBeNull();
    expect(parseEmbedCommand('gigawatt:settings')).toBeNull();
  });

  it('keeps only exact origins from the configuration', () => {
    expect(
      parseEmbedConfig({
        allowedOrigins: ['https://intranet.example', '*', 'https://a.example/path', 3],
      }),
    ).toEqual(['https://intranet.example']);
    expect(parseEmbedConfig(null)).toEqual([]);
    expect(parseEmbedConfig({ allowedOrigins: 'https://intranet.example' })).toEqual([]);
  });
});

describe('embed route', () => {
  beforeAll(() => preloadRoute('/embed/stargate-capacity'));
  beforeEach(() => {
    resetEmbedConfig();
  });
  afterEach(() => {
    delete document.documentElement.dataset.theme;
    vi.restoreAllMocks();
  });

  it('shows the chart without the app shell and links back to the full view with its filters', async () => {
    renderRoute(
      '/embed/stargate-capacity?partner=oracle&lang=en&slides=x&table=stargate-capacity,fusion-records',
    );
    // The embed layout's code loads on demand.
    const link = await screen.findByRole('link', { name: 'Open in Gigawatt' });
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    const href = new URL(link.getAttribute('href') ?? '', window.location.href);
    expect(href.pathname).toBe('/stargate');
    expect(href.searchParams.get('partner')).toBe('oracle');
    expect(href.searchParams.get('lang')).toBe('en');
    expect(href.searchParams.get('table')).toBe('stargate-capacity');
    expect(href.searchParams.has('slides')).toBe(false);
    expect(link).toHaveAttribute('target', '_blank');
  });

  /** jsdom lays nothing out; a browser would measure the embed this tall. */
  const measure = (height: number) =>
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      height,
      width: 600,
      top: 0,
      left: 0,
      right: 600,
      bottom: height,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });

  it('posts its height to the parent in the shape INTERFACE.md fixes', () => {
    measure(512);
    const { posted } = fakeParent();
    renderRoute('/embed/fusion-records');
    expect(posted[0]).toEqual({
      message: {
        type: 'gigawatt:resize',
        version: 1,
        chartId: 'fusion-records',
        height: 512,
      },
      targetOrigin: '*',
    });
  });

  it('never posts a height of 0 (a host applying it would make the chart vanish)', () => {
    measure(0);
    const { posted } = fakeParent();
    renderRoute('/embed/fusion-records');
    expect(posted).toEqual([]);
  });

  it('says so for an unknown chart, lists the valid ids, and still posts its height', () => {
    measure(300);
    const { posted } = fakeParent();
    renderRoute('/embed/nope?lang=ko');
    expect(screen.getByText('“nope”라는 차트가 없습니다.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'energy-slip' })).toHaveAttribute(
      'href',
      '/embed/energy-slip?lang=ko',
    );
    expect(screen.getByRole('link', { name: 'energy-slip' })).toHaveAttribute('target', '_blank');
    expect(posted[0]?.message).toMatchObject({ type: 'gigawatt:resize', chartId: 'nope' });
  });

  it('takes a theme command only from a configured origin', async () => {
    const { parent } = fakeParent();
    renderRoute('/embed/fusion-records?theme=light');
    serveConfig(['https://host.example']);
    const send = (origin: string) =>
      act(async () => {
        window.dispatchEvent(
          new MessageEvent('message', {
            data: { type: 'gigawatt:settings', version: 1, theme: 'dark' },
            origin,
            source: parent as unknown as MessageEventSource,
          }),
        );
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
    await send('https://evil.example');
    expect(document.documentElement.dataset.theme).toBe('light');
    await send('https://host.example');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });
});
