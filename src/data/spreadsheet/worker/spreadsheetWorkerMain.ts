/**
 * The spreadsheet worker's entry: tools/buildSpreadsheetWorker.js bundles it (with papaparse, read-excel-file and
 * the zip guard) into one script that the page starts from a blob URL. One request per worker: the page terminates
 * it after the answer.
 */
import { answerRequest } from './answerRequest';
import type { SpreadsheetRequest } from './protocol';

interface WorkerScope {
  onmessage: (event: MessageEvent<SpreadsheetRequest>) => void;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  // answerRequest never rejects: every failure is an answer.
  answerRequest(event.data).then((answer) => scope.postMessage(answer), () => undefined);
};
