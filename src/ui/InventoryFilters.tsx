import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import * as labelStrings from 'LabelCheckStrings';
import { LABEL_DRIFTS } from '../core/labels/types';
import type { LabelDrift } from '../core/labels/types';
import { Stack } from '@fluentui/react/lib/Stack';
import { OWNERSHIP_STATUSES } from '../core/models/dataAsset';
import type { OwnershipStatus } from '../core/models/dataAsset';
import { HEALTH_BANDS, bandText } from './healthTypes';
import type { HealthBand } from './healthTypes';
import { ownershipText } from './ownershipText';
import { missionsIn, regionsOf } from './filterTypes';
import { choiceLabel } from './choiceLabels';
import type { IInventoryFilterOptions, IInventoryFilterValues } from './filterTypes';

/** Props of {@link InventoryFilters}. */
export interface IInventoryFiltersProps {
  values: IInventoryFilterValues;
  /** A dropdown changed: the new filter values (search excluded; it has its own callback). */
  onChange: (values: IInventoryFilterValues) => void;
  /** The search box's text, controlled by the container (which debounces the query). */
  searchText: string;
  onSearchChange: (text: string) => void;
  onClear: () => void;
  options: IInventoryFilterOptions;
  strings: IGovernanceSuiteStrings;
}

/** Key of the "All" option: no filter. */
const ALL = '__all__';

function optionsOf(values: readonly string[], all: string, label?: (value: string) => string): IDropdownOption[] {
  return [{ key: ALL, text: all }, ...values.map((v) => ({ key: v, text: label ? label(v) : v }))];
}

const dropdownStyles = { root: { minWidth: 150 } };

/**
 * The inventory's filter bar: a labelled dropdown per indexed filter (mission options follow the chosen region),
 * a title search box and "Clear filters". Stateless: the container owns the values.
 */
export function InventoryFilters(props: IInventoryFiltersProps): React.ReactElement {
  const { values, onChange, options, strings, searchText, onSearchChange, onClear } = props;
  const f = strings.Fields;

  const set = (patch: Partial<IInventoryFilterValues>): void => onChange({ ...values, ...patch });
  const picked = (option?: IDropdownOption): string | undefined =>
    option === undefined || option.key === ALL ? undefined : String(option.key);

  const regions = regionsOf(options.missions);
  const missions = missionsIn(options.missions, values.region);
  const personalKey = values.containsPersonalData === undefined ? ALL : values.containsPersonalData ? 'yes' : 'no';
  const oversharedKey = values.overshared === undefined ? ALL : values.overshared ? 'yes' : 'no';
  const hasFilters = Object.keys(values).some((k) => values[k as keyof IInventoryFilterValues] !== undefined) || searchText !== '';

  return (
    <Stack as="section" aria-label={strings.FiltersLabel} tokens={{ childrenGap: 8 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="end">
        <Dropdown
          label={f.region}
          styles={dropdownStyles}
          options={optionsOf(regions, strings.FilterAll)}
          selectedKey={values.region ?? ALL}
          onChange={(_e, o) => {
            const region = picked(o);
            // A mission from another region would make the result empty: drop it.
            const keepMission = values.mission && missionsIn(options.missions, region).some((m) => m.title === values.mission);
            set({ region, mission: keepMission ? values.mission : undefined });
          }}
        />
        <Dropdown
          label={f.mission}
          styles={dropdownStyles}
          options={optionsOf(missions.map((m) => m.title), strings.FilterAll)}
          selectedKey={values.mission ?? ALL}
          onChange={(_e, o) => set({ mission: picked(o) })}
        />
        <Dropdown
          label={f.department}
          styles={dropdownStyles}
          options={optionsOf(options.departments, strings.FilterAll)}
          selectedKey={values.department ?? ALL}
          onChange={(_e, o) => set({ department: picked(o) })}
        />
        <Dropdown
          label={f.domain}
          styles={dropdownStyles}
          options={optionsOf(options.domains, strings.FilterAll, (v) => choiceLabel('Domain', v, strings))}
          selectedKey={values.domain ?? ALL}
          onChange={(_e, o) => set({ domain: picked(o) })}
        />
        <Dropdown
          label={f.declaredSensitivity}
          styles={dropdownStyles}
          options={optionsOf(options.sensitivities, strings.FilterAll, (v) => choiceLabel('Sensitivity', v, strings))}
          selectedKey={values.declaredSensitivity ?? ALL}
          onChange={(_e, o) => set({ declaredSensitivity: picked(o) })}
        />
        <Dropdown
          label={f.ownershipStatus}
          styles={dropdownStyles}
          options={optionsOf(OWNERSHIP_STATUSES, strings.FilterAll, (v) => ownershipText(v as OwnershipStatus, strings))}
          selectedKey={values.ownershipStatus ?? ALL}
          onChange={(_e, o) => set({ ownershipStatus: picked(o) as OwnershipStatus | undefined })}
        />
        <Dropdown
          label={strings.FilterHealthBand}
          styles={dropdownStyles}
          options={optionsOf(HEALTH_BANDS, strings.FilterAll, (v) => bandText(v as HealthBand, strings))}
          selectedKey={values.healthBand ?? ALL}
          onChange={(_e, o) => set({ healthBand: picked(o) as HealthBand | undefined })}
        />
        <Dropdown
          label={f.containsPersonalData}
          styles={dropdownStyles}
          options={[
            { key: ALL, text: strings.FilterAll },
            { key: 'yes', text: strings.Yes },
            { key: 'no', text: strings.No }
          ]}
          selectedKey={personalKey}
          onChange={(_e, o) => set({ containsPersonalData: o === undefined || o.key === ALL ? undefined : o.key === 'yes' })}
        />
        <Dropdown
          label={labelStrings.FilterDrift}
          styles={dropdownStyles}
          options={optionsOf(LABEL_DRIFTS, strings.FilterAll, (v) => labelStrings.Drift[v])}
          selectedKey={values.labelDrift ?? ALL}
          onChange={(_e, o) => set({ labelDrift: picked(o) as LabelDrift | undefined })}
        />
        <Dropdown
          label={labelStrings.FilterOvershared}
          styles={dropdownStyles}
          options={[
            { key: ALL, text: strings.FilterAll },
            { key: 'yes', text: strings.Yes },
            { key: 'no', text: strings.No }
          ]}
          selectedKey={oversharedKey}
          onChange={(_e, o) => set({ overshared: o === undefined || o.key === ALL ? undefined : o.key === 'yes' })}
        />
      </Stack>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="center">
        <SearchBox
          ariaLabel={strings.SearchTitleLabel}
          placeholder={strings.SearchTitlePlaceholder}
          value={searchText}
          onChange={(_e, text) => onSearchChange(text ?? '')}
          onClear={() => onSearchChange('')}
          styles={{ root: { minWidth: 260 } }}
        />
        <DefaultButton text={strings.ClearFilters} onClick={onClear} disabled={!hasFilters} />
      </Stack>
    </Stack>
  );
}
