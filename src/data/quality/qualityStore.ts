/**
 * Reading and adding measured data-quality scores (DataQualityMeasurements, issue 18 part 5). A measurement is checked
 * (`validateQualityMeasurement`) before anything is sent, so a refused one writes nothing. The list is add-only: there
 * is no update or delete here (a correction is a new measurement, and the latest one counts).
 */
import { GovernanceError } from '../../core/errors';
import type { LookupRef, Stored } from '../../core/models/common';
import { measurementFromDraft, validateQualityMeasurement } from '../../core/quality/validation';
import type { QualityDraft, QualityMeasurement } from '../../core/quality/model';
import type { MeasurementRow } from '../../core/quality/latest';
import { DATA_QUALITY_MEASUREMENTS_LIST } from '../../core/schema';
import { eq } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import { readAll } from '../query/readMatching';
import type { Repositories } from '../repositories/createRepositories';

export type QualityRepositories = Pick<Repositories, 'dataQualityMeasurements'>;

/** The columns the scorecard's figures read. */
export const QUALITY_FIGURE_FIELDS = ['asset', 'dimension', 'score', 'measuredOn'] as const;

/** The day (`YYYY-MM-DD`, UTC) a measurement may be dated at the latest. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A record's measurements, every dimension, oldest first (one request on the indexed Asset column, paged past 5,000). */
export function measurementsOf(repos: QualityRepositories, assetId: number): Promise<Stored<QualityMeasurement>[]> {
  return readAll(repos.dataQualityMeasurements, { filter: eq(filterField(DATA_QUALITY_MEASUREMENTS_LIST, 'asset'), assetId) });
}

/** Adds a measurement to `asset`; refused with Validation (nothing sent) when the draft has problems. */
export async function addMeasurement(repos: QualityRepositories, draft: QualityDraft, asset: LookupRef, now: Date): Promise<Stored<QualityMeasurement>> {
  const issues = validateQualityMeasurement(draft, asset, dayOf(now));
  if (issues.length > 0) throw new GovernanceError('Validation', issues[0].message, { issues });
  return repos.dataQualityMeasurements.create(measurementFromDraft(draft, asset));
}

/** Every measurement with only the columns the scorecard reads (5,000 per request). */
export async function allMeasurements(repos: QualityRepositories): Promise<MeasurementRow[]> {
  const rows = await readAll(repos.dataQualityMeasurements, { select: [...QUALITY_FIGURE_FIELDS] });
  return rows.filter((row) => row.asset !== undefined);
}
