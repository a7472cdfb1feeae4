import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import { RISK_CATEGORIES, RISK_LEVELS, RISK_STATUSES, RISK_TREATMENTS } from '../../../core/models/risk';
import { useStableId } from '../../../ui/useStableId';
import type { RiskFilters } from '../services/IRiskService';
import { choiceLabel } from '../../../ui/choiceLabels';
import { levelText } from './riskText';

export interface IRiskFiltersBarProps {
  filters: RiskFilters;
  onChange: (filters: RiskFilters) => void;
  search: string;
  onSearch: (text: string) => void;
  currentUserId?: number;
  strings: IRiskRegisterStrings;
  /** The suite's strings: the display labels of categories, statuses and treatments. */
  shared: IGovernanceSuiteStrings;
}

const ALL = '__all';

function options(values: readonly string[], all: string, label: (v: string) => string = (v) => v): IDropdownOption[] {
  return [{ key: ALL, text: all }, ...values.map((v) => ({ key: v, text: label(v) }))];
}

/** Filters on indexed columns (sent to SharePoint) and a search box (over the loaded register). */
export function RiskFiltersBar(props: IRiskFiltersBarProps): React.ReactElement {
  const { filters, onChange, strings, shared } = props;
  const searchId = useStableId('risk-search');
  const pick = (key: keyof RiskFilters): ((e: unknown, option?: IDropdownOption) => void) => (_e, option) =>
    onChange({ ...filters, [key]: option === undefined || option.key === ALL ? undefined : option.key });
  const width = { dropdown: { width: 170 } };
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end" style={{ marginBottom: 8 }}>
      <Dropdown label={strings.FilterCategory} styles={width} selectedKey={filters.category ?? ALL} options={options(RISK_CATEGORIES, strings.FilterAll, (v) => choiceLabel('RiskCategory', v, shared))} onChange={pick('category')} />
      <Dropdown label={strings.FilterStatus} styles={width} selectedKey={filters.status ?? ALL} options={options(RISK_STATUSES, strings.FilterAll, (v) => choiceLabel('RiskStatus', v, shared))} onChange={pick('status')} />
      <Dropdown label={strings.FilterTreatment} styles={width} selectedKey={filters.treatment ?? ALL} options={options(RISK_TREATMENTS, strings.FilterAll, (v) => choiceLabel('RiskTreatment', v, shared))} onChange={pick('treatment')} />
      <Dropdown label={strings.FilterLevel} styles={width} selectedKey={filters.riskLevel ?? ALL}
        options={options(RISK_LEVELS, strings.FilterAll, (v) => levelText(v as (typeof RISK_LEVELS)[number], strings))} onChange={pick('riskLevel')} />
      {props.currentUserId !== undefined && (
        <Checkbox label={strings.FilterMine} checked={filters.ownerId !== undefined} styles={{ root: { marginBottom: 6 } }}
          onChange={(_e, checked) => onChange({ ...filters, ownerId: checked ? props.currentUserId : undefined })} />
      )}
      <div>
        <label htmlFor={searchId} style={{ display: 'block', fontWeight: 600, padding: '5px 0' }}>{strings.SearchLabel}</label>
        <SearchBox id={searchId} placeholder={strings.SearchPlaceholder} value={props.search} onChange={(_e, v) => props.onSearch(v ?? '')} styles={{ root: { width: 240 } }} />
      </div>
    </Stack>
  );
}
