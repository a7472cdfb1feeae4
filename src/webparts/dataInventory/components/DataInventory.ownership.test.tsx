import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeAsset } from '../testing/fixtures';
import { renderInventory, strings } from '../testing/renderInventory';

const FORGED = 'Stored status says Confirmed; its decisions say Unassigned.';

/** The grid row that holds `title`. */
async function rowOf(title: string): Promise<HTMLElement> {
  const link = await screen.findByRole('button', { name: `Open details of ${title}` });
  const row = link.closest('[role="row"]');
  if (!(row instanceof HTMLElement)) throw new Error(`No row for ${title}`);
  return row;
}

describe('DataInventory: the ownership status shown is derived, and a disagreeing stored status is flagged (issue 23)', () => {
  it('shows the derived status and a labelled marker on a record whose stored Confirmed no decision supports', async () => {
    const forged = makeAsset({ title: 'Forged registry', ownershipStatus: 'Confirmed' });
    const honest = makeAsset({ title: 'Approved registry', ownershipStatus: 'Confirmed' });
    renderInventory([forged, honest], {}, (service) => service.derivedById.set(forged.id, 'Unassigned'));

    const row = await rowOf('Forged registry');
    expect(within(row).getByText('Unassigned')).toBeTruthy();
    expect(within(row).getByText('Stored: Confirmed')).toBeTruthy();
    // The screen-reader text of the marker, not colour alone.
    expect(within(row).getByText(FORGED)).toBeTruthy();
    expect(within(row).queryByText('Confirmed')).toBeNull();

    const other = await rowOf('Approved registry');
    expect(within(other).getByText('Confirmed')).toBeTruthy();
    expect(within(other).queryByText(/Stored status says/)).toBeNull();
  });

  it('scores the forged record without the custodian approval (12 of the 30 ownership points)', async () => {
    const forged = makeAsset({ title: 'Forged registry', ownershipStatus: 'Confirmed' });
    renderInventory([forged], {}, (service) => service.derivedById.set(forged.id, 'Unassigned'));
    const row = await rowOf('Forged registry');
    expect(within(row).getByRole('img', { name: 'Health score 84.9, Healthy' })).toBeTruthy();
  });

  it('explains the disagreement in the details panel', async () => {
    const user = userEvent.setup();
    const forged = makeAsset({ title: 'Forged registry', ownershipStatus: 'Confirmed' });
    renderInventory([forged], {}, (service) => service.derivedById.set(forged.id, 'Unassigned'));
    await act(async () => {
      await user.click(await screen.findByRole('button', { name: 'Open details of Forged registry' }));
    });
    const essentials = await screen.findByRole('region', { name: strings.DetailsEssentials });
    expect(within(essentials).getByText(/stored Ownership status says Confirmed, but its nominations and the nominees' own decisions say Unassigned/)).toBeTruthy();
    expect(within(essentials).getByText(FORGED)).toBeTruthy();
    const breakdown = screen.getByRole('list', { name: strings.ScoreBreakdownTitle });
    expect(within(breakdown).getByText('Ownership: 18 of 30 points')).toBeTruthy();
  });

  it('filters on the stored column and says so, marking the rows whose decisions disagree', async () => {
    const user = userEvent.setup();
    const forged = makeAsset({ title: 'Forged registry', ownershipStatus: 'Confirmed' });
    const pending = makeAsset({ title: 'Pending registry', ownershipStatus: 'Pending' });
    const { service } = renderInventory([forged, pending], {}, (fake) => fake.derivedById.set(forged.id, 'Unassigned'));
    await screen.findByText('Pending registry');
    expect(screen.queryByText(strings.OwnershipFilterNote)).toBeNull();

    await user.click(screen.getByRole('combobox', { name: /^Ownership status/ }));
    await user.click(await screen.findByRole('option', { name: 'Confirmed' }));

    await waitFor(() => expect(screen.queryByText('Pending registry')).toBeNull());
    expect(service.calls.page[service.calls.page.length - 1].query.filters.ownershipStatus).toBe('Confirmed');
    expect(screen.getByText(strings.OwnershipFilterNote)).toBeTruthy();
    expect(within(await rowOf('Forged registry')).getByText(FORGED)).toBeTruthy();
  });

  it('reads the derived status again after a save, without reloading the page (the stored value is never shown)', async () => {
    const user = userEvent.setup();
    const forged = makeAsset({ title: 'Forged registry', ownershipStatus: 'Confirmed' });
    const { service } = renderInventory([forged], {}, (fake) => fake.derivedById.set(forged.id, 'Unassigned'));
    await rowOf('Forged registry');
    const before = service.calls.page.length;
    await act(async () => {
      await user.click(await screen.findByRole('button', { name: 'Open details of Forged registry' }));
    });
    await act(async () => {
      await user.click(await screen.findByRole('button', { name: strings.Edit }));
    });
    const description = await screen.findByRole('textbox', { name: /^Description/ });
    // The form never shows the stored status (it used to, read-only, as "Confirmed").
    expect(screen.queryByRole('textbox', { name: /^Ownership status/ })).toBeNull();
    await user.clear(description);
    await user.type(description, 'Edited.');
    await act(async () => {
      await user.click(screen.getByRole('button', { name: strings.Save }));
    });
    const row = await rowOf('Forged registry');
    await waitFor(() => expect(within(row).getByText(FORGED)).toBeTruthy());
    expect(service.calls.page.length).toBe(before);
  });
});

describe('DataInventory: hidden characters in titles are shown, not obeyed (issue 23)', () => {
  it('marks a right-to-left override in the grid and the details panel', async () => {
    const user = userEvent.setup();
    renderInventory([makeAsset({ title: 'Payroll\u202Eslx.exe', mission: 'Kenya\u200B' })]);
    const link = await screen.findByRole('button', { name: 'Open details of Payroll⟪U+202E⟫slx.exe' });
    expect(within(link).getByRole('img', { name: 'Hidden text-direction control U+202E' })).toBeTruthy();
    const row = await rowOf('Payroll⟪U+202E⟫slx.exe');
    expect(within(row).getByRole('img', { name: 'Hidden zero-width character U+200B' })).toBeTruthy();
    await act(async () => {
      await user.click(link);
    });
    // The panel header only takes a string: the override is written out there too.
    expect(await screen.findByRole('heading', { name: /Payroll⟪U\+202E⟫slx\.exe/ })).toBeTruthy();
    const essentials = await screen.findByRole('region', { name: strings.DetailsEssentials });
    expect(within(essentials).getByRole('img', { name: 'Hidden zero-width character U+200B' })).toBeTruthy();
  });
});
