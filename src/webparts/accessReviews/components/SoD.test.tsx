import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LEAD, renderAccessReviews } from '../testing/renderAccessReviews';

jest.setTimeout(30000);

describe('Segregation of duties', () => {
  it('refuses an exception expiring more than 12 months away, then records one within the limit', async () => {
    const user = userEvent.setup();
    const { service } = renderAccessReviews(LEAD, { defaultView: 'sod' });
    const violations = await screen.findByTestId('violations');
    expect(within(violations).getByText('Open')).toBeTruthy();
    await user.click(within(violations).getByRole('button', { name: 'Add exception: Carla Diaz, Pay and approve' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Mitigating control' }), 'Second approver on every payment run');
    const expiry = within(dialog).getByLabelText('Expires on');
    // Date inputs take a whole value at once (as a browser's date picker sets it).
    fireEvent.change(expiry, { target: { value: '2028-01-15' } });
    await user.click(within(dialog).getByRole('button', { name: 'Save exception' }));
    expect(await within(dialog).findByText('The expiry may be at most 12 months from today.')).toBeTruthy();
    expect(service.calls.addException).toHaveLength(0);
    fireEvent.change(expiry, { target: { value: '2027-05-01' } });
    await user.click(within(dialog).getByRole('button', { name: 'Save exception' }));
    expect(await screen.findByText('Exception recorded.')).toBeTruthy();
    expect(service.calls.addException).toEqual([{ principalKey: 'p-103', mitigatingControl: 'Second approver on every payment run', expiresOn: '2027-05-01' }]);
  });

  it('raises a risk from a violation and says which risk was created', async () => {
    const user = userEvent.setup();
    const { service } = renderAccessReviews(LEAD, { defaultView: 'sod' });
    await user.click(await screen.findByRole('button', { name: 'Raise risk: Carla Diaz, Pay and approve' }));
    expect(await screen.findByText('Risk 501 created in the Risk Register.')).toBeTruthy();
    await waitFor(() => expect(service.calls.raiseRisk).toEqual(['p-103']));
  });
});
