import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { DetailsList, DetailsListLayoutMode, SelectionMode, type IColumn } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { riskLevel } from '../../../core/risk';
import { formatDate } from '../../../ui/format';
import { FlagTag, LevelBadge } from './LevelBadge';
import type { RiskRow } from './registerModel';
import { format, levelText, riskIssueText } from './riskText';
import { VisibleText } from '../../../ui/VisibleText';
import { revealHiddenCharacters } from '../../../core/validation/visibleText';
import { choiceLabel } from '../../../ui/choiceLabels';
import { withWrappingHeaders } from '../../../ui/wrappingHeaders';
import { PersonPersona } from '../../../ui/people/PersonPersona';

export interface IRiskGridProps {
  rows: readonly RiskRow[];
  strings: IRiskRegisterStrings;
  onEdit: (row: RiskRow) => void;
  onAccept: (row: RiskRow) => void;
  /** Shared strings, for the reasons a risk may not be accepted. */
  shared: IGovernanceSuiteStrings;
}

/** Inherent → residual as two level badges; the accessible name says both in words. */
export function LevelMovement(props: { row: RiskRow; strings: IRiskRegisterStrings }): React.ReactElement {
  const { row, strings } = props;
  const inherentLevel = riskLevel(row.inherentScore);
  const residualLevel = riskLevel(row.currentScore);
  const aria = format(strings.LevelMovementAria, row.inherentScore, levelText(inherentLevel, strings), row.currentScore, levelText(residualLevel, strings));
  return (
    <span aria-label={aria} role="img">
      <LevelBadge level={inherentLevel} score={row.inherentScore} label={levelText(inherentLevel, strings)} />
      <span aria-hidden="true"> → </span>
      <LevelBadge level={residualLevel} score={row.currentScore} label={levelText(residualLevel, strings)} />
    </span>
  );
}

function statusCell(row: RiskRow, strings: IRiskRegisterStrings, shared: IGovernanceSuiteStrings): React.ReactElement {
  const a = row.acceptance;
  return (
    <span>
      {choiceLabel('RiskStatus', row.risk.status, shared)}
      {a.state === 'accepted' && a.expiresOn && <FlagTag kind="info" text={format(strings.AcceptedUntil, formatDate(a.expiresOn, strings.NotSet))} />}
      {a.state === 'expired' && <FlagTag kind="error" text={strings.AcceptanceExpired} />}
      {a.state === 'unsupported' && <FlagTag kind="error" text={a.unsupportedReason === 'expiryTooFar' ? strings.AcceptanceTooLong : strings.AcceptanceUnsupported} />}
      {row.aboveAppetite && a.state !== 'accepted' && <FlagTag kind="warning" text={strings.AboveAppetite} />}
    </span>
  );
}

/**
 * "Accept..." for a risk the user may accept; when segregation of duties (or the lead rule) forbids it, the button
 * is shown disabled with the reason beside it, instead of being refused only inside the dialog.
 */
function AcceptAction(props: { row: RiskRow; onAccept: (row: RiskRow) => void; strings: IRiskRegisterStrings; shared: IGovernanceSuiteStrings }): React.ReactElement {
  const { row, onAccept, strings, shared } = props;
  const reasonId = `accept-refused-${row.risk.id}`;
  const refused = row.acceptRefusals.length > 0;
  return (
    <span>
      <ActionButton onClick={() => onAccept(row)} disabled={refused} allowDisabledFocus aria-describedby={refused ? reasonId : undefined}
        aria-label={`${strings.AcceptRisk} ${revealHiddenCharacters(row.risk.title)}`} styles={{ root: { height: 24 } }}>{strings.AcceptRisk}</ActionButton>
      {refused && <Text id={reasonId} block variant="small">{row.acceptRefusals.map((issue) => riskIssueText(issue, strings, shared)).join(' ')}</Text>}
    </span>
  );
}

/** The register's grid: one row per risk, overdue and unowned risks flagged in words, actions per row. */
export function RiskGrid(props: IRiskGridProps): React.ReactElement {
  const { rows, strings, shared, onEdit, onAccept } = props;
  const columns: IColumn[] = [
    {
      key: 'title', name: strings.ColumnTitle, minWidth: 180, maxWidth: 300, isMultiline: true,
      onRender: (row: RiskRow) => (
        <Link onClick={() => onEdit(row)} data-risk-id={row.risk.id}><VisibleText text={row.risk.title} /></Link>
      )
    },
    { key: 'category', name: strings.ColumnCategory, minWidth: 90, maxWidth: 140, isMultiline: true, onRender: (row: RiskRow) => choiceLabel('RiskCategory', row.risk.category, shared) || strings.NotSet },
    { key: 'level', name: strings.ColumnLevel, minWidth: 170, maxWidth: 200, onRender: (row: RiskRow) => <LevelMovement row={row} strings={strings} /> },
    {
      key: 'owner', name: strings.ColumnOwner, minWidth: 130, maxWidth: 190, isMultiline: true,
      onRender: (row: RiskRow) => (row.unowned ? <FlagTag kind="error" text={strings.Unowned} /> : row.risk.riskOwner ? <PersonPersona person={row.risk.riskOwner} compact /> : strings.NotSet)
    },
    { key: 'treatment', name: strings.ColumnTreatment, minWidth: 70, maxWidth: 90, onRender: (row: RiskRow) => choiceLabel('RiskTreatment', row.risk.treatment, shared) || strings.NotSet },
    {
      key: 'due', name: strings.ColumnDueDate, minWidth: 90, maxWidth: 120, isMultiline: true,
      onRender: (row: RiskRow) => (
        <span>
          {formatDate(row.risk.dueDate, strings.NotSet)}
          {row.overdue && <FlagTag kind="error" text={strings.Overdue} />}
        </span>
      )
    },
    { key: 'status', name: strings.ColumnStatus, minWidth: 130, maxWidth: 200, isMultiline: true, onRender: (row: RiskRow) => statusCell(row, strings, shared) },
    {
      key: 'linked', name: strings.ColumnLinked, minWidth: 110, maxWidth: 180, isMultiline: true,
      onRender: (row: RiskRow) => {
        const r = row.risk;
        if (r.relatedAsset) return format(strings.LinkedAsset, r.relatedAsset.title ?? `#${r.relatedAsset.id}`);
        if (r.relatedAISystem) return format(strings.LinkedAISystem, r.relatedAISystem.title ?? `#${r.relatedAISystem.id}`);
        return strings.NotSet;
      }
    },
    {
      key: 'actions', name: strings.ColumnActions, minWidth: 120, maxWidth: 180, isMultiline: true,
      onRender: (row: RiskRow) => (row.risk.status !== 'Closed' && row.acceptance.state !== 'accepted' ? <AcceptAction row={row} onAccept={onAccept} strings={strings} shared={shared} /> : null)
    }
  ];
  // A scrollable box of its own: the list virtualises its rows inside it, and the page stays short.
  return (
    <div data-is-scrollable="true" style={{ maxHeight: 560, overflowY: 'auto', position: 'relative' }}>
    <DetailsList
      items={rows as RiskRow[]}
      columns={withWrappingHeaders(columns)}
      getKey={(row: RiskRow) => String(row.risk.id)}
      setKey="risks"
      selectionMode={SelectionMode.none}
      layoutMode={DetailsListLayoutMode.justified}
      ariaLabelForGrid={strings.GridAriaLabel}
      onShouldVirtualize={() => rows.length > 100}
    />
    </div>
  );
}
