import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as suiteStrings from 'GovernanceSuiteStrings';
import { checkRows, indexByKey } from '../../core/import';
import type { ImportTable, ReportRow } from '../../core/import/types';
import type { IImportService, ImportRunProgress } from './importServiceTypes';
import { ImportWizard } from './ImportWizard';

jest.setTimeout(20000);

const TABLE: ImportTable = {
  headers: ['Title', 'Mission', 'Asset type'],
  rows: [['Payroll', 'Chile', 'Database'], ['', 'Chile', 'Spaceship']]
};

/** A fake rollout-kit service: real core checks, no network; it records what the wizard asks for. */
function fakeService(): IImportService & { runs: string[]; reports: string[][][] } {
  const runs: string[] = [];
  const reports: string[][][] = [];
  return {
    runs,
    reports,
    readFile: async () => TABLE,
    check: async (table, mapping, dateOrder) => {
      const rows = checkRows(table, mapping, { dateOrder, missions: [{ title: 'Chile', region: 'South America' }], people: new Map() });
      return { rows, byExternalId: false, existing: indexByKey([], false) };
    },
    run: async (prepared, policy, options): Promise<ReportRow[]> => {
      runs.push(policy);
      const progress: ImportRunProgress = { total: 1, done: 1, created: 1, updated: 0, failed: 0 };
      options.onProgress?.(progress);
      return prepared.rows.map((r) => (r.issues.length > 0 ? { rowNumber: r.rowNumber, outcome: 'invalid', issues: r.issues } : { rowNumber: r.rowNumber, outcome: 'created', id: 41 }));
    },
    template: async () => new Blob(),
    exportRecords: async () => new Blob(),
    reportFile: (table) => {
      reports.push(table.map((r) => [...r]));
      return new Blob(['report']);
    },
    recordUrl: (id) => `https://contoso.sharepoint.com/sites/governance/Lists/DataAssets/DispForm.aspx?ID=${id}`
  };
}

describe('ImportWizard', () => {
  beforeAll(() => {
    // jsdom has no object URLs; the download helper needs them.
    (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => 'blob:report';
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
    // jsdom cannot navigate: the download link's click is the browser's business.
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });

  it('goes from upload to report: maps columns, shows each bad row and field, runs, offers the report', async () => {
    const user = userEvent.setup();
    const service = fakeService();
    const imported = jest.fn();
    render(<ImportWizard service={service} suiteStrings={suiteStrings} locale="fr-FR" onImported={imported} onDismiss={() => undefined} />);
    const wizard = await screen.findByRole('dialog');
    expect(within(wizard).getByText(/at most 25.000 rows and 10 MB|at most 25\u202f000 rows and 10 MB|at most 25 000 rows and 10 MB/)).toBeTruthy();

    fireEvent.change(within(wizard).getByLabelText('Spreadsheet to import'), { target: { files: [new File(['x'], 'rollout.csv')] } });
    expect(await within(wizard).findByRole('heading', { name: 'Step 2 of 5: match the columns' })).toBeTruthy();
    expect(within(wizard).getByText('rollout.csv: 2 rows, 3 columns.')).toBeTruthy();
    await user.click(within(wizard).getByRole('button', { name: 'Next' }));

    expect(await within(wizard).findByRole('heading', { name: 'Step 3 of 5: check the rows' })).toBeTruthy();
    expect(within(wizard).getByText('2 rows read: 1 ready, 1 with problems.')).toBeTruthy();
    const problems = within(wizard).getByRole('table', { name: 'Problems to fix in the file' });
    const cells = within(problems).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(expect.arrayContaining(['3', `${suiteStrings.Fields.title} is required.`]));
    expect(cells.some((c) => (c ?? '').includes('does not accept "Spaceship"'))).toBe(true);

    await user.click(within(wizard).getByRole('button', { name: 'Import 1 row' }));
    expect(await within(wizard).findByRole('heading', { name: 'Step 5 of 5: report' })).toBeTruthy();
    expect(service.runs).toEqual(['update']);
    expect(imported).toHaveBeenCalled();
    expect(within(wizard).getByText(/Created 1, updated 0/)).toBeTruthy();
    expect(within(wizard).getByRole('link', { name: 'Open record 41' }).getAttribute('href')).toContain('DispForm.aspx?ID=41');

    await user.click(within(wizard).getByRole('button', { name: 'Download the report (CSV)' }));
    expect(service.reports[0][0]).toEqual(['Row', 'Outcome', 'Record', 'Problem']);
    expect(service.reports[0][1]).toEqual(['2', 'Created', service.recordUrl(41), '']);
    expect(service.reports[0][2][1]).toBe('Not imported: problems in the row');
  });

  it('says why a file cannot be read, in the user\'s words', async () => {
    const service = { ...fakeService(), readFile: () => Promise.reject(Object.assign(new Error('dup'), { name: 'SpreadsheetError', code: 'duplicateHeaders', params: { headers: 'Title' } })) };
    render(<ImportWizard service={service} suiteStrings={suiteStrings} onDismiss={() => undefined} />);
    const wizard = await screen.findByRole('dialog');
    fireEvent.change(within(wizard).getByLabelText('Spreadsheet to import'), { target: { files: [new File(['x'], 'dup.csv')] } });
    expect(await within(wizard).findByText('Some column names appear twice: Title. Rename or delete the extra columns.')).toBeTruthy();
  });
  it('matches columns in a table named by field, and names the template\'s example row as ignored', async () => {
    const user = userEvent.setup();
    const service = { ...fakeService(), check: async () => ({ rows: [], byExternalId: false, existing: indexByKey([], false), exampleRows: [2] }) };
    render(<ImportWizard service={service} suiteStrings={suiteStrings} onDismiss={() => undefined} />);
    const wizard = await screen.findByRole('dialog');
    fireEvent.change(within(wizard).getByLabelText('Spreadsheet to import'), { target: { files: [new File(['x'], 'template.csv')] } });
    const table = await within(wizard).findByRole('table', { name: 'Which column of the file fills each field' });
    expect(within(table).getByRole('combobox', { name: `Column of the file for ${suiteStrings.Fields.title} (required)` }).textContent).toContain('Title');
    expect(within(table).getByRole('combobox', { name: `Column of the file for ${suiteStrings.Fields.description}` }).textContent).toContain('(none)');
    await user.click(within(wizard).getByRole('button', { name: 'Next' }));
    expect(await within(wizard).findByText('Row 2 is the template\'s example row (its Title starts with "Example:"): it is ignored.')).toBeTruthy();
    expect(within(wizard).getByText(/Nothing to write: the file holds only the template's example row/)).toBeTruthy();
  });
});
