import * as React from 'react';
import { Label } from '@fluentui/react/lib/Label';
import { NormalPeoplePicker } from '@fluentui/react/lib/Pickers';
import type { IBasePickerSuggestionsProps, IPickerItemProps } from '@fluentui/react/lib/Pickers';
import type { IPersonaProps } from '@fluentui/react/lib/Persona';
import { Text } from '@fluentui/react/lib/Text';
import * as peopleStrings from 'PeopleStrings';
import type { PersonRef } from '../../core/models/common';
import { MAX_PEOPLE_SEARCH_LENGTH, isPendingSiteUser, peopleFallbackOf, type PeopleSearchFallback, type PersonCandidate } from '../../core/people';
import { FieldErrorText } from '../FieldErrorText';
import { format } from '../format';
import { ChosenPerson, SuggestedPerson } from '../people/pickerPersonas';
import { usePeopleDirectory } from '../people/PeopleDirectoryContext';
import { useStableId } from '../useStableId';

/** Props of {@link PeopleField}. */
export interface IPeopleFieldProps {
  label: string;
  value: PersonRef | undefined;
  /** Called with a site user (a directory person is added to the site's users first) or undefined when cleared. */
  onChange: (person: PersonRef | undefined) => void;
  onBlur?: () => void;
  /** People search: the directory through the service's people search, or the site's users when it falls back. */
  onResolve: (text: string) => Promise<PersonRef[]>;
  required?: boolean;
  disabled?: boolean;
  errorMessage?: string;
  strings: IGovernanceSuiteStrings;
}

/** A picker item carrying the person it stands for. */
export interface IPersonaWithRef extends IPersonaProps {
  person: PersonCandidate;
}

function toPersona(person: PersonCandidate): IPersonaWithRef {
  // Directory people not yet on the site all have id 0: their directory id keeps keys distinct.
  return { key: person.profile?.directoryId ?? String(person.id), text: person.title, secondaryText: person.profile?.jobTitle ?? person.email, person };
}

/**
 * A single-person picker (Fluent `NormalPeoplePicker`) with a visible label. Suggestions and the chosen person are
 * personas with photo, name, job title and department from the directory; choosing a directory person adds them to
 * the site's users (ensureUser) so the field stores a valid site user id. When the search had to fall back to the
 * site's users, a note under the field says why.
 */
export function PeopleField(props: IPeopleFieldProps): React.ReactElement {
  const { label, value, onChange, onBlur, onResolve, required, disabled, errorMessage, strings } = props;
  const directory = usePeopleDirectory();
  const labelId = useStableId('people-label');
  const errorId = useStableId('people-error');
  const noticeId = useStableId('people-notice');
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const [fallback, setFallback] = React.useState<PeopleSearchFallback | undefined>(undefined);
  const [adding, setAdding] = React.useState<PersonCandidate | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);

  const fromDirectory = directory !== undefined && fallback === undefined;
  const header = fromDirectory ? peopleStrings.DirectoryHeader : directory !== undefined ? peopleStrings.SiteUsersHeader : strings.PeopleSuggestionsHeader;
  const suggestionProps: IBasePickerSuggestionsProps = {
    suggestionsHeaderText: header,
    noResultsFoundText: strings.PeopleNoResults,
    loadingText: strings.PeopleLoading,
    suggestionsContainerAriaLabel: header
  };

  const resolve = async (filter: string, selected?: IPersonaProps[]): Promise<IPersonaProps[]> => {
    const term = filter.trim();
    if (!term) {
      return [];
    }
    if (term.length > MAX_PEOPLE_SEARCH_LENGTH) {
      setProblem(format(peopleStrings.SearchTooLong, MAX_PEOPLE_SEARCH_LENGTH));
      return [];
    }
    try {
      const people = await onResolve(term);
      setProblem(undefined);
      setFallback(peopleFallbackOf(people));
      const taken = new Set((selected ?? []).map((p) => String(p.key)));
      return people.map(toPersona).filter((p) => !taken.has(String(p.key)));
    } catch {
      // The picker shows "no results"; the message below says why.
      setProblem(strings.PeopleSearchError);
      return [];
    }
  };

  const choose = (items?: IPersonaProps[]): void => {
    const first = items && items[0] ? (items[0] as IPersonaWithRef).person : undefined;
    setProblem(undefined);
    if (first === undefined || !isPendingSiteUser(first)) {
      onChange(first);
      return;
    }
    if (directory === undefined) {
      setProblem(format(peopleStrings.AddFailed, first.title));
      return;
    }
    setAdding(first);
    directory.ensureSiteUser(first).then(
      (person) => {
        if (!mounted.current) return;
        setAdding(undefined);
        onChange(person);
      },
      () => {
        if (!mounted.current) return;
        setAdding(undefined);
        setProblem(format(peopleStrings.AddFailed, first.title));
      }
    );
  };

  const shown = adding ?? value;
  const message = errorMessage ?? problem;
  const notice = fallback === 'noConsent' ? peopleStrings.FallbackNoConsent : fallback === 'unavailable' ? peopleStrings.FallbackUnavailable : undefined;
  const describedBy = [message ? errorId : undefined, notice ? noticeId : undefined].filter(Boolean).join(' ') || undefined;
  // Fluent's picker sets its input's aria-describedby itself: the messages describe the field's group instead.
  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy}>
      <Label id={labelId} required={required} disabled={disabled}>
        {label}
      </Label>
      <NormalPeoplePicker
        onResolveSuggestions={resolve}
        selectedItems={shown ? [toPersona(shown)] : []}
        onChange={choose}
        itemLimit={1}
        pickerSuggestionsProps={suggestionProps}
        onRenderSuggestionsItem={(persona: IPersonaProps) => <SuggestedPerson person={(persona as IPersonaWithRef).person} />}
        onRenderItem={(item: IPickerItemProps<IPersonaProps>) => (
          <ChosenPerson key={String(item.item.key)} {...item} person={(item.item as IPersonaWithRef).person} removeLabel={format(peopleStrings.RemovePerson, item.item.text ?? '')} />
        )}
        removeButtonAriaLabel={strings.PeopleRemove}
        disabled={disabled || adding !== undefined}
        onBlur={onBlur}
        inputProps={{ 'aria-labelledby': labelId }}
        resolveDelay={250}
      />
      {adding && <Text role="status" variant="small" block>{format(peopleStrings.Adding, adding.title)}</Text>}
      {message && <FieldErrorText id={errorId} message={message} />}
      {notice && <Text id={noticeId} role="status" variant="small" block styles={{ root: { paddingTop: 4 } }}>{notice}</Text>}
    </div>
  );
}
