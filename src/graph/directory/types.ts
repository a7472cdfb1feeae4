/**
 * What the access reviews read from the directory through Microsoft Graph (issue 16): groups with their owners and
 * members, enterprise apps with their app role assignments, directory roles with their members, managers, and users
 * by e-mail. One implementation (`GraphDirectoryReader`) serves production and the workbench; tests may pass fakes.
 */
import type { PrincipalType } from '../../core/models/accessReview';

/** A user, guest, service principal or group as a review shows it. */
export interface DirectoryPrincipal {
  /** Directory object id. */
  readonly id: string;
  readonly displayName: string;
  /** E-mail (or, lacking one, the user principal name): how a principal is matched to a SharePoint reviewer. */
  readonly email?: string;
  readonly type: PrincipalType;
  readonly accountEnabled?: boolean;
  /** Last interactive sign-in (ISO), where Graph gives it (`signInActivity`, needs AuditLog.Read.All). */
  readonly lastSignIn?: string;
  readonly department?: string;
  /** The user's region as the directory records it (`officeLocation` in the demo tenant), for per-region figures. */
  readonly region?: string;
  /** Guests only: number of sponsors (`/users/{id}/sponsors`); 0 is a guest nobody vouches for. */
  readonly sponsorCount?: number;
  /** The user is gone from the directory or has a leave date in the past (`employeeLeaveDateTime`). */
  readonly leftOrganisation?: boolean;
}

/** A Microsoft 365 group (or Team) and the SharePoint site behind it. */
export interface DirectoryGroup {
  readonly id: string;
  readonly displayName: string;
  readonly mail?: string;
  readonly isTeam: boolean;
  /** The group's SharePoint site URL (`/groups/{id}/sites/root` webUrl), when it has one. */
  readonly siteUrl?: string;
  /** Sensitivity label ids assigned to the group (`assignedLabels`). */
  readonly labelIds: readonly string[];
}

/** A group with who owns it and who is in it. */
export interface GroupAccess {
  readonly group: DirectoryGroup;
  readonly owners: readonly DirectoryPrincipal[];
  readonly members: readonly DirectoryPrincipal[];
}

export interface AppRole {
  readonly id: string;
  readonly displayName: string;
}

/** An enterprise app (service principal) and its roles. */
export interface DirectoryApp {
  readonly id: string;
  readonly displayName: string;
  readonly appRoles: readonly AppRole[];
}

/** Who holds which role of an app (`/servicePrincipals/{id}/appRoleAssignedTo`). */
export interface AppAccess {
  readonly app: DirectoryApp;
  readonly assignments: readonly { readonly principal: DirectoryPrincipal; readonly role: AppRole }[];
}

export interface DirectoryRole {
  readonly id: string;
  readonly displayName: string;
}

export interface RoleAccess {
  readonly role: DirectoryRole;
  readonly members: readonly DirectoryPrincipal[];
}

/** Progress of a long read: `done` of `total` resources read so far. */
export type ReadProgress = (done: number, total: number) => void;

/** Directory reads for access reviews. Every method rejects with a `GovernanceError`; 429/503 are retried. */
export interface IDirectoryReader {
  /** Microsoft 365 groups, by display-name prefix when `search` is given (all otherwise). */
  listGroups(search?: string): Promise<DirectoryGroup[]>;
  /** Owners and members (guests included) of each group, in `$batch`es. Unknown ids are skipped. */
  groupAccess(groupIds: readonly string[], onProgress?: ReadProgress): Promise<GroupAccess[]>;
  listApps(): Promise<DirectoryApp[]>;
  appAccess(appIds: readonly string[], onProgress?: ReadProgress): Promise<AppAccess[]>;
  listDirectoryRoles(): Promise<DirectoryRole[]>;
  roleAccess(roleIds: readonly string[], onProgress?: ReadProgress): Promise<RoleAccess[]>;
  /** Each user's manager (undefined where none is recorded), in `$batch`es. */
  managers(userIds: readonly string[]): Promise<Map<string, DirectoryPrincipal | undefined>>;
  /** Users by e-mail or user principal name (case-insensitive keys); a key absent from the map is unknown. */
  usersByEmail(emails: readonly string[]): Promise<Map<string, DirectoryPrincipal>>;
}
