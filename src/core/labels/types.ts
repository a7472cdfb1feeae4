/**
 * Shapes of the Purview label check (DESIGN section 8): where a record's label can be read, how a label maps onto
 * the declared-sensitivity taxonomy, and what the comparison says. Pure data: src/graph fills them from Graph.
 */

/** What a record's LocationUrl points at, as far as reading a sensitivity label goes. */
export type LocationKind =
  /** A file in a SharePoint library or a OneDrive (its own label: `extractSensitivityLabels`). */
  | 'file'
  /** A document library or a folder in one (the site's container label; sharing readable on the folder). */
  | 'library'
  /** A modern page under SitePages (pages carry the site's container label). */
  | 'sitePage'
  /** A site root, a list, or another page of a site (the site's container label). */
  | 'site'
  /** A Teams link naming its group (the team's container label). */
  | 'team'
  /** Anything that has no label to read. */
  | 'notCheckable';

/** Why a record's label could not be read; stable codes the UI localises. */
export type NotCheckableReason =
  | 'noLocation'
  | 'invalidUrl'
  | 'notMicrosoft365'
  | 'oneDriveFolder'
  | 'teamsLinkWithoutGroup'
  | 'siteNotGroupConnected'
  | 'encrypted'
  | 'accessDenied'
  | 'notFound'
  | 'throttled'
  | 'unmappedLabel'
  /** The location was read, but the record declares no level to compare with. */
  | 'notDeclared'
  | 'failed';

/** Where and how to read one location's label. */
export interface ResolvedLocation {
  readonly kind: LocationKind;
  /** The URL itself, normalised (what Graph's `/shares` endpoint receives for files). */
  readonly url?: string;
  /** SharePoint host name, e.g. `contoso.sharepoint.com`. */
  readonly host?: string;
  /** Server-relative path of the site: `/sites/x`, `/teams/x` or `/` for the root site. */
  readonly sitePath?: string;
  /** Teams links: the group (team) id. */
  readonly groupId?: string;
  /** Whether sharing permissions can be read (files and libraries). */
  readonly accessCheckable: boolean;
  readonly reason?: NotCheckableReason;
}

/** A label of the tenant's catalogue, as the suite needs it. */
export interface CatalogueLabel {
  readonly id: string;
  readonly name: string;
  /** Purview priority: higher means more sensitive. */
  readonly priority: number;
  /** `#RRGGBB` when the tenant configured one. */
  readonly color?: string;
  /** Sub-labels: the parent label's id. */
  readonly parentId?: string;
  readonly description?: string;
}

/**
 * A GovernanceSettings mapping from Purview labels (by id or name, case-insensitive) to levels of the declared
 * taxonomy. Anything not mapped falls back to a name match, then to the catalogue's priority order.
 */
export type LabelMapping = Readonly<Record<string, string>>;

/** How a record's Purview label compares with its declared sensitivity. */
export type LabelDrift = 'aligned' | 'underLabelled' | 'overLabelled' | 'notCheckable';
/** Every drift state, the stored LabelDrift column's choices. */
export const LABEL_DRIFTS: readonly LabelDrift[] = ['aligned', 'underLabelled', 'overLabelled', 'notCheckable'];

/** Sharing facts of one location. */
export type AccessFlag = 'anonymousLink' | 'organizationLink' | 'guestAccess';
/** Every access flag, the stored AccessFlags column's choices. */
export const ACCESS_FLAGS: readonly AccessFlag[] = ['anonymousLink', 'organizationLink', 'guestAccess'];

/** One sharing permission, reduced to what the access flags need (src/graph maps Graph's permission resource). */
export interface SharingPermission {
  /** Sharing links only: `anonymous` (anyone with the link), `organization`, `users`, ... */
  readonly linkScope?: string;
  /** People the permission is granted to. */
  readonly grantees: readonly { readonly email?: string; readonly loginName?: string }[];
}
