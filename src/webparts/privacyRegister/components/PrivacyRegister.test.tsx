import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as shared from 'GovernanceSuiteStrings';
import * as aiStrings from 'AIRegistryWebPartStrings';
import * as strings from 'PrivacyRegisterWebPartStrings';
import type { Stored } from '../../../core/models/common';
import type { ProcessingActivity } from '../../../core/privacy/model';
import { FakePrivacyService } from '../testing/fakePrivacyService';
import { PrivacyRegister } from './PrivacyRegister';

jest.setTimeout(30000);

let nextId = 1;
function activity(overrides: Partial<Stored<ProcessingActivity>> = {}): Stored<ProcessingActivity> {
  return {
    id: nextId++, etag: '"1"', title: `Activity ${nextId}`, role: 'Controller', controller: 'The Organisation', purposes: 'Assistance',
    dataSubjectCategories: ['Staff'], personalDataCategories: ['Contact details'], recipients: 'Partners', legalBasis: 'Art. 6(1)(b) Contract',
    securityMeasures: 'Access control', mission: 'Chad', region: 'Central and West Africa', ...overrides
  };
}

function renderRegister(service: FakePrivacyService): void {
  render(<PrivacyRegister service={service} strings={strings} shared={shared} aiStrings={aiStrings} />);
}

describe('PrivacyRegister', () => {
  it('flags a record that needs a DPIA and has none, in words, and counts it', async () => {
    renderRegister(new FakePrivacyService([
      activity({ title: 'Beneficiary registration - Chad', dpiaRequired: true }),
      activity({ title: 'Biometric enrolment - Chad', dpiaRequired: true, dpiaLink: { url: 'https://example.org/dpia' } }),
      activity({ title: 'Staff HR - Chad', dpiaRequired: false })
    ]));
    const row = (await screen.findByText('Beneficiary registration - Chad')).closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('DPIA required, none recorded')).toBeTruthy();
    expect(screen.getByText('DPIA recorded')).toBeTruthy();
    expect(screen.getByText('Not required')).toBeTruthy();
    expect(screen.getByText('3 processing activities shown, 1 needing a DPIA that has none')).toBeTruthy();
  });

  it('refuses special categories without an Art. 9 condition with a clear message and sends nothing', async () => {
    const user = userEvent.setup();
    const service = new FakePrivacyService([]);
    renderRegister(service);
    await screen.findByText(strings.Empty);
    await user.click(screen.getByRole('menuitem', { name: 'New processing activity' }));
    const panel = await screen.findByRole('dialog', { name: 'New processing activity' });
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(await within(panel).findByText(/Some fields need attention: nothing was saved/)).toBeTruthy();
    expect(within(panel).getAllByText('Required in a controller\'s record of processing (Art. 30(1)).').length).toBeGreaterThan(0);
    expect(service.saved).toEqual([]);
  });

  it('shows the screening outcome live: refugees plus large scale require a DPIA, with both grounds', async () => {
    const user = userEvent.setup();
    const service = new FakePrivacyService([activity({ title: 'Health assessments - Chad', dataSubjectCategories: ['Refugees'] })]);
    renderRegister(service);
    await user.click(await screen.findByText('Health assessments - Chad'));
    const panel = await screen.findByRole('dialog', { name: 'Edit processing activity' });
    const result = within(panel).getByTestId('screening-result');
    expect(within(result).getByText('No DPIA required: 1 of the 9 criteria met (a DPIA is required from two).')).toBeTruthy();
    await user.click(within(panel).getByRole('checkbox', { name: 'Is the data processed on a large scale?' }));
    await waitFor(() => expect(within(result).getByText('DPIA required: 2 of the 9 criteria are met.')).toBeTruthy());
    expect(within(result).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Large scale (answered yes)',
      'Vulnerable data subjects (data subjects: Refugees)'
    ]);
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(service.saved).toHaveLength(1));
    expect(service.saved[0].dpiaRequired).toBe(true);
    expect(JSON.parse(service.saved[0].screeningAnswers ?? '{}')).toEqual({ largeScale: true });
  });

  it('says when someone else saved first and saves nothing over it until asked', async () => {
    const user = userEvent.setup();
    const service = new FakePrivacyService([activity({ title: 'Donor reporting - Chad' })]);
    renderRegister(service);
    await user.click(await screen.findByText('Donor reporting - Chad'));
    const panel = await screen.findByRole('dialog', { name: 'Edit processing activity' });
    service.activities[0] = { ...service.activities[0], etag: '"2"', purposes: 'Theirs' };
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(await within(panel).findByText(strings.ConflictMessage)).toBeTruthy();
    expect(service.saved).toEqual([]);
    await user.click(within(panel).getByRole('button', { name: 'Load their version' }));
    await waitFor(() => expect((within(panel).getByRole('textbox', { name: 'Purposes of the processing' }) as HTMLTextAreaElement).value).toBe('Theirs'));
  });
});
