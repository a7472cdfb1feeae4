import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as suiteStrings from 'GovernanceSuiteStrings';
import type { IQualityImportService } from '../../../ui/quality/qualityImportServiceTypes';
import type { IImportService } from '../services/IImportService';
import { ImportCommands } from './ImportCommands';

jest.setTimeout(20000);

/** The rollout kit is not used here: any call fails the test. */
const kit = new Proxy({}, { get: (_, name) => () => Promise.reject(new Error(`unexpected ${String(name)}`)) }) as IImportService;
const quality: IQualityImportService = {
  readFile: () => Promise.reject(new Error('not read')),
  check: () => Promise.reject(new Error('not checked')),
  run: () => Promise.reject(new Error('not run'))
};

describe('ImportCommands: quality measurements', () => {
  it('opens the lazy import panel from its button and gives the focus back to the button on close', async () => {
    const user = userEvent.setup();
    render(<ImportCommands service={kit} filters={{}} suiteStrings={suiteStrings} onImported={() => undefined} qualityService={quality} />);
    const opener = screen.getByRole('button', { name: suiteStrings.Quality.Import.Open });
    await user.click(opener);
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText(suiteStrings.Quality.Import.Title)).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: suiteStrings.Close }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
  });

  it('has no button without the service', () => {
    render(<ImportCommands service={kit} filters={{}} suiteStrings={suiteStrings} onImported={() => undefined} />);
    expect(screen.queryByRole('button', { name: suiteStrings.Quality.Import.Open })).toBeNull();
  });
});
