import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import * as shared from 'GovernanceSuiteStrings';
import * as strings from 'HealthScorecardWebPartStrings';
import type { AccessFigures } from '../../../core/accessReviews';
import { AccessFiguresSection } from './AccessFiguresSection';

const figures: AccessFigures = {
  asOf: '2026-12-03T10:00:00Z',
  regions: [
    { region: 'Asia and the Pacific', items: 40, decided: 30, completion: 0.75, overdueReviews: 10, openViolations: 2, staleGroups: 0 },
    { region: '', items: 0, decided: 0, completion: undefined, overdueReviews: 0, openViolations: 0, staleGroups: 1 }
  ],
  details: [
    { region: 'Asia and the Pacific', figure: 'openViolations', subject: 'Ana Ruiz', detail: 'Pay and create vendors' },
    { region: 'Asia and the Pacific', figure: 'openViolations', subject: '<b>Ben</b>', detail: '' },
    { region: '', figure: 'staleGroups', subject: 'Old project team', detail: '', reasons: ['noOwner', 'guestsWithoutSponsor'] }
  ]
};

describe('AccessFiguresSection', () => {
  it('shows completion and counts per region, and opens what a count counts', async () => {
    render(<AccessFiguresSection source={{ load: () => Promise.resolve(figures) }} shared={shared} />);
    const table = await screen.findByRole('table', { name: strings.AccessCaption });
    const asia = within(table).getByRole('row', { name: /Asia and the Pacific/ });
    expect(within(asia).getAllByRole('cell').map((c) => c.textContent)).toEqual(['75%', '10', '2', '0']);
    const noRegion = within(table).getAllByRole('row').find((row) => row.textContent?.startsWith(strings.AccessNoRegion)) as HTMLElement;
    expect(within(noRegion).getAllByRole('cell')[0].textContent).toBe(shared.Scorecard.NotApplicable);

    await userEvent.click(within(asia).getByRole('button', { name: /^2 Open SoD violations in Asia and the Pacific/ }));
    const list = screen.getByRole('region', { name: `${strings.AccessOpenViolations}: Asia and the Pacific` });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Ana Ruiz (Pay and create vendors)', '<b>Ben</b>']);
    await userEvent.click(screen.getByRole('button', { name: /^1 Stale groups in No region/ }));
    expect(screen.getByRole('listitem').textContent).toBe('Old project team (no owner, guests without a sponsor)');
  });

  it('offers a retry when the figures cannot be read', async () => {
    let calls = 0;
    const source = { load: () => (++calls === 1 ? Promise.reject(new Error('boom')) : Promise.resolve(figures)) };
    render(<AccessFiguresSection source={source} shared={shared} />);
    await userEvent.click(await screen.findByRole('button', { name: shared.Retry }));
    expect(await screen.findByRole('table', { name: strings.AccessCaption })).toBeTruthy();
  });
});
