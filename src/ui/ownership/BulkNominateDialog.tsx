import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import { isGovernanceError, type FieldIssue, type GovernanceErrorKind } from '../../core/errors';
import { BULK_NOMINATION_LIMIT, defaultDueDate, validateNomination, type NominationDraft } from '../../core/ownership';
import { ErrorMessageBar } from '../ErrorMessageBar';
import { errorKindOf, errorText } from '../errorText';
import type { IInventoryFilterValues } from '../filterTypes';
import { format } from '../format';
import type { INominationService, NominationRow, NominationTargets } from './INominationService';
import { NominationFields } from './NominationFields';

/** Props of {@link BulkNominateDialog}. */
export interface IBulkNominateDialogProps {
  /** The inventory's current filters (search included): the records nominated are the ones the grid lists. */
  filters: IInventoryFilterValues;
  service: INominationService;
  /** Called after nominations were sent, so the grid reloads the records' statuses. */
  onSent: () => void;
  onDismiss: () => void;
  now: () => Date;
  strings: IGovernanceSuiteStrings;
}

/**
 * One custodian for every record of the current filter (e.g. all of a mission's records), up to
 * BULK_NOMINATION_LIMIT, with the outcome reported per record.
 */
export function BulkNominateDialog(props: IBulkNominateDialogProps): React.ReactElement {
  const { filters, service, onSent, onDismiss, now, strings } = props;
  const s = ownershipStrings;
  const [targets, setTargets] = React.useState<NominationTargets | undefined>();
  const [draft, setDraft] = React.useState<NominationDraft>(() => ({ dueDate: defaultDueDate(now()) }));
  const [issues, setIssues] = React.useState<readonly FieldIssue[]>([]);
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [rows, setRows] = React.useState<NominationRow[] | undefined>();

  const load = React.useCallback((): void => {
    setError(undefined);
    service.matchingAssets(filters, BULK_NOMINATION_LIMIT).then(setTargets, (e: unknown) => setError(errorKindOf(e)));
  }, [service, filters]);
  React.useEffect(load, [load]);

  const send = async (): Promise<void> => {
    if (!targets) return;
    setError(undefined);
    const requester = await service.currentUser().catch(() => undefined);
    const local = requester ? validateNomination(draft, requester, now()) : [];
    setIssues(local);
    if (local.length > 0) return;
    setBusy(true);
    try {
      setRows(await service.nominateMany(targets.assets, draft));
      onSent();
    } catch (e) {
      if (isGovernanceError(e, 'Validation') && e.issues.length > 0) setIssues(e.issues);
      else setError(errorKindOf(e));
    } finally {
      setBusy(false);
    }
  };

  const failed = rows?.filter((row) => !row.ok).length ?? 0;
  return (
    <Dialog
      hidden={false}
      onDismiss={busy ? undefined : onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: s.NominateBulkTitle, closeButtonAriaLabel: strings.Close }}
      modalProps={{ isBlocking: true }}
      minWidth={480}
    >
      {error && <ErrorMessageBar kind={error} strings={strings} onRetry={targets ? undefined : load} />}
      {!targets && !error && <Spinner label={strings.Loading} />}
      {targets && (
        <Text as="p">
          {format(s.NominateBulkScope, targets.assets.length)}
          {targets.more ? ` ${format(s.NominateBulkLimit, BULK_NOMINATION_LIMIT)}` : ''}
        </Text>
      )}
      {targets && !rows && (
        <NominationFields draft={draft} onChange={setDraft} issues={issues} onResolvePeople={(text) => service.searchPeople(text)} disabled={busy} strings={strings} />
      )}
      <div role="status" aria-live="polite">
        {busy && <Spinner label={s.Sending} />}
        {rows && (
          <MessageBar messageBarType={failed > 0 ? MessageBarType.warning : MessageBarType.success}>
            {format(s.BulkNominationResult, rows.length - failed, failed)}
          </MessageBar>
        )}
      </div>
      {rows && (
        <ul aria-label={s.NominateBulkTitle} style={{ maxHeight: 240, overflowY: 'auto', paddingLeft: 20 }}>
          {rows.map((row) => (
            <li key={row.assetId}>
              {`${row.title}: ${row.ok ? s.BulkNominationRowOk : format(s.BulkNominationRowFailed, errorText(row.kind ?? 'Unknown', strings))}`}
            </li>
          ))}
        </ul>
      )}
      <DialogFooter>
        {!rows && (
          <PrimaryButton
            text={busy ? s.Sending : format(s.SendNominations, targets?.assets.length ?? 0)}
            disabled={busy || !targets || targets.assets.length === 0}
            onClick={() => send().catch(() => undefined)}
          />
        )}
        <DefaultButton text={rows ? strings.Close : strings.Cancel} disabled={busy} onClick={onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
