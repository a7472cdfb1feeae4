import * as React from 'react';
import { MessageBarButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { GovernanceErrorKind } from '../core/errors';
import { errorText, isRetryable } from './errorText';

/** Props of {@link ErrorMessageBar}. */
export interface IErrorMessageBarProps {
  kind: GovernanceErrorKind;
  strings: IGovernanceSuiteStrings;
  /** Offered as "Try again" when the kind is worth retrying (throttling, network, unknown). */
  onRetry?: () => void;
  onDismiss?: () => void;
}

/** A localised error `MessageBar` that says what the user can do for the error's kind. */
export function ErrorMessageBar(props: IErrorMessageBarProps): React.ReactElement {
  const { kind, strings, onRetry, onDismiss } = props;
  const retry = onRetry && isRetryable(kind);
  return (
    <MessageBar
      messageBarType={kind === 'Throttled' ? MessageBarType.warning : MessageBarType.error}
      isMultiline={false}
      onDismiss={onDismiss}
      dismissButtonAriaLabel={strings.Close}
      actions={retry ? <MessageBarButton onClick={onRetry}>{strings.Retry}</MessageBarButton> : undefined}
      data-error-kind={kind}
    >
      {errorText(kind, strings)}
    </MessageBar>
  );
}
