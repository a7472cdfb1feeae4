import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import * as shared from 'GovernanceSuiteStrings';
import * as strings from 'HealthScorecardWebPartStrings';
import type { Stored } from '../../../core/models/common';
import { literacyCoverage, literacyRegionCoverage, type LiteracyMeasure, type LiteracyPlace, type LiteracyRegionSystem, type LiteracyUsageRow } from '../../../core/literacy';
import { formatPercent } from '../../../ui/format';
import { LiteracyFiguresSection } from './LiteracyFiguresSection';

const now = new Date('2026-06-15T10:00:00Z');
const usage = (department: string, users: number): LiteracyUsageRow => ({ department, users, periodStart: '2026-05-01', periodEnd: '2026-05-31' });
const finance: Stored<LiteracyMeasure> = { id: 1, etag: '"1"', title: 'Prompting safely', audienceKind: 'Departments', audienceValues: 'Finance', coveredSystems: [{ id: 1 }, { id: 3 }], deliveredOn: '2026-03-01', refreshMonths: 12 };
function system(id: number, places: LiteracyPlace[], rows: LiteracyUsageRow[]): LiteracyRegionSystem {
  const mine = [finance].filter((m) => (m.coveredSystems ?? []).some((ref) => ref.id === id));
  return { id, places, coverage: literacyCoverage({ id }, mine, [], rows, now), measureIds: mine.map((m) => m.id) };
}
// Kenya: Finance covered (30 of 40). Peru: no measure (5 users). No mission: covered, no users known.
const figures = literacyRegionCoverage([
  system(1, [{ region: 'East Africa', mission: 'Kenya' }], [usage('Finance', 30), usage('Logistics', 10)]),
  system(2, [{ region: 'South America', mission: 'Peru' }], [usage('Finance', 5)]),
  system(3, [], [])
]);
const source = { load: () => Promise.resolve(figures) };
const caption = (by: string): string => strings.LiteracyCaption.replace('{0}', by);
/** The figures of the row whose header is `name`. */
const cells = (table: HTMLElement, name: string): string[] =>
  within(within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement).getAllByRole('cell').map((c) => c.textContent ?? '');

describe('LiteracyFiguresSection', () => {
  it('shows a progress indicator while loading, then per region the systems, gaps and users covered with the total', async () => {
    render(<LiteracyFiguresSection source={source} shared={shared} scope={{ kind: 'organisation' }} />);
    expect(screen.getByText(strings.LiteracyLoading)).toBeTruthy();
    const table = await screen.findByRole('table', { name: caption(strings.LiteracyByRegion) });
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['East Africa', 'South America', strings.LiteracyOrganisationWide, strings.LiteracyTotal]);
    expect(cells(table, 'East Africa')).toEqual(['1', '1', '1', '40', '30', formatPercent(0.75, 1)]);
    expect(cells(table, 'South America')).toEqual(['1', '0', '1', '5', '0', formatPercent(0, 1)]);
    expect(cells(table, strings.LiteracyOrganisationWide)).toEqual(['1', '1', '0', '0', '0', strings.LiteracyNoUsersKnown]);
    expect(cells(table, strings.LiteracyTotal)).toEqual(['3', '2', '2', '45', '30', formatPercent(30 / 45, 1)]);
  });

  it("shows a region's missions with the region's total", async () => {
    render(<LiteracyFiguresSection source={source} shared={shared} scope={{ kind: 'region', value: 'East Africa' }} />);
    const table = await screen.findByRole('table', { name: caption(strings.LiteracyByMission) });
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Kenya', strings.LiteracyScopeTotal.replace('{0}', 'East Africa')]);
  });

  it('says when no measure is recorded yet, and when the scope uses no AI system', async () => {
    const none = literacyRegionCoverage([system(2, [{ region: 'South America', mission: 'Peru' }], [usage('Finance', 5)])]);
    const { unmount } = render(<LiteracyFiguresSection source={{ load: () => Promise.resolve(none) }} shared={shared} scope={{ kind: 'organisation' }} />);
    expect(await screen.findByText(strings.LiteracyNoMeasures)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    unmount();
    render(<LiteracyFiguresSection source={source} shared={shared} scope={{ kind: 'mission', value: 'Chad' }} />);
    expect(await screen.findByText(strings.LiteracyNone)).toBeTruthy();
  });

  it('offers a retry when the figures cannot be read, and shows them after it', async () => {
    let calls = 0;
    const failing = { load: () => (++calls === 1 ? Promise.reject(new Error('boom')) : Promise.resolve(figures)) };
    render(<LiteracyFiguresSection source={failing} shared={shared} scope={{ kind: 'organisation' }} />);
    await userEvent.click(await screen.findByRole('button', { name: shared.Retry }));
    expect(await screen.findByRole('table', { name: caption(strings.LiteracyByRegion) })).toBeTruthy();
    expect(calls).toBe(2);
  });
});
