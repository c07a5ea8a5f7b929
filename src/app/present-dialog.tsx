import type { ReactNode } from 'react';

/**
 * The presenter's modal layer (help, overview): over the slide, named by its heading. The
 * presenter's own key handler closes it (Esc, `?`, `o`), so it needs no listener of its own.
 */
export function PresentDialog({
  labelledBy,
  className,
  children,
}: {
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className ? `present__overlay ${className}` : 'present__overlay'}
      role="dialog"
      aria-modal="true"
      aria-labelledby={labelledBy}
    >
      {children}
    </div>
  );
}
