/** Renders the Health Scorecard container with a fake service and the real English strings, for tests. */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import * as strings from 'GovernanceSuiteStrings';
import { HealthScorecard } from '../components/HealthScorecard';
import type { IHealthScorecardProps } from '../components/IHealthScorecardProps';
import type { ScorecardRecord } from '../services/IScorecardService';
import { FakeScorecardService } from './fakeScorecardService';
import { MISSIONS, NOW } from './fixtures';

export { strings };

export interface IRenderedScorecard extends RenderResult {
  service: FakeScorecardService;
}

export function renderScorecard(
  records: ScorecardRecord[],
  props: Partial<IHealthScorecardProps> = {},
  setup?: (service: FakeScorecardService) => void
): IRenderedScorecard {
  const service = new FakeScorecardService(records, MISSIONS);
  setup?.(service);
  const result = render(<HealthScorecard service={service} strings={strings} scope={{ kind: 'organisation' }} now={() => NOW} {...props} />);
  return { ...result, service };
}

/**
 * Presses a chart's "Show table" button (tables sit behind it, the chart first) and returns the table it shows.
 * `caption` names both the button ("Show table: By region") and the table.
 */
export async function showTable(user: { click: (element: Element) => Promise<void> }, caption: string): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: `Show table: ${caption}` }));
  return screen.getByRole('table', { name: caption });
}
