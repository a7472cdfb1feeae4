import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';

/** Props of {@link FieldErrorText}. */
export interface IFieldErrorTextProps {
  id: string;
  message: string;
}

/** A field's error message, for controls without their own `errorMessage` slot (toggle, people picker). */
export function FieldErrorText(props: IFieldErrorTextProps): React.ReactElement {
  const theme = useTheme();
  return (
    <Text id={props.id} role="alert" variant="small" block styles={{ root: { color: theme.semanticColors.errorText, paddingTop: 4 } }}>
      {props.message}
    </Text>
  );
}
