import { useCallback } from 'react';
import { useClientValue } from './build-state';

/**
 * Whether a media query matches, kept in sync. Charts need layout numbers (axis widths)
 * that CSS cannot give them, so narrow screens are read here rather than in a stylesheet.
 * False while the build's state renders (see useClientValue).
 */
export function useMediaQuery(query: string): boolean {
  const read = useCallback(() => window.matchMedia(query).matches, [query]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useClientValue(false, read, subscribe);
}

/** The breakpoint below which charts switch to their compact layout (styles.css uses the same). */
export const narrowScreen = '(max-width: 640px)';
