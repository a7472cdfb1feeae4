import * as React from 'react';
import { IconButton } from '@fluentui/react/lib/Button';
import { Persona, PersonaCoin, PersonaSize } from '@fluentui/react/lib/Persona';
import type { IPickerItemProps } from '@fluentui/react/lib/Pickers';
import type { IPersonaProps } from '@fluentui/react/lib/Persona';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { PersonCandidate } from '../../core/people';
import { initialsTextColor } from './initialsTextColor';
import { personDetailsText } from './PersonPersona';
import { useDirectoryProfile, usePhotoUrl } from './usePersonDetails';

/** Photo, name and "job title · department" of a person in the picker (suggestion or chosen item). */
function usePersonaProps(person: PersonCandidate): IPersonaProps {
  const profile = useDirectoryProfile(person);
  const photo = usePhotoUrl(profile?.directoryId);
  const theme = useTheme();
  const text = profile?.displayName ?? person.title;
  return {
    text,
    initialsTextColor: initialsTextColor(text, theme),
    secondaryText: personDetailsText(profile?.jobTitle, profile?.department) ?? person.email,
    imageUrl: photo,
    imageAlt: ''
  };
}

/** A suggestion in the people picker: photo, name, job title and department. */
export function SuggestedPerson(props: { person: PersonCandidate }): React.ReactElement {
  return <Persona {...usePersonaProps(props.person)} size={PersonaSize.size40} styles={{ root: { padding: '4px 8px' } }} />;
}

/** Props of {@link ChosenPerson}: the picker's item props plus the person and the remove button's name. */
export interface IChosenPersonProps extends IPickerItemProps<IPersonaProps> {
  person: PersonCandidate;
  removeLabel: string;
}

/**
 * The chosen person inside the picker: a persona with photo, name and job title, and a remove button (the picker's
 * own keyboard handling stays: Backspace removes, Tab reaches the button).
 */
export function ChosenPerson(props: IChosenPersonProps): React.ReactElement {
  const { person, onRemoveItem, removeLabel, disabled, selected } = props;
  const theme = useTheme();
  const persona = usePersonaProps(person);
  const css = mergeStyleSets({
    item: {
      display: 'inline-flex', alignItems: 'center', gap: 4, margin: 2, padding: '2px 0 2px 4px', borderRadius: 2,
      background: selected ? theme.palette.themeLighter : theme.palette.neutralLighter, color: theme.semanticColors.bodyText,
      selectors: { '@media screen and (forced-colors: active)': { border: '1px solid WindowText' } }
    },
    text: { display: 'flex', flexDirection: 'column', minWidth: 0, maxWidth: 320, paddingLeft: 4 },
    details: { color: theme.semanticColors.bodySubtext }
  });
  return (
    <div role="listitem" className={css.item} data-is-focusable={!disabled}>
      <PersonaCoin text={persona.text} initialsTextColor={persona.initialsTextColor} imageUrl={persona.imageUrl} imageAlt="" size={PersonaSize.size32} />
      <span className={css.text}>
        <Text block nowrap variant="medium">{persona.text}</Text>
        {persona.secondaryText && <Text block nowrap variant="small" className={css.details}>{persona.secondaryText}</Text>}
      </span>
      <IconButton iconProps={{ iconName: 'Cancel' }} ariaLabel={removeLabel} title={removeLabel} onClick={onRemoveItem} disabled={disabled} styles={{ icon: { fontSize: 12 } }} />
    </div>
  );
}
