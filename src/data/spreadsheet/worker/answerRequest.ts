/** The worker's side of the conversation, kept apart from the page's so the page's bundle carries no parser. */
import { parseSpreadsheet } from '../parseSpreadsheet';
import { SpreadsheetError } from '../spreadsheetError';
import type { SpreadsheetAnswer, SpreadsheetRequest } from './protocol';

/** The worker's side: parses the request and never rejects. */
export async function answerRequest(request: SpreadsheetRequest): Promise<SpreadsheetAnswer> {
  try {
    return { kind: 'table', table: await parseSpreadsheet(request.buffer, request.fileName) };
  } catch (error) {
    if (error instanceof SpreadsheetError) {
      return { kind: 'refused', problem: { code: error.code, params: error.params }, detail: error.message };
    }
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
