/** Renders the AI Registry container with a fake service and the real English strings, for tests. */
import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import * as strings from 'AIRegistryWebPartStrings';
import * as suiteStrings from 'GovernanceSuiteStrings';
import type { PersonRef } from '../../../core/models/common';
import { AIRegistry } from '../components/AIRegistry';
import { FakeAIRegistryService } from './fakeAIRegistryService';

export const STAFF: PersonRef = { id: 11, title: 'Sofia Rossi' };
export const LEAD: PersonRef = { id: 21, title: 'Helena Okafor' };
export const OTHER_LEAD: PersonRef = { id: 22, title: 'Tomas Lindqvist' };

export interface IRenderedRegistry extends RenderResult {
  service: FakeAIRegistryService;
  downloads: { fileName: string; csv: string }[];
}

/** Renders the registry signed in as `me`; `setup` seeds the service first. */
export function renderAIRegistry(me: PersonRef, setup: (service: FakeAIRegistryService) => void = () => undefined): IRenderedRegistry {
  const service = new FakeAIRegistryService(me, [LEAD, OTHER_LEAD]);
  setup(service);
  const downloads: { fileName: string; csv: string }[] = [];
  const result = render(
    <AIRegistry service={service} strings={strings} suiteStrings={suiteStrings} pageSize={20} download={(fileName, csv) => downloads.push({ fileName, csv })} />
  );
  return { ...result, service, downloads };
}

/** Renders again over an existing service, signed in as someone else (same data, another user). */
export function renderAs(service: FakeAIRegistryService, me: PersonRef): RenderResult {
  service.me = me;
  return render(<AIRegistry service={service} strings={strings} suiteStrings={suiteStrings} pageSize={20} />);
}
