import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import type { GovernanceError } from '../../../src/core/errors';
import type { PersonRef } from '../../../src/core/models/common';
import { GOVERNANCE_LEADS_GROUP } from '../../../src/core/roles';
import type { ListDefinition } from '../../../src/core/schema/types';
import type { DataErrorLog } from '../../../src/data/errors/logError';
import { ensureSchema, type ProvisioningReport } from '../../../src/data/provisioning/ensureSchema';
import { ListRepository } from '../../../src/data/repositories/ListRepository';
import { createNodeSp } from '../../../src/data/sp/createSp';
import { startEmulator } from '../../../workbench/emulator';

/** The demo people every suite signs in as. */
export const USERS = {
  admin: { loginName: 'admin@governance.test', title: 'Site Admin', email: 'admin@governance.test', isSiteAdmin: true },
  alice: { loginName: 'alice@governance.test', title: 'Alice Custodian', email: 'alice@governance.test' },
  bob: { loginName: 'bob@governance.test', title: 'Bob Requester', email: 'bob@governance.test' },
  /** A member of the Governance Leads group from the start (the only writer of GovernanceSettings once provisioned). */
  lead: { loginName: 'lena.lead@governance.test', title: 'Lena Lead', email: 'lena.lead@governance.test' }
} as const;

export type UserKey = keyof typeof USERS;

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/** One emulator on an ephemeral port with an in-memory database, its users, and PnPjs roots signed in as them. */
export interface Harness {
  readonly emulator: Emulator;
  readonly people: Readonly<Record<UserKey, PersonRef>>;
  /** Errors the repositories logged (source tag and error), for assertions and to keep test output quiet. */
  readonly logged: { source: string; error: GovernanceError }[];
  readonly log: DataErrorLog;
  /** Every request the emulator answered, one line each (`METHOD path query -> status`). */
  readonly requests: string[];
  /** A PnPjs root signed in as `user` (admin by default). */
  sp(user?: UserKey, retries?: number): SPFI;
  /** A repository for `list` signed in as `user`. */
  repository<T>(list: ListDefinition<T>, user?: UserKey, retries?: number): ListRepository<T>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- definitions of different domain types side by side
  provision(lists?: readonly ListDefinition<any>[]): Promise<ProvisioningReport>;
  /** Puts `user` in a site group (created if missing), as a site owner would. */
  addToGroup(user: UserKey, group?: string): void;
  /** The principal id of a user, a site group (by name) or `everyone` ("Everyone except external users"). */
  principalId(principal: UserKey | 'everyone' | { readonly group: string }): number;
  /**
   * Gives `principal` the permission level `level` (e.g. 'Contribute', 'Design') on list `list`, as the site admin
   * through REST: breaks inheritance first when needed and, with `replace`, removes the principal's other levels.
   */
  grant(list: string, principal: UserKey | 'everyone' | { readonly group: string }, level: string, options?: { readonly replace?: boolean }): Promise<void>;
  close(): Promise<void>;
}

/** Starts the emulator and creates the users; `listViewThreshold` lowers the 5,000-item threshold for a test. */
export async function startHarness(options: { listViewThreshold?: number } = {}): Promise<Harness> {
  const requests: string[] = [];
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', listViewThreshold: options.listViewThreshold, log: (line) => requests.push(line) });
  const people = {} as Record<UserKey, PersonRef>;
  for (const key of Object.keys(USERS) as UserKey[]) {
    const user = USERS[key];
    const stored = emulator.store.upsertUser({ ...user });
    people[key] = { id: stored.Id, title: user.title, email: user.email, loginName: user.loginName };
  }
  const logged: { source: string; error: GovernanceError }[] = [];
  const log: DataErrorLog = (source, error) => {
    logged.push({ source, error });
  };
  emulator.store.upsertGroup(GOVERNANCE_LEADS_GROUP, [USERS.lead.loginName]);
  const sp = (user: UserKey = 'admin', retries?: number): SPFI => createNodeSp(emulator.siteUrl, { user: USERS[user].loginName, retries });
  const principalId = (principal: UserKey | 'everyone' | { readonly group: string }): number => {
    if (principal === 'everyone') return emulator.store.everyoneId;
    if (typeof principal === 'object') {
      const group = emulator.store.getGroupByName(principal.group);
      if (!group) throw new Error(`No group ${principal.group}`);
      return group.Id;
    }
    return people[principal].id;
  };
  const grant = async (list: string, principal: UserKey | 'everyone' | { readonly group: string }, level: string, options: { readonly replace?: boolean } = {}): Promise<void> => {
    const admin = sp('admin');
    const target = admin.web.lists.getByTitle(list);
    const { HasUniqueRoleAssignments: unique } = await target.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    if (!unique) await target.breakRoleInheritance(true, true);
    const id = principalId(principal);
    const role = await admin.web.roleDefinitions.getByName(level)<{ Id: number }>();
    if (options.replace === true) {
      const current = await target.roleAssignments.expand('RoleDefinitionBindings')<{ PrincipalId: number; RoleDefinitionBindings: { Id: number }[] }[]>();
      for (const binding of current.find((a) => a.PrincipalId === id)?.RoleDefinitionBindings ?? []) {
        if (binding.Id !== role.Id) await target.roleAssignments.remove(id, binding.Id);
      }
    }
    await target.roleAssignments.add(id, role.Id);
  };
  return {
    emulator,
    people,
    logged,
    log,
    requests,
    sp,
    repository: <T>(list: ListDefinition<T>, user: UserKey = 'admin', retries?: number) => new ListRepository<T>(sp(user, retries), list, { log }),
    // The default (every list) is ensureSchema's own default, core's ALL_LISTS.
    provision: (lists) => (lists === undefined ? ensureSchema(sp('admin')) : ensureSchema(sp('admin'), lists)),
    addToGroup: (user, group = GOVERNANCE_LEADS_GROUP) => {
      const target = emulator.store.upsertGroup(group);
      emulator.store.addGroupMember(target.Id, people[user].id);
    },
    principalId,
    grant,
    close: () => emulator.close()
  };
}
