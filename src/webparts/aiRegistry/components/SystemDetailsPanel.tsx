import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { findReviewReasons } from '../../../core/aiAct/review';
import { readClassification } from '../../../core/aiRegistry/classificationRecord';
import { summariseLinkedData } from '../../../core/aiRegistry/datasets';
import type { AIVerificationDecision } from '../../../core/models/aiVerification';
import { isGovernanceError } from '../../../core/errors';
import { samePerson } from '../../../core/ownership/counting';
import { choiceLabel } from '../../../ui/choiceLabels';
import { SafeLink } from '../../../ui/details/SafeLink';
import { PersonPersona } from '../../../ui/people/PersonPersona';
import { errorKindOf, errorText } from '../../../ui/errorText';
import { RoutedTo } from '../../../ui/routing/RoutedTo';
import { format, formatDate } from '../../../ui/format';
import type { DatasetOption, RegisterRow, RegistryUser, VerificationRefusal } from '../services/IAIRegistryService';
import { ClassificationDetails } from './ClassificationWizard';
import { LinkedDataSummary } from './DatasetPicker';
import { TierBadge } from './TierBadge';
import { revealHiddenCharacters } from '../../../core/validation/visibleText';
import { VisibleText } from '../../../ui/VisibleText';

/** Props of {@link SystemDetailsPanel}. */
export interface ISystemDetailsPanelProps {
  row: RegisterRow;
  /** The signed-in user (undefined while loading): leads and the routed Accountable see the verification buttons. */
  user?: RegistryUser;
  onEdit: () => void;
  onClassify: () => void;
  onVerify: (decision: AIVerificationDecision, comment: string) => Promise<void>;
  loadDatasets: (ids: readonly number[]) => Promise<DatasetOption[]>;
  onDismiss: () => void;
  /** Set when the panel opens again as the classification wizard closes: focus goes back to the wizard's opener. */
  focusClassify?: boolean;
  /** The system's coverage of the AI frameworks (issue 18, part 3), shown after its documentation. */
  frameworksSection?: React.ReactNode;
  /** The system's AI literacy (issue 19, part 4: EU AI Act Art. 4), shown after the frameworks. */
  literacySection?: React.ReactNode;
  /** Shown last: the system's open risks (Risk Register). */
  risksSection?: React.ReactNode;
  strings: IAIRegistryStrings;
  suiteStrings: IGovernanceSuiteStrings;
}

const headingStyles = { root: { fontWeight: 600 as const, margin: 0 } };

/** Whether the governance roles route this system's verification to the signed-in user (issue 19). */
export function routedToUser(row: RegisterRow, user: RegistryUser | undefined): boolean {
  return user !== undefined && (row.route?.deciders ?? []).some((person) => person.id === user.person.id);
}

/** Why the signed-in user may not verify this classification, if they may not (the data would not count it anyway). */
export function verificationRefusal(row: RegisterRow, user: RegistryUser | undefined): VerificationRefusal | undefined {
  if (!row.system.classificationProfile) return 'notClassified';
  if (user === undefined || (!user.isLead && !routedToUser(row, user))) return 'notALead';
  if (!row.verification.submittedBy) return 'notSubmitted';
  if (samePerson(user.person, row.verification.submittedBy)) return 'submitterCannotVerify';
  return undefined;
}

/** A system's record, classification with grounds and obligations, linked data, documentation and verification. */
/** A one-per-line field as a comma-separated list; empty when nothing is set. */
function lineList(value: string | undefined): string {
  return (value ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '').join(', ');
}

export function SystemDetailsPanel(props: ISystemDetailsPanelProps): React.ReactElement {
  const { row, user, onEdit, onClassify, onVerify, loadDatasets, onDismiss, strings, suiteStrings } = props;
  const { system, verification } = row;
  const stored = React.useMemo(() => readClassification(system), [system]);
  const [datasets, setDatasets] = React.useState<DatasetOption[]>([]);
  const [comment, setComment] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ error: boolean; text: string } | undefined>();
  const linkedIds = (system.linkedDataAssets ?? []).map((d) => d.id);
  const linkedKey = linkedIds.join(',');
  React.useEffect(() => {
    if (linkedIds.length === 0) {
      setDatasets([]);
      return;
    }
    loadDatasets(linkedIds).then(setDatasets, () => setDatasets([]));
  }, [linkedKey, loadDatasets]);

  const refusal = verificationRefusal(row, user);
  // Leads verify as before; the Accountable the governance roles route the system to does too (their decision counts).
  const mayDecide = user?.isLead === true || routedToUser(row, user);
  const refusalText: Record<VerificationRefusal, string> = {
    notClassified: strings.CannotVerifyUnclassified,
    notALead: strings.CannotVerifyNotLead,
    submitterCannotVerify: strings.CannotVerifyOwn,
    notSubmitted: strings.CannotVerifyNotSubmitted
  };
  const decide = async (decision: AIVerificationDecision): Promise<void> => {
    setBusy(true);
    setMessage(undefined);
    try {
      await onVerify(decision, comment);
      setComment('');
      setMessage({ error: false, text: strings.VerifyDone });
    } catch (error) {
      const code = isGovernanceError(error, 'Validation') ? (error.issues[0]?.code as VerificationRefusal | undefined) : undefined;
      setMessage({ error: true, text: code && refusalText[code] ? refusalText[code] : errorText(errorKindOf(error), suiteStrings) });
    } finally {
      setBusy(false);
    }
  };
  const submitter = verification.submittedBy;
  const lead = verification.by?.title ?? suiteStrings.UnknownUser;
  const when = formatDate(verification.on, suiteStrings.NotSet);

  return (
    <Panel isOpen type={PanelType.medium} headerText={revealHiddenCharacters(system.title)} closeButtonAriaLabel={suiteStrings.Close} onDismiss={onDismiss} isLightDismiss
      focusTrapZoneProps={props.focusClassify ? { firstFocusableTarget: '[data-classify]' } : undefined}>
      <Stack tokens={{ childrenGap: 14 }}>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton text={strings.Edit} iconProps={{ iconName: 'Edit' }} onClick={onEdit} />
          <PrimaryButton data-classify="" text={stored ? strings.Reclassify : strings.Classify} iconProps={{ iconName: 'Questionnaire' }} onClick={onClassify} />
        </Stack>
        {system.description && <Text block>{system.description}</Text>}
        <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 12, rowGap: 4 }}>
          {([
            [strings.Fields.vendor, system.vendor && <VisibleText text={system.vendor} strings={suiteStrings} />],
            [strings.Fields.systemType, system.systemType && (strings.SystemTypes[system.systemType] ?? system.systemType)],
            [strings.Fields.businessOwner, system.businessOwner && <PersonPersona person={system.businessOwner} />],
            [strings.Fields.technicalOwner, system.technicalOwner && <PersonPersona person={system.technicalOwner} />],
            [strings.Fields.department, system.department],
            [strings.Fields.lifecycle, strings.Lifecycles[system.lifecycle] ?? system.lifecycle],
            [strings.Fields.approvalStatus, strings.ApprovalStatuses[system.approvalStatus] ?? system.approvalStatus],
            [strings.Fields.nextReviewDate, system.nextReviewDate && formatDate(system.nextReviewDate, suiteStrings.NotSet)],
            [strings.Fields.applicabilityBasis, system.applicabilityBasis && (strings.ApplicabilityBases[system.applicabilityBasis] ?? system.applicabilityBasis)],
            // What usage monitoring matches observed apps on: shown so a lead can see why a tool matched (or did not).
            [strings.Fields.webDomains, lineList(system.webDomains)],
            [strings.Fields.aliases, lineList(system.aliases)]
          ] as [string, React.ReactNode][]).map(([label, value]) => (
            <React.Fragment key={label}>
              <dt style={{ fontWeight: 600 }}>{label}</dt>
              <dd style={{ margin: 0 }}>{value || suiteStrings.NotSet}</dd>
            </React.Fragment>
          ))}
        </dl>

        <section aria-label={strings.Classification}>
          <Text as="h3" block variant="large" styles={headingStyles}>{strings.Classification}</Text>
          {stored ? (
            <Stack tokens={{ childrenGap: 6 }}>
              <Text block variant="mediumPlus" data-testid="details-tier"><TierBadge tier={stored.classification.tier} strings={strings} /></Text>
              <ClassificationDetails grounds={stored.classification.grounds} obligations={stored.classification.obligations} reviewReasons={findReviewReasons(stored.profile)} strings={strings} />
            </Stack>
          ) : (
            <Text>{strings.NotClassified}</Text>
          )}
        </section>

        <section aria-label={strings.Verification} data-testid="verification">
          <Text as="h3" block variant="large" styles={headingStyles}>{strings.Verification}</Text>
          <Stack tokens={{ childrenGap: 6 }}>
            <Text block data-testid="verification-state">
              {verification.state === 'Verified'
                ? format(strings.VerifiedByOn, lead, when)
                : verification.state === 'Returned'
                  ? format(strings.ReturnedByOn, lead, when)
                  : strings.UnverifiedText}
            </Text>
            {verification.comment && <Text block>{`“${verification.comment}”`}</Text>}
            {stored && submitter && <Text block variant="small">{format(strings.SubmittedBy, submitter.title)}</Text>}
            {stored && row.routeError !== undefined && (
              <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="route-unavailable">{format(strings.RouteUnavailable, errorText(row.routeError, suiteStrings))}</MessageBar>
            )}
            {stored && row.route !== undefined && (
              <RoutedTo route={row.route} heading={strings.RouteHeading} sentence={strings.RouteAsk} informed={strings.RouteInformed} nobody={strings.RouteNobody} testId="route-note" />
            )}
            {verification.anomalies.length > 0 && (
              <MessageBar messageBarType={MessageBarType.severeWarning} data-testid="verification-anomalies">
                <Text block variant="small" styles={headingStyles}>{strings.AnomaliesHeading}</Text>
                <ul style={{ margin: 0 }}>
                  {verification.anomalies.map((anomaly) => <li key={anomaly}>{strings.Anomalies[anomaly]}</li>)}
                </ul>
              </MessageBar>
            )}
            {verification.ignored.length > 0 && (
              <div>
                <Text block variant="small" styles={headingStyles}>{strings.IgnoredDecisions}</Text>
                <ul style={{ margin: 0 }}>
                  {verification.ignored.map(({ decision, reason }) => (
                    <li key={decision.id}>
                      <Text variant="small">{format(strings.IgnoredReasons[reason as keyof IAIRegistryStrings['IgnoredReasons']] ?? reason, decision.author?.title ?? suiteStrings.UnknownUser)}</Text>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {mayDecide && refusal === undefined && (
              <Stack tokens={{ childrenGap: 6 }}>
                <TextField label={strings.VerifyComment} multiline autoAdjustHeight value={comment} onChange={(_, v) => setComment(v ?? '')} disabled={busy} />
                <Stack horizontal tokens={{ childrenGap: 8 }}>
                  <PrimaryButton text={strings.Verify} iconProps={{ iconName: 'CheckMark' }} disabled={busy} onClick={() => {
                    decide('Verified').catch(() => undefined);
                  }} />
                  <DefaultButton text={strings.Return} iconProps={{ iconName: 'Undo' }} disabled={busy} onClick={() => {
                    decide('Returned').catch(() => undefined);
                  }} />
                </Stack>
              </Stack>
            )}
            {mayDecide && refusal !== undefined && (
              <MessageBar messageBarType={MessageBarType.info} data-testid="verification-refusal">{refusalText[refusal]}</MessageBar>
            )}
            {message && (
              <MessageBar messageBarType={message.error ? MessageBarType.error : MessageBarType.success} role={message.error ? 'alert' : 'status'}>{message.text}</MessageBar>
            )}
          </Stack>
        </section>

        <section aria-label={strings.Datasets}>
          <Text as="h3" block variant="large" styles={headingStyles}>{strings.Datasets}</Text>
          {linkedIds.length === 0 ? (
            <Text>{strings.NoDatasets}</Text>
          ) : (
            <Stack tokens={{ childrenGap: 4 }}>
              <ul style={{ margin: 0 }}>
                {(system.linkedDataAssets ?? []).map((ref) => {
                  const d = datasets.find((x) => x.id === ref.id);
                  return <li key={ref.id}>{d?.declaredSensitivity ? `${d.title} (${choiceLabel('Sensitivity', d.declaredSensitivity, suiteStrings)})` : d?.title ?? ref.title ?? `#${ref.id}`}</li>;
                })}
              </ul>
              <LinkedDataSummary summary={summariseLinkedData(datasets)} count={datasets.length} strings={strings} />
            </Stack>
          )}
        </section>

        <section aria-label={strings.Documentation}>
          <Text as="h3" block variant="large" styles={headingStyles}>{strings.Documentation}</Text>
          <ul style={{ margin: 0 }}>
            {(['dpiaUrl', 'modelCardUrl', 'vendorTermsUrl'] as const).map((property) => (
              <li key={property}>
                {`${strings.Fields[property]}: `}
                {system[property]?.url ? <SafeLink url={system[property]?.url ?? ''} unsafeNote={suiteStrings.UnsafeLink} /> : suiteStrings.NotSet}
              </li>
            ))}
          </ul>
        </section>
        {props.frameworksSection}
        {props.literacySection}
        {props.risksSection}
      </Stack>
    </Panel>
  );
}
