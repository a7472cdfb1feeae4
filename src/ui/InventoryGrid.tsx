import * as React from 'react';
import { CheckboxVisibility, DetailsListLayoutMode, SelectionMode } from '@fluentui/react/lib/DetailsList';
import { ShimmeredDetailsList } from '@fluentui/react/lib/ShimmeredDetailsList';
import { buildInventoryColumns } from './inventoryColumns';
import type { IInventoryRow, IInventorySort, InventoryColumnKey, InventorySortField } from './inventoryTypes';

/** Props of {@link InventoryGrid}. */
export interface IInventoryGridProps {
  rows: readonly IInventoryRow[];
  /** True while the first page loads: the grid shows shimmer rows instead of an empty body. */
  loading: boolean;
  visibleColumns: readonly InventoryColumnKey[];
  sort?: IInventorySort;
  /** A sortable header was activated (click, Enter or Space). */
  onSort: (field: InventorySortField) => void;
  /** A row was invoked (Enter or double-click on the row, or its title link). */
  onOpen: (row: IInventoryRow) => void;
  strings: IGovernanceSuiteStrings;
}

const SHIMMER_LINES = 8;

function rowKey(row: IInventoryRow | undefined, index?: number): string {
  return row ? String(row.asset.id) : `shimmer-${index ?? 0}`;
}

/**
 * The inventory's virtualised grid (Fluent `ShimmeredDetailsList`): one row per record, sortable headers on indexed
 * columns, rows keyboard-activatable. Holds no data logic: the container loads pages and computes the scores.
 */
export function InventoryGrid(props: IInventoryGridProps): React.ReactElement {
  const { rows, loading, visibleColumns, sort, onSort, onOpen, strings } = props;
  const columns = React.useMemo(
    () => buildInventoryColumns(visibleColumns, strings, sort, onSort, onOpen),
    [visibleColumns, strings, sort, onSort, onOpen]
  );
  return (
    <ShimmeredDetailsList
      items={rows as IInventoryRow[]}
      columns={columns}
      getKey={rowKey}
      enableShimmer={loading && rows.length === 0}
      shimmerLines={SHIMMER_LINES}
      ariaLabelForShimmer={strings.Loading}
      ariaLabelForGrid={strings.GridAriaLabel}
      selectionMode={SelectionMode.none}
      checkboxVisibility={CheckboxVisibility.hidden}
      layoutMode={DetailsListLayoutMode.justified}
      onItemInvoked={(row?: IInventoryRow) => {
        if (row) {
          onOpen(row);
        }
      }}
      setKey="inventory"
    />
  );
}
