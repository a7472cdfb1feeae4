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
import type { INominationService, NominationRoute, NominationRow, NominationTargets } from './INominationService';

const NOW = new Date('2026-04-15T12:00:00Z');
const CAROL: PersonRef = { id: 13, title: 'Carol Focal Point' };
const MEI: PersonRef = { id: 21, title: 'Mei Chen', email: 'mei@example.org' };
const KWAME: PersonRef = { id: 31, title: 'Kwame Asante' };
const GRACE: PersonRef = { id: 32, title: 'Grace Mwangi' };
const HELENA: PersonRef = { id: 33, title: 'Helena Okafor' };

function asset(id: number, title: string, mission?: string): Stored<DataAsset> {
  return { id, etag: '"1"', title, mission, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active' };
}

/** Kenya's records go to Kwame (the mission's Accountable); Uganda's to Grace (the region's); Yemen's to nobody. */
function routeOf(target: Stored<DataAsset>): NominationRoute {
  const informed = [{ kind: 'Person' as const, person: HELENA }, { kind: 'Group' as const, group: 'Mission Focal Points' }];
  if (target.mission === 'Kenya') return { assetId: target.id, decider: KWAME, accountable: { kind: 'Person', person: KWAME }, resolvedAt: 'Mission', scopeName: 'Kenya', informed };
  if (target.mission === 'Uganda') return { assetId: target.id, decider: GRACE, accountable: { kind: 'Person', person: GRACE }, resolvedAt: 'Region', scopeName: 'East and Horn of Africa', informed: [] };
  // The only Accountable is the signed-in user: the resolver passed her over and found nobody else.
  return { assetId: target.id, decider: undefined, accountable: { kind: 'Group', group: 'Governance Leads' }, resolvedAt: 'fallback', informed: [] };
}

class FakeNominations implements INominationService {
  public nominated: { assetIds: number[]; draft: NominationDraft; routes?: readonly (NominationRoute | undefined)[] }[] = [];
  public filtersSeen: IInventoryFilterValues[] = [];
  /** Each call to `routes`: the record ids asked for at once. */
  public routeCalls: number[][] = [];
  public constructor(private readonly derivation: OwnershipDerivation, private readonly matching: Stored<DataAsset>[]) {}
  public async routes(assets: readonly Stored<DataAsset>[]): Promise<NominationRoute[]> {
    this.routeCalls.push(assets.map((a) => a.id));
    return assets.map(routeOf);
  }
  public async currentUser(): Promise<PersonRef> {
    return CAROL;
  }
  public async searchPeople(text: string): Promise<PersonRef[]> {
    return [MEI, CAROL].filter((p) => p.title.toLowerCase().includes(text.toLowerCase()));
  }
  public async nominate(target: Stored<DataAsset>, draft: NominationDraft, route?: NominationRoute): Promise<Stored<DataAsset>> {
    this.nominated.push({ assetIds: [target.id], draft, routes: [route] });
    return { ...target, etag: '"2"', ownershipStatus: 'Pending' };
  }
  public async nominateMany(assets: readonly Stored<DataAsset>[], draft: NominationDraft, routes?: readonly NominationRoute[]): Promise<NominationRow[]> {
    this.nominated.push({ assetIds: assets.map((a) => a.id), draft, routes });
    return assets.map((a, i) => {
      const nominee = draft.nominee ?? routes?.find((r) => r.assetId === a.id)?.decider;
      if (nominee === undefined) return { assetId: a.id, title: a.title, ok: false, kind: 'Validation', code: 'noDecider' };
      return i === 1 ? { assetId: a.id, title: a.title, ok: false, kind: 'Forbidden' } : { assetId: a.id, title: a.title, ok: true, nominee: draft.nominee === undefined ? nominee : undefined };
    });
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
  it('shows the approval\'s date and custodian, and nominates another person than the routed one with a due date 14 days ahead', async () => {
    const service = new FakeNominations(CONFIRMED, []);
    const changed: Stored<DataAsset>[] = [];
    const census = asset(5, 'Kenya census', 'Kenya');
    render(<AssetOwnershipSection asset={census} service={service} onChanged={(a) => changed.push(a)} now={() => NOW} strings={strings} />);
    const summary = await screen.findByTestId('ownership-summary');
    expect(summary.textContent).toBe('Confirmed: Confirmed on Mar 1, 2026 by Alice Custodian. Valid until Mar 1, 2027. 1 decisions on this record do not count (see the anomalies list).');

    await userEvent.click(screen.getByRole('button', { name: s.Nominate }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Nominate a custodian for Kenya census' });
    expect((within(dialog).getByLabelText(s.DueDateLabel) as HTMLInputElement).value).toBe('2026-04-29');
    expect((await within(dialog).findByTestId('routed-decider')).textContent).toBe('The governance roles ask Kwame Asante (Kenya\'s Accountable) to decide.');
    await userEvent.click(within(dialog).getByRole('radio', { name: s.RouteChoiceOther }));
    await userEvent.click(within(dialog).getByRole('button', { name: s.SendNomination }));
    expect(await within(dialog).findByText(s.IssueNomineeRequired)).toBeTruthy();
    expect(service.nominated).toEqual([]);

    await pickPerson('Mei Chen');
    await userEvent.type(within(dialog).getByRole('textbox', { name: s.NominationMessageLabel }), 'You run it.');
    await userEvent.click(within(dialog).getByRole('button', { name: s.SendNomination }));
    expect(await screen.findByText('Nomination sent to Mei Chen. The record stays Pending until they decide.')).toBeTruthy();
    // The chosen person is asked; the route still goes along, so the request lists the Informed.
    expect(service.nominated).toEqual([{ assetIds: [5], draft: { nominee: MEI, dueDate: '2026-04-29', message: 'You run it.' }, routes: [routeOf(census)] }]);
    expect(changed.map((a) => a.ownershipStatus)).toEqual(['Pending']);
    expect(service.routeCalls).toEqual([[5]]);
  });

  it('opens on the routed Accountable and the Informed, and sends the request to him by default', async () => {
    const service = new FakeNominations({ status: 'Unassigned', reattestationDue: false, flagged: [] }, []);
    const kenya = asset(8, 'Kenya border crossings', 'Kenya');
    render(<AssetOwnershipSection asset={kenya} service={service} onChanged={() => undefined} now={() => NOW} strings={strings} />);
    await userEvent.click(await screen.findByRole('button', { name: s.Nominate }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Nominate a custodian for Kenya border crossings' });
    expect((await within(dialog).findByTestId('routed-decider')).textContent).toBe('The governance roles ask Kwame Asante (Kenya\'s Accountable) to decide.');
    expect(within(dialog).getByTestId('routed-informed').textContent).toBe('Informed (listed on the request): Helena Okafor, Mission Focal Points (group)');
    expect((within(dialog).getByRole('radio', { name: 'Ask Kwame Asante, routed by the governance roles' }) as HTMLInputElement).checked).toBe(true);
    // Nobody to pick: the routed decider is asked.
    expect(within(dialog).queryByRole('combobox')).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: s.SendNomination }));
    expect(await screen.findByText('Nomination sent to Kwame Asante. The record stays Pending until they decide.')).toBeTruthy();
    expect(service.nominated).toEqual([{ assetIds: [8], draft: { dueDate: '2026-04-29', nominee: undefined }, routes: [routeOf(kenya)] }]);
  });

  it('says clearly when nobody but you could decide, offers no routed choice, and sends nothing until a nominee is chosen', async () => {
    const service = new FakeNominations({ status: 'Unassigned', reattestationDue: false, flagged: [] }, []);
    render(<AssetOwnershipSection asset={asset(9, 'Yemen staff list', 'Yemen')} service={service} onChanged={() => undefined} now={() => NOW} strings={strings} />);
    await userEvent.click(await screen.findByRole('button', { name: s.Nominate }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Nominate a custodian for Yemen staff list' });
    expect((await within(dialog).findByTestId('routed-nobody')).textContent).toBe(s.IssueNoDecider);
    expect(within(dialog).queryByRole('radio')).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: s.SendNomination }));
    expect(await within(dialog).findByText(s.IssueNomineeRequired)).toBeTruthy();
    expect(service.nominated).toEqual([]);
  });

  it('refuses to nominate yourself before anything is sent', async () => {
    const service = new FakeNominations({ status: 'Unassigned', reattestationDue: false, flagged: [] }, []);
    render(<AssetOwnershipSection asset={asset(5, 'Chile census')} service={service} onChanged={() => undefined} now={() => NOW} strings={strings} />);
    expect((await screen.findByTestId('ownership-summary')).textContent).toBe(`Unassigned: ${s.NoOwnershipDecision}`);
    await userEvent.click(screen.getByRole('button', { name: s.Nominate }));
    // Chile has no route (nobody but Carol): the person field is offered at once.
    await screen.findByTestId('routed-nobody');
    await pickPerson('Carol Focal Point');
    await userEvent.click(screen.getByRole('button', { name: s.SendNomination }));
    expect(await screen.findByText(s.IssueSelfNomination)).toBeTruthy();
    expect(service.nominated).toEqual([]);
  });

  it('routes each record of the current filter to its own Accountable, grouped, and reports each record', async () => {
    const records = [asset(1, 'Kenya A', 'Kenya'), asset(2, 'Kenya B', 'Kenya'), asset(3, 'Uganda A', 'Uganda'), asset(4, 'Yemen A', 'Yemen'), asset(5, 'Kenya C', 'Kenya')];
    const service = new FakeNominations(CONFIRMED, records);
    render(<BulkNominateDialog filters={{ region: 'East and Horn of Africa' }} service={service} onSent={() => undefined} onDismiss={() => undefined} now={() => NOW} strings={strings} />);
    const groups = await screen.findByRole('list', { name: s.RouteHeading });
    expect(within(groups).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '3 records to Kwame Asante (Kenya\'s Accountable). Informed (listed on the request): Helena Okafor, Mission Focal Points (group)',
      '1 record to Grace Mwangi (Accountable for the region East and Horn of Africa)',
      '1 record: nobody but you could decide it, so it will not be sent'
    ]);
    // The matrix is read once for the five records, not once per record.
    expect(service.routeCalls).toEqual([[1, 2, 3, 4, 5]]);
    expect(screen.queryByRole('combobox')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Send 4 nominations' }));
    const results = await screen.findByRole('list', { name: s.NominateBulkTitle });
    expect(within(results).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Kenya A: Sent to Kwame Asante',
      `Kenya B: Failed: ${strings.ErrorForbidden}`,
      'Uganda A: Sent to Grace Mwangi',
      `Yemen A: ${s.BulkNominationRowNoDecider}`,
      'Kenya C: Sent to Kwame Asante'
    ]);
    expect(service.nominated).toEqual([{ assetIds: [1, 2, 3, 4, 5], draft: { dueDate: '2026-04-29', nominee: undefined }, routes: records.map(routeOf) }]);
  });

  it('nominates one chosen person for every record of the current filter and reports each record', async () => {
    const service = new FakeNominations(CONFIRMED, [asset(1, 'Census A', 'Kenya'), asset(2, 'Census B', 'Kenya'), asset(3, 'Census C', 'Kenya')]);
    const filters = { mission: 'Kenya' };
    const sent: number[] = [];
    render(<BulkNominateDialog filters={filters} service={service} onSent={() => sent.push(1)} onDismiss={() => undefined} now={() => NOW} strings={strings} />);
    expect(await screen.findByText('The nomination goes to the 3 records of the current filter.')).toBeTruthy();
    expect(service.filtersSeen).toEqual([filters]);
    await userEvent.click(await screen.findByRole('radio', { name: s.BulkRouteChoiceOther }));
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
