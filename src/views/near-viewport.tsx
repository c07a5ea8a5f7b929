import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its children once the placeholder comes within `margin` of the viewport (or at once
 * when the URL's #hash names it), so a section's code, data and DOM cost nothing until a reader
 * nears it. Use it for what sits below the fold: a chart's card, a long list, a table.
 *
 * The first render is always the placeholder, on the server and in the browser alike, so a
 * prerendered page hydrates without a mismatch; the check runs after, in an effect.
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
  const [near, setNear] = useState(false);
  useEffect(() => {
    const node = ref.current;
    if (near || !node) return undefined;
    // A browser without IntersectionObserver (or a test DOM) has nothing to wait for.
    if (typeof IntersectionObserver === 'undefined' || window.location.hash === `#${id}`) {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [near, margin, id]);
  if (near) return <>{children}</>;
  // Not aria-busy: nothing is loading until the reader comes near, and a page that waits for
  // every busy region (a test, a screenshot) must not wait for a scroll that never comes.
  return <div ref={ref} data-near-viewport={id} style={{ minHeight }} />;
}
