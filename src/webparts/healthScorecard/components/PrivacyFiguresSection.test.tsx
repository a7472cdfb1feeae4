import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import * as shared from 'GovernanceSuiteStrings';
import * as strings from 'HealthScorecardWebPartStrings';
import { formatDate } from '../../../ui/format';
import { privacyFigures, type PrivacyFigureInput } from '../../../core/privacy/privacyFigures';
import { PrivacyFiguresSection } from './PrivacyFiguresSection';

const BASIS = 'Art. 6(1)(e) Public interest or official authority' as const;
const records: PrivacyFigureInput[] = [
  { id: 1, title: 'Beneficiary registration', role: 'Controller', region: 'East Africa', mission: 'Kenya', reviewDate: '2026-01-31', legalBasis: BASIS, dpiaRequired: true },
  { id: 2, title: '<b>Case management</b>', role: 'Controller', region: 'East Africa', mission: 'Kenya', reviewDate: '2027-03-01', dpiaRequired: false },
  { id: 3, title: 'Payroll', role: 'Controller', region: 'East Africa', mission: 'Uganda', legalBasis: BASIS, dpiaRequired: false },
  { id: 4, title: 'Donor reporting', role: 'Processor', region: 'South America', mission: 'Peru', reviewDate: '2027-01-01', dpiaRequired: false }
];
const figures = privacyFigures(records, '2026-06-15', new Map([[3, ['Awaiting validation']], [4, ['Validated']]]));
const source = { load: () => Promise.resolve(figures) };
const caption = (by: string): string => strings.PrivacyCaption.replace('{0}', by);

describe('PrivacyFiguresSection', () => {
  it('counts per region for the organisation and opens the records a count counts', async () => {
    render(<PrivacyFiguresSection source={source} shared={shared} scope={{ kind: 'organisation' }} />);
    const table = await screen.findByRole('table', { name: caption(strings.PrivacyByRegion) });
    const eastAfrica = within(table).getByRole('row', { name: /East Africa/ });
    expect(within(eastAfrica).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', '1', '2', '1', '1']);
    const southAmerica = within(table).getByRole('row', { name: /South America/ });
    expect(within(southAmerica).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '0', '0', '0', '0']);

    await userEvent.click(within(eastAfrica).getByRole('button', { name: /^2 Review overdue in East Africa/ }));
    const list = screen.getByRole('region', { name: `${strings.PrivacyOverdueReview}: East Africa` });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `Beneficiary registration (Kenya, review due ${formatDate('2026-01-31', '')})`,
      'Payroll (Uganda, no review date)'
    ]);
    await userEvent.click(within(eastAfrica).getByRole('button', { name: /^1 No legal basis in East Africa/ }));
    // The title is text, never markup.
    expect(screen.getByRole('listitem').textContent).toBe('<b>Case management</b> (Kenya)');
    await userEvent.click(within(eastAfrica).getByRole('button', { name: /^1 DPIA not validated in East Africa/ }));
    expect(screen.getByRole('listitem').textContent).toBe('Payroll (Uganda)');
  });

  it('shows a region scorecard its missions, and a mission scorecard its own row', async () => {
    const { unmount } = render(<PrivacyFiguresSection source={source} shared={shared} scope={{ kind: 'region', value: 'East Africa' }} />);
    const table = await screen.findByRole('table', { name: caption(strings.PrivacyByMission) });
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Kenya', 'Uganda']);
    unmount();
    render(<PrivacyFiguresSection source={source} shared={shared} scope={{ kind: 'mission', value: 'Peru' }} />);
    const peru = await screen.findByRole('table', { name: caption(strings.PrivacyByMission) });
    expect(within(peru).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Peru']);
  });

  it('says when the scope has no record, and offers a retry when the records cannot be read', async () => {
    const { unmount } = render(<PrivacyFiguresSection source={source} shared={shared} scope={{ kind: 'mission', value: 'Chad' }} />);
    expect(await screen.findByText(strings.PrivacyNone)).toBeTruthy();
    unmount();
    let calls = 0;
    const failing = { load: () => (++calls === 1 ? Promise.reject(new Error('boom')) : Promise.resolve(figures)) };
    render(<PrivacyFiguresSection source={failing} shared={shared} scope={{ kind: 'organisation' }} />);
    await userEvent.click(await screen.findByRole('button', { name: shared.Retry }));
    expect(await screen.findByRole('table', { name: caption(strings.PrivacyByRegion) })).toBeTruthy();
  });
});
