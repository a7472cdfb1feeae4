import type { FieldDefinition, ListDefinition, ListKey } from '../../core/schema/types';
import type { ODataFilter } from '../odata/filter';

/**
 * Columns whose single values narrow a list of 100,000 items to a few hundred, per list: a mission (the largest
 * holds ~640 of 100,000 assets), a person (owner, custodian) or a lookup to one record. Region, department, domain
 * and every Choice or Boolean column match far more than 5,000 items at that size, so they never lead a query.
 */
const NARROWING: Partial<Record<ListKey, readonly string[]>> = {
  dataAssets: ['Mission', 'OwnerId', 'CustodianId', 'ExternalId', 'Title'],
  aiSystems: ['BusinessOwnerId', 'TechnicalOwnerId', 'VerifiedById', 'Title', 'Vendor'],
  risks: ['RelatedAssetId', 'RelatedAISystemId', 'RiskOwnerId', 'Title'],
  assessments: ['TargetId'],
  accessReviewItems: ['CampaignId', 'ReviewerId', 'PrincipalKey', 'ResourceKey'],
  accessReviewDecisions: ['CampaignId', 'ItemId'],
  usageObservations: ['AppKey', 'ImportBatch', 'MatchedSystemId'],
  ownershipRequests: ['AssetId', 'NomineeId', 'RequesterId'],
  ownershipDecisions: ['AssetId', 'RequestId']
};

/** How a clause can lead a query: lower ranks go first. */
export const ClauseRank = {
  /** An equality on a column that narrows (mission, owner, custodian, a lookup id). */
  Narrowing: 0,
  /** A comparison an index can seek, on a column that may or may not narrow. */
  Indexed: 1,
  /** Anything an index cannot serve: non-indexed columns, `ne`, null tests, functions such as substringof. */
  Scan: 2
} as const;
export type ClauseRank = (typeof ClauseRank)[keyof typeof ClauseRank];

/** `Field op literal` with a seekable operator and a non-null literal (what SharePoint can answer from an index). */
const SEEKABLE = /^([A-Za-z_][A-Za-z0-9_]*) (eq|lt|le|gt|ge) (?!null$)/;

/** The schema field an internal filter name reads (`Mission`, or `OwnerId` for the person field Owner). */
function fieldFor<T>(list: ListDefinition<T>, name: string): FieldDefinition | undefined {
  return list.fields.find((f) => f.internalName === name) ?? (name.endsWith('Id') ? list.fields.find((f) => f.internalName === name.slice(0, -2) && /^(User|Lookup)/.test(f.type)) : undefined);
}

/** Whether the list's schema indexes the column a filter names (`Id` always is). */
export function isIndexedColumn<T>(list: ListDefinition<T>, name: string): boolean {
  if (name === 'Id' || name === 'ID') return true;
  if ((list.indexedMetaFields ?? []).some((meta) => meta === name)) return true;
  return fieldFor(list, name)?.indexed === true;
}

/** The rank of one clause (a single comparison built with the odata builder) on `list`. */
export function clauseRank<T>(list: ListDefinition<T>, clause: ODataFilter): ClauseRank {
  const match = SEEKABLE.exec(clause.text);
  if (match === null || clause.fields.length !== 1 || !isIndexedColumn(list, match[1])) return ClauseRank.Scan;
  return match[2] === 'eq' && (NARROWING[list.key] ?? []).indexOf(match[1]) >= 0 ? ClauseRank.Narrowing : ClauseRank.Indexed;
}
