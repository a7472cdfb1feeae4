/**
 * Measured data quality (issue 18, part 5) against the emulator: measurements added through the production store and
 * read back by record on the indexed Asset column, a bad measurement refused with nothing sent, the list add-only for
 * its writers, and the scorecard's source with `qualityByScope` giving the figures of a scope.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import { latestByDimension, qualityByScope, type QualityDraft } from '../../src/core/quality';
import { DATA_ASSETS_LIST, DATA_QUALITY_MEASUREMENTS_LIST, MISSIONS_LIST } from '../../src/core/schema';
import { addMeasurement, measurementsOf } from '../../src/data/quality/qualityStore';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { qualityFiguresFor } from '../../src/webparts/healthScorecard/services/QualityFiguresSource';
import { startHarness, type Harness } from './support/harness';

const NOW = new Date();
const daysAgo = (n: number): string => new Date(NOW.getTime() - n * 86400000).toISOString().slice(0, 10);
const draft = (dimension: string, score: string, measuredOn: string, source = 'Profiler'): QualityDraft => ({ dimension, score, measuredOn, source });

describe('measured data quality (issue 18, part 5)', () => {
  let harness: Harness;
  let alice: Repositories;
  let bob: Repositories;
  let first: number;
  let second: number;
  let other: number;

  before(async () => {
    harness = await startHarness();
    await harness.provision([MISSIONS_LIST, DATA_ASSETS_LIST, DATA_QUALITY_MEASUREMENTS_LIST]);
    alice = createRepositories(harness.sp('alice'), { log: harness.log });
    bob = createRepositories(harness.sp('bob'), { log: harness.log });
    const asset = async (title: string): Promise<number> => (await alice.dataAssets.create({ title, assetType: 'Dataset', containsPersonalData: false } as never)).id;
    first = await asset('Beneficiary registrations');
    second = await asset('Shipments');
    other = await asset('Payroll');
  });
  after(() => harness.close());

  it('adds measurements and reads a record\'s history back; the newer lower score is the latest', async () => {
    await addMeasurement(alice, draft('Completeness', '92', daysAgo(90)), { id: first }, NOW);
    const newer = await addMeasurement(alice, draft('Completeness', '71,5', daysAgo(10), 'Great Expectations suite'), { id: first }, NOW);
    await addMeasurement(bob, draft('Validity', '88.04', daysAgo(5)), { id: first }, NOW);
    await addMeasurement(bob, draft('Completeness', '40', daysAgo(1)), { id: other }, NOW);

    const history = await measurementsOf(bob, first);
    assert.equal(history.length, 3, 'only this record\'s measurements');
    assert.ok(history.every((m) => m.asset.id === first));
    const latest = latestByDimension(history).get(first);
    assert.equal(latest?.get('Completeness')?.id, newer.id);
    assert.deepEqual([newer.score, newer.source, newer.measuredOn.slice(0, 10), newer.title], [71.5, 'Great Expectations suite', daysAgo(10), 'Completeness']);
    assert.equal(latest?.get('Validity')?.score, 88);
    assert.ok(harness.requests.some((line) => line.includes('DataQualityMeasurements') && line.includes('AssetId')), 'filtered on the indexed lookup');
  });

  it('refuses a bad measurement located on its fields, with nothing sent', async () => {
    const before = harness.requests.length;
    await assert.rejects(addMeasurement(alice, draft('Freshness', '101', daysAgo(-2)), { id: first }, NOW), (e: unknown) => {
      assert.ok(isGovernanceError(e, 'Validation'));
      assert.deepEqual(e.issues.map((i) => `${i.field}:${i.code}`), ['dimension:qualityDimensionInvalid', 'score:qualityScoreOutOfRange', 'measuredOn:qualityDateFuture']);
      return true;
    });
    assert.equal(harness.requests.slice(before).filter((l) => l.includes('DataQualityMeasurements') && l.startsWith('POST')).length, 0, 'nothing was sent');
  });

  it('is add-only: a writer cannot edit a measurement', async () => {
    const [stored] = await measurementsOf(alice, other);
    await assert.rejects(alice.dataQualityMeasurements.update(stored.id, { score: 99 }, stored.etag), (e: unknown) => isGovernanceError(e, 'Forbidden'));
  });

  it('gives the scorecard\'s figures of a scope from its source', async () => {
    await addMeasurement(alice, draft('Completeness', '80', daysAgo(30)), { id: second }, NOW);
    const rows = await qualityFiguresFor(harness.sp('bob')).load();
    assert.equal(rows.length, 5);
    const scope = qualityByScope(rows, [first, second]);
    assert.equal(scope.assetsInScope, 2);
    assert.deepEqual(scope.dimensions.find((d) => d.dimension === 'Completeness'), { dimension: 'Completeness', meanScore: 75.8, assetsMeasured: 2, oldestMeasuredOn: daysAgo(30) });
    assert.deepEqual(scope.dimensions.find((d) => d.dimension === 'Validity'), { dimension: 'Validity', meanScore: 88, assetsMeasured: 1, oldestMeasuredOn: daysAgo(5) });
    assert.equal(scope.dimensions.find((d) => d.dimension === 'Accuracy')?.assetsMeasured, 0);
  });
});
