/**
 * Segregation of duties over the snapshots: what each principal holds is taken from the items of the latest Active
 * or Closed campaign of each scope (read with the six columns needed), judged against the active rules with the
 * exceptions (only a lead's, not the principal's own, not expired, count: `evaluateSoD`). Exceptions are added, never
 * edited (the list is add-only); a violation can become a Risk Register risk.
 */
import { entitlementKey, evaluateSoD, type HeldEntitlement, type SoDViolation } from '../../core/accessReviews';
import { GovernanceError } from '../../core/errors';
import type { AccessReviewCampaign, SoDException } from '../../core/models/accessReview';
import type { Stored } from '../../core/models/common';
import type { Risk } from '../../core/models/risk';
import { storedRiskScores } from '../../core/risk';
import { ACCESS_REVIEW_CAMPAIGNS_LIST } from '../../core/schema';
import { addUtcMonths, parseIsoDate, utcDayNumber } from '../../core/validation/isoDate';
import { eq, or } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import type { Repositories } from '../repositories/createRepositories';
import type { IDirectoryReader } from '../../graph/directory/types';
import { liveEntitlements } from './liveEntitlements';
import { campaignItems } from './reads';
import { readAll } from '../query/readMatching';

/** The latest Active or Closed campaign of each scope (same kind and parameters), latest by start date then id. */
export function latestPerScope(campaigns: readonly Stored<AccessReviewCampaign>[]): Stored<AccessReviewCampaign>[] {
  const latest = new Map<string, Stored<AccessReviewCampaign>>();
  for (const c of campaigns) {
    const key = `${c.scopeKind}|${c.scope}`;
    const seen = latest.get(key);
    if (!seen || (c.startDate ?? '') > (seen.startDate ?? '') || ((c.startDate ?? '') === (seen.startDate ?? '') && c.id > seen.id)) latest.set(key, c);
  }
  return Array.from(latest.values());
}

export async function heldEntitlements(repositories: Repositories): Promise<HeldEntitlement[]> {
  const state = filterField(ACCESS_REVIEW_CAMPAIGNS_LIST, 'state');
  const campaigns = await readAll(repositories.accessReviewCampaigns, { filter: or(eq(state, 'Active'), eq(state, 'Closed')) });
  const items = await Promise.all(latestPerScope(campaigns).map((c) =>
    campaignItems(repositories, c.id, ['principalKey', 'principalName', 'principalEmail', 'entitlementKind', 'resourceKey', 'entitlement'])));
  return items.flat().map((i) => ({ principalKey: i.principalKey, principalName: i.principalName, principalEmail: i.principalEmail, key: entitlementKey(i.entitlementKind, i.resourceKey, i.entitlement) }));
}

/**
 * Violations of the active rules among what the latest snapshots hold and, with a directory reader, what the
 * directory says principals hold now (a conflict granted since the last campaign shows too; without consent to read
 * the directory, the snapshots alone count).
 */
export async function sodViolations(repositories: Repositories, leadIds: ReadonlySet<number>, today: Date, reader?: IDirectoryReader): Promise<SoDViolation[]> {
  const [rules, snapshot, exceptions] = await Promise.all([readAll(repositories.sodRules), heldEntitlements(repositories), readAll(repositories.sodExceptions)]);
  const live = reader ? (await liveEntitlements(reader, rules)) ?? [] : [];
  return evaluateSoD(rules, [...snapshot, ...live], exceptions, leadIds, today);
}

function invalid(field: string, code: string, message: string): GovernanceError {
  return new GovernanceError('Validation', message, { issues: [{ field, code, message }] });
}

/** Records an exception authored by the signed-in user: expiry after today and at most 12 months ahead. */
export async function addException(repositories: Repositories, violation: SoDViolation, mitigatingControl: string, expiresOn: string, today: Date): Promise<Stored<SoDException>> {
  const control = mitigatingControl.trim();
  if (!control) throw invalid('mitigatingControl', 'required', 'Describe the control that mitigates the risk while the exception holds.');
  const expiry = parseIsoDate(expiresOn);
  if (!expiry) throw invalid('expiresOn', 'invalidDate', `"${expiresOn}" is not a date (YYYY-MM-DD).`);
  if (utcDayNumber(expiry) <= utcDayNumber(today)) throw invalid('expiresOn', 'notInFuture', 'An exception must expire after today.');
  if (utcDayNumber(expiry) > utcDayNumber(addUtcMonths(today, 12))) throw invalid('expiresOn', 'tooFar', 'An exception may last at most 12 months; record a new one when it expires.');
  return repositories.sodExceptions.create({
    title: `${violation.rule.title} / ${violation.principalName}`.slice(0, 255),
    rule: { id: violation.rule.id },
    principalKey: violation.principalKey,
    principalName: violation.principalName,
    principalEmail: violation.principalEmail,
    mitigatingControl: control,
    expiresOn: expiresOn.slice(0, 10)
  });
}

/**
 * A Risk Register risk for a violation. Category "Information security" (access control is its subject); likelihood 3
 * (the conflicting rights are held today) and impact 4 (SoD rules guard fraud and data misuse), for the risk owner
 * to refine.
 */
export async function raiseRisk(repositories: Repositories, violation: SoDViolation): Promise<number> {
  const rule = violation.rule;
  const who = violation.principalEmail ? `${violation.principalName} (${violation.principalEmail})` : violation.principalName;
  const risk: Risk = {
    title: `Segregation of duties: ${who} holds ${rule.labelA} and ${rule.labelB}`.slice(0, 255),
    description: `${rule.riskStatement}\n\nRule: ${rule.title}. ${who} holds both "${rule.labelA}" (${rule.entitlementA}) and "${rule.labelB}" (${rule.entitlementB}).`.slice(0, 2000),
    category: 'Information security',
    likelihood: 3,
    impact: 4,
    status: 'Open'
  };
  const created = await repositories.risks.create({ ...risk, ...storedRiskScores(risk) }, { includeComputed: true });
  return created.id;
}
