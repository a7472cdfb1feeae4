import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { isSafeHttpUrl } from '../../core/validation';

/** Props of {@link SafeLink}. */
export interface ISafeLinkProps {
  url: string;
  /** Visible text; the address itself when absent. */
  text?: string;
  /** Shown after the address when it is not an http(s) link. */
  unsafeNote: string;
}

/**
 * A link only for http(s) addresses, opened in a new tab without giving the page a handle on ours
 * (`rel="noopener noreferrer"`). Anything else (e.g. `javascript:`) is shown as plain text, never as a link.
 */
export function SafeLink(props: ISafeLinkProps): React.ReactElement {
  const { url, text, unsafeNote } = props;
  if (!isSafeHttpUrl(url)) {
    return <span>{`${url} (${unsafeNote})`}</span>;
  }
  return (
    <Link href={url} target="_blank" rel="noopener noreferrer">
      {text ?? url}
    </Link>
  );
}
