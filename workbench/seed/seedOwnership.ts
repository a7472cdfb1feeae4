/**
 * Seeds ownership attestation the way it happens on a tenant: focal points nominate custodians, custodians decide
 * as themselves (each item is inserted with its author as the emulator would set it from the session), a lead raises
 * re-attestations, and the lead's reconcile job derives every asset's OwnershipStatus from those items. Dates are
 * real Created dates: the emulator's clock is moved back while the history is replayed, as if each item had been
 * created on its day, so approvals expire and re-attestations fall due.
 */
import type { PersonRef, Stored } from '../../src/core/models/common';
import type { DataAsset, OwnershipStatus } from '../../src/core/models/dataAsset';
import type { OwnershipDecision } from '../../src/core/models/ownershipDecision';
import type { OwnershipRequest } from '../../src/core/models/ownershipRequest';
import { buildNomination, defaultDueDate } from '../../src/core/ownership';
import { reconcileOwnership, type ReconcileSummary } from '../../src/data/ownership';
import { OWNERSHIP_DECISIONS_LIST, OWNERSHIP_REQUESTS_LIST } from '../../src/core/schema';
import { toWriteBody } from '../../src/data/mapping/toRaw';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import type { EmulatorHandle } from '../emulator';
import { DEMO_USERS, type DemoUser } from './demoUsers';
import type { Random } from './random';

/** What the demo should show for one asset, replayed as requests and decisions. */
type Scenario = 'none' | 'pending' | 'confirmed' | 'dueSoon' | 'dueSoonRequested' | 'expired' | 'expiredRequested' | 'declined';

const DECLINE_REASONS = [
  'This dataset belongs to the regional office, not to my team.',
  'I left this programme in the spring; please ask the new information management officer.',
  'We only host the files; the protection unit decides who may use them.'
];

export interface OwnershipSeedInput {
  readonly emulator: EmulatorHandle;
  /** The assets as created (ids assigned), with the ownership each should end up with. */
  readonly assets: readonly { readonly asset: Stored<DataAsset>; readonly planned: OwnershipStatus }[];
  readonly people: ReadonlyMap<string, PersonRef>;
  readonly random: Random;
  readonly now: Date;
  readonly log: (line: string) => void;
}

export interface OwnershipSeedSummary {
  readonly requests: number;
  readonly decisions: number;
  readonly anomalies: number;
  readonly reconcile: ReconcileSummary;
}

interface PlannedRequest {
  readonly key: string;
  readonly by: string;
  readonly at: Date;
  readonly values: OwnershipRequest;
}

interface PlannedDecision {
  readonly requestKey: string;
  readonly by: string;
  readonly at: Date;
  readonly decision: OwnershipDecision['decision'];
  readonly comment?: string;
}

/** 09:00 UTC `days` days before `now` (whole days, so items group into few batches). */
function daysAgo(now: Date, days: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days, 9));
}

function scenarioFor(planned: OwnershipStatus, random: Random): Scenario {
  switch (planned) {
    case 'Confirmed':
      return random.chance(0.08) ? (random.chance(0.5) ? 'dueSoon' : 'dueSoonRequested') : 'confirmed';
    case 'Expired':
      return random.chance(0.5) ? 'expiredRequested' : 'expired';
    case 'Pending':
      return 'pending';
    case 'Declined':
      return 'declined';
    default:
      return 'none';
  }
}

/** Replays the ownership history of the seeded assets, then derives every status with the leads' reconcile job. */
export async function seedOwnership(input: OwnershipSeedInput): Promise<OwnershipSeedSummary> {
  const { emulator, random, now, people } = input;
  const person = (login: string): PersonRef => people.get(login) as PersonRef;
  const custodians = DEMO_USERS.filter((u) => u.role === 'custodian');
  const focalPoints = DEMO_USERS.filter((u) => u.role === 'focalPoint');
  const lead = DEMO_USERS.find((u) => u.role === 'lead') as DemoUser;
  const custodianLogin = (asset: DataAsset): string =>
    custodians.find((c) => people.get(c.loginName)?.id === asset.custodian?.id)?.loginName ?? random.pick(custodians).loginName;
  const requesterLogin = (asset: DataAsset): string => focalPoints.find((f) => f.region === asset.region)?.loginName ?? lead.loginName;

  // The first custodian always has a full queue to show: pending nominations and re-attestations of each kind.
  const featured = custodians[0];
  const featuredPlan: Scenario[] = ['pending', 'pending', 'pending', 'pending', 'expiredRequested', 'expiredRequested', 'dueSoonRequested', 'dueSoon', 'expired'];
  let featuredIndex = 0;

  const requests: PlannedRequest[] = [];
  const decisions: PlannedDecision[] = [];
  const nominate = (asset: Stored<DataAsset>, by: string, nominee: string, at: Date, kind: OwnershipRequest['kind'] = 'Nomination', message?: string): string => {
    const key = `r${requests.length}`;
    const values = buildNomination(asset, { nominee: person(nominee), kind, message, dueDate: defaultDueDate(at) }, person(by), at);
    requests.push({ key, by, at, values });
    return key;
  };
  const decide = (requestKey: string, by: string, at: Date, decision: OwnershipDecision['decision'], comment?: string): void => {
    decisions.push({ requestKey, by, at, decision, comment });
  };

  const unassigned: Stored<DataAsset>[] = [];
  const pendingOnes: { asset: Stored<DataAsset>; requestKey: string; requester: string; nominee: string }[] = [];
  for (const { asset, planned } of input.assets) {
    const nominee = custodianLogin(asset);
    let scenario = scenarioFor(planned, random);
    if (nominee === featured.loginName && featuredIndex < featuredPlan.length) scenario = featuredPlan[featuredIndex++];
    const requester = requesterLogin(asset);
    switch (scenario) {
      case 'none':
        unassigned.push(asset);
        break;
      case 'pending': {
        const at = daysAgo(now, random.int(1, 20));
        const requestKey = nominate(asset, requester, nominee, at, 'Nomination', random.chance(0.4) ? 'You manage this dataset day to day: please confirm you are its custodian.' : undefined);
        pendingOnes.push({ asset, requestKey, requester, nominee });
        break;
      }
      case 'confirmed': {
        const approved = daysAgo(now, 30 * random.int(1, 10));
        decide(nominate(asset, requester, nominee, daysAgo(approved, 5)), nominee, approved, 'Approve');
        break;
      }
      case 'dueSoon':
      case 'dueSoonRequested': {
        // Approved about 11 months and a half ago: the 12-month approval expires within 30 days.
        const approved = daysAgo(now, 365 - random.int(5, 25));
        decide(nominate(asset, requester, nominee, daysAgo(approved, 5)), nominee, approved, 'Approve');
        if (scenario === 'dueSoonRequested') nominate(asset, lead.loginName, nominee, daysAgo(now, random.int(1, 5)), 'Re-attestation');
        break;
      }
      case 'expired':
      case 'expiredRequested': {
        const approved = daysAgo(now, 30 * random.int(13, 20));
        decide(nominate(asset, requester, nominee, daysAgo(approved, 5)), nominee, approved, 'Approve');
        if (scenario === 'expiredRequested') nominate(asset, lead.loginName, nominee, daysAgo(now, random.int(1, 12)), 'Re-attestation');
        break;
      }
      case 'declined': {
        const asked = daysAgo(now, random.int(20, 60));
        decide(nominate(asset, requester, nominee, asked), nominee, daysAgo(asked, -random.int(1, 5)), 'Decline', random.pick(DECLINE_REASONS));
        break;
      }
    }
  }

  // Anomalies the leads must see, none of which changes a status: a focal point approving their own nomination of
  // themselves, another custodian approving a colleague's nomination, a requester approving their own request.
  let anomalies = 0;
  const selfTarget = unassigned[0];
  if (selfTarget) {
    const focal = requesterLogin(selfTarget);
    decide(nominate(selfTarget, focal, focal, daysAgo(now, 9)), focal, daysAgo(now, 8), 'Approve');
    anomalies++;
  }
  const featuredPending = pendingOnes.find((p) => p.nominee === featured.loginName);
  if (featuredPending) {
    decide(featuredPending.requestKey, custodians[1].loginName, daysAgo(now, 1), 'Approve', 'Approving on Jonas\'s behalf while he is away.');
    anomalies++;
  }
  const otherPending = pendingOnes.find((p) => p.nominee !== featured.loginName);
  if (otherPending) {
    decide(otherPending.requestKey, otherPending.requester, daysAgo(now, 1), 'Approve');
    anomalies++;
  }

  let requestIds: Map<string, { id: number; request: PlannedRequest }>;
  let decided: number;
  try {
    requestIds = await createRequests(emulator, requests);
    decided = await createDecisions(emulator, decisions, requestIds);
  } finally {
    emulator.store.clock = () => new Date();
  }
  input.log(`seeded ${requestIds.size} ownership requests and ${decided} decisions (${anomalies} anomalies)`);

  const leadRepositories = createRepositories(createNodeSp(emulator.siteUrl, { user: lead.loginName }));
  const reconcile = await reconcileOwnership(leadRepositories, now);
  input.log(`derived ownership of ${reconcile.checked} assets (${reconcile.changed} updated, ${reconcile.failed} failed)`);

  // Issue 23, attack 4, left for the leads to find: after the reconcile, a custodian writes Confirmed onto a record
  // nobody nominated them for (a MERGE of the column, as a plain REST call would). The inventory shows it Unassigned
  // with a marker; the Anomalies tab lists it until a lead runs "Recompute ownership statuses".
  const forgedTarget = unassigned[1];
  if (forgedTarget) {
    const forger = createRepositories(createNodeSp(emulator.siteUrl, { user: custodians[1].loginName })).dataAssets;
    const current = await forger.getById(forgedTarget.id);
    await forger.update(forgedTarget.id, { ownershipStatus: 'Confirmed' }, current.etag, { includeComputed: true });
    anomalies++;
  }
  return { requests: requestIds.size, decisions: decided, anomalies, reconcile };
}

/** Groups items by who creates them and when, so each group is one $batch at one emulator time. */
function groups<T extends { readonly by: string; readonly at: Date }>(items: readonly T[]): T[][] {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = `${item.by}|${item.at.toISOString()}`;
    const group = byKey.get(key);
    if (group) group.push(item);
    else byKey.set(key, [item]);
  }
  return [...byKey.values()];
}

async function createRequests(emulator: EmulatorHandle, requests: readonly PlannedRequest[]): Promise<Map<string, { id: number; request: PlannedRequest }>> {
  const ids = new Map<string, { id: number; request: PlannedRequest }>();
  for (const group of groups(requests)) {
    emulator.store.clock = () => group[0].at;
    // Straight into SQLite as the requester, with the validation of POST .../items (the $batch round trips took
    // minutes at 100,000 assets); the emulator's clock still dates each item.
    const created = emulator.store.bulkInsertItems(OWNERSHIP_REQUESTS_LIST.title, group.map((r) => toWriteBody(OWNERSHIP_REQUESTS_LIST, r.values)), { asLogin: group[0].by });
    created.forEach((id, n) => ids.set(group[n].key, { id, request: group[n] }));
  }
  return ids;
}

async function createDecisions(
  emulator: EmulatorHandle,
  decisions: readonly PlannedDecision[],
  requestIds: ReadonlyMap<string, { id: number; request: PlannedRequest }>
): Promise<number> {
  let created = 0;
  for (const group of groups(decisions)) {
    emulator.store.clock = () => group[0].at;
    // Each decider is the author (as signing in as themselves would make them): never taken from the body.
    const values: OwnershipDecision[] = [];
    for (const planned of group) {
      const target = requestIds.get(planned.requestKey);
      if (!target) continue;
      const asset = target.request.values.asset;
      values.push({
        title: `${planned.decision}: ${asset.title ?? ''}`.slice(0, 255),
        request: { id: target.id },
        asset: { id: asset.id },
        decision: planned.decision,
        comment: planned.comment
      });
    }
    created += emulator.store.bulkInsertItems(OWNERSHIP_DECISIONS_LIST.title, values.map((v) => toWriteBody(OWNERSHIP_DECISIONS_LIST, v)), { asLogin: group[0].by }).length;
  }
  return created;
}
