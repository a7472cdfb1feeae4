import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'GovernanceSuiteStrings';
import * as s from 'OwnershipStrings';
import type { PersonRef, Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import type { NominationDraft, OwnershipDerivation } from '../../core/ownership';
import type { IInventoryFilterValues } from '../filterTypes';
import { AssetOwnershipSection } from './AssetOwnershipSection';
import { BulkNominateDialog } from './BulkNominateDialog';
import type { INominationService, NominationRow, NominationTargets } from './INominationService';

const NOW = new Date('2026-04-15T12:00:00Z');
const CAROL: PersonRef = { id: 13, title: 'Carol Focal Point' };
const MEI: PersonRef = { id: 21, title: 'Mei Chen', email: 'mei@example.org' };

function asset(id: number, title: string): Stored<DataAsset> {
  return { id, etag: '"1"', title, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active' };
}

class FakeNominations implements INominationService {
  public nominated: { assetIds: number[]; draft: NominationDraft }[] = [];
  public filtersSeen: IInventoryFilterValues[] = [];
  public constructor(private readonly derivation: OwnershipDerivation, private readonly matching: Stored<DataAsset>[]) {}
  public async currentUser(): Promise<PersonRef> {
    return CAROL;
  }
  public async searchPeople(text: string): Promise<PersonRef[]> {
    return [MEI, CAROL].filter((p) => p.title.toLowerCase().includes(text.toLowerCase()));
  }
  public async nominate(target: Stored<DataAsset>, draft: NominationDraft): Promise<Stored<DataAsset>> {
    this.nominated.push({ assetIds: [target.id], draft });
    return { ...target, etag: '"2"', ownershipStatus: 'Pending' };
  }
  public async nominateMany(assets: readonly Stored<DataAsset>[], draft: NominationDraft): Promise<NominationRow[]> {
    this.nominated.push({ assetIds: assets.map((a) => a.id), draft });
    return assets.map((a, i) => (i === 1 ? { assetId: a.id, title: a.title, ok: false, kind: 'Forbidden' } : { assetId: a.id, title: a.title, ok: true }));
  }
  public async matchingAssets(filters: IInventoryFilterValues, limit: number): Promise<NominationTargets> {
    this.filtersSeen.push(filters);
    return { assets: this.matching.slice(0, limit), more: false };
  }
  public async ownershipOf(): Promise<OwnershipDerivation> {
    return this.derivation;
  }
}

const CONFIRMED: OwnershipDerivation = {
  status: 'Confirmed',
  custodian: { id: 11, title: 'Alice Custodian' },
  approvedOn: '2026-03-01T09:30:00Z',
  expiresOn: '2027-03-01',
  reattestationDue: false,
  flagged: [{ decisionId: 9, requestId: 3, reason: 'authorNotNominee' }]
};

async function pickPerson(name: string): Promise<void> {
  // jsdom sees the suggestion callout through the opening modal's `pointer-events: none` overlay, which a real
  // browser has already removed (the browser tests pick people by mouse).
  const user = userEvent.setup({ pointerEventsCheck: 0 });
  await user.type(screen.getByRole('combobox'), name.slice(0, 3));
  await user.click(await screen.findByRole('option', { name: (accessibleName) => accessibleName.includes(name) }));
}

describe('nomination UI', () => {
  it('shows the approval\'s date and custodian, and nominates with a due date 14 days ahead', async () => {
    const service = new FakeNominations(CONFIRMED, []);
    const changed: Stored<DataAsset>[] = [];
    render(<AssetOwnershipSection asset={asset(5, 'Chile census')} service={service} onChanged={(a) => changed.push(a)} now={() => NOW} strings={strings} />);
    const summary = await screen.findByTestId('ownership-summary');
    expect(summary.textContent).toBe('Confirmed: Confirmed on Mar 1, 2026 by Alice Custodian. Valid until Mar 1, 2027. 1 decisions on this record do not count (see the anomalies list).');

    await userEvent.click(screen.getByRole('button', { name: s.Nominate }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Nominate a custodian for Chile census' });
    expect((within(dialog).getByLabelText(s.DueDateLabel) as HTMLInputElement).value).toBe('2026-04-29');
    await userEvent.click(within(dialog).getByRole('button', { name: s.SendNomination }));
    expect(await within(dialog).findByText(s.IssueNomineeRequired)).toBeTruthy();
    expect(service.nominated).toEqual([]);

    await pickPerson('Mei Chen');
    await userEvent.type(within(dialog).getByRole('textbox', { name: s.NominationMessageLabel }), 'You run it.');
    await userEvent.click(within(dialog).getByRole('button', { name: s.SendNomination }));
    expect(await screen.findByText('Nomination sent to Mei Chen. The record stays Pending until they decide.')).toBeTruthy();
    expect(service.nominated).toEqual([{ assetIds: [5], draft: { nominee: MEI, dueDate: '2026-04-29', message: 'You run it.' } }]);
    expect(changed.map((a) => a.ownershipStatus)).toEqual(['Pending']);
  });

  it('refuses to nominate yourself before anything is sent', async () => {
    const service = new FakeNominations({ status: 'Unassigned', reattestationDue: false, flagged: [] }, []);
    render(<AssetOwnershipSection asset={asset(5, 'Chile census')} service={service} onChanged={() => undefined} now={() => NOW} strings={strings} />);
    expect((await screen.findByTestId('ownership-summary')).textContent).toBe(`Unassigned: ${s.NoOwnershipDecision}`);
    await userEvent.click(screen.getByRole('button', { name: s.Nominate }));
    await pickPerson('Carol Focal Point');
    await userEvent.click(screen.getByRole('button', { name: s.SendNomination }));
    expect(await screen.findByText(s.IssueSelfNomination)).toBeTruthy();
    expect(service.nominated).toEqual([]);
  });

  it('nominates one person for every record of the current filter and reports each record', async () => {
    const service = new FakeNominations(CONFIRMED, [asset(1, 'Census A'), asset(2, 'Census B'), asset(3, 'Census C')]);
    const filters = { mission: 'Chile' };
    const sent: number[] = [];
    render(<BulkNominateDialog filters={filters} service={service} onSent={() => sent.push(1)} onDismiss={() => undefined} now={() => NOW} strings={strings} />);
    expect(await screen.findByText('The nomination goes to the 3 records of the current filter.')).toBeTruthy();
    expect(service.filtersSeen).toEqual([filters]);
    await pickPerson('Mei Chen');
    await userEvent.click(screen.getByRole('button', { name: 'Send 3 nominations' }));
    expect(await screen.findByText('2 nominations sent, 1 failed.')).toBeTruthy();
    const results = screen.getByRole('list', { name: s.NominateBulkTitle });
    expect(within(results).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Census A: Sent',
      `Census B: Failed: ${strings.ErrorForbidden}`,
      'Census C: Sent'
    ]);
    expect(service.nominated[0].assetIds).toEqual([1, 2, 3]);
    expect(sent).toEqual([1]);
  });
});
