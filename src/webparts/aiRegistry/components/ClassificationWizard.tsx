import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType, type IPanelStyleProps, type IPanelStyles } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { classifyAISystem } from '../../../core/aiAct/classify';
import { emptyAIActProfile } from '../../../core/aiAct/profile';
import { findReviewReasons } from '../../../core/aiAct/review';
import type { AIActProfile, AIActRole } from '../../../core/aiAct/types';
import { profileHash } from '../../../core/aiRegistry/profileHash';
import type { AIApplicabilityBasis } from '../../../core/models/aiSystem';
import { AI_APPLICABILITY_BASES } from '../../../core/models/aiSystem';
import { errorKindOf, errorText } from '../../../ui/errorText';
import { format } from '../../../ui/format';
import type { ClassificationSubmission } from '../services/IAIRegistryService';
import { groundExplanation, obligationLabel, tierLabel } from './labels';
import { WIZARD_STEPS, clearStep, toggleOption, type MultiStep, type WizardStep } from './wizardSteps';

/** Props of {@link ClassificationWizard}. */
export interface IClassificationWizardProps {
  systemTitle: string;
  /** The stored answers to start from (reviewing a classification); a fresh deployer profile when absent. */
  initialProfile?: AIActProfile;
  initialApplicability?: AIApplicabilityBasis;
  /** The stored classification is verified: saving changed answers will reset that, and the wizard says so. */
  verified: boolean;
  /** Stores the answers; reject with a GovernanceError to keep the wizard open and show what went wrong. */
  onSave: (submission: ClassificationSubmission) => Promise<void>;
  onDismiss: () => void;
  strings: IAIRegistryStrings;
  suiteStrings: IGovernanceSuiteStrings;
}

const ignoreOuterClick = (): void => undefined;
const fieldsetStyle = { root: { border: 'none', margin: 0, padding: 0, minWidth: 0 } };

/**
 * Only the step's content scrolls; the header and the Back/Next footer stay put below it. Fluent's sticky footer
 * (isFooterAtBottom) otherwise lies over the end of a long checkbox list without covering it (issue 24).
 */
const panelLayout = (props: IPanelStyleProps): Partial<IPanelStyles> => ({
  scrollableContent: { display: 'flex', flexDirection: 'column', overflowY: 'hidden', height: '100%' },
  content: { flex: '1 1 auto', minHeight: 0, overflowY: 'auto' },
  footer: { flexShrink: 0, borderTop: `1px solid ${props.theme.semanticColors.bodyDivider}` }
});

/**
 * The guided EU AI Act classification: one screen per question with why it is asked and an example, then the result
 * (tier, grounds explained, obligations, Art. 2(4) applicability). Keyboard: Tab through the options, Back/Next buttons;
 * each new step moves focus to its heading and is announced to screen readers.
 */
export function ClassificationWizard(props: IClassificationWizardProps): React.ReactElement {
  const { systemTitle, initialProfile, initialApplicability, verified, onSave, onDismiss, strings, suiteStrings } = props;
  const w = strings.Wizard;
  const [profile, setProfile] = React.useState<AIActProfile>(() => initialProfile ?? emptyAIActProfile());
  const [index, setIndex] = React.useState(0);
  const [applicability, setApplicability] = React.useState<AIApplicabilityBasis | undefined>(initialApplicability);
  const [showRequired, setShowRequired] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const initialHash = React.useMemo(() => (initialProfile ? profileHash(initialProfile) : undefined), [initialProfile]);
  const total = WIZARD_STEPS.length;
  const onResult = index >= total;
  const mounted = React.useRef(true);
  React.useEffect(() => () => {
    mounted.current = false;
  }, []);

  // Each screen change moves focus to its heading, so keyboard and screen-reader users start reading at the question.
  React.useEffect(() => {
    heading.current?.focus();
  }, [index]);

  const result = React.useMemo(() => classifyAISystem(profile), [profile]);
  const reviewReasons = React.useMemo(() => findReviewReasons(profile), [profile]);

  const save = async (): Promise<void> => {
    if (!applicability) {
      setShowRequired(true);
      return;
    }
    setSaving(true);
    setFailure(undefined);
    try {
      await onSave({ profile, applicabilityBasis: applicability });
    } catch (error) {
      if (mounted.current) setFailure(errorText(errorKindOf(error), suiteStrings));
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  const stepTitle = onResult ? w.ResultTitle : strings.Steps[WIZARD_STEPS[index].key].title;
  const footer = (): React.ReactElement => (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      <DefaultButton text={w.Back} iconProps={{ iconName: 'Back' }} disabled={index === 0 || saving} onClick={() => setIndex((i) => i - 1)} />
      {onResult ? (
        <PrimaryButton text={saving ? w.Saving : w.SaveClassification} disabled={saving} onClick={() => {
          save().catch(() => undefined);
        }} />
      ) : (
        <PrimaryButton text={index === total - 1 ? w.SeeResult : w.Next} onClick={() => setIndex((i) => i + 1)} />
      )}
      <DefaultButton text={suiteStrings.Cancel} disabled={saving} onClick={onDismiss} />
    </Stack>
  );

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={format(w.Title, systemTitle)}
      closeButtonAriaLabel={suiteStrings.Close}
      onDismiss={onDismiss}
      isBlocking
      onOuterClick={ignoreOuterClick}
      isFooterAtBottom
      styles={panelLayout}
      onRenderFooterContent={footer}
      // The panel opens (and traps focus) after the first step has rendered: start on the question's heading.
      onOpened={() => heading.current?.focus()}
      focusTrapZoneProps={{ firstFocusableTarget: '[data-wizard-heading]' }}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <Text role="status" aria-live="polite" variant="small">
          {onResult ? format(w.TierIs, tierLabel(result.tier, strings)) : format(w.StepAnnounce, index + 1, total, stepTitle)}
        </Text>
        <h3 ref={heading} tabIndex={-1} data-wizard-heading style={{ margin: 0, outline: 'none' }}>
          {stepTitle}
        </h3>
        {onResult ? (
          <ResultScreen
            profile={profile}
            result={result}
            reviewReasons={reviewReasons}
            applicability={applicability}
            onApplicability={(value) => {
              setApplicability(value);
              setShowRequired(false);
            }}
            showRequired={showRequired}
            resetWarning={verified && initialHash !== undefined && profileHash(profile) !== initialHash}
            failure={failure}
            strings={strings}
          />
        ) : (
          <StepScreen step={WIZARD_STEPS[index]} profile={profile} onChange={setProfile} strings={strings} />
        )}
      </Stack>
    </Panel>
  );
}

function StepScreen(props: { step: WizardStep; profile: AIActProfile; onChange: (profile: AIActProfile) => void; strings: IAIRegistryStrings }): React.ReactElement {
  const { step, profile, onChange, strings } = props;
  const w = strings.Wizard;
  const texts = strings.Steps[step.key];
  const explanationId = `wizard-explanation-${step.key}`;
  let control: React.ReactElement;
  if (step.kind === 'role') {
    const roles: AIActRole[] = ['deployer', 'provider', 'both'];
    control = (
      <ChoiceGroup
        label={texts.question}
        aria-describedby={explanationId}
        selectedKey={profile.role}
        options={roles.map((role) => ({ key: role, text: strings.Roles[role] }))}
        onChange={(_, option) => option && onChange({ ...profile, role: option.key as AIActRole })}
      />
    );
  } else if (step.kind === 'yesNo') {
    control = (
      <ChoiceGroup
        label={texts.question}
        aria-describedby={explanationId}
        selectedKey={profile[step.property] ? 'yes' : 'no'}
        options={[{ key: 'yes', text: w.Yes }, { key: 'no', text: w.No }]}
        onChange={(_, option) => option && onChange({ ...profile, [step.property]: option.key === 'yes' })}
      />
    );
  } else {
    control = <MultiChoice step={step} profile={profile} onChange={onChange} question={texts.question} describedBy={explanationId} strings={strings} />;
  }
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <div id={explanationId}>
        <Text block variant="medium">
          <strong>{`${w.Explanation}: `}</strong>
          {texts.explanation}
        </Text>
        <Text block variant="small" styles={{ root: { marginTop: 4 } }}>
          <strong>{`${w.Example}: `}</strong>
          {texts.example}
        </Text>
      </div>
      {control}
    </Stack>
  );
}

function MultiChoice(props: {
  step: MultiStep;
  profile: AIActProfile;
  onChange: (profile: AIActProfile) => void;
  question: string;
  describedBy: string;
  strings: IAIRegistryStrings;
}): React.ReactElement {
  const { step, profile, onChange, question, describedBy, strings } = props;
  const ticked = profile[step.property] as readonly string[];
  const none = !step.options.some((id) => ticked.includes(id));
  const labels = strings[step.labels];
  const migration = step.key === 'migration';
  return (
    <Stack as="fieldset" aria-describedby={describedBy} tokens={{ childrenGap: 10 }} styles={fieldsetStyle}>
      <Text as="legend" variant="mediumPlus" styles={{ root: { fontWeight: 600, marginBottom: 8 } }}>
        {question}
      </Text>
      {step.options.map((id) => (
        <Stack key={id} tokens={{ childrenGap: 2 }}>
          <Checkbox
            label={step.labels === 'AnnexUses' ? `${labels[id] ?? id} (Annex III ${id.length > 1 ? `${id[0]}(${id[1]})` : id})` : labels[id] ?? id}
            checked={ticked.includes(id)}
            onChange={(_, checked) => onChange(toggleOption(profile, step, id, checked === true))}
          />
          {migration && (
            <Text variant="small" styles={{ root: { paddingLeft: 28 } }}>
              {`${strings.Wizard.Example}: ${strings.MigrationExamples[id as keyof IAIRegistryStrings['MigrationExamples']]}`}
            </Text>
          )}
        </Stack>
      ))}
      <Checkbox label={strings.Wizard.NoneApply} checked={none} onChange={(_, checked) => checked && onChange(clearStep(profile, step))} />
    </Stack>
  );
}

function ResultScreen(props: {
  profile: AIActProfile;
  result: ReturnType<typeof classifyAISystem>;
  reviewReasons: readonly string[];
  applicability?: AIApplicabilityBasis;
  onApplicability: (value: AIApplicabilityBasis) => void;
  showRequired: boolean;
  resetWarning: boolean;
  failure?: string;
  strings: IAIRegistryStrings;
}): React.ReactElement {
  const { result, reviewReasons, applicability, onApplicability, showRequired, resetWarning, failure, strings } = props;
  const w = strings.Wizard;
  const theme = useTheme();
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <div data-testid="wizard-tier">
        <Text block variant="xLarge">{format(w.TierIs, tierLabel(result.tier, strings))}</Text>
        <Text block>{strings.TierExplanations[result.tier]}</Text>
      </div>
      <ClassificationDetails grounds={result.grounds} obligations={result.obligations} reviewReasons={reviewReasons} strings={strings} />
      <Stack tokens={{ childrenGap: 4 }}>
        <Text as="h4" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0 } }}>{w.ApplicabilityTitle}</Text>
        <Text id="wizard-applicability-notice">{w.ApplicabilityNotice}</Text>
        <ChoiceGroup
          label={strings.Fields.applicabilityBasis}
          required
          aria-describedby="wizard-applicability-notice"
          selectedKey={applicability ?? null}
          options={AI_APPLICABILITY_BASES.map((basis) => ({ key: basis, text: strings.ApplicabilityBases[basis] ?? basis }))}
          onChange={(_, option) => option && onApplicability(option.key as AIApplicabilityBasis)}
        />
        {showRequired && (
          <Text role="alert" styles={{ root: { color: theme.semanticColors.errorText } }}>{w.ApplicabilityRequired}</Text>
        )}
      </Stack>
      {resetWarning && <MessageBar messageBarType={MessageBarType.warning}>{w.ResetWarning}</MessageBar>}
      {failure && <MessageBar messageBarType={MessageBarType.error} role="alert">{failure}</MessageBar>}
    </Stack>
  );
}

/** Grounds with a plain explanation each, obligations as a checklist, and why a review is needed: shared with details. */
export function ClassificationDetails(props: { grounds: readonly string[]; obligations: readonly string[]; reviewReasons: readonly string[]; strings: IAIRegistryStrings }): React.ReactElement {
  const { grounds, obligations, reviewReasons, strings } = props;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {grounds.length > 0 && (
        <section aria-label={strings.Grounds}>
          <Text as="h4" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0 } }}>{strings.Grounds}</Text>
          <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
            {grounds.map((ground) => (
              <li key={ground}>
                <strong>{ground}</strong>
                {`: ${groundExplanation(ground, strings)}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label={strings.Wizard.ObligationsChecklist}>
        <Text as="h4" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0 } }}>{strings.Wizard.ObligationsChecklist}</Text>
        <ul style={{ margin: '4px 0', paddingLeft: 0, listStyle: 'none' }}>
          {obligations.map((id) => (
            <li key={id} data-obligation={id} style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
              <span aria-hidden="true">☐</span>
              <span>{obligationLabel(id, strings)}</span>
            </li>
          ))}
        </ul>
      </section>
      {reviewReasons.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <span>{strings.NeedsReview}</span>
          <ul style={{ margin: 0 }}>
            {reviewReasons.map((reason) => <li key={reason}>{strings.ReviewReasons[reason] ?? reason}</li>)}
          </ul>
        </MessageBar>
      )}
    </Stack>
  );
}
