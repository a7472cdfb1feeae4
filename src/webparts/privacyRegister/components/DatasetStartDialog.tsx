import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import type { LookupRef } from '../../../core/models/common';
import { DatasetPicker } from '../../aiRegistry/components/DatasetPicker';
import type { IPrivacyService } from '../services/IPrivacyService';

/** Props of {@link DatasetStartDialog}. */
export interface IDatasetStartDialogProps {
  service: IPrivacyService;
  strings: IPrivacyRegisterStrings;
  aiStrings: IAIRegistryStrings;
  /** Called with the chosen dataset. */
  onStart: (dataset: LookupRef) => void;
  onDismiss: () => void;
}

/** "New from a dataset": pick one inventory dataset (the AI Registry's dataset picker); the form opens pre-filled from it. */
export function DatasetStartDialog(props: IDatasetStartDialogProps): React.ReactElement {
  const { service, strings, aiStrings } = props;
  const [chosen, setChosen] = React.useState<LookupRef[]>([]);
  const search = React.useCallback((t: string) => service.searchDatasets(t), [service]);
  const load = React.useCallback((ids: readonly number[]) => service.datasets(ids), [service]);
  return (
    <Dialog hidden={false} onDismiss={props.onDismiss} minWidth={480}
      dialogContentProps={{ type: DialogType.normal, title: strings.DatasetDialogTitle, subText: strings.DatasetDialogHint }}
      modalProps={{ isBlocking: false }}>
      {/* One dataset: a second choice replaces the first. */}
      <DatasetPicker value={chosen} onChange={(v) => setChosen(v.slice(-1))} search={search} load={load} strings={aiStrings} />
      <DialogFooter>
        <PrimaryButton text={strings.DatasetDialogStart} disabled={chosen.length === 0} onClick={() => chosen[0] && props.onStart(chosen[0])} />
        <DefaultButton text={strings.Cancel} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
