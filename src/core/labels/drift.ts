import { ACCESS_FLAGS, type AccessFlag, type LabelDrift, type SharingPermission } from './types';

/**
 * Compares a record's Purview label with its declared sensitivity. `labelRank` is the label's rank in `taxonomy`
 * (0 when the location is checkable but carries no label: no label protects nothing), undefined when it could not
 * be read or mapped. A record with no declared level (or one outside the taxonomy) has nothing to compare with.
 */
export function labelDrift(declared: string | undefined, labelRank: number | undefined, taxonomy: readonly string[]): LabelDrift {
  const declaredRank = declared === undefined ? -1 : taxonomy.indexOf(declared);
  if (labelRank === undefined || declaredRank < 0) return 'notCheckable';
  if (labelRank < declaredRank) return 'underLabelled';
  if (labelRank > declaredRank) return 'overLabelled';
  return 'aligned';
}

/** What the sharing of one location adds up to. */
export interface SharingSummary {
  readonly anonymousLinks: number;
  readonly organizationLinks: number;
  readonly guests: number;
}

/** Guests show as `#ext#` logins, or as addresses outside the tenant's domains when the domains are known. */
function isGuest(grantee: { readonly email?: string; readonly loginName?: string }, tenantDomains: readonly string[]): boolean {
  if ((grantee.loginName ?? '').toLowerCase().includes('#ext#') || (grantee.email ?? '').toLowerCase().includes('#ext#')) return true;
  const email = (grantee.email ?? '').toLowerCase();
  const at = email.lastIndexOf('@');
  if (at < 0 || tenantDomains.length === 0) return false;
  const domain = email.slice(at + 1);
  return !tenantDomains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`));
}

/** Counts anyone-links, organisation-wide links and distinct guests among a location's permissions. */
export function summariseSharing(permissions: readonly SharingPermission[], tenantDomains: readonly string[] = []): SharingSummary {
  const guests = new Set<string>();
  let anonymousLinks = 0;
  let organizationLinks = 0;
  for (const permission of permissions) {
    const scope = (permission.linkScope ?? '').toLowerCase();
    if (scope === 'anonymous') anonymousLinks++;
    if (scope === 'organization') organizationLinks++;
    for (const grantee of permission.grantees) {
      if (isGuest(grantee, tenantDomains)) guests.add((grantee.email ?? grantee.loginName ?? '').toLowerCase());
    }
  }
  return { anonymousLinks, organizationLinks, guests: guests.size };
}

/** The level from which oversharing is flagged (DESIGN: records declared Confidential or above). */
export const ACCESS_FLAG_MINIMUM_LEVEL = 'Confidential';

/**
 * Access flags of a record: anyone-links, organisation-wide links and guests, raised only for records declared at
 * `minimumLevel` or above (when the taxonomy has no such level, its upper half counts).
 */
export function accessFlags(summary: SharingSummary, declared: string | undefined, taxonomy: readonly string[], minimumLevel = ACCESS_FLAG_MINIMUM_LEVEL): AccessFlag[] {
  const declaredRank = declared === undefined ? -1 : taxonomy.indexOf(declared);
  const named = taxonomy.findIndex((l) => l.toLowerCase() === minimumLevel.toLowerCase());
  const threshold = named >= 0 ? named : Math.floor(taxonomy.length / 2);
  if (declaredRank < 0 || declaredRank < threshold) return [];
  const flags: AccessFlag[] = [];
  if (summary.anonymousLinks > 0) flags.push('anonymousLink');
  if (summary.organizationLinks > 0) flags.push('organizationLink');
  if (summary.guests > 0) flags.push('guestAccess');
  return flags;
}

/** Every kind of sharing found on a location, whatever the record's level (what the record stores). */
export function sharingFound(summary: SharingSummary): AccessFlag[] {
  return ACCESS_FLAGS.filter((flag) => (flag === 'anonymousLink' ? summary.anonymousLinks : flag === 'organizationLink' ? summary.organizationLinks : summary.guests) > 0);
}

/** Whether sharing found on a record counts against it: any of it, on a record declared at `minimumLevel` or above. */
export function isOvershared(found: readonly AccessFlag[] | undefined, declared: string | undefined, taxonomy: readonly string[], minimumLevel = ACCESS_FLAG_MINIMUM_LEVEL): boolean {
  if (found === undefined || found.length === 0) return false;
  const summary = { anonymousLinks: found.includes('anonymousLink') ? 1 : 0, organizationLinks: found.includes('organizationLink') ? 1 : 0, guests: found.includes('guestAccess') ? 1 : 0 };
  return accessFlags(summary, declared, taxonomy, minimumLevel).length > 0;
}
