import * as React from 'react';
import { ColumnActionsMode } from '@fluentui/react/lib/DetailsList';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { TooltipHost, TooltipOverflowMode } from '@fluentui/react/lib/Tooltip';
import type { PersonRef } from '../core/models/common';
import { HealthScoreBadge } from './HealthScoreBadge';
import { PersonPersona } from './people/PersonPersona';
import { cachedLabelText, DriftBadge, driftStateOf, LabelName, SharingCell } from './labels/LabelBadges';
import { format, formatDate } from './format';
import { OwnershipStatusView } from './ownership/OwnershipStatusView';
import { SORTABLE_FIELDS } from './inventoryTypes';
import { revealHiddenCharacters } from '../core/validation/visibleText';
import { VisibleText } from './VisibleText';
import { columnLabel } from './inventoryColumnLabels';
import { choiceLabel } from './choiceLabels';
import { withWrappingHeaders } from './wrappingHeaders';
import type { IInventoryRow, IInventorySort, InventoryColumnKey, InventorySortField } from './inventoryTypes';

interface IColumnSpec {
  readonly minWidth: number;
  readonly maxWidth?: number;
  readonly render: (row: IInventoryRow, s: IGovernanceSuiteStrings, onOpen: (row: IInventoryRow) => void) => React.ReactNode;
}

/** Stored short text with its bidirectional controls and zero-width characters shown as markers. */
const text = (value: string | undefined, s: IGovernanceSuiteStrings): React.ReactNode => (value && value.trim() ? <VisibleText text={value} strings={s} /> : s.NotSet);

const person = (who: PersonRef | undefined, s: IGovernanceSuiteStrings): React.ReactNode =>
  who !== undefined && who.title.trim() !== '' ? <PersonPersona person={who} compact /> : s.NotSet;

/** Characters a title cell shows at its narrowest before it truncates (a margin below the ~45 it usually fits). */
const TITLE_FITS = 36;

const SPECS: Record<InventoryColumnKey, IColumnSpec> = {
  title: {
    // About 45 characters before the cell truncates; the tooltip shows the rest.
    minWidth: 270,
    maxWidth: 380,
    // A real link-button: keyboard users reach it with Tab and open the details with Enter.
    render: (row, s, onOpen) => {
      const title = revealHiddenCharacters(row.asset.title);
      const link = (
        <Link onClick={() => onOpen(row)} aria-label={format(s.OpenDetailsOf, title)}>
          <VisibleText text={row.asset.title} strings={s} />
        </Link>
      );
      // Only a title that may be cut off gets the tooltip: Fluent keeps a hidden copy of its text for every row.
      return title.length > TITLE_FITS ? <TooltipHost content={title} overflowMode={TooltipOverflowMode.Parent}>{link}</TooltipHost> : link;
    }
  },
  mission: { minWidth: 110, maxWidth: 160, render: (row, s) => text(row.asset.mission, s) },
  department: { minWidth: 90, maxWidth: 160, render: (row, s) => text(row.asset.department, s) },
  // People as personas (photo, name; job title in the tooltip): a page's photos and profiles cost a few $batch calls.
  owner: { minWidth: 130, maxWidth: 200, render: (row, s) => person(row.asset.owner, s) },
  custodian: { minWidth: 130, maxWidth: 200, render: (row, s) => person(row.asset.custodian, s) },
  declaredSensitivity: {
    // Headers of the default columns fit unclipped at 1,280 px.
    minWidth: 135,
    maxWidth: 150,
    render: (row, s) => text(choiceLabel('Sensitivity', row.asset.declaredSensitivity, s), s)
  },
  // Beside the declared level: the Purview label found, how the two compare, and the sharing found.
  purviewLabelName: {
    minWidth: 110,
    maxWidth: 200,
    render: (row, s) => {
      const name = cachedLabelText(row.asset);
      return name === undefined ? s.NotSet : <LabelName name={name} color={row.labelColor} />;
    }
  },
  // Room for the longest badge, Spanish "Nunca comprobada", which a 110px column cut off.
  labelDrift: { minWidth: 150, maxWidth: 180, render: (row) => <DriftBadge state={driftStateOf(row.asset)} /> },
  accessFlags: { minWidth: 110, maxWidth: 220, render: (row, s) => <SharingCell asset={row.asset} notSet={s.NotSet} /> },
  containsPersonalData: {
    minWidth: 70,
    maxWidth: 110,
    render: (row, s) => (row.asset.containsPersonalData ? s.Yes : s.No)
  },
  ownershipStatus: {
    minWidth: 120,
    maxWidth: 200,
    // The derived status, with a marker where the stored column (which the filter and sort use) disagrees.
    render: (row, s) => <OwnershipStatusView check={row.ownership} strings={s} />
  },
  lastReviewed: {
    minWidth: 100,
    maxWidth: 130,
    render: (row, s) => formatDate(row.asset.lastReviewed, s.NotSet)
  },
  healthScore: {
    // Wide enough for the score and the longest band name unclipped ("66,9 Requiere atención" needs 175px).
    minWidth: 175,
    maxWidth: 210,
    render: (row, s) => <HealthScoreBadge score={row.score.score} band={row.score.band} strings={s} />
  }
};

export { columnLabel };

function isSortable(key: InventoryColumnKey): key is InventorySortField {
  return (SORTABLE_FIELDS as readonly string[]).indexOf(key) >= 0;
}

/** Builds the DetailsList columns for the visible keys; sortable headers only on indexed columns. */
export function buildInventoryColumns(
  visible: readonly InventoryColumnKey[],
  strings: IGovernanceSuiteStrings,
  sort: IInventorySort | undefined,
  onSort: (field: InventorySortField) => void,
  onOpen: (row: IInventoryRow) => void
): IColumn[] {
  return withWrappingHeaders(visible.map((key): IColumn => {
    const spec = SPECS[key];
    const sortable = isSortable(key);
    const sorted = sortable && sort !== undefined && sort.field === key;
    return {
      key,
      name: columnLabel(key, strings),
      fieldName: key,
      minWidth: spec.minWidth,
      maxWidth: spec.maxWidth,
      isResizable: true,
      isRowHeader: key === 'title',
      isSorted: sorted,
      isSortedDescending: sorted && sort !== undefined && !sort.ascending,
      sortAscendingAriaLabel: strings.SortedAscending,
      sortDescendingAriaLabel: strings.SortedDescending,
      columnActionsMode: sortable ? ColumnActionsMode.clickable : ColumnActionsMode.disabled,
      onColumnClick: sortable ? () => onSort(key) : undefined,
      onRender: (row: IInventoryRow) => spec.render(row, strings, onOpen)
    };
  }));
}
