/** The New campaign form proposes the fallback reviewer the governance roles route "decide access reviews" to (issue 19). */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GovernanceError } from '../../../core/errors';
import type { PersonRef } from '../../../core/models/common';
import type { CampaignRoutingScope, FallbackReviewerRoute } from '../services/IAccessReviewService';
import { FALLBACK, LEAD, renderAccessReviews, world } from '../testing/renderAccessReviews';

jest.setTimeout(60000);

const setup = (): ReturnType<typeof userEvent.setup> => userEvent.setup({ pointerEventsCheck: 0 });

const TOMAS: PersonRef = { id: 4, title: 'Tomas Lindqvist', email: 'tomas@contoso.com' };
const GRACE: PersonRef = { id: 12, title: 'Grace Mwangi', email: 'grace@contoso.com' };
const REGION = 'East and Horn of Africa';

/** The organisation's Accountable is the leads' group (Tomas is its first member who is not Helena); the region has Grace. */
function route(scope: CampaignRoutingScope): FallbackReviewerRoute {
  if (scope.region === REGION) {
    return { routing: { accountable: { kind: 'Person', person: GRACE }, resolvedAt: 'Region', informed: [], ambiguousAt: [] }, decider: GRACE, deciders: [GRACE], scopeName: REGION };
  }
  return {
    routing: { accountable: { kind: 'Group', group: 'Governance Leads' }, resolvedAt: 'Organisation', informed: [{ kind: 'Person', person: FALLBACK }, { kind: 'Group', group: 'Data Custodians' }], ambiguousAt: [] },
    decider: TOMAS,
    deciders: [TOMAS]
  };
}

async function openForm(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(await screen.findByRole('tab', { name: 'Stale groups' }));
  await user.click(await screen.findByRole('button', { name: 'Start a review: Finance team' }));
  return screen.findByRole('dialog', { name: 'New campaign' });
}

describe('New campaign: the proposed fallback reviewer (issue 19)', () => {
  it('proposes the organisation\'s Accountable (a member of the leads\' group who is not you), says why and who is Informed, and creates with them', async () => {
    const user = setup();
    const data = world();
    data.people = [...(data.people ?? []), TOMAS];
    const { service } = renderAccessReviews(LEAD, {}, data);
    const asked: CampaignRoutingScope[] = [];
    service.proposeFallbackReviewer = (scope) => {
      asked.push(scope);
      return Promise.resolve(route(scope));
    };
    const panel = await openForm(user);
    const proposal = await within(panel).findByTestId('fallback-route');
    expect(within(proposal).getByTestId('routed-decider').textContent).toBe('The governance roles propose Tomas Lindqvist (member of Governance Leads, the organisation\'s Accountable) as the fallback reviewer.');
    expect(within(proposal).getByTestId('routed-informed').textContent).toBe('Informed: Maria Lopez, Data Custodians (group)');
    expect(within(panel).getByRole('region', { name: 'Proposed fallback reviewer' })).toBe(proposal);
    expect(asked).toEqual([{}]);
    // Nothing to choose: the proposed person is in the field.
    await user.click(within(panel).getByRole('button', { name: 'Create and start' }));
    expect(await screen.findByText('Campaign started: reviewers see their items now.')).toBeTruthy();
    expect(service.calls.createCampaign[0].draft.fallbackReviewer).toEqual(TOMAS);
  });

  it('follows the region the campaign concerns, keeps a person the lead chose by hand, and offers the proposal back', async () => {
    const user = setup();
    const { service } = renderAccessReviews(LEAD);
    service.proposeFallbackReviewer = (scope) => Promise.resolve(route(scope));
    const panel = await openForm(user);
    await within(panel).findByText(/propose Tomas Lindqvist/);
    await user.click(within(panel).getByRole('radio', { name: 'A region or mission' }));
    await user.type(within(panel).getByRole('textbox', { name: 'Region' }), REGION);
    await waitFor(() => expect(within(panel).getByTestId('routed-decider').textContent).toBe(`The governance roles propose Grace Mwangi (Accountable for the region ${REGION}) as the fallback reviewer.`));

    // The lead picks Maria instead: she stays, and a button puts Grace back.
    await user.click(within(panel).getByRole('button', { name: 'Remove Grace Mwangi' }));
    await user.type(within(panel).getByRole('combobox', { name: 'Fallback reviewer' }), 'Maria');
    await user.click(await screen.findByRole('option', { name: /Maria Lopez/ }));
    const useGrace = await within(panel).findByRole('button', { name: 'Use Grace Mwangi, the proposed reviewer' });
    await user.click(within(panel).getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(service.calls.createCampaign).toHaveLength(1));
    expect(service.calls.createCampaign[0].draft.fallbackReviewer.id).toBe(FALLBACK.id);
    expect(useGrace).toBeTruthy();
  });

  it('warns and proposes nobody when the governance roles cannot be read: the lead chooses as before', async () => {
    const user = setup();
    const { service } = renderAccessReviews(LEAD);
    service.proposeFallbackReviewer = () => Promise.reject(new GovernanceError('Forbidden', 'no access'));
    const panel = await openForm(user);
    expect((await within(panel).findByTestId('fallback-route-unavailable')).textContent).toContain('The governance roles could not be read, so nobody is proposed');
    await user.click(within(panel).getByRole('button', { name: 'Create and start' }));
    expect(await within(panel).findByText('Choose a fallback reviewer: they decide what no rule resolves.')).toBeTruthy();
    expect(service.calls.createCampaign).toHaveLength(0);
  });
});
