import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { isGovernanceError, type FieldIssue, type GovernanceErrorKind } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import { defaultDueDate, validateNomination, type NominationDraft } from '../../core/ownership';
import { ErrorMessageBar } from '../ErrorMessageBar';
import { errorKindOf } from '../errorText';
import { format } from '../format';
import type { INominationService } from './INominationService';
import { NominationFields } from './NominationFields';
import { RouteChoice, RouteSummary, useNominationRoutes } from './NominationRouting';
import { ownershipIssueText } from './ownershipLabels';

/** Props of {@link NominateDialog}. */
export interface INominateDialogProps {
  asset: Stored<DataAsset>;
  service: INominationService;
  /** Called with the record as stored after the nomination (its status derived again). */
  onNominated: (asset: Stored<DataAsset>, nomineeName: string) => void;
  onDismiss: () => void;
  now: () => Date;
  strings: IGovernanceSuiteStrings;
}

/**
 * "Nominate custodian" for one record. It opens on who the governance roles (RACI) route the decision to, and why
 * (the record's, mission's, region's, department's or organisation's Accountable, else a member of the Governance
 * Leads group), with the Informed; the focal point asks that person (the default) or chooses another nominee, then
 * sets the due date (default in 14 days) and an optional message. The request lists the Informed either way.
 */
export function NominateDialog(props: INominateDialogProps): React.ReactElement {
  const { asset, service, onNominated, onDismiss, now, strings } = props;
  const s = ownershipStrings;
  const [draft, setDraft] = React.useState<NominationDraft>(() => ({ dueDate: defaultDueDate(now()) }));
  const [issues, setIssues] = React.useState<readonly FieldIssue[]>([]);
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>();
  const [busy, setBusy] = React.useState(false);
  // Routed again only when the record or its scope changes, not on every render (the user's choice stays).
  const assets = React.useMemo(() => [asset], [asset.id, asset.mission, asset.region, asset.department]);
  const routing = useNominationRoutes(service, assets);
  const route = routing.routes?.[0];
  const routed = routing.mode === 'routed' && route?.decider !== undefined;

  const send = async (): Promise<void> => {
    setError(undefined);
    // Asking the routed decider: the draft names nobody and the service sends it to the route's decider.
    const sent: NominationDraft = routed ? { ...draft, nominee: undefined } : draft;
    const nominee = routed ? route?.decider : draft.nominee;
    const requester = await service.currentUser().catch(() => undefined);
    const local = requester ? validateNomination({ ...sent, nominee }, requester, now()) : [];
    setIssues(local);
    if (local.length > 0) return;
    setBusy(true);
    try {
      const stored = await service.nominate(asset, sent, route);
      onNominated(stored, nominee?.title ?? '');
    } catch (e) {
      if (isGovernanceError(e, 'Validation') && e.issues.length > 0) setIssues(e.issues);
      else setError(errorKindOf(e));
      setBusy(false);
    }
  };

  // The person field is hidden while the routed decider is asked: a problem with the nominee shows above instead.
  const nomineeIssue = issues.find((issue) => issue.field === 'nominee');
  const loadingRoute = routing.routes === undefined && routing.error === undefined;
  return (
    <Dialog
      hidden={false}
      onDismiss={busy ? undefined : onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: format(s.NominateTitle, asset.title), closeButtonAriaLabel: strings.Close }}
      modalProps={{ isBlocking: true }}
      minWidth={420}
    >
      {error && <ErrorMessageBar kind={error} strings={strings} />}
      <Stack tokens={{ childrenGap: 12 }}>
        <RouteSummary state={routing} strings={strings} />
        {route?.decider !== undefined && (
          <RouteChoice mode={routing.mode} onChange={routing.setMode} routedText={format(s.RouteChoiceRouted, route.decider.title)} otherText={s.RouteChoiceOther} disabled={busy} />
        )}
        {routed && nomineeIssue !== undefined && <MessageBar messageBarType={MessageBarType.error}>{ownershipIssueText(nomineeIssue, s)}</MessageBar>}
        <NominationFields draft={draft} onChange={setDraft} issues={issues} onResolvePeople={(text) => service.searchPeople(text)} disabled={busy} showNominee={!routed} strings={strings} />
      </Stack>
      <DialogFooter>
        <PrimaryButton text={busy ? s.Sending : s.SendNomination} disabled={busy || loadingRoute} onClick={() => send().catch(() => undefined)} />
        <DefaultButton text={strings.Cancel} disabled={busy} onClick={onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
