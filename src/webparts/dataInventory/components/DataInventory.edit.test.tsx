import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserEvent } from '@testing-library/user-event';
import { makeAsset, PEOPLE } from '../testing/fixtures';
import { renderInventory, strings } from '../testing/renderInventory';

// The form has some 25 Fluent controls: pasting instead of typing key by key keeps the tests quick.
async function fill(user: UserEvent, field: HTMLElement, text: string, replace = true): Promise<void> {
  if (replace) {
    await user.clear(field);
  } else {
    await user.click(field);
  }
  await user.paste(text);
}

jest.setTimeout(20000);

describe('DataInventory create and edit', () => {
  it('creates a record with the values entered and shows it in the grid', async () => {
    const user = userEvent.setup();
    const { service } = renderInventory([makeAsset({ title: 'Existing' })], { defaultFilters: { mission: 'Bangladesh', region: 'Asia and the Pacific' } });
    await screen.findByText('Existing');

    await user.click(screen.getByRole('button', { name: strings.NewRecord }));
    const panel = await screen.findByRole('dialog');
    await fill(user, within(panel).getByRole('textbox', { name: strings.Fields.title }), 'Cox’s Bazar site registry');
    await fill(user, within(panel).getByRole('textbox', { name: strings.Fields.locationUrl }), 'https://contoso.sharepoint.com/sites/cxb');
    await user.click(within(panel).getByRole('button', { name: strings.Save }));

    await waitFor(() => expect(service.calls.create).toHaveLength(1));
    expect(service.calls.create[0]).toEqual(
      expect.objectContaining({
        title: 'Cox’s Bazar site registry',
        region: 'Asia and the Pacific',
        mission: 'Bangladesh',
        locationUrl: { url: 'https://contoso.sharepoint.com/sites/cxb' },
        containsPersonalData: false,
        reviewCycleMonths: 12,
        ownershipStatus: 'Unassigned',
        lifecycle: 'Active'
      })
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('Cox’s Bazar site registry')).toBeTruthy();
  });

  it('keeps the values and says what to do when the save fails', async () => {
    const user = userEvent.setup();
    const { service } = renderInventory([]);
    await screen.findByText(`${strings.EmptyTitle} ${strings.EmptyHint}`);
    service.failNext('create', 'Forbidden');

    await user.click(screen.getByRole('button', { name: strings.NewRecord }));
    const panel = await screen.findByRole('dialog');
    await fill(user, within(panel).getByRole('textbox', { name: strings.Fields.title }), 'Payroll 2026');
    await user.click(within(panel).getByRole('button', { name: strings.Save }));

    expect(await within(panel).findByText(`${strings.SaveFailed} ${strings.ErrorForbidden}`)).toBeTruthy();
    expect((within(panel).getByRole('textbox', { name: strings.Fields.title }) as HTMLInputElement).value).toBe('Payroll 2026');
  });

  it('on a conflict shows both versions, and "Re-apply my changes" saves again on the fresh ETag', async () => {
    const user = userEvent.setup();
    const asset = makeAsset({ title: 'Shared registry', description: 'Original text.' });
    const { service } = renderInventory([asset]);
    await user.click(await screen.findByRole('button', { name: 'Open details of Shared registry' }));
    await user.click(await screen.findByRole('button', { name: strings.Edit }));

    const panel = await screen.findByRole('dialog', { name: 'Edit Shared registry' });
    const description = within(panel).getByRole('textbox', { name: strings.Fields.description });
    await fill(user, description, 'My wording.');
    // Meanwhile a colleague saves the same record.
    const theirs = service.saveAsSomeoneElse(asset.id, { description: 'Their wording.' }, PEOPLE[2]);
    await user.click(within(panel).getByRole('button', { name: strings.Save }));

    const conflict = await screen.findByRole('alertdialog', { name: strings.ConflictTitle });
    const row = within(conflict).getByRole('row', { name: /Description/ });
    expect(within(row).getByText('My wording.')).toBeTruthy();
    expect(within(row).getByText('Their wording.')).toBeTruthy();
    expect(service.calls.update).toHaveLength(1);
    expect(service.items[0].description).toBe('Their wording.');

    await user.click(within(conflict).getByRole('button', { name: strings.ConflictReapply }));

    await waitFor(() => expect(service.calls.update).toHaveLength(2));
    expect(service.calls.update[1]).toEqual({ id: asset.id, patch: { description: 'My wording.' }, etag: theirs.etag });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(service.items[0].description).toBe('My wording.');
  });

  it('"Reload theirs" discards my changes and edits the saved version', async () => {
    const user = userEvent.setup();
    const asset = makeAsset({ title: 'Shared registry', description: 'Original text.' });
    const { service } = renderInventory([asset]);
    await user.click(await screen.findByRole('button', { name: 'Open details of Shared registry' }));
    await user.click(await screen.findByRole('button', { name: strings.Edit }));
    const panel = await screen.findByRole('dialog', { name: 'Edit Shared registry' });
    await fill(user, within(panel).getByRole('textbox', { name: strings.Fields.description }), ' Mine.', false);
    service.saveAsSomeoneElse(asset.id, { description: 'Their wording.' }, PEOPLE[2]);
    await user.click(within(panel).getByRole('button', { name: strings.Save }));

    const conflict = await screen.findByRole('alertdialog', { name: strings.ConflictTitle });
    await user.click(within(conflict).getByRole('button', { name: strings.ConflictReloadTheirs }));

    const reloaded = await screen.findByRole('dialog', { name: 'Edit Shared registry' });
    await waitFor(() =>
      expect((within(reloaded).getByRole('textbox', { name: strings.Fields.description }) as HTMLTextAreaElement).value).toBe('Their wording.')
    );
    expect(service.calls.update).toHaveLength(1);
  });
});
