/**
 * Matching observed apps to the AI Registry: first by web domain (an observed domain, or a subdomain of it, registered
 * on a system), then by name (the system's title or one of its aliases), both normalised.
 */
import type { AIApprovalStatus, AIRiskTier } from '../models/aiSystem';
import { compactAppName, domainBelongsTo, looksLikeDomain, normaliseDomain, splitLines } from './normalise';

/** A registered system as matching and the findings need it. */
export interface RegistryEntry {
  readonly id: number;
  readonly title: string;
  readonly vendor?: string;
  readonly approvalStatus: AIApprovalStatus;
  readonly riskTier?: AIRiskTier;
  /** Whether a counting verification covers the current classification. */
  readonly verified: boolean;
  readonly domains: readonly string[];
  /** Compact names: the title and the aliases. */
  readonly names: readonly string[];
}

/** What a registry record contributes to matching (the AISystems fields). */
export interface RegistrySource {
  readonly id: number;
  readonly title: string;
  readonly vendor?: string;
  readonly approvalStatus: AIApprovalStatus;
  readonly riskTier?: AIRiskTier;
  readonly webDomains?: string;
  readonly aliases?: string;
}

/** Builds a registry entry: domains from WebDomains (and aliases that are domains), names from title and aliases. */
export function registryEntry(source: RegistrySource, verified: boolean): RegistryEntry {
  const aliases = splitLines(source.aliases);
  const domains = [...splitLines(source.webDomains), ...aliases.filter(looksLikeDomain)]
    .map((d) => normaliseDomain(d))
    .filter((d): d is string => d !== undefined);
  const names = [source.title, ...aliases.filter((a) => !looksLikeDomain(a))].map(compactAppName).filter((n) => n !== '');
  return {
    id: source.id, title: source.title, vendor: source.vendor, approvalStatus: source.approvalStatus, riskTier: source.riskTier, verified,
    domains: Array.from(new Set(domains)), names: Array.from(new Set(names))
  };
}

export interface UsageMatcher {
  /** The system an observed app is, or undefined. */
  match(name: string | undefined, domain: string | undefined): RegistryEntry | undefined;
}

/** A matcher over the registry. Domain wins over name; the most specific registered domain wins among domains. */
export function createMatcher(entries: readonly RegistryEntry[]): UsageMatcher {
  const byName = new Map<string, RegistryEntry>();
  // Lowest id first keeps the oldest record when two share a name: results stay stable as the registry grows.
  const ordered = [...entries].sort((a, b) => a.id - b.id);
  for (const entry of ordered) for (const name of entry.names) if (!byName.has(name)) byName.set(name, entry);
  const domains = ordered.flatMap((entry) => entry.domains.map((domain) => ({ domain, entry }))).sort((a, b) => b.domain.length - a.domain.length);
  return {
    match(name, domain) {
      const host = domain !== undefined ? normaliseDomain(domain) : undefined;
      const nameHost = name !== undefined && looksLikeDomain(name) ? normaliseDomain(name) : undefined;
      for (const candidate of [host, nameHost]) {
        if (candidate === undefined) continue;
        const hit = domains.find((d) => domainBelongsTo(candidate, d.domain));
        if (hit) return hit.entry;
      }
      const compact = compactAppName(name ?? '');
      return compact === '' ? undefined : byName.get(compact);
    }
  };
}
