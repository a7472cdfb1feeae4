import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { Link } from '@fluentui/react/lib/Link';
import { isSafeHttpUrl } from '../../core/validation';
import { format } from '../format';
import { locationName } from './locationName';

/** Props of {@link LocationLink}. */
export interface ILocationLinkProps {
  url: string;
  /** Shown after the address when it is not an http(s) link. */
  unsafeNote: string;
}

/** The words a location is shown by: "site › library › file", "OneDrive › file", a Teams team, or host › folder. */
export function locationText(url: string): string {
  const s = ownershipStrings;
  const name = locationName(url);
  if (!name) return url;
  switch (name.kind) {
    case 'teams':
      return s.LocationTeams;
    case 'onedrive':
      return name.parts.length > 0 ? format(s.LocationOneDrive, name.parts.join(' › ')) : s.LocationOneDriveRoot;
    default:
      return name.parts.join(' › ');
  }
}

/**
 * A record's location by its short name (a raw address ran to nine lines in a narrow Teams tab), with the full
 * address in the tooltip. Only http(s) addresses become links; anything else is plain text, never markup.
 */
export function LocationLink(props: ILocationLinkProps): React.ReactElement {
  const { url, unsafeNote } = props;
  if (!isSafeHttpUrl(url)) return <span>{`${url} (${unsafeNote})`}</span>;
  return (
    <Link href={url} target="_blank" rel="noopener noreferrer" title={url}>
      {locationText(url)}
    </Link>
  );
}
