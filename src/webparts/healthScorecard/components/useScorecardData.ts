import * as React from 'react';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { MissionScopeReference } from '../../../core/scorecard';
import { errorKindOf } from '../../../ui/errorText';
import type { IScorecardService, ScorecardLoad, ScorecardRecord } from '../services/IScorecardService';

/** What the scorecard has so far. */
export type ScorecardData =
  | { readonly status: 'loading'; readonly loaded: number; readonly total?: number }
  | { readonly status: 'error'; readonly kind: GovernanceErrorKind }
  | {
      readonly status: 'ready';
      readonly records: readonly ScorecardRecord[];
      readonly missions: readonly MissionScopeReference[];
      /** When the figures were read (ISO). */
      readonly asOf: string;
      readonly mode: ScorecardLoad['mode'];
      /** Set while cached figures show and changed items are being fetched: items read so far. */
      readonly refreshing?: number;
      /** The refresh behind cached figures failed: the cached figures stay, with this error. */
      readonly refreshError?: GovernanceErrorKind;
    };

/**
 * Loads every scored asset and the Missions list once per service (and again on `reload`), with progress. With a
 * browser cache, the cached figures show at once and are replaced when the delta refresh ends. An unmount or a
 * reload aborts the load in flight and ignores its outcome.
 */
export function useScorecardData(service: IScorecardService): { data: ScorecardData; reload: () => void } {
  const [data, setData] = React.useState<ScorecardData>({ status: 'loading', loaded: 0 });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    const controller = new AbortController();
    let live = true;
    let finished = false;
    let cached: { load: ScorecardLoad; missions: readonly MissionScopeReference[] } | undefined;
    setData({ status: 'loading', loaded: 0 });
    const missions = service.missions();
    const onProgress = (loaded: number, total: number): void => {
      if (!live) return;
      if (cached) {
        const shown = cached;
        setData({ status: 'ready', records: shown.load.records, missions: shown.missions, asOf: shown.load.asOf, mode: 'cache', refreshing: loaded });
      } else {
        setData({ status: 'loading', loaded, total });
      }
    };
    const onCached = (load: ScorecardLoad): void => {
      // The cached rows show as soon as the (small, separately cached) Missions list is there too.
      missions.then(
        (list) => {
          if (live && !finished) {
            cached = { load, missions: list };
            setData({ status: 'ready', records: load.records, missions: list, asOf: load.asOf, mode: 'cache', refreshing: 0 });
          }
        },
        () => undefined
      );
    };
    Promise.all([service.loadAssets(onProgress, controller.signal, onCached), missions]).then(
      ([load, list]) => {
        finished = true;
        if (live) {
          setData({ status: 'ready', records: load.records, missions: list, asOf: load.asOf, mode: load.mode });
        }
      },
      (error: unknown) => {
        finished = true;
        if (!live) return;
        const shown = cached;
        setData(
          shown
            ? { status: 'ready', records: shown.load.records, missions: shown.missions, asOf: shown.load.asOf, mode: 'cache', refreshError: errorKindOf(error) }
            : { status: 'error', kind: errorKindOf(error) }
        );
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
