import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { TextField } from '@fluentui/react/lib/TextField';
import type { AccessReviewDecisionValue } from '../../../core/models/accessReview';
import { codeText, format } from './accessText';

/** Props of {@link DecideDialog}. */
export interface IDecideDialogProps {
  decision: AccessReviewDecisionValue;
  /** What is decided: one row's label, or "4 selected items". */
  subject: string;
  /** The campaign asks for a justification (the decision does not count without one). */
  justificationRequired: boolean;
  busy: boolean;
  onConfirm: (justification: string) => void;
  onDismiss: () => void;
  strings: IAccessReviewsStrings;
}

/**
 * The second click of a decision: what is decided, a justification (focused at once; required when the campaign
 * says so, checked here before anything is sent) and Confirm. Fluent's dialog traps focus while open.
 */
export function DecideDialog(props: IDecideDialogProps): React.ReactElement {
  const { decision, subject, justificationRequired, busy, onConfirm, onDismiss, strings } = props;
  const [justification, setJustification] = React.useState('');
  const [missing, setMissing] = React.useState(false);
  const confirm = (): void => {
    if (justificationRequired && justification.trim() === '') {
      setMissing(true);
      return;
    }
    onConfirm(justification.trim());
  };
  return (
    <Dialog
      hidden={false}
      onDismiss={busy ? undefined : onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: format(strings.DecideTitle, codeText(strings.Decisions, decision)), subText: subject }}
      modalProps={{ isBlocking: true }}
      minWidth={420}
    >
      <TextField
        label={strings.Justification}
        multiline
        rows={3}
        required={justificationRequired}
        autoFocus
        value={justification}
        onChange={(_e, v) => { setJustification(v ?? ''); setMissing(false); }}
        description={justificationRequired ? strings.JustificationRequiredHelp : strings.JustificationOptionalHelp}
        errorMessage={missing ? strings.JustificationMissing : undefined}
        maxLength={2000}
      />
      <DialogFooter>
        <PrimaryButton text={busy ? strings.Saving : strings.Confirm} onClick={confirm} disabled={busy} />
        <DefaultButton text={strings.Cancel} onClick={onDismiss} disabled={busy} />
      </DialogFooter>
    </Dialog>
  );
}

