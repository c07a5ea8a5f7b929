import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataDiff } from './data-diff';
import { runScript } from './run-script';

const root = path.resolve(__dirname, '..');
const bundled = {
  stargate: readFileSync(path.join(root, 'public/data/stargate.json'), 'utf8'),
  fusion: readFileSync(path.join(root, 'public/data/fusion.json'), 'utf8'),
};

type Doc = Record<string, unknown> & {
  sources: { id: string }[];
  sites: Record<string, unknown>[];
};

/** Runs data-diff over in-memory files; returns its exit status and printed lines. */
function run(files: Record<string, string>, oldFile: string, newFile: string) {
  const lines: string[] = [];
  const code = dataDiff(oldFile, newFile, {
    read: (file) => {
      const text = files[file];
      if (text === undefined) throw new Error(`ENOENT: ${file}`);
      return text;
    },
    out: (line) => lines.push(line),
  });
  return { code, lines };
}

/** Removes `id` from every list of source ids in the tree. */
function uncite(node: unknown, id: string): void {
  if (Array.isArray(node)) node.forEach((item) => uncite(item, id));
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (/(^s|S)ourceIds$/.test(key) && Array.isArray(value)) {
        const at = value.indexOf(id);
        if (at >= 0) value.splice(at, 1);
      } else uncite(value, id);
    }
}

describe('data-diff', () => {
  it('on the bundled file against a copy with a site added, a capacity changed and a source dropped, prints exactly those three changes', () => {
    const doc = JSON.parse(bundled.stargate) as Doc;
    const [abilene] = doc.sites;
    const saline = doc.sites.find((s) => s.id === 'saline');
    if (!abilene || !saline) throw new Error('need abilene and saline');
    doc.sites.push({
      ...saline,
      id: 'saline-north',
      name: { en: 'Saline Township North', ko: '세일린 타운십 북부' },
      capacityGw: 0.5,
      firstPhaseGw: null,
      firstPhaseMaxGw: null,
      firstPhaseQualifier: null,
      phases: [],
      sourceIds: ['prnewswire-michigan'],
    });
    abilene.capacityGw = 1.5;
    // A source cited only beside others: dropping it leaves every figure sourced.
    const dropped = 'centerconsulting-stargate-launch';
    doc.sources = doc.sources.filter((s) => s.id !== dropped);
    uncite(doc, dropped);

    const { code, lines } = run(
      { 'old/stargate.json': bundled.stargate, 'new/stargate.json': JSON.stringify(doc, null, 1) },
      'old/stargate.json',
      'new/stargate.json',
    );
    expect(lines).toEqual([
      'stargate.json: old/stargate.json → new/stargate.json',
      'as of: 2026-06-12 (unchanged)',
      '',
      'sites',
      '  ~ sites[abilene] "Abilene" capacityGw: 1.2 → 1.5',
      '      sources now: globenewswire-crusoe-abilene (Crusoe (GlobeNewswire), 2025-03-18, A); tomshardware-oracle-40bn (Tom’s Hardware, 2025-05-24, B)',
      '  + added sites[saline-north] "Saline Township North": capacityGw 0.5, status under-construction',
      '      sources: prnewswire-michigan (Related Digital, OpenAI and Oracle (PR Newswire), 2025-10-30, A)',
      '',
      'sources',
      '  - dropped centerconsulting-stargate-launch (Center Consulting, undated, A): "Milestone page on the January 2025 Stargate launch, quoting the SoftBank/OpenAI announcem…"; no longer cited by targets[target-investment-500bn].horizons[0], targets[target-investment-500bn], targets[target-immediate-100bn], capacityTimeline.announcements[launch], investment.commitments[pledge-500bn], investment.commitments[immediate-100bn] and 9 more',
      '',
      '3 changes a reader will see',
    ]);
    expect(code).toBe(1);
  });

  it('works for fusion.json: a record, a renamed programme, a resolved conflict, a new source on a figure, the as-of date', () => {
    const doc = JSON.parse(bundled.fusion) as Record<string, unknown> & {
      asOf: string;
      sources: { id: string }[];
      records: { id: string; value: number | null; sourceIds: string[] }[];
      programmes: { id: string; name: { en: string; ko: string } }[];
      conflicts: { id: string }[];
    };
    const record = doc.records.find((r) => typeof r.value === 'number');
    const [programme] = doc.programmes;
    const conflict = doc.conflicts[0];
    const extra = doc.sources.find((s) => !record?.sourceIds.includes(s.id));
    if (!record || !programme || !conflict || !extra) throw new Error('fixture');
    const oldValue = record.value;
    record.value = 2;
    record.sourceIds = [...record.sourceIds, extra.id];
    const oldName = programme.name.en;
    programme.name = { ...programme.name, en: `${oldName} (renamed)` };
    doc.conflicts = doc.conflicts.slice(1);
    doc.asOf = '2026-07-01';

    const { code, lines } = run(
      { 'fusion-old.json': bundled.fusion, 'fusion-new.json': JSON.stringify(doc) },
      'fusion-old.json',
      'fusion-new.json',
    );
    expect(code).toBe(1);
    expect(lines[1]).toBe(`as of: ${JSON.parse(bundled.fusion).asOf} → 2026-07-01`);
    expect(lines).toContain(
      `  ~ programmes[${programme.id}] "${oldName} (renamed)" renamed: "${oldName}" → "${oldName} (renamed)"`,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^ {2}~ records\\[${record.id}\\] .* value: ${oldValue} → 2$`),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^ {2}~ records\\[${record.id}\\] .* sourceIds: .* → .*${extra.id}$`),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^ {6}sources now: .*${extra.id} \\(`)),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^ {2}- resolved \\(removed\\) conflicts\\[${conflict.id}\\]`),
      ),
    );
    expect(lines[lines.length - 1]).toBe('5 changes a reader will see');
  });

  it('exits 0 when nothing a reader sees changed: layout, key order, number spelling, ignored keys', () => {
    const doc = JSON.parse(bundled.stargate) as Doc;
    const [site] = doc.sites;
    if (!site) throw new Error('no site');
    site.editorNote = 'checked';
    const reordered = Object.fromEntries(Object.entries(doc).reverse());
    const text = JSON.stringify(reordered, null, 4).replace(
      '"capacityGw": 1.2,',
      '"capacityGw": 1.20,',
    );
    const { code, lines } = run(
      { 'a.json': bundled.stargate, 'stargate.json': text },
      'a.json',
      'stargate.json',
    );
    expect(code).toBe(0);
    expect(lines).toContain('no change a reader will see');
    expect(lines[lines.length - 1]).toMatch(/^note: stargate.json has 1 key\(s\) the page ignores/);
  });

  it('exits 2 with the problems when a file fails its check', () => {
    const doc = JSON.parse(bundled.stargate) as Doc;
    const [site] = doc.sites;
    if (!site) throw new Error('no site');
    site.capacityGw = 1e308;
    const { code, lines } = run(
      { 'old.json': bundled.stargate, 'stargate.json': JSON.stringify(doc) },
      'old.json',
      'stargate.json',
    );
    expect(code).toBe(2);
    expect(lines[0]).toBe('stargate.json: 1 problem; run npm run check-data -- stargate.json');
    expect(lines[1]).toMatch(/^ {2}sites\[0\]\.capacityGw: 1e308 is outside 0–100 GW/);
  });

  it('exits 2 when the two files are of different kinds', () => {
    const { code, lines } = run(
      { 'old.json': bundled.fusion, 'stargate.json': bundled.stargate },
      'old.json',
      'stargate.json',
    );
    expect(code).toBe(2);
    expect(lines).toEqual([
      'old.json is fusion.json and stargate.json is stargate.json: compare a file with its own kind',
    ]);
  });

  it('runs from the command line with the exit status of a change', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'data-diff-'));
    const changed = path.join(dir, 'fusion.json');
    const doc = JSON.parse(bundled.fusion) as { asOf: string };
    doc.asOf = '2026-07-01';
    writeFileSync(changed, JSON.stringify(doc));
    const { status, stdout } = runScript('scripts/data-diff.ts', [
      'public/data/fusion.json',
      changed,
    ]);
    expect(status).toBe(1);
    expect(stdout).toContain('as of: ');
    expect(stdout).toContain('→ 2026-07-01');
    expect(stdout).toContain('1 change a reader will see');
  }, 30_000);
});
