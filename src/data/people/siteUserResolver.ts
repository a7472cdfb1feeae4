import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import type { PersonRef } from '../../core/models/common';
import { personKey } from '../../core/import/cells';
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

function loginTail(login: string | undefined): string {
  // Claims logins look like `i:0#.f|membership|alice@contoso.com`: the part after the last bar is what people type.
  return (login ?? '').split('|').pop()?.toLowerCase() ?? '';
}

/**
 * Resolves the people named in a spreadsheet (e-mail, login or exact display name) to site users, a few values
 * per request, each distinct value once. A value matching nobody, or a display name shared by several users,
 * resolves to undefined (the row then says so).
 */
export async function resolveSiteUsers(sp: SPFI, texts: readonly string[]): Promise<Map<string, PersonRef | undefined>> {
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
      resolved.set(key, match ? { id: match.Id, title: match.Title, email: match.Email || undefined, loginName: match.LoginName } : undefined);
    }
  }
  return resolved;
}
