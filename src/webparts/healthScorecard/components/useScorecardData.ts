import * as React from 'react';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { MissionScopeReference } from '../../../core/scorecard';
import { errorKindOf } from '../../../ui/errorText';
import type { IScorecardService, ScorecardRecord } from '../services/IScorecardService';

/** What the scorecard has so far. */
export type ScorecardData =
  | { readonly status: 'loading'; readonly loaded: number; readonly total?: number }
  | { readonly status: 'error'; readonly kind: GovernanceErrorKind }
  | { readonly status: 'ready'; readonly records: readonly ScorecardRecord[]; readonly missions: readonly MissionScopeReference[] };

/**
 * Loads every scored asset and the Missions list once per service (and again on `reload`), with progress.
 * An unmount or a reload aborts the load in flight and ignores its outcome.
 */
export function useScorecardData(service: IScorecardService): { data: ScorecardData; reload: () => void } {
  const [data, setData] = React.useState<ScorecardData>({ status: 'loading', loaded: 0 });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    const controller = new AbortController();
    let live = true;
    setData({ status: 'loading', loaded: 0 });
    const onProgress = (loaded: number, total: number): void => {
      if (live) {
        setData({ status: 'loading', loaded, total });
      }
    };
    Promise.all([service.loadAssets(onProgress, controller.signal), service.missions()]).then(
      ([records, missions]) => {
        if (live) {
          setData({ status: 'ready', records, missions });
        }
      },
      (error: unknown) => {
        if (live) {
          setData({ status: 'error', kind: errorKindOf(error) });
        }
      }
    );
    return () => {
      live = false;
      controller.abort();
    };
  }, [service, attempt]);

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { data, reload };
}
