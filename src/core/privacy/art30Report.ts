/**
 * The Art. 30 report: the register as rows in the order a supervisory authority reads a record of processing
 * (Art. 30(1)(a) to (g), then the processor's Art. 30(2) entries, then the lawfulness and the suite's own columns).
 * Pure: the caller gives the localised headers and choice labels; every text cell is formula-safe (a value starting
 * with `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe, as the rollout kit's exports do).
 */
import { escapeFormula } from '../import/cells';
import type { Stored } from '../models/common';
import type { ProcessingActivity } from './model';

/** The report's columns, in the regulator's order. */
export const ART30_COLUMNS = [
  'reference',
  'name',
  'role',
  'controller',
  'jointControllers',
  'dpoContact',
  'purposes',
  'dataSubjectCategories',
  'personalDataCategories',
  'specialCategories',
  'recipients',
  'transferDestinations',
  'transferSafeguard',
  'retention',
  'securityMeasures',
  'processorControllers',
  'processingCategories',
  'legalBasis',
  'art9Condition',
  'mission',
  'region',
  'owner',
  'reviewDate',
  'dpiaRequired',
  'dpiaLink'
] as const;
export type Art30Column = (typeof ART30_COLUMNS)[number];

/** What the report says in the reader's language. */
export interface Art30Labels {
  readonly headers: Readonly<Record<string, string>>;
  /** Stored choice value -> label, for roles, legal bases, Art. 9 conditions, safeguards, special categories and retention units. */
  readonly choices: Readonly<Record<string, string>>;
  readonly yes: string;
  readonly no: string;
  /** Shown for a transfer column when the record declares no transfer. */
  readonly noTransfer: string;
}

/** The localised header row, in column order. */
export function art30Headers(labels: Art30Labels): string[] {
  return ART30_COLUMNS.map((column) => labels.headers[column] ?? column);
}

/** One record as a report row, in column order; text cells formula-safe, empty cells as ''. */
export function art30Row(activity: Stored<ProcessingActivity>, labels: Art30Labels): string[] {
  return art30Cells(activity, labels).map(escapeFormula);
}

/** One record's cells in column order as the reader should see them (the print view); files use `art30Row`. */
export function art30Cells(activity: Stored<ProcessingActivity>, labels: Art30Labels): string[] {
  const label = (value: string | undefined): string => (value === undefined ? '' : labels.choices[value] ?? value);
  const list = (values: readonly string[] | undefined): string => (values ?? []).map(label).join('; ');
  const transfers = activity.internationalTransfers === true;
  const retention = activity.retentionPeriod === undefined ? '' : [String(activity.retentionPeriod), label(activity.retentionUnit ?? 'Years'), activity.retentionTrigger ?? ''].filter((p) => p !== '').join(' ');
  const cells: Record<Art30Column, string> = {
    reference: String(activity.id),
    name: activity.title,
    role: label(activity.role),
    controller: activity.controller ?? '',
    jointControllers: activity.jointControllers ?? '',
    dpoContact: activity.dpoContact ?? '',
    purposes: activity.purposes ?? '',
    dataSubjectCategories: list(activity.dataSubjectCategories),
    personalDataCategories: list(activity.personalDataCategories),
    specialCategories: list(activity.specialCategories),
    recipients: activity.recipients ?? '',
    transferDestinations: transfers ? activity.transferDestinations ?? '' : labels.noTransfer,
    transferSafeguard: transfers ? label(activity.transferSafeguard) : '',
    retention,
    securityMeasures: activity.securityMeasures ?? '',
    processorControllers: activity.processorControllers ?? '',
    processingCategories: activity.processingCategories ?? '',
    legalBasis: label(activity.legalBasis),
    art9Condition: label(activity.art9Condition),
    mission: activity.mission ?? '',
    region: activity.region ?? '',
    owner: activity.owner?.title ?? '',
    reviewDate: activity.reviewDate?.slice(0, 10) ?? '',
    dpiaRequired: activity.dpiaRequired === true ? labels.yes : labels.no,
    dpiaLink: activity.dpiaLink?.url ?? ''
  };
  return ART30_COLUMNS.map((column) => cells[column]);
}
