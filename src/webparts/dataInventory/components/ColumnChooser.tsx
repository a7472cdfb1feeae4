import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { ContextualMenuItemType, type IContextualMenuItem } from '@fluentui/react/lib/ContextualMenu';
import * as strings from 'DataInventoryWebPartStrings';
import { columnLabel } from '../../../ui/inventoryColumns';
import type { InventoryColumnKey } from '../../../ui/inventoryTypes';

/** Props of {@link ColumnChooser}. */
export interface IColumnChooserProps {
  /** Columns the user may choose from, in grid order. */
  available: readonly InventoryColumnKey[];
  shown: readonly InventoryColumnKey[];
  /** The new choice, in grid order. */
  onChange: (shown: InventoryColumnKey[]) => void;
  suiteStrings: IGovernanceSuiteStrings;
}

/**
 * "Columns": a menu of check items (role menuitemcheckbox, arrow keys and Enter/Space), which stays open while the
 * user ticks several. The title cannot be hidden: it is how a row's details open.
 */
export function ColumnChooser(props: IColumnChooserProps): React.ReactElement {
  const { available, shown, onChange, suiteStrings } = props;
  const toggle = React.useCallback((key: InventoryColumnKey): void => {
    onChange(available.filter((k) => (k === key ? shown.indexOf(k) < 0 : shown.indexOf(k) >= 0)));
  }, [available, shown, onChange]);
  const items = React.useMemo((): IContextualMenuItem[] => [
    { key: 'header', itemType: ContextualMenuItemType.Header, text: strings.ColumnsMenuLabel },
    ...available.map((key): IContextualMenuItem => ({
      key,
      text: columnLabel(key, suiteStrings),
      canCheck: true,
      checked: shown.indexOf(key) >= 0,
      disabled: key === 'title',
      onClick: (ev) => {
        // Keeps the menu open for the next choice.
        ev?.preventDefault();
        toggle(key);
      }
    }))
  ], [available, shown, toggle, suiteStrings]);
  return (
    <DefaultButton
      text={strings.ColumnsButton}
      iconProps={{ iconName: 'ColumnOptions' }}
      menuProps={{ items, ariaLabel: strings.ColumnsMenuLabel }}
    />
  );
}
