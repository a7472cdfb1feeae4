// Downloads are captured instead of handed to the browser.
jest.mock('../../../ui/export/download', () => ({
  ...jest.requireActual('../../../ui/export/download'),
  downloadCsv: jest.fn()
}));
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import * as shared from 'GovernanceSuiteStrings';
import * as strings from 'HealthScorecardWebPartStrings';
import { GovernanceError } from '../../../core/errors';
import type { MeasurementRow } from '../../../core/quality/latest';
import { downloadCsv } from '../../../ui/export/download';
import { formatDate } from '../../../ui/format';
import { QualityFiguresSection } from './QualityFiguresSection';

afterEach(() => cleanup());

const row = (id: number, asset: number, dimension: string, score: number, measuredOn: string): MeasurementRow =>
  ({ id, asset: { id: asset }, dimension, score, measuredOn } as MeasurementRow);
const rows = [
  row(1, 1, 'Completeness', 90, '2026-01-10'),
  row(2, 1, 'Completeness', 70, '2026-04-10'),
  row(3, 2, 'Completeness', 81, '2026-03-01'),
  row(4, 9, 'Completeness', 5, '2026-05-01'), // a record outside the scope
  row(5, 2, 'Accuracy', 66.66, '2026-02-02')
];
const cells = (name: string): string[] =>
  within(within(screen.getByRole('table')).getByRole('rowheader', { name }).closest('tr') as HTMLElement).getAllByRole('cell').map((c) => c.textContent ?? '');

describe('QualityFiguresSection', () => {
  it('shows per dimension the mean latest score of the scope, the records measured of the scope and the oldest latest date', async () => {
    render(<QualityFiguresSection source={{ load: () => Promise.resolve(rows) }} shared={shared} assetIds={[1, 2, 3]} />);
    const table = await screen.findByRole('table', { name: shared.Quality.ScorecardCaption });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Dimension', 'Mean latest score', 'Records measured', 'Oldest latest measurement']);
    expect(cells('Completeness')).toEqual(['75.5', '2 of 3', formatDate('2026-03-01', '')]);
    expect(cells('Accuracy')).toEqual(['66.7', '1 of 3', formatDate('2026-02-02', '')]);
    expect(cells('Validity')).toEqual(['Not measured', '0 of 3', '']);
    expect(screen.getByText(shared.Quality.ScorecardNote)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Measured data quality' })).toBeTruthy();
  });

  it('says when nothing is measured in the scope', async () => {
    render(<QualityFiguresSection source={{ load: () => Promise.resolve(rows) }} shared={shared} assetIds={[7]} />);
    expect(await screen.findByText(shared.Quality.ScorecardNone)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a failed load with a retry that loads again', async () => {
    let calls = 0;
    const source = { load: (): Promise<readonly MeasurementRow[]> => (++calls === 1 ? Promise.reject(new GovernanceError('Network', 'down')) : Promise.resolve(rows)) };
    render(<QualityFiguresSection source={source} shared={shared} assetIds={[1]} />);
    await userEvent.click(await screen.findByRole('button', { name: shared.Retry }));
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(cells('Completeness')).toEqual(['70', '1 of 1', formatDate('2026-04-10', '')]);
  });

  describe('by group', () => {
    const groups = [
      { value: 'Dakar', assetIds: [1, 3] },
      { value: 'Nairobi', assetIds: [2] },
      { value: 'Quito', assetIds: [4] } // no measurement: no row
    ];
    const renderGrouped = (): void => {
      render(
        <QualityFiguresSection
          source={{ load: () => Promise.resolve(rows) }}
          shared={shared}
          assetIds={[1, 2, 3, 4]}
          scope={{ kind: 'region', value: 'West & Central Africa' }}
          groupKind="mission"
          groups={groups}
          day="2026-06-01"
        />
      );
    };

    it('lists the measured groups with each dimension\'s mean latest score, an unmeasured one named for screen readers', async () => {
      renderGrouped();
      const table = await screen.findByRole('table', { name: /Mission/ });
      expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Mission', 'Completeness', 'Uniqueness', 'Validity', 'Timeliness', 'Consistency', 'Accuracy', 'Records']);
      const rowOf = (name: string): string[] =>
        within(within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement).getAllByRole('cell').map((c) => c.textContent ?? '');
      expect(rowOf('Dakar')).toEqual(['70', '–Not measured', '–Not measured', '–Not measured', '–Not measured', '–Not measured', '2']);
      expect(rowOf('Nairobi')).toEqual(['81', '–Not measured', '–Not measured', '–Not measured', '–Not measured', '66.7', '1']);
      expect(within(table).queryByRole('rowheader', { name: 'Quito' })).toBeNull();
    });

    it('downloads the scope and its groups as CSV, numbers as numbers and unmeasured cells empty', async () => {
      const downloads = downloadCsv as jest.MockedFunction<typeof downloadCsv>;
      downloads.mockClear();
      renderGrouped();
      await userEvent.click(await screen.findByRole('button', { name: strings.QualityDownloadCsv }));
      expect(downloads).toHaveBeenCalledTimes(1);
      const [csv, fileName] = downloads.mock.calls[0];
      expect(fileName).toMatch(/^scorecard-quality-west-central-africa-2026-06-01\.csv$/);
      const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0].split(',').slice(0, 6)).toEqual(['Scope type', 'Scope', 'Records', 'Completeness: mean latest score', 'Completeness: records measured', 'Completeness: oldest latest measurement']);
      expect(lines[1].split(',').slice(0, 6)).toEqual(['Region', 'West & Central Africa', '4', '75.5', '2', '2026-03-01']);
      expect(lines[2].split(',').slice(0, 9)).toEqual(['Mission', 'Dakar', '2', '70', '1', '2026-04-10', '', '0', '']);
      expect(lines[4].split(',').slice(0, 4)).toEqual(['Mission', 'Quito', '1', '']);
    });
  });
});
