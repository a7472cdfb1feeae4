import type { PersonRef } from '../../core/models/common';
import { buildNomination, samePerson } from '../../core/ownership';
import type { NominationOutcome } from '../../core/import/types';
import type { Repositories } from '../repositories/createRepositories';
import { applyAssetOwnership } from './applyOwnership';

/** A new record and the custodian it names. */
export interface NamedCustodian {
  readonly assetId: number;
  readonly title: string;
  readonly custodian: PersonRef;
}

/**
 * Asks the custodians named on newly created records to confirm (one nomination each, created in `$batch` calls,
 * `requester` the importing user), so a Pending status always stands on a request in the custodian's queue. A record
 * naming the requester (no one may confirm themselves) or whose nomination could not be created has its status
 * derived again (Unassigned); that is what `self` and `failed` report. Never rejects: every record gets an outcome.
 */
export async function nominateNamedCustodians(
  repositories: { writes: Repositories; reads: Repositories },
  named: readonly NamedCustodian[],
  requester: PersonRef,
  now: Date
): Promise<Map<number, NominationOutcome>> {
  const outcomes = new Map<number, NominationOutcome>();
  const others = named.filter((n) => !samePerson(n.custodian, requester));
  for (const n of named) if (samePerson(n.custodian, requester)) outcomes.set(n.assetId, 'self');
  const created = await repositories.writes.ownershipRequests
    .createMany(others.map((n) => buildNomination({ id: n.assetId, title: n.title }, { nominee: n.custodian }, requester, now)))
    .catch(() => undefined);
  others.forEach((n, index) => outcomes.set(n.assetId, created?.[index]?.ok === true ? 'sent' : 'failed'));
  // Without a request the record is not Pending: derive its status again (best effort; the leads' job catches up).
  for (const [assetId, outcome] of outcomes) {
    if (outcome !== 'sent') await applyAssetOwnership(repositories.reads, assetId, now).catch(() => undefined);
  }
  return outcomes;
}
