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
 * Resolves the signed-in user: the named login (401 when unknown), or undefined for an anonymous request (no
 * header, no cookie). Anonymous is never promoted to anyone: SharePoint answers it 401, and so does the emulator.
 */
export function resolveUser(store: EmulatorStore, headers: Readonly<Record<string, string | string[] | undefined>>): SiteUser | undefined {
  const login = requestedLogin(headers);
  if (login === undefined) return undefined;
  const user = store.getUserByLogin(login);
  if (!user) throw unauthorized(login);
  return user;
}

/**
 * DNS-rebinding protection: a page on another site whose name resolves to 127.0.0.1 reaches the workbench with its
 * own name in the Host header. Only the loopback name and port the server listens on are accepted.
 */
export function isAllowedHost(hostHeader: string | undefined, listenHost: string, port: number): boolean {
  if (hostHeader === undefined) return false;
  const allowed = new Set([`${listenHost}:${port}`, `localhost:${port}`, listenHost === '::1' ? `[::1]:${port}` : '']);
  return allowed.has(hostHeader.trim().toLowerCase());
}
