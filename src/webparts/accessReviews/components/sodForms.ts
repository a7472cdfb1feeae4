/** Checks of the SoD rule form and the exception dialog (pure); each problem is a key of the strings' `FormIssues`. */
import { ENTITLEMENT_KINDS, type SoDRule } from '../../../core/models/accessReview';
import { addUtcMonths, parseIsoDate, utcDayNumber } from '../../../core/validation/isoDate';

/** Longest an exception may run before it must be approved again. */
export const MAX_EXCEPTION_MONTHS = 12;

/** True for `<kind>:<resourceKey>:<entitlement>` with a known kind (the entitlement may itself contain colons). */
export function isEntitlementKey(value: string): boolean {
  const parts = value.trim().split(':');
  if (parts.length < 3) return false;
  const kind = parts[0].toLowerCase();
  return ENTITLEMENT_KINDS.some((k) => k.toLowerCase() === kind) && parts[1].trim() !== '' && parts.slice(2).join(':').trim() !== '';
}

export function validateRule(rule: SoDRule): Partial<Record<'title' | 'entitlementA' | 'entitlementB' | 'riskStatement', string>> {
  const issues: Partial<Record<'title' | 'entitlementA' | 'entitlementB' | 'riskStatement', string>> = {};
  if (!rule.title.trim()) issues.title = 'titleRequired';
  if (!isEntitlementKey(rule.entitlementA)) issues.entitlementA = 'badEntitlementKey';
  if (!isEntitlementKey(rule.entitlementB)) issues.entitlementB = 'badEntitlementKey';
  else if (rule.entitlementA.trim().toLowerCase() === rule.entitlementB.trim().toLowerCase()) issues.entitlementB = 'sameEntitlement';
  if (!rule.riskStatement.trim()) issues.riskStatement = 'riskStatementRequired';
  return issues;
}

export function validateException(mitigatingControl: string, expiresOn: string, today: Date): Partial<Record<'mitigatingControl' | 'expiresOn', string>> {
  const issues: Partial<Record<'mitigatingControl' | 'expiresOn', string>> = {};
  if (!mitigatingControl.trim()) issues.mitigatingControl = 'mitigationRequired';
  const expires = parseIsoDate(expiresOn);
  if (!expires) issues.expiresOn = 'dateRequired';
  else if (utcDayNumber(expires) <= utcDayNumber(today)) issues.expiresOn = 'expiryInPast';
  else if (utcDayNumber(expires) > utcDayNumber(addUtcMonths(today, MAX_EXCEPTION_MONTHS))) issues.expiresOn = 'expiryTooFar';
  return issues;
}
