import {
  startTransition,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';

const noSubscription = () => () => {};

/**
 * Renders its children once the placeholder comes within `margin` of the viewport (or at once
 * when the URL's #hash names it), so a section's code, data and DOM cost nothing until a reader
 * nears it. Use it for what sits below the fold: a chart's card, a long list, a table.
 *
 * While a prerendered page hydrates, the first render is the placeholder the server rendered
 * (useSyncExternalStore's server snapshot), so hydration matches; a section the URL's #hash
 * names, or any section in a browser without IntersectionObserver, renders right after.
 */
export function NearViewport({
  id,
  minHeight,
  margin = '600px',
  children,
}: {
  /** The section's anchor: `#id` in the URL renders it at once. */
  id: string;
  /** The placeholder's height, close to the section's, so nothing below it moves. */
  minHeight: number;
  margin?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // A browser without IntersectionObserver (or a test DOM) has nothing to wait for.
  const atOnce = useSyncExternalStore(
    noSubscription,
    () => typeof IntersectionObserver === 'undefined' || window.location.hash === `#${id}`,
    () => false,
  );
  const [seen, setSeen] = useState(false);
  const near = atOnce || seen;
  useEffect(() => {
    const node = ref.current;
    if (near || !node) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        // In a transition: the section renders in slices, not in one task while the reader scrolls.
        if (entries.some((e) => e.isIntersecting)) startTransition(() => setSeen(true));
      },
      { rootMargin: margin },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [near, margin]);
  if (near) return <>{children}</>;
  // Not aria-busy: nothing is loading until the reader comes near, and a page that waits for
  // every busy region (a test, a screenshot) must not wait for a scroll that never comes.
  return <div ref={ref} data-near-viewport={id} style={{ minHeight }} />;
}
