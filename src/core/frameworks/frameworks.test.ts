import { AI_ACT_OBLIGATIONS } from '../aiAct/obligations';
import { classifyAISystem } from '../aiAct/classify';
import { emptyAIActProfile } from '../aiAct/profile';
import { validateRecord } from '../validation';
import { CONTROL_EVIDENCE_LIST } from '../schema/lists/controlEvidence';
import { FRAMEWORK_CONTROLS_LIST } from '../schema/lists/frameworkControls';
import { comparisonCells, comparisonHeaders, comparisonTable, type ComparisonLabels } from './comparison';
import { applicableToSystem, classificationEvidence, coverage, evidenceForSystem, type EvidenceRecord, type FrameworkCoverage } from './coverage';
import { euAiActControls } from './euAiAct';
import { fromControlRecords, parseMappings, toControlRecords } from './records';
import { FRAMEWORK_SOURCES, seedCrosswalk, type Crosswalk } from './seed';
import { FRAMEWORK_IDS, controlKey, type FrameworkId } from './types';
import { validateCrosswalk } from './validate';

const seed = seedCrosswalk();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- either list's values
const check = (list: any, values: object): ReturnType<typeof validateRecord> => validateRecord(list, values, 'create');
const ids = (framework: FrameworkId): string[] => seed.controls.filter((c) => c.framework === framework).map((c) => c.id);
const link = (key: string, systemId?: number, title = 'Evidence'): EvidenceRecord => ({ controlKey: key, systemId, kind: 'Link', title, link: 'https://evidence.example.org/doc' });
const of = (result: readonly FrameworkCoverage[], framework: FrameworkId): FrameworkCoverage => result.find((f) => f.framework === framework) as FrameworkCoverage;
const statusOf = (result: readonly FrameworkCoverage[], key: string): string | undefined => result.flatMap((f) => f.controls).find((c) => c.key === key)?.status;

describe('seed crosswalk', () => {
  it('validates: known frameworks, no duplicate id, every mapping between existing controls, none twice', () => {
    expect(validateCrosswalk(seed.controls, seed.mappings)).toEqual([]);
  });

  it('holds every EU AI Act obligation of the classification engine, under the article it cites', () => {
    const eu = seed.controls.filter((c) => c.framework === 'euAiAct');
    for (const obligation of AI_ACT_OBLIGATIONS) {
      const control = eu.find((c) => c.obligations?.includes(obligation.id));
      expect(control?.id).toBe(obligation.citation);
    }
    // Art. 50(4) carries both deep fakes and public-interest text: one control, two obligations.
    expect(eu.find((c) => c.id === 'Art. 50(4)')?.obligations).toEqual(['discloseDeepFake', 'disclosePublicInterestText']);
    expect(eu.map((c) => c.id)).toEqual(['Art. 6', ...new Set(AI_ACT_OBLIGATIONS.map((o) => o.citation))]);
  });

  it('numbers the controls as the public texts do', () => {
    expect(ids('nistAiRmf')).toHaveLength(72);
    expect(ids('nistAiRmf').slice(0, 2)).toEqual(['GOVERN 1.1', 'GOVERN 1.2']);
    for (const id of ids('nistAiRmf')) expect(id).toMatch(/^(GOVERN|MAP|MEASURE|MANAGE) \d\.\d{1,2}$/);
    expect(['GOVERN', 'MAP', 'MEASURE', 'MANAGE'].map((f) => ids('nistAiRmf').filter((id) => id.startsWith(`${f} `)).length)).toEqual([19, 18, 22, 13]);
    expect(ids('iso42001')).toHaveLength(38);
    for (const id of ids('iso42001')) expect(id).toMatch(/^A\.(\d|10)\.\d(\.\d)?$/);
    expect(ids('iso42001')).toContain('A.6.2.4');
    expect(ids('oecd')).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3', '2.4', '2.5']);
    for (const control of seed.controls) {
      expect(control.title.length).toBeGreaterThan(3);
      expect(control.title.length).toBeLessThanOrEqual(255);
    }
  });

  it('names a source for every framework', () => {
    expect(FRAMEWORK_SOURCES.map((s) => s.id)).toEqual([...FRAMEWORK_IDS]);
    for (const s of FRAMEWORK_SOURCES) expect(s.source.length).toBeGreaterThan(40);
  });
});

describe('crosswalk validation', () => {
  it('reports an unknown framework, a duplicate id and mappings to missing controls', () => {
    const issues = validateCrosswalk(
      [{ framework: 'euAiAct', id: 'Art. 9' }, { framework: 'euAiAct', id: 'Art. 9' }, { framework: 'cobit', id: 'APO01' }, { framework: 'iso42001', id: 'A.6.2.8' }],
      [
        { from: 'euAiAct:Art. 9', to: 'iso42001:A.9.9', strength: 'partial' },
        { from: 'euAiAct:Art. 9', to: 'iso42001:A.6.2.8', strength: 'same' },
        { from: 'iso42001:A.6.2.8', to: 'euAiAct:Art. 9', strength: 'partial' },
        { from: 'euAiAct:Art. 9', to: 'euAiAct:Art. 9', strength: 'related' }
      ]
    );
    expect(issues.map((i) => [i.code, i.key, i.target])).toEqual([
      ['controlDuplicate', 'euAiAct:Art. 9', undefined],
      ['frameworkUnknown', 'cobit:APO01', undefined],
      ['mappingTargetMissing', 'euAiAct:Art. 9', 'iso42001:A.9.9'],
      ['mappingStrengthUnknown', 'euAiAct:Art. 9', 'iso42001:A.6.2.8'],
      ['mappingDuplicate', 'iso42001:A.6.2.8', 'euAiAct:Art. 9'],
      ['mappingSelf', 'euAiAct:Art. 9', 'euAiAct:Art. 9']
    ]);
  });
});

describe('coverage through mappings', () => {
  // A = B = C (equivalent chain), C ~ D (partial), D ~ E (partial), A - F (related).
  const chain: Crosswalk = {
    controls: [
      { framework: 'euAiAct', id: 'A', title: 'A', group: 'g' },
      { framework: 'nistAiRmf', id: 'B', title: 'B', group: 'g' },
      { framework: 'iso42001', id: 'C', title: 'C', group: 'g' },
      { framework: 'oecd', id: 'D', title: 'D', group: 'g' },
      { framework: 'oecd', id: 'E', title: 'E', group: 'g' },
      { framework: 'iso42001', id: 'F', title: 'F', group: 'g' }
    ],
    mappings: [
      { from: 'euAiAct:A', to: 'nistAiRmf:B', strength: 'equivalent' },
      { from: 'iso42001:C', to: 'nistAiRmf:B', strength: 'equivalent' },
      { from: 'iso42001:C', to: 'oecd:D', strength: 'partial' },
      { from: 'oecd:D', to: 'oecd:E', strength: 'partial' },
      { from: 'euAiAct:A', to: 'iso42001:F', strength: 'related' }
    ]
  };

  it('satisfies every control equivalent to the evidenced one, transitively and in both directions', () => {
    const result = coverage(chain, [link('euAiAct:A')]);
    expect(statusOf(result, 'nistAiRmf:B')).toBe('covered');
    expect(statusOf(result, 'iso42001:C')).toBe('covered');
    const c = result.flatMap((f) => f.controls).find((x) => x.key === 'iso42001:C');
    expect(c?.evidence.map((e) => [e.route, e.via])).toEqual([['equivalent', 'euAiAct:A']]);
    // Backwards: evidence on C covers A.
    expect(statusOf(coverage(chain, [link('iso42001:C')]), 'euAiAct:A')).toBe('covered');
  });

  it('covers a partial mapping\'s other end in part, one step only; a related mapping carries nothing', () => {
    const result = coverage(chain, [link('euAiAct:A')]);
    expect(statusOf(result, 'oecd:D')).toBe('partial');
    expect(statusOf(result, 'oecd:E')).toBe('none');
    expect(statusOf(result, 'iso42001:F')).toBe('none');
  });

  it('summarises each framework: covered, partially covered, not covered, with the gaps', () => {
    const result = coverage(chain, [link('euAiAct:A')]);
    expect(of(result, 'euAiAct')).toMatchObject({ status: 'covered', total: 1, covered: 1, partial: 0 });
    expect(of(result, 'iso42001')).toMatchObject({ status: 'partial', total: 2, covered: 1 });
    expect(of(result, 'iso42001').gaps.map((g) => g.key)).toEqual(['iso42001:F']);
    expect(of(result, 'oecd')).toMatchObject({ status: 'partial', covered: 0, partial: 1 });
    expect(of(coverage(chain, []), 'oecd')).toMatchObject({ status: 'none', covered: 0, partial: 0, total: 2 });
  });

  it('counts a system\'s own and organisation-wide evidence, not another system\'s', () => {
    const evidence = [link('euAiAct:A', 1), link('oecd:E', undefined), link('iso42001:F', 2)];
    expect(evidenceForSystem(evidence, 1).map((e) => e.controlKey)).toEqual(['euAiAct:A', 'oecd:E']);
  });

  it('in the seed: a log design link covers ISO A.6.2.8 and partly the deployer\'s log keeping', () => {
    const result = coverage(seed, [link('euAiAct:Art. 12', 5)]);
    expect(statusOf(result, 'iso42001:A.6.2.8')).toBe('covered');
    expect(statusOf(result, 'euAiAct:Art. 26(6)')).toBe('partial');
  });
});

describe('a verified classification as evidence', () => {
  const high = classifyAISystem(emptyAIActProfile({ annexIIIUses: ['7b'], publicBody: true }));
  const derogated = classifyAISystem(emptyAIActProfile({ role: 'provider', annexIIIUses: ['4a'], derogations: ['preparatoryTask'] }));

  it('evidences the classification control, and the documented assessment when the derogation applied', () => {
    expect(classificationEvidence({ systemId: 3, obligations: high.obligations, verified: true, verifiedBy: 'Lena Lead', verifiedOn: '2026-11-02' }, 'Verified classification')
      .map((e) => [e.controlKey, e.kind, e.reference])).toEqual([['euAiAct:Art. 6', 'Verification', 'Lena Lead, 2026-11-02']]);
    expect(derogated.obligations).toContain('documentNonHighRiskAssessment');
    expect(classificationEvidence({ systemId: 3, obligations: derogated.obligations, verified: true }, 'v').map((e) => e.controlKey)).toEqual(['euAiAct:Art. 6', 'euAiAct:Art. 6(4)']);
  });

  it('is nothing until a lead\'s verification counts', () => {
    expect(classificationEvidence({ systemId: 3, obligations: high.obligations, verified: false }, 'v')).toEqual([]);
    expect(classificationEvidence({ systemId: 3, verified: true }, 'v')).toEqual([]);
  });

  it('limits the EU AI Act controls to what the classification lists; the other frameworks keep every control', () => {
    const ev = classificationEvidence({ systemId: 3, obligations: high.obligations, verified: true }, 'v');
    const result = coverage(seed, ev, applicableToSystem(high.obligations));
    const eu = of(result, 'euAiAct');
    expect(eu.controls.map((c) => c.control.id)).toEqual(['Art. 6', 'Art. 4', 'Art. 26(2)', 'Art. 26(4)', 'Art. 26(5)', 'Art. 26(6)', 'Art. 26(11)', 'Art. 27']);
    expect(eu).toMatchObject({ status: 'partial', covered: 1 });
    expect(of(result, 'iso42001').total).toBe(38);
    // Through Art. 6's partial mapping, ISO's impact assessment process is partly covered.
    expect(statusOf(result, 'iso42001:A.5.2')).toBe('partial');
    expect(of(coverage(seed, [], applicableToSystem(undefined)), 'euAiAct').total).toBe(euAiActControls().length);
  });
});

describe('comparison table', () => {
  const labels: ComparisonLabels = {
    frameworks: { euAiAct: 'EU AI Act', nistAiRmf: 'NIST AI RMF 1.0', iso42001: 'ISO/IEC 42001', oecd: 'OECD' },
    control: 'Control', title: 'Title', group: 'Group', status: 'Coverage',
    statuses: { covered: 'Covered', partial: 'Partially covered', none: 'Not covered' },
    strengths: { equivalent: 'equivalent', partial: 'partial', related: 'related' }
  };

  it('has one row per control of the framework and the mapped controls of the others, strongest first', () => {
    const table = comparisonTable(seed, 'euAiAct');
    expect(table.columns).toEqual(['nistAiRmf', 'iso42001', 'oecd']);
    expect(table.rows.map((r) => r.control.id)).toEqual(ids('euAiAct'));
    const art12 = table.rows.find((r) => r.control.id === 'Art. 12');
    expect(art12?.mapped.iso42001?.map((m) => [m.id, m.strength])).toEqual([['A.6.2.8', 'equivalent']]);
    const art26 = table.rows.find((r) => r.control.id === 'Art. 26(5)');
    expect(art26?.mapped.iso42001?.map((m) => m.id)).toEqual(['A.6.2.6', 'A.8.4']);
    // Read backwards: ISO's row lists the EU articles mapped to it.
    const iso = comparisonTable(seed, 'iso42001');
    expect(iso.rows.find((r) => r.control.id === 'A.6.2.8')?.mapped.euAiAct?.map((m) => [m.id, m.strength])).toEqual([['Art. 12', 'equivalent'], ['Art. 26(6)', 'partial']]);
  });

  it('writes formula-safe cells with the coverage status when given', () => {
    const result = coverage(seed, [link('euAiAct:Art. 12', 5)]);
    const table = comparisonTable(seed, 'iso42001', result);
    expect(comparisonHeaders(table, labels, true)).toEqual(['ISO/IEC 42001: Control', 'Title', 'Group', 'Coverage', 'EU AI Act', 'NIST AI RMF 1.0', 'OECD']);
    const row = table.rows.find((r) => r.control.id === 'A.6.2.8');
    expect(comparisonCells(row!, table, labels, true)).toEqual(['A.6.2.8', 'AI system recording of event logs', 'A.6 AI system life cycle', 'Covered', 'Art. 12 (equivalent); Art. 26(6) (partial)', '', '']);
    const hostile: Crosswalk = { controls: [{ framework: 'oecd', id: '=1+1', title: '@cmd', group: '+g' }], mappings: [] };
    const t = comparisonTable(hostile, 'oecd');
    expect(comparisonCells(t.rows[0], t, labels, false).slice(0, 3)).toEqual(['\'=1+1', '\'@cmd', '\'+g']);
  });
});

describe('crosswalk as list items', () => {
  it('round-trips the seed through FrameworkControls items, each valid against the list schema', () => {
    const records = toControlRecords(seed);
    expect(records).toHaveLength(seed.controls.length);
    for (const record of records) expect(check(FRAMEWORK_CONTROLS_LIST, record)).toEqual([]);
    const read = fromControlRecords([...records].reverse());
    expect(read.issues).toEqual([]);
    expect(read.crosswalk.controls.map(controlKey)).toEqual(seed.controls.map(controlKey));
    expect(read.crosswalk.mappings).toHaveLength(seed.mappings.length);
  });

  it('reports what a lead broke and keeps only the sound part', () => {
    const records = toControlRecords(seed);
    const art12 = records.find((r) => r.controlKey === 'euAiAct:Art. 12')!;
    const broken = records.map((r) => (r === art12 ? { ...r, mappings: '[{"to":"iso42001:A.6.2.99","strength":"equivalent"}]' } : r));
    broken.push({ ...art12, mappings: 'not json' });
    const read = fromControlRecords(broken);
    expect(read.issues.map((i) => i.code).sort()).toEqual(['controlDuplicate', 'mappingTargetMissing', 'mappingsUnreadable']);
    expect(read.crosswalk.mappings.some((m) => m.from === 'euAiAct:Art. 12')).toBe(false);
    expect(parseMappings('{"to":1}')).toBeUndefined();
  });

  it('refuses an item whose key does not match, whose mappings are unreadable or name an unknown strength', () => {
    const base = toControlRecords(seed)[1];
    expect(check(FRAMEWORK_CONTROLS_LIST, { ...base, controlKey: 'euAiAct:Art. 99' }).map((i) => i.code)).toEqual(['frameworkControlKeyMismatch']);
    expect(check(FRAMEWORK_CONTROLS_LIST, { ...base, mappings: '[' }).map((i) => i.code)).toEqual(['frameworkMappingsUnreadable']);
    expect(check(FRAMEWORK_CONTROLS_LIST, { ...base, mappings: '[{"to":"cobit:x","strength":"same"}]' }).map((i) => i.code))
      .toEqual(['frameworkMappingStrengthUnknown', 'frameworkMappingTargetUnknown']);
    expect(check(FRAMEWORK_CONTROLS_LIST, { ...base, framework: 'COBIT' }).map((i) => i.code)).toEqual(['invalidChoice']);
  });

  it('refuses evidence with a non-http link, a link kind without link, a reference kind without reference', () => {
    const ok = { title: 'Logging design', controlKey: 'euAiAct:Art. 12', kind: 'Link' as const, evidenceLink: { url: 'https://docs.example.org/logs' } };
    expect(check(CONTROL_EVIDENCE_LIST, ok)).toEqual([]);
    expect(check(CONTROL_EVIDENCE_LIST, { ...ok, evidenceLink: { url: 'ftp://files.example.org/x' } }).map((i) => i.code)).toEqual(['invalidUrl']);
    // eslint-disable-next-line no-script-url -- the refused scheme is the point
    expect(check(CONTROL_EVIDENCE_LIST, { ...ok, evidenceLink: { url: 'javascript:alert(1)' } }).map((i) => i.code)).toEqual(['unsafeUrl']);
    expect(check(CONTROL_EVIDENCE_LIST, { ...ok, evidenceLink: undefined }).map((i) => i.code)).toEqual(['evidenceLinkRequired']);
    expect(check(CONTROL_EVIDENCE_LIST, { ...ok, kind: 'Assessment item', evidenceLink: undefined, reference: '' }).map((i) => i.code)).toEqual(['evidenceReferenceRequired']);
    expect(check(CONTROL_EVIDENCE_LIST, { ...ok, controlKey: 'cobit:APO01' }).map((i) => i.code)).toEqual(['evidenceControlUnknown']);
  });
});
