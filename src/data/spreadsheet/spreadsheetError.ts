/** The error every spreadsheet read rejects with when a file cannot be imported: shared by the page and the worker. */
import type { TableProblem, TableProblemCode } from '../../core/import/limits';

/** Why a file cannot be read; `code` picks the localised message, `params` fills it. */
export class SpreadsheetError extends Error {
  public readonly code: TableProblemCode;
  public readonly params?: Readonly<Record<string, string | number>>;

  public constructor(problem: TableProblem, detail?: string) {
    super(detail ?? problem.code);
    this.name = 'SpreadsheetError';
    this.code = problem.code;
    this.params = problem.params;
    Object.setPrototypeOf(this, SpreadsheetError.prototype);
  }
}
