import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Stored } from '../../../core/models/common';
import type { Risk } from '../../../core/models/risk';
import { acceptanceNeedsLead, currentRiskScore, validateAcceptance } from '../../../core/risk';
import { addUtcMonths } from '../../../core/validation';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import type { IRiskService, RiskSession } from '../services/IRiskService';
import { revealHiddenCharacters } from '../../../core/validation/visibleText';
import { format, isoDay, riskIssueText, runTask } from './riskText';

export interface IAcceptDialogProps {
  risk: Stored<Risk>;
  session: RiskSession;
  service: IRiskService;
  strings: IRiskRegisterStrings;
  shared: IGovernanceSuiteStrings;
  today: Date;
  onAccepted: (risk: Stored<Risk>) => void;
  onDismiss: () => void;
}

/**
 * Accepting a risk: says whether a lead is needed and why the signed-in user may not decide (owner, not a lead)
 * before anything is saved. Saving creates the decision item the signed-in user authors, then marks the risk.
 */
export function AcceptDialog(props: IAcceptDialogProps): React.ReactElement {
  const { risk, session, service, strings, shared, today } = props;
  const [expiresOn, setExpiresOn] = React.useState(isoDay(addUtcMonths(today, 6)));
  const [comment, setComment] = React.useState('');
  const [saving, setSaving] = React.useState(false);
  const [errorKind, setErrorKind] = React.useState<ReturnType<typeof errorKindOf> | undefined>(undefined);
  const context = { leadIds: new Set(session.leadIds), appetite: session.appetite, today };
  const issues = validateAcceptance(risk, session.currentUser, expiresOn || undefined, context);
  const deciderIssues = issues.filter((i) => i.field !== 'expiresOn');
  const expiryIssue = issues.find((i) => i.field === 'expiresOn');
  const score = currentRiskScore(risk);

  const accept = async (): Promise<void> => {
    if (issues.length > 0) return;
    setSaving(true);
    setErrorKind(undefined);
    try {
      props.onAccepted(await service.acceptRisk(risk, expiresOn, comment));
    } catch (e: unknown) {
      setErrorKind(errorKindOf(e));
      setSaving(false);
    }
  };

  return (
    <Dialog
      hidden={false}
      onDismiss={props.onDismiss}
      dialogContentProps={{ type: DialogType.largeHeader, title: `${strings.AcceptTitle}: ${revealHiddenCharacters(risk.title)}`, subText: strings.AcceptIntro }}
      modalProps={{ isBlocking: true }}
      minWidth={460}
    >
      <Text block style={{ marginBottom: 8 }}>
        {acceptanceNeedsLead(risk, session.appetite) ? format(strings.AcceptNeedsLead, score, session.appetite) : format(strings.AcceptWithinAppetite, score, session.appetite)}
      </Text>
      {deciderIssues.map((issue) => (
        <MessageBar key={issue.code} messageBarType={MessageBarType.blocked} role="alert" isMultiline>{riskIssueText(issue, strings, shared)}</MessageBar>
      ))}
      {errorKind && <ErrorMessageBar kind={errorKind} strings={shared} />}
      <TextField label={strings.AcceptExpiry} type="date" required value={expiresOn} onChange={(_e, v) => setExpiresOn(v ?? '')}
        errorMessage={expiryIssue ? riskIssueText(expiryIssue, strings, shared) : undefined} />
      <TextField label={strings.AcceptComment} multiline rows={3} value={comment} onChange={(_e, v) => setComment(v ?? '')} maxLength={2000} />
      <DialogFooter>
        <PrimaryButton text={saving ? strings.Saving : strings.AcceptConfirm} onClick={() => runTask(accept())} disabled={saving || issues.length > 0} />
        <DefaultButton text={strings.Cancel} onClick={props.onDismiss} disabled={saving} />
      </DialogFooter>
    </Dialog>
  );
}
