// Downloads are captured instead of handed to the browser.
jest.mock('../../../ui/export/download', () => ({
  ...jest.requireActual('../../../ui/export/download'),
  downloadCsv: jest.fn()
}));

import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as labelStrings from 'LabelCheckStrings';
import { downloadCsv } from '../../../ui/export/download';
import { INVENTORY_COLUMN_KEYS } from '../../../ui/inventoryTypes';
import { FakeLabelCheckRunner } from '../testing/fakeLabelCheckRunner';
import { makeAsset } from '../testing/fixtures';
import { renderInventory, strings } from '../testing/renderInventory';

const CHECKED = '2026-11-14T09:30:00Z';

describe('DataInventory: Purview labels on the records', () => {
  it('shows the label with its colour, the drift and the sharing beside the declared sensitivity', async () => {
    const runner = new FakeLabelCheckRunner();
    runner.colours = new Map([['g-id', '#00ff00']]);
    // The label columns are not among the defaults: the user chose every column (column chooser, issue 24).
    window.localStorage.setItem('labels-test', JSON.stringify({ columns: INVENTORY_COLUMN_KEYS, views: [] }));
    renderInventory([
      makeAsset({ title: 'Case register', declaredSensitivity: 'Highly Confidential', purviewLabelId: 'g-id', purviewLabelName: 'General', labelCheckedOn: CHECKED, labelDrift: 'underLabelled', accessFlags: ['anonymousLink', 'guestAccess'], overshared: true }),
      makeAsset({ title: 'Encrypted file', purviewLabelId: 'not-checkable', purviewLabelName: 'encrypted', labelCheckedOn: CHECKED, labelDrift: 'notCheckable', accessFlags: [] }),
      makeAsset({ title: 'Old survey' })
    ], { labelCheck: runner, preferencesKey: 'labels-test' });
    const register = (await screen.findByText('Case register')).closest('[role="row"]') as HTMLElement;
    expect(within(register).getByText('General')).toBeTruthy();
    expect(within(register).getByText('Under-labelled')).toBeTruthy();
    expect(within(register).getByText('Overshared:')).toBeTruthy();
    expect(within(register).getByText('Anyone link, Guests')).toBeTruthy();
    await waitFor(() => expect(register.querySelector('[aria-hidden="true"][style*="background-color"]')).toBeTruthy());
    const encrypted = screen.getByText('Encrypted file').closest('[role="row"]') as HTMLElement;
    expect(within(encrypted).getByText('Not checkable')).toBeTruthy();
    const old = screen.getByText('Old survey').closest('[role="row"]') as HTMLElement;
    expect(within(old).getByText('Never checked')).toBeTruthy();
    // Under-labelled and overshared: the label share (6.25 points) is lost; never checked earns half of it.
    expect(within(register).getByRole('img', { name: /^Health score 93\.8/ })).toBeTruthy();
  });

  it('filters on the drift state and on oversharing', async () => {
    const user = userEvent.setup();
    const { service } = renderInventory([makeAsset({ title: 'Case register' })]);
    await screen.findByText('Case register');
    await user.click(screen.getByRole('combobox', { name: /^Label drift/ }));
    await user.click(await screen.findByRole('option', { name: 'Under-labelled' }));
    await waitFor(() => expect(service.calls.page[service.calls.page.length - 1].query.filters.labelDrift).toBe('underLabelled'));
    await user.click(screen.getByRole('combobox', { name: /^Overshared/ }));
    await user.click(await screen.findByRole('option', { name: strings.Yes }));
    await waitFor(() => expect(service.calls.page[service.calls.page.length - 1].query.filters.overshared).toBe(true));
  });

  it('shows the label, when it was checked and why it could not be in the details panel', async () => {
    const user = userEvent.setup();
    renderInventory([makeAsset({ title: 'Encrypted file', purviewLabelId: 'not-checkable', purviewLabelName: 'encrypted', labelCheckedOn: CHECKED, labelDrift: 'notCheckable' })]);
    await user.click(await screen.findByRole('button', { name: 'Open details of Encrypted file' }));
    const section = await screen.findByRole('region', { name: labelStrings.DetailsTitle });
    expect(within(section).getByText(labelStrings.Reasons.encrypted)).toBeTruthy();
    expect(within(section).getByText(/^Checked on /)).toBeTruthy();
  });

  it('offers "Check labels" only to people who can edit the records', async () => {
    const runner = new FakeLabelCheckRunner();
    runner.allowed = false;
    renderInventory([makeAsset({ title: 'Case register' })], { labelCheck: runner });
    const button = await screen.findByRole('button', { name: labelStrings.CheckLabels });
    await waitFor(() => expect(button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true').toBe(true));
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('checks a mission with progress, reports each record, downloads the report and reloads the grid', async () => {
    const user = userEvent.setup();
    const runner = new FakeLabelCheckRunner();
    runner.rows = [
      { id: 1, title: 'Case register', mission: 'Kenya', outcome: 'checked', labelName: 'General', drift: 'underLabelled', accessFlags: ['anonymousLink'] },
      { id: 2, title: 'Encrypted file', mission: 'Kenya', outcome: 'notCheckable', drift: 'notCheckable', reason: 'encrypted', accessFlags: [] },
      { id: 3, title: '=HYPERLINK("x")', mission: 'Kenya', outcome: 'failed', writeError: 'Conflict', accessFlags: [] }
    ];
    const { service } = renderInventory([makeAsset({ title: 'Case register', mission: 'Kenya' })], { labelCheck: runner, defaultFilters: { mission: 'Kenya' } });
    const button = await screen.findByRole('button', { name: labelStrings.CheckLabels });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: labelStrings.DialogTitle });
    await user.click(within(dialog).getByRole('button', { name: labelStrings.Start }));
    expect(runner.scopes).toEqual([{ kind: 'mission', mission: 'Kenya' }]);
    act(() => runner.progress(1, 3));
    expect(within(dialog).getByRole('status').textContent).toBe('1 of 3 records checked');
    const loads = service.calls.page.length;
    await act(async () => runner.finish());
    expect(await within(dialog).findByText('Done: 1 checked, 1 not checkable, 1 failed.')).toBeTruthy();
    const report = within(dialog).getByRole('table');
    expect(within(report).getByText(labelStrings.Reasons.encrypted)).toBeTruthy();
    expect(within(report).getByText(/^Not saved: /)).toBeTruthy();
    await waitFor(() => expect(service.calls.page.length).toBeGreaterThan(loads));
    await user.click(within(dialog).getByRole('button', { name: labelStrings.DownloadReport }));
    const [csv, fileName] = (downloadCsv as jest.MockedFunction<typeof downloadCsv>).mock.calls[0];
    expect(fileName).toMatch(/^label-check-report-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv).toContain('Case register,Kenya,Checked,General');
    expect(csv).toContain('Under-labelled,Anyone link');
    // A title that would run as a formula is written as text.
    expect(csv).toContain('"\'=HYPERLINK(""x"")"');
  });

  it('cancels a run: the report marks the records not reached', async () => {
    const user = userEvent.setup();
    const runner = new FakeLabelCheckRunner();
    runner.rows = [
      { id: 1, title: 'First', outcome: 'checked', drift: 'aligned', accessFlags: [] },
      { id: 2, title: 'Second', outcome: 'checked', drift: 'aligned', accessFlags: [] }
    ];
    renderInventory([makeAsset({ title: 'First', mission: 'Kenya' })], { labelCheck: runner, defaultFilters: { mission: 'Kenya' } });
    const button = await screen.findByRole('button', { name: labelStrings.CheckLabels });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: labelStrings.DialogTitle });
    await user.click(within(dialog).getByRole('button', { name: labelStrings.Start }));
    act(() => runner.progress(1, 2));
    await user.click(within(dialog).getByRole('button', { name: strings.Cancel }));
    expect(await within(dialog).findByText('Cancelled: 1 records were checked and saved; the others were not checked.')).toBeTruthy();
    expect(within(dialog).getByText(labelStrings.Outcome.notReached)).toBeTruthy();
  });
});
