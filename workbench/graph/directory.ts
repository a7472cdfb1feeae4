/**
 * The emulated tenant's directory for access reviews (issue 16): Microsoft 365 groups and Teams with their sites,
 * owners and members (guests included), five enterprise apps with app roles and assignments, and four activated
 * directory roles with members. Deterministic: everything is chosen by hash or rank from the inputs.
 *
 * Exported API (for the seed, e.g. SoD rules naming real ids, and for tests):
 *   directoryWorld({ siteUrls?, now? }): DirectoryWorldData -- plain data: users, groups, apps, roles.
 *     `siteUrls`: locations of the seeded inventory records; the sites among them (https://contoso.sharepoint.com/
 *     sites/{mission}-{domain}) give most groups, up to four per region, so "the groups behind a region's records"
 *     exist. Without them, a default set of sites of the same shape is used. The result depends only on the set of
 *     site URLs (not their order or count), so the seed and the emulator agree when given the same records.
 *   groupIdOfSite(siteUrl): the id the group of a site has (the same id the label world gives a site's group).
 *   storeSiteUrls(store): the seeded records' location URLs, as the emulator reads them.
 *   EmulatedDirectory: the emulator's live copy (rebuilt when the records' sites change), with test switches.
 */
import { DOMAINS, findMissionByCode, MISSIONS, REGIONS } from '../../src/core/reference';
import { resolveLocation } from '../../src/core/labels';
import type { EmulatorStore } from '../emulator';
import { guidFrom, hash32 } from './hash';
import { directoryPeople, directoryIdOf, type DirectoryUser } from './directoryPeople';
import { directoryAccess, type DirectoryApp, type DirectoryRoleData } from './directoryApps';
import { siteKey } from './world';

export type { DirectoryUser } from './directoryPeople';
export type { DirectoryApp, DirectoryRoleData } from './directoryApps';

const TENANT = 'https://contoso.sharepoint.com';

export interface DirectoryGroupData {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly mailNickname: string;
  /** Unified (Microsoft 365) groups; false for the one role-assignable security group. */
  readonly unified: boolean;
  readonly isTeam: boolean;
  readonly visibility: 'Private' | 'Public';
  /** The group's SharePoint site; undefined for the security group. */
  readonly siteUrl?: string;
  readonly region?: string;
  readonly ownerIds: readonly string[];
  /** Users (by id) in the group. */
  readonly memberIds: readonly string[];
}

export interface DirectoryWorldData {
  readonly users: readonly DirectoryUser[];
  readonly groups: readonly DirectoryGroupData[];
  readonly apps: readonly DirectoryApp[];
  readonly roles: readonly DirectoryRoleData[];
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-+|-+$/g, '');
const domainOfSlug = new Map(DOMAINS.map((d) => [slug(d), d]));
const byHash = <T>(items: readonly T[], key: (item: T) => string): T[] => [...items].sort((a, b) => hash32(key(a)) - hash32(key(b)));

/** The id of a site's group: as world.ts names the group of a group-connected site, so both views agree. */
export function groupIdOfSite(siteUrl: string): string {
  return guidFrom(`group:${siteKey(resolveLocation(siteUrl))}`);
}

/** `/sites/{code}-{domain}` of the tenant: the seeded records' site shape. */
function missionSite(url: string): { siteUrl: string; mission: string; region: string; domain: string } | undefined {
  const match = /^https:\/\/contoso\.sharepoint\.com\/sites\/([a-z]{2,3})-([a-z-]+)(?:[/?#]|$)/i.exec(url);
  if (match === null) return undefined;
  const mission = findMissionByCode(match[1]);
  const domain = domainOfSlug.get(match[2].toLowerCase());
  if (mission === undefined || domain === undefined) return undefined;
  return { siteUrl: `${TENANT}/sites/${match[1].toLowerCase()}-${match[2].toLowerCase()}`, mission: mission.mission, region: mission.region, domain };
}

/** Sites of the same shape when no record gives any: four missions per region, a domain each. */
function defaultSites(): string[] {
  return REGIONS.flatMap((region) => byHash(MISSIONS.filter((m) => m.region === region), (m) => `dflt:${m.code}`).slice(0, 4)
    .map((m) => `${TENANT}/sites/${m.code.toLowerCase()}-${slug(DOMAINS[hash32(`dflt-domain:${m.code}`) % DOMAINS.length])}`));
}

interface GroupPlan {
  readonly displayName: string;
  readonly description: string;
  readonly siteUrl: string;
  readonly region: string;
  readonly team: boolean;
}

function plans(siteUrls: readonly string[]): GroupPlan[] {
  const sites = new Map<string, NonNullable<ReturnType<typeof missionSite>>>();
  for (const url of siteUrls) { const site = missionSite(url); if (site !== undefined) sites.set(site.siteUrl, site); }
  if (sites.size === 0) for (const url of defaultSites()) { const site = missionSite(url); if (site !== undefined) sites.set(site.siteUrl, site); }
  const out: GroupPlan[] = [];
  for (const region of REGIONS) {
    const chosen = byHash([...sites.values()].filter((s) => s.region === region), (s) => `pick:${s.siteUrl}`).slice(0, 4);
    for (const s of chosen) {
      const name = s.domain === 'Displacement tracking' ? `DTM ${s.mission}` : `${s.mission} ${s.domain}`;
      out.push({ displayName: name, description: `${s.domain} workspace of the ${s.mission} office.`, siteUrl: s.siteUrl, region, team: hash32(`team:${s.siteUrl}`) % 5 === 0 });
    }
    const first = byHash(MISSIONS.filter((m) => m.region === region), (m) => `team:${m.code}`)[0];
    out.push({ displayName: `${first.mission} Data Team`, description: `Data and information management staff of the ${first.mission} office.`, siteUrl: `${TENANT}/sites/${first.code.toLowerCase()}-data-team`, region, team: true });
    if (region !== 'Headquarters') {
      out.push({ displayName: `${region} Protection Working Group`, description: `Protection partners and staff of ${region}.`, siteUrl: `${TENANT}/sites/${slug(region)}-protection-wg`, region, team: true });
    }
  }
  out.push({ displayName: 'Data Governance Board', description: 'Leads and focal points who own the data governance policy.', siteUrl: `${TENANT}/sites/data-governance-board`, region: 'Headquarters', team: true });
  return out;
}

/** Builds the whole directory. Pure: the same inputs give the same ids, people and memberships. */
export function directoryWorld(options: { readonly siteUrls?: readonly string[]; readonly now?: Date } = {}): DirectoryWorldData {
  const users = directoryPeople(options.now ?? new Date());
  const members = users.filter((u) => u.userType === 'Member');
  const guests = users.filter((u) => u.userType === 'Guest');
  const ownerPool = members.filter((u) => u.role === 'lead' || u.role === 'focalPoint' || u.role === 'custodian' || (u.role === 'member' && hash32(`owner:${u.id}`) % 3 === 0));
  const groupPlans = plans(options.siteUrls ?? []);
  const ids = groupPlans.map((p) => groupIdOfSite(p.siteUrl));
  // Exact counts by rank: 6 groups lost their owners, 10 have one, 15 let guests in.
  const ranking = byHash(ids, (id) => `shape:${id}`);
  const ownerless = new Set(ranking.slice(0, 6));
  const single = new Set(ranking.slice(6, 16));
  const withGuests = new Set(byHash(ids, (id) => `guests:${id}`).slice(0, 15));
  const groups: DirectoryGroupData[] = groupPlans.map((plan, index) => {
    const id = ids[index];
    const local = members.filter((u) => u.officeLocation === plan.region);
    const others = byHash(members.filter((u) => u.officeLocation !== plan.region), (u) => `m:${id}:${u.id}`).slice(0, 1 + (hash32(`o:${id}`) % 3));
    const regional = byHash(local, (u) => `m:${id}:${u.id}`).slice(0, 3 + (hash32(`n:${id}`) % 6));
    const ownerCount = single.has(id) ? 1 : 2 + (hash32(`oc:${id}`) % 2);
    const picked = byHash(ownerPool.filter((u) => u.officeLocation === plan.region || u.role === 'lead'), (u) => `own:${id}:${u.id}`);
    // The access reviewer persona owns every owned group of their region: their Teams queue is never empty.
    const reviewer = members.find((u) => u.role === 'reviewer' && u.officeLocation === plan.region);
    const owners = ownerless.has(id) ? [] : (reviewer ? [reviewer, ...picked.filter((u) => u.id !== reviewer.id)] : picked).slice(0, ownerCount);
    const invited = withGuests.has(id) ? byHash(guests, (u) => `g:${id}:${u.id}`).slice(0, 1 + (hash32(`gc:${id}`) % 3)) : [];
    // Owners are members too, as Microsoft 365 adds a group's creator to both.
    const memberIds = Array.from(new Set([...owners, ...regional, ...others, ...invited].map((u) => u.id)));
    return {
      id, displayName: plan.displayName, description: plan.description, mailNickname: slug(plan.displayName).replace(/-/g, ''), unified: true, isTeam: plan.team,
      visibility: hash32(`vis:${id}`) % 4 === 0 ? 'Public' : 'Private', siteUrl: plan.siteUrl, region: plan.region, ownerIds: owners.map((u) => u.id), memberIds
    };
  });
  const access = directoryAccess(users);
  return { users, groups: [...groups, access.securityGroup], apps: access.apps, roles: access.roles };
}

/** The seeded records' location URLs (DataAssets LocationUrl). */
export function storeSiteUrls(store: EmulatorStore): string[] {
  const list = store.getList('DataAssets');
  if (list === undefined) return [];
  const urls: string[] = [];
  for (const row of store.getItems(list.Id).values()) {
    const url = (row.values.LocationUrl as { Url?: unknown } | null | undefined)?.Url;
    if (typeof url === 'string') urls.push(url);
  }
  return urls;
}

/** The emulator's directory: rebuilt when the records' set of sites changes (checked at most every 5 s). */
export class EmulatedDirectory {
  /** Answer `$select=signInActivity` with 403, as Graph does without AuditLog.Read.All (tests of the fallback). */
  public signInActivityForbidden = false;
  /** Answer `$select=employeeLeaveDateTime` with 403 (a tenant where reading it needs User-LifeCycleInfo.Read.All). */
  public leaveDateForbidden = false;
  private data: DirectoryWorldData | undefined;
  private sitesKey = '';
  private checkedAt = 0;
  private byId = new Map<string, DirectoryUser>();

  public constructor(private readonly siteUrls: () => readonly string[], private readonly now: () => Date = () => new Date()) {}

  public get world(): DirectoryWorldData {
    if (this.data === undefined || Date.now() - this.checkedAt > 5000) {
      this.checkedAt = Date.now();
      const sites = Array.from(new Set(this.siteUrls().map((u) => missionSite(u)?.siteUrl).filter((u): u is string => u !== undefined))).sort();
      const key = String(hash32(sites.join('\n')));
      if (this.data === undefined || key !== this.sitesKey) {
        this.sitesKey = key;
        this.data = directoryWorld({ siteUrls: sites, now: this.now() });
        this.byId = new Map(this.data.users.map((u) => [u.id, u]));
      }
    }
    return this.data;
  }

  /** A user by id, mail or UPN (case-insensitive). */
  public user(key: string): DirectoryUser | undefined {
    const wanted = key.toLowerCase();
    const world = this.world;
    return this.byId.get(wanted) ?? world.users.find((u) => u.mail.toLowerCase() === wanted || u.userPrincipalName.toLowerCase() === wanted);
  }

  public group(id: string): DirectoryGroupData | undefined {
    return this.world.groups.find((g) => g.id === id.toLowerCase());
  }
}

export { directoryIdOf };
