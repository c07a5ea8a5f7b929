import type { Source } from './common-schema';
import {
  capacityBySite,
  filterOptions,
  growthSeries,
  investmentBreakdown,
  siteDetail,
  totalsByPartner,
  totalsByStatus,
} from './stargate-derive';
import { stargateDocument, type Site, type StargateDocument } from './stargate-schema';

const t = (en: string) => ({ en, ko: `${en} (ko)` });

const sources: Source[] = [
  {
    id: 'press',
    title: 'Press release',
    publisher: 'Co',
    url: 'https://example.com/a',
    date: '2025-01-21',
    reliability: 'A',
  },
  {
    id: 'news',
    title: 'News report',
    publisher: 'Paper',
    url: 'https://example.com/b',
    date: '2025-09-23',
    reliability: 'B',
  },
  {
    id: 'wiki',
    title: 'Wiki page',
    publisher: 'Wiki',
    url: 'https://example.com/c',
    date: null,
    reliability: 'C',
  },
  {
    id: 'blog',
    title: 'Blog post',
    publisher: 'Blog',
    url: 'https://example.com/d',
    date: null,
    reliability: 'C',
  },
];

function site(overrides: Partial<Site> & Pick<Site, 'id'>): Site {
  return {
    name: t(overrides.id),
    codename: null,
    location: t('somewhere'),
    country: 'US',
    region: 'us',
    leadPartner: 'oracle',
    developers: [],
    capacityGw: 1,
    capacityQualifier: 'exact',
    capacityNote: null,
    capacitySourceIds: ['news'],
    alternativeCapacities: [],
    firstPhaseGw: null,
    firstPhaseMaxGw: null,
    firstPhaseQualifier: null,
    phases: [],
    status: 'under-construction',
    statusAsOf: '2025-10',
    statusSince: null,
    statusNote: t('note'),
    powerSource: null,
    powerKinds: ['undisclosed'],
    chips: null,
    expectedOnline: null,
    announced: '2025-09-23',
    uncertain: false,
    sourceIds: ['news'],
    ...overrides,
  };
}

/** Four sites: a big one, a "more than" one, an undisclosed one (C-sourced) and a cancelled one. */
function fixture(): StargateDocument {
  return {
    schemaVersion: 1,
    asOf: '2026-04-29',
    sources,
    targets: [
      {
        id: 'capacity',
        metric: 'capacity',
        capacityGw: 10,
        amountUsdBn: null,
        qualifier: 'exact',
        setOn: '2025-01',
        label: t('10 GW'),
        horizons: [{ by: '2029', label: t('by 2029'), sourceIds: ['wiki'], uncertain: true }],
        sourceIds: ['press'],
        uncertain: false,
      },
      {
        id: 'money',
        metric: 'investment',
        capacityGw: null,
        amountUsdBn: 500,
        qualifier: 'exact',
        setOn: '2025-01-21',
        label: t('$500B'),
        horizons: [],
        sourceIds: ['press'],
        uncertain: false,
      },
    ],
    capacityTimeline: {
      announcements: [
        {
          id: 'later',
          date: '2026-04-29',
          kind: 'secured',
          capacityGw: 10,
          qualifier: 'more-than',
          targetGw: null,
          investmentUsdBn: null,
          investmentQualifier: null,
          investmentHorizon: null,
          label: t('secured'),
          sourceIds: ['wiki', 'blog'],
          uncertain: false,
        },
        {
          id: 'launch',
          date: '2025-01-21',
          kind: 'launch',
          capacityGw: null,
          qualifier: null,
          targetGw: 10,
          investmentUsdBn: 500,
          investmentQualifier: 'exact',
          investmentHorizon: t('four years'),
          label: t('launch'),
          sourceIds: ['press'],
          uncertain: false,
        },
      ],
      observed: [
        {
          id: 'undated',
          siteId: 'big',
          date: null,
          dateInferred: false,
          dateNote: t('undated'),
          capacityGw: 0.59,
          qualifier: 'exact',
          measure: 'it',
          measureInferred: false,
          label: t('590 MW IT'),
          sourceIds: ['press'],
          uncertain: true,
        },
        {
          id: 'dated',
          siteId: 'big',
          date: '2026-04',
          dateInferred: true,
          dateNote: null,
          capacityGw: 0.6,
          qualifier: 'about',
          measure: 'facility',
          measureInferred: true,
          label: t('0.6 GW'),
          sourceIds: ['news'],
          uncertain: false,
        },
      ],
    },
    sites: [
      site({ id: 'big', capacityGw: 1.2, status: 'partly-operating', announced: '2025-01-21' }),
      site({
        id: 'more',
        capacityGw: 1.4,
        capacityQualifier: 'more-than',
        leadPartner: 'softbank',
      }),
      site({
        id: 'quiet',
        capacityGw: null,
        capacityQualifier: null,
        capacityNote: t('not disclosed'),
        capacitySourceIds: null,
        country: 'KR',
        region: 'international',
        leadPartner: 'samsung-sk',
        status: 'letter-of-intent',
        sourceIds: ['wiki'],
        announced: '2025-10-01',
      }),
      site({
        id: 'dropped',
        capacityGw: 0.6,
        status: 'cancelled',
        statusSince: '2026-03-06',
        statusAsOf: '2026-03-09',
      }),
    ],
    investment: {
      commitments: [
        {
          id: 'pledge',
          kind: 'pledge',
          targetId: 'money',
          amountUsdBn: 500,
          qualifier: 'exact',
          date: '2025-01-21',
          horizon: null,
          label: t('pledge'),
          sourceIds: ['press'],
          uncertain: false,
        },
      ],
      equity: [
        {
          id: 'equity-softbank',
          partnerId: 'softbank',
          amountUsdBn: 19,
          qualifier: 'exact',
          sharePct: 40,
          shareQualifier: 'about',
          alternatives: [
            { amountUsdBn: 18, label: t('$18B'), sourceIds: ['wiki'], uncertain: false },
          ],
          note: null,
          sourceIds: ['news'],
          uncertain: false,
        },
      ],
      equityNote: { text: t('intentions'), sourceIds: ['news'] },
      siteFinancing: [
        {
          id: 'loan',
          siteId: 'big',
          kind: 'debt',
          amountUsdBn: 15,
          amountMaxUsdBn: null,
          qualifier: 'exact',
          date: null,
          label: t('loan'),
          note: null,
          sourceIds: ['blog'],
          uncertain: false,
        },
      ],
      costPerGw: [],
      programmeItems: [],
    },
    partners: [
      { id: 'openai', name: t('OpenAI'), kinds: ['equity'], role: t('role'), sourceIds: ['press'] },
      { id: 'oracle', name: t('Oracle'), kinds: ['equity'], role: t('role'), sourceIds: ['press'] },
      {
        id: 'softbank',
        name: t('SoftBank'),
        kinds: ['equity'],
        role: t('role'),
        sourceIds: ['press'],
      },
      {
        id: 'samsung-sk',
        name: t('Samsung and SK'),
        kinds: ['site-partner'],
        role: t('role'),
        sourceIds: ['news'],
      },
    ],
    events: [
      {
        id: 'e2',
        date: '2026-03-06',
        dateInferred: false,
        title: t('dropped'),
        keyFigures: null,
        siteIds: ['big', 'dropped'],
        sourceIds: ['news'],
        uncertain: false,
      },
      {
        id: 'e1',
        date: '2025-01',
        dateInferred: true,
        title: t('permit'),
        keyFigures: null,
        siteIds: ['big'],
        sourceIds: ['news'],
        uncertain: false,
      },
    ],
    power: [
      {
        id: 'gas',
        topic: 'on-site-generation',
        title: t('gas'),
        value: 360.5,
        unit: 'MW',
        text: t('turbines'),
        siteId: 'big',
        sourceIds: ['news'],
        uncertain: false,
      },
    ],
    conflicts: [
      {
        id: 'c',
        topic: t('capacity'),
        text: t('1.2 vs 0.9'),
        siteIds: ['big'],
        sourceIds: ['news'],
      },
    ],
  };
}

it('the fixture is itself a valid document', () => {
  expect(stargateDocument.safeParse(fixture()).success).toBe(true);
});

describe('capacityBySite', () => {
  it('sorts by capacity, largest first, with undisclosed sites last as null', () => {
    const rows = capacityBySite(fixture());
    expect(rows.map((r) => [r.siteId, r.capacityGw])).toEqual([
      ['more', 1.4],
      ['big', 1.2],
      ['dropped', 0.6],
      ['quiet', null],
    ]);
  });

  it('derives uncertainty from all-C sources', () => {
    const rows = capacityBySite(fixture());
    expect(rows.find((r) => r.siteId === 'quiet')?.uncertain).toBe(true);
    expect(rows.find((r) => r.siteId === 'big')?.uncertain).toBe(false);
  });

  it('filters by partner, status and country; an empty list is no filter', () => {
    const doc = fixture();
    expect(capacityBySite(doc, { partner: ['softbank'] }).map((r) => r.siteId)).toEqual(['more']);
    expect(
      capacityBySite(doc, { status: ['cancelled', 'letter-of-intent'] }).map((r) => r.siteId),
    ).toEqual(['dropped', 'quiet']);
    expect(capacityBySite(doc, { country: ['KR'] }).map((r) => r.siteId)).toEqual(['quiet']);
    expect(capacityBySite(doc, { partner: [], country: [] })).toHaveLength(4);
  });

  it('sorts by name, status and announcement date', () => {
    const doc = fixture();
    expect(capacityBySite(doc, {}, 'name').map((r) => r.siteId)).toEqual([
      'big',
      'dropped',
      'more',
      'quiet',
    ]);
    expect(capacityBySite(doc, {}, 'status').map((r) => r.siteId)).toEqual([
      'big',
      'more',
      'quiet',
      'dropped',
    ]);
    expect(capacityBySite(doc, {}, 'announced').map((r) => r.siteId)).toEqual([
      'big',
      'dropped',
      'more',
      'quiet',
    ]);
  });
});

describe('totals', () => {
  it('sums headline GW per status in enum order, counting undisclosed sites apart', () => {
    const totals = totalsByStatus(capacityBySite(fixture()));
    expect(totals).toEqual([
      {
        key: 'partly-operating',
        capacityGw: 1.2,
        siteCount: 1,
        undisclosedCount: 0,
        qualifiers: ['exact'],
      },
      {
        key: 'under-construction',
        capacityGw: 1.4,
        siteCount: 1,
        undisclosedCount: 0,
        qualifiers: ['more-than'],
      },
      { key: 'letter-of-intent', capacityGw: 0, siteCount: 1, undisclosedCount: 1, qualifiers: [] },
      {
        key: 'cancelled',
        capacityGw: 0.6,
        siteCount: 1,
        undisclosedCount: 0,
        qualifiers: ['exact'],
      },
    ]);
  });

  it('sums per lead partner without cancelled sites, largest first', () => {
    const totals = totalsByPartner(capacityBySite(fixture()));
    expect(totals.map((x) => [x.key, x.capacityGw, x.siteCount])).toEqual([
      ['softbank', 1.4, 1],
      ['oracle', 1.2, 1],
      ['samsung-sk', 0, 1],
    ]);
  });

  it('does not leak float noise into sums', () => {
    const doc = fixture();
    doc.sites = [site({ id: 'a', capacityGw: 0.1 }), site({ id: 'b', capacityGw: 0.2 })];
    expect(totalsByStatus(capacityBySite(doc))[0]?.capacityGw).toBe(0.3);
  });
});

describe('growthSeries', () => {
  it('orders announcements by date, keeps the launch with no capacity and carries the target', () => {
    const series = growthSeries(fixture());
    expect(series.points.map((p) => [p.id, p.capacityGw, p.uncertain])).toEqual([
      ['launch', null, false],
      ['later', 10, true],
    ]);
    expect(series.target).toMatchObject({ capacityGw: 10 });
    expect(series.target?.horizons.map((h) => h.by)).toEqual(['2029']);
  });

  it('keeps observed capacity apart, undated snapshots last', () => {
    const { observed } = growthSeries(fixture());
    expect(observed.map((o) => [o.id, o.measure, o.uncertain])).toEqual([
      ['dated', 'facility', false],
      ['undated', 'it', true],
    ]);
  });
});

describe('investmentBreakdown', () => {
  it('gives pledges, equity with the conflicting range, and site financing', () => {
    const rows = investmentBreakdown(fixture());
    expect(rows.map((r) => [r.group, r.id, r.lowUsdBn, r.highUsdBn])).toEqual([
      ['commitment', 'pledge', 500, 500],
      ['equity', 'equity-softbank', 18, 19],
      ['site-financing', 'loan', 15, 15],
    ]);
    const equity = rows[1];
    expect(equity?.label.en).toBe('SoftBank');
    expect(equity?.sourceIds).toEqual(['news', 'wiki']);
    expect(equity?.uncertain).toBe(false);
    expect(rows[2]?.uncertain).toBe(true);
  });
});

describe('filterOptions', () => {
  it('lists the partners, statuses and countries present, in a stable order', () => {
    expect(filterOptions(fixture())).toEqual({
      partners: ['oracle', 'softbank', 'samsung-sk'],
      statuses: ['partly-operating', 'under-construction', 'letter-of-intent', 'cancelled'],
      countries: ['US', 'KR'],
    });
  });
});

describe('siteDetail', () => {
  it('gathers what the data says about one site', () => {
    const detail = siteDetail(fixture(), 'big');
    expect(detail?.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(detail?.financing.map((f) => f.id)).toEqual(['loan']);
    expect(detail?.observed.map((o) => o.id)).toEqual(['dated', 'undated']);
    expect(detail?.power.map((p) => p.id)).toEqual(['gas']);
    expect(detail?.conflicts.map((c) => c.id)).toEqual(['c']);
  });

  it('is undefined for an unknown site', () => {
    expect(siteDetail(fixture(), 'atlantis')).toBeUndefined();
  });
});
