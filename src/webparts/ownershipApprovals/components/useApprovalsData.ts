import * as React from 'react';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { CustodianQueue, OwnershipAnomaly, StoredStatusAnomaly } from '../../../core/ownership';
import { errorKindOf } from '../../../ui/errorText';
import type { ApprovalsViewer, IOwnershipApprovalsService } from '../services/IOwnershipApprovalsService';

export interface ApprovalsData {
  readonly viewer?: ApprovalsViewer;
  readonly queue?: CustodianQueue;
  /** Loaded for governance leads only. */
  readonly anomalies?: readonly OwnershipAnomaly[];
  /** Records whose stored status disagrees with their decisions; loaded for governance leads only. */
  readonly statusAnomalies?: readonly StoredStatusAnomaly[];
  readonly loading: boolean;
  readonly error?: GovernanceErrorKind;
  /** Loads everything again (after a decision, or "Try again"). */
  reload(): void;
}

/** The signed-in user, their queue and, for leads, the anomalies; a stale load never overwrites a newer one. */
export function useApprovalsData(service: IOwnershipApprovalsService): ApprovalsData {
  const [state, setState] = React.useState<Omit<ApprovalsData, 'reload'>>({ loading: true });
  const generation = React.useRef(0);

  const reload = React.useCallback((): void => {
    const current = ++generation.current;
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    (async () => {
      const viewer = await service.viewer();
      const [queue, anomalies, statusAnomalies] = await Promise.all([
        service.loadQueue(viewer.person),
        viewer.isLead ? service.anomalies() : Promise.resolve(undefined),
        viewer.isLead ? service.statusAnomalies() : Promise.resolve(undefined)
      ]);
      return { viewer, queue, anomalies, statusAnomalies };
    })().then(
      (loaded) => {
        if (current === generation.current) setState({ ...loaded, loading: false });
      },
      (error: unknown) => {
        if (current === generation.current) setState((previous) => ({ ...previous, loading: false, error: errorKindOf(error) }));
      }
    );
  }, [service]);

  React.useEffect(reload, [reload]);
  return { ...state, reload };
}
