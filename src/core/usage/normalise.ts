/**
 * Normalising app names and web domains so that exports and the registry meet: case, accents, punctuation and
 * spacing never decide a match, and a subdomain belongs to its registered domain.
 */

/** Lower case, accents and punctuation removed, spaces collapsed: "ChatGPT (OpenAI)" -> "chatgpt openai". */
export function normaliseAppName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The same name with spaces removed too, so "Chat GPT" and "ChatGPT" meet. */
export function compactAppName(text: string): string {
  return normaliseAppName(text).replace(/ /g, '');
}

/**
 * A domain from a domain or URL: scheme, credentials, port, path, query, a leading "www." and a trailing dot removed,
 * lower case. Undefined when nothing domain-like is left (no dot, spaces, invalid characters).
 */
export function normaliseDomain(text: string): string | undefined {
  let host = text.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.replace(/^[^@/]*@/, '');
  host = host.split(/[/?#]/)[0];
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  host = host.replace(/^\*\./, '').replace(/^www\d?\./, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return undefined;
  return host;
}

/** True when `observed` is `registered` or one of its subdomains ("eu.chat.example.com" under "example.com"). */
export function domainBelongsTo(observed: string, registered: string): boolean {
  return observed === registered || observed.endsWith(`.${registered}`);
}

/** True when the text is a domain rather than a name (a generic export's "app or domain" column). */
export function looksLikeDomain(text: string): boolean {
  return !/\s/.test(text.trim()) && normaliseDomain(text) !== undefined && /\.[a-z]{2,}$/i.test(text.trim().split(/[/?#]/)[0]);
}

/** Splits a multi-line registry field (domains, aliases): one value a line, commas and semicolons also separate. */
export function splitLines(text: string | undefined): string[] {
  return (text ?? '').split(/[\n\r;,]+/).map((v) => v.trim()).filter((v) => v.length > 0);
}

/**
 * The app's stable key across periods and imports (the triage record's key): its normalised name, or its domain when
 * the export gives no name.
 */
export function usageAppKey(name: string | undefined, domain: string | undefined): string {
  const compact = compactAppName(name ?? '');
  if (compact !== '') return `app:${compact}`;
  const host = normaliseDomain(domain ?? '');
  return host !== undefined ? `domain:${host}` : '';
}
