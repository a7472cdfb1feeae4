import { lendNodeTextDecoder, nodeBlob } from '../nodeBlobs.testSupport';
import { readSpreadsheet, SpreadsheetError } from '../readSpreadsheet';
import { answerRequest } from './answerRequest';
import type { SpreadsheetRequest } from './protocol';
import type { SpreadsheetWorker, StartSpreadsheetWorker } from './readInWorker';

lendNodeTextDecoder();

const csvBlob = (text: string): Blob => nodeBlob(text);

type Behaviour = 'answers' | 'fails to start' | 'never sees the request';

/** A worker in this thread: it answers through the worker's own `answerRequest`, or fires `error` as a refused script does. */
function fakeWorker(behaviour: Behaviour): { start: StartSpreadsheetWorker; log: string[] } {
  const log: string[] = [];
  const listeners = new Map<string, (event: Event) => void>();
  const worker: SpreadsheetWorker = {
    addEventListener: (type, listener) => listeners.set(type, listener),
    postMessage: (request: SpreadsheetRequest) => {
      log.push(`posted ${request.fileName}`);
      if (behaviour === 'answers') {
        answerRequest(request).then((answer) => listeners.get('message')?.({ data: answer } as unknown as Event), () => undefined);
      } else {
        listeners.get('error')?.({ preventDefault: () => log.push('error handled') } as unknown as Event);
      }
    },
    terminate: () => log.push('terminated')
  };
  const start: StartSpreadsheetWorker = async () => {
    if (behaviour === 'never sees the request') return undefined;
    return { worker, release: () => log.push('released') };
  };
  return { start, log };
}

const TEXT = 'Title;Mission\nRegistre des réfugiés;Chile\n';

describe('reading a spreadsheet in a worker', () => {
  it('reads the table in the worker and ends it', async () => {
    const { start, log } = fakeWorker('answers');
    const table = await readSpreadsheet(csvBlob(TEXT), 'inventory.csv', { startWorker: start });
    expect(table).toEqual({ headers: ['Title', 'Mission'], rows: [['Registre des réfugiés', 'Chile']] });
    expect(log).toEqual(['posted inventory.csv', 'terminated', 'released']);
  });

  it("turns the worker's refusal into the same SpreadsheetError the page would throw", async () => {
    const { start } = fakeWorker('answers');
    const broken = 'Title,Mission\n"unclosed,Chile\n';
    const error = await readSpreadsheet(csvBlob(broken), 'inventory.csv', { startWorker: start }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpreadsheetError);
    expect(error).toMatchObject({ code: 'unreadable', params: { row: 2 } });
    const onPage = await readSpreadsheet(csvBlob(broken), 'inventory.csv', { startWorker: async () => undefined }).catch((e: unknown) => e);
    expect(onPage).toMatchObject({ code: (error as SpreadsheetError).code, params: (error as SpreadsheetError).params });
  });

  it('reads on the page when the worker script is refused (an error before any answer)', async () => {
    const { start, log } = fakeWorker('fails to start');
    const table = await readSpreadsheet(csvBlob(TEXT), 'inventory.csv', { startWorker: start });
    expect(table.rows).toEqual([['Registre des réfugiés', 'Chile']]);
    expect(log).toEqual(['posted inventory.csv', 'error handled', 'terminated', 'released']);
  });

  it('reads on the page when no worker can start, or starting one throws', async () => {
    expect((await readSpreadsheet(csvBlob(TEXT), 'inventory.csv', { startWorker: fakeWorker('never sees the request').start })).headers).toEqual(['Title', 'Mission']);
    const throwing: StartSpreadsheetWorker = () => Promise.reject(new Error('chunk failed to load'));
    expect((await readSpreadsheet(csvBlob(TEXT), 'inventory.csv', { startWorker: throwing })).headers).toEqual(['Title', 'Mission']);
  });

  it('checks the size before starting anything', async () => {
    const { start, log } = fakeWorker('answers');
    await expect(readSpreadsheet(csvBlob(''), 'inventory.csv', { startWorker: start })).rejects.toMatchObject({ code: 'empty' });
    expect(log).toEqual([]);
  });
});
