/**
 * What the page and the spreadsheet worker say to each other. The page posts the file's bytes (copied, so they stay
 * readable on the page if the worker turns out unable to run); the worker answers with the table or with the
 * `SpreadsheetError` that refused it, as plain data because a class does not survive a structured clone.
 */
import type { TableProblem } from '../../../core/import/limits';
import type { ImportTable } from '../../../core/import/types';
import { SpreadsheetError } from '../spreadsheetError';

export interface SpreadsheetRequest {
  readonly buffer: ArrayBuffer;
  readonly fileName: string;
}

export type SpreadsheetAnswer =
  | { readonly kind: 'table'; readonly table: ImportTable }
  | { readonly kind: 'refused'; readonly problem: TableProblem; readonly detail: string }
  | { readonly kind: 'failed'; readonly message: string };

/** The page's side: the table, or the same error the page would have thrown reading the file itself. */
export function tableFromAnswer(answer: SpreadsheetAnswer): ImportTable {
  if (answer.kind === 'table') return answer.table;
  if (answer.kind === 'refused') throw new SpreadsheetError(answer.problem, answer.detail);
  throw new Error(answer.message);
}
