/** Parts shared by the in-memory Governance roles services of the view tests. */

/** A method the view under test must not call: failing loudly shows an unexpected request. */
export function unused(view: string, name: string): never {
  throw new Error(`${view} should not call ${name}`);
}

/** The ETag SharePoint gives an item's next version ("3" after "2"). */
export function nextEtag(etag: string): string {
  return `"${Number(etag.replace(/"/g, '')) + 1}"`;
}
