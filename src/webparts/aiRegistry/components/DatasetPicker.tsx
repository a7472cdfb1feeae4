import * as React from 'react';
import { IconButton, DefaultButton } from '@fluentui/react/lib/Button';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { summariseLinkedData } from '../../../core/aiRegistry/datasets';
import type { LookupRef } from '../../../core/models/common';
import * as suiteStrings from 'GovernanceSuiteStrings';
import { choiceLabel } from '../../../ui/choiceLabels';
import { format } from '../../../ui/format';
import type { DatasetOption } from '../services/IAIRegistryService';
import { useDebouncedValue } from '../../dataInventory/components/useDebouncedValue';

/** Props of {@link DatasetPicker}. */
export interface IDatasetPickerProps {
  value: readonly LookupRef[];
  onChange: (value: LookupRef[]) => void;
  search: (text: string) => Promise<DatasetOption[]>;
  /** Details (sensitivity, personal data) of the datasets already linked. */
  load: (ids: readonly number[]) => Promise<DatasetOption[]>;
  disabled?: boolean;
  strings: IAIRegistryStrings;
}

/**
 * Links a system to the inventory's datasets: search by title, add, remove; shows the highest declared sensitivity
 * among the linked ones and flags personal data.
 */
export function DatasetPicker(props: IDatasetPickerProps): React.ReactElement {
  const { value, onChange, search, load, disabled, strings } = props;
  const [text, setText] = React.useState('');
  const term = useDebouncedValue(text.trim(), 250);
  // 'failed': the search rejected (an empty list would wrongly say that no title matches).
  const [results, setResults] = React.useState<DatasetOption[] | 'failed' | undefined>();
  const [known, setKnown] = React.useState<ReadonlyMap<number, DatasetOption>>(new Map());

  React.useEffect(() => {
    let live = true;
    if (term === '') {
      setResults(undefined);
    } else {
      search(term).then((found) => live && setResults(found), () => live && setResults('failed'));
    }
    return () => {
      live = false;
    };
  }, [term, search]);

  const idsKey = value.map((v) => v.id).join(',');
  React.useEffect(() => {
    const missing = value.filter((v) => !known.has(v.id)).map((v) => v.id);
    if (missing.length === 0) return;
    load(missing).then(
      (found) => setKnown((k) => new Map([...Array.from(k), ...found.map((d) => [d.id, d] as const)])),
      () => undefined
    );
  }, [idsKey]);

  const linked = value.map((v) => known.get(v.id)).filter((d): d is DatasetOption => d !== undefined);
  const summary = summariseLinkedData(linked);
  const add = (dataset: DatasetOption): void => {
    setKnown((k) => new Map([...Array.from(k), [dataset.id, dataset] as const]));
    if (!value.some((v) => v.id === dataset.id)) onChange([...value, { id: dataset.id, title: dataset.title }]);
  };

  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <Text as="h4" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0 } }}>{strings.Fields.linkedDataAssets}</Text>
      {value.length === 0 ? (
        <Text>{strings.NoDatasets}</Text>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }} aria-label={strings.Fields.linkedDataAssets}>
          {value.map((ref) => {
            const details = known.get(ref.id);
            const title = details?.title ?? ref.title ?? `#${ref.id}`;
            return (
              <li key={ref.id} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                <span>{details?.declaredSensitivity ? `${title} (${choiceLabel('Sensitivity', details.declaredSensitivity, suiteStrings)})` : title}</span>
                <IconButton iconProps={{ iconName: 'Cancel' }} title={format(strings.DatasetRemove, title)} ariaLabel={format(strings.DatasetRemove, title)}
                  disabled={disabled} onClick={() => onChange(value.filter((v) => v.id !== ref.id))} />
              </li>
            );
          })}
        </ul>
      )}
      <LinkedDataSummary summary={summary} count={value.length} strings={strings} />
      <SearchBox
        ariaLabel={strings.DatasetSearchLabel}
        placeholder={strings.DatasetSearchPlaceholder}
        value={text}
        disabled={disabled}
        onChange={(_, v) => setText(v ?? '')}
      />
      {results && (
        <div role="status" aria-live="polite">
          {results === 'failed' ? (
            <Text>{strings.DatasetSearchFailed}</Text>
          ) : results.length === 0 ? (
            <Text>{strings.DatasetNoResults}</Text>
          ) : (
            <Stack tokens={{ childrenGap: 4 }}>
              {results.map((dataset) => (
                <DefaultButton key={dataset.id} text={format(strings.DatasetAdd, dataset.title)} disabled={disabled || value.some((v) => v.id === dataset.id)}
                  onClick={() => add(dataset)} styles={{ root: { justifyContent: 'flex-start' } }} />
              ))}
            </Stack>
          )}
        </div>
      )}
    </Stack>
  );
}

/** The highest declared sensitivity among the linked datasets and the personal-data flag. */
export function LinkedDataSummary(props: { summary: ReturnType<typeof summariseLinkedData>; count: number; strings: IAIRegistryStrings }): React.ReactElement {
  const { summary, count, strings } = props;
  if (count === 0) return <></>;
  return (
    <Stack tokens={{ childrenGap: 2 }} data-testid="linked-data-summary">
      <Text>{summary.highestSensitivity ? format(strings.DatasetSummary, choiceLabel('Sensitivity', summary.highestSensitivity, suiteStrings)) : strings.DatasetSummaryNone}</Text>
      <Text styles={{ root: { fontWeight: summary.personalData ? 600 : 400 } }}>{summary.personalData ? `⚠ ${strings.PersonalDataFlag}` : strings.NoPersonalData}</Text>
      {summary.undeclared > 0 && <Text variant="small">{format(strings.UndeclaredDatasets, summary.undeclared)}</Text>}
    </Stack>
  );
}
