/**
 * Permission levels (role definitions) and role assignments, persisted in SQLite. Assignments are kept per scope:
 * `web`, or a list id once that list has unique role assignments. The built-in levels are written on every open
 * (idempotent), so an existing workbench database gains them on its first start with this version.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { BUILT_IN_ROLES, type RoleDefinition } from './permissions';

/** One binding of a permission level to a principal at a scope. */
export interface RoleAssignment {
  readonly principalId: number;
  readonly roleId: number;
}

/** Custom levels get ids above SharePoint's built-in range, as a tenant's do. */
const FIRST_CUSTOM_ROLE_ID = 1073741924;

interface RoleRow { id: number; name: string; description: string; high: number; low: number; ord: number; kind: number; hidden: number }

const toRole = (r: RoleRow): RoleDefinition => ({
  id: r.id, name: r.name, description: r.description, mask: { high: r.high, low: r.low }, order: r.ord, kind: r.kind, hidden: r.hidden === 1
});

/** Role definitions and assignments; cached in memory because every request computes permissions from them. */
export class RoleStore {
  private readonly stmt: Record<string, StatementSync>;
  private definitions: Map<number, RoleDefinition> | undefined;
  private readonly byScope = new Map<string, RoleAssignment[]>();

  constructor(db: DatabaseSync) {
    const p = (sql: string): StatementSync => db.prepare(sql);
    this.stmt = {
      insertRole: p('INSERT OR IGNORE INTO role_definitions (id, name, description, high, low, ord, kind, hidden) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      allRoles: p('SELECT * FROM role_definitions ORDER BY ord, id'),
      scope: p('SELECT principal_id, role_id FROM role_assignments WHERE scope = ? ORDER BY rowid'),
      add: p('INSERT OR IGNORE INTO role_assignments (scope, principal_id, role_id) VALUES (?, ?, ?)'),
      remove: p('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND role_id = ?'),
      clear: p('DELETE FROM role_assignments WHERE scope = ?')
    };
    for (const role of BUILT_IN_ROLES) {
      this.stmt.insertRole.run(role.id, role.name, role.description, role.mask.high, role.mask.low, role.order, role.kind, role.hidden ? 1 : 0);
    }
  }

  private loaded(): Map<number, RoleDefinition> {
    if (!this.definitions) {
      this.definitions = new Map((this.stmt.allRoles.all() as unknown as RoleRow[]).map((r) => [r.id, toRole(r)]));
    }
    return this.definitions;
  }

  /** Every permission level, in SharePoint's order (Full Control first). */
  listDefinitions(): RoleDefinition[] {
    return [...this.loaded().values()];
  }

  /** A level by id. */
  definition(id: number): RoleDefinition | undefined {
    return this.loaded().get(id);
  }

  /** A level by name (case-insensitive, like SharePoint). */
  definitionByName(name: string): RoleDefinition | undefined {
    return this.listDefinitions().find((r) => r.name.toLowerCase() === name.toLowerCase());
  }

  /** Creates a custom level; the caller checks the name is free. */
  createDefinition(input: Omit<RoleDefinition, 'id' | 'kind' | 'hidden'>): RoleDefinition {
    const id = Math.max(FIRST_CUSTOM_ROLE_ID - 1, ...this.loaded().keys()) + 1;
    this.stmt.insertRole.run(id, input.name, input.description, input.mask.high, input.mask.low, input.order, 0, 0);
    this.definitions = undefined;
    return this.definition(id) as RoleDefinition;
  }

  /** The assignments at a scope, in the order they were made. */
  assignments(scope: string): readonly RoleAssignment[] {
    let rows = this.byScope.get(scope);
    if (!rows) {
      rows = (this.stmt.scope.all(scope) as { principal_id: number; role_id: number }[]).map((r) => ({ principalId: r.principal_id, roleId: r.role_id }));
      this.byScope.set(scope, rows);
    }
    return rows;
  }

  /** Binds a level to a principal at a scope (no-op when already bound). */
  add(scope: string, principalId: number, roleId: number): void {
    this.stmt.add.run(scope, principalId, roleId);
    this.byScope.delete(scope);
  }

  /** Removes one binding (no-op when absent, as SharePoint's removeroleassignment). */
  remove(scope: string, principalId: number, roleId: number): void {
    this.stmt.remove.run(scope, principalId, roleId);
    this.byScope.delete(scope);
  }

  /** Replaces a scope's assignments (breaking inheritance copies the parent's; reset clears them). */
  replace(scope: string, assignments: readonly RoleAssignment[]): void {
    this.stmt.clear.run(scope);
    for (const a of assignments) this.stmt.add.run(scope, a.principalId, a.roleId);
    this.byScope.delete(scope);
  }

  /** Drops cached rows (after a rolled-back transaction). */
  forget(): void {
    this.byScope.clear();
    this.definitions = undefined;
  }
}
