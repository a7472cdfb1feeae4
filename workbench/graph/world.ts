/**
 * The emulated tenant's content, derived deterministically from URLs (no storage): every SharePoint site has a
 * default drive, most are group-connected with a container label, every file URL resolves to a drive item with a
 * label (some encrypted: 423), and items carry sharing permissions (some anyone-links, organisation links,
 * guests). What a location's label is depends on a hash of its URL and on the declared sensitivity of the record
 * pointing at it (a hint read from the seeded records), so the demo shows a realistic mix: about 55% aligned,
 * 20% under-labelled, 12% over-labelled, 13% not checkable. Tests pin exact outcomes with defineFile/defineSite.
 */
import { DEFAULT_SENSITIVITY_LEVELS } from '../../src/core/models/dataAsset';
import { resolveLocation, type ResolvedLocation } from '../../src/core/labels';
import { LABEL_CATALOGUE, labelsOfRank } from './catalogue';
import { guidFrom, hash32, percentOf } from './hash';

/** Sharing a test can pin on a file or library. */
export interface SharingSpec {
  readonly anyone?: boolean;
  readonly organization?: boolean;
  readonly guest?: boolean;
}

/** A file's pinned state: a label id, null for no label; encrypted answers 423, forbidden 403. */
export interface FileSpec {
  // eslint-disable-next-line @rushstack/no-new-null -- null pins "no label", undefined leaves it to the hash
  readonly labelId?: string | null;
  readonly encrypted?: boolean;
  readonly forbidden?: boolean;
  readonly sharing?: SharingSpec;
}

/** A site's pinned state: group-connected with a container label (null: group without label), or not. */
export interface SiteSpec {
  readonly groupConnected: boolean;
  // eslint-disable-next-line @rushstack/no-new-null -- null pins "no label", undefined leaves it to the hash
  readonly labelId?: string | null;
  readonly sharing?: SharingSpec;
}

/** Looks up the declared sensitivity of the record at a URL, or of the first record on a site (`site:` keys). */
export type DeclaredHint = (key: string) => string | undefined;

interface DriveItem {
  readonly id: string;
  readonly driveId: string;
  readonly name: string;
  readonly webUrl: string;
  readonly siteKey: string;
  readonly folder: boolean;
}

interface Group {
  readonly id: string;
  readonly displayName: string;
  // eslint-disable-next-line @rushstack/no-new-null -- null pins "no label", undefined leaves it to the hash
  readonly labelId: string | null;
}

const TAXONOMY = DEFAULT_SENSITIVITY_LEVELS as readonly string[];

/** Where a location's label lands relative to its declared level. */
function plannedRank(key: string, declared: string | undefined): { blocked: boolean; rank: number; unlabelled: boolean } {
  const roll = percentOf(`drift:${key}`);
  const declaredRank = declared !== undefined && TAXONOMY.includes(declared) ? TAXONOMY.indexOf(declared) : hash32(`rank:${key}`) % 4;
  if (roll >= 87) return { blocked: true, rank: declaredRank, unlabelled: false };
  if (roll < 55) return { blocked: false, rank: declaredRank, unlabelled: false };
  if (roll < 75) {
    // Under-labelled: a label below the declared level, or none at all.
    return { blocked: false, rank: Math.max(declaredRank - 1, 0), unlabelled: declaredRank > 0 && percentOf(`none:${key}`) < 30 };
  }
  return { blocked: false, rank: Math.min(declaredRank + 1, 3), unlabelled: false };
}

function labelFor(key: string, rank: number): string {
  const candidates = labelsOfRank(rank);
  return candidates[hash32(`label:${key}`) % candidates.length].id;
}

function defaultSharing(key: string): SharingSpec {
  return { anyone: percentOf(`anyone:${key}`) < 12, organization: percentOf(`org:${key}`) < 20, guest: percentOf(`guest:${key}`) < 12 };
}

export class GraphWorld {
  private readonly files = new Map<string, FileSpec>();
  private readonly sites = new Map<string, SiteSpec>();
  private readonly items = new Map<string, DriveItem>();
  private readonly groups = new Map<string, Group>();

  public constructor(private readonly hint: DeclaredHint = () => undefined) {}

  /** Pins a file's (or a library folder's) label, encryption and sharing. */
  public defineFile(url: string, spec: FileSpec): void {
    this.files.set(normalise(url), spec);
  }

  /** Pins a site's group connection and container label; `siteUrl` is the site's URL (e.g. .../sites/x). */
  public defineSite(siteUrl: string, spec: SiteSpec): void {
    const location = resolveLocation(siteUrl);
    this.sites.set(siteKey(location), spec);
  }

  /** `/shares/{u!...}/driveItem`: a SharePoint or OneDrive file or folder; undefined for anything else. */
  public driveItemFor(url: string): DriveItem | undefined {
    const location = resolveLocation(url);
    if (location.kind !== 'file' && location.kind !== 'library' && location.kind !== 'sitePage') return undefined;
    const key = normalise(url);
    const site = siteKey(location);
    const segments = new URL(url).pathname.split('/').filter((s) => s !== '');
    const item: DriveItem = {
      id: `01${hash32(`item:${key}`).toString(36).toUpperCase().padStart(8, '0')}`, driveId: this.driveIdOf(site), name: decodeURIComponent(segments[segments.length - 1] ?? 'root'),
      webUrl: url, siteKey: site, folder: location.kind === 'library'
    };
    this.items.set(`${item.driveId}/${item.id}`, item);
    return item;
  }

  /** `/sites/{host}:/{path}:/drive`: the site's default drive, owned by its group when group-connected. */
  public siteDrive(host: string, sitePath: string): { id: string; group?: Group } {
    const site = `${host.toLowerCase()}${sitePath.toLowerCase()}`;
    const spec = this.siteSpec(site);
    return { id: this.driveIdOf(site), group: spec.groupConnected ? this.groupOfSite(site, spec) : undefined };
  }

  /** `/groups/{id}`: groups of group-connected sites, and any team a Teams link names (label by hash). */
  public group(id: string): Group | undefined {
    const known = this.groups.get(id.toLowerCase());
    if (known !== undefined) return known;
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) || id.startsWith('00000000')) return undefined;
    const plan = plannedRank(`group:${id.toLowerCase()}`, this.hint(`group:${id.toLowerCase()}`));
    const group = { id: id.toLowerCase(), displayName: `Team ${id.slice(0, 8)}`, labelId: labelFor(id, plan.rank) };
    this.groups.set(group.id, group);
    return group;
  }

  /** `extractSensitivityLabels`: the label ids, or the status that stops it (423 encrypted, 403, 404). */
  public extract(driveId: string, itemId: string): { status: 200; labelIds: string[] } | { status: 403 | 404 | 423 } {
    const item = this.items.get(`${driveId}/${itemId}`);
    if (item === undefined || item.folder) return { status: 404 };
    const spec = this.fileSpec(item.webUrl);
    if (spec.forbidden === true) return { status: 403 };
    if (spec.encrypted === true) return { status: 423 };
    return { status: 200, labelIds: spec.labelId === null || spec.labelId === undefined ? [] : [spec.labelId] };
  }

  /** The item's sharing, or undefined when the item is unknown. */
  public sharing(driveId: string, itemId: string): { item: DriveItem; sharing: SharingSpec } | undefined {
    const item = this.items.get(`${driveId}/${itemId}`);
    if (item === undefined) return undefined;
    const pinned = item.folder ? this.sites.get(item.siteKey)?.sharing ?? this.files.get(normalise(item.webUrl))?.sharing : this.files.get(normalise(item.webUrl))?.sharing;
    return { item, sharing: pinned ?? defaultSharing(normalise(item.webUrl)) };
  }

  public get labels(): typeof LABEL_CATALOGUE {
    return LABEL_CATALOGUE;
  }

  private driveIdOf(site: string): string {
    return `b!${hash32(`drive:${site}`).toString(36)}${hash32(`drive2:${site}`).toString(36)}`;
  }

  private fileSpec(url: string): FileSpec {
    const key = normalise(url);
    const pinned = this.files.get(key);
    if (pinned !== undefined) return pinned;
    const plan = plannedRank(key, this.hint(key));
    return { encrypted: plan.blocked, labelId: plan.unlabelled ? null : labelFor(key, plan.rank) };
  }

  private siteSpec(site: string): SiteSpec {
    const pinned = this.sites.get(site);
    if (pinned !== undefined) return pinned;
    const plan = plannedRank(`site:${site}`, this.hint(`site:${site}`));
    return { groupConnected: !plan.blocked, labelId: plan.unlabelled ? null : labelFor(site, plan.rank) };
  }

  private groupOfSite(site: string, spec: SiteSpec): Group {
    const id = guidFrom(`group:${site}`);
    const existing = this.groups.get(id);
    if (existing !== undefined) return existing;
    const name = site.split('/').pop() ?? site;
    const group = { id, displayName: name.replace(/-/g, ' '), labelId: spec.labelId ?? null };
    this.groups.set(id, group);
    return group;
  }
}

/** The key a site is known by: host + server-relative site path, lower case. */
export function siteKey(location: ResolvedLocation): string {
  return `${(location.host ?? '').toLowerCase()}${(location.sitePath ?? '/').toLowerCase()}`;
}

/** URLs compare without fragment, lower case (SharePoint paths are case-insensitive). */
export function normalise(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return decodeURI(parsed.toString()).toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}
