/** The DPIA panel shows who the governance roles route the validation to, why, and the Informed (issue 19). */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import * as shared from 'GovernanceSuiteStrings';
import * as strings from 'PrivacyRegisterWebPartStrings';
import { GovernanceError } from '../../../core/errors';
import type { PersonRef, Stored } from '../../../core/models/common';
import { dpiaContentFields, dpiaContentHash, readDpiaContent, type Dpia, type DpiaDecision } from '../../../core/privacy/dpiaModel';
import { deriveDpiaState, type DpiaDeciders } from '../../../core/privacy/dpiaRules';
import type { ProcessingActivity } from '../../../core/privacy/model';
import type { DpiaRoute } from '../../../data/governanceRoles/routeDpia';
import type { DpiaRecord, IDpiaStore } from '../../../data/privacy/dpiaStore';
import { DpiaPanel } from './DpiaPanel';

jest.setTimeout(30000);

const author: PersonRef = { id: 10, title: 'Amina Focal' };
const dpo: PersonRef = { id: 20, title: 'Nadia Belkacem' };
const kwame: PersonRef = { id: 30, title: 'Kwame Asante' };
const lead: PersonRef = { id: 40, title: 'Helena Okafor' };

const activity: Stored<ProcessingActivity> = { id: 3, etag: '"1"', title: 'Refugee registration - Kenya', role: 'Controller', mission: 'Kenya', region: 'East and Horn of Africa', owner: lead };

function record(route: DpiaRoute | undefined, routeError?: DpiaRecord['routeError']): DpiaRecord {
  const fields = { title: 'DPIA - Refugee registration - Kenya', activity: { id: 3 }, ...dpiaContentFields({ context: {}, principles: {}, risks: {}, actionPlan: [] }) };
  const hash = dpiaContentHash(fields);
  const dpia: Stored<Dpia> = { id: 7, etag: '"2"', author, created: '2026-11-01T09:00:00Z', modified: '2026-11-01T09:00:00Z', ...fields, contentHash: hash, submittedHash: hash };
  const opinion: Stored<DpiaDecision> = { id: 1, etag: '"1"', title: 'o', dpia: { id: 7 }, kind: 'DPO opinion', decision: 'Favourable', decidedBy: dpo, author: dpo, created: '2026-11-02T09:00:00Z', contentHash: hash };
  const deciders: DpiaDeciders = { dpoIds: new Set([dpo.id]), leadIds: new Set([lead.id]), activityOwner: lead, routedIds: route?.deciderIds };
  return { dpia, content: readDpiaContent(dpia), activity, decisions: [opinion], status: deriveDpiaState(dpia, [opinion], deciders), deciders, url: 'https://contoso.example/Lists/DPIAs/DispForm.aspx?ID=7', route, routeError };
}

function fakeStore(loaded: DpiaRecord, me: PersonRef): IDpiaStore {
  const refuse = (): Promise<never> => Promise.reject(new GovernanceError('Unknown', 'not in this test'));
  return {
    currentUser: () => Promise.resolve(me),
    loadDpia: () => Promise.resolve(loaded),
    dpiasOfActivity: refuse, createDpia: refuse, saveDpia: refuse, submitDpia: refuse, addDecision: refuse, raiseActionAsRisk: refuse
  };
}

function renderPanel(loaded: DpiaRecord, me: PersonRef): void {
  render(<DpiaPanel store={fakeStore(loaded, me)} dpiaId={7} strings={strings} shared={shared} searchPeople={() => Promise.resolve([])} onChanged={() => undefined} onDismiss={() => undefined} />);
}

const kenyaRoute: DpiaRoute = {
  routing: { accountable: { kind: 'Person', person: kwame }, resolvedAt: 'Mission', informed: [{ kind: 'Person', person: lead }, { kind: 'Group', group: 'Mission Focal Points' }], ambiguousAt: [] },
  decider: kwame,
  deciders: [kwame],
  scopeName: 'Kenya',
  deciderIds: new Set([kwame.id])
};

describe('DpiaPanel: the route of the validation (issue 19)', () => {
  it('names the mission\'s Accountable and the Informed, and offers the routed Accountable "Validate" though not a lead', async () => {
    renderPanel(record(kenyaRoute), kwame);
    const route = await screen.findByTestId('dpia-route');
    expect(within(route).getByTestId('routed-decider').textContent).toBe('The governance roles ask Kwame Asante (Kenya\'s Accountable) to validate this DPIA. The route names you: your validation counts.');
    expect(within(route).getByTestId('routed-informed').textContent).toBe('Informed of the decision: Helena Okafor, Mission Focal Points (group)');
    expect(screen.getByRole('region', { name: 'Who validates' })).toBe(route);
    expect(screen.getByRole('button', { name: 'Validate' })).toBeTruthy();
  });

  it('says a group member and the fallback in words, and offers no "Validate" to someone the route does not name', async () => {
    const fallback: DpiaRoute = {
      routing: { accountable: { kind: 'Group', group: 'Governance Leads' }, resolvedAt: 'fallback', informed: [], ambiguousAt: [] },
      decider: lead,
      deciders: [lead],
      deciderIds: new Set([lead.id])
    };
    renderPanel(record(fallback), kwame);
    const decider = await screen.findByTestId('routed-decider');
    expect(decider.textContent).toBe('The governance roles ask Helena Okafor (member of Governance Leads: nobody is Accountable here) to validate this DPIA.');
    expect(screen.queryByTestId('routed-informed')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Validate' })).toBeNull();
  });

  it('warns when the matrix could not be read (the owner and the leads still validate)', async () => {
    renderPanel(record(undefined, 'Network'), lead);
    expect((await screen.findByTestId('dpia-route-unavailable')).textContent).toContain('The governance roles could not be read');
    expect(screen.queryByTestId('dpia-route')).toBeNull();
    expect(screen.getByRole('button', { name: 'Validate' })).toBeTruthy();
  });
});
