/**
 * Conversion between the scorecard aggregate and ScorecardSnapshots list items: one item per scope, with the
 * headline figures in indexed columns for the trend chart and the full scope figures as the JSON payload.
 */
import type { IsoDate, JsonText } from '../models/common';
import type { ScorecardSnapshot } from '../models/scorecardSnapshot';
import { roundTo } from '../scoring/scoreAsset';
import { isValidIsoDate } from '../validation/isoDate';
import { object, PayloadError, readScope, text } from './parsePayload';
import type { CoverageRate, ScopeAggregate, ScorecardAggregate } from './types';

/** Version of the payload layout; bump it (and read the old one) whenever the layout changes. */
export const SCORECARD_PAYLOAD_VERSION = 1;

/** Maximum length of the Title column. */
const TITLE_MAX_LENGTH = 255;

/** The JSON held in a snapshot's Payload column. */
export interface ScorecardSnapshotPayload {
  readonly version: typeof SCORECARD_PAYLOAD_VERSION;
  /** When the aggregate was computed (may precede `takenOn`, the date the snapshot stands for). */
  readonly computedAt: string;
  readonly scope: ScopeAggregate;
}

/** Outcome of reading a payload: the scope figures, or an error saying which field is wrong. Never thrown. */
export type SnapshotParseResult = { readonly ok: true; readonly payload: ScorecardSnapshotPayload } | { readonly ok: false; readonly error: string };

/** A rate as the 0-100 percentage the list columns hold, one decimal; undefined without a rate. */
function percent(rate: CoverageRate): number | undefined {
  return rate.rate === undefined ? undefined : roundTo(rate.rate * 100, 1);
}

/** The readable Title, e.g. "mission:Bangladesh 2026-11-01" or "organisation 2026-11-01". */
export function snapshotTitle(kind: ScopeAggregate['kind'], value: string, takenOn: IsoDate): string {
  const title = `${kind === 'organisation' ? kind : `${kind}:${value}`} ${takenOn}`;
  return title.length <= TITLE_MAX_LENGTH ? title : `${title.slice(0, TITLE_MAX_LENGTH - 1)}…`;
}

/**
 * One ScorecardSnapshots item per scope of the aggregate. Empty scopes are kept (count 0, no score, no maturity)
 * so a trend shows when a mission had nothing yet. Throws a RangeError for a `takenOn` that is not an ISO date:
 * that is a programming error, not data.
 */
export function toSnapshot(aggregate: ScorecardAggregate, takenOn: IsoDate): ScorecardSnapshot[] {
  if (!isValidIsoDate(takenOn)) {
    throw new RangeError(`takenOn must be an ISO date (got "${takenOn}").`);
  }
  return aggregate.scopes.map((scope) => {
    const payload: ScorecardSnapshotPayload = { version: SCORECARD_PAYLOAD_VERSION, computedAt: aggregate.computedAt, scope };
    const snapshot: ScorecardSnapshot = {
      title: snapshotTitle(scope.kind, scope.value, takenOn),
      scopeType: scope.kind,
      takenOn,
      payload: JSON.stringify(payload),
      assetCount: scope.count
    };
    const confirmedCustodianPct = percent(scope.coverage.confirmedCustodian);
    const reviewedInCyclePct = percent(scope.coverage.reviewedInCycle);
    // Absent columns stay absent (not undefined-valued) so the data layer writes nothing rather than a blank.
    return {
      ...snapshot,
      ...(scope.value !== '' ? { scopeValue: scope.value } : {}),
      ...(scope.meanScore !== undefined ? { meanScore: scope.meanScore } : {}),
      ...(confirmedCustodianPct !== undefined ? { confirmedCustodianPct } : {}),
      ...(reviewedInCyclePct !== undefined ? { reviewedInCyclePct } : {}),
      ...(scope.maturity !== undefined ? { maturityLevel: scope.maturity } : {})
    };
  });
}

/**
 * Reads a snapshot's Payload column. Missing, non-JSON, another version, or any field out of shape gives
 * `{ ok: false, error }` naming the field (e.g. "payload.scope.count: expected an integer from 0 to ..."); never throws.
 */
export function fromSnapshot(json: JsonText | undefined): SnapshotParseResult {
  if (typeof json !== 'string' || json.trim() === '') {
    return { ok: false, error: 'payload: missing' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `payload: not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  try {
    const raw = object(parsed, 'payload');
    if (raw.version !== SCORECARD_PAYLOAD_VERSION) {
      throw new PayloadError('payload.version', `unsupported version ${JSON.stringify(raw.version) ?? 'undefined'} (expected ${SCORECARD_PAYLOAD_VERSION})`);
    }
    const computedAt = text(raw.computedAt, 'payload.computedAt');
    return { ok: true, payload: { version: SCORECARD_PAYLOAD_VERSION, computedAt, scope: readScope(raw.scope, 'payload.scope') } };
  } catch (error) {
    if (error instanceof PayloadError) {
      return { ok: false, error: error.message };
    }
    throw error;
  }
}
