import * as React from 'react';
import { CheckboxVisibility, DetailsListLayoutMode, Selection, SelectionMode } from '@fluentui/react/lib/DetailsList';
import { ShimmeredDetailsList } from '@fluentui/react/lib/ShimmeredDetailsList';
import * as labelStrings from 'LabelCheckStrings';
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
  /** When set, rows can be selected (check boxes): called with the selected records' ids. */
  onSelectionChanged?: (ids: number[]) => void;
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
  const { rows, loading, visibleColumns, sort, onSort, onOpen, strings, onSelectionChanged } = props;
  const selectionCallback = React.useRef(onSelectionChanged);
  selectionCallback.current = onSelectionChanged;
  const selection = React.useMemo((): Selection => {
    const created: Selection = new Selection({
      getKey: (row) => rowKey(row as unknown as IInventoryRow),
      onSelectionChanged: (): void => selectionCallback.current?.((created.getSelection() as unknown as IInventoryRow[]).map((row) => row.asset.id))
    });
    return created;
  }, []);
  const selectable = onSelectionChanged !== undefined;
  const columns = React.useMemo(
    () => buildInventoryColumns(visibleColumns, strings, sort, onSort, onOpen),
    [visibleColumns, strings, sort, onSort, onOpen]
  );
  return (
    <ShimmeredDetailsList
      items={rows as IInventoryRow[]}
      columns={columns}
      // A Selection keys rows itself (DetailsList takes one or the other).
      getKey={selectable ? undefined : rowKey}
      enableShimmer={loading && rows.length === 0}
      shimmerLines={SHIMMER_LINES}
      ariaLabelForShimmer={strings.Loading}
      ariaLabelForGrid={strings.GridAriaLabel}
      selection={selectable ? selection : undefined}
      selectionMode={selectable ? SelectionMode.multiple : SelectionMode.none}
      checkboxVisibility={selectable ? CheckboxVisibility.always : CheckboxVisibility.hidden}
      ariaLabelForSelectionColumn={selectable ? labelStrings.SelectRow : undefined}
      ariaLabelForSelectAllCheckbox={selectable ? labelStrings.SelectAllRows : undefined}
      checkButtonAriaLabel={selectable ? labelStrings.SelectRow : undefined}
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
