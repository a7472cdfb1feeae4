/** Localised texts of the import: field issues, table problems, outcomes. Pure (no React). */
import type { FieldIssue } from '../../core/errors';
import { importField } from '../../core/import/columns';
import type { TableProblemCode } from '../../core/import/limits';
import type { NominationOutcome, RowOutcome } from '../../core/import/types';
import { formatNamed } from '../format';

/** The keys of plain (non-plural) strings: the ones these maps may name. */
type TextKey = { [K in keyof IInventoryImportStrings]: IInventoryImportStrings[K] extends string ? K : never }[keyof IInventoryImportStrings];

const ISSUE_KEYS: Readonly<Record<string, TextKey>> = {
  required: 'IssueRequired',
  tooLong: 'IssueTooLong',
  invalidChoice: 'IssueInvalidChoice',
  invalidDate: 'IssueInvalidDate',
  invalidBoolean: 'IssueInvalidBoolean',
  invalidType: 'IssueInvalidType',
  unsafeUrl: 'IssueUnsafeUrl',
  invalidUrl: 'IssueInvalidUrl',
  outOfRange: 'IssueOutOfRange',
  notInteger: 'IssueNotInteger',
  unknownPerson: 'IssueUnknownPerson',
  invalidPerson: 'IssueUnknownPerson',
  unknownMission: 'IssueUnknownMission',
  unknownRegion: 'IssueUnknownRegion',
  regionMismatch: 'IssueRegionMismatch',
  duplicateInFile: 'IssueDuplicateInFile',
  ambiguousMatch: 'IssueAmbiguousMatch',
  serverConflict: 'IssueServerConflict',
  changedSincePlanned: 'IssueChangedSincePlanned',
  serverThrottled: 'IssueServerThrottled',
  serverNetwork: 'IssueServerThrottled',
  serverUnknown: 'IssueServerThrottled'
};

/** The field's label in the user's language (the suite's form labels), else the schema's display name. */
export function fieldName(property: string, labels?: IGovernanceFieldLabels): string {
  const label = labels !== undefined ? (labels as unknown as Record<string, string | undefined>)[property] : undefined;
  return label ?? importField(property)?.displayName ?? property;
}

/** One issue in the user's language; codes without a string fall back to the server's own words. */
export function issueText(issue: FieldIssue, strings: IInventoryImportStrings, labels?: IGovernanceFieldLabels): string {
  const key = ISSUE_KEYS[issue.code];
  const params = { ...issue.params, field: fieldName(issue.field, labels), message: issue.message };
  return key !== undefined ? formatNamed(strings[key], params) : formatNamed(strings.IssueServerOther, params);
}

const PROBLEM_KEYS: Readonly<Record<TableProblemCode, TextKey>> = {
  empty: 'ProblemEmpty',
  noHeaders: 'ProblemNoHeaders',
  duplicateHeaders: 'ProblemDuplicateHeaders',
  tooManyRows: 'ProblemTooManyRows',
  tooLarge: 'ProblemTooLarge',
  wrongFormat: 'ProblemWrongFormat',
  unreadable: 'ProblemUnreadable',
  utf16Unreadable: 'ProblemUtf16Unreadable',
  workbookTooLarge: 'ProblemWorkbookTooLarge',
  sheetTooManyRows: 'ProblemSheetTooManyRows',
  cellTooLarge: 'ProblemCellTooLarge',
  zipMalformed: 'ProblemZipMalformed'
};

export function problemText(code: TableProblemCode, params: Readonly<Record<string, string | number>> | undefined, strings: IInventoryImportStrings): string {
  return formatNamed(strings[PROBLEM_KEYS[code]], params);
}

const OUTCOME_KEYS: Readonly<Record<RowOutcome, TextKey>> = {
  created: 'OutcomeCreated',
  updated: 'OutcomeUpdated',
  unchanged: 'OutcomeUnchanged',
  skipped: 'OutcomeSkipped',
  invalid: 'OutcomeInvalid',
  failed: 'OutcomeFailed',
  notRun: 'OutcomeNotRun'
};

export function outcomeText(outcome: RowOutcome, strings: IInventoryImportStrings): string {
  return strings[OUTCOME_KEYS[outcome]];
}

export function outcomeWords(strings: IInventoryImportStrings): Record<RowOutcome, string> {
  const words = {} as Record<RowOutcome, string>;
  for (const outcome of Object.keys(OUTCOME_KEYS) as RowOutcome[]) words[outcome] = outcomeText(outcome, strings);
  return words;
}

const NOMINATION_KEYS: Readonly<Record<NominationOutcome, TextKey>> = {
  sent: 'RowNominationSent',
  self: 'RowNominationSelf',
  declined: 'RowNominationDeclined',
  failed: 'RowNominationFailed'
};

/** What became of asking a row's custodian to confirm, in the user's language. */
export function nominationText(outcome: NominationOutcome, strings: IInventoryImportStrings): string {
  return strings[NOMINATION_KEYS[outcome]];
}

export function nominationWords(strings: IInventoryImportStrings): Record<NominationOutcome, string> {
  const words = {} as Record<NominationOutcome, string>;
  for (const outcome of Object.keys(NOMINATION_KEYS) as NominationOutcome[]) words[outcome] = nominationText(outcome, strings);
  return words;
}

/**
 * Why a plan writes nothing, so the preview never claims "up to date" when every row was refused: all rows have
 * problems, some have and the rest need no write, none has, or the file held only the template's example row.
 */
export function nothingToWriteText(plan: readonly { action: { kind: string } }[], strings: IInventoryImportStrings, exampleRows: number = 0): string {
  if (plan.length === 0 && exampleRows > 0) return strings.NothingToWriteOnlyExample;
  const invalid = plan.filter((p) => p.action.kind === 'invalid').length;
  if (invalid === 0) return strings.NothingToWrite;
  if (invalid === plan.length) return formatNamed(strings.NothingToWriteAllInvalid, { invalid });
  return formatNamed(strings.NothingToWriteSomeInvalid, { invalid, valid: plan.length - invalid });
}

/** That the template's example rows (by row number) were ignored; empty when there were none. */
export function exampleRowsText(rows: readonly number[], strings: IInventoryImportStrings): string {
  if (rows.length === 0) return '';
  return rows.length === 1 ? formatNamed(strings.ExampleRowIgnored, { row: rows[0] }) : formatNamed(strings.ExampleRowsIgnored, { rows: rows.join(', ') });
}

/** Whether a failure is the spreadsheet reader's own (its code names the problem), not a service error. */
export function isSpreadsheetError(error: unknown): error is { name: 'SpreadsheetError'; code: Parameters<typeof problemText>[0]; params?: Record<string, string | number> } {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'SpreadsheetError';
}
