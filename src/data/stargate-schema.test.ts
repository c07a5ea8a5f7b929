import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listProblems } from './common-schema';
import { stargateDocument, type StargateDocument } from './stargate-schema';

const bundledText = readFileSync(resolve(__dirname, '../../public/data/stargate.json'), 'utf8');

/** A fresh, mutable copy of the bundled file for each corruption. */
function bundled(): StargateDocument {
  return JSON.parse(bundledText) as StargateDocument;
}

/** Parses `doc` after `corrupt` has been applied to it and returns the problems, path first. */
function problemsAfter(corrupt: (doc: Record<string, unknown> & StargateDocument) => void) {
  const doc = bundled() as Record<string, unknown> & StargateDocument;
  corrupt(doc);
  const result = stargateDocument.safeParse(doc);
  if (result.success) throw new Error('expected the corrupted document to fail');
  return listProblems(result.error);
}

/** `list[index]`, failing the test loudly instead of handing back undefined. */
function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item at index ${index}`);
  return item;
}

/** Index of a site by id, so the tests do not depend on the file's order. */
function siteIndex(doc: StargateDocument, id: string): number {
  const index = doc.sites.findIndex((s) => s.id === id);
  if (index === -1) throw new Error(`no site ${id}`);
  return index;
}

describe('public/data/stargate.json', () => {
  it('passes the schema', () => {
    const result = stargateDocument.safeParse(JSON.parse(bundledText));
    expect(result.success ? [] : listProblems(result.error)).toEqual([]);
  });

  it('is pretty-printed with two spaces', () => {
    expect(bundledText).toBe(`${JSON.stringify(JSON.parse(bundledText), null, 2)}\n`);
  });

  it('holds every announced site, the dropped expansion marked cancelled with its date', () => {
    const doc = bundled();
    expect(doc.sites.map((s) => s.id)).toEqual([
      'abilene',
      'abilene-expansion',
      'shackelford',
      'dona-ana',
      'port-washington',
      'saline',
      'milam',
      'lordstown',
      'uae',
      'norway',
      'uk',
      'argentina',
      'india',
      'korea',
    ]);
    const expansion = doc.sites[siteIndex(doc, 'abilene-expansion')];
    expect(expansion).toMatchObject({
      status: 'cancelled',
      statusSince: '2026-03-06',
      capacityGw: 0.6,
    });
  });

  it('keeps gaps as null, never 0', () => {
    const doc = bundled();
    for (const id of ['lordstown', 'uk', 'korea'])
      expect(doc.sites[siteIndex(doc, id)]?.capacityGw).toBeNull();
    expect(
      doc.capacityTimeline.announcements.find((a) => a.id === 'launch')?.capacityGw,
    ).toBeNull();
  });

  it('keeps both equity figures where sources conflict', () => {
    const softbank = bundled().investment.equity.find((e) => e.partnerId === 'softbank');
    expect(softbank?.amountUsdBn).toBe(19);
    expect(softbank?.alternatives.map((a) => a.amountUsdBn)).toEqual([18]);
  });
});

describe('stargateDocument rejects corrupted data with a path-named problem', () => {
  it('a string capacity', () => {
    const problems = problemsAfter((doc) => {
      (doc.sites[3] as Record<string, unknown>).capacityGw = 'about one';
    });
    expect(problems).toContainEqual({ path: 'sites[3].capacityGw', message: 'expected a number' });
  });

  it('an unknown source id', () => {
    const problems = problemsAfter((doc) => {
      doc.sites[0]?.sourceIds.push('no-such-source');
    });
    const last = bundled().sites[0]?.sourceIds.length ?? 0;
    expect(problems).toContainEqual({
      path: `sites[0].sourceIds[${last}]`,
      message: 'unknown source id "no-such-source"',
    });
  });

  it('an unknown source id in a headline capacity', () => {
    const problems = problemsAfter((doc) => {
      nth(doc.sites, 0).capacitySourceIds = ['no-such-source'];
    });
    expect(problems).toContainEqual({
      path: 'sites[0].capacitySourceIds[0]',
      message: 'unknown source id "no-such-source"',
    });
  });

  it('a duplicate site id', () => {
    const problems = problemsAfter((doc) => {
      nth(doc.sites, 2).id = 'abilene';
    });
    expect(problems).toContainEqual({
      path: 'sites[2].id',
      message: 'duplicate id "abilene" (first at index 0)',
    });
  });

  it('a bad date', () => {
    const problems = problemsAfter((doc) => {
      nth(doc.events, 0).date = '2025-13-01';
    });
    expect(problems.map((p) => p.path)).toContain('events[0].date');
    expect(problems.find((p) => p.path === 'events[0].date')?.message).toMatch(/ISO date/);
  });

  it('an impossible calendar date', () => {
    const problems = problemsAfter((doc) => {
      nth(doc.sites, 0).statusAsOf = '2025-02-30';
    });
    expect(problems).toContainEqual({
      path: 'sites[0].statusAsOf',
      message: 'expected a real calendar date',
    });
  });

  it('a negative capacity', () => {
    const problems = problemsAfter((doc) => {
      nth(doc.sites, 0).capacityGw = -1.2;
    });
    expect(problems.map((p) => p.path)).toContain('sites[0].capacityGw');
  });

  it('an unknown status', () => {
    const problems = problemsAfter((doc) => {
      (doc.sites[1] as Record<string, unknown>).status = 'rumoured';
    });
    const problem = problems.find((p) => p.path === 'sites[1].status');
    expect(problem?.message).toMatch(/^expected one of "operating", /);
  });

  it('an extra key', () => {
    const problems = problemsAfter((doc) => {
      (doc.sites[0] as Record<string, unknown>).capacityMw = 1200;
    });
    expect(problems).toContainEqual({ path: 'sites[0]', message: 'unexpected key "capacityMw"' });
  });

  it('an extra top-level key', () => {
    const problems = problemsAfter((doc) => {
      doc.notes = 'x';
    });
    expect(problems).toContainEqual({ path: '(root)', message: 'unexpected key "notes"' });
  });

  it('a wrong schema version', () => {
    const problems = problemsAfter((doc) => {
      (doc as Record<string, unknown>).schemaVersion = 2;
    });
    expect(problems.map((p) => p.path)).toContain('schemaVersion');
  });
});

describe('Stargate cross-field rules', () => {
  it('site financing must name a site', () => {
    const problems = problemsAfter((doc) => {
      nth(doc.investment.siteFinancing, 0).siteId = 'atlantis';
    });
    expect(problems).toContainEqual({
      path: 'investment.siteFinancing[0].siteId',
      message: 'unknown site id "atlantis"',
    });
  });

  it('events, observations and conflicts must name sites too', () => {
    const problems = problemsAfter((doc) => {
      nth(doc.events, 0).siteIds = ['atlantis'];
      nth(doc.capacityTimeline.observed, 0).siteId = 'atlantis';
      nth(doc.conflicts, 0).siteIds = ['atlantis'];
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        'events[0].siteIds[0]',
        'capacityTimeline.observed[0].siteId',
        'conflicts[0].siteIds[0]',
      ]),
    );
  });

  it('a phase may not exceed its site headline unless flagged', () => {
    const doc = bundled();
    const norway = siteIndex(doc, 'norway');
    const ambition = nth(doc.sites, norway).phases.findIndex((p) => p.beyondHeadline);
    const problems = problemsAfter((d) => {
      nth(nth(d.sites, norway).phases, ambition).beyondHeadline = false;
    });
    expect(problems.map((p) => p.path)).toContain(
      `sites[${norway}].phases[${ambition}].capacityGw`,
    );
  });

  it('a cancelled site needs its date', () => {
    const doc = bundled();
    const i = siteIndex(doc, 'abilene-expansion');
    const problems = problemsAfter((d) => {
      nth(d.sites, i).statusSince = null;
    });
    expect(problems).toContainEqual({
      path: `sites[${i}].statusSince`,
      message: 'a cancelled site needs the date it was cancelled',
    });
  });

  it('firstPhaseGw must agree with phases[0]', () => {
    const doc = bundled();
    const i = siteIndex(doc, 'uae');
    const problems = problemsAfter((d) => {
      nth(d.sites, i).firstPhaseGw = 0.3;
    });
    expect(problems.map((p) => p.path)).toContain(`sites[${i}].firstPhaseGw`);
  });

  it('a capacity and its qualifier go together', () => {
    const problems = problemsAfter((doc) => {
      nth(doc.sites, 0).capacityQualifier = null;
    });
    expect(problems.map((p) => p.path)).toContain('sites[0].capacityQualifier');
  });

  it('an undisclosed capacity needs a note', () => {
    const doc = bundled();
    const i = siteIndex(doc, 'lordstown');
    const problems = problemsAfter((d) => {
      nth(d.sites, i).capacityNote = null;
    });
    expect(problems.map((p) => p.path)).toContain(`sites[${i}].capacityNote`);
  });

  it('region must fit the country', () => {
    const problems = problemsAfter((doc) => {
      nth(doc.sites, 0).region = 'international';
    });
    expect(problems.map((p) => p.path)).toContain('sites[0].region');
  });

  it('a commitment must agree with the target it restates', () => {
    const problems = problemsAfter((doc) => {
      nth(doc.investment.commitments, 0).amountUsdBn = 600;
    });
    expect(problems.map((p) => p.path)).toContain('investment.commitments[0].amountUsdBn');
  });

  it('no dated fact may be newer than asOf', () => {
    const problems = problemsAfter((doc) => {
      doc.asOf = '2025-12';
    });
    expect(problems.map((p) => p.path)).toContain('capacityTimeline.announcements[4].date');
  });

  it('a range must not run backwards', () => {
    const problems = problemsAfter((doc) => {
      nth(doc.investment.costPerGw, 0).highUsdBnPerGw = 1;
    });
    expect(problems.map((p) => p.path)).toContain('investment.costPerGw[0].highUsdBnPerGw');
  });

  it('a place code must be a FIPS code in the US, the site’s own country abroad, and sourced', () => {
    const problems = problemsAfter((doc) => {
      const milam = nth(doc.sites, siteIndex(doc, 'milam'));
      const uae = nth(doc.sites, siteIndex(doc, 'uae'));
      const korea = nth(doc.sites, siteIndex(doc, 'korea'));
      if (!milam.place || !uae.place || !korea.place)
        throw new Error('bundled sites name their place');
      milam.place.code = 'US';
      uae.place.code = 'SA';
      korea.place.code = 'Seoul';
      nth(doc.sites, 0).place?.sourceIds.push('no-such-source');
    });
    const paths = problems.map((p) => p.path);
    const doc = bundled();
    expect(paths).toContain(`sites[${siteIndex(doc, 'milam')}].place.code`);
    expect(paths).toContain(`sites[${siteIndex(doc, 'uae')}].place.code`);
    expect(paths).toContain(`sites[${siteIndex(doc, 'korea')}].place.code`);
    expect(paths).toContain('sites[0].place.sourceIds[2]');
  });
});
