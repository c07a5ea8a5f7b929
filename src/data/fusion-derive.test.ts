import { describe, expect, it } from 'vitest';
import type { LocalizedText } from './common-schema';
import { forecastHistory, investmentSeries, recordSeries, roadmapRows } from './fusion-derive';
import {
  fusionDocument,
  type FusionDocument,
  type FusionRecord,
  type Phase,
  type Programme,
} from './fusion-schema';

const t = (en: string): LocalizedText => ({ en, ko: `${en} (ko)` });

const phase = (p: Partial<Phase> & Pick<Phase, 'id'>): Phase => ({
  name: t(p.id),
  type: 'milestone',
  status: 'planned',
  start: { date: '2030' },
  end: null,
  forecasts: [],
  sourceIds: ['org'],
  ...p,
});

const programme = (p: Partial<Programme> & Pick<Programme, 'id' | 'phases'>): Programme => ({
  name: t(p.id),
  country: t('Somewhere'),
  owner: t('Someone'),
  site: null,
  kind: 'experiment',
  concept: 'tokamak',
  sector: 'public',
  targetOutput: {
    netElectricMw: null,
    fusionPowerMw: null,
    label: t('none given'),
    sourceIds: ['org'],
  },
  status: t('building'),
  sourceIds: ['org'],
  ...p,
});

/** A forecast `plan` stated in `statedIn` for `when`, from the official source unless named. */
const forecast = (
  plan: string,
  statedIn: string | null,
  when: Phase['forecasts'][number]['when'],
  more: Partial<Phase['forecasts'][number]> = {},
): Phase['forecasts'][number] => ({ plan: t(plan), statedIn, when, sourceIds: ['org'], ...more });

const record = (
  r: Partial<FusionRecord> & Pick<FusionRecord, 'id' | 'date' | 'metric' | 'value' | 'unit'>,
): FusionRecord => ({
  ref: 'X1',
  device: t('Device'),
  programmeId: null,
  description: t('a record'),
  sourceIds: ['org'],
  ...r,
});

/** A tiny document: checked against the real schema so the fixture cannot drift from it. */
const doc: FusionDocument = fusionDocument.parse({
  schemaVersion: 1,
  asOf: '2026-01-01',
  sources: [
    {
      id: 'org',
      title: 'Official page',
      publisher: 'Org',
      url: 'https://example.org/a',
      date: '2025',
      reliability: 'A',
    },
    {
      id: 'blog',
      title: 'A blog',
      publisher: 'Blog',
      url: 'https://example.org/b',
      date: null,
      reliability: 'C',
    },
  ],
  programmes: [
    programme({
      id: 'big',
      phases: [
        phase({
          id: 'big-build',
          type: 'phase',
          status: 'in-progress',
          start: { date: '2010-07' },
          end: null,
        }),
        phase({
          id: 'big-first-light',
          start: { date: '2034' },
          forecasts: [
            forecast('original', null, { date: '2016' }, { note: t('undated plan') }),
            forecast('2016 baseline', '2016-07', { date: '2025-12' }),
            forecast('2024 baseline', '2024', { date: '2034' }, { sourceIds: ['blog'] }),
          ],
        }),
        phase({ id: 'big-gap', start: null, note: t('no date found'), sourceIds: ['blog'] }),
      ],
    }),
    programme({
      id: 'demo',
      kind: 'demo',
      phases: [
        phase({
          id: 'demo-power',
          start: { earliestYear: 2030, latestYear: 2039, label: t('the 2030s') },
          forecasts: [
            forecast('old plan', '2021', {
              earliestYear: 2050,
              latestYear: 2059,
              label: t('the 2050s'),
            }),
            forecast('new plan', '2025-12', {
              earliestYear: 2030,
              latestYear: 2039,
              label: t('the 2030s'),
            }),
          ],
        }),
        phase({
          id: 'demo-operation',
          start: { earliestYear: 2045, latestYear: 2055, label: t('mid-century') },
          forecasts: [
            forecast('roadmap', '2013', {
              earliestYear: 2047,
              latestYear: 2049,
              label: t('late 2040s'),
            }),
          ],
        }),
      ],
    }),
  ],
  iterCosts: [],
  records: [
    record({
      id: 'gain-late',
      date: '2024',
      metric: 'target-gain',
      value: 2,
      unit: 'ratio',
      sourceIds: ['blog'],
    }),
    record({
      id: 'gain-early',
      date: '2022-12-05',
      metric: 'target-gain',
      value: 1.5,
      unit: 'ratio',
      derived: true,
      derivation: t('3 ÷ 2'),
    }),
    record({
      id: 'q-old',
      date: '1997',
      metric: 'q-physics',
      value: 0.67,
      unit: 'ratio',
      uncertain: true,
    }),
    record({ id: 'q-zero', date: '1990', metric: 'q-physics', value: 0, unit: 'ratio' }),
    record({
      id: 'q-undated',
      date: null,
      dateNote: t('before 2010'),
      metric: 'q-physics',
      value: 0.1,
      unit: 'ratio',
    }),
    record({ id: 'first', date: '2015-12', metric: 'first-plasma', value: null, unit: null }),
  ],
  targets: [
    {
      id: 'plant-q',
      ref: 'T',
      programmeId: null,
      subject: t('plant'),
      metric: 'q-physics',
      low: 10,
      high: 50,
      unit: 'ratio',
      label: t('Q 10–50'),
      when: null,
      sourceIds: ['org'],
    },
    {
      id: 'demo-mw',
      ref: 'T',
      programmeId: 'demo',
      subject: t('demo'),
      metric: 'net-electric-power',
      low: 500,
      high: 500,
      qualifier: 'up-to',
      unit: 'MW',
      label: t('up to 500 MW'),
      when: null,
      sourceIds: ['org'],
    },
  ],
  challenges: [],
  investment: {
    fia: [
      {
        id: 'fia-b',
        reportYear: 2022,
        released: null,
        cumulativeUsdBn: 4.8,
        cumulativeQualifier: 'more-than',
        newUsdBn: 2.83,
        companiesSurveyed: 33,
        publicFundingUsdM: 117,
        note: t('second'),
        sourceIds: ['org'],
      },
      {
        id: 'fia-a',
        reportYear: 2021,
        released: '2021-10',
        cumulativeUsdBn: 1.87,
        newUsdBn: null,
        companiesSurveyed: 23,
        publicFundingUsdM: 85,
        alternativeValues: [{ value: 2.03, note: t('other'), sourceIds: ['blog'] }],
        note: t('first'),
        sourceIds: ['blog'],
      },
    ],
    korea: [],
    publicProgrammes: [],
  },
  iter: {
    facts: [{ id: 'f', label: t('fact'), value: t('value'), sourceIds: ['org'] }],
    korea: [],
    costShares: { shares: [], note: t('none'), sourceIds: ['org'] },
  },
  outlook: [],
  conflicts: [],
});

describe('roadmapRows', () => {
  const rows = roadmapRows(doc);

  it('gives one row per phase, in file order', () => {
    expect(rows.map((r) => r.phaseId)).toEqual([
      'big-build',
      'big-first-light',
      'big-gap',
      'demo-power',
      'demo-operation',
    ]);
  });

  it('puts dates on a fractional-year axis', () => {
    const build = rows[0];
    expect(build?.startYear).toBeCloseTo(2010 + 181 / 365, 6);
    expect(build?.endYear).toBeNull();
  });

  it('computes the slip from the oldest plan, undated or not', () => {
    const firstLight = rows[1];
    expect(firstLight?.startYear).toBe(2034);
    expect(firstLight?.endYear).toBe(2035);
    expect(firstLight?.baselineYear).toBe(2016);
    expect(firstLight?.baselineEndYear).toBe(2017);
    expect(firstLight?.baselinePlan?.en).toBe('original');
    expect(firstLight?.slipYears).toBe(18);
  });

  it('slips by decade windows: the 2050s brought forward to the 2030s is −20 years', () => {
    const power = rows[3];
    expect(power).toMatchObject({
      startYear: 2030,
      endYear: 2040,
      baselineYear: 2050,
      slipYears: -20,
    });
    expect(power?.label?.en).toBe('the 2030s');
  });

  it('compares windows of different width middle to middle: late 2040s → mid-century is later', () => {
    const operation = rows[4];
    expect(operation).toMatchObject({
      startYear: 2045,
      endYear: 2056,
      baselineYear: 2047,
      baselineEndYear: 2050,
    });
    expect(operation?.slipYears).toBeCloseTo(2, 10);
  });

  it('keeps a gap as a row with no dates and no slip', () => {
    expect(rows[2]).toMatchObject({
      startYear: null,
      endYear: null,
      baselineYear: null,
      slipYears: null,
    });
  });

  it('marks a row uncertain when only C sources back it', () => {
    expect(rows.map((r) => r.uncertain)).toEqual([false, false, true, false, false]);
  });

  it('filters by programme kind and by programme id', () => {
    expect(roadmapRows(doc, { kind: ['demo'] }).map((r) => r.phaseId)).toEqual([
      'demo-power',
      'demo-operation',
    ]);
    expect(roadmapRows(doc, { programme: ['big'] })).toHaveLength(3);
    expect(roadmapRows(doc, { kind: [], programme: [] })).toHaveLength(5);
    expect(roadmapRows(doc, { kind: ['commercial'] })).toEqual([]);
  });
});

describe('forecastHistory', () => {
  it('pairs the year each plan was made with the year it promised, skipping undated plans', () => {
    const history = forecastHistory(doc, 'big-first-light');
    expect(history.map((h) => h.plan.en)).toEqual(['2016 baseline', '2024 baseline']);
    // Points sit mid-period: July 2016 is days 182–213 of a leap year, Dec 2025 days 334–365.
    expect(history[0]?.statedYear).toBeCloseTo(2016 + 197.5 / 366, 6);
    expect(history[0]?.forecastYear).toBeCloseTo(2025 + 349.5 / 365, 6);
    expect(history[1]).toMatchObject({
      statedYear: 2024.5,
      forecastYear: 2034.5,
      forecastYearStart: 2034,
      forecastYearEnd: 2035,
      uncertain: true,
    });
  });

  it('gives a window its start and end', () => {
    expect(forecastHistory(doc, 'demo-power')[0]).toMatchObject({
      statedYear: 2021.5,
      forecastYear: 2055,
      forecastYearStart: 2050,
      forecastYearEnd: 2060,
    });
  });

  it('is empty for an unknown milestone', () => {
    expect(forecastHistory(doc, 'nope')).toEqual([]);
  });
});

describe('recordSeries', () => {
  const series = recordSeries(doc);

  it('keeps magnetic Q and target gain as separate series, in metric order', () => {
    expect(series.map((s) => [s.metric, s.unit])).toEqual([
      ['q-physics', 'ratio'],
      ['target-gain', 'ratio'],
    ]);
  });

  it('sorts by date and keeps only dated values above zero (log scale)', () => {
    const [q, gain] = series;
    expect(q?.points.map((p) => p.id)).toEqual(['q-old']);
    expect(gain?.points.map((p) => [p.id, p.year])).toEqual([
      ['gain-early', expect.closeTo(2022 + 338.5 / 365, 6)],
      ['gain-late', 2024.5],
    ]);
  });

  it('carries flags for the chart: derived, uncertain (flagged or C-only)', () => {
    const [q, gain] = series;
    expect(q?.points[0]?.uncertain).toBe(true);
    expect(gain?.points.map((p) => [p.derived, p.uncertain])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('attaches targets of the same metric as reference lines', () => {
    const [q, gain] = series;
    expect(q?.targets.map((t) => [t.id, t.low, t.high])).toEqual([['plant-q', 10, 50]]);
    expect(gain?.targets).toEqual([]);
  });
});

describe('investmentSeries', () => {
  it('orders the FIA reports by year and keeps qualifiers, gaps and conflicts', () => {
    const points = investmentSeries(doc);
    expect(points.map((p) => p.reportYear)).toEqual([2021, 2022]);
    expect(points[0]).toMatchObject({
      cumulativeUsdBn: 1.87,
      newUsdBn: null,
      cumulativeQualifier: null,
      uncertain: true,
    });
    expect(points[0]?.alternativeValues.map((a) => a.value)).toEqual([2.03]);
    expect(points[1]).toMatchObject({
      cumulativeUsdBn: 4.8,
      cumulativeQualifier: 'more-than',
      newUsdBn: 2.83,
      uncertain: false,
    });
  });
});
