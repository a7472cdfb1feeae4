/// <reference path="../../src/webparts/riskRegister/loc/mystrings.d.ts" />
/**
 * The information-system assessment (issue 18, part 4) against the emulator: stakeholder requirements round trip
 * with If-Match and a conflict, a bad requirement refused with nothing written, the template's type rule, and the
 * report workbook read back.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import readXlsxFile from 'read-excel-file/universal';
import { buildChecklist, informationSystemTemplate, localiseTemplate, recordFitsTemplate } from '../../src/core/assessments';
import { buildSystemReport } from '../../src/core/assessments/systemReport';
import { isGovernanceError } from '../../src/core/errors';
import { addRequirement, deleteRequirement, requirementsOf, updateRequirement } from '../../src/data/assessments/requirementStore';
import { systemReportWorkbook } from '../../src/data/assessments/systemReportExport';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { reportLabels, sheetLabels } from '../../src/webparts/riskRegister/components/systemAssessment/reportLabels';
import { startHarness, type Harness } from './support/harness';

/** The Risk Register's English strings, as the AMD resource module defines them. */
function englishStrings(): IRiskRegisterStrings {
  let strings: IRiskRegisterStrings | undefined;
  (globalThis as { define?: unknown }).define = (_deps: unknown, factory: () => IRiskRegisterStrings) => { strings = factory(); };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(`${process.cwd()}/src/webparts/riskRegister/loc/en-us.js`);
  delete (globalThis as { define?: unknown }).define;
  return strings!;
}

describe('information-system assessment: stakeholder requirements and the report', () => {
  let harness: Harness;
  let alice: Repositories;
  let bob: Repositories;
  let runId: number;
  let systemId: number;

  before(async () => {
    harness = await startHarness();
    await harness.provision();
    alice = createRepositories(harness.sp('alice'), { log: harness.log });
    bob = createRepositories(harness.sp('bob'), { log: harness.log });
    const system = await alice.dataAssets.create({ title: 'Migration management information system', assetType: 'Information system', containsPersonalData: true } as never);
    systemId = system.id;
    const run = await alice.assessments.create({
      title: 'Information system assessment: MIMS', template: 'information-system', templateVersion: 1, targetList: 'dataAssets', targetId: system.id, status: 'Completed',
      answers: JSON.stringify({ 'backup-restore': { value: 'no', note: '=cmd|\' /C calc\'!A0', evidence: [] }, 'funding-secured': { value: 'no', note: 'Ends 2027', evidence: [] } }),
      assessmentDate: '2026-12-01'
    });
    runId = run.id;
  });
  after(() => harness.close());

  it('adds, reads, updates with If-Match and deletes a requirement; a stale ETag is a Conflict and changes nothing', async () => {
    const added = await addRequirement(alice, { need: ' Offline capture at border posts ', institution: 'Border police', priority: 'Should', source: 'Field visit', section: 'operations' }, { id: runId }, { id: systemId }, ['operations', 'costs']);
    const [read] = await requirementsOf(bob, runId);
    assert.deepEqual([read.title, read.institution, read.priority, read.source, read.section, read.assessment.id, read.system?.id], ['Offline capture at border posts', 'Border police', 'Should', 'Field visit', 'operations', runId, systemId]);

    const updated = await updateRequirement(bob, added.id, { need: 'Offline capture at border posts', institution: 'Border police', priority: 'Must', source: '', section: '' }, read.etag);
    assert.equal(updated.priority, 'Must');
    assert.equal(updated.source ?? '', '', 'a cleared source stays cleared');
    assert.equal(updated.section ?? '', '', 'an unlinked section stays unlinked');
    await assert.rejects(
      updateRequirement(alice, added.id, { need: 'Stale edit', institution: 'Border police', priority: 'Could', source: '' }, read.etag),
      (e: unknown) => isGovernanceError(e, 'Conflict')
    );
    await assert.rejects(deleteRequirement(alice, added.id, read.etag), (e: unknown) => isGovernanceError(e, 'Conflict'));
    const after = await alice.stakeholderRequirements.getById(added.id);
    assert.deepEqual([after.title, after.priority], ['Offline capture at border posts', 'Must'], 'the stale writes changed nothing');

    await deleteRequirement(alice, added.id, after.etag);
    assert.deepEqual(await requirementsOf(alice, runId), []);
  });

  it('refuses a bad requirement with located issues and writes nothing, in the store and at the repository', async () => {
    const before = harness.requests.length;
    await assert.rejects(addRequirement(alice, { need: '   ', institution: '', priority: 'Won\'t', source: '' }, { id: runId }, undefined), (e: unknown) => {
      assert.ok(isGovernanceError(e, 'Validation'));
      assert.deepEqual(e.issues.map((i) => i.code), ['requirementNeedMissing', 'requirementInstitutionMissing', 'requirementPriorityInvalid']);
      return true;
    });
    await assert.rejects(
      addRequirement(alice, { need: 'SDMX export', institution: 'Statistics office', priority: 'Must', source: '', section: 'pricing' }, { id: runId }, undefined, ['database', 'interfaces']),
      (e: unknown) => isGovernanceError(e, 'Validation') && e.issues[0].code === 'requirementSectionUnknown'
    );
    await assert.rejects(alice.stakeholderRequirements.create({ title: '  ', assessment: { id: runId }, institution: 'Ministry', priority: 'Must' }), (e: unknown) => isGovernanceError(e, 'Validation'));
    assert.equal(harness.requests.slice(before).filter((l) => l.includes('StakeholderRequirements') && l.startsWith('POST')).length, 0, 'nothing was sent');
    assert.deepEqual(await requirementsOf(alice, runId), []);
  });

  it('runs only against information systems', async () => {
    const record = await alice.dataAssets.getById(systemId);
    assert.equal(recordFitsTemplate('information-system', record.assetType), true);
    const dataset = await alice.dataAssets.create({ title: 'Arrivals register', assetType: 'Dataset', containsPersonalData: true } as never);
    assert.equal(recordFitsTemplate('information-system', (await alice.dataAssets.getById(dataset.id)).assetType), false);
  });

  it('exports the report workbook: summary, findings, requirements and the terms of reference outline, formula-safe', async () => {
    await addRequirement(alice, { need: 'Biometric deduplication', institution: 'Ministry of Interior', priority: 'Must', source: '@workshop' }, { id: runId }, { id: systemId });
    await addRequirement(alice, { need: 'Monthly statistics', institution: 'National statistics office', priority: 'Could', source: '', section: 'interfaces' }, { id: runId }, { id: systemId });
    const strings = englishStrings();
    const template = localiseTemplate(informationSystemTemplate(), 'en').template;
    const run = await alice.assessments.getById(runId);
    const report = buildSystemReport({
      systemTitle: 'MIMS', template, questions: buildChecklist(template), answers: JSON.parse(run.answers ?? '{}'), assessor: 'Alice Custodian', date: '2026-12-01',
      requirements: await requirementsOf(alice, runId)
    }, reportLabels(strings));
    const blob = await systemReportWorkbook(report, { system: 'MIMS', assessor: 'Alice Custodian', date: '2026-12-01', template: template.title, version: 1 }, sheetLabels(strings));
    const sheets = await readXlsxFile(blob);
    assert.deepEqual(sheets.map((s) => s.sheet), ['Summary', 'Findings', 'Stakeholder requirements', 'Terms of reference outline']);
    const [summary, findings, requirements, outline] = sheets.map((s) => s.data);
    assert.deepEqual(summary[1], ['Information system', 'MIMS']);
    assert.ok(summary.some((r) => r[0] === 'Database' && r[1] === '1 gaps of 3 questions'));
    const backup = findings.find((r) => String(r[1]).startsWith('Backups are taken'))!;
    assert.deepEqual([backup[0], backup[2], backup[3]], ['Database', 'No', '\'=cmd|\' /C calc\'!A0']);
    assert.deepEqual(requirements[0], ['Stakeholder institution', 'Need', 'Priority', 'Source', 'Section']);
    assert.deepEqual(requirements.slice(1), [
      ['Ministry of Interior', 'Biometric deduplication', 'Must', '\'@workshop', null],
      ['National statistics office', 'Monthly statistics', 'Could', null, 'Interfaces and interoperability standards']
    ]);
    const headings = outline.filter((r) => r[0] !== null).map((r) => `${r[0]} ${r[1]}`);
    // The interfaces section has no gap: the requirement linked to it brings it into the scope, listed under it.
    assert.deepEqual(headings, ['No. Text', '1 Background', '2 Objectives', '3 Scope', '3.1 Database', '3.2 Interfaces and interoperability standards', '3.3 Costs', '4 Requirements', '4.1 Must', '4.2 Could', '5 Deliverables and constraints']);
    const interfaces = outline.findIndex((r) => r[0] === '3.2');
    assert.equal(outline[interfaces + 1][1], 'Requirement: Monthly statistics (National statistics office; source: -)');
    assert.ok(outline.some((r) => r[0] === null && String(r[1]).startsWith('Constraint: Funding for running')));
  });
});
