/**
 * AI literacy records (issue 19, part 4) over the real data layer: PnPjs repositories against the emulator, SharePoint
 * setting each acknowledgement's Author from the signed-in user. A lead adds a measure; a staff member's own
 * acknowledgement counts and closes the gap; an item naming one person but authored by another counts for nobody; a
 * non-lead cannot create a measure; a stale ETag on a measure edit is a Conflict; bad input writes nothing.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import type { LiteracyMeasure } from '../../src/core/literacy/model';
import type { AISystem } from '../../src/core/models/aiSystem';
import { AI_SYSTEMS_LIST, DATA_ASSETS_LIST, LITERACY_ACKNOWLEDGEMENTS_LIST, LITERACY_MEASURES_LIST, MISSIONS_LIST, USAGE_OBSERVATIONS_LIST } from '../../src/core/schema';
import { acknowledgeMeasure, addMeasure, loadSystemLiteracy, updateMeasure, type SystemLiteracy } from '../../src/data/literacy';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { startHarness, type Harness, type UserKey } from './support/harness';

const NOW = new Date();
const daysAgo = (n: number): string => new Date(NOW.getTime() - n * 86400000).toISOString().slice(0, 10);

describe('AI literacy records over the real data layer (issue 19, part 4)', () => {
  let harness: Harness;
  let systemId: number;
  let usedSystemId: number;
  let measureId: number;
  const repos = (user: UserKey): Repositories => createRepositories(harness.sp(user), { log: harness.log });
  const system = (title: string): AISystem => ({ title, lifecycle: 'Production', approvalStatus: 'Approved' } as AISystem);
  const coverage = async (id: number): Promise<SystemLiteracy> => {
    const result = (await loadSystemLiteracy(repos('bob'), [{ id }], NOW)).get(id);
    assert.ok(result);
    return result;
  };

  before(async () => {
    harness = await startHarness();
    await harness.provision([MISSIONS_LIST, DATA_ASSETS_LIST, AI_SYSTEMS_LIST, USAGE_OBSERVATIONS_LIST, LITERACY_MEASURES_LIST, LITERACY_ACKNOWLEDGEMENTS_LIST]);
    systemId = (await repos('lead').aiSystems.create(system('Translation assistant'))).id;
    usedSystemId = (await repos('lead').aiSystems.create(system('Chat assistant'))).id;
    const written = await repos('lead').usageObservations.createMany([
      { title: 'Chat', matchStatus: 'Matched', matchedSystem: { id: usedSystemId }, department: 'Finance', users: 30, periodStart: daysAgo(60), periodEnd: daysAgo(31) },
      { title: 'Chat', matchStatus: 'Matched', matchedSystem: { id: usedSystemId }, department: 'Programmes', users: 90, periodStart: daysAgo(60), periodEnd: daysAgo(31) }
    ], { includeComputed: true });
    assert.ok(written.every((row) => row.ok), 'usage rows written');
  });
  after(() => harness.close());

  it('a lead adds a measure for named people; before anyone acknowledges, the system shows the gap', async () => {
    const draft: Partial<LiteracyMeasure> = {
      title: 'Translation assistant: safe use briefing', audienceKind: 'Named people', audiencePeople: [harness.people.alice, harness.people.bob],
      coveredSystems: [{ id: systemId }], format: 'Briefing', deliveredOn: daysAgo(10), evidenceLink: { url: 'https://learn.example.org/briefing' }, objective: 'Check translations before use.'
    };
    const created = await addMeasure(repos('lead'), draft, NOW);
    measureId = created.id;
    assert.equal(created.refreshMonths, 12, 'the default refresh interval');
    const view = await coverage(systemId);
    assert.deepEqual([view.coverage.basis, view.coverage.total, view.coverage.covered, view.coverage.percent], ['named', 2, 0, 0]);
    assert.deepEqual(view.coverage.gaps.map((g) => g.kind), ['peopleNotAcknowledged']);
  });

  it('a staff member\'s own acknowledgement counts: SharePoint makes them its Author', async () => {
    const ack = await acknowledgeMeasure(repos('alice'), measureId, harness.people.alice, 'Done', NOW);
    assert.equal(ack.author?.id, harness.people.alice.id);
    const view = await coverage(systemId);
    assert.equal(view.coverage.covered, 1);
    assert.equal(view.coverage.percent, 50);
    const gap = view.coverage.gaps[0];
    assert.ok(gap.kind === 'peopleNotAcknowledged');
    assert.deepEqual(gap.people.map((p) => p.id), [harness.people.bob.id], 'only Bob is still missing');
  });

  it('an item naming Bob but authored by Alice does not count for Bob (a self-acknowledgement by another author)', async () => {
    const forged = await repos('alice').literacyAcknowledgements.create({ title: 'For Bob', measure: { id: measureId }, person: harness.people.bob });
    assert.equal(forged.person.id, harness.people.bob.id);
    assert.equal(forged.author?.id, harness.people.alice.id);
    const view = await coverage(systemId);
    assert.equal(view.coverage.covered, 1, 'still only Alice');
    // Bob's own acknowledgement closes the gap.
    await acknowledgeMeasure(repos('bob'), measureId, harness.people.bob, undefined, NOW);
    const closed = await coverage(systemId);
    assert.equal(closed.coverage.percent, 100);
    assert.deepEqual(closed.coverage.gaps, []);
  });

  it('acknowledgements are add-only: their author cannot edit or delete them', async () => {
    const mine = (await repos('bob').literacyAcknowledgements.page({ top: 50 })).items.find((a) => a.author?.id === harness.people.bob.id);
    assert.ok(mine);
    await assert.rejects(repos('bob').literacyAcknowledgements.update(mine.id, { comment: 'changed' }, mine.etag), (e: unknown) => isGovernanceError(e, 'Forbidden'));
    await assert.rejects(repos('bob').literacyAcknowledgements.delete(mine.id, mine.etag), (e: unknown) => isGovernanceError(e, 'Forbidden'));
  });

  it('department coverage from usage monitoring is weighted by users', async () => {
    await addMeasure(repos('lead'), { title: 'Chat assistant e-learning', audienceKind: 'Departments', audienceValues: 'Finance', coveredSystems: [{ id: usedSystemId }], format: 'E-learning', deliveredOn: daysAgo(20) }, NOW);
    const view = await coverage(usedSystemId);
    assert.deepEqual([view.coverage.basis, view.coverage.total, view.coverage.covered, view.coverage.percent], ['usage', 120, 30, 25]);
    assert.deepEqual(view.coverage.gaps, [{ kind: 'departmentsNotCovered', departments: ['Programmes'], users: 90 }]);
  });

  it('a non-lead cannot create a measure: SharePoint refuses and nothing is written', async () => {
    await assert.rejects(
      addMeasure(repos('alice'), { title: 'Unofficial', audienceKind: 'Departments', audienceValues: 'Finance', coveredSystems: [{ id: systemId }], deliveredOn: daysAgo(1) }, NOW),
      (e: unknown) => isGovernanceError(e, 'Forbidden') || isGovernanceError(e, 'Unauthorized')
    );
    const titles = (await repos('lead').literacyMeasures.page({ top: 50 })).items.map((m) => m.title);
    assert.ok(!titles.includes('Unofficial'));
  });

  it('bad input is refused with its codes and nothing is written', async () => {
    const before = (await repos('lead').literacyMeasures.page({ top: 50 })).items.length;
    await assert.rejects(
      addMeasure(repos('lead'), { title: ' ', audienceKind: 'Departments', audienceValues: '', coveredSystems: [{ id: 9999 }], deliveredOn: new Date(NOW.getTime() + 5 * 86400000).toISOString().slice(0, 10), evidenceLink: { url: ['javascript', 'alert(1)'].join(':') }, refreshMonths: 0 }, NOW),
      (e: unknown) => isGovernanceError(e, 'Validation') && e.issues.map((i) => i.code).join() === 'titleRequired,audienceRequired,unknownSystem,deliveredInFuture,invalidLink,refreshTooShort'
    );
    assert.equal((await repos('lead').literacyMeasures.page({ top: 50 })).items.length, before);
  });

  it('a measure edit carries If-Match: a stale ETag is a Conflict', async () => {
    const read = await repos('lead').literacyMeasures.getById(measureId);
    const etag = await updateMeasure(repos('lead'), measureId, { ...read, objective: 'Check every translation before use.' }, read.etag, NOW);
    assert.notEqual(etag, read.etag);
    await assert.rejects(updateMeasure(repos('lead'), measureId, { ...read, objective: 'Stale edit' }, read.etag, NOW), (e: unknown) => isGovernanceError(e, 'Conflict'));
    assert.equal((await repos('lead').literacyMeasures.getById(measureId)).objective, 'Check every translation before use.');
  });

  it('reads the literacy of many systems in three requests', async () => {
    const mark = harness.requests.length;
    await loadSystemLiteracy(repos('bob'), [{ id: systemId }, { id: usedSystemId }], NOW);
    const reads = harness.requests.slice(mark).filter((line) => /\/items/.test(line));
    assert.equal(reads.length, 3, reads.join('\n'));
  });
});
