import type { PersonRef, Stored } from '../../src/core/models/common';
import type { DataAsset, OwnershipStatus } from '../../src/core/models/dataAsset';
import type { Mission } from '../../src/core/models/mission';
import { createNodeSp } from '../../src/data/sp/createSp';
import { ensureSchema } from '../../src/data/provisioning/ensureSchema';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { DATA_ASSETS_LIST } from '../../src/core/schema/lists/dataAssets';
import { toWriteBody } from '../../src/data/mapping/toRaw';
import type { EmulatorHandle } from '../emulator';
import { generateDemoAssets } from './demoAssets';
import { seedAISystems } from './demoAISystems';
import { seedAccessReviews } from './seedAccessReviews';
import { DEMO_DIRECTORY_ONLY, DEMO_GROUPS, DEMO_USERS, type DemoUser } from './demoUsers';
import { createRandom } from './random';
import { storedHealth } from '../../src/core/scoring';
import { SEED_REFERENCE } from './reference';
import { seedLabelChecks } from './seedLabelChecks';
import { seedLabelSettings } from './seedLabelSettings';
import { seedOwnership } from './seedOwnership';
import { seedPrivacy } from './seedPrivacy';
import { seedDpias } from './seedDpias';
import { seedRisks } from './seedRisks';
import { seedScorecardHistory } from './seedScorecardHistory';
import { seedUsage } from './seedUsage';
import { seedGovernanceRoles } from './seedGovernanceRoles';
import { seedFrameworks } from './seedFrameworks';
import { seedProcedures } from './seedProcedures';
import { seedLiteracy } from './seedLiteracy';
import { seedTemplates } from './seedTemplates';
import { seedMaturity } from './seedMaturity';
import { seedSystemAssessment } from './seedSystemAssessment';
import { seedQuality } from './seedQuality';

/** AI systems in the seeded register. */
const AI_SYSTEM_COUNT = 300;

/** Records per creator turn (one $batch). */
const SEED_CHUNK = 100;

export interface SeedOptions {
  readonly assetCount: number;
  /** Fixed "today" for reproducible review dates; defaults to now. */
  readonly now?: Date;
  readonly log?: (line: string) => void;
  /** The Graph emulator's base URL: when given, "Check labels" has already run on the largest missions. */
  readonly graphBaseUrl?: string;
}

export interface SeedSummary {
  readonly users: number;
  readonly missions: number;
  readonly assets: number;
  readonly failedRows: number;
}

/**
 * Seeds an empty workbench the way a tenant would be set up: users exist, the site owner provisions the lists with
 * the production `ensureSchema`, then focal points load their regions' inventories through the production
 * repositories (so Author is each focal point, set by the emulator from the signed-in user).
 */
export async function seedWorkbench(emulator: EmulatorHandle, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? new Date();
  const random = createRandom(20261123);

  const people = new Map<string, PersonRef>();
  for (const demo of DEMO_USERS) {
    const stored = emulator.store.upsertUser({ loginName: demo.loginName, title: demo.title, email: demo.email, isSiteAdmin: demo.isSiteAdmin, jobTitle: demo.jobTitle, department: demo.department });
    people.set(demo.loginName, { id: stored.Id, title: demo.title, email: demo.email, loginName: demo.loginName });
  }
  for (const demo of DEMO_DIRECTORY_ONLY) {
    emulator.store.addDirectoryUser({ loginName: demo.loginName, title: demo.title, email: demo.email, jobTitle: demo.jobTitle, department: demo.department });
  }
  for (const [group, roles] of Object.entries(DEMO_GROUPS)) {
    emulator.store.upsertGroup(group, DEMO_USERS.filter((u) => roles.includes(u.role)).map((u) => u.loginName));
  }
  const byRole = (role: DemoUser['role']): PersonRef[] => DEMO_USERS.filter((u) => u.role === role).map((u) => people.get(u.loginName) as PersonRef);

  const admin = DEMO_USERS.find((u) => u.role === 'admin') as DemoUser;
  const adminSp = createNodeSp(emulator.siteUrl, { user: admin.loginName });
  const report = await ensureSchema(adminSp);
  log(`provisioned ${report.actions.length} list and field changes`);

  const focalPoints = DEMO_USERS.filter((u) => u.role === 'focalPoint');
  const missions: Mission[] = SEED_REFERENCE.missions.map((m) => {
    const focal = focalPoints.find((f) => f.region === m.region);
    return { title: m.mission, code: m.code, region: m.region, regionalOffice: m.regionalOffice, focalPoint: focal ? people.get(focal.loginName) : undefined };
  });
  let failedRows = await writeAll(createRepositories(adminSp).missions.createMany(missions), 'missions', log);
  await seedLabelSettings(createRepositories(adminSp).governanceSettings);

  const assets = generateDemoAssets(options.assetCount, SEED_REFERENCE, {
    owners: [...byRole('lead'), ...byRole('focalPoint'), ...byRole('staff')],
    custodians: byRole('custodian')
  }, random, now).map((asset) => ({ ...asset, ...storedHealth(asset, now) }));
  // The generator's OwnershipStatus is the story to tell; seedOwnership replays it as requests and decisions and
  // derives the stored status from them, so records start Unassigned (health computed accordingly).
  const plannedOwnership = new Map(assets.map((asset) => [asset.externalId, asset.ownershipStatus]));
  for (const asset of assets) Object.assign(asset, { ownershipStatus: 'Unassigned' }, storedHealth({ ...asset, ownershipStatus: 'Unassigned' }, now));
  // Each region's records are created by its focal point (or the first lead where a region has none).
  const byCreator = new Map<string, DataAsset[]>();
  for (const asset of assets) {
    const creator = focalPoints.find((f) => f.region === asset.region)?.loginName ?? byRole('lead')[0].loginName ?? admin.loginName;
    // Appended in place: copying the array per asset made 100,000 assets quadratic.
    const records = byCreator.get(creator as string);
    if (records) records.push(asset);
    else byCreator.set(creator as string, [asset]);
  }
  // Creators take turns, a batch each, so the newest records (the inventory's first screen) span every region.
  const queues = [...byCreator].map(([creator, records]) => ({ creator, records }));
  let created = 0;
  const createdAssets: { asset: Stored<DataAsset>; planned: OwnershipStatus }[] = [];
  while (queues.some((q) => q.records.length > 0)) {
    for (const queue of queues) {
      const chunk = queue.records.splice(0, SEED_CHUNK);
      if (chunk.length === 0) continue;
      // Ownership status and health are computed columns: the seed writes them as the suite's jobs would.
      // Straight into SQLite as the creator, with the validation of POST .../items: 100,000 records over $batch took
      // minutes. Ownership, label checks and every later write still go through the production repositories.
      const ids = emulator.store.bulkInsertItems(DATA_ASSETS_LIST.title, chunk.map((asset) => toWriteBody(DATA_ASSETS_LIST, asset, { includeComputed: true })), { asLogin: queue.creator });
      ids.forEach((id, n) => createdAssets.push({ asset: { ...chunk[n], id, etag: '"1"' }, planned: plannedOwnership.get(chunk[n].externalId) ?? 'Unassigned' }));
      created += ids.length;
    }
  }
  log(`seeded ${created} assets from ${queues.length} focal points and leads`);
  await seedOwnership({ emulator, assets: createdAssets, people, random, now, log });
  if (options.graphBaseUrl) {
    failedRows += await seedLabelChecks(emulator.siteUrl, options.graphBaseUrl, byRole('lead')[0].loginName ?? admin.loginName, createdAssets.map((c) => c.asset), log);
  }
  const ai = await seedAISystems(emulator.siteUrl, {
    submitters: [...byRole('staff'), ...byRole('focalPoint'), byRole('lead')[1]],
    leads: byRole('lead'),
    owners: [...byRole('staff'), ...byRole('focalPoint'), ...byRole('custodian')]
  }, (person) => person.loginName ?? admin.loginName, { count: AI_SYSTEM_COUNT, missions: missions.map((m) => m.title), random: createRandom(7), now, log });
  failedRows += ai.failedRows;
  failedRows += await seedTemplates(emulator, { log });
  failedRows += await seedRisks(emulator, { now, log });
  failedRows += await seedMaturity(emulator, { now, log });
  // The newest generated information system becomes the assessed migration management system.
  const systemCandidate = [...createdAssets].reverse().find((c) => c.asset.assetType === 'Information system')?.asset.id;
  failedRows += await seedSystemAssessment(emulator, { now, log, candidateId: systemCandidate });
  // Measured data quality of a few hundred records in four missions, and of the assessed system.
  failedRows += await seedQuality(emulator, { now, log, assets: createdAssets.map((c) => c.asset), also: systemCandidate === undefined ? [] : [systemCandidate] });
  failedRows += await seedPrivacy(emulator, { now, log });
  failedRows += await seedDpias(emulator, { now, log });
  if (options.graphBaseUrl) failedRows += await seedAccessReviews(emulator.siteUrl, options.graphBaseUrl, people, now, log);
  failedRows += await seedUsage(emulator.siteUrl, byRole('lead')[1].loginName ?? admin.loginName, now, log);
  failedRows += await seedGovernanceRoles(emulator, log);
  failedRows += await seedFrameworks(emulator, { log });
  failedRows += await seedProcedures(emulator, { now, log });
  // After the AI systems and their usage: measures target the usage departments of the seeded public tools.
  failedRows += await seedLiteracy(emulator, { now, log });
  // History is told from the planned ownership story (the stored statuses, derived above, end up close to it).
  const storyAssets = assets.map((asset) => ({ ...asset, ownershipStatus: plannedOwnership.get(asset.externalId) ?? asset.ownershipStatus }));
  failedRows += await seedScorecardHistory(emulator.siteUrl, storyAssets, SEED_REFERENCE.missions, now, log);
  return { users: DEMO_USERS.length, missions: missions.length, assets: assets.length, failedRows };
}

async function writeAll(results: Promise<readonly { ok: boolean }[]>, what: string, log: (line: string) => void): Promise<number> {
  const rows = await results;
  const failed = rows.filter((r) => !r.ok).length;
  log(`seeded ${rows.length - failed} ${what}${failed > 0 ? ` (${failed} failed)` : ''}`);
  return failed;
}
