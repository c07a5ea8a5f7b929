import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { validateDeck } from './deck-schema';
import { chartById, charts } from '../views/registry';
import { slideSearch, slidesFromDocument, type SlideSpec } from './present-deck';
import { fitStage } from './present-stage';
import { preloadRoute, renderRoute } from '../test/test-utils';

function slide(id: string, params: Record<string, string> = {}): SlideSpec {
  const entry = chartById(id);
  if (!entry) throw new Error(`no chart ${id}`);
  return { entry, params };
}

describe('a slide’s view state', () => {
  it('starts from the deck’s parameters; the link adds to them and wins; presenter parameters stay out', () => {
    const s = slide('fusion-roadmap', { kind: 'demo', baseline: 'hide' });
    expect(slideSearch(s, '?deck=briefing&lang=ko&kind=experiment&interval=5&slides=a')).toBe(
      '?kind=experiment&baseline=hide&lang=ko',
    );
    expect(slideSearch(slide('fusion-records'), '')).toBe('');
  });
});

describe('the 16:9 stage', () => {
  it('fits the box, letterboxed and centred', () => {
    expect(fitStage(1920, 1080)).toEqual({ scale: 2, left: 0, top: 0 });
    const tall = fitStage(1280, 1024);
    expect(tall.scale).toBeCloseTo(1280 / 960);
    expect(tall.left).toBe(0);
    expect(tall.top).toBeCloseTo((1024 - 540 * (1280 / 960)) / 2);
    const wide = fitStage(2560, 1080);
    expect(wide.scale).toBe(2);
    expect(wide.left).toBe(320);
    expect(fitStage(0, 100).scale).toBe(0);
  });
});

describe('named deck files', () => {
  const good = {
    schemaVersion: 1,
    title: { en: 'Deck', ko: '발표' },
    slides: [
      { chartId: 'stargate-capacity', params: { hide: 'cancelled' }, notes: { en: 'n', ko: 'ㄴ' } },
      { chartId: 'energy-gap' },
    ],
  };

  it('accepts a valid deck and keeps its slides in order', () => {
    const result = validateDeck(good);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const slides = slidesFromDocument(result.deck);
    expect(slides.map((s) => s.entry.id)).toEqual(['stargate-capacity', 'energy-gap']);
    expect(slides[0]?.params).toEqual({ hide: 'cancelled' });
  });

  it('names the path of every bad field', () => {
    const result = validateDeck({
      ...good,
      slides: [
        { chartId: 'nope' },
        { chartId: 'energy-gap', params: { partner: 'oracle' } },
        { chartId: 'energy-gap', extra: 1 },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual([
      'slides[0].chartId',
      'slides[1].params.partner',
      'slides[2]',
    ]);
    expect(result.problems[2]?.message).toBe('unexpected key "extra"');
  });
});

describe('presenter with decks', () => {
  it('opens a named deck from public/decks', async () => {
    await preloadRoute('/present/1');
    renderRoute('/present/1?deck=briefing');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Slide 1 of 5'),
    );
    expect(screen.getByText('1 · What is being built')).toBeInTheDocument();
  });

  it('shows an alert naming a broken deck and its field, and the default deck', async () => {
    renderRoute('/present/1?deck=team', {
      'decks/team.json': JSON.stringify({
        schemaVersion: 1,
        title: { en: 'a', ko: 'b' },
        slides: [{ chartId: 'x' }],
      }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The deck “team” could not be used');
    expect(alert).toHaveTextContent('decks/team.json: slides[0].chartId: unknown chart id "x"');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      `Slide 1 of ${charts.length}`,
    );
  });

  it('opens the overview with o and with Esc, and jumps to a slide from it', async () => {
    const { location } = renderRoute('/present/2');
    fireEvent.keyDown(window, { key: 'o' });
    const overview = screen.getByRole('dialog', { name: 'All slides' });
    expect(screen.getAllByRole('button', { name: /^Slide \d of \d/ })).toHaveLength(charts.length);
    expect(screen.getByRole('button', { name: `Slide 2 of ${charts.length}` })).toHaveAttribute(
      'aria-current',
      'true',
    );
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(overview).not.toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: `Slide 4 of ${charts.length}` }));
    expect(location().pathname).toBe('/present/4');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress through the deck' })).toHaveAttribute(
      'aria-valuenow',
      '4',
    );
  });
});
