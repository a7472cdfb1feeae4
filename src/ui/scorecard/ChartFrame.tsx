import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { ChartImageSpec } from './export/chartImage';
import { saveChartPng } from './export/chartPng';

/** Props of {@link ChartFrame}. */
export interface IChartFrameProps {
  /** The button's label, e.g. "Save chart as PNG". */
  saveLabel: string;
  /** Accessible name of the button, naming the chart. */
  saveAriaLabel: string;
  fileName: string;
  /** What the saved image shows: drawn from the figures when the button is pressed. */
  image: () => ChartImageSpec;
  failedText: string;
  children: React.ReactNode;
}

/** A chart with a "Save chart as PNG" button (hidden when printing: the printout shows the chart itself). */
export function ChartFrame(props: IChartFrameProps): React.ReactElement {
  const [failed, setFailed] = React.useState(false);
  const save = (): void => {
    setFailed(false);
    saveChartPng(props.image(), props.fileName).catch(() => setFailed(true));
  };
  return (
    <div>
      <div>{props.children}</div>
      <DefaultButton data-noprint="" iconProps={{ iconName: 'Photo2' }} text={props.saveLabel} ariaLabel={props.saveAriaLabel} onClick={save} styles={{ root: { marginTop: 8 } }} />
      {failed && <MessageBar messageBarType={MessageBarType.error}>{props.failedText}</MessageBar>}
    </div>
  );
}
