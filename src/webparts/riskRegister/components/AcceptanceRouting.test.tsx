/**
 * Risk acceptance routed by the governance roles (issue 19 part 2): the accept dialog says who is asked and why, with
 * the Informed; the routed Accountable (not a lead) is offered "Accept…" above the appetite and their acceptance
 * counts; someone not routed is refused up front; when the matrix cannot be read, only the leads accept.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { Risk } from '../../../core/models/risk';
import type { FakeRiskService } from '../testing/fakeRiskService';
import { LEAD, OWNER, makeRisk, renderRiskRegister, strings } from '../testing/renderRiskRegister';

jest.setTimeout(30000);
afterEach(() => cleanup());

const KWAME: PersonRef = { id: 31, title: 'Kwame Asante' };
const OUTSIDER: PersonRef = { id: 41, title: 'Ana Souza' };

// Both above the appetite of 9 (residual 4 x 4 = 16), owned by OWNER.
const kenyaRisk: Stored<Risk> = makeRisk({ title: 'Kenya beneficiary registry shared with partners', residualLikelihood: 4, residualImpact: 4, riskOwner: OWNER });
const financeRisk: Stored<Risk> = makeRisk({ title: 'Finance export without retention', residualLikelihood: 4, residualImpact: 4, riskOwner: OWNER });

/** Kenya's risk goes to Kwame (Kenya's Accountable, the lead and a group Informed); Finance's to the leads' group. */
function routes(service: FakeRiskService): void {
  service.routes.set(kenyaRisk.id, {
    routing: { accountable: { kind: 'Person', person: KWAME }, resolvedAt: 'Mission', ambiguousAt: [], informed: [{ kind: 'Person', person: LEAD }, { kind: 'Group', group: 'Mission Focal Points' }] },
    scopeName: 'Kenya', decider: KWAME, deciders: [KWAME]
  });
  service.routes.set(financeRisk.id, {
    routing: { accountable: { kind: 'Group', group: 'Governance Leads' }, resolvedAt: 'fallback', ambiguousAt: [], informed: [] },
    decider: LEAD, deciders: [LEAD]
  });
}

describe('risk acceptance routed by the governance roles', () => {
  it('lets the routed Accountable accept above the appetite although not a lead, says who is asked and why, and counts it', async () => {
    const user = userEvent.setup();
    const { service } = renderRiskRegister([kenyaRisk, financeRisk], KWAME, {}, routes);
    await screen.findByText(kenyaRisk.title);
    // Fluent's MessageBar renders its text a tick later (for screen readers to announce it): wait for it.
    expect((await screen.findByTestId('routed-to-me')).textContent).toBe(' The governance roles ask you to accept 1 of these risks above the appetite: you can accept those (except risks you own).');
    // Not routed to him: refused up front, as before.
    expect(screen.getByRole('button', { name: `Accept… ${financeRisk.title}` }).getAttribute('aria-disabled')).toBe('true');

    await user.click(screen.getByRole('button', { name: `Accept… ${kenyaRisk.title}` }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Current score 16 is above the appetite (9): a governance lead or the person the governance roles ask must accept it, and not its owner.')).toBeTruthy();
    const route = within(dialog).getByRole('region', { name: strings.RouteHeading });
    expect(within(route).getByTestId('routed-decider').textContent).toBe('The governance roles ask Kwame Asante (Kenya\'s Accountable) to accept this risk above the appetite. The route names you: your acceptance counts.');
    expect(within(route).getByTestId('routed-informed').textContent).toBe('Informed: Helena Okafor, Mission Focal Points (group)');
    expect(within(dialog).queryByRole('alert')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Accept risk' }));
    await screen.findByText('Risk accepted until May 23, 2027.');
    expect(service.acceptances.map((a) => a.author?.title)).toEqual(['Kwame Asante']);
    // Reloaded: his decision counts, so the risk stands accepted (not "unsupported") and is no longer offered.
    expect(await screen.findByText('Accepted until May 23, 2027')).toBeTruthy();
    expect(screen.queryByText(strings.AcceptanceUnsupported)).toBeNull();
    expect(screen.queryByRole('button', { name: `Accept… ${kenyaRisk.title}` })).toBeNull();
  });

  it('refuses someone not routed, and names the leads\' group where nobody is Accountable', async () => {
    renderRiskRegister([kenyaRisk, financeRisk], OUTSIDER, {}, routes);
    await screen.findByText(kenyaRisk.title);
    await screen.findByText(strings.NotLeadNote, { exact: false });
    expect(screen.queryByTestId('routed-to-me')).toBeNull();
    for (const risk of [kenyaRisk, financeRisk]) {
      expect(screen.getByRole('button', { name: `Accept… ${risk.title}` }).getAttribute('aria-disabled')).toBe('true');
    }
    expect(screen.getAllByText('This risk scores 16, above the appetite of 9: only a governance lead can accept it.')).toHaveLength(2);
    cleanup();

    const user = userEvent.setup();
    renderRiskRegister([kenyaRisk, financeRisk], LEAD, {}, routes);
    await user.click(await screen.findByRole('button', { name: `Accept… ${financeRisk.title}` }));
    const route = within(await screen.findByRole('alertdialog')).getByRole('region', { name: strings.RouteHeading });
    expect(within(route).getByTestId('routed-decider').textContent).toBe('The governance roles ask Helena Okafor (member of Governance Leads: nobody is Accountable here) to accept this risk above the appetite. The route names you: your acceptance counts.');
    expect(within(route).queryByTestId('routed-informed')).toBeNull();
  });

  it('warns when the governance roles cannot be read: only the leads accept above the appetite', async () => {
    const user = userEvent.setup();
    renderRiskRegister([kenyaRisk], KWAME, {}, (service) => {
      routes(service);
      service.routeError = 'Forbidden';
    });
    expect((await screen.findByTestId('route-unavailable')).textContent).toMatch(/^The governance roles could not be read, so only the governance leads accept risks above the appetite for now\./);
    expect(screen.getByRole('button', { name: `Accept… ${kenyaRisk.title}` }).getAttribute('aria-disabled')).toBe('true');
    cleanup();

    renderRiskRegister([kenyaRisk], LEAD, {}, (service) => {
      service.routeError = 'Forbidden';
    });
    await user.click(await screen.findByRole('button', { name: `Accept… ${kenyaRisk.title}` }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByTestId('accept-route-unavailable').textContent).toMatch(/only the governance leads accept this risk above the appetite for now/);
    expect(within(dialog).queryByRole('region', { name: strings.RouteHeading })).toBeNull();
  });
});
