import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as shared from 'GovernanceSuiteStrings';
import * as aiStrings from 'AIRegistryWebPartStrings';
import * as strings from 'PrivacyRegisterWebPartStrings';
import type { Stored } from '../../../core/models/common';
import type { ProcessingActivity } from '../../../core/privacy/model';
import { FakePrivacyService } from '../testing/fakePrivacyService';
import { PrivacyRegister } from './PrivacyRegister';

jest.setTimeout(30000);

const beneficiaries: Stored<ProcessingActivity> = {
  id: 7, etag: '"1"', title: 'Beneficiary registration - Chad', role: 'Controller', controller: 'The Organisation',
  purposes: '=HYPERLINK("https://attacker.example")', dataSubjectCategories: ['Internally displaced persons', 'Refugees'],
  personalDataCategories: ['Contact details'], recipients: '<b>Partners</b>', legalBasis: 'Art. 6(1)(e) Public interest or official authority',
  securityMeasures: 'Access control', mission: 'Chad', region: 'Central and West Africa', internationalTransfers: false
};
const payroll: Stored<ProcessingActivity> = {
  id: 8, etag: '"1"', title: 'Staff payroll - Chad', role: 'Controller', controller: 'The Organisation', purposes: 'Pay staff',
  dataSubjectCategories: ['Staff'], personalDataCategories: ['Contact details'], recipients: 'Payroll provider', legalBasis: 'Art. 6(1)(b) Contract',
  securityMeasures: 'Access control', mission: 'Chad', region: 'Central and West Africa'
};

describe('Art. 30 print view', () => {
  it('shows each record shown in the grid with its fields in the report\'s order, as typed, and prints and closes', async () => {
    const user = userEvent.setup();
    render(<PrivacyRegister service={new FakePrivacyService([beneficiaries, payroll])} strings={strings} shared={shared} aiStrings={aiStrings} />);
    await screen.findByText('Staff payroll - Chad');
    // The command bar measures itself again once the records (and so the enabled commands) are there.
    const opener = await screen.findByRole('menuitem', { name: strings.PrintMenu });
    await user.click(opener);

    const view = screen.getByRole('dialog', { name: strings.PrintTitle });
    expect(within(view).getByText(/generated .*, 2 records/)).toBeTruthy();
    const record = within(view).getByRole('article', { name: 'Beneficiary registration - Chad' });
    const fields = within(record).getAllByRole('rowheader').map((h) => h.textContent);
    const headers = strings.Art30Headers as Record<string, string>;
    // Art. 30(1)(a) before (b) before (c), and empty fields (joint controllers, special categories) left out.
    expect(fields.slice(0, 4)).toEqual([headers.reference, headers.role, headers.controller, headers.purposes]);
    expect(fields).not.toContain(headers.jointControllers);
    const cell = (header: string): string | null => within(record).getByRole('rowheader', { name: header }).nextElementSibling?.textContent ?? null;
    expect(cell(headers.purposes)).toBe('=HYPERLINK("https://attacker.example")');
    expect(cell(headers.recipients)).toBe('<b>Partners</b>');
    expect(record.querySelector('b')).toBeNull();
    expect(cell(headers.dataSubjectCategories)).toBe('Internally displaced persons; Refugees');
    expect(cell(headers.transferDestinations)).toBe(strings.ExportNoTransfer);

    expect(within(view).getByRole('button', { name: strings.PrintClose })).toBe(document.activeElement);
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(within(view).getByRole('button', { name: strings.PrintPrint }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: strings.PrintTitle })).toBeNull();
  });
});
