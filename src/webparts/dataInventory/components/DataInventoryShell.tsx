import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { Stack } from '@fluentui/react/lib/Stack';

/** Localised texts the shell shows (passed in so the component is testable without the SPFx loader). */
export interface IDataInventoryShellStrings {
  Title: string;
  NotYetAvailable: string;
}

export interface IDataInventoryShellProps {
  strings: IDataInventoryShellStrings;
}

/** Placeholder container until the inventory grid lands: says plainly what this release does not do yet. */
export function DataInventoryShell(props: IDataInventoryShellProps): React.ReactElement {
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="xLarge" as="h2">{props.strings.Title}</Text>
      <MessageBar messageBarType={MessageBarType.info}>{props.strings.NotYetAvailable}</MessageBar>
    </Stack>
  );
}
