import type { SharingPermission } from '../../core/labels';

interface IdentityLike {
  readonly email?: unknown;
  readonly loginName?: unknown;
  readonly userPrincipalName?: unknown;
}

function grantee(identity: unknown): { email?: string; loginName?: string } | undefined {
  const i = identity as IdentityLike | undefined;
  if (i === undefined || i === null) return undefined;
  const email = typeof i.email === 'string' ? i.email : typeof i.userPrincipalName === 'string' ? i.userPrincipalName : undefined;
  const loginName = typeof i.loginName === 'string' ? i.loginName : undefined;
  return email === undefined && loginName === undefined ? undefined : { email, loginName };
}

/**
 * Graph `permission` resources (of `/drives/{d}/items/{i}/permissions`) reduced to what the access flags need:
 * the link scope, and who it is granted to (`grantedToV2`, `grantedToIdentitiesV2`, invitations).
 */
export function toSharingPermissions(value: readonly unknown[]): SharingPermission[] {
  return value.map((raw) => {
    const p = raw as { link?: { scope?: unknown }; grantedToV2?: Record<string, unknown>; grantedToIdentitiesV2?: Record<string, unknown>[]; invitation?: { email?: unknown } };
    const identities = [p.grantedToV2, ...(p.grantedToIdentitiesV2 ?? [])].flatMap((set) => (set === undefined || set === null ? [] : [set.siteUser ?? set.user]));
    const grantees = identities.map(grantee).filter((g): g is { email?: string; loginName?: string } => g !== undefined);
    if (typeof p.invitation?.email === 'string') grantees.push({ email: p.invitation.email });
    return { linkScope: typeof p.link?.scope === 'string' ? p.link.scope : undefined, grantees };
  });
}
