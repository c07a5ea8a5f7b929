import { useEffect, useRef, useState, type PointerEvent, type TouchEvent } from 'react';

/** A horizontal swipe of at least this many CSS pixels turns the slide. */
const swipeMin = 50;
/** How long the controls stay after the pointer stops. */
const idleMs = 2500;

/**
 * Pointer and touch on the presenter's screen: a mouse move or a tap shows the controls for a
 * while; a horizontal swipe turns the slide (left → next), unless `held` (a dialog is open).
 * Returns whether the controls show, and the handlers for the screen's root element.
 */
export function usePresenterPointer({
  onNext,
  onPrev,
  held,
}: {
  onNext: () => void;
  onPrev: () => void;
  held: boolean;
}) {
  const [active, setActive] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const touchStart = useRef<{ x: number; y: number } | null>(null);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const showControls = () => {
    setActive(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setActive(false), idleMs);
  };
  const handlers = {
    onPointerMove: (event: PointerEvent) => {
      if (event.pointerType === 'mouse') showControls();
    },
    onTouchStart: (event: TouchEvent) => {
      const touch = event.touches[0];
      touchStart.current =
        event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
    },
    onTouchEnd: (event: TouchEvent) => {
      const start = touchStart.current;
      const touch = event.changedTouches[0];
      touchStart.current = null;
      if (!start || !touch || held) return;
      const dx = touch.clientX - start.x;
      const dy = touch.clientY - start.y;
      if (Math.abs(dx) < swipeMin || Math.abs(dx) < Math.abs(dy) * 1.5) {
        // A tap shows the controls, as a mouse move does.
        if (Math.abs(dx) < 10 && Math.abs(dy) < 10) showControls();
        return;
      }
      if (dx < 0) onNext();
      else onPrev();
    },
  };
  return { controlsShown: active, handlers };
}
