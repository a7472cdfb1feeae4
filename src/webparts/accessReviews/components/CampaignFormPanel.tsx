import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { MAX_CAMPAIGN_ITEMS } from '../../../core/accessReviews';
import { isGovernanceError, type FieldIssue, type GovernanceErrorKind } from '../../../core/errors';
import { CAMPAIGN_RECURRENCES, UNDECIDED_OUTCOMES, type CampaignRecurrence, type UndecidedOutcome, type AccessReviewCampaign } from '../../../core/models/accessReview';
import type { Stored } from '../../../core/models/common';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf, issueText } from '../../../ui/errorText';
import type { IAccessReviewService } from '../services/IAccessReviewService';
import { codeText, format, formatNumber, runTask } from './accessText';
import { initialValues, toDraft, validateCampaign, type CampaignFormInitial, type CampaignFormValues } from './campaignForm';
import { DecideProgress } from './DecideResults';
import { FallbackProposal, useFallbackProposal } from './FallbackProposal';
import { ReviewerFields } from './ReviewerFields';
import { ScopeFields } from './ScopeFields';

/** Props of {@link CampaignFormPanel}. */
export interface ICampaignFormPanelProps {
  service: IAccessReviewService;
  initial: CampaignFormInitial;
  today: Date;
  onCreated: (campaign: Stored<AccessReviewCampaign>) => void;
  onDismiss: () => void;
  strings: IAccessReviewsStrings;
  shared: IGovernanceSuiteStrings;
  locale?: string;
}

/**
 * A new campaign: name, scope, reviewers, dates and rules, saved as a draft or created and started at once (the
 * snapshot's progress shows while it runs). A refusal (e.g. more items than a campaign may hold) is shown with its
 * reasons and the form keeps every value, so the lead narrows the scope and tries again.
 */
export function CampaignFormPanel(props: ICampaignFormPanelProps): React.ReactElement {
  const { service, today, strings, shared, locale } = props;
  const [values, setValues] = React.useState<CampaignFormValues>(() => initialValues(props.initial, today));
  const [showIssues, setShowIssues] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [progress, setProgress] = React.useState<{ done: number; total: number } | undefined>(undefined);
  const [error, setError] = React.useState<{ kind: GovernanceErrorKind; issues: readonly FieldIssue[] } | undefined>(undefined);
  const patch = (p: Partial<CampaignFormValues>): void => setValues((v) => ({ ...v, ...p }));
  // The governance roles propose the fallback reviewer (issue 19) until the lead picks someone by hand.
  const [chosenByHand, setChosenByHand] = React.useState(false);
  const proposal = useFallbackProposal(service, values, chosenByHand, (person) => patch({ fallbackReviewer: person }));
  const reviewerChange = (p: Partial<CampaignFormValues>): void => {
    if ('fallbackReviewer' in p) setChosenByHand(true);
    patch(p);
  };
  const issues = validateCampaign(values);
  // The service's own codes first (e.g. the item limit), then the suite's, then its English text.
  const serviceIssueText = (issue: FieldIssue): string => {
    const template = strings.ServiceIssues[issue.code];
    return template ? format(template, formatNumber(MAX_CAMPAIGN_ITEMS, locale)) : issueText(issue, shared);
  };
  const shown = (field: keyof typeof issues): string | undefined => (showIssues && issues[field] ? codeText(strings.FormIssues, issues[field] as string) : undefined);
  const fileBlocked = values.scopeKind === 'Imported' && (values.file === undefined || values.file.checked.problem !== undefined || values.file.checked.rows.length === 0);

  const save = async (start: boolean): Promise<void> => {
    setShowIssues(true);
    if (Object.keys(issues).length > 0) return;
    setBusy(true);
    setError(undefined);
    setProgress(start ? { done: 0, total: 0 } : undefined);
    try {
      const importedRows = values.scopeKind === 'Imported' ? values.file?.checked.rows : undefined;
      props.onCreated(await service.createCampaign(toDraft(values), { start, importedRows }, (done, total) => setProgress({ done, total })));
    } catch (e: unknown) {
      setError({ kind: errorKindOf(e), issues: isGovernanceError(e) ? e.issues : [] });
      setBusy(false);
      setProgress(undefined);
    }
  };

  const footer = (): React.ReactElement => (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      <PrimaryButton text={strings.CreateAndStart} onClick={() => runTask(save(true))} disabled={busy || fileBlocked} />
      <DefaultButton text={strings.SaveDraft} onClick={() => runTask(save(false))} disabled={busy} />
      <DefaultButton text={strings.Cancel} onClick={props.onDismiss} disabled={busy} />
    </Stack>
  );

  return (
    <Panel isOpen type={PanelType.medium} headerText={strings.NewCampaign} onDismiss={busy ? undefined : props.onDismiss} closeButtonAriaLabel={strings.Close}
      onRenderFooterContent={footer} isFooterAtBottom isBlocking>
      <Stack tokens={{ childrenGap: 8 }}>
        {error && <ErrorMessageBar kind={error.kind} strings={shared} onDismiss={() => setError(undefined)} />}
        {error && error.issues.length > 0 && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert" data-testid="campaign-issues">
            <ul style={{ margin: 0, paddingLeft: 20 }}>{error.issues.map((i) => <li key={`${i.field}-${i.code}`}>{serviceIssueText(i)}</li>)}</ul>
          </MessageBar>
        )}
        <TextField label={strings.CampaignName} required value={values.name} onChange={(_e, v) => patch({ name: v ?? '' })} errorMessage={shown('name')} disabled={busy} maxLength={255} />
        <TextField label={strings.CampaignDescription} multiline rows={2} value={values.description} onChange={(_e, v) => patch({ description: v ?? '' })} disabled={busy} />
        <ScopeFields values={values} onChange={patch} service={service} error={shown('scope')} disabled={busy} strings={strings} shared={shared} locale={locale} />
        <ReviewerFields values={values} onChange={reviewerChange} onResolve={(text) => service.searchPeople(text)} namedError={shown('namedReviewers')}
          fallbackError={shown('fallbackReviewer')} disabled={busy} strings={strings} shared={shared} />
        {service.proposeFallbackReviewer !== undefined && (
          <FallbackProposal state={proposal} current={values.fallbackReviewer} disabled={busy} strings={strings} shared={shared}
            onUse={(person) => {
              setChosenByHand(false);
              patch({ fallbackReviewer: person });
            }} />
        )}
        <TextField label={strings.StartDate} type="date" required value={values.startDate} onChange={(_e, v) => patch({ startDate: v ?? '' })} errorMessage={shown('startDate')} disabled={busy} />
        <TextField label={strings.DueDate} type="date" required value={values.dueDate} onChange={(_e, v) => patch({ dueDate: v ?? '' })} errorMessage={shown('dueDate')} disabled={busy} />
        <Dropdown label={strings.RecurrenceLabel} selectedKey={values.recurrence} disabled={busy}
          options={CAMPAIGN_RECURRENCES.map((r) => ({ key: r, text: codeText(strings.Recurrences, r) }))}
          onChange={(_e, o) => o && patch({ recurrence: o.key as CampaignRecurrence })} />
        <Dropdown label={strings.UndecidedOutcomeLabel} selectedKey={values.undecidedOutcome} disabled={busy}
          options={UNDECIDED_OUTCOMES.map((r) => ({ key: r, text: codeText(strings.UndecidedOutcomes, r) }))}
          onChange={(_e, o) => o && patch({ undecidedOutcome: o.key as UndecidedOutcome })} />
        <Checkbox label={strings.JustificationRequiredLabel} checked={values.justificationRequired} onChange={(_e, c) => patch({ justificationRequired: c === true })} disabled={busy} />
        {progress && <DecideProgress done={progress.done} total={progress.total} label={strings.Snapshotting} strings={strings} locale={locale} />}
      </Stack>
    </Panel>
  );
}
