import * as React from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as suiteStrings from 'GovernanceSuiteStrings';
import { GovernanceError } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import type { QualityDraft, QualityMeasurement } from '../../core/quality/model';
import { measurementFromDraft, validateQualityMeasurement } from '../../core/quality/validation';
import { RecordDataQuality } from './RecordDataQuality';

afterEach(() => cleanup());

const NOW = new Date('2026-12-05T09:00:00Z');
const m = (id: number, dimension: string, score: number, measuredOn: string, source?: string): Stored<QualityMeasurement> =>
  ({ id, etag: '"1"', title: dimension, asset: { id: 4 }, dimension, score, measuredOn, source } as Stored<QualityMeasurement>);

function setup(rows: Stored<QualityMeasurement>[]): { sent: QualityDraft[] } {
  const sent: QualityDraft[] = [];
  let nextId = 100;
  const add = async (draft: QualityDraft): Promise<Stored<QualityMeasurement>> => {
    sent.push(draft);
    const issues = validateQualityMeasurement(draft, { id: 4 }, '2026-12-05');
    if (issues.length > 0) throw new GovernanceError('Validation', issues[0].message, { issues });
    return { ...measurementFromDraft(draft, { id: 4 }), id: nextId++, etag: '"1"' };
  };
  render(<RecordDataQuality load={async () => rows} add={add} now={NOW} strings={suiteStrings} />);
  return { sent };
}

const latestRow = (dimension: string): HTMLElement => screen.getByTestId('quality-latest').querySelector(`tr[data-dimension="${dimension}"]`) as HTMLElement;

describe('RecordDataQuality', () => {
  it('shows the latest score per dimension (a newer lower one wins), its date and source, and the history on demand', async () => {
    setup([m(1, 'Completeness', 95, '2026-03-01', 'Profiler'), m(2, 'Completeness', 61.5, '2026-09-01', 'Rule set v2'), m(3, 'Validity', 80, '2026-09-01')]);
    await screen.findByTestId('quality-latest');
    expect(latestRow('Completeness').textContent).toContain('61.5');
    expect(latestRow('Completeness').textContent).toContain('Rule set v2');
    expect(latestRow('Validity').textContent).toContain('not stated');
    expect(latestRow('Accuracy').textContent).toContain('Not measured');
    const history = screen.getByTestId('quality-history');
    expect(within(history).getByText('History (3 measurements)')).toBeTruthy();
    expect([...history.querySelectorAll('tr[data-measurement]')].map((tr) => tr.getAttribute('data-measurement'))).toEqual(['3', '2', '1']);
  });

  it('says so when nothing is measured', async () => {
    setup([]);
    expect(await screen.findByText('No data quality measurement recorded for this record yet.')).toBeTruthy();
  });

  it('refuses an invalid score beside its field, then saves by keyboard and shows the new latest with a status', async () => {
    const { sent } = setup([m(1, 'Completeness', 95, '2026-03-01')]);
    await screen.findByTestId('quality-latest');
    await userEvent.click(screen.getByRole('button', { name: 'Add measurement' }));
    const scoreField = screen.getByRole('textbox', { name: /Score \(0-100\)/ });
    await userEvent.type(scoreField, '120');
    await userEvent.click(screen.getByRole('button', { name: 'Save measurement' }));
    expect(await screen.findByText('Enter a score from 0 to 100.')).toBeTruthy();
    expect(scoreField.getAttribute('aria-invalid')).toBe('true');

    await userEvent.clear(scoreField);
    await userEvent.type(scoreField, '72,5');
    const date = screen.getByRole('textbox', { name: /Date measured/ });
    await userEvent.clear(date);
    await userEvent.type(date, '2026-11-30');
    await userEvent.type(screen.getByRole('textbox', { name: /Source/ }), 'Great Expectations{enter}');
    expect(await screen.findByText(/Measurement saved: Completeness 72.5 on/)).toBeTruthy();
    expect(sent.map((d) => d.score)).toEqual(['120', '72,5']);
    expect(latestRow('Completeness').textContent).toContain('72.5');
    expect(latestRow('Completeness').textContent).toContain('Great Expectations');
    expect(screen.queryByTestId('quality-form')).toBeNull();
  });
});
