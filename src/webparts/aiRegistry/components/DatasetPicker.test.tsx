import * as React from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'AIRegistryWebPartStrings';
import { GovernanceError } from '../../../core/errors';
import { DatasetPicker } from './DatasetPicker';

afterEach(() => cleanup());

function renderPicker(search: (text: string) => Promise<{ id: number; title: string; containsPersonalData: boolean }[]>): void {
  render(<DatasetPicker value={[]} onChange={() => undefined} search={search} load={() => Promise.resolve([])} strings={strings} />);
}

describe('DatasetPicker', () => {
  it('says the search failed, not that no title matches, when the search rejects', async () => {
    renderPicker(() => Promise.reject(new GovernanceError('ThresholdExceeded', 'refused')));
    await userEvent.type(screen.getByRole('searchbox', { name: strings.DatasetSearchLabel }), 'registry');
    expect(await screen.findByText(strings.DatasetSearchFailed)).toBeTruthy();
    expect(screen.queryByText(strings.DatasetNoResults)).toBeNull();
  });

  it('says no title matches when the search finds nothing, and offers what it finds', async () => {
    const found = [{ id: 7, title: 'Beneficiary registry - Chile', containsPersonalData: true }];
    renderPicker((text) => Promise.resolve(text === 'none' ? [] : found));
    const box = screen.getByRole('searchbox', { name: strings.DatasetSearchLabel });
    await userEvent.type(box, 'none');
    expect(await screen.findByText(strings.DatasetNoResults)).toBeTruthy();
    await userEvent.clear(box);
    await userEvent.type(box, 'registry');
    expect(await screen.findByRole('button', { name: /Beneficiary registry - Chile/ })).toBeTruthy();
  });
});
