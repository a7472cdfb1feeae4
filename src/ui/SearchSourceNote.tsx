import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';

/** How a free-text search was served (the services' `searchSource`). */
export type SearchSourceKind = 'search' | 'listScan' | 'needsMission';

export interface ISearchSourceNoteProps {
  /** Absent when no search text is set: nothing is shown. */
  source?: SearchSourceKind;
  strings: Pick<IGovernanceSuiteStrings, 'SearchResultsNote' | 'SearchListScanNote' | 'SearchNeedsMission'>;
}

/**
 * Says where search results came from: SharePoint Search lags recent changes by a few minutes, and when it cannot
 * serve on a large list the user is asked to choose a mission (issue 21) instead of meeting a threshold error.
 */
// eslint-disable-next-line @rushstack/no-new-null -- React's "render nothing" is null
export function SearchSourceNote({ source, strings }: ISearchSourceNoteProps): React.ReactElement | null {
  if (source === 'search') return <Text as="p" role="note" styles={{ root: { margin: 0 } }}>{strings.SearchResultsNote}</Text>;
  if (source === 'listScan') return <MessageBar messageBarType={MessageBarType.info}>{strings.SearchListScanNote}</MessageBar>;
  if (source === 'needsMission') return <MessageBar messageBarType={MessageBarType.warning}>{strings.SearchNeedsMission}</MessageBar>;
  return null;
}
