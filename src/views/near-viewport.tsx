import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its children once the placeholder comes within `margin` of the viewport (or at once
 * when the URL's #hash names it), so a chart's code and data load only when a reader nears it.
 */
export function NearViewport({
  id,
  minHeight,
  margin = '600px',
  children,
}: {
  id: string;
  minHeight: number;
  margin?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Prerendered HTML keeps the placeholder; a browser without IntersectionObserver (or a test
  // DOM) has nothing to wait for.
  const [near, setNear] = useState(
    () =>
      typeof document !== 'undefined' &&
      (typeof IntersectionObserver === 'undefined' || window.location.hash === `#${id}`),
  );
  useEffect(() => {
    const node = ref.current;
    if (near || !node) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
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
