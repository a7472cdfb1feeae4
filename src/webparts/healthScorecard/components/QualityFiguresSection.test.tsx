import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import * as shared from 'GovernanceSuiteStrings';
import { GovernanceError } from '../../../core/errors';
import type { MeasurementRow } from '../../../core/quality/latest';
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
});
