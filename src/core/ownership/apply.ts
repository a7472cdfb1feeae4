/**
 * Turning a derivation into what is stored on the asset (issue 6, item 3): OwnershipStatus, the custodian whose
 * approval stands, and the health columns that depend on them. The suite writes this after every decision and in
 * the leads' reconcile job; it is always recomputed from all requests and decisions, never taken from a client.
 */
import type { Stored } from '../models/common';
import type { DataAsset } from '../models/dataAsset';
import type { OwnershipDecision } from '../models/ownershipDecision';
import type { OwnershipRequest } from '../models/ownershipRequest';
import { storedHealth, type HealthSettings } from '../scoring/storedHealth';
import { countingDecision, samePerson } from './counting';
import type { OwnershipDerivation, OwnershipFlagReason } from './types';

/** The stored columns the derivation owns. */
export type OwnershipColumns = Pick<DataAsset, 'ownershipStatus' | 'custodian' | 'healthScore' | 'healthBand'>;

/**
 * The patch that brings `asset` in line with `derivation`, or undefined when it already is. A standing (or
 * lapsed) approval names the custodian; otherwise the stored custodian is left as it is (the person responsible
 * may be named before they confirm). Health is recomputed from the record as it will be stored.
 */
export function ownershipPatch(asset: DataAsset, derivation: OwnershipDerivation, now: Date, settings?: HealthSettings): Partial<OwnershipColumns> | undefined {
  const custodian = derivation.custodian !== undefined ? derivation.custodian : asset.custodian;
  const next: DataAsset = { ...asset, ownershipStatus: derivation.status, custodian };
  // The record's cached label counts too (settings: the label mapping), so a decision never resets label alignment.
  const health = storedHealth(next, now, settings);
  const patch: Partial<OwnershipColumns> = {};
  if (asset.ownershipStatus !== derivation.status) patch.ownershipStatus = derivation.status;
  if (!samePerson(asset.custodian, custodian) && custodian !== undefined) patch.custodian = custodian;
  if (asset.healthScore !== health.healthScore) patch.healthScore = health.healthScore;
  if (asset.healthBand !== health.healthBand) patch.healthBand = health.healthBand;
  return Object.keys(patch).length === 0 ? undefined : patch;
}

/** A decision that does not count, with what a governance lead needs to judge it. */
export interface OwnershipAnomaly {
  readonly decision: Stored<OwnershipDecision>;
  readonly request?: Stored<OwnershipRequest>;
  readonly reason: OwnershipFlagReason;
}

/**
 * Every decision that does not count (DESIGN section 6: flagged, never applied), newest first by Created then id.
 * Unlike `deriveOwnership` this looks at every decision of every asset, for the leads' anomalies list.
 */
export function listAnomalies(requests: readonly Stored<OwnershipRequest>[], decisions: readonly Stored<OwnershipDecision>[]): OwnershipAnomaly[] {
  const requestsById = new Map(requests.map((request) => [request.id, request]));
  const anomalies: OwnershipAnomaly[] = [];
  for (const decision of decisions) {
    const request = decision.request === undefined ? undefined : requestsById.get(decision.request.id);
    const verdict = request === undefined ? ({ counts: false, reason: 'requestNotFound' } as const) : countingDecision(decision, request);
    if (!verdict.counts) anomalies.push({ decision, request, reason: verdict.reason });
  }
  const time = (a: OwnershipAnomaly): number => Date.parse(a.decision.created ?? '') || 0;
  return anomalies.sort((a, b) => time(b) - time(a) || b.decision.id - a.decision.id);
}
