import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useTheme } from '@fluentui/react/lib/Theme';
import { saveChartPng } from './export/chartPng';

/** Props of {@link ChartFrame}. */
export interface IChartFrameProps {
  /** The button's label, e.g. "Save chart as PNG". */
  saveLabel: string;
  /** Accessible name of the button, naming the chart. */
  saveAriaLabel: string;
  fileName: string;
  failedText: string;
  children: React.ReactNode;
}

/** A chart with a "Save chart as PNG" button (hidden when printing: the printout shows the chart itself). */
export function ChartFrame(props: IChartFrameProps): React.ReactElement {
  const ref = React.useRef<HTMLDivElement>(null);
  const theme = useTheme();
  const [failed, setFailed] = React.useState(false);
  const save = (): void => {
    setFailed(false);
    if (ref.current) {
      saveChartPng(ref.current, theme.semanticColors.bodyBackground, props.fileName).catch(() => setFailed(true));
    }
  };
  return (
    <div>
      <div ref={ref}>{props.children}</div>
      <DefaultButton data-noprint="" iconProps={{ iconName: 'Photo2' }} text={props.saveLabel} ariaLabel={props.saveAriaLabel} onClick={save} styles={{ root: { marginTop: 8 } }} />
      {failed && <MessageBar messageBarType={MessageBarType.error}>{props.failedText}</MessageBar>}
    </div>
  );
}
