import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { charts } from '../views/registry';
import { isPresentMessage } from './present-channel';
import { clampSlide, parseDeck, parseInterval, resumeAfterMs } from './present-deck';
import { commandForKey } from './present-keys';
import { preloadRoute, renderRoute } from '../test/test-utils';

function press(key: string, init: KeyboardEventInit = {}) {
  fireEvent.keyDown(window, { key, ...init });
}

describe('deck and slide parsing', () => {
  it('keeps known ids in order and drops unknown ones quietly', () => {
    expect(parseDeck('fusion-records,nope,stargate-capacity').map((c) => c.id)).toEqual([
      'fusion-records',
      'stargate-capacity',
    ]);
    expect(parseDeck(null)).toHaveLength(charts.length);
    expect(parseDeck('nope,nada')).toHaveLength(charts.length);
  });

  it('clamps out-of-range slide numbers to the nearest slide', () => {
    expect(clampSlide('3', 5)).toBe(3);
    expect(clampSlide('0', 5)).toBe(1);
    expect(clampSlide('-2', 5)).toBe(1);
    expect(clampSlide('99', 5)).toBe(5);
    expect(clampSlide('abc', 5)).toBe(1);
    expect(clampSlide(undefined, 5)).toBe(1);
  });

  it('accepts only sensible intervals', () => {
    expect(parseInterval('10')).toBe(10);
    expect(parseInterval('0.5')).toBe(0.5);
    expect(parseInterval('0')).toBeNull();
    expect(parseInterval('-4')).toBeNull();
    expect(parseInterval('soon')).toBeNull();
    expect(parseInterval(null)).toBeNull();
    expect(resumeAfterMs(5)).toBe(15_000);
    expect(resumeAfterMs(60)).toBe(120_000);
  });

  it('validates channel messages by shape', () => {
    expect(isPresentMessage({ type: 'goto', index: 2 })).toBe(true);
    expect(isPresentMessage({ type: 'goto', index: '2' })).toBe(false);
    expect(isPresentMessage({ type: 'state', deck: ['a'], index: 0, search: '' })).toBe(true);
    expect(isPresentMessage({ type: 'state', deck: [1], index: 0, search: '' })).toBe(false);
    expect(isPresentMessage('hello')).toBe(false);
  });

  it('maps clicker keys and leaves typing and modified keys alone', () => {
    const body = document.body;
    expect(
      commandForKey({
        key: 'PageDown',
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        target: body,
      }),
    ).toBe('next');
    expect(
      commandForKey({ key: 'PageUp', ctrlKey: false, metaKey: false, altKey: false, target: body }),
    ).toBe('prev');
    expect(
      commandForKey({
        key: 'ArrowRight',
        ctrlKey: true,
        metaKey: false,
        altKey: false,
        target: body,
      }),
    ).toBeNull();
    const input = document.createElement('input');
    expect(
      commandForKey({
        key: 'ArrowRight',
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        target: input,
      }),
    ).toBeNull();
    const button = document.createElement('button');
    expect(
      commandForKey({ key: ' ', ctrlKey: false, metaKey: false, altKey: false, target: button }),
    ).toBeNull();
  });
});

describe('presenter route', () => {
  beforeAll(() => preloadRoute('/present/1'));
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends /present to the first slide, keeping the query', async () => {
    const { location } = renderRoute('/present?lang=ko');
    // The presenter layout's code loads on demand.
    await waitFor(() => expect(location().pathname).toBe('/present/1'));
    expect(location().search).toBe('?lang=ko');
  });

  it('sends an out-of-range slide to the last one', () => {
    const { location } = renderRoute('/present/99');
    expect(location().pathname).toBe(`/present/${charts.length}`);
  });

  it('follows the keys in the URL and keeps filters', () => {
    const { location } = renderRoute('/present/1?partner=oracle');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      `Slide 1 of ${charts.length}`,
    );
    press('ArrowRight');
    expect(location().pathname).toBe('/present/2');
    expect(location().search).toBe('?partner=oracle');
    press(' ');
    expect(location().pathname).toBe('/present/3');
    press('PageUp');
    expect(location().pathname).toBe('/present/2');
    press('End');
    expect(location().pathname).toBe(`/present/${charts.length}`);
    // A clicker held past the end stays on the last slide.
    press('PageDown');
    expect(location().pathname).toBe(`/present/${charts.length}`);
    press('Home');
    expect(location().pathname).toBe('/present/1');
    press('ArrowLeft');
    expect(location().pathname).toBe('/present/1');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      `Slide 1 of ${charts.length}`,
    );
  });

  it('builds a custom deck from ?slides=, dropping unknown ids', () => {
    const { location } = renderRoute('/present/2?slides=fusion-records,unknown,stargate-capacity');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Slide 2 of 2');
    press('ArrowRight');
    expect(location().pathname).toBe('/present/2');
    expect(screen.getByRole('button', { name: 'Copy deck link' })).toBeInTheDocument();
  });

  it('opens and closes the help overlay and the black screen', () => {
    renderRoute('/present/1');
    press('?', { shiftKey: true });
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    press('Escape');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    press('b');
    expect(screen.getByText('Black screen. Press B to return.')).toBeInTheDocument();
    press('b');
    expect(screen.queryByText('Black screen. Press B to return.')).not.toBeInTheDocument();
  });

  it('switches to projector contrast and back, keeping the slide', () => {
    const { location } = renderRoute('/present/2?lang=en');
    fireEvent.click(screen.getByRole('button', { name: 'Projector' }));
    expect(location().pathname).toBe('/present/2');
    expect(document.documentElement.dataset.theme).toBe('contrast');
    expect(screen.getByRole('button', { name: 'Projector' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Projector' }));
    expect(location().search).toBe('?lang=en');
  });

  it('holds the deck while the screen is black', () => {
    vi.useFakeTimers();
    const { location } = renderRoute('/present/1?interval=5');
    press('b');
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(location().pathname).toBe('/present/1');
    press('b');
    // The key itself pauses auto-advance; it resumes after the pause, then advances.
    act(() => {
      vi.advanceTimersByTime(15_000);
    });
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(location().pathname).toBe('/present/2');
  });

  it('speaks Korean with ?lang=ko', () => {
    renderRoute('/present/1?lang=ko');
    expect(screen.getByRole('button', { name: '다음 슬라이드' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '발표자 보기' })).toBeInTheDocument();
  });

  it('auto-advances and loops with ?interval=, pauses on a key, then resumes', () => {
    vi.useFakeTimers();
    const { location } = renderRoute(`/present/${charts.length}?interval=5`);
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    // Loops from the last slide back to the first.
    expect(location().pathname).toBe('/present/1');
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(location().pathname).toBe('/present/2');
    press('Shift');
    act(() => {
      vi.advanceTimersByTime(12_000);
    });
    expect(location().pathname).toBe('/present/2');
    expect(screen.getByText(/Auto-advance paused/)).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(3_000);
    });
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(location().pathname).toBe('/present/3');
  });
});
