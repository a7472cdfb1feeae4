import { quote } from '../../data/odata/filter';
import type { GraphRequester } from '../client/types';
import { batchReads, found, itemsOf, siteUrlOf, type BatchRead, type BatchReadOptions } from './batchReads';
import { assignmentOf, DEFAULT_ACCESS_ROLE, toApp, toGroup, toPrincipal, toRole } from './mapping';
import { readCollection, valueOf } from './paging';
import type {
  AppAccess, DirectoryApp, DirectoryGroup, DirectoryPrincipal, DirectoryRole, GroupAccess, IDirectoryReader, ReadProgress, RoleAccess
} from './types';
import { completeUsers, filterParam, USER_SELECT, UserReadContext, userSelects, withSelects } from './users';

export interface GraphDirectoryReaderOptions {
  /** `$top` of collection reads (Graph's maximum for directory objects, 999, by default). */
  readonly pageSize?: number;
  /** Hosts a next-page link may point at (default: Microsoft Graph's global and national cloud hosts). */
  readonly trustedHosts?: readonly string[];
  readonly signal?: AbortSignal;
  /** Retries of a throttled (429/503) batch sub-request (default 3), and the cap on one Retry-After wait. */
  readonly maxRetries?: number;
  readonly maxRetryAfterSeconds?: number;
  /** "Today", for leave dates (tests pin it). */
  readonly now?: () => Date;
}

const GROUP_SELECT = 'id,displayName,mail,resourceProvisioningOptions,assignedLabels';
const UNIFIED = "groupTypes/any(c:c eq 'Unified')";

/** Keeps the first of each id, in order. */
function unique(ids: readonly string[]): string[] {
  return Array.from(new Set(ids.map((id) => id.trim()).filter((id) => id !== '')));
}

const path = (id: string): string => encodeURIComponent(id);

/**
 * The directory through Microsoft Graph: collections paged through `@odata.nextLink` (Graph hosts only), per-object
 * reads in `$batch`es of 20 with throttled sub-requests retried after Retry-After (src/graph/client/batching), and
 * sign-in activity read where AuditLog.Read.All allows it (a 403 drops it rather than failing the read). Groups,
 * apps and roles listed once are remembered for the reader's life, so their access reads cost no detail reads.
 */
export class GraphDirectoryReader implements IDirectoryReader {
  private readonly groups = new Map<string, DirectoryGroup>();
  private readonly apps = new Map<string, DirectoryApp>();
  private readonly roles = new Map<string, DirectoryRole>();
  private readonly context: UserReadContext;
  private readonly pageSize: number;

  public constructor(private readonly graph: GraphRequester, private readonly options: GraphDirectoryReaderOptions = {}) {
    this.pageSize = Math.min(Math.max(Math.floor(options.pageSize ?? 999), 1), 999);
    this.context = new UserReadContext(options.now ?? (() => new Date()), this.batchOptions());
  }

  public async listGroups(search?: string): Promise<DirectoryGroup[]> {
    const prefix = search?.trim() ?? '';
    const filter = prefix === '' ? UNIFIED : `${UNIFIED} and startswith(displayName,${quote(prefix)})`;
    const raw = await readCollection(this.graph, `/groups?$filter=${filterParam(filter)}&$select=${GROUP_SELECT}&$top=${this.pageSize}`, 'groups', this.options);
    const listed = raw.map((g) => toGroup(g)).filter((g): g is DirectoryGroup => g !== undefined);
    const sites = await batchReads(this.graph, listed.map((g) => ({ key: g.id, url: `/groups/${path(g.id)}/sites/root?$select=webUrl` })), this.batchOptions());
    return listed.map((g) => this.remember({ ...g, siteUrl: siteUrlOf(sites.outcomes.get(g.id)) }));
  }

  public async groupAccess(groupIds: readonly string[], onProgress?: ReadProgress): Promise<GroupAccess[]> {
    const ids = unique(groupIds);
    await this.loadGroups(ids.filter((id) => !this.groups.has(id)));
    const known = ids.filter((id) => this.groups.has(id));
    const select = `$select=${USER_SELECT}&$top=${this.pageSize}`;
    const reads: BatchRead[] = known.flatMap((id) => [
      { key: `o:${id}`, url: `/groups/${path(id)}/owners?${select}`, collection: 'the owners of a group' },
      { key: `m:${id}`, url: `/groups/${path(id)}/members?${select}`, collection: 'the members of a group' }
    ]);
    const run = await batchReads(this.graph, reads, this.batchOptions((done, total) => onProgress?.(Math.floor((done / Math.max(total, 1)) * known.length), known.length)));
    const now = this.context.now();
    const principals = (key: string): DirectoryPrincipal[] => itemsOf(run.outcomes.get(key)).map((raw) => toPrincipal(raw, now)).filter((p): p is DirectoryPrincipal => p !== undefined);
    // A group deleted since it was listed (404) is skipped like an unknown id; any other failure fails the read.
    const gone = (id: string): boolean => [`o:${id}`, `m:${id}`].some((key) => { const o = run.outcomes.get(key); return o !== undefined && !o.ok && o.status === 404; });
    const listed = known.filter((id) => !gone(id)).map((id) => ({ group: this.groups.get(id) as DirectoryGroup, owners: principals(`o:${id}`), members: principals(`m:${id}`) }));
    const complete = await completeUsers(this.graph, this.context, listed.flatMap((g) => [...g.owners, ...g.members]), true);
    onProgress?.(known.length, known.length);
    return listed.map((g) => ({ group: g.group, owners: g.owners.map((p) => complete.get(p.id) ?? p), members: g.members.map((p) => complete.get(p.id) ?? p) }));
  }

  public async listApps(): Promise<DirectoryApp[]> {
    // Enterprise apps as the Entra admin centre lists them: service principals tagged as integrated apps.
    const filter = filterParam("tags/any(t:t eq 'WindowsAzureActiveDirectoryIntegratedApp')");
    const raw = await readCollection(this.graph, `/servicePrincipals?$filter=${filter}&$select=id,displayName,appRoles&$top=${this.pageSize}`, 'enterprise apps', this.options);
    return raw.map(toApp).filter((a): a is DirectoryApp => a !== undefined).map((a) => { this.apps.set(a.id, a); return a; });
  }

  public async appAccess(appIds: readonly string[], onProgress?: ReadProgress): Promise<AppAccess[]> {
    const ids = unique(appIds);
    const details = await batchReads(this.graph, ids.filter((id) => !this.apps.has(id)).map((id) => ({ key: id, url: `/servicePrincipals/${path(id)}?$select=id,displayName,appRoles` })), this.batchOptions());
    for (const [id, outcome] of details.outcomes) { const app = found(outcome, toApp); if (app !== undefined) this.apps.set(id, app); }
    const known = ids.filter((id) => this.apps.has(id));
    const run = await batchReads(this.graph, known.map((id) => ({ key: id, url: `/servicePrincipals/${path(id)}/appRoleAssignedTo?$top=${this.pageSize}`, collection: 'the assignments of an app' })),
      this.batchOptions((done, total) => onProgress?.(Math.floor((done / Math.max(total, 1)) * known.length), known.length)));
    const kinds = { User: 'User', Group: 'Group', ServicePrincipal: 'Service principal' } as const;
    const listed = known.map((id) => {
      const app = this.apps.get(id) as DirectoryApp;
      const roles = new Map([...app.appRoles, DEFAULT_ACCESS_ROLE].map((r) => [r.id, r]));
      const assignments = itemsOf(run.outcomes.get(id)).map(assignmentOf).filter((a): a is NonNullable<ReturnType<typeof assignmentOf>> => a !== undefined)
        .map((a) => ({ principal: { id: a.principalId, displayName: a.displayName, type: kinds[a.kind] } as DirectoryPrincipal, role: roles.get(a.appRoleId) ?? { id: a.appRoleId, displayName: a.appRoleId } }));
      return { app, assignments };
    });
    const complete = await completeUsers(this.graph, this.context, listed.flatMap((a) => a.assignments.map((x) => x.principal)), true);
    onProgress?.(known.length, known.length);
    return listed.map((a) => ({ app: a.app, assignments: a.assignments.map((x) => ({ principal: complete.get(x.principal.id) ?? x.principal, role: x.role })) }));
  }

  public async listDirectoryRoles(): Promise<DirectoryRole[]> {
    const body = await this.graph.get<unknown>('/directoryRoles?$select=id,displayName', { signal: this.options.signal });
    return valueOf(body, 'directory roles').map(toRole).filter((r): r is DirectoryRole => r !== undefined).map((r) => { this.roles.set(r.id, r); return r; });
  }

  public async roleAccess(roleIds: readonly string[], onProgress?: ReadProgress): Promise<RoleAccess[]> {
    const ids = unique(roleIds);
    const details = await batchReads(this.graph, ids.filter((id) => !this.roles.has(id)).map((id) => ({ key: id, url: `/directoryRoles/${path(id)}?$select=id,displayName` })), this.batchOptions());
    for (const [id, outcome] of details.outcomes) { const role = found(outcome, toRole); if (role !== undefined) this.roles.set(id, role); }
    const known = ids.filter((id) => this.roles.has(id));
    const run = await batchReads(this.graph, known.map((id) => ({ key: id, url: `/directoryRoles/${path(id)}/members?$select=${USER_SELECT}`, collection: 'the members of a directory role' })),
      this.batchOptions((done, total) => onProgress?.(Math.floor((done / Math.max(total, 1)) * known.length), known.length)));
    const now = this.context.now();
    const listed = known.map((id) => ({ role: this.roles.get(id) as DirectoryRole, members: itemsOf(run.outcomes.get(id)).map((raw) => toPrincipal(raw, now)).filter((p): p is DirectoryPrincipal => p !== undefined) }));
    const complete = await completeUsers(this.graph, this.context, listed.flatMap((r) => r.members), true);
    onProgress?.(known.length, known.length);
    return listed.map((r) => ({ role: r.role, members: r.members.map((p) => complete.get(p.id) ?? p) }));
  }

  public async managers(userIds: readonly string[]): Promise<Map<string, DirectoryPrincipal | undefined>> {
    const ids = unique(userIds);
    const run = await batchReads(this.graph, ids.map((id) => ({ key: id, url: `/users/${path(id)}/manager?$select=${USER_SELECT}` })), this.batchOptions());
    const result = new Map<string, DirectoryPrincipal | undefined>();
    for (const id of ids) {
      const outcome = run.outcomes.get(id);
      // Graph answers 404 for "no manager recorded" (and for an unknown user): both mean nobody to ask.
      if (outcome !== undefined && !outcome.ok && outcome.status === 404) { result.set(id, undefined); continue; }
      result.set(id, found(outcome, (raw) => toPrincipal(raw, this.context.now(), 'User')));
    }
    // Managers' own details (last sign-in, leave date): a departed manager cannot review anyone.
    const complete = await completeUsers(this.graph, this.context, [...result.values()].filter((m): m is DirectoryPrincipal => m !== undefined), true);
    return new Map([...result].map(([id, manager]) => [id, manager !== undefined ? complete.get(manager.id) ?? manager : undefined]));
  }

  public async usersByEmail(emails: readonly string[]): Promise<Map<string, DirectoryPrincipal>> {
    const keys = Array.from(new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== '')));
    const start = this.context.refused;
    const selects = userSelects(this.context);
    const reads = keys.map((email, i) => {
      const filter = filterParam(`mail eq ${quote(email)} or userPrincipalName eq ${quote(email)}`);
      return withSelects(String(i), (select) => `/users?$filter=${filter}&$select=${select}`, selects, 'users');
    });
    const run = await batchReads(this.graph, reads, this.batchOptions());
    this.context.refuse(start + run.fallbacks);
    const now = this.context.now();
    const matched = new Map<string, DirectoryPrincipal>();
    keys.forEach((email, i) => {
      const user = itemsOf(run.outcomes.get(String(i))).map((raw) => toPrincipal(raw, now, 'User')).find((p) => p !== undefined);
      if (user !== undefined) matched.set(email, user);
    });
    const complete = await completeUsers(this.graph, this.context, Array.from(matched.values()), false);
    return new Map(Array.from(matched, ([email, user]) => [email, complete.get(user.id) ?? user]));
  }

  private batchOptions(onProgress?: (done: number, total: number) => void): BatchReadOptions {
    const { trustedHosts, signal, maxRetries, maxRetryAfterSeconds } = this.options;
    return { trustedHosts, signal, maxRetries, maxRetryAfterSeconds, onProgress };
  }

  /** Details and sites of groups not listed before; unknown ids (404) are left out. */
  private async loadGroups(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const run = await batchReads(this.graph, ids.flatMap((id) => [
      { key: `g:${id}`, url: `/groups/${path(id)}?$select=${GROUP_SELECT}` },
      { key: `s:${id}`, url: `/groups/${path(id)}/sites/root?$select=webUrl` }
    ]), this.batchOptions());
    for (const id of ids) {
      const group = found(run.outcomes.get(`g:${id}`), (raw) => toGroup(raw));
      if (group !== undefined) this.remember({ ...group, siteUrl: siteUrlOf(run.outcomes.get(`s:${id}`)) });
    }
  }

  private remember(group: DirectoryGroup): DirectoryGroup {
    this.groups.set(group.id, group);
    return group;
  }
}
