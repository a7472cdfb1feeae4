import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import type { SoDViolation } from '../../../core/accessReviews';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { SoDRule } from '../../../core/models/accessReview';
import type { Stored } from '../../../core/models/common';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { FlagTag } from '../../../ui/FlagTag';
import { errorKindOf } from '../../../ui/errorText';
import type { AccessReviewSession, IAccessReviewService } from '../services/IAccessReviewService';
import { codeText, format, formatDay, runTask } from './accessText';
import { ExceptionDialog } from './ExceptionDialog';
import { SoDRulePanel } from './SoDRulePanel';
import { useTableCss } from './tableStyles';

/** Props of {@link SoDView}. */
export interface ISoDViewProps {
  service: IAccessReviewService;
  session: AccessReviewSession;
  today: Date;
  strings: IAccessReviewsStrings;
  shared: IGovernanceSuiteStrings;
  locale?: string;
}

/**
 * Segregation of duties: the rules (leads add and edit them) and who holds both entitlements of one, open or under a
 * counting exception, with the exceptions that do not count and why. Leads add exceptions and raise risks.
 */
export function SoDView(props: ISoDViewProps): React.ReactElement {
  const { service, session, today, strings, shared, locale } = props;
  const [data, setData] = React.useState<{ rules: Stored<SoDRule>[]; violations: SoDViolation[] } | undefined>(undefined);
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>(undefined);
  const [editing, setEditing] = React.useState<{ rule?: Stored<SoDRule> } | undefined>(undefined);
  const [excepting, setExcepting] = React.useState<SoDViolation | undefined>(undefined);
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  const css = useTableCss();

  const load = React.useCallback(async (): Promise<void> => {
    setError(undefined);
    try {
      const [rules, violations] = await Promise.all([service.sodRules(), service.sodViolations()]);
      setData({ rules, violations });
    } catch (e: unknown) {
      setError(errorKindOf(e));
    }
  }, [service]);
  React.useEffect(() => runTask(load()), [load]);

  const raise = async (violation: SoDViolation): Promise<void> => {
    try {
      const id = await service.raiseRisk(violation);
      setNotice(format(strings.RiskRaised, id));
    } catch (e: unknown) {
      setError(errorKindOf(e));
    }
  };
  const side = (label: string, key: string): string => (label ? `${label} (${key})` : key);
  const lead = session.isLead;

  return (
    <div>
      {error && <ErrorMessageBar kind={error} strings={shared} onRetry={() => runTask(load())} />}
      {notice && <MessageBar messageBarType={MessageBarType.success} role="status" onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.Close}>{notice}</MessageBar>}
      {!data && !error && <Spinner label={strings.Loading} />}
      {data && (
        <>
          <Text as="h3" variant="large" block>{strings.RulesSection}</Text>
          {lead && <PrimaryButton text={strings.AddRule} iconProps={{ iconName: 'Add' }} onClick={() => setEditing({})} />}
          {data.rules.length === 0 ? <Text block>{strings.NoRules}</Text> : (
            <table className={css.table}>
              <thead>
                <tr>{[strings.RuleTitle, strings.EntitlementA, strings.EntitlementB, strings.RiskStatement, strings.RuleActive, ...(lead ? [strings.ColumnActions] : [])].map((h) => <th key={h} scope="col" className={css.cell}>{h}</th>)}</tr>
              </thead>
              <tbody>
                {data.rules.map((rule) => (
                  <tr key={rule.id}>
                    <th scope="row" className={css.cell}>{rule.title}</th>
                    <td className={css.cell}>{side(rule.labelA, rule.entitlementA)}</td>
                    <td className={css.cell}>{side(rule.labelB, rule.entitlementB)}</td>
                    <td className={css.cell}>{rule.riskStatement}</td>
                    <td className={css.cell}>{rule.active ? strings.Yes : strings.No}</td>
                    {lead && <td className={css.cell}><DefaultButton text={strings.Edit} ariaLabel={`${strings.Edit}: ${rule.title}`} onClick={() => setEditing({ rule })} /></td>}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Text as="h3" variant="large" block styles={{ root: { marginTop: 16 } }}>{strings.ViolationsSection}</Text>
          {data.violations.length === 0 ? <Text block>{strings.NoViolations}</Text> : (
            <table className={css.table} data-testid="violations">
              <thead>
                <tr>{[strings.ColumnRule, strings.ColumnPrincipal, strings.ColumnStatus, strings.ColumnExpiry, strings.ColumnIgnoredExceptions, ...(lead ? [strings.ColumnActions] : [])].map((h) => <th key={h} scope="col" className={css.cell}>{h}</th>)}</tr>
              </thead>
              <tbody>
                {data.violations.map((v) => (
                  <tr key={`${v.rule.id}-${v.principalKey}`}>
                    <td className={css.cell}>{v.rule.title}</td>
                    <th scope="row" className={css.cell}>{v.principalName}{v.principalEmail ? ` (${v.principalEmail})` : ''}</th>
                    <td className={css.cell}><FlagTag text={codeText(strings.ViolationStatuses, v.status)} kind={v.status === 'open' ? 'error' : 'info'} /></td>
                    <td className={css.cell}>{v.exception ? formatDay(v.exception.expiresOn, strings, locale) : strings.NotSet}</td>
                    <td className={css.cell}>
                      {v.ignoredExceptions.length === 0 ? strings.None : (
                        <ul style={{ margin: 0, paddingLeft: 16 }}>
                          {v.ignoredExceptions.map((i) => <li key={i.decision.id}>{format(strings.IgnoredException, i.decision.author?.title ?? strings.NotSet, codeText(strings.IgnoredReasons, i.reason))}</li>)}
                        </ul>
                      )}
                    </td>
                    {lead && (
                      <td className={css.cell}>
                        <DefaultButton text={strings.AddException} ariaLabel={`${strings.AddException}: ${v.principalName}, ${v.rule.title}`} onClick={() => setExcepting(v)} />
                        <DefaultButton text={strings.RaiseRisk} ariaLabel={`${strings.RaiseRisk}: ${v.principalName}, ${v.rule.title}`} onClick={() => runTask(raise(v))} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {editing && (
        <SoDRulePanel service={service} existing={editing.rule} strings={strings} shared={shared} onDismiss={() => setEditing(undefined)}
          onSaved={() => { setEditing(undefined); setNotice(strings.RuleSaved); runTask(load()); }} />
      )}
      {excepting && (
        <ExceptionDialog service={service} violation={excepting} today={today} strings={strings} shared={shared} onDismiss={() => setExcepting(undefined)}
          onSaved={() => { setExcepting(undefined); setNotice(strings.ExceptionSaved); runTask(load()); }} />
      )}
    </div>
  );
}
