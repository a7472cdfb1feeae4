/**
 * The import key: how a row finds "its" record again, in this run or a later one. The external ID when the file
 * maps that column, else mission + title; compared trimmed and case-insensitively (SharePoint's `eq` on text is
 * case-insensitive too).
 */
import type { DataAsset } from '../models/dataAsset';

function norm(text: string | undefined): string {
  return (text ?? '').trim().toLowerCase();
}

/** The key of a record or row; empty when the row has nothing to key on (it is then invalid anyway). */
export function importKey(values: Partial<DataAsset>, byExternalId: boolean): string {
  if (byExternalId) {
    const id = norm(values.externalId);
    return id === '' ? '' : `id:${id}`;
  }
  const title = norm(values.title);
  return title === '' ? '' : `mt:${norm(values.mission)}\u0001${title}`;
}
