import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { useStableId } from '../useStableId';

/** Props of {@link ChartTableToggle}. */
export interface IChartTableToggleProps {
  /** The table's caption, naming the button for screen readers ("Show table: By region"). */
  caption: string;
  showLabel: string;
  hideLabel: string;
  /** The table: the chart's accessible alternative. */
  children: React.ReactNode;
}

/**
 * A "Show table" / "Hide table" button under a chart and the table it controls. The chart comes first so the page
 * is read as figures, not ~3,400 px of tables; the table stays one keypress away for keyboard and screen readers.
 */
export function ChartTableToggle(props: IChartTableToggleProps): React.ReactElement {
  const { caption, showLabel, hideLabel, children } = props;
  const [shown, setShown] = React.useState(false);
  const regionId = useStableId('scorecard-table');
  const label = shown ? hideLabel : showLabel;
  return (
    <div data-chart-table="">
      <ActionButton
        data-noprint=""
        iconProps={{ iconName: shown ? 'ChevronUp' : 'Table' }}
        text={label}
        ariaLabel={`${label}: ${caption}`}
        aria-expanded={shown}
        aria-controls={regionId}
        onClick={() => setShown((s) => !s)}
      />
      {/* Hidden, not unmounted: aria-controls names a real element and a sorted table keeps its order. */}
      <div id={regionId} hidden={!shown}>
        {children}
      </div>
    </div>
  );
}
