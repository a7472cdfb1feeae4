import * as React from 'react';
import { Persona, PersonaSize, type IPersonaStyles } from '@fluentui/react/lib/Persona';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as peopleStrings from 'PeopleStrings';
import type { PersonRef } from '../../core/models/common';
import { format } from '../format';
import { initialsTextColor } from './initialsTextColor';
import { useDirectoryProfile, usePhotoUrl } from './usePersonDetails';

/** Props of {@link PersonPersona}. */
export interface IPersonPersonaProps {
  /** The stored person (site user); its name is shown as it is until the directory answers, and if it never does. */
  person: PersonRef;
  /** `compact` for grid cells: a small photo and the name, the job title in the tooltip. */
  compact?: boolean;
}

/** A long job title wraps inside the panel instead of running past its edge (the whole text stays readable). */
const WRAPPING_DETAILS: Partial<IPersonaStyles> = {
  root: { maxWidth: '100%', height: 'auto', minHeight: 40 },
  details: { minWidth: 0 },
  secondaryText: { whiteSpace: 'normal', overflow: 'visible', height: 'auto', overflowWrap: 'anywhere' }
};

/** "Job title, Department", or whichever of the two is known. */
export function personDetailsText(jobTitle: string | undefined, department: string | undefined): string | undefined {
  const parts = [jobTitle, department].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/**
 * A person as the suite shows them everywhere: photo, name, job title and department from the directory (one
 * batched lookup for everyone on the screen), falling back to the name stored on the record. Text only (React
 * escapes it), with the same words for screen readers.
 */
export function PersonPersona(props: IPersonPersonaProps): React.ReactElement {
  const { person, compact } = props;
  const profile = useDirectoryProfile(person);
  const photo = usePhotoUrl(profile?.directoryId);
  const name = profile?.displayName ?? person.title;
  const details = personDetailsText(profile?.jobTitle, profile?.department);
  const theme = useTheme();
  return (
    <Persona
      text={name}
      secondaryText={details}
      title={details === undefined ? name : format(peopleStrings.PersonWithDetails, name, details)}
      imageUrl={photo}
      imageAlt=""
      initialsTextColor={initialsTextColor(name, theme)}
      size={compact ? PersonaSize.size24 : PersonaSize.size40}
      showSecondaryText={!compact}
      styles={compact ? undefined : WRAPPING_DETAILS}
    />
  );
}
