/**
 * The import key: how a row finds "its" record again, in this run or a later one. The external ID when the file
 * maps that column and the row fills it, else mission + title (a blank External ID cell is the natural state of a
 * template row, so it falls back rather than rejecting the row); compared trimmed and case-insensitively
 * (SharePoint's `eq` on text is case-insensitive too).
 */
import type { DataAsset } from '../models/dataAsset';

function norm(text: string | undefined): string {
  return (text ?? '').trim().toLowerCase();
}

/** True when `values` is keyed by its external ID (the file maps that column and this row or record fills it). */
export function keyedByExternalId(values: Partial<DataAsset>, byExternalId: boolean): boolean {
  return byExternalId && norm(values.externalId) !== '';
}

/** The mission + title key; empty when there is no title. */
function missionTitleKey(values: Partial<DataAsset>): string {
  const title = norm(values.title);
  return title === '' ? '' : `mt:${norm(values.mission)}\u0001${title}`;
}

/** The key of a record or row; empty when the row has nothing to key on (it is then invalid anyway). */
export function importKey(values: Partial<DataAsset>, byExternalId: boolean): string {
  return keyedByExternalId(values, byExternalId) ? `id:${norm(values.externalId)}` : missionTitleKey(values);
}

/**
 * Every key an existing record can be found by: its external ID and, when the file keys by external ID, also its
 * mission + title (for the rows that leave External ID blank).
 */
export function recordKeys(values: Partial<DataAsset>, byExternalId: boolean): string[] {
  const keys = [importKey(values, byExternalId)];
  if (keyedByExternalId(values, byExternalId)) keys.push(missionTitleKey(values));
  return keys.filter((k) => k !== '');
}
