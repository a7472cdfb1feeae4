import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'GovernanceSuiteStrings';
import { DATA_ASSETS_LIST } from '../core/schema';
import { AssetFormPanel } from './AssetFormPanel';
import type { AssetSubmission } from './AssetFormPanel';

jest.setTimeout(20000);

describe('AssetFormPanel', () => {
  it('blocks the save, shows each problem next to its field and in a summary, and sends nothing', async () => {
    const user = userEvent.setup();
    const submitted: AssetSubmission[] = [];
    render(
      <AssetFormPanel
        list={DATA_ASSETS_LIST}
        onSubmit={async (s) => {
          submitted.push(s);
        }}
        onDismiss={() => undefined}
        onResolvePeople={async () => []}
        strings={strings}
      />
    );
    const panel = await screen.findByRole('dialog');
    const title = within(panel).getByRole('textbox', { name: strings.Fields.title });
    // Pasting keeps the test fast; typing 256 characters one by one adds nothing.
    await user.click(title);
    await user.paste('x'.repeat(256));
    await user.click(within(panel).getByRole('textbox', { name: strings.Fields.locationUrl }));
    // eslint-disable-next-line no-script-url -- the point of the test: a script URL must be rejected
    await user.paste('javascript:alert(1)');
    await user.tab();

    await user.click(within(panel).getByRole('button', { name: strings.Save }));

    expect(submitted).toHaveLength(0);
    const tooLong = strings.ValidationMessages.tooLong.replace('{max}', '255');
    const unsafe = strings.ValidationMessages.unsafeUrl;
    // Next to the field...
    expect(within(panel).getAllByText(tooLong).length).toBeGreaterThanOrEqual(1);
    expect(within(panel).getAllByText(unsafe).length).toBeGreaterThanOrEqual(1);
    // ...and in the summary.
    expect(within(panel).getByText(strings.ValidationSummary.replace('{0}', '2'))).toBeTruthy();
    expect(within(panel).getByText(`${strings.Fields.title}: ${tooLong}`)).toBeTruthy();
    expect(within(panel).getByText(`${strings.Fields.locationUrl}: ${unsafe}`)).toBeTruthy();
    expect(title.getAttribute('aria-invalid')).toBe('true');
  });

  it('requires a title before anything is sent', async () => {
    const user = userEvent.setup();
    const submitted: AssetSubmission[] = [];
    render(
      <AssetFormPanel
        list={DATA_ASSETS_LIST}
        onSubmit={async (s) => {
          submitted.push(s);
        }}
        onDismiss={() => undefined}
        onResolvePeople={async () => []}
        strings={strings}
      />
    );
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: strings.Save }));
    expect(submitted).toHaveLength(0);
    expect(screen.getByText(`${strings.Fields.title}: ${strings.ValidationMessages.required}`)).toBeTruthy();
  });

  it('does not list the read-only "Set by the suite" fields on a new record, and shows them on edit', async () => {
    const props = { list: DATA_ASSETS_LIST, onSubmit: async () => undefined, onDismiss: () => undefined, onResolvePeople: async () => [], strings };
    const { unmount } = render(<AssetFormPanel {...props} />);
    await screen.findByRole('dialog');
    expect(screen.queryAllByText(strings.ComputedFieldNote)).toHaveLength(0);
    unmount();
    const record = { id: 1, etag: '"1"', title: 'Payroll', containsPersonalData: false, reviewCycleMonths: 12, lifecycle: 'Active' as const, ownershipStatus: 'Unassigned' as const };
    render(<AssetFormPanel {...props} record={record} />);
    await screen.findByRole('dialog');
    expect(screen.queryAllByText(strings.ComputedFieldNote).length).toBeGreaterThan(0);
  });
});
