/**
 * Reviewers are site users (their decisions' Author is a site user), while the directory names people by e-mail.
 * This turns e-mails into site users once per e-mail: production passes `resolveSiteUsers` (site users by e-mail,
 * then SharePoint's ensureUser for people not yet on the site), tests may pass a map.
 */
import type { PersonRef } from '../../core/models/common';

/** Resolves e-mails to site users; keys of the result are the trimmed, lower-cased e-mails (unknown: undefined). */
export type ResolveSiteUsers = (emails: readonly string[]) => Promise<Map<string, PersonRef | undefined>>;

/** A resolver that asks for each e-mail at most once during its life (one snapshot, one service). */
export class SiteUserCache {
  private readonly known = new Map<string, PersonRef | undefined>();

  public constructor(private readonly resolve: ResolveSiteUsers) {}

  /** Resolves every e-mail not asked before in one call (the resolver batches them: about 8 per request). */
  public async load(emails: readonly (string | undefined)[]): Promise<void> {
    const missing = Array.from(new Set(emails.map((e) => (e ?? '').trim().toLowerCase()).filter((e) => e !== '' && !this.known.has(e))));
    if (missing.length === 0) return;
    const found = await this.resolve(missing);
    for (const email of missing) this.known.set(email, found.get(email));
  }

  /** The site user of an e-mail already loaded (undefined when unknown or not loaded). */
  public get(email: string | undefined): PersonRef | undefined {
    return email ? this.known.get(email.trim().toLowerCase()) : undefined;
  }
}
