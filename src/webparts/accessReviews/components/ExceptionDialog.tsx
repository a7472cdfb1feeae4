import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { TextField } from '@fluentui/react/lib/TextField';
import type { SoDViolation } from '../../../core/accessReviews';
import type { GovernanceErrorKind } from '../../../core/errors';
import { addUtcMonths } from '../../../core/validation/isoDate';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import type { IAccessReviewService } from '../services/IAccessReviewService';
import { codeText, format, isoDay, runTask } from './accessText';
import { MAX_EXCEPTION_MONTHS, validateException } from './sodForms';

/** Props of {@link ExceptionDialog}. */
export interface IExceptionDialogProps {
  service: IAccessReviewService;
  violation: SoDViolation;
  today: Date;
  onSaved: () => void;
  onDismiss: () => void;
  strings: IAccessReviewsStrings;
  shared: IGovernanceSuiteStrings;
}

/** A lead accepts a violation for a while: the control that mitigates it and an expiry at most 12 months away. */
export function ExceptionDialog(props: IExceptionDialogProps): React.ReactElement {
  const { service, violation, today, strings, shared } = props;
  const [control, setControl] = React.useState('');
  const [expiresOn, setExpiresOn] = React.useState(isoDay(addUtcMonths(today, 6)));
  const [showIssues, setShowIssues] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>(undefined);
  const issues = validateException(control, expiresOn, today);
  const shown = (code: string | undefined): string | undefined => (showIssues && code ? format(codeText(strings.FormIssues, code), MAX_EXCEPTION_MONTHS) : undefined);

  const save = async (): Promise<void> => {
    setShowIssues(true);
    if (Object.keys(issues).length > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      await service.addException(violation, control.trim(), expiresOn);
      props.onSaved();
    } catch (e: unknown) {
      setError(errorKindOf(e));
      setBusy(false);
    }
  };

  return (
    <Dialog hidden={false} onDismiss={busy ? undefined : props.onDismiss} modalProps={{ isBlocking: true }} minWidth={460}
      dialogContentProps={{ type: DialogType.normal, title: strings.AddException, subText: format(strings.ExceptionIntro, violation.principalName, violation.rule.title) }}>
      {error && <ErrorMessageBar kind={error} strings={shared} />}
      <TextField label={strings.MitigatingControl} required multiline rows={3} autoFocus value={control} onChange={(_e, v) => setControl(v ?? '')}
        errorMessage={shown(issues.mitigatingControl)} maxLength={2000} disabled={busy} />
      <TextField label={strings.ExceptionExpiry} type="date" required value={expiresOn} onChange={(_e, v) => setExpiresOn(v ?? '')}
        description={format(strings.ExceptionExpiryHelp, MAX_EXCEPTION_MONTHS)} errorMessage={shown(issues.expiresOn)} disabled={busy} />
      <DialogFooter>
        <PrimaryButton text={busy ? strings.Saving : strings.SaveException} onClick={() => runTask(save())} disabled={busy} />
        <DefaultButton text={strings.Cancel} onClick={props.onDismiss} disabled={busy} />
      </DialogFooter>
    </Dialog>
  );
}
