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
import type { GovernanceErrorKind } from '../../../core/errors';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf, errorText } from '../../../ui/errorText';
import { RoutedTo } from '../../../ui/routing/RoutedTo';
import type { IRiskService, RiskAcceptanceRoute, RiskSession } from '../services/IRiskService';
import { revealHiddenCharacters } from '../../../core/validation/visibleText';
import { format, isoDay, riskIssueText, runTask } from './riskText';

export interface IAcceptDialogProps {
  risk: Stored<Risk>;
  session: RiskSession;
  service: IRiskService;
  strings: IRiskRegisterStrings;
  shared: IGovernanceSuiteStrings;
  today: Date;
  /** Where the governance roles route this risk's acceptance (risks above the appetite; read with the register). */
  route?: RiskAcceptanceRoute;
  /** Why the route could not be read: only the leads accept above the appetite meanwhile. */
  routeError?: GovernanceErrorKind;
  onAccepted: (risk: Stored<Risk>) => void;
  onDismiss: () => void;
}

/**
 * Accepting a risk: says whether a lead is needed, who the governance roles ask and why (with the Informed), and why
 * the signed-in user may not decide (owner, neither a lead nor routed) before anything is saved. Saving creates the
 * decision item the signed-in user authors, then marks the risk.
 */
export function AcceptDialog(props: IAcceptDialogProps): React.ReactElement {
  const { risk, session, service, strings, shared, today, route, routeError } = props;
  const [expiresOn, setExpiresOn] = React.useState(isoDay(addUtcMonths(today, 6)));
  const [comment, setComment] = React.useState('');
  const [saving, setSaving] = React.useState(false);
  const [errorKind, setErrorKind] = React.useState<ReturnType<typeof errorKindOf> | undefined>(undefined);
  const routedIds = route === undefined ? undefined : new Map([[risk.id, route.deciderIds]]);
  const context = { leadIds: new Set(session.leadIds), routedIds, appetite: session.appetite, today };
  const needsLead = acceptanceNeedsLead(risk, session.appetite);
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
        {!needsLead ? format(strings.AcceptWithinAppetite, score, session.appetite) : format(route !== undefined ? strings.AcceptNeedsRouted : strings.AcceptNeedsLead, score, session.appetite)}
      </Text>
      {needsLead && routeError !== undefined && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="accept-route-unavailable">{format(strings.RouteUnavailable, errorText(routeError, shared))}</MessageBar>
      )}
      {needsLead && route !== undefined && (
        <RoutedTo
          route={{ ...route.routing, decider: route.decider, scopeName: route.scopeName }}
          heading={strings.RouteHeading}
          sentence={strings.RouteAccepter}
          informed={strings.RouteInformed}
          nobody={strings.RouteNobody}
          mine={route.deciderIds.has(session.currentUser.id) ? strings.RoutedToYou : undefined}
          testId="accept-route"
        />
      )}
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
