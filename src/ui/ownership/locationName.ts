/** What a location's address is, so the queue can name it in a few words instead of a raw URL. */
export type LocationName =
  | { readonly kind: 'sharepoint'; readonly parts: readonly string[] }
  | { readonly kind: 'onedrive'; readonly parts: readonly string[] }
  | { readonly kind: 'teams' }
  | { readonly kind: 'web'; readonly parts: readonly string[] };

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed escape is shown as typed
  }
}

/**
 * The short name of a record's location: the site and library (and file) of a SharePoint address, the file of a
 * OneDrive address, "a Teams team", or the host and first folder of any other web address. Undefined when the text
 * is not a URL at all. Pure: the caller formats the parts and keeps the full address in a tooltip.
 */
export function locationName(url: string): LocationName | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  const segments = parsed.pathname.split('/').filter((s) => s.length > 0).map(decode);
  if (host === 'teams.microsoft.com') return { kind: 'teams' };
  if (host.endsWith('-my.sharepoint.com') || segments[0] === 'personal') {
    const file = segments.length > 2 ? segments[segments.length - 1] : undefined;
    return { kind: 'onedrive', parts: file ? [file] : [] };
  }
  if (host.endsWith('.sharepoint.com') && (segments[0] === 'sites' || segments[0] === 'teams') && segments.length > 1) {
    const [, site, library, ...rest] = segments;
    const parts = [site];
    if (library) parts.push(library);
    if (rest.length > 0) parts.push(rest[rest.length - 1]);
    return { kind: 'sharepoint', parts };
  }
  return { kind: 'web', parts: [host, ...segments.slice(0, 1)] };
}
