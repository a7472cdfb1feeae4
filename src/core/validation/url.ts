/**
 * URL safety for Hyperlink fields and anything the UI renders as a link. Only absolute http(s) URLs pass: a stored
 * `javascript:` or `data:` link would run script in every reader's browser when clicked.
 */

/** Schemes that execute or embed content when a link is followed; reported as `unsafeUrl`, not just invalid. */
// eslint-disable-next-line no-script-url -- the scheme is listed in order to refuse it
const DANGEROUS_SCHEMES = ['javascript:', 'data:', 'vbscript:'] as const;

/**
 * ASCII control characters and any whitespace. Browsers strip tabs and newlines inside URLs and leading spaces, so
 * `java\tscript:` or ` javascript:` would run as `javascript:`; a valid absolute URL never contains them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_SPACE_ALL = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/**
 * scheme, then an authority without userinfo (a `@` in the authority is how `https://trusted.org@evil.example`
 * disguises its real host), a host name or bracketed IPv6 address, an optional port, then path/query/fragment.
 * Backslashes are refused because browsers read them as slashes in http(s) URLs, and so is every character of
 * `CONTROL_OR_SPACE_ALL` anywhere: one pass of one expression (the Data Health Score checks every asset's location, and
 * two passes cost twice as much at 100,000 assets).
 */
// eslint-disable-next-line no-control-regex -- excluding control characters is the point
const HTTP_URL = /^https?:\/\/(?:\[[0-9a-f:.]+\]|[^\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff/?#\\@:[\]]+)(?::\d{1,5})?(?:[/?#][^\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff\\]*)?$/i;

/** True when `value` is an absolute http: or https: URL with a host, and nothing a browser could reinterpret. */
export function isSafeHttpUrl(value: string): boolean {
  if (typeof value !== 'string' || !HTTP_URL.test(value)) {
    return false;
  }
  // No colon after the scheme means no port to check (most links): skip the second pattern.
  if (value.indexOf(':', 7) < 0) {
    return true;
  }
  const port = /^https?:\/\/[^/?#]*:(\d+)/i.exec(value);
  return port === null || Number(port[1]) <= 65535;
}

/**
 * True when `value` would run or embed content if used as a link, even after the whitespace and control characters
 * browsers ignore are removed (so ` JavaScript:`, `java\tscript:` and `\u0000data:` all count).
 */
export function isDangerousUrl(value: string): boolean {
  if (typeof value !== 'string') {
    return false;
  }
  const squeezed = value.replace(CONTROL_OR_SPACE_ALL, '').toLowerCase();
  return DANGEROUS_SCHEMES.some((scheme) => squeezed.startsWith(scheme));
}
