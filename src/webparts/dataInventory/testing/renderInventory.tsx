/** Renders the Data Inventory container with a fake service and the real English strings, for tests. */
import * as React from 'react';
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import * as strings from 'GovernanceSuiteStrings';
import type { Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import { DataInventory } from '../components/DataInventory';
import type { IDataInventoryProps } from '../components/IDataInventoryProps';
import { FakeInventoryService } from './fakeInventoryService';
import { MISSIONS, NOW, PEOPLE } from './fixtures';

export { strings };

export interface IRenderedInventory extends RenderResult {
  service: FakeInventoryService;
}

/** `configure` prepares the fake before the first render (the first page is requested on mount). */
export function renderInventory(items: Stored<DataAsset>[], props: Partial<IDataInventoryProps> = {}, configure?: (service: FakeInventoryService) => void): IRenderedInventory {
  const service = new FakeInventoryService(items, MISSIONS, PEOPLE);
  configure?.(service);
  const result = render(<DataInventory service={service} strings={strings} pageSize={5} now={() => NOW} {...props} />);
  return { ...result, service };
}
