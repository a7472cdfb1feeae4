import * as React from 'react';
import { CheckboxVisibility, DetailsListLayoutMode, SelectionMode, type IColumn } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { ShimmeredDetailsList } from '@fluentui/react/lib/ShimmeredDetailsList';
import { formatDate } from '../../../ui/format';
import { format } from '../../../ui/format';
import type { RegisterRow } from '../services/IAIRegistryService';
import { PersonPersona } from '../../../ui/people/PersonPersona';
import { FlagTag } from '../../../ui/FlagTag';
import { TierBadge } from './TierBadge';
import { revealHiddenCharacters } from '../../../core/validation/visibleText';
import { withWrappingHeaders } from '../../../ui/wrappingHeaders';
import { VisibleText } from '../../../ui/VisibleText';
import type { SystemLiteracy } from '../services/ILiteracyService';

/** Props of {@link RegisterGrid}. */
export interface IRegisterGridProps {
  rows: readonly RegisterRow[];
  loading: boolean;
  onOpen: (row: RegisterRow) => void;
  strings: IAIRegistryStrings;
  suiteStrings: IGovernanceSuiteStrings;
  /** Literacy coverage per system id (issue 19, part 4); the column shows when set (empty while loading). */
  literacy?: ReadonlyMap<number, SystemLiteracy>;
}

/** The literacy column: coverage % with a "Gap" flag, or "No users known". */
function literacyColumn(literacy: ReadonlyMap<number, SystemLiteracy>, strings: IAIRegistryLiteracyStrings): IColumn {
  return {
    key: 'literacy', name: strings.GridColumn, minWidth: 90, maxWidth: 140, isMultiline: true,
    onRender: (row: RegisterRow) => {
      const coverage = literacy.get(row.system.id)?.coverage;
      if (!coverage) return null;
      const text = coverage.percent === undefined ? strings.GridNoUsers : format(strings.GridCovered, coverage.percent);
      return (
        <span data-testid={`literacy-cell-${row.system.id}`}>
          {text}
          {coverage.gaps.length > 0 && <FlagTag kind="warning" text={strings.GridGap} title={format(strings.GridGapLabel, coverage.percent ?? 0)} />}
        </span>
      );
    }
  };
}

/**
 * The register: one row per AI system in the service's order (unverified prohibited and high-risk first). The title is
 * a link button that opens the details; Enter on a focused row does the same.
 */
export function RegisterGrid(props: IRegisterGridProps): React.ReactElement {
  const { rows, loading, onOpen, strings, suiteStrings, literacy } = props;
  const c = strings.Columns;
  const columns = React.useMemo((): IColumn[] => [
    {
      key: 'title', name: c.title, minWidth: 200, maxWidth: 320, isRowHeader: true, isMultiline: true,
      onRender: (row: RegisterRow) => (
        <Link onClick={() => onOpen(row)} aria-label={format(strings.OpenDetailsOf, revealHiddenCharacters(row.system.title))}><VisibleText text={row.system.title} strings={suiteStrings} /></Link>
      )
    },
    { key: 'riskTier', name: c.riskTier, minWidth: 110, maxWidth: 170, isMultiline: true, onRender: (row: RegisterRow) => <TierBadge tier={row.system.riskTier} strings={strings} /> },
    {
      key: 'verification', name: c.verification, minWidth: 100, maxWidth: 180, isMultiline: true,
      // The derived state, with a marker when the record's stored columns disagree with its authored items.
      onRender: (row: RegisterRow) => (
        <>
          {strings.VerificationStates[row.verification.state]}
          {row.verification.anomalies.length > 0 && (
            <FlagTag kind="error" text={format(strings.AnomalyMarker, row.verification.anomalies.length)} title={row.verification.anomalies.map((a) => strings.Anomalies[a]).join(' ')} />
          )}
        </>
      )
    },
    { key: 'approvalStatus', name: c.approvalStatus, minWidth: 110, maxWidth: 170, onRender: (row: RegisterRow) => strings.ApprovalStatuses[row.system.approvalStatus] ?? row.system.approvalStatus },
    { key: 'businessOwner', name: c.businessOwner, minWidth: 130, maxWidth: 200, onRender: (row: RegisterRow) => (row.system.businessOwner ? <PersonPersona person={row.system.businessOwner} compact /> : suiteStrings.NotSet) },
    { key: 'lifecycle', name: c.lifecycle, minWidth: 80, maxWidth: 110, onRender: (row: RegisterRow) => strings.Lifecycles[row.system.lifecycle] ?? row.system.lifecycle },
    { key: 'nextReviewDate', name: c.nextReviewDate, minWidth: 90, maxWidth: 120, onRender: (row: RegisterRow) => formatDate(row.system.nextReviewDate, suiteStrings.NotSet) },
    ...(literacy ? [literacyColumn(literacy, strings.Literacy)] : [])
  ], [strings, suiteStrings, onOpen, literacy]);
  const shownColumns = React.useMemo(() => withWrappingHeaders(columns), [columns]);
  return (
    <ShimmeredDetailsList
      items={rows as RegisterRow[]}
      columns={shownColumns}
      getKey={(row?: RegisterRow, index?: number) => (row ? String(row.system.id) : `shimmer-${index ?? 0}`)}
      enableShimmer={loading && rows.length === 0}
      shimmerLines={6}
      ariaLabelForShimmer={suiteStrings.Loading}
      ariaLabelForGrid={strings.GridAriaLabel}
      selectionMode={SelectionMode.none}
      checkboxVisibility={CheckboxVisibility.hidden}
      layoutMode={DetailsListLayoutMode.justified}
      onItemInvoked={(row?: RegisterRow) => row && onOpen(row)}
      setKey="ai-register"
    />
  );
}
