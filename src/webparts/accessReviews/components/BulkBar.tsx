import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import { Label } from '@fluentui/react/lib/Label';
import type { AccessReviewDecisionValue } from '../../../core/models/accessReview';
import { useStableId } from '../../../ui/useStableId';
import { format, formatNumber } from './accessText';
import type { RecommendationFilter } from './reviewRows';

/** Props of {@link BulkBar}. */
export interface IBulkBarProps {
  text: string;
  onText: (text: string) => void;
  recommendation: RecommendationFilter;
  onRecommendation: (value: RecommendationFilter) => void;
  shownCount: number;
  selectedCount: number;
  /** Every shown row is selected. */
  allSelected: boolean;
  onSelectAll: (selected: boolean) => void;
  onBulk: (decision: AccessReviewDecisionValue) => void;
  disabled: boolean;
  strings: IAccessReviewsStrings;
  locale?: string;
}

/** Filter box, recommendation filter, "select all shown" and the bulk Keep / Remove of the selected rows. */
export function BulkBar(props: IBulkBarProps): React.ReactElement {
  const { strings, locale, disabled } = props;
  const searchLabelId = useStableId('review-search');
  const options = (['all', 'Remove', 'None', 'Keep'] as const).map((key) => ({ key, text: key === 'all' ? strings.FilterAll : strings.Recommendations[key] }));
  return (
    <Stack tokens={{ childrenGap: 8 }} styles={{ root: { marginBottom: 8 } }}>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
        <Stack.Item grow styles={{ root: { minWidth: 220 } }}>
          <Label id={searchLabelId}>{strings.FilterLabel}</Label>
          <SearchBox placeholder={strings.FilterPlaceholder} value={props.text} onChange={(_e, v) => props.onText(v ?? '')} aria-labelledby={searchLabelId} />
        </Stack.Item>
        <Dropdown label={strings.RecommendationFilter} selectedKey={props.recommendation} options={options} styles={{ root: { minWidth: 180 } }}
          onChange={(_e, option) => option && props.onRecommendation(option.key as RecommendationFilter)} />
      </Stack>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="center">
        <Checkbox label={format(strings.SelectAllShown, formatNumber(props.shownCount, locale))} checked={props.allSelected && props.shownCount > 0}
          onChange={(_e, checked) => props.onSelectAll(checked === true)} disabled={disabled || props.shownCount === 0} />
        <DefaultButton text={strings.KeepSelected} onClick={() => props.onBulk('Keep')} disabled={disabled || props.selectedCount === 0} />
        <DefaultButton text={strings.RemoveSelected} onClick={() => props.onBulk('Remove')} disabled={disabled || props.selectedCount === 0} />
        <span role="status">{format(strings.SelectedCount, formatNumber(props.selectedCount, locale))}</span>
      </Stack>
    </Stack>
  );
}
