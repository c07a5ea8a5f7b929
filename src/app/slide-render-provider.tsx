import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { SlideRenderContext, type SlideRenderer } from '../charts/slide-render';

// The stage and slide code load only when someone asks for a slide image.
const OffscreenSlides = lazy(() =>
  import('./slide-render-offscreen').then((m) => ({ default: m.OffscreenSlides })),
);

export type SlideJob = {
  key: number;
  chartId: string;
  resolve: (figure: HTMLElement) => void;
  reject: (error: unknown) => void;
};

let nextKey = 0;

/** Lets every chart card below draw itself in its slide form, off screen, for an image. */
export function SlideRenderProvider({ children }: { children: ReactNode }) {
  const [jobs, setJobs] = useState<SlideJob[]>([]);
  const render = useCallback<SlideRenderer>(
    (chartId) =>
      new Promise((resolve, reject) => {
        const key = nextKey++;
        const release = () => setJobs((list) => list.filter((job) => job.key !== key));
        setJobs((list) => [
          ...list,
          {
            key,
            chartId,
            resolve: (figure) => resolve({ figure, release }),
            reject: (error) => {
              release();
              reject(error);
            },
          },
        ]);
      }),
    [],
  );
  return (
    <SlideRenderContext.Provider value={render}>
      {children}
      {jobs.length > 0 &&
        createPortal(
          <Suspense fallback={null}>
            <OffscreenSlides jobs={jobs} />
          </Suspense>,
          document.body,
        )}
    </SlideRenderContext.Provider>
  );
}
