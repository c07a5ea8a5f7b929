import { useEffect, type RefObject } from 'react';

/** How long the page may keep growing above the target (charts and data still loading). */
const settleMs = 4000;

/**
 * When the address ends in `#<id>`, brings the element into view once it is rendered, and keeps
 * it there while content above it is still loading and pushing it down. The reader's own
 * scrolling (wheel, touch, keys) ends that at once.
 */
export function useScrollToHash(id: string, ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || decodeURIComponent(window.location.hash.slice(1)) !== id) return undefined;
    const scroll = () => element.scrollIntoView({ block: 'start' });
    scroll();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(scroll);
    observer?.observe(document.body);
    const stop = () => {
      observer?.disconnect();
      window.clearTimeout(timer);
      for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const)
        window.removeEventListener(type, stop);
    };
    const timer = window.setTimeout(stop, settleMs);
    for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const)
      window.addEventListener(type, stop, { passive: true });
    return stop;
  }, [id, ref]);
}
