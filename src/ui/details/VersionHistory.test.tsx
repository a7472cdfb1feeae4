import * as React from 'react';
import { render, screen } from '@testing-library/react';
import * as strings from 'GovernanceSuiteStrings';
import { DATA_ASSETS_LIST } from '../../core/schema/lists/dataAssets';
import { VersionHistory, type IVersionEntry } from './VersionHistory';

describe('VersionHistory', () => {
  it('does not list a change that displays the same on both sides, such as "(empty) -> (empty)"', async () => {
    const versions: IVersionEntry[] = [
      { label: '2.0', modified: '2026-02-01T10:00:00Z', changes: [{ property: 'description', from: null, to: '' }, { property: 'domain', from: 'Health', to: 'Finance' }] },
      { label: '1.1', modified: '2026-01-01T10:00:00Z', changes: [{ property: 'description', from: undefined, to: '' }] }
    ];
    render(<VersionHistory list={DATA_ASSETS_LIST} load={() => Promise.resolve(versions)} strings={strings} />);
    await screen.findByText(/Finance/);
    const changeLines = Array.from(document.querySelectorAll('li li')).map((li) => li.textContent ?? '');
    expect(changeLines.filter((line) => line.split(strings.EmptyValue).length > 2)).toEqual([]);
    expect(screen.getByText(strings.VersionNoFieldChanges)).toBeTruthy();
  });
});
