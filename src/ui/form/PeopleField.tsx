import * as React from 'react';
import { Label } from '@fluentui/react/lib/Label';
import { NormalPeoplePicker } from '@fluentui/react/lib/Pickers';
import type { IBasePickerSuggestionsProps } from '@fluentui/react/lib/Pickers';
import type { IPersonaProps } from '@fluentui/react/lib/Persona';
import type { PersonRef } from '../../core/models/common';
import { FieldErrorText } from '../FieldErrorText';
import { useStableId } from '../useStableId';

/** Props of {@link PeopleField}. */
export interface IPeopleFieldProps {
  label: string;
  value: PersonRef | undefined;
  onChange: (person: PersonRef | undefined) => void;
  onBlur?: () => void;
  /** People search (site users for now; Graph people search later). */
  onResolve: (text: string) => Promise<PersonRef[]>;
  required?: boolean;
  disabled?: boolean;
  errorMessage?: string;
  strings: IGovernanceSuiteStrings;
}

interface IPersonaWithRef extends IPersonaProps {
  person: PersonRef;
}

function toPersona(person: PersonRef): IPersonaWithRef {
  return { key: person.id, text: person.title, secondaryText: person.email, person };
}

/** A single-person picker (Fluent `NormalPeoplePicker`) fed by the suite's people search, with a visible label. */
export function PeopleField(props: IPeopleFieldProps): React.ReactElement {
  const { label, value, onChange, onBlur, onResolve, required, disabled, errorMessage, strings } = props;
  const labelId = useStableId('people-label');
  const errorId = useStableId('people-error');
  const [searchFailed, setSearchFailed] = React.useState(false);

  const suggestionProps: IBasePickerSuggestionsProps = {
    suggestionsHeaderText: strings.PeopleSuggestionsHeader,
    noResultsFoundText: strings.PeopleNoResults,
    loadingText: strings.PeopleLoading,
    suggestionsContainerAriaLabel: strings.PeopleSuggestionsHeader
  };

  const resolve = async (filter: string, selected?: IPersonaProps[]): Promise<IPersonaProps[]> => {
    if (!filter.trim()) {
      return [];
    }
    try {
      const people = await onResolve(filter.trim());
      setSearchFailed(false);
      const taken = new Set((selected ?? []).map((p) => String(p.key)));
      return people.filter((p) => !taken.has(String(p.id))).map(toPersona);
    } catch {
      // The picker shows "no results"; the message below says why.
      setSearchFailed(true);
      return [];
    }
  };

  const message = errorMessage ?? (searchFailed ? strings.PeopleSearchError : undefined);
  return (
    <div>
      <Label id={labelId} required={required} disabled={disabled}>
        {label}
      </Label>
      <NormalPeoplePicker
        onResolveSuggestions={resolve}
        selectedItems={value ? [toPersona(value)] : []}
        onChange={(items?: IPersonaProps[]) => {
          const first = items && items[0] ? (items[0] as IPersonaWithRef).person : undefined;
          onChange(first);
        }}
        itemLimit={1}
        pickerSuggestionsProps={suggestionProps}
        removeButtonAriaLabel={strings.PeopleRemove}
        disabled={disabled}
        onBlur={onBlur}
        inputProps={{ 'aria-labelledby': labelId, 'aria-describedby': message ? errorId : undefined }}
        resolveDelay={250}
      />
      {message && <FieldErrorText id={errorId} message={message} />}
    </div>
  );
}
