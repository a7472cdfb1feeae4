import type { ResolvedLocation } from './types';

/** Microsoft 365 hosts whose URLs Graph can resolve (commercial cloud). */
const SHAREPOINT_HOST = /^[a-z0-9-]+\.sharepoint\.com$/i;
const ONEDRIVE_HOST = /^[a-z0-9-]+-my\.sharepoint\.com$/i;
const TEAMS_HOST = /^teams\.microsoft\.com$/i;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A file name ends in an extension; `.aspx` is a page, not a file with a label of its own. */
const FILE_NAME = /\.[a-z0-9]{1,8}$/i;
/** SharePoint sharing links: `/:x:/r/sites/...`, `/:w:/s/site/...`. */
const SHARING_LINK = /^:[a-z]:$/i;

const notCheckable = (reason: ResolvedLocation['reason'], url?: string): ResolvedLocation => ({ kind: 'notCheckable', reason, url, accessCheckable: false });

function segmentsOf(pathname: string): string[] {
  return pathname.split('/').filter((s) => s.length > 0).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
}

function isFileName(segment: string | undefined): boolean {
  return segment !== undefined && FILE_NAME.test(segment) && !/\.aspx$/i.test(segment);
}

/**
 * Decides how a record's label is read from its LocationUrl: a SharePoint or OneDrive file (its own label), a
 * library, page or site (the site's container label), a Teams link with its group id, or "not checkable" with the
 * reason (no URL, not Microsoft 365, a OneDrive folder, a Teams link without group).
 */
export function resolveLocation(value: string | undefined): ResolvedLocation {
  if (value === undefined || value.trim() === '') return notCheckable('noLocation');
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return notCheckable('invalidUrl');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return notCheckable('invalidUrl');
  const host = url.hostname.toLowerCase();
  const href = url.toString();
  if (TEAMS_HOST.test(host)) {
    const groupId = url.searchParams.get('groupId') ?? '';
    return GUID.test(groupId) ? { kind: 'team', url: href, groupId: groupId.toLowerCase(), accessCheckable: false } : notCheckable('teamsLinkWithoutGroup', href);
  }
  if (!SHAREPOINT_HOST.test(host) || url.protocol !== 'https:') return notCheckable('notMicrosoft365', href);
  const segments = segmentsOf(url.pathname);
  if (ONEDRIVE_HOST.test(host)) {
    // A OneDrive has no container label: only its files carry one.
    return isFileName(segments[segments.length - 1]) || SHARING_LINK.test(segments[0] ?? '')
      ? { kind: 'file', url: href, host, accessCheckable: true }
      : notCheckable('oneDriveFolder', href);
  }
  if (SHARING_LINK.test(segments[0] ?? '')) return { kind: 'file', url: href, host, accessCheckable: true };
  const managed = segments.length >= 2 && /^(sites|teams)$/i.test(segments[0]);
  const sitePath = managed ? `/${segments[0].toLowerCase()}/${segments[1]}` : '/';
  const rest = managed ? segments.slice(2) : segments;
  const base = { url: href, host, sitePath };
  if (rest.length === 0) return { ...base, kind: 'site', accessCheckable: false };
  const first = rest[0].toLowerCase();
  // Office's viewer (`_layouts/15/Doc.aspx?sourcedoc=...`) opens one file.
  if (first === '_layouts') return /\/doc\d?\.aspx$/i.test(url.pathname) && url.searchParams.has('sourcedoc') ? { ...base, kind: 'file', accessCheckable: true } : { ...base, kind: 'site', accessCheckable: false };
  if (first === 'sitepages') return { ...base, kind: 'sitePage', accessCheckable: false };
  if (first === 'lists') return { ...base, kind: 'site', accessCheckable: false };
  if (isFileName(rest[rest.length - 1])) return { ...base, kind: 'file', accessCheckable: true };
  if (rest.length === 1 && /\.aspx$/i.test(rest[0])) return { ...base, kind: 'site', accessCheckable: false };
  return { ...base, kind: 'library', accessCheckable: true };
}
