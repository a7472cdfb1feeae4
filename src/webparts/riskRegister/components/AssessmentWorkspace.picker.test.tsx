import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as shared from 'GovernanceSuiteStrings';
import * as strings from 'RiskRegisterWebPartStrings';
import { FakeRiskService } from '../testing/fakeRiskService';
import { LEAD, NOW } from '../testing/renderRiskRegister';
import { AssessmentWorkspace } from './AssessmentWorkspace';

const SESSION = { currentUser: LEAD, leadIds: [LEAD.id], appetite: 9 };

function setup(): FakeRiskService {
  const service = new FakeRiskService([], SESSION);
  service.targets = [
    { list: 'dataAssets', id: 1, title: 'Migration case management system', assetType: 'Information system' },
    { list: 'dataAssets', id: 2, title: 'Migration statistics 2025', assetType: 'Dataset' },
    { list: 'dataAssets', id: 3, title: 'Payroll system', assetType: 'Information system' }
  ];
  render(<AssessmentWorkspace service={service} session={SESSION} strings={strings} shared={shared} today={NOW} onRaiseRisk={jest.fn()} />);
  return service;
}

const resultTitles = (): string[] =>
  within(screen.getByRole('region', { name: strings.AssessTargetResults })).getAllByRole('listitem').map((li) => li.textContent ?? '');

describe('AssessmentWorkspace: choosing the record', () => {
  it('shows each inventory record with its type, and "Information systems only" narrows the results at once', async () => {
    const searches = jest.spyOn(setup(), 'searchTargets');
    await userEvent.type(await screen.findByPlaceholderText(strings.AssessTargetSearch), 'migration');
    await userEvent.click(screen.getByRole('button', { name: strings.AssessTargetSearch }));
    expect(await screen.findByText('Migration statistics 2025')).toBeTruthy();
    expect(resultTitles()).toEqual(['Migration case management system (Information system)', 'Migration statistics 2025 (Dataset)']);
    expect(searches).toHaveBeenLastCalledWith('dataAssets', 'migration', undefined);

    await userEvent.click(screen.getByRole('checkbox', { name: strings.SystemAssessment.SystemsOnly }));
    expect(searches).toHaveBeenLastCalledWith('dataAssets', 'migration', 'Information system');
    await screen.findByText(/Migration case management system/);
    expect(screen.queryByText(/Migration statistics 2025/)).toBeNull();
    expect(resultTitles()).toEqual(['Migration case management system (Information system)']);
  });

  it('offers the box for inventory records only', async () => {
    setup();
    await screen.findByRole('checkbox', { name: strings.SystemAssessment.SystemsOnly });
    await userEvent.click(screen.getByRole('radio', { name: strings.AssessTargetAISystem }));
    expect(screen.queryByRole('checkbox', { name: strings.SystemAssessment.SystemsOnly })).toBeNull();
  });
});
