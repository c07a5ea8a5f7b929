import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listProblems, type ValidationProblem } from './common-schema';
import { fusionDocument, isoDateSpan, timePointSpan, type FusionDocument } from './fusion-schema';

// Vitest runs from the project root; under jsdom import.meta.url is not a file URL.
const bundledText = readFileSync(resolve(process.cwd(), 'public/data/fusion.json'), 'utf8');

/** A fresh, mutable copy of the bundled file, as plain JSON (what an administrator could edit). */
function bundled(): FusionDocument {
  return JSON.parse(bundledText) as FusionDocument;
}

/** Problems after corrupting a copy of the bundled file; empty when it still passes. */
function problemsAfter(
  corrupt: (doc: Record<string, unknown> & FusionDocument) => void,
): ValidationProblem[] {
  const doc = bundled() as Record<string, unknown> & FusionDocument;
  corrupt(doc);
  const result = fusionDocument.safeParse(doc);
  return result.success ? [] : listProblems(result.error);
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`fixture has no item ${index}`);
  return item;
}

describe('bundled public/data/fusion.json', () => {
  it('passes the schema', () => {
    const result = fusionDocument.safeParse(bundled());
    expect(result.success ? [] : listProblems(result.error)).toEqual([]);
  });

  it('is pretty-printed with a 2-space indent', () => {
    expect(bundledText).toBe(`${JSON.stringify(JSON.parse(bundledText), null, 2)}\n`);
  });

  const doc = fusionDocument.parse(bundled());

  it('uses every source it lists', () => {
    const used = new Set(
      bundledText.match(/"sourceIds": \[[^\]]*\]/g)?.flatMap((m) => m.match(/"[a-z0-9-]+"/g) ?? []),
    );
    const unused = doc.sources.map((s) => s.id).filter((id) => !used.has(`"${id}"`));
    expect(unused).toEqual([]);
  });

  it('dates asOf to the newest source it uses', () => {
    const newest = doc.sources
      .flatMap((s) => (s.date ? [s.date] : []))
      .sort((a, b) => isoDateSpan(a).start - isoDateSpan(b).start)
      .at(-1);
    expect(doc.asOf).toBe(newest);
  });

  it('keeps magnetic Q and NIF target gain as separate metrics', () => {
    const nif = doc.records.filter((r) => r.device.en.startsWith('NIF'));
    expect(nif.length).toBeGreaterThan(0);
    expect(nif.some((r) => r.metric === 'q-physics')).toBe(false);
    expect(
      doc.records
        .filter((r) => r.metric === 'target-gain')
        .every((r) => r.device.en.startsWith('NIF')),
    ).toBe(true);
  });

  it('shows its working: every gain with both energies matches their ratio', () => {
    const gains = doc.records.filter(
      (r) =>
        (r.metric === 'target-gain' || r.metric === 'facility-gain') &&
        r.fusionEnergyMj &&
        r.inputEnergyMj,
    );
    expect(gains.length).toBeGreaterThanOrEqual(5);
    for (const r of gains) {
      expect(r.value, r.id).toBeCloseTo((r.fusionEnergyMj ?? 0) / (r.inputEnergyMj ?? 1), 2);
    }
  });

  it('holds the ITER slip: D-T operation moved from mid-2026 to 2039 over five plans', () => {
    const dt = doc.programmes
      .find((p) => p.id === 'iter')
      ?.phases.find((p) => p.id === 'iter-dt-operation');
    const forecast = dt?.forecasts.map((f) => timePointSpan(f.when).start);
    expect(forecast).toEqual([2026, 2027, expect.closeTo(2027.16, 2), 2035, 2039]);
  });
});

describe('fusionDocument rejects corrupted data with a path-named problem', () => {
  it('names a number field that holds a string', () => {
    expect(
      problemsAfter((doc) => {
        (at(doc.records, 2) as Record<string, unknown>).value = 'about one';
      }),
    ).toContainEqual({ path: 'records[2].value', message: 'expected a number' });
  });

  it('names an unknown source id', () => {
    expect(
      problemsAfter((doc) => {
        at(doc.programmes, 0).sourceIds[0] = 'no-such-page';
      }),
    ).toContainEqual({
      path: 'programmes[0].sourceIds[0]',
      message: 'unknown source id "no-such-page"',
    });
  });

  it('names an unknown source id deep inside a forecast', () => {
    expect(
      problemsAfter((doc) => {
        at(at(at(doc.programmes, 0).phases, 7).forecasts, 0).sourceIds.push('ghost');
      }),
    ).toContainEqual({
      path: 'programmes[0].phases[7].forecasts[0].sourceIds[1]',
      message: 'unknown source id "ghost"',
    });
  });

  it('names a duplicate id', () => {
    expect(
      problemsAfter((doc) => {
        at(doc.records, 1).id = at(doc.records, 0).id;
      }),
    ).toContainEqual({
      path: 'records[1].id',
      message: `duplicate id "${bundled().records[0]?.id}" (first at index 0)`,
    });
  });

  it('names a phase id reused in another programme', () => {
    const problems = problemsAfter((doc) => {
      at(at(doc.programmes, 1).phases, 0).id = 'iter-first-plasma';
    });
    expect(problems.map((p) => p.path)).toContain('programmes[1].phases[0].id');
  });

  it('names a bad date', () => {
    const problems = problemsAfter((doc) => {
      at(doc.records, 0).date = '1997-13';
    });
    expect(problems).toContainEqual({
      path: 'records[0].date',
      message: 'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
    });
  });

  it('names a negative value', () => {
    const problems = problemsAfter((doc) => {
      at(doc.investment.fia, 0).cumulativeUsdBn = -1;
    });
    expect(problems.map((p) => p.path)).toContain('investment.fia[0].cumulativeUsdBn');
  });

  it('names an unknown enum value', () => {
    const problems = problemsAfter((doc) => {
      (at(doc.programmes, 0) as Record<string, unknown>).kind = 'fantasy';
    });
    expect(problems).toContainEqual({
      path: 'programmes[0].kind',
      message: 'expected one of "experiment", "demo", "pilot", "commercial", "developer"',
    });
  });

  it('names an extra key', () => {
    expect(
      problemsAfter((doc) => {
        (at(doc.records, 0) as Record<string, unknown>).colour = 'red';
      }),
    ).toContainEqual({ path: 'records[0]', message: 'unexpected key "colour"' });
  });

  it('names a phase that ends before it starts', () => {
    const problems = problemsAfter((doc) => {
      const design = at(doc.programmes, 1).phases.find((p) => p.id === 'eu-demo-conceptual-design');
      if (!design) throw new Error('fixture changed');
      design.end = { date: '2021' };
    });
    expect(problems).toContainEqual({
      path: 'programmes[1].phases[1].end',
      message: 'the phase ends before it starts',
    });
  });

  it('names a milestone given an end', () => {
    expect(
      problemsAfter((doc) => {
        at(at(doc.programmes, 0).phases, 0).end = { date: '1990' };
      }),
    ).toContainEqual({
      path: 'programmes[0].phases[0].end',
      message: 'a milestone has no end (use type "phase")',
    });
  });

  it('names a forecast stated after asOf', () => {
    expect(
      problemsAfter((doc) => {
        at(at(at(doc.programmes, 0).phases, 7).forecasts, 3).statedIn = '2030';
      }),
    ).toContainEqual({
      path: 'programmes[0].phases[7].forecasts[3].statedIn',
      message: 'the forecast date 2030 is after asOf 2026-04-28',
    });
  });

  it('names forecasts out of order', () => {
    expect(
      problemsAfter((doc) => {
        at(at(at(doc.programmes, 0).phases, 7).forecasts, 1).statedIn = '2017';
      }),
    ).toContainEqual({
      path: 'programmes[0].phases[7].forecasts[2].statedIn',
      message: 'forecasts must be listed oldest first',
    });
  });

  it('names a range whose high is below its low', () => {
    expect(
      problemsAfter((doc) => {
        const output = doc.programmes.find((p) => p.id === 'eu-demo')?.targetOutput.netElectricMw;
        if (!output) throw new Error('fixture changed');
        output.low = 600;
      }),
    ).toContainEqual({
      path: 'programmes[1].targetOutput.netElectricMw.high',
      message: 'high is below low',
    });
  });

  it('names a year window that runs backwards or has no label', () => {
    const problems = problemsAfter((doc) => {
      const demo = doc.programmes
        .find((p) => p.id === 'eu-demo')
        ?.phases.find((p) => p.id === 'eu-demo-operation');
      if (!demo) throw new Error('fixture changed');
      demo.start = { earliestYear: 2055, latestYear: 2045 };
    });
    expect(problems).toContainEqual({
      path: 'programmes[1].phases[2].start.latestYear',
      message: 'latestYear is before earliestYear',
    });
    expect(problems).toContainEqual({
      path: 'programmes[1].phases[2].start.label',
      message: 'a year window needs a label saying what the source said',
    });
  });

  it('names a unit that does not fit the metric', () => {
    expect(
      problemsAfter((doc) => {
        at(doc.records, 0).unit = 'MJ';
      }),
    ).toContainEqual({
      path: 'records[0].unit',
      message: 'metric "q-physics" is stored in "ratio"',
    });
  });

  it('names a derived value without its calculation', () => {
    const index = bundled().records.findIndex((r) => r.derived);
    expect(
      problemsAfter((doc) => {
        delete at(doc.records, index).derivation;
      }),
    ).toContainEqual({
      path: `records[${index}].derivation`,
      message: 'a derived value must show its calculation',
    });
  });

  it('names a gap written as a value-less record', () => {
    expect(
      problemsAfter((doc) => {
        at(doc.records, 0).value = null;
      }),
    ).toContainEqual({
      path: 'records[0].value',
      message: 'expected a number (only first-plasma events have no value)',
    });
  });

  it('names a record or conflict that points at nothing', () => {
    const problems = problemsAfter((doc) => {
      at(doc.records, 0).programmeId = 'jet';
      at(doc.conflicts, 0).relatedIds.push('nowhere');
    });
    expect(problems).toContainEqual({
      path: 'records[0].programmeId',
      message: 'unknown programme id "jet"',
    });
    expect(problems.map((p) => p.path)).toContain(
      `conflicts[0].relatedIds[${bundled().conflicts[0]?.relatedIds.length}]`,
    );
  });

  it('names a wrong schema version', () => {
    expect(
      problemsAfter((doc) => {
        (doc as Record<string, unknown>).schemaVersion = 2;
      }).map((p) => p.path),
    ).toContain('schemaVersion');
  });
});
