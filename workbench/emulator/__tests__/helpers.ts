/** Shared helpers for the emulator tests: a fetch wrapper with SharePoint headers and a schema builder. */
import { startEmulator, type EmulatorHandle } from '../index';

/** A parsed response. */
export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON shapes
  readonly json: any;
}

/** The site collection admin every test emulator has; requests name them unless a test names someone else. */
export const TEST_ADMIN = 'i:0#.f|membership|tests.admin@example.org';

/**
 * Sends a request to `siteUrl + path` with Accept JSON, a digest and a user: {@link TEST_ADMIN} unless `headers`
 * names another (`'X-Workbench-User': ''` sends an anonymous request).
 */
export async function sp(emu: EmulatorHandle, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await fetch(path.startsWith('http') ? path : `${emu.siteUrl}${path}`, {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': 'digest', 'X-Workbench-User': TEST_ADMIN, ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Starts an in-memory emulator on an ephemeral port. */
export async function start(options: { listViewThreshold?: number; dbPath?: string } = {}): Promise<EmulatorHandle> {
  const emu = await startEmulator({ port: 0, dbPath: options.dbPath ?? ':memory:', listViewThreshold: options.listViewThreshold });
  emu.store.upsertUser({ loginName: TEST_ADMIN, title: 'Test Admin', email: 'tests.admin@example.org', isSiteAdmin: true });
  return emu;
}

/** Seeds three users: an admin and two members. */
export function seedUsers(emu: EmulatorHandle): { admin: string; alice: string; bob: string } {
  const admin = 'i:0#.f|membership|admin@example.org';
  const alice = 'i:0#.f|membership|alice@example.org';
  const bob = 'i:0#.f|membership|bob@example.org';
  emu.store.upsertUser({ loginName: admin, title: 'Ada Admin', email: 'admin@example.org', isSiteAdmin: true });
  emu.store.upsertUser({ loginName: alice, title: 'Alice Anders', email: 'alice@example.org' });
  emu.store.upsertUser({ loginName: bob, title: "Bob O'Brien", email: 'bob@example.org' });
  return { admin, alice, bob };
}

/** Creates a list and fields from SchemaXml strings; fails the test on any error. */
export async function createList(emu: EmulatorHandle, title: string, fieldXml: readonly string[], props: Record<string, unknown> = {}): Promise<void> {
  const list = await sp(emu, 'POST', '/_api/web/lists', { Title: title, BaseTemplate: 100, AllowContentTypes: true, ContentTypesEnabled: false, ...props });
  if (list.status !== 201) throw new Error(`create list ${title}: ${list.status} ${list.text}`);
  for (const xml of fieldXml) {
    const field = await sp(emu, 'POST', `/_api/web/lists/getByTitle('${title}')/fields/CreateFieldAsXml`, { parameters: { SchemaXml: xml, Options: 8 } });
    if (field.status !== 201) throw new Error(`create field ${xml}: ${field.status} ${field.text}`);
  }
}

/** `/_api/web/lists/getByTitle('<title>')` */
export const listPath = (title: string): string => `/_api/web/lists/getByTitle('${encodeURIComponent(title)}')`;
