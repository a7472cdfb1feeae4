import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import type { PersonRef } from '../../core/models/common';
import { personKey } from '../../core/import/cells';
import { toGovernanceError } from '../errors/toGovernanceError';
import { eq, or } from '../odata/filter';

interface RawSiteUser {
  Id: number;
  Title: string;
  Email?: string;
  LoginName?: string;
  UserPrincipalName?: string;
}

/** Values looked up per request (three comparisons each), keeping the URL far below SharePoint's limits. */
const VALUES_PER_REQUEST = 8;
/** ensureUser calls in flight at once for people not yet on the site. */
const ENSURE_CONCURRENCY = 4;
/** An e-mail address or UPN: the only kind of value SharePoint's ensureUser can find in the directory. */
const SIGN_IN_NAME = /^[^\s@|]+@[^\s@|]+\.[^\s@|]+$/;

function loginTail(login: string | undefined): string {
  // Claims logins look like `i:0#.f|membership|alice@contoso.com`: the part after the last bar is what people type.
  return (login ?? '').split('|').pop()?.toLowerCase() ?? '';
}

/**
 * Which e-mail addresses the organisation's directory knows, by `personKey`: true known, false unknown, absent or
 * undefined when it cannot tell (no consent, Graph unreachable). `DirectoryPeople.knownInDirectory` in production.
 */
export type DirectoryCheck = (emails: readonly string[]) => Promise<ReadonlyMap<string, boolean | undefined>>;

function toRef(user: RawSiteUser): PersonRef {
  return { id: user.Id, title: user.Title, email: user.Email || undefined, loginName: user.LoginName };
}

/**
 * People named by e-mail who are not site users yet, looked up in the organisation's directory and added to the site
 * (`ensureUser`, as the people picker does): someone who never opened the site can still be named custodian in a
 * spreadsheet. Anyone the directory does not know stays unresolved. With `directory`, addresses it says it does not
 * know are not sent: ensureUser answers them 404, which the browser logs as a console error for an expected outcome.
 */
async function ensureByEmail(sp: SPFI, values: readonly string[], resolved: Map<string, PersonRef | undefined>, directory?: DirectoryCheck): Promise<void> {
  const addresses = values.filter((value) => SIGN_IN_NAME.test(value));
  const known = directory !== undefined && addresses.length > 0 ? await directory(addresses) : new Map<string, boolean | undefined>();
  const pending = addresses.filter((value) => known.get(personKey(value)) !== false);
  for (let start = 0; start < pending.length; start += ENSURE_CONCURRENCY) {
    await Promise.all(pending.slice(start, start + ENSURE_CONCURRENCY).map(async (value) => {
      try {
        resolved.set(personKey(value), toRef((await sp.web.ensureUser(value)) as unknown as RawSiteUser));
      } catch (error) {
        // Not in the directory: the row says no user matches. Anything else (network, server) fails the check.
        const kind = toGovernanceError(error).kind;
        if (kind !== 'NotFound' && kind !== 'Validation') throw error;
      }
    }));
  }
}

/**
 * Resolves the people named in a spreadsheet (e-mail, login or exact display name) to site users, a few values
 * per request, each distinct value once; e-mail addresses of directory people not yet on the site are added to it.
 * A value matching nobody, or a display name shared by several users, resolves to undefined (the row says so).
 * `directory` (optional) spares ensureUser calls for addresses the directory does not know.
 */
export async function resolveSiteUsers(sp: SPFI, texts: readonly string[], directory?: DirectoryCheck): Promise<Map<string, PersonRef | undefined>> {
  const resolved = new Map<string, PersonRef | undefined>();
  const distinct = Array.from(new Set(texts.map((t) => t.trim()).filter((t) => t !== '')));
  for (let start = 0; start < distinct.length; start += VALUES_PER_REQUEST) {
    const chunk = distinct.slice(start, start + VALUES_PER_REQUEST);
    const filter = or(...chunk.flatMap((v) => [eq('Email', v), eq('LoginName', v), eq('Title', v)]));
    const users = await sp.web.siteUsers.select('Id', 'Title', 'Email', 'LoginName').filter(filter.text).top(500)<RawSiteUser[]>();
    for (const value of chunk) {
      const key = personKey(value);
      const byMail = users.filter((u) => (u.Email ?? '').toLowerCase() === key || loginTail(u.LoginName) === key || (u.LoginName ?? '').toLowerCase() === key);
      const byName = users.filter((u) => u.Title.toLowerCase() === key);
      const match = byMail.length === 1 ? byMail[0] : byMail.length === 0 && byName.length === 1 ? byName[0] : undefined;
      resolved.set(key, match ? toRef(match) : undefined);
    }
  }
  await ensureByEmail(sp, distinct.filter((value) => resolved.get(personKey(value)) === undefined), resolved, directory);
  return resolved;
}
