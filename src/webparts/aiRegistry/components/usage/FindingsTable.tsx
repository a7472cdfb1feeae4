import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { AppUsage } from '../../../../core/usage/findings';
import { formatNamed, formatNumber } from '../../../../ui/format';
import { findingsText, trendText } from './usageText';

export type TriageAction = 'notAi' | 'ignore' | 'assign' | 'reopen';

/** Props of {@link FindingsTable}. */
export interface IFindingsTableProps {
  apps: readonly AppUsage[];
  /** Leads see the actions; others see the queue only. */
  canAct: boolean;
  onRegister: (app: AppUsage) => void;
  onAction: (app: AppUsage, action: TriageAction) => void;
  strings: IAIUsageStrings;
  approvalLabels: Record<string, string>;
  locale?: string;
  /** Print view: no buttons. */
  printable?: boolean;
}

const SHOWN_DEPARTMENTS = 3;

/**
 * The findings queue as a plain table (caption, column headers, one row per app): screen readers announce each cell
 * with its header, and every action is a real button named after the app it acts on.
 */
export function FindingsTable(props: IFindingsTableProps): React.ReactElement {
  const { apps, canAct, onRegister, onAction, strings, approvalLabels, locale, printable } = props;
  const theme = useTheme();
  const cell: React.CSSProperties = { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, verticalAlign: 'top' };
  const c = strings.Columns;
  const button = (app: AppUsage, action: TriageAction, text: string): React.ReactElement => (
    <DefaultButton key={action} text={text} ariaLabel={formatNamed(strings.ActionAria, { action: text, app: app.name })} onClick={() => onAction(app, action)}
      styles={{ root: { minWidth: 0, padding: '0 8px', height: 28 } }} />
  );
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', color: theme.semanticColors.bodyText }} aria-label={strings.QueueAriaLabel}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{strings.QueueTitle}</caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>{c.app}</th>
          <th scope="col" style={cell}>{c.findings}</th>
          <th scope="col" style={{ ...cell, textAlign: 'right' }}>{c.users}</th>
          <th scope="col" style={cell}>{c.trend}</th>
          <th scope="col" style={cell}>{c.departments}</th>
          <th scope="col" style={cell}>{c.registry}</th>
          <th scope="col" style={cell}>{c.triage}</th>
          {canAct && !printable && <th scope="col" style={cell}>{c.actions}</th>}
        </tr>
      </thead>
      <tbody>
        {apps.map((app) => {
          const departments = app.departments.slice(0, SHOWN_DEPARTMENTS).map((d) => `${d.department} (${formatNumber(d.users, locale)})`).join(', ');
          const more = app.departments.length - SHOWN_DEPARTMENTS;
          const decision = app.triage?.decision ?? 'Open';
          return (
            <tr key={app.key}>
              <th scope="row" style={{ ...cell, fontWeight: 600 }}>
                {app.name}
                {app.domain && app.domain !== app.name && <div style={{ fontWeight: 400, color: theme.semanticColors.bodySubtext }}>{app.domain}</div>}
                {app.category && <div style={{ fontWeight: 400, color: theme.semanticColors.bodySubtext }}>{app.category}</div>}
              </th>
              <td style={cell}>{findingsText(app, strings)}</td>
              <td style={{ ...cell, textAlign: 'right' }}>{formatNumber(app.users, locale)}</td>
              <td style={cell}>{trendText(app, strings, locale)}</td>
              <td style={cell}>{departments}{more > 0 ? ` ${formatNamed(strings.MoreDepartments, { count: more })}` : ''}</td>
              <td style={cell}>{app.match ? `${app.match.title} (${approvalLabels[app.match.approvalStatus] ?? app.match.approvalStatus})` : strings.NotInRegistry}</td>
              <td style={cell}>
                {strings.Decisions[decision]}
                {app.triage?.reason && <div>{app.triage.reason}</div>}
                <div>{app.triage?.assignedTo ? formatNamed(strings.AssignedTo, { name: app.triage.assignedTo.title }) : strings.Unassigned}</div>
              </td>
              {canAct && !printable && (
                <td style={cell}>
                  <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
                    {!app.match && decision === 'Open' && (
                      <DefaultButton primary text={strings.Register} ariaLabel={formatNamed(strings.RegisterAria, { app: app.name })} onClick={() => onRegister(app)}
                        styles={{ root: { minWidth: 0, padding: '0 8px', height: 28 } }} />
                    )}
                    {decision === 'Open' && !app.match && button(app, 'notAi', strings.MarkNotAi)}
                    {decision === 'Open' && button(app, 'ignore', strings.Ignore)}
                    {decision !== 'Open' && button(app, 'reopen', strings.Reopen)}
                    {button(app, 'assign', strings.Assign)}
                  </div>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
