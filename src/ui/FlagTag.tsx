import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';

/**
 * A warning tag (overdue, no owner, above appetite, an anomaly): bold text in the theme's error or warning colour
 * with a border, never colour alone. `title` adds the longer explanation for pointer users; the text itself must
 * make sense alone for screen readers.
 */
export function FlagTag(props: { text: string; kind: 'error' | 'warning' | 'info'; title?: string }): React.ReactElement {
  const theme = useTheme();
  const color = props.kind === 'error' ? theme.semanticColors.errorText : props.kind === 'warning' ? theme.semanticColors.warningText ?? theme.palette.black : theme.palette.neutralSecondary;
  return (
    <span data-flag={props.text} title={props.title} style={{ color, fontWeight: 600, marginLeft: 6, display: 'inline-block', border: `1px solid ${color}`, borderRadius: 2, padding: '0 3px', fontSize: 12 }}>
      {props.text}
    </span>
  );
}
