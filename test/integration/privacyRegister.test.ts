/**
 * The privacy register's data path with the real PnPjs repositories against the emulator: a record of processing is
 * created through the service (validated whole, screened with its linked AI systems, DPIA flag stored), a record
 * breaking a rule is refused with nothing written, a stale ETag meets a Conflict and changes nothing, and the
 * inventory's and the AI Registry's details find the records that use them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import type { ProcessingActivity } from '../../src/core/privacy/model';
import { serializeScreeningAnswers } from '../../src/core/privacy/screening';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { loadLinkedActivities } from '../../src/data/privacy/linkedActivities';
import { SiteDirectory } from '../../src/data/people/siteDirectory';
import { loadPrivacyFigures } from '../../src/data/privacy/privacyFigures';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { PrivacyService } from '../../src/webparts/privacyRegister/services/PrivacyService';
import { controllerRecord } from './support/privacySamples';
import { startHarness, type Harness } from './support/harness';

describe('privacy register: records of processing over the real data layer', () => {
  let harness: Harness;
  let repos: Repositories;
  let service: PrivacyService;
  let datasetId: number;
  let highRiskSystemId: number;

  /** A complete controller record for a mission's beneficiary database. */
  const record = (overrides: Partial<ProcessingActivity> = {}): ProcessingActivity => controllerRecord({ linkedDataAssets: [{ id: datasetId }], ...overrides });

  before(async () => {
    harness = await startHarness();
    await harness.provision();
    const sp = harness.sp('alice');
    repos = createRepositories(sp, { log: harness.log });
    service = new PrivacyService(repos, new SiteUserSearch(sp));
    datasetId = (await repos.dataAssets.create({ title: 'Beneficiary database - Chad', mission: 'Chad', region: 'Central and West Africa', containsPersonalData: true, reviewCycleMonths: 12 } as never)).id;
    highRiskSystemId = (await repos.aiSystems.create({ title: 'Eligibility scoring model', lifecycle: 'Pilot', approvalStatus: 'Pending review', riskTier: 'high' } as never, { includeComputed: true })).id;
  });
  after(() => harness.close());

  it('creates a record, stores the screening\'s DPIA flag, and the dataset lists it', async () => {
    // Displaced persons are vulnerable (a rule) and the answer says large scale: two criteria.
    const created = await service.createActivity(record({ screeningAnswers: serializeScreeningAnswers({ largeScale: true }) }));
    assert.equal(created.dpiaRequired, true);
    assert.equal(created.author?.id, harness.people.alice.id, 'Author is the signed-in user');
    const linked = await loadLinkedActivities(repos, 'dataAssets', datasetId);
    assert.deepEqual(linked.map((a) => a.title), ['Beneficiary registration - Chad']);
    assert.equal(linked[0].dpiaRequired, true);

    const staff = await service.createActivity(record({ title: 'Staff payroll - Chad', dataSubjectCategories: ['Staff'], linkedDataAssets: [] }));
    assert.equal(staff.dpiaRequired, false, 'no criterion met');
    const required = await service.loadRegister({ mission: 'Chad', dpiaRequired: true });
    assert.deepEqual(required.map((a) => a.title), ['Beneficiary registration - Chad']);
  });

  it('a linked high-risk AI system alone marks two criteria, and the AI system lists the record', async () => {
    const created = await service.createActivity(record({ title: 'Eligibility scoring - Chad', dataSubjectCategories: ['Staff'], linkedAISystems: [{ id: highRiskSystemId }] }));
    assert.equal(created.dpiaRequired, true);
    const linked = await loadLinkedActivities(repos, 'aiSystems', highRiskSystemId);
    assert.deepEqual(linked.map((a) => a.title), ['Eligibility scoring - Chad']);
  });

  it('refuses a record breaking a rule before anything is sent', async () => {
    const before = await repos.processingActivities.count();
    const cases: [Partial<ProcessingActivity>, string][] = [
      [{ internationalTransfers: true, transferDestinations: 'A third country' }, 'privacyTransferWithoutSafeguard'],
      [{ specialCategories: ['Health data'] }, 'privacySpecialWithoutCondition'],
      [{ retentionUnit: 'Years' }, 'privacyRetentionWithoutPeriod'],
      [{ legalBasis: undefined }, 'privacyControllerRequired'],
      [{ role: 'Processor' }, 'privacyProcessorRequired']
    ];
    for (const [overrides, code] of cases) {
      await assert.rejects(service.createActivity(record({ title: `Refused ${code}`, ...overrides })), (error: unknown) => {
        assert.ok(isGovernanceError(error, 'Validation'), `Validation for ${code}`);
        assert.ok(error.issues.some((i) => i.code === code), `${code} in ${error.issues.map((i) => i.code).join(', ')}`);
        return true;
      });
    }
    // The repository refuses the same record when called directly (the rule is the list's, not only the form's).
    await assert.rejects(repos.processingActivities.create(record({ title: 'Direct', internationalTransfers: true })), (error: unknown) => isGovernanceError(error, 'Validation'));
    assert.equal(await repos.processingActivities.count(), before, 'nothing was written');
  });

  it('an update with a stale ETag meets a Conflict and keeps the other person\'s change', async () => {
    const created = await service.createActivity(record({ title: 'Case management - Chad' }));
    const bobService = new PrivacyService(createRepositories(harness.sp('bob'), { log: harness.log }), new SiteUserSearch(harness.sp('bob')));
    const bobs = await bobService.updateActivity(created.id, { ...created, purposes: 'Bob\'s purposes' }, created.etag);
    assert.equal(bobs.purposes, 'Bob\'s purposes');
    await assert.rejects(service.updateActivity(created.id, { ...created, purposes: 'Alice\'s purposes' }, created.etag), (error: unknown) => isGovernanceError(error, 'Conflict'));
    const stored = await service.getActivity(created.id);
    assert.equal(stored.purposes, 'Bob\'s purposes');
    assert.equal(stored.editor?.id, harness.people.bob.id);

    // With the fresh ETag the update goes through, and the screening is stored again (now with a transfer safeguard).
    const saved = await service.updateActivity(created.id, {
      ...stored, internationalTransfers: true, transferDestinations: 'Resettlement states', transferSafeguard: 'Art. 46(2)(a) Legally binding instrument between public bodies',
      screeningAnswers: serializeScreeningAnswers({ largeScale: false })
    }, stored.etag);
    assert.equal(saved.transferSafeguard, 'Art. 46(2)(a) Legally binding instrument between public bodies');
    assert.equal(saved.dpiaRequired, false, 'displaced persons alone: one criterion');
  });

  it('a refused update leaves the stored record as it was', async () => {
    const created = await service.createActivity(record({ title: 'Health assessments - Chad' }));
    await assert.rejects(service.updateActivity(created.id, { ...created, specialCategories: ['Health data'] }, created.etag), (error: unknown) => isGovernanceError(error, 'Validation'));
    const stored = await service.getActivity(created.id);
    assert.equal(stored.etag, created.etag);
    assert.deepEqual(stored.specialCategories ?? [], []);
  });
  it('the scorecard\'s privacy figures count a mission\'s overdue review and missing DPIA from the list', async () => {
    const niger = { mission: 'Niger', region: 'Central and West Africa', linkedDataAssets: [] };
    await service.createActivity(record({ ...niger, title: 'Displacement tracking - Niger', reviewDate: '2026-01-15', screeningAnswers: serializeScreeningAnswers({ largeScale: true }) }));
    await service.createActivity(record({ ...niger, title: 'Staff payroll - Niger', dataSubjectCategories: ['Staff'], reviewDate: '2027-01-15' }));
    const figures = await loadPrivacyFigures(repos, new SiteDirectory(harness.sp('alice')), new Date('2026-06-15T09:00:00Z'));
    const row = figures.missions.find((m) => m.mission === 'Niger');
    assert.deepEqual(row, { region: 'Central and West Africa', mission: 'Niger', records: 2, missingLegalBasis: 0, overdueReview: 1, dpiaMissing: 1, dpiaNotValidated: 0 });
    const flagged = figures.flagged.filter((f) => f.mission === 'Niger');
    assert.deepEqual(flagged.map((f) => [f.title, f.figures]), [['Displacement tracking - Niger', ['overdueReview', 'dpiaMissing']]]);
    const region = figures.regions.find((r) => r.region === 'Central and West Africa');
    assert.equal(region?.records, (await repos.processingActivities.page({ top: 100 })).items.filter((a) => a.region === 'Central and West Africa').length);
  });
});
