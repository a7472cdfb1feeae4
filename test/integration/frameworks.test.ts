/**
 * The framework crosswalk over the real data layer (PnPjs repositories against the emulator): the seed written to
 * FrameworkControls once (a second run adds nothing), the whole crosswalk read back in one request, evidence recorded
 * with SharePoint's Author, refused with its code and nothing written when the link is not http(s), a system's coverage
 * through the mappings, the met items of its latest completed assessment as evidence (template-driven), and the
 * comparison and coverage exports through the rollout kit's writers.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import readXlsxFile from 'read-excel-file/universal';
import { seedTemplates } from '../../src/core/assessments';
import { seedAssessmentTemplates } from '../../src/data/assessments/templateStore';
import { classificationColumns } from '../../src/core/aiRegistry/classificationRecord';
import { emptyAIActProfile } from '../../src/core/aiAct/profile';
import { comparisonTable, type ComparisonLabels, type CoverageLabels } from '../../src/core/frameworks/comparison';
import { seedCrosswalk } from '../../src/core/frameworks/seed';
import { isGovernanceError } from '../../src/core/errors';
import type { AISystem } from '../../src/core/models/aiSystem';
import type { Stored } from '../../src/core/models/common';
import { readCrosswalk, recordEvidence, seedFrameworkControls } from '../../src/data/frameworks/crosswalk';
import { comparisonExport, coverageExport } from '../../src/data/frameworks/crosswalkExport';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { readSpreadsheet } from '../../src/data/spreadsheet/readSpreadsheet';
import { FrameworkService } from '../../src/webparts/aiRegistry/services/FrameworkService';
import type { RegisterRow } from '../../src/webparts/aiRegistry/services/IAIRegistryService';
import { startHarness, type Harness } from './support/harness';

/** The strings the exports use (the resource module's type is declared for the SPFx build only). */
interface FrameworkStrings {
  Names: ComparisonLabels['frameworks'];
  Statuses: ComparisonLabels['statuses'];
  Strengths: ComparisonLabels['strengths'];
  Control: string;
  Title: string;
  Group: string;
  ColStatus: string;
  ColFramework: string;
  Evidence: string;
  Through: string;
  ClassificationEvidence: string;
  ComparisonSheet: string;
  CoverageSheet: string;
}

/** The AI Registry's English strings, as the AMD resource module defines them. */
function englishFrameworkStrings(): FrameworkStrings {
  let strings: { Frameworks: FrameworkStrings } | undefined;
  (globalThis as { define?: unknown }).define = (_deps: unknown, factory: () => { Frameworks: FrameworkStrings }) => { strings = factory(); };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(`${process.cwd()}/src/webparts/aiRegistry/loc/en-us.js`);
  delete (globalThis as { define?: unknown }).define;
  return strings!.Frameworks;
}

const strings = englishFrameworkStrings();
const comparisonLabels: ComparisonLabels = { frameworks: strings.Names, control: strings.Control, title: strings.Title, group: strings.Group, status: strings.ColStatus, statuses: strings.Statuses, strengths: strings.Strengths };
const coverageLabels: CoverageLabels = { frameworks: strings.Names, framework: strings.ColFramework, control: strings.Control, title: strings.Title, status: strings.ColStatus, evidence: strings.Evidence, statuses: strings.Statuses, through: strings.Through };

describe('framework crosswalk over the real data layer', () => {
  let harness: Harness;
  let lead: Repositories;
  let alice: Repositories;
  let system: Stored<AISystem>;
  let other: Stored<AISystem>;
  const seed = seedCrosswalk();

  /** The register row of a system as verified by Lena Lead (the AI registry's service derives it from the decisions). */
  const verifiedRow = (s: Stored<AISystem>): RegisterRow => ({
    system: s,
    verification: { state: 'Verified', by: harness.people.lead, on: '2026-11-20T10:00:00Z', ignored: [], anomalies: [] }
  });

  before(async () => {
    harness = await startHarness();
    await harness.provision();
    lead = createRepositories(harness.sp('lead'), { log: harness.log });
    alice = createRepositories(harness.sp('alice'), { log: harness.log });
    // A high-risk deployer at a public body (Annex III 7(b)): Art. 26 duties and the fundamental-rights assessment.
    const classification = classificationColumns(emptyAIActProfile({ annexIIIUses: ['7b'], profilesNaturalPersons: true, publicBody: true }));
    system = await alice.aiSystems.create({ title: 'Border risk scoring', lifecycle: 'Pilot', approvalStatus: 'Pending review', ...classification } as AISystem, { includeComputed: true });
    other = await alice.aiSystems.create({ title: 'Invoice extraction', lifecycle: 'Production', approvalStatus: 'Approved' } as AISystem, { includeComputed: true });
  });
  after(() => harness.close());

  it('seeds FrameworkControls once and reads the whole crosswalk back in one request', async () => {
    assert.equal(await seedFrameworkControls(lead, seed), seed.controls.length);
    assert.equal(await seedFrameworkControls(lead, seed), 0, 'a second run adds nothing');
    const before = harness.requests.length;
    const read = await readCrosswalk(alice);
    const reads = harness.requests.slice(before).filter((line) => line.includes('FrameworkControls'));
    assert.equal(reads.length, 1, `one request, saw ${reads.join(' | ')}`);
    assert.deepEqual(read.issues, []);
    assert.equal(read.crosswalk.controls.length, seed.controls.length);
    assert.equal(read.crosswalk.mappings.length, seed.mappings.length);
    assert.deepEqual(read.crosswalk.controls.filter((c) => c.framework === 'oecd').map((c) => c.id), ['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3', '2.4', '2.5']);
    assert.deepEqual(read.crosswalk.controls.find((c) => c.id === 'Art. 50(4)')?.obligations, ['discloseDeepFake', 'disclosePublicInterestText']);
  });

  it('only leads (and owners) may edit the crosswalk', async () => {
    const item = (await alice.frameworkControls.page({ top: 1 })).items[0];
    await assert.rejects(alice.frameworkControls.update(item.id, { title: 'Changed' }, item.etag), (error: unknown) => isGovernanceError(error, 'Forbidden'));
  });

  it('records evidence with its author, and refuses a non-http link with its code, nothing written', async () => {
    const { crosswalk } = await readCrosswalk(alice);
    const created = await recordEvidence(alice, crosswalk, { controlKey: 'euAiAct:Art. 26(6)', systemId: system.id, kind: 'Link', title: 'Log retention settings', link: 'https://docs.example.org/logs' });
    assert.equal(created.author?.id, harness.people.alice.id, 'Author is the signed-in user');
    assert.equal(created.system?.id, system.id);

    const count = await alice.controlEvidence.count();
    const refused = async (link: string, code: string): Promise<void> => {
      await assert.rejects(
        recordEvidence(alice, crosswalk, { controlKey: 'euAiAct:Art. 12', systemId: system.id, kind: 'Link', title: 'Logging design', link }),
        (error: unknown) => isGovernanceError(error, 'Validation') && error.issues.map((i) => i.code).join() === code
      );
    };
    await refused('ftp://files.example.org/logging.pdf', 'invalidUrl');
    // eslint-disable-next-line no-script-url -- the refused scheme is the point
    await refused('javascript:alert(1)', 'unsafeUrl');
    await refused('  ', 'evidenceLinkRequired');
    await assert.rejects(
      recordEvidence(alice, crosswalk, { controlKey: 'iso42001:A.99', systemId: system.id, kind: 'Link', title: 'x', link: 'https://docs.example.org/x' }),
      (error: unknown) => isGovernanceError(error, 'Validation') && error.issues[0].code === 'evidenceControlUnknown'
    );
    assert.equal(await alice.controlEvidence.count(), count, 'nothing written');
  });

  it('keeps evidence add-only: its author cannot edit or delete it', async () => {
    const item = (await alice.controlEvidence.page({ top: 1 })).items[0];
    await assert.rejects(alice.controlEvidence.update(item.id, { title: 'Edited' }, item.etag), (error: unknown) => isGovernanceError(error, 'Forbidden'));
    await assert.rejects(alice.controlEvidence.delete(item.id, item.etag), (error: unknown) => isGovernanceError(error, 'Forbidden'));
  });

  it('covers a system through the mappings: its own, organisation-wide and its verified classification, not another system\'s', async () => {
    const service = new FrameworkService(alice);
    await service.addEvidence(system.id, { controlKey: 'euAiAct:Art. 27', title: 'Fundamental-rights impact assessment', link: 'https://docs.example.org/fria' });
    const { crosswalk } = await readCrosswalk(lead);
    await recordEvidence(lead, crosswalk, { controlKey: 'euAiAct:Art. 4', kind: 'Link', title: 'AI literacy programme', link: 'https://docs.example.org/literacy' });
    await recordEvidence(lead, crosswalk, { controlKey: 'euAiAct:Art. 26(2)', systemId: other.id, kind: 'Link', title: 'Another system\'s oversight', link: 'https://docs.example.org/other' });

    const view = await service.systemCoverage(verifiedRow(system), strings.ClassificationEvidence);
    const eu = view.coverage.find((f) => f.framework === 'euAiAct')!;
    assert.deepEqual(eu.controls.map((c) => [c.control.id, c.status]), [
      ['Art. 6', 'covered'], ['Art. 4', 'covered'], ['Art. 26(2)', 'none'], ['Art. 26(4)', 'none'], ['Art. 26(5)', 'none'],
      ['Art. 26(6)', 'covered'], ['Art. 26(11)', 'none'], ['Art. 27', 'covered']
    ]);
    assert.equal(eu.status, 'partial');
    const iso = view.coverage.find((f) => f.framework === 'iso42001')!;
    const status = (id: string): string | undefined => iso.controls.find((c) => c.control.id === id)?.status;
    assert.equal(status('A.6.2.8'), 'partial', 'Art. 26(6) maps to event logs in part');
    assert.equal(status('A.5.4'), 'partial', 'the FRIA covers impact on individuals in part');
    assert.equal(status('A.5.2'), 'partial', 'the verified classification covers the impact assessment process in part');
    assert.equal(iso.total, 38);
    assert.ok(view.evidence.some((e) => e.kind === 'Verification' && e.reference?.startsWith('Lena Lead')), 'the verified classification is evidence');

    // Unverified: the classification is no evidence, Art. 6 becomes a gap.
    const unverified = await service.systemCoverage({ ...verifiedRow(system), verification: { state: 'Unverified', ignored: [], anomalies: [] } }, 'v');
    assert.equal(unverified.coverage.find((f) => f.framework === 'euAiAct')!.controls[0].status, 'none');
  });

  it('counts the met items of the system\'s latest completed assessment as evidence, read in two requests', async () => {
    const service = new FrameworkService(alice);
    const statusOf = (view: Awaited<ReturnType<FrameworkService['systemCoverage']>>, key: string): string | undefined =>
      view.coverage.flatMap((f) => f.controls).find((c) => c.key === key)?.status;
    const runOn = (target: Stored<AISystem>, date: string, met: boolean): Promise<unknown> => lead.assessments.create({
      title: `EU AI Act deployer obligations: ${target.title}`, template: 'ai-act-deployer', templateVersion: 1, targetList: 'aiSystems', targetId: target.id,
      answers: JSON.stringify({
        'obligation:humanOversight': met ? { value: 'yes', evidence: ['https://docs.example.org/oversight-roster'] } : { value: 'no', evidence: [] },
        'bias-testing': met ? { value: 'yes', evidence: [] } : { value: 'partial', evidence: [] }
      }),
      assessor: harness.people.lead, assessmentDate: date, status: 'Completed'
    });
    await seedAssessmentTemplates(lead, seedTemplates());
    const before = await service.systemCoverage(verifiedRow(system), strings.ClassificationEvidence);
    assert.equal(statusOf(before, 'euAiAct:Art. 26(2)'), 'none');
    assert.equal(statusOf(before, 'nistAiRmf:MEASURE 2.11'), 'none');

    await runOn(system, '2026-10-01', true);
    await runOn(other, '2026-10-01', true);
    const sent = harness.requests.length;
    const assessed = await service.systemCoverage(verifiedRow(system), strings.ClassificationEvidence, 'en');
    const reads = harness.requests.slice(sent).filter((line) => /Assessments|AssessmentTemplates|ControlEvidence/.test(line));
    assert.equal(reads.length, 2, `the system's evidence and its assessments (crosswalk and templates read once per service), saw ${reads.join(' | ')}`);
    assert.equal(statusOf(assessed, 'euAiAct:Art. 26(2)'), 'covered', 'the obligation item answered yes');
    assert.equal(statusOf(assessed, 'nistAiRmf:MEASURE 2.11'), 'covered', 'the template question\'s framework reference');
    const item = assessed.evidence.find((e) => e.kind === 'Assessment item' && e.controlKey === 'euAiAct:Art. 26(2)');
    assert.equal(item?.reference, 'EU AI Act deployer obligations, v1, 2026-10-01');
    assert.equal(item?.link, 'https://docs.example.org/oversight-roster');
    assert.equal(item?.author, 'Lena Lead');
    assert.equal(assessed.evidence.filter((e) => e.kind === 'Assessment item').length, 2, 'the other system\'s run gives this one nothing');

    // A later run where the items are not met withdraws that evidence.
    await runOn(system, '2026-11-15', false);
    const reassessed = await service.systemCoverage(verifiedRow(system), strings.ClassificationEvidence);
    assert.equal(statusOf(reassessed, 'euAiAct:Art. 26(2)'), 'none');
    assert.equal(statusOf(reassessed, 'nistAiRmf:MEASURE 2.11'), 'none');
  });

  it('exports the ISO 42001 comparison with this system\'s coverage, and the coverage, as xlsx and CSV', async () => {
    const { crosswalk } = await readCrosswalk(alice);
    await recordEvidence(alice, crosswalk, { controlKey: 'euAiAct:Art. 12', systemId: system.id, kind: 'Link', title: '=HYPERLINK("https://evil.example","logs")', link: 'https://docs.example.org/logging' });
    const view = await new FrameworkService(alice).systemCoverage(verifiedRow(system), strings.ClassificationEvidence);
    const table = comparisonTable(view.crosswalk, 'iso42001', view.coverage);

    const xlsx = await comparisonExport(table, 'xlsx', comparisonLabels, strings.ComparisonSheet);
    const sheets = await readXlsxFile(xlsx);
    assert.deepEqual(sheets.map((s) => s.sheet), ['Comparison']);
    const rows = sheets[0].data;
    assert.deepEqual(rows[0], ['ISO/IEC 42001 Annex A: Control', 'Title', 'Function or clause', 'Coverage', 'EU AI Act', 'NIST AI RMF 1.0', 'OECD AI Principles']);
    assert.equal(rows.length, 39, 'a header and the 38 Annex A controls');
    const logs = rows.find((r) => r[0] === 'A.6.2.8')!;
    assert.equal(logs[3], 'Covered', 'Art. 12 (log design) is equivalent to A.6.2.8');
    assert.equal(logs[4], 'Art. 12 (equivalent); Art. 26(6) (partial)');
    assert.equal(rows.find((r) => r[0] === 'A.2.2')![3], 'Not covered');

    const csv = await coverageExport(view.coverage, 'csv', coverageLabels, strings.CoverageSheet);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    assert.deepEqual(Array.from(bytes.subarray(0, 3)), [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark');
    const read = await readSpreadsheet(csv, 'coverage.csv');
    assert.deepEqual(read.headers, ['Framework', 'Control', 'Title', 'Coverage', 'Evidence']);
    const isoLogs = read.rows.find((r) => r[0] === 'ISO/IEC 42001 Annex A' && r[1] === 'A.6.2.8')!;
    assert.equal(isoLogs[3], 'Covered');
    assert.ok(isoLogs[4].startsWith('\'=HYPERLINK('), `formula-safe evidence, got ${isoLogs[4]}`);
    assert.ok(isoLogs[4].includes('(through Art. 12)'), isoLogs[4]);
    const total = view.coverage.reduce((n, f) => n + f.total, 0);
    assert.equal(read.rows.length, total, 'one row per applicable control of every framework');
  });
});
