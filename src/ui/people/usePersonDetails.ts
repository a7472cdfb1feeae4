import * as React from 'react';
import type { PersonRef } from '../../core/models/common';
import type { DirectoryProfile, PersonCandidate } from '../../core/people';
import { usePeopleDirectory } from './PeopleDirectoryContext';

/** The directory profile of a person: at once when the picker already has it, else looked up (batched). */
export function useDirectoryProfile(person: PersonRef | undefined): DirectoryProfile | undefined {
  const directory = usePeopleDirectory();
  const known = (person as PersonCandidate | undefined)?.profile;
  const [looked, setLooked] = React.useState<{ key: PersonRef; profile: DirectoryProfile | undefined } | undefined>(undefined);
  React.useEffect(() => {
    if (directory === undefined || person === undefined || known !== undefined) return undefined;
    let live = true;
    directory.profileOf(person).then((profile) => { if (live) setLooked({ key: person, profile }); }, () => undefined);
    return () => { live = false; };
  }, [directory, person?.id, person?.email, person?.loginName, known]);
  return known ?? (looked !== undefined && person !== undefined && looked.key.id === person.id ? looked.profile : undefined);
}

/**
 * An object URL of the person's photo while the component is mounted; revoked when the person changes or the
 * component unmounts, so photos do not pile up in memory.
 */
export function usePhotoUrl(directoryId: string | undefined): string | undefined {
  const directory = usePeopleDirectory();
  const [url, setUrl] = React.useState<string | undefined>(undefined);
  React.useEffect(() => {
    setUrl(undefined);
    if (directory === undefined || directoryId === undefined) return undefined;
    let live = true;
    let created: string | undefined;
    directory.photoOf(directoryId).then((blob) => {
      if (!live || blob === undefined) return;
      created = URL.createObjectURL(blob);
      setUrl(created);
    }, () => undefined);
    return () => {
      live = false;
      if (created !== undefined) URL.revokeObjectURL(created);
    };
  }, [directory, directoryId]);
  return url;
}
