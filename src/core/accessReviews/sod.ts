/**
 * Segregation of duties (issue 16): a rule names two entitlements nobody should hold together; every principal
 * holding both is a violation, unless an exception counts. An exception counts when its Author (SharePoint's, the
 * approver) is a governance lead, is not the principal, names this rule and principal, and has not expired: after its
 * expiry the violation returns by itself.
 */
import type { EntitlementKind, SoDException, SoDRule } from '../models/accessReview';
import type { Stored } from '../models/common';
import { isPrincipal, judgeInOrder, type IgnoredDecision } from '../decisions';
import { parseIsoDate, utcDayNumber } from '../validation/isoDate';

/** The key an SoD rule uses for an entitlement: `<kind>:<resource key>:<entitlement>`, case-insensitive. */
export function entitlementKey(kind: EntitlementKind, resourceKey: string, entitlement: string): string {
  return `${kind}:${resourceKey}:${entitlement}`.toLowerCase();
}

/** One entitlement a principal holds (from a campaign's snapshot or a live directory read). */
export interface HeldEntitlement {
  readonly principalKey: string;
  readonly principalName: string;
  readonly principalEmail?: string;
  /** `entitlementKey(...)`. */
  readonly key: string;
}

export type ExceptionIgnoredReason = 'expired' | 'ruleMismatch';

/** A principal holding both entitlements of a rule. */
export interface SoDViolation {
  readonly rule: Stored<SoDRule>;
  readonly principalKey: string;
  readonly principalName: string;
  readonly principalEmail?: string;
  /** The counting exception, when one holds today. */
  readonly exception?: Stored<SoDException>;
  readonly status: 'open' | 'excepted';
  /** Exceptions for this rule and principal that do not count, newest first, with the reason. */
  readonly ignoredExceptions: readonly IgnoredDecision<Stored<SoDException>, ExceptionIgnoredReason>[];
}

/** Exceptions about one (rule, principal), judged: the newest counting one holds. */
export function judgeExceptions(
  rule: Stored<SoDRule>,
  principal: { readonly principalKey: string; readonly principalEmail?: string },
  exceptions: readonly Stored<SoDException>[],
  leadIds: ReadonlySet<number>,
  today: Date
): { readonly exception?: Stored<SoDException>; readonly ignored: readonly IgnoredDecision<Stored<SoDException>, ExceptionIgnoredReason>[] } {
  const key = principal.principalKey.toLowerCase();
  const mine = exceptions.filter((e) => e.rule?.id === rule.id && (e.principalKey ?? '').toLowerCase() === key);
  const judged = judgeInOrder<Stored<SoDException>, ExceptionIgnoredReason>(mine, () => ({
    isSubject: (author) => isPrincipal(author, principal.principalEmail ?? mine.find((e) => e.principalEmail)?.principalEmail),
    isEligible: (author) => leadIds.has(author.id),
    extraCheck: (e) => {
      const expires = parseIsoDate(e.expiresOn ?? '');
      return expires === undefined || utcDayNumber(expires) < utcDayNumber(today) ? 'expired' : undefined;
    }
  }));
  return { exception: judged.winner, ignored: judged.ignored };
}

/**
 * Every violation of the active rules among `held`, with its exception state, ordered by rule then principal name.
 * `leadIds` are the site user ids of the governance leads group's members.
 */
export function evaluateSoD(
  rules: readonly Stored<SoDRule>[],
  held: readonly HeldEntitlement[],
  exceptions: readonly Stored<SoDException>[],
  leadIds: ReadonlySet<number>,
  today: Date
): SoDViolation[] {
  const byPrincipal = new Map<string, { first: HeldEntitlement; keys: Set<string> }>();
  for (const entry of held) {
    const id = entry.principalKey.toLowerCase();
    const found = byPrincipal.get(id) ?? { first: entry, keys: new Set<string>() };
    found.keys.add(entry.key.toLowerCase());
    byPrincipal.set(id, found);
  }
  const violations: SoDViolation[] = [];
  for (const rule of rules) {
    if (!rule.active) continue;
    const a = (rule.entitlementA ?? '').toLowerCase();
    const b = (rule.entitlementB ?? '').toLowerCase();
    if (!a || !b || a === b) continue;
    for (const { first, keys } of byPrincipal.values()) {
      if (!keys.has(a) || !keys.has(b)) continue;
      const judged = judgeExceptions(rule, first, exceptions, leadIds, today);
      violations.push({
        rule,
        principalKey: first.principalKey,
        principalName: first.principalName,
        principalEmail: first.principalEmail,
        exception: judged.exception,
        status: judged.exception ? 'excepted' : 'open',
        ignoredExceptions: judged.ignored
      });
    }
  }
  return violations.sort((x, y) => x.rule.id - y.rule.id || x.principalName.localeCompare(y.principalName));
}

/** Keys of the entitlements that conflict with another the same principal holds (for the `sodConflict` signal). */
export function conflictingKeys(rules: readonly Stored<SoDRule>[], held: readonly HeldEntitlement[]): Set<string> {
  const conflicts = new Set<string>();
  for (const v of evaluateSoD(rules, held, [], new Set(), new Date(0))) {
    conflicts.add(`${v.principalKey.toLowerCase()}|${v.rule.entitlementA.toLowerCase()}`);
    conflicts.add(`${v.principalKey.toLowerCase()}|${v.rule.entitlementB.toLowerCase()}`);
  }
  return conflicts;
}
