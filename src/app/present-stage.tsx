import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/*
 * A slide is laid out once, on a fixed 16:9 stage, and scaled as a whole to fit whatever holds
 * it (as reveal.js does): a projector, a laptop, a speaker-view thumbnail, a handout page. Text
 * keeps its proportions at every size, and nothing ever scrolls.
 *
 * The stage is 960 × 540 CSS pixels, half of 1920 × 1080: charts draw at the sizes they draw
 * at on the page (11–13 px text), which a 1920 × 1080 screen shows at twice that, 22–26 px.
 */
export const STAGE_WIDTH = 960;
export const STAGE_HEIGHT = 540;

/** The scale at which a 16:9 stage fits a box, and where it sits, letterboxed and centred. */
export function fitStage(
  width: number,
  height: number,
): { scale: number; left: number; top: number } {
  if (width <= 0 || height <= 0) return { scale: 0, left: 0, top: 0 };
  const scale = Math.min(width / STAGE_WIDTH, height / STAGE_HEIGHT);
  return {
    scale,
    left: (width - STAGE_WIDTH * scale) / 2,
    top: (height - STAGE_HEIGHT * scale) / 2,
  };
}

/** The fit for the element's own box, kept current as it resizes. */
export function useStageFit(ref: React.RefObject<HTMLElement | null>) {
  const [fit, setFit] = useState(() => fitStage(0, 0));
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    const measure = () => {
      const next = fitStage(node.clientWidth, node.clientHeight);
      setFit((old) =>
        Math.abs(old.scale - next.scale) < 1e-4 &&
        Math.abs(old.left - next.left) < 0.5 &&
        Math.abs(old.top - next.top) < 0.5
          ? old
          : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref]);
  return fit;
}

/**
 * A 16:9 stage scaled to fill its frame; the frame takes the size its parent gives it.
 * `inert` stages (thumbnails, overview tiles) cannot be focused or clicked into.
 */
export function ScaledStage({
  children,
  className,
  inert,
  overlay,
}: {
  children: ReactNode;
  className?: string;
  inert?: boolean;
  /** Drawn on the stage above the slide (the presenter's controls), scaled with it. */
  overlay?: ReactNode;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const { scale, left, top } = useStageFit(frame);
  return (
    <div ref={frame} className={`stage-frame${className ? ` ${className}` : ''}`}>
      <div
        className="stage"
        data-stage-scale={scale.toFixed(4)}
        inert={inert}
        style={{
          width: STAGE_WIDTH,
          height: STAGE_HEIGHT,
          transform: `translate(${left}px, ${top}px) scale(${scale})`,
          // Stated both ways: a prerendered slide carries its unmeasured style as a class
          // (opacity 0), which hydration keeps; only an inline 1 shows the measured stage.
          opacity: scale > 0 ? 1 : 0,
        }}
      >
        {children}
        {overlay}
      </div>
    </div>
  );
}
