import * as React from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import * as strings from 'GovernanceSuiteStrings';
import { GovernanceError } from '../../../core/errors';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { NominationDraft } from '../../../core/ownership';
import type { INominationService } from '../../../ui/ownership/INominationService';
import { CustodianNoticeBar, useCustodianOnCreate } from './custodianOnCreate';

const CAROL: PersonRef = { id: 13, title: 'Carol Focal Point' };
const MEI: PersonRef = { id: 21, title: 'Mei Chen' };

function created(custodian?: PersonRef): Stored<DataAsset> {
  return { id: 7, etag: '"1"', title: 'Clinic visits', containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active', custodian };
}

function nominations(nominate: (asset: Stored<DataAsset>, draft: NominationDraft) => Promise<Stored<DataAsset>>): INominationService {
  return {
    currentUser: async () => CAROL,
    searchPeople: async () => [],
    // Naming a custodian on the form nominates that person: routing is never asked.
    routes: async () => {
      throw new Error('routes must not be read when a custodian is named on the form');
    },
    nominate,
    nominateMany: async () => [],
    matchingAssets: async () => ({ assets: [], more: false }),
    ownershipOf: async () => ({ status: 'Unassigned', reattestationDue: false, flagged: [] })
  };
}

/** The hook's follow-up of a creation, and the message it leaves. */
async function createWith(service: INominationService, custodian?: PersonRef): Promise<Stored<DataAsset> | undefined> {
  let follow: ((item: Stored<DataAsset>) => Promise<Stored<DataAsset>>) | undefined;
  function Probe(): React.ReactElement {
    const hook = useCustodianOnCreate(service);
    follow = hook.afterCreate;
    return <CustodianNoticeBar notice={hook.notice} onDismiss={hook.dismiss} strings={strings} />;
  }
  render(<Probe />);
  let result: Stored<DataAsset> | undefined;
  await act(async () => {
    result = await follow?.(created(custodian));
  });
  return result;
}

// Let Fluent's delayed renders run out while jsdom still exists.
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 500)));

describe('the custodian named on a new record', () => {
  it('is asked to confirm: the record comes back Pending and the user is told', async () => {
    const sent: NominationDraft[] = [];
    const result = await createWith(nominations(async (asset, draft) => { sent.push(draft); return { ...asset, etag: '"2"', ownershipStatus: 'Pending' }; }), MEI);
    expect(sent).toEqual([{ nominee: MEI }]);
    expect(result?.ownershipStatus).toBe('Pending');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved. Mei Chen was asked to confirm they are the custodian; the record stays Pending until they decide.'));
  });

  it('is not nominated when it is the creator; the record is kept as saved', async () => {
    const nominate = jest.fn();
    const result = await createWith(nominations(nominate), CAROL);
    expect(nominate).not.toHaveBeenCalled();
    expect(result?.ownershipStatus).toBe('Unassigned');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Saved\. You named yourself custodian/));
  });

  it('that could not be asked still leaves the record saved, and says how to try again', async () => {
    const result = await createWith(nominations(async () => { throw new GovernanceError('Network', 'offline'); }), MEI);
    expect(result?.id).toBe(7);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Saved, but Mei Chen could not be asked to confirm custodianship: .+ choose "Nominate custodian" to try again\.$/));
  });

  it('is absent: nothing is sent and nothing is said', async () => {
    const nominate = jest.fn();
    await createWith(nominations(nominate));
    expect(nominate).not.toHaveBeenCalled();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
