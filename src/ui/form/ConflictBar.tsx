import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';

/** The words of {@link ConflictBar}, from the web part's strings. */
export interface IConflictBarStrings {
  ConflictMessage: string;
  ConflictReload: string;
  ConflictOverwrite: string;
}

/**
 * Someone else saved the record since it was opened (the If-Match was refused): the user reloads their version or
 * overwrites it knowingly; nothing is overwritten silently.
 */
export function ConflictBar(props: { strings: IConflictBarStrings; onReload: () => void; onOverwrite: () => void }): React.ReactElement {
  const { strings } = props;
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline role="alert"
      actions={<div><DefaultButton text={strings.ConflictReload} onClick={props.onReload} /><DefaultButton text={strings.ConflictOverwrite} onClick={props.onOverwrite} /></div>}>
      {strings.ConflictMessage}
    </MessageBar>
  );
}
