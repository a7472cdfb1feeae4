/**
 * The emulator's store: SQLite is the store of record; lists, fields and (lazily, per list) items are cached in
 * memory so queries and paging over tens of thousands of rows stay fast. Every write goes to SQLite first, then
 * to the cache, so a restart on a file database sees exactly what clients saw.
 */
import { randomUUID } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { bulkInsertItems, type BulkInsertOptions } from './bulk';
import { builtInFields } from './fields';
import { ROLE_IDS, WEB_SCOPE } from './permissions';
import { RoleStore } from './roleStore';
import { openDatabase } from './sqlite';
import { isoNow, type FieldDef, type ItemRow, type ItemVersion, type ListDef, type SiteUser, type UserInput } from './types';

/** A SharePoint site group. */
export interface SiteGroup {
  readonly Id: number;
  readonly Title: string;
}

/** Properties accepted when creating a list. */
export interface ListInput {
  readonly Title: string;
  readonly Description?: string;
  readonly BaseTemplate?: number;
  readonly EnableVersioning?: boolean;
  readonly MajorVersionLimit?: number;
  readonly ReadSecurity?: number;
  readonly WriteSecurity?: number;
  readonly Hidden?: boolean;
  readonly AllowContentTypes?: boolean;
  readonly ContentTypesEnabled?: boolean;
}

interface UserRow { id: number; login: string; title: string; email: string; is_admin: number; job_title: string | null; department: string | null }

/** Users and groups share SharePoint's principal id space: group ids are offset so role assignments can name either. */
export const GROUP_ID_BASE = 1_000_000;
/** Only people sign in, appear in site users and fill person fields; security groups (Everyone) are principals only. */
const PERSON = 'principal_type = 1';
interface ItemDbRow { id: number; version: number; ui_version: number; author: number; editor: number; created: string; modified: string; data: string }

const toUser = (r: UserRow): SiteUser => ({
  Id: r.id, loginName: r.login, Title: r.title, Email: r.email, IsSiteAdmin: r.is_admin === 1,
  jobTitle: r.job_title ?? undefined, department: r.department ?? undefined
});

/** SharePoint derives a list's entity type name from its URL; spaces and symbols become `_xHHHH_`. */
export function entityNameFor(title: string): string {
  return [...title].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `_x${c.codePointAt(0)?.toString(16).padStart(4, '0')}_`)).join('');
}

/**
 * Users, groups, lists, fields and items. Exposed on the emulator handle for seeding and tests; routes use the same
 * methods, so anything seeded here behaves exactly like data written over REST.
 */
export class EmulatorStore {
  private readonly lists = new Map<string, ListDef>();
  private readonly fields = new Map<string, FieldDef[]>();
  private readonly items = new Map<string, Map<number, ItemRow>>();
  private readonly stmt: Record<string, StatementSync>;
  private readonly db: DatabaseSync;
  /** Site and web ids, stable across restarts. */
  readonly siteId: string;
  readonly webId: string;
  /** Permission levels and role assignments. */
  readonly roles: RoleStore;
  /** The principal "Everyone except external users" (PrincipalType 4), which every signed-in user acts as too. */
  readonly everyoneId: number;
  readonly everyoneLogin: string;
  /**
   * The server's clock for Created/Modified. Real time, except while the workbench seed replays history (e.g.
   * decisions made a year ago, so approvals expire): the client still cannot set these dates, as in SharePoint.
   */
  clock: () => Date = () => new Date();

  /** @param db an open database, or a path for {@link openDatabase}. */
  constructor(db: DatabaseSync | string) {
    this.db = typeof db === 'string' ? openDatabase(db) : db;
    const p = (sql: string): StatementSync => this.db.prepare(sql);
    this.stmt = {
      insertItem: p('INSERT INTO items (list_id, id, version, ui_version, author, editor, created, modified, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      updateItem: p('UPDATE items SET version = ?, ui_version = ?, editor = ?, modified = ?, data = ? WHERE list_id = ? AND id = ?'),
      deleteItem: p('DELETE FROM items WHERE list_id = ? AND id = ?'),
      insertVersion: p('INSERT OR REPLACE INTO item_versions (list_id, item_id, version, editor, modified, data) VALUES (?, ?, ?, ?, ?, ?)'),
      trimVersions: p('DELETE FROM item_versions WHERE list_id = ? AND item_id = ? AND version <= ?'),
      deleteVersions: p('DELETE FROM item_versions WHERE list_id = ? AND item_id = ?'),
      saveList: p('INSERT OR REPLACE INTO lists (id, title, def) VALUES (?, ?, ?)'),
      saveField: p('INSERT OR REPLACE INTO fields (list_id, internal_name, ord, def) VALUES (?, ?, ?, ?)')
    };
    this.siteId = this.meta('siteId');
    this.webId = this.meta('webId');
    this.roles = new RoleStore(this.db);
    this.everyoneLogin = `c:0-.f|rolemanager|spo-grid-all-users/${this.meta('tenantId')}`;
    this.sql('INSERT OR IGNORE INTO users (login, title, email, is_admin, principal_type) VALUES (?, ?, ?, 0, 4)').run(this.everyoneLogin, 'Everyone except external users', '');
    this.everyoneId = (this.sql('SELECT id FROM users WHERE login = ?').get(this.everyoneLogin) as { id: number }).id;
    if (this.sql("SELECT 1 FROM meta WHERE key = 'webRoleAssignments'").get() === undefined) {
      // What a new SharePoint Online site gives its members: Edit at the web, which every list inherits.
      this.roles.add(WEB_SCOPE, this.everyoneId, ROLE_IDS.edit);
      this.sql("INSERT INTO meta (key, value) VALUES ('webRoleAssignments', 'Everyone: Edit')").run();
    }
    for (const row of this.db.prepare('SELECT def FROM lists').all() as { def: string }[]) {
      const list = JSON.parse(row.def) as ListDef;
      this.lists.set(list.Id, list);
      this.fields.set(list.Id, []);
    }
    for (const row of this.db.prepare('SELECT list_id, def FROM fields ORDER BY list_id, ord').all() as { list_id: string; def: string }[]) {
      this.fields.get(row.list_id)?.push(JSON.parse(row.def) as FieldDef);
    }
  }

  private readonly statements = new Map<string, StatementSync>();

  /** Prepared statements are cached: preparing dominated the cost of user look-ups while serialising items. */
  private sql(text: string): StatementSync {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  private meta(key: string): string {
    const row = this.sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    if (row) return row.value;
    const value = randomUUID();
    this.sql('INSERT INTO meta (key, value) VALUES (?, ?)').run(key, value);
    return value;
  }

  /** Closes the database. */
  close(): void {
    this.db.close();
  }

  /** Runs `work` in one SQLite transaction (bulk seeding is ~50x faster this way). */
  transaction<T>(work: () => T): T {
    this.db.exec('BEGIN');
    try {
      const result = work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK');
      // The cache may hold rows the rollback removed: drop it so it reloads from SQLite.
      this.items.clear();
      this.roles.forget();
      throw error;
    }
  }

  // ---- users and groups -------------------------------------------------------------------------------------

  /** Creates or updates a site user by login; the integer Id stays stable. */
  upsertUser(input: UserInput): SiteUser {
    this.sql(`INSERT INTO users (login, title, email, is_admin, job_title, department) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(login) DO UPDATE SET title = excluded.title, email = excluded.email, is_admin = excluded.is_admin,
      job_title = excluded.job_title, department = excluded.department`)
      .run(input.loginName, input.title, input.email, input.isSiteAdmin ? 1 : 0, input.jobTitle ?? null, input.department ?? null);
    return this.getUserByLogin(input.loginName) as SiteUser;
  }

  /**
   * Adds a person to the tenant's directory without making them a site user: SharePoint knows only the people
   * who have used the site or were added to it; `ensureuser` adds a directory person when first named.
   */
  addDirectoryUser(input: UserInput): void {
    this.sql(`INSERT INTO directory_users (login, title, email, job_title, department) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(login) DO UPDATE SET title = excluded.title, email = excluded.email, job_title = excluded.job_title, department = excluded.department`)
      .run(input.loginName, input.title, input.email, input.jobTitle ?? null, input.department ?? null);
  }

  /** Directory people who are not site users (yet). */
  listDirectoryOnlyUsers(): UserInput[] {
    const rows = this.sql('SELECT d.* FROM directory_users d WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.principal_type = 1 AND (u.login = d.login COLLATE NOCASE OR u.email = d.email COLLATE NOCASE)) ORDER BY d.login')
      .all() as unknown as { login: string; title: string; email: string; job_title: string | null; department: string | null }[];
    return rows.map((r) => ({ loginName: r.login, title: r.title, email: r.email, jobTitle: r.job_title ?? undefined, department: r.department ?? undefined }));
  }

  /** A site user by login or e-mail, adding them from the directory first if they are only there (SharePoint's ensureUser). */
  ensureUser(login: string): SiteUser | undefined {
    const known = this.getUserByLogin(login);
    if (known !== undefined) return known;
    const bare = (login.includes('|') ? login.slice(login.lastIndexOf('|') + 1) : login).toLowerCase();
    const person = this.listDirectoryOnlyUsers().find((d) => d.email.toLowerCase() === bare || d.loginName.toLowerCase() === login.toLowerCase() || d.loginName.toLowerCase().endsWith(`|${bare}`));
    return person === undefined ? undefined : this.upsertUser(person);
  }

  /** All site users by Id. */
  listUsers(): SiteUser[] {
    return (this.sql(`SELECT * FROM users WHERE ${PERSON} ORDER BY id`).all() as unknown as UserRow[]).map(toUser);
  }

  /** Finds a user by stored login, claims login (`i:0#.f|membership|x`) or e-mail, case-insensitively. */
  getUserByLogin(login: string): SiteUser | undefined {
    const bare = login.includes('|') ? login.slice(login.lastIndexOf('|') + 1) : login;
    const row = this.sql(`SELECT * FROM users WHERE ${PERSON} AND (login = ? COLLATE NOCASE OR login = ? COLLATE NOCASE OR email = ? COLLATE NOCASE) ORDER BY id LIMIT 1`)
      .get(login, `i:0#.f|membership|${bare}`, bare) as UserRow | undefined;
    return row ? toUser(row) : undefined;
  }

  /** Finds a user by Id. */
  getUserById(id: number): SiteUser | undefined {
    const row = this.sql(`SELECT * FROM users WHERE ${PERSON} AND id = ?`).get(id) as UserRow | undefined;
    return row ? toUser(row) : undefined;
  }

  /** Creates a site group; replaces its membership when `memberLogins` is given (unknown logins are skipped). */
  upsertGroup(name: string, memberLogins?: readonly string[]): SiteGroup {
    this.sql('INSERT INTO site_groups (title) VALUES (?) ON CONFLICT(title) DO NOTHING').run(name);
    const group = this.getGroupByName(name) as SiteGroup;
    if (memberLogins === undefined) return group;
    this.sql('DELETE FROM group_members WHERE group_id = ?').run(group.Id - GROUP_ID_BASE);
    for (const login of memberLogins) {
      const user = this.getUserByLogin(login);
      if (user) this.addGroupMember(group.Id, user.Id);
    }
    return group;
  }

  /** Adds a person to a group (no-op when already a member). */
  addGroupMember(groupId: number, userId: number): void {
    this.sql('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)').run(groupId - GROUP_ID_BASE, userId);
  }

  /** The ids of the groups a user belongs to. */
  groupIdsOf(userId: number): number[] {
    return (this.sql('SELECT group_id FROM group_members WHERE user_id = ?').all(userId) as { group_id: number }[]).map((r) => r.group_id + GROUP_ID_BASE);
  }

  /** A group by id. */
  getGroupById(id: number): SiteGroup | undefined { return this.listGroups().find((g) => g.Id === id); }


  /** All site groups. */
  listGroups(): SiteGroup[] {
    return (this.sql('SELECT id, title FROM site_groups ORDER BY id').all() as { id: number; title: string }[]).map((r) => ({ Id: r.id + GROUP_ID_BASE, Title: r.title }));
  }

  /** A group by name (case-insensitive). */
  getGroupByName(name: string): SiteGroup | undefined {
    const row = this.sql('SELECT id, title FROM site_groups WHERE title = ? COLLATE NOCASE').get(name) as { id: number; title: string } | undefined;
    return row ? { Id: row.id + GROUP_ID_BASE, Title: row.title } : undefined;
  }

  /** The users of a group. */
  groupMembers(groupId: number): SiteUser[] {
    return (this.sql('SELECT u.* FROM users u JOIN group_members m ON m.user_id = u.id WHERE m.group_id = ? ORDER BY u.id')
      .all(groupId - GROUP_ID_BASE) as unknown as UserRow[]).map(toUser);
  }

  // ---- lists and fields -------------------------------------------------------------------------------------

  /** True when no list exists (the workbench seeds then). */
  isEmpty(): boolean {
    return this.lists.size === 0;
  }

  /** All lists in creation order. */
  listLists(): ListDef[] {
    return [...this.lists.values()];
  }

  /** A list by title (case-insensitive, like SharePoint's getByTitle) or by id. */
  getList(titleOrId: string): ListDef | undefined {
    const key = titleOrId.replace(/[{}]/g, '').toLowerCase();
    return this.lists.get(key) ?? [...this.lists.values()].find((l) => l.Title.toLowerCase() === titleOrId.toLowerCase());
  }

  /** Creates a list with SharePoint's built-in fields. The caller checks the title is free. */
  createList(input: ListInput): ListDef {
    const now = isoNow();
    const list: ListDef = {
      Id: randomUUID(), Title: input.Title, Description: input.Description ?? '', BaseTemplate: input.BaseTemplate ?? 100,
      EnableVersioning: input.EnableVersioning ?? true, MajorVersionLimit: input.MajorVersionLimit ?? 500,
      ReadSecurity: input.ReadSecurity ?? 1, WriteSecurity: input.WriteSecurity ?? 1, Hidden: input.Hidden ?? false,
      AllowContentTypes: input.AllowContentTypes ?? true, ContentTypesEnabled: input.ContentTypesEnabled ?? false,
      Created: now, LastItemModifiedDate: now, EntityName: entityNameFor(input.Title), NextItemId: 1
    };
    this.transaction(() => {
      this.saveList(list);
      this.fields.set(list.Id, []);
      for (const field of builtInFields()) this.saveField(list.Id, field);
    });
    return list;
  }

  /** Persists list properties (after the caller mutated a copy). */
  saveList(list: ListDef): void {
    this.stmt.saveList.run(list.Id, list.Title, JSON.stringify(list));
    this.lists.set(list.Id, list);
  }

  /** The fields of a list in creation order. */
  getFields(listId: string): FieldDef[] {
    return this.fields.get(listId) ?? [];
  }

  /** Adds or replaces a field (matched by internal name, case-insensitively). */
  saveField(listId: string, field: FieldDef): void {
    const fields = this.fields.get(listId) ?? [];
    const index = fields.findIndex((f) => f.InternalName.toLowerCase() === field.InternalName.toLowerCase());
    const ord = index < 0 ? fields.length : index;
    this.stmt.saveField.run(listId, field.InternalName, ord, JSON.stringify(field));
    if (index < 0) fields.push(field); else fields[index] = field;
    this.fields.set(listId, fields);
  }

  // ---- items ------------------------------------------------------------------------------------------------

  /** The items of a list, ID ascending (Map insertion order: ids only grow). Loaded from SQLite on first use. */
  getItems(listId: string): Map<number, ItemRow> {
    let rows = this.items.get(listId);
    if (!rows) {
      rows = new Map();
      const all = this.sql('SELECT id, version, ui_version, author, editor, created, modified, data FROM items WHERE list_id = ? ORDER BY id')
        .all(listId) as unknown as ItemDbRow[];
      for (const r of all) {
        rows.set(r.id, { id: r.id, version: r.version, uiVersion: r.ui_version, authorId: r.author, editorId: r.editor, created: r.created, modified: r.modified, values: JSON.parse(r.data) as Record<string, unknown> });
      }
      this.items.set(listId, rows);
    }
    return rows;
  }

  /** The clock's time as SharePoint formats it (no milliseconds). */
  private nowIso(): string {
    return this.clock().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** Inserts a new item with the next id; values must already be validated and canonical. */
  insertItem(listRef: ListDef, values: Record<string, unknown>, userId: number): ItemRow {
    // Re-read the cached definition: callers may hold a copy from before the previous insert bumped NextItemId.
    const list = this.lists.get(listRef.Id) ?? listRef;
    const rows = this.getItems(list.Id);
    const now = this.nowIso();
    const row: ItemRow = { id: list.NextItemId, version: 1, uiVersion: 1, authorId: userId, editorId: userId, created: now, modified: now, values };
    const data = JSON.stringify(values);
    this.stmt.insertItem.run(list.Id, row.id, 1, 1, userId, userId, now, now, data);
    if (list.EnableVersioning) this.stmt.insertVersion.run(list.Id, row.id, 1, userId, now, data);
    this.saveList({ ...list, NextItemId: list.NextItemId + 1, LastItemModifiedDate: now });
    rows.set(row.id, row);
    return row;
  }

  /** Writes new values for an item, bumping its version (and keeping history when versioning is on). */
  updateItem(listRef: ListDef, row: ItemRow, values: Record<string, unknown>, userId: number): ItemRow {
    const list = this.lists.get(listRef.Id) ?? listRef;
    const now = this.nowIso();
    const next: ItemRow = { ...row, version: row.version + 1, uiVersion: list.EnableVersioning ? row.uiVersion + 1 : row.uiVersion, editorId: userId, modified: now, values };
    const data = JSON.stringify(values);
    this.stmt.updateItem.run(next.version, next.uiVersion, userId, now, data, list.Id, row.id);
    if (list.EnableVersioning) {
      this.stmt.insertVersion.run(list.Id, row.id, next.uiVersion, userId, now, data);
      this.stmt.trimVersions.run(list.Id, row.id, next.uiVersion - list.MajorVersionLimit);
    }
    this.saveList({ ...list, LastItemModifiedDate: now });
    this.getItems(list.Id).set(row.id, next);
    return next;
  }

  /** Rewrites an item's row, Author/Editor/dates included (ValidateUpdateListItem); bNewDocumentUpdate keeps the version. */
  overwriteItem(listRef: ListDef, next: ItemRow, newVersion: boolean): ItemRow {
    const list = this.lists.get(listRef.Id) ?? listRef;
    const row: ItemRow = newVersion ? { ...next, version: next.version + 1, uiVersion: list.EnableVersioning ? next.uiVersion + 1 : next.uiVersion } : next;
    const data = JSON.stringify(row.values);
    this.sql('UPDATE items SET version = ?, ui_version = ?, author = ?, editor = ?, created = ?, modified = ?, data = ? WHERE list_id = ? AND id = ?')
      .run(row.version, row.uiVersion, row.authorId, row.editorId, row.created, row.modified, data, list.Id, row.id);
    if (list.EnableVersioning) this.stmt.insertVersion.run(list.Id, row.id, row.uiVersion, row.editorId, row.modified, data);
    this.getItems(list.Id).set(row.id, row);
    return row;
  }

  /** Deletes an item and its history. */
  deleteItem(listRef: ListDef, id: number): void {
    const list = this.lists.get(listRef.Id) ?? listRef;
    this.stmt.deleteItem.run(list.Id, id);
    this.stmt.deleteVersions.run(list.Id, id);
    this.getItems(list.Id).delete(id);
    this.saveList({ ...list, LastItemModifiedDate: isoNow() });
  }

  /**
   * Inserts many items in one transaction, validated exactly like `POST .../items` bodies (e.g. `{ Title, OwnerId }`).
   * Author/Editor are `options.asLogin` (default: the first site admin). Returns the new ids in order.
   */
  bulkInsertItems(listTitle: string, bodies: readonly Record<string, unknown>[], options: BulkInsertOptions = {}): number[] {
    return bulkInsertItems(this, listTitle, bodies, options);
  }

  /** Stored versions of an item, newest first (SharePoint's order). */
  getVersions(listId: string, itemId: number): ItemVersion[] {
    return (this.sql('SELECT version, editor, modified, data FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC')
      .all(listId, itemId) as { version: number; editor: number; modified: string; data: string }[])
      .map((r) => ({ version: r.version, editorId: r.editor, modified: r.modified, values: JSON.parse(r.data) as Record<string, unknown> }));
  }
}
