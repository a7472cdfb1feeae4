/**
 * An in-memory `IDirectoryReader` for tests (integration tests against the emulator and Jest): groups with owners and
 * members, apps with role assignments, directory roles with members, and managers, all given up front. Deterministic:
 * results follow the order the data was given in, and every call is counted so tests can assert the reads made.
 */
import type { AppAccess, DirectoryApp, DirectoryGroup, DirectoryPrincipal, DirectoryRole, GroupAccess, IDirectoryReader, ReadProgress, RoleAccess } from '../../../graph/directory/types';

export interface FakeDirectoryData {
  readonly groups?: readonly GroupAccess[];
  readonly apps?: readonly AppAccess[];
  readonly roles?: readonly RoleAccess[];
  /** Manager of each user, by user id. */
  readonly managers?: Readonly<Record<string, DirectoryPrincipal>>;
  /** Users findable by e-mail besides every principal above. */
  readonly users?: readonly DirectoryPrincipal[];
}

export class FakeDirectoryReader implements IDirectoryReader {
  /** Calls made, by method name. */
  public readonly calls: Record<string, number> = {};

  public constructor(private readonly data: FakeDirectoryData) {}

  public listGroups(search?: string): Promise<DirectoryGroup[]> {
    this.count('listGroups');
    const prefix = (search ?? '').trim().toLowerCase();
    return Promise.resolve((this.data.groups ?? []).map((g) => g.group).filter((g) => g.displayName.toLowerCase().startsWith(prefix)));
  }

  public groupAccess(groupIds: readonly string[], onProgress?: ReadProgress): Promise<GroupAccess[]> {
    this.count('groupAccess');
    return Promise.resolve(this.pick(this.data.groups ?? [], (g) => g.group.id, groupIds, onProgress));
  }

  public listApps(): Promise<DirectoryApp[]> {
    this.count('listApps');
    return Promise.resolve((this.data.apps ?? []).map((a) => a.app));
  }

  public appAccess(appIds: readonly string[], onProgress?: ReadProgress): Promise<AppAccess[]> {
    this.count('appAccess');
    return Promise.resolve(this.pick(this.data.apps ?? [], (a) => a.app.id, appIds, onProgress));
  }

  public listDirectoryRoles(): Promise<DirectoryRole[]> {
    this.count('listDirectoryRoles');
    return Promise.resolve((this.data.roles ?? []).map((r) => r.role));
  }

  public roleAccess(roleIds: readonly string[], onProgress?: ReadProgress): Promise<RoleAccess[]> {
    this.count('roleAccess');
    return Promise.resolve(this.pick(this.data.roles ?? [], (r) => r.role.id, roleIds, onProgress));
  }

  public managers(userIds: readonly string[]): Promise<Map<string, DirectoryPrincipal | undefined>> {
    this.count('managers');
    return Promise.resolve(new Map(userIds.map((id) => [id, this.data.managers?.[id]])));
  }

  public usersByEmail(emails: readonly string[]): Promise<Map<string, DirectoryPrincipal>> {
    this.count('usersByEmail');
    const everyone = new Map<string, DirectoryPrincipal>();
    const add = (p: DirectoryPrincipal): void => {
      if (p.email && !everyone.has(p.email.toLowerCase())) everyone.set(p.email.toLowerCase(), p);
    };
    (this.data.users ?? []).forEach(add);
    for (const g of this.data.groups ?? []) [...g.owners, ...g.members].forEach(add);
    for (const a of this.data.apps ?? []) a.assignments.forEach((x) => add(x.principal));
    for (const r of this.data.roles ?? []) r.members.forEach(add);
    Object.values(this.data.managers ?? {}).forEach(add);
    const found = new Map<string, DirectoryPrincipal>();
    for (const email of emails) {
      const hit = everyone.get(email.trim().toLowerCase());
      if (hit) found.set(email.trim().toLowerCase(), hit);
    }
    return Promise.resolve(found);
  }

  private pick<T>(all: readonly T[], idOf: (t: T) => string, ids: readonly string[], onProgress?: ReadProgress): T[] {
    const byId = new Map(all.map((t) => [idOf(t), t]));
    const out: T[] = [];
    ids.forEach((id, index) => {
      const hit = byId.get(id);
      if (hit) out.push(hit);
      onProgress?.(index + 1, ids.length);
    });
    return out;
  }

  private count(method: string): void {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
  }
}

/** A user principal for fakes: id and e-mail derived from `alias` (`<alias>@governance.test`). */
export function fakeUser(alias: string, extra: Partial<DirectoryPrincipal> = {}): DirectoryPrincipal {
  return { id: `user-${alias}`, displayName: alias, email: `${alias}@governance.test`, type: 'User', accountEnabled: true, ...extra };
}

/** A group for fakes, with its site under `siteRoot` when given. */
export function fakeGroup(id: string, displayName: string, siteUrl?: string): DirectoryGroup {
  return { id, displayName, isTeam: false, siteUrl, labelIds: [] };
}
