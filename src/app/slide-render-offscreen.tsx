import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { chartById } from '../views/registry';
import { StageSlide } from './present-slide';
import { STAGE_HEIGHT, STAGE_WIDTH } from './present-stage';
import type { SlideJob } from './slide-render-provider';
import './modes.css';
import './present.css';

/** Drawn and laid out: a mark in the chart, and the card no longer overflowing its box, twice running. */
function ready(stage: HTMLElement): HTMLElement | null {
  const clip = stage.querySelector<HTMLElement>('.slide__chart');
  const figure = clip?.querySelector<HTMLElement>('figure[data-chart-id]');
  if (!clip || !figure) return null;
  const drawn = [
    ...figure.querySelectorAll('.chart-card__plot svg path, .chart-card__plot svg rect'),
  ].some((mark) => !mark.closest('defs, clipPath') && mark.getBoundingClientRect().width > 0);
  const fits = (clip.firstElementChild as HTMLElement | null)?.offsetHeight ?? Infinity;
  return drawn && fits <= clip.clientHeight + 1 ? figure : null;
}

function OffscreenSlide({ job, search }: { job: SlideJob; search: string }) {
  const stage = useRef<HTMLDivElement>(null);
  const entry = chartById(job.chartId);
  useEffect(() => {
    if (!entry) {
      job.reject(new Error(`no chart "${job.chartId}"`));
      return undefined;
    }
    let stable = 0;
    let tries = 0;
    const timer = window.setInterval(() => {
      tries += 1;
      const figure = stage.current ? ready(stage.current) : null;
      stable = figure ? stable + 1 : 0;
      if (figure && stable >= 3) {
        window.clearInterval(timer);
        job.resolve(figure);
      } else if (tries > 150) {
        window.clearInterval(timer);
        job.reject(new Error('the slide did not draw in time'));
      }
    }, 100);
    return () => window.clearInterval(timer);
  }, [entry, job]);
  if (!entry) return null;
  return (
    <div
      ref={stage}
      className="stage slide-offscreen"
      style={{ width: STAGE_WIDTH, height: STAGE_HEIGHT }}
    >
      <StageSlide slide={{ entry, params: {} }} search={search} headingLevel={3} />
    </div>
  );
}

/** The slides being drawn for images: off screen, hidden from assistive technology, inert. */
export function OffscreenSlides({ jobs }: { jobs: SlideJob[] }) {
  // The reader's current view state (filters, hidden series) applies to the image too.
  const { search } = useLocation();
  return (
    <div className="slide-offscreen__host" aria-hidden="true" inert data-mode="present">
      {jobs.map((job) => (
        <OffscreenSlide key={job.key} job={job} search={search} />
      ))}
    </div>
  );
}
