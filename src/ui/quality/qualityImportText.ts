/** Localised texts of the quality measurements import: column names and row problems. Pure (no React). */
import type { FieldIssue } from '../../core/errors';
import { issueText as importIssueText } from '../import/importText';
import { formatNamed } from '../format';

/** A column's name in the user's language (the field of a row problem); empty for a problem of the whole row. */
export function qualityColumnName(column: string, strings: IGovernanceSuiteStrings): string {
  return column === '' ? '' : strings.Quality.Import.Columns[column] ?? column;
}

/**
 * One row problem in the user's language: the import's own codes, then the form's (ValidationMessages), then the
 * rollout kit's server messages (throttled, refused), which fall back to SharePoint's own words.
 */
export function qualityIssueText(issue: FieldIssue, strings: IGovernanceSuiteStrings, importStrings: IInventoryImportStrings): string {
  const own = strings.Quality.Import.Issues[issue.code] ?? strings.ValidationMessages[issue.code];
  if (own !== undefined) return formatNamed(own, issue.params);
  return importIssueText(issue, importStrings);
}
