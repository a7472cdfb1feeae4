/**
 * Who is calling. SharePoint knows the user from the session; the workbench passes it as the `X-Workbench-User`
 * header (Node tests, PnPjs InjectHeaders) or the `workbench-user` cookie (the browser page), URL-encoded.
 */
import { unauthorized } from './errors';
import type { EmulatorStore } from './store';
import type { SiteUser } from './types';

/** The login a request names, if any. */
export function requestedLogin(headers: Readonly<Record<string, string | string[] | undefined>>): string | undefined {
  const header = headers['x-workbench-user'];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  if (fromHeader && fromHeader.trim() !== '') return safeDecode(fromHeader.trim());
  const cookie = headers.cookie;
  const cookieText = Array.isArray(cookie) ? cookie.join('; ') : cookie ?? '';
  for (const part of cookieText.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === 'workbench-user') {
      const value = safeDecode(part.slice(eq + 1).trim());
      if (value) return value;
    }
  }
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Resolves the signed-in user: the named login (401 when unknown), else the first site admin; an empty site gets
 * a 'Workbench Admin' so a bare emulator works out of the box.
 */
export function resolveUser(store: EmulatorStore, headers: Readonly<Record<string, string | string[] | undefined>>): SiteUser {
  const login = requestedLogin(headers);
  if (login !== undefined) {
    const user = store.getUserByLogin(login);
    if (!user) throw unauthorized(login);
    return user;
  }
  const users = store.listUsers();
  const admin = users.find((u) => u.IsSiteAdmin);
  if (admin) return admin;
  if (users.length === 0) {
    return store.upsertUser({ loginName: 'i:0#.f|membership|workbench.admin@workbench.local', title: 'Workbench Admin', email: 'workbench.admin@workbench.local', isSiteAdmin: true });
  }
  return users[0];
}
