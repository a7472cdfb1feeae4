/**
 * The AI Registry's verification routed by the governance roles (issue 19): the details panel says who is asked and
 * why, with the Informed; the routed Accountable (not a lead) finds the system under "Awaiting my verification" and
 * verifies it; someone not routed sees neither.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'AIRegistryWebPartStrings';
import { emptyAIActProfile } from '../../../core/aiAct/profile';
import { classificationColumns } from '../../../core/aiRegistry/classificationRecord';
import type { PersonRef } from '../../../core/models/common';
import type { FakeAIRegistryService } from '../testing/fakeAIRegistryService';
import { LEAD, renderAIRegistry, STAFF } from '../testing/renderAIRegistry';

jest.setTimeout(30000);
afterEach(() => cleanup());
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 1000)));

const KWAME: PersonRef = { id: 31, title: 'Kwame Asante' };
const OUTSIDER: PersonRef = { id: 41, title: 'Ana Souza' };
const migration = emptyAIActProfile({ annexIIIUses: ['7b'], profilesNaturalPersons: true, publicBody: true });

/** Two classified systems by STAFF: "Kenya border scorer" routed to Kwame (Kenya's Accountable), the other to the leads. */
function seedRouted(service: FakeAIRegistryService): void {
  const kenya = service.seed({ title: 'Kenya border scorer', lifecycle: 'Pilot', approvalStatus: 'Pending review', ...classificationColumns(migration), classifiedBy: STAFF }, STAFF);
  const other = service.seed({ title: 'Finance invoice reader', lifecycle: 'Pilot', approvalStatus: 'Pending review', ...classificationColumns(migration), classifiedBy: STAFF }, STAFF);
  service.routes.set(kenya.id, {
    accountable: { kind: 'Person', person: KWAME }, resolvedAt: 'Mission', scopeName: 'Kenya', decider: KWAME, deciders: [KWAME],
    informed: [{ kind: 'Person', person: LEAD }, { kind: 'Group', group: 'Mission Focal Points' }]
  });
  service.routes.set(other.id, {
    accountable: { kind: 'Group', group: 'Governance Leads' }, resolvedAt: 'fallback', decider: LEAD, deciders: [LEAD], informed: []
  });
}

describe('AI verification routed by the governance roles', () => {
  it('shows the routed Accountable their queue, who is asked and why with the Informed, and counts their verification', async () => {
    const user = userEvent.setup();
    const { service } = renderAIRegistry(KWAME, seedRouted);
    const toggle = await screen.findByRole('button', { name: 'Awaiting my verification (1)' });
    await user.click(toggle);
    const grid = await screen.findByRole('grid', { name: strings.GridAriaLabel });
    const rows = within(grid).getAllByRole('row').slice(1).map((r) => r.textContent ?? '');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/Kenya border scorer/);
    expect(screen.getByText('Showing the 1 systems awaiting your verification.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Open details of Kenya border scorer' }));
    const route = await screen.findByRole('region', { name: strings.RouteHeading });
    expect(within(route).getByTestId('routed-decider').textContent).toBe('The governance roles ask Kwame Asante (Kenya\'s Accountable) to verify.');
    expect(within(route).getByTestId('routed-informed').textContent).toBe('Informed: Helena Okafor, Mission Focal Points (group)');

    await user.click(screen.getByRole('button', { name: strings.Verify }));
    expect((await screen.findByTestId('verification-state')).textContent).toMatch(/Verified by Kwame Asante/);
    expect(service.decisions.map((d) => d.author?.title)).toEqual(['Kwame Asante']);
    expect(await service.awaitingMyVerification()).toEqual([]);
  });

  it('names the leads\' group when nobody is Accountable, and offers no verification to someone not routed', async () => {
    const user = userEvent.setup();
    renderAIRegistry(OUTSIDER, seedRouted);
    await user.click(await screen.findByRole('button', { name: 'Open details of Finance invoice reader' }));
    const route = await screen.findByRole('region', { name: strings.RouteHeading });
    expect(within(route).getByTestId('routed-decider').textContent).toBe('The governance roles ask Helena Okafor (member of Governance Leads: nobody is Accountable here) to verify.');
    expect(within(route).queryByTestId('routed-informed')).toBeNull();
    expect(screen.queryByRole('button', { name: strings.Verify })).toBeNull();
    expect(screen.queryByTestId('awaiting-mine')).toBeNull();
  });
});
