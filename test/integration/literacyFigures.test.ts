/**
 * The scorecard's AI literacy figures (issue 19, part 4) over the real data layer: systems in two regions' missions,
 * their usage rows and literacy measures written through the production repositories into the emulator, then the
 * scorecard's source (`literacyFiguresFor`) read as a staff member: the figures per region and mission, the
 * organisation total, a retired system left out, nothing recorded yet before the first measure, and the requests it costs.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LiteracyRegionFigures, LiteracyScopeFigures } from '../../src/core/literacy/regionCoverage';
import type { AISystem } from '../../src/core/models/aiSystem';
import { AI_SYSTEMS_LIST, DATA_ASSETS_LIST, LITERACY_ACKNOWLEDGEMENTS_LIST, LITERACY_MEASURES_LIST, MISSIONS_LIST, USAGE_OBSERVATIONS_LIST } from '../../src/core/schema';
import { addMeasure } from '../../src/data/literacy';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { literacyFiguresFor } from '../../src/webparts/healthScorecard/services/LiteracyFiguresSource';
import { startHarness, type Harness, type UserKey } from './support/harness';

const NOW = new Date();
const daysAgo = (n: number): string => new Date(NOW.getTime() - n * 86400000).toISOString().slice(0, 10);

describe('the scorecard\'s AI literacy figures per region (issue 19, part 4)', () => {
  let harness: Harness;
  let kenyaSystem: number;
  let peruSystem: number;
  const repos = (user: UserKey): Repositories => createRepositories(harness.sp(user), { log: harness.log });
  const system = (title: string, missions: number[], lifecycle: AISystem['lifecycle'] = 'Production'): AISystem =>
    ({ title, lifecycle, approvalStatus: 'Approved', missions: missions.map((id) => ({ id })) } as AISystem);
  const load = (): Promise<LiteracyRegionFigures> => literacyFiguresFor(harness.sp('bob'), () => NOW).load();

  before(async () => {
    harness = await startHarness();
    await harness.provision([MISSIONS_LIST, DATA_ASSETS_LIST, AI_SYSTEMS_LIST, USAGE_OBSERVATIONS_LIST, LITERACY_MEASURES_LIST, LITERACY_ACKNOWLEDGEMENTS_LIST]);
    const lead = repos('lead');
    const kenya = (await lead.missions.create({ title: 'Kenya', code: 'KEN', region: 'East Africa' })).id;
    const peru = (await lead.missions.create({ title: 'Peru', code: 'PER', region: 'South America' })).id;
    kenyaSystem = (await lead.aiSystems.create(system('Translation assistant', [kenya]))).id;
    peruSystem = (await lead.aiSystems.create(system('Chat assistant', [peru]))).id;
    const retired = (await lead.aiSystems.create(system('Old OCR tool', [kenya], 'Retired'))).id;
    const written = await lead.usageObservations.createMany([
      { title: 'Translation', matchStatus: 'Matched', matchedSystem: { id: kenyaSystem }, department: 'Finance', users: 30, periodStart: daysAgo(60), periodEnd: daysAgo(31) },
      { title: 'Translation', matchStatus: 'Matched', matchedSystem: { id: kenyaSystem }, department: 'Logistics', users: 10, periodStart: daysAgo(60), periodEnd: daysAgo(31) },
      { title: 'Chat', matchStatus: 'Matched', matchedSystem: { id: peruSystem }, department: 'Programmes', users: 20, periodStart: daysAgo(60), periodEnd: daysAgo(31) },
      { title: 'OCR', matchStatus: 'Matched', matchedSystem: { id: retired }, department: 'Finance', users: 500, periodStart: daysAgo(60), periodEnd: daysAgo(31) }
    ], { includeComputed: true });
    assert.ok(written.every((row) => row.ok), 'usage rows written');
  });
  after(() => harness.close());

  it('says nothing is recorded yet before the first measure', async () => {
    const figures = await load();
    assert.equal(figures.measures, 0);
    assert.equal(figures.total.systems, 2, 'the retired system is left out');
  });

  it('counts per region the systems, those with a current measure or a gap, and the users covered; a lapsed measure is a gap', async () => {
    await addMeasure(repos('lead'), { title: 'Translation: safe use', audienceKind: 'Departments', audienceValues: 'Finance', coveredSystems: [{ id: kenyaSystem }], format: 'Workshop', deliveredOn: daysAgo(10) }, NOW);
    await addMeasure(repos('lead'), { title: 'Chat basics', audienceKind: 'Departments', audienceValues: 'Programmes', coveredSystems: [{ id: peruSystem }], format: 'E-learning', deliveredOn: daysAgo(400), refreshMonths: 12 }, NOW);
    const figures = await load();
    assert.equal(figures.measures, 2);
    const row = (region: string): LiteracyScopeFigures | undefined => figures.regions.find((r) => r.region === region);
    assert.deepEqual(figures.regions.map((r) => r.region), ['East Africa', 'South America']);
    assert.deepEqual(row('East Africa'), { region: 'East Africa', systems: 1, withCurrentMeasure: 1, withGap: 1, noUsersKnown: 0, users: 40, coveredUsers: 30, coverage: 0.75 });
    assert.deepEqual(row('South America'), { region: 'South America', systems: 1, withCurrentMeasure: 0, withGap: 1, noUsersKnown: 0, users: 20, coveredUsers: 0, coverage: 0 });
    assert.deepEqual(figures.missions.map((m) => [m.region, m.mission, m.systems]), [['East Africa', 'Kenya', 1], ['South America', 'Peru', 1]]);
    assert.deepEqual(figures.total, { systems: 2, withCurrentMeasure: 1, withGap: 2, noUsersKnown: 0, users: 60, coveredUsers: 30, coverage: 0.5 });
  });

  it('a system with no mission counts organisation-wide', async () => {
    await repos('lead').aiSystems.create(system('Meeting notes assistant', []));
    const figures = await load();
    assert.deepEqual(figures.regions.map((r) => r.region), ['East Africa', 'South America', '']);
    const wide = figures.regions.find((r) => r.region === '');
    assert.deepEqual([wide?.systems, wide?.withGap, wide?.noUsersKnown, wide?.coverage], [1, 1, 1, undefined]);
    assert.equal(figures.total.systems, 3);
  });

  it('reads everything in five requests, whatever the number of systems (never per system)', async () => {
    const mark = harness.requests.length;
    await load();
    const reads = harness.requests.slice(mark).filter((line) => /\/items/.test(line));
    // AISystems, Missions, LiteracyMeasures, the systems' usage rows, the measures' acknowledgements.
    assert.equal(reads.length, 5, reads.join('\n'));
  });
});
