import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { isGovernanceError, type FieldIssue, type GovernanceErrorKind } from '../../core/errors';
import { BULK_NOMINATION_LIMIT, defaultDueDate, validateNomination, type NominationDraft } from '../../core/ownership';
import { ErrorMessageBar } from '../ErrorMessageBar';
import { errorKindOf, errorText } from '../errorText';
import type { IInventoryFilterValues } from '../filterTypes';
import { format } from '../format';
import type { INominationService, NominationRow, NominationTargets } from './INominationService';
import { NominationFields } from './NominationFields';
import { RouteChoice, RouteGroups, useNominationRoutes } from './NominationRouting';

/** What became of one record: sent (to whom), not sent because nobody but you could decide it, or failed. */
function rowText(row: NominationRow, s: IOwnershipStrings, strings: IGovernanceSuiteStrings): string {
  if (row.ok) return row.nominee ? format(s.BulkNominationRowSentTo, row.nominee.title) : s.BulkNominationRowOk;
  if (row.code === 'noDecider') return s.BulkNominationRowNoDecider;
  return format(s.BulkNominationRowFailed, errorText(row.kind ?? 'Unknown', strings));
}

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
 * Nominations for every record of the current filter (e.g. all of a region's records), up to BULK_NOMINATION_LIMIT.
 * By default each record goes to the person the governance roles route it to (records of different missions may go
 * to different people), grouped in the confirmation ("12 records to Kwame Asante (Kenya's Accountable)"); or one
 * nominee the focal point chooses for all. The outcome is reported per record; a record nobody but the user could
 * decide is reported and never sent.
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
  const routing = useNominationRoutes(service, targets?.assets);
  const routed = routing.mode === 'routed' && routing.routes !== undefined;
  const routable = routing.routes?.filter((route) => route.decider !== undefined).length ?? 0;
  const loadingRoutes = targets !== undefined && routing.routes === undefined && routing.error === undefined;

  const load = React.useCallback((): void => {
    setError(undefined);
    service.matchingAssets(filters, BULK_NOMINATION_LIMIT).then(setTargets, (e: unknown) => setError(errorKindOf(e)));
  }, [service, filters]);
  React.useEffect(load, [load]);

  const send = async (): Promise<void> => {
    if (!targets) return;
    setError(undefined);
    const requester = await service.currentUser().catch(() => undefined);
    // Routed: each record names its own decider, so only the draft's due date and message are checked here.
    const sent: NominationDraft = routed ? { ...draft, nominee: undefined } : draft;
    const local = requester ? validateNomination(sent, requester, now()).filter((issue) => !routed || issue.code !== 'nomineeRequired') : [];
    setIssues(local);
    if (local.length > 0) return;
    setBusy(true);
    try {
      setRows(await service.nominateMany(targets.assets, sent, routing.routes));
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
      {targets && !rows && targets.assets.length > 0 && (
        <Stack tokens={{ childrenGap: 12 }}>
          {routable > 0 && (
            <RouteChoice mode={routing.mode} onChange={routing.setMode} routedText={s.BulkRouteChoiceRouted} otherText={s.BulkRouteChoiceOther} disabled={busy} />
          )}
          {/* The groups while routed; with nobody routable (or the matrix unreadable) they say why the user chooses. */}
          {(routing.mode === 'routed' || routable === 0) && <RouteGroups state={routing} strings={strings} />}
          <NominationFields draft={draft} onChange={setDraft} issues={issues} onResolvePeople={(text) => service.searchPeople(text)} disabled={busy} showNominee={!routed} strings={strings} />
        </Stack>
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
            <li key={row.assetId}>{`${row.title}: ${rowText(row, s, strings)}`}</li>
          ))}
        </ul>
      )}
      <DialogFooter>
        {!rows && (
          <PrimaryButton
            text={busy ? s.Sending : format(s.SendNominations, routed ? routable : targets?.assets.length ?? 0)}
            disabled={busy || !targets || loadingRoutes || (routed ? routable : targets.assets.length) === 0}
            onClick={() => send().catch(() => undefined)}
          />
        )}
        <DefaultButton text={rows ? strings.Close : strings.Cancel} disabled={busy} onClick={onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
