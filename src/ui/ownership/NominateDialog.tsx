import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { isGovernanceError, type FieldIssue, type GovernanceErrorKind } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import { defaultDueDate, validateNomination, type NominationDraft } from '../../core/ownership';
import { ErrorMessageBar } from '../ErrorMessageBar';
import { errorKindOf } from '../errorText';
import { format } from '../format';
import type { INominationService } from './INominationService';
import { NominationFields } from './NominationFields';

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

/** "Nominate custodian" for one record: person, due date (default in 14 days), optional message. */
export function NominateDialog(props: INominateDialogProps): React.ReactElement {
  const { asset, service, onNominated, onDismiss, now, strings } = props;
  const s = ownershipStrings;
  const [draft, setDraft] = React.useState<NominationDraft>(() => ({ dueDate: defaultDueDate(now()) }));
  const [issues, setIssues] = React.useState<readonly FieldIssue[]>([]);
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>();
  const [busy, setBusy] = React.useState(false);

  const send = async (): Promise<void> => {
    setError(undefined);
    const requester = await service.currentUser().catch(() => undefined);
    const local = requester ? validateNomination(draft, requester, now()) : [];
    setIssues(local);
    if (local.length > 0) return;
    setBusy(true);
    try {
      const stored = await service.nominate(asset, draft);
      onNominated(stored, draft.nominee?.title ?? '');
    } catch (e) {
      if (isGovernanceError(e, 'Validation') && e.issues.length > 0) setIssues(e.issues);
      else setError(errorKindOf(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      hidden={false}
      onDismiss={busy ? undefined : onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: format(s.NominateTitle, asset.title), closeButtonAriaLabel: strings.Close }}
      modalProps={{ isBlocking: true }}
      minWidth={420}
    >
      {error && <ErrorMessageBar kind={error} strings={strings} />}
      <NominationFields draft={draft} onChange={setDraft} issues={issues} onResolvePeople={(text) => service.searchPeople(text)} disabled={busy} strings={strings} />
      <DialogFooter>
        <PrimaryButton text={busy ? s.Sending : s.SendNomination} disabled={busy} onClick={() => send().catch(() => undefined)} />
        <DefaultButton text={strings.Cancel} disabled={busy} onClick={onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
