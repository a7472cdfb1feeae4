import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '../../../ui/format';
import type { QueueSort } from './queueView';

/** Props of {@link QueueToolbar}. */
export interface IQueueToolbarProps {
  query: string;
  onQuery: (query: string) => void;
  sort: QueueSort;
  onSort: (sort: QueueSort) => void;
  /** Cards shown after the search, and in the whole queue. */
  shown: number;
  total: number;
  /** Of the shown cards, how many are selected. */
  selectedShown: number;
  onSelectAll: (on: boolean) => void;
  /** Selected across the queue (what "Approve selected" approves). */
  selectedTotal: number;
  onApproveSelected: () => void;
  busy: boolean;
}

/** Search, sort, select-all and bulk approve above the pending cards; wraps onto several lines in a narrow tab. */
export function QueueToolbar(props: IQueueToolbarProps): React.ReactElement {
  const s = ownershipStrings;
  const { query, onQuery, sort, onSort, shown, total, selectedShown, onSelectAll, selectedTotal, onApproveSelected, busy } = props;
  const sortOptions: IDropdownOption[] = [
    { key: 'due', text: s.SortDue },
    { key: 'title', text: s.SortTitle },
    { key: 'mission', text: s.SortMission }
  ];
  const allSelected = shown > 0 && selectedShown === shown;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
        <Stack.Item grow styles={{ root: { minWidth: 180 } }}>
          <SearchBox ariaLabel={s.QueueSearchLabel} placeholder={s.QueueSearchPlaceholder} value={query} onChange={(_, value) => onQuery(value ?? '')} />
        </Stack.Item>
        <Dropdown
          label={s.SortLabel}
          options={sortOptions}
          selectedKey={sort}
          onChange={(_, option) => option && onSort(option.key as QueueSort)}
          styles={{ root: { minWidth: 180 } }}
        />
      </Stack>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <Checkbox
          label={format(s.SelectAllShown, shown)}
          checked={allSelected}
          indeterminate={selectedShown > 0 && !allSelected}
          disabled={busy || shown === 0}
          onChange={() => onSelectAll(!allSelected)} // from mixed, a click selects every shown card
        />
        <PrimaryButton text={format(s.ApproveSelected, selectedTotal)} disabled={busy || selectedTotal === 0} allowDisabledFocus onClick={onApproveSelected} />
        <Text role="status" data-testid="queue-shown">{format(s.ShownCount, shown, total)}</Text>
      </Stack>
    </Stack>
  );
}
