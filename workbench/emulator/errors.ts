/**
 * SharePoint's error shapes. Every failure the emulator reports is an {@link SpError}, rendered as
 * `{"odata.error":{"code":"<n>, <Type>","message":{"lang":"en-US","value":"..."}}}` so client error normalisers
 * are exercised against the same JSON they meet in a tenant.
 */
export class SpError extends Error {
  /**
   * @param status HTTP status to answer with.
   * @param code SharePoint's code string, e.g. `-2130575322, System.ArgumentException`.
   * @param message The human-readable `message.value`.
   * @param headers Extra response headers (e.g. Retry-After).
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {}
  ) {
    super(message);
    this.name = 'SpError';
  }

  /** The JSON body SharePoint sends for this error (minimal / no metadata flavour). */
  toJson(): unknown {
    return { 'odata.error': { code: this.code, message: { lang: 'en-US', value: this.message } } };
  }
}

const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const ARGUMENT = 'System.ArgumentException';

/** 400: a malformed $filter/$select/body, the code SharePoint uses for client query errors. */
export const invalidQuery = (message: string): SpError => new SpError(400, INVALID_QUERY, message);

/** 400 with the generic SPException code (used by SharePoint for field and schema validation). */
export const badRequest = (message: string): SpError => new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', message);

/** 400: a property named in $select/$filter/$orderby that the list does not have. */
export const unknownField = (name: string): SpError =>
  new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`);

/** 404 for a list title or id that does not exist. */
export const listNotFound = (title: string, siteUrl: string): SpError =>
  new SpError(404, `-2130575322, ${ARGUMENT}`, `List '${title}' does not exist at site with URL '${siteUrl}'.`);

/** 404 for a missing list item. */
export const itemNotFound = (): SpError =>
  new SpError(404, `-2130575338, ${ARGUMENT}`, 'Item does not exist. It may have been deleted by another user.');

/** 404 for a missing field. */
export const fieldNotFound = (name: string): SpError =>
  new SpError(404, `-2147024809, ${ARGUMENT}`, `Column '${name}' does not exist. It may have been deleted by another user.`);

/** 412 when If-Match does not match the stored version. */
export const etagMismatch = (sent: string, current: string): SpError =>
  new SpError(412, '-2130575305, Microsoft.SharePoint.SPException', `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`);

/** 403 for item-level security and other permission denials. */
export const accessDenied = (): SpError =>
  new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');

/** 403 for a write without X-RequestDigest. */
export const digestInvalid = (): SpError =>
  new SpError(403, '-2130575252, Microsoft.SharePoint.SPException',
    'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.');

/** 401 for an identity the emulator does not know. */
export const unauthorized = (login: string): SpError =>
  new SpError(401, '-2147024891, System.UnauthorizedAccessException', `Access denied. The user '${login}' is not known to this site.`);

/** 401 for a request that names no user: SharePoint's answer to an anonymous call on a site without anonymous access. */
export const anonymous = (): SpError =>
  new SpError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');

/** 404 for a route the emulator does not implement. */
export const routeNotFound = (path: string): SpError =>
  new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${path}.`);

/** 500 SPQueryThrottledException (list view threshold). */
export const throttled = (): SpError =>
  new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.');

/** 405-style error for a method a resource does not support (SharePoint answers 400/405 depending on route). */
export const methodNotAllowed = (method: string, path: string): SpError =>
  new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The HTTP method '${method}' is not supported for ${path}.`);
