import * as React from 'react';
import * as labelStrings from 'LabelCheckStrings';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { ILabelCheckRunner } from '../../../ui/labels/ILabelCheckRunner';
import { useStableId } from '../../../ui/useStableId';
import { LazyCheckLabelsDialog } from './lazyPanels';

/** Props of {@link LabelCheckCommand}. */
export interface ILabelCheckCommandProps {
  runner: ILabelCheckRunner;
  missions: readonly string[];
  /** The inventory's mission filter, preselected in the dialog. */
  mission?: string;
  selectedIds: readonly number[];
  /** The run saved results: reload the grid. */
  onFinished: () => void;
  strings: IGovernanceSuiteStrings;
}

/**
 * The toolbar's "Check labels" and its dialog (loaded on first use). Enabled only for people who can edit the
 * records, since a check saves its results on them; others see why it is disabled.
 */
export function LabelCheckCommand(props: ILabelCheckCommandProps): React.ReactElement {
  const { runner } = props;
  const [open, setOpen] = React.useState(false);
  const [allowed, setAllowed] = React.useState<boolean | undefined>();
  const hintId = useStableId('label-check-hint');
  React.useEffect(() => {
    let live = true;
    runner.canRun().then((ok) => live && setAllowed(ok), () => live && setAllowed(false));
    return () => { live = false; };
  }, [runner]);
  return (
    <>
      <DefaultButton
        text={labelStrings.CheckLabels}
        iconProps={{ iconName: 'Tag' }}
        disabled={allowed !== true}
        aria-describedby={allowed === false ? hintId : undefined}
        title={allowed === false ? labelStrings.CheckLabelsNoPermission : undefined}
        onClick={() => setOpen(true)}
      />
      {allowed === false && <span id={hintId} hidden>{labelStrings.CheckLabelsNoPermission}</span>}
      {open && (
        <React.Suspense fallback={null}>
          <LazyCheckLabelsDialog
            runner={runner}
            missions={props.missions}
            defaultMission={props.mission}
            selectedIds={props.selectedIds}
            onFinished={props.onFinished}
            onDismiss={() => setOpen(false)}
            strings={props.strings}
          />
        </React.Suspense>
      )}
    </>
  );
}
