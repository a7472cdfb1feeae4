import * as React from 'react';
import { Blob as NodeBlob } from 'buffer';
import { TextDecoder as NodeTextDecoder } from 'util';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as suiteStrings from 'GovernanceSuiteStrings';
import * as importStrings from 'InventoryImportStrings';
import type { LookupRef } from '../../core/models/common';
import type { QualityReportRow } from '../../core/quality/importReport';
import { checkQualityRows, matchRecord, parseQualityRows, qualityKey } from '../../core/quality/importRows';
import { readSpreadsheet } from '../../data/spreadsheet/readSpreadsheet';
import type { IQualityImportService } from './qualityImportServiceTypes';
import { QualityImportPanel } from './QualityImportPanel';

jest.setTimeout(20000);

// jsdom's Blob has no arrayBuffer() and its globals lack TextDecoder: the file is read through FileReader and handed
// to the real reader as Node's Blob, as readSpreadsheet.test does.
const globals = globalThis as unknown as { TextDecoder?: unknown };
/** The files offered as downloads (jsdom has no object URLs, and cannot navigate). */
const downloads: { blob: Blob; name: string }[] = [];
let lastBlob: Blob | undefined;
beforeAll(() => {
  globals.TextDecoder ??= NodeTextDecoder;
  (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (blob) => {
    lastBlob = blob;
    return 'blob:report';
  };
  (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob) downloads.push({ blob: lastBlob, name: this.download });
  });
});

function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function bytesOf(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

const CSV = [
  'External ID;Dimension;Score;Date of run;Tool',
  'DS-1;completeness;87,5;2026-05-31;Profiler',
  'DS-1;Validity;90;2026-05-31;Profiler',
  '=HYPERLINK("http://x");Validity;90;2026-05-31;Profiler',
  'DS-1;Accuracy;abc;2026-05-31;Profiler',
  'DS-2;Accuracy;70;2026-05-31;Rules'
].join('\r\n');

const RECORDS = new Map<string, LookupRef[]>([['ds-1', [{ id: 1 }]], ['ds-2', [{ id: 2 }]]]);
/** DS-2's measurement is stored already. */
const STORED = new Set([qualityKey({ asset: { id: 2 }, dimension: 'Accuracy', score: 70, measuredOn: '2026-05-31', source: 'Rules' })]);

/** A fake service: the real file reader and core checks, no network; `run` writes the rows to write, one batch. */
function fakeService(): IQualityImportService & { written: number[] } {
  const written: number[] = [];
  return {
    written,
    readFile: async (file, name) => readSpreadsheet(new NodeBlob([await bytesOf(file)]) as unknown as Blob, name),
    check: async (table, mapping, dateOrder) => {
      const { rows, exampleRows } = parseQualityRows(table, mapping, dateOrder);
      return { rows: checkQualityRows(rows, (r) => matchRecord(r, RECORDS, new Map()), STORED, '2026-06-15'), exampleRows };
    },
    run: async (prepared, options) => {
      const report = prepared.rows.map((r): QualityReportRow => {
        if (r.measurement === undefined) return { rowNumber: r.rowNumber, outcome: 'invalid', issues: r.issues };
        if (r.alreadyRecorded === true) return { rowNumber: r.rowNumber, outcome: 'alreadyRecorded' };
        written.push(r.rowNumber);
        return { rowNumber: r.rowNumber, outcome: 'written', id: 100 + r.rowNumber };
      });
      options.onProgress?.({ total: written.length, done: written.length, written: written.length, failed: 0 });
      return report;
    }
  };
}

describe('QualityImportPanel', () => {
  it('goes from a CSV file to the report: maps the missing column, previews each problem, runs, downloads a formula-safe report', async () => {
    const user = userEvent.setup();
    const service = fakeService();
    const imported = jest.fn();
    render(<QualityImportPanel service={service} strings={suiteStrings} locale="en-GB" onImported={imported} onDismiss={() => undefined} />);
    const panel = await screen.findByRole('dialog');
    const s = suiteStrings.Quality.Import;

    fireEvent.change(within(panel).getByLabelText(importStrings.UploadLabel), { target: { files: [new File([CSV], 'quality.csv', { type: 'text/csv' })] } });
    expect(await within(panel).findByRole('heading', { name: importStrings.StepMap })).toBeTruthy();
    expect(within(panel).getByText('quality.csv: 5 rows, 5 columns.')).toBeTruthy();
    // "Date of run" is not recognised: Measured on is missing until the user picks it.
    expect(within(panel).getByText('Choose a column for: Measured on.')).toBeTruthy();
    expect((within(panel).getByRole('button', { name: importStrings.Next }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(panel).getByRole('combobox', { name: /Column "Date of run" fills/ }));
    await user.click(await screen.findByRole('option', { name: s.Columns.measuredOn }));
    expect(within(panel).queryByText('Choose a column for: Measured on.')).toBeNull();
    await user.click(within(panel).getByRole('button', { name: importStrings.Next }));

    expect(await within(panel).findByRole('heading', { name: importStrings.StepPreview })).toBeTruthy();
    expect(within(panel).getByText('5 rows: 2 to write, 1 already recorded, 2 with problems.')).toBeTruthy();
    const problems = within(within(panel).getByRole('table', { name: importStrings.ProblemsTitle })).getAllByRole('row').slice(1).map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent));
    expect(problems).toEqual([
      ['4', s.Columns.record, 'No inventory record has the External ID or ID "=HYPERLINK("http://x")".'],
      ['5', s.Columns.score, suiteStrings.ValidationMessages.qualityScoreNotNumber]
    ]);

    await user.click(within(panel).getByRole('button', { name: 'Import 2 measurements' }));
    expect(await within(panel).findByRole('heading', { name: importStrings.StepReport })).toBeTruthy();
    expect(service.written).toEqual([2, 3]);
    expect(imported).toHaveBeenCalledTimes(1);
    expect(within(panel).getByText('Written: 2. Already recorded: 1. With problems: 2. Failed: 0. Not written (stopped): 0.')).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: importStrings.DownloadReport }));
    expect(downloads.length).toBe(1);
    expect(downloads[0].name).toMatch(/^quality-import-report.*\.csv$/);
    const lines = (await textOf(downloads[0].blob)).replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe('Row,Record,Outcome,Problem');
    expect(lines[1]).toBe('2,DS-1,Written,');
    expect(lines[3]).toContain("'=HYPERLINK"); // a formula is written as text
    expect(lines[5]).toBe('6,DS-2,"Already recorded, not written again",');
  });

  it('says in the user\'s words why a file cannot be read', async () => {
    render(<QualityImportPanel service={fakeService()} strings={suiteStrings} onDismiss={() => undefined} />);
    const panel = await screen.findByRole('dialog');
    fireEvent.change(within(panel).getByLabelText(importStrings.UploadLabel), { target: { files: [new File(['x'], 'old.xls')] } });
    expect(await within(panel).findByText(importStrings.ProblemWrongFormat)).toBeTruthy();
  });

  it('offers an example file whose headers the import recognises and whose example row it ignores', async () => {
    const user = userEvent.setup();
    render(<QualityImportPanel service={fakeService()} strings={suiteStrings} onDismiss={() => undefined} />);
    const panel = await screen.findByRole('dialog');
    const before = downloads.length;
    await user.click(within(panel).getByRole('button', { name: suiteStrings.Quality.Import.Template }));
    expect(downloads.length).toBe(before + 1);
    expect(downloads[before].name).toMatch(/^quality-measurements-example.*\.csv$/);
    const lines = (await textOf(downloads[before].blob)).replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe('Record,Dimension,Score,Measured on,Source,Note');
    expect(lines[1]).toMatch(/^"?Example: DS-001/);
  });
});
