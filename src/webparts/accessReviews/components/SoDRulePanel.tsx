import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { Toggle } from '@fluentui/react/lib/Toggle';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { SoDRule } from '../../../core/models/accessReview';
import type { Stored } from '../../../core/models/common';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import type { IAccessReviewService } from '../services/IAccessReviewService';
import { codeText, runTask } from './accessText';
import { validateRule } from './sodForms';

/** Props of {@link SoDRulePanel}. */
export interface ISoDRulePanelProps {
  service: IAccessReviewService;
  existing?: Stored<SoDRule>;
  onSaved: () => void;
  onDismiss: () => void;
  strings: IAccessReviewsStrings;
  shared: IGovernanceSuiteStrings;
}

const EMPTY: SoDRule = { title: '', entitlementA: '', labelA: '', entitlementB: '', labelB: '', riskStatement: '', active: true };

/** Adds or edits a segregation-of-duties rule: two entitlement keys (`<kind>:<resource key>:<entitlement>`), their labels and the risk. */
export function SoDRulePanel(props: ISoDRulePanelProps): React.ReactElement {
  const { service, existing, strings, shared } = props;
  const [rule, setRule] = React.useState<SoDRule>(() => (existing ? { ...EMPTY, ...existing } : EMPTY));
  const [showIssues, setShowIssues] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>(undefined);
  const issues = validateRule(rule);
  const shown = (code: string | undefined): string | undefined => (showIssues && code ? codeText(strings.FormIssues, code) : undefined);
  const patch = (p: Partial<SoDRule>): void => setRule((r) => ({ ...r, ...p }));

  const save = async (): Promise<void> => {
    setShowIssues(true);
    if (Object.keys(issues).length > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const clean: SoDRule = { title: rule.title.trim(), entitlementA: rule.entitlementA.trim(), labelA: rule.labelA.trim(), entitlementB: rule.entitlementB.trim(),
        labelB: rule.labelB.trim(), riskStatement: rule.riskStatement.trim(), active: rule.active };
      await service.saveSoDRule(clean, existing ? { id: existing.id, etag: existing.etag } : undefined);
      props.onSaved();
    } catch (e: unknown) {
      setError(errorKindOf(e));
      setBusy(false);
    }
  };

  return (
    <Panel isOpen type={PanelType.medium} headerText={existing ? strings.EditRule : strings.AddRule} onDismiss={busy ? undefined : props.onDismiss} closeButtonAriaLabel={strings.Close}
      isFooterAtBottom onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={busy ? strings.Saving : strings.Save} onClick={() => runTask(save())} disabled={busy} />
          <DefaultButton text={strings.Cancel} onClick={props.onDismiss} disabled={busy} />
        </Stack>
      )}>
      <Stack tokens={{ childrenGap: 8 }}>
        {error && <ErrorMessageBar kind={error} strings={shared} />}
        <TextField label={strings.RuleTitle} required value={rule.title} onChange={(_e, v) => patch({ title: v ?? '' })} errorMessage={shown(issues.title)} disabled={busy} />
        <TextField label={strings.EntitlementA} required value={rule.entitlementA} onChange={(_e, v) => patch({ entitlementA: v ?? '' })} description={strings.EntitlementKeyHelp}
          errorMessage={shown(issues.entitlementA)} disabled={busy} />
        <TextField label={strings.LabelA} value={rule.labelA} onChange={(_e, v) => patch({ labelA: v ?? '' })} disabled={busy} />
        <TextField label={strings.EntitlementB} required value={rule.entitlementB} onChange={(_e, v) => patch({ entitlementB: v ?? '' })} description={strings.EntitlementKeyHelp}
          errorMessage={shown(issues.entitlementB)} disabled={busy} />
        <TextField label={strings.LabelB} value={rule.labelB} onChange={(_e, v) => patch({ labelB: v ?? '' })} disabled={busy} />
        <TextField label={strings.RiskStatement} required multiline rows={3} value={rule.riskStatement} onChange={(_e, v) => patch({ riskStatement: v ?? '' })}
          errorMessage={shown(issues.riskStatement)} disabled={busy} />
        <Toggle label={strings.RuleActive} checked={rule.active} onChange={(_e, c) => patch({ active: c === true })} onText={strings.Yes} offText={strings.No} disabled={busy} />
      </Stack>
    </Panel>
  );
}
