/** Renders the Ownership Approvals container with a fake service and the real English strings, for tests. */
import * as React from 'react';
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import * as strings from 'GovernanceSuiteStrings';
import * as ownershipStrings from 'OwnershipStrings';
import type { PersonRef } from '../../../core/models/common';
import { OwnershipApprovals } from '../components/OwnershipApprovals';
import { FakeApprovalsService } from './fakeApprovalsService';
import { ALICE, NOW, world } from './fixtures';

export { strings, ownershipStrings };

export interface IRenderedApprovals extends RenderResult {
  service: FakeApprovalsService;
}

export function renderApprovals(viewer: { person: PersonRef; isLead: boolean } = { person: ALICE, isLead: false }): IRenderedApprovals {
  const { assets, requests, decisions } = world();
  const service = new FakeApprovalsService(viewer, requests, decisions, assets, NOW);
  const result = render(<OwnershipApprovals service={service} strings={strings} />);
  return { ...result, service };
}
