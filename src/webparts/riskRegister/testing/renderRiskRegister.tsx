/** Renders the Risk Register container with a fake service and the real English strings, for tests. */
import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import * as shared from 'GovernanceSuiteStrings';
import * as strings from 'RiskRegisterWebPartStrings';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { Risk } from '../../../core/models/risk';
import { RiskRegister } from '../components/RiskRegister';
import type { IRiskRegisterProps } from '../components/IRiskRegisterProps';
import { FakeRiskService } from './fakeRiskService';

export { strings };

export const NOW = new Date('2026-11-23T10:00:00Z');
export const LEAD: PersonRef = { id: 2, title: 'Helena Okafor' };
export const OWNER: PersonRef = { id: 10, title: 'Jonas Weber' };
export const STAFF: PersonRef = { id: 20, title: 'Sofia Rossi' };

let nextId = 1;
/** A risk with sensible defaults (4 x 4 inherent, 3 x 3 residual, owned, due in the future). */
export function makeRisk(overrides: Partial<Stored<Risk>> = {}): Stored<Risk> {
  const base: Stored<Risk> = {
    id: nextId++, etag: '"1"', title: `Risk ${nextId}`, category: 'Data protection', likelihood: 4, impact: 4, residualLikelihood: 3, residualImpact: 3,
    treatment: 'Mitigate', riskOwner: OWNER, dueDate: '2027-02-01', status: 'In treatment', ...overrides
  };
  return base;
}

/** `setup` runs on the fake before the first render (e.g. to set the governance roles' routes). */
export function renderRiskRegister(risks: Stored<Risk>[], user: PersonRef = LEAD, props: Partial<IRiskRegisterProps> = {}, setup?: (service: FakeRiskService) => void): RenderResult & { service: FakeRiskService } {
  const service = new FakeRiskService(risks, { currentUser: user, leadIds: [LEAD.id], appetite: 9 });
  setup?.(service);
  const result = render(<RiskRegister service={service} strings={strings} shared={shared} now={() => NOW} {...props} />);
  return { ...result, service };
}
