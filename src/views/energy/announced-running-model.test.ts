import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stargateDocument } from '../../data/stargate-schema';
import { createI18n } from '../../i18n/i18n-context';
import { announcedRunningBars } from './announced-running-model';

const stargate = stargateDocument.parse(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/stargate.json'), 'utf8')),
);

describe('announcedRunningBars', () => {
  const bars = announcedRunningBars(stargate, createI18n('en'));

  it('puts what was announced before what a source saw running', () => {
    expect(bars.map((b) => b.kind)).toEqual([
      'announced',
      'announced',
      'announced',
      'running',
      'running',
      'running',
    ]);
    expect(bars.map((b) => b.value).slice(0, 3)).toEqual(['10 GW', 'more than 10 GW', '1.2 GW']);
  });

  it('scales bars to the longest and marks claims resting on weak sources', () => {
    expect(bars.map((b) => Math.round(b.widthPercent))).toEqual([100, 100, 12, 6, 4, 6]);
    expect(bars.find((b) => b.key === 'claim')?.uncertain).toBe(true);
    expect(bars.find((b) => b.key === 'target')?.uncertain).toBe(false);
  });
});
