/**
 * Opens the SQLite database (the store of record) and creates the schema. Items keep their field values as one
 * JSON document per row: the emulator is generic, so list schemas are data, not DDL.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY AUTOINCREMENT, login TEXT NOT NULL UNIQUE COLLATE NOCASE, title TEXT NOT NULL,
  email TEXT NOT NULL, is_admin INTEGER NOT NULL DEFAULT 0, job_title TEXT, department TEXT);
CREATE TABLE IF NOT EXISTS directory_users (
  login TEXT PRIMARY KEY COLLATE NOCASE, title TEXT NOT NULL, email TEXT NOT NULL, job_title TEXT, department TEXT);
CREATE TABLE IF NOT EXISTS site_groups (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL UNIQUE COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS group_members (group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (group_id, user_id));
CREATE TABLE IF NOT EXISTS lists (id TEXT PRIMARY KEY, title TEXT NOT NULL UNIQUE COLLATE NOCASE, def TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fields (
  list_id TEXT NOT NULL, internal_name TEXT NOT NULL COLLATE NOCASE, ord INTEGER NOT NULL, def TEXT NOT NULL,
  PRIMARY KEY (list_id, internal_name));
CREATE TABLE IF NOT EXISTS items (
  list_id TEXT NOT NULL, id INTEGER NOT NULL, version INTEGER NOT NULL, ui_version INTEGER NOT NULL,
  author INTEGER NOT NULL, editor INTEGER NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (list_id, id));
CREATE TABLE IF NOT EXISTS item_versions (
  list_id TEXT NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL, editor INTEGER NOT NULL,
  modified TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, item_id, version));
CREATE TABLE IF NOT EXISTS role_definitions (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, description TEXT NOT NULL, high INTEGER NOT NULL,
  low INTEGER NOT NULL, ord INTEGER NOT NULL, kind INTEGER NOT NULL, hidden INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS role_assignments (
  scope TEXT NOT NULL, principal_id INTEGER NOT NULL, role_id INTEGER NOT NULL, PRIMARY KEY (scope, principal_id, role_id));
`;

/**
 * Columns added after the first release: `CREATE TABLE IF NOT EXISTS` leaves an existing table as it was, so an
 * older workbench database gets them here (idempotent). `principal_type` is SharePoint's PrincipalType: 1 for a
 * person, 4 for a security group such as "Everyone except external users".
 */
function migrate(db: DatabaseSync): void {
  const columns = (db.prepare('PRAGMA table_info(users)').all() as { name: string }[]).map((c) => c.name);
  if (!columns.includes('principal_type')) db.exec('ALTER TABLE users ADD COLUMN principal_type INTEGER NOT NULL DEFAULT 1');
}

/** Opens (creating the folder and schema when needed) the database at `path`; ':memory:' is allowed. */
export function openDatabase(path: string): DatabaseSync {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  if (path !== ':memory:') {
    // WAL + NORMAL: durable enough for a dev workbench and an order of magnitude faster for seeding.
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  }
  db.exec(SCHEMA);
  migrate(db);
  return db;
}
