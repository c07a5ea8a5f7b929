import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether a media query matches, kept in sync. Charts need layout numbers (axis widths)
 * that CSS cannot give them, so narrow screens are read here rather than in a stylesheet.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** The breakpoint below which charts switch to their compact layout (styles.css uses the same). */
export const narrowScreen = '(max-width: 640px)';
