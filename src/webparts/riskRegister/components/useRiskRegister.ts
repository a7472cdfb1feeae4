import * as React from 'react';
import type { GovernanceErrorKind } from '../../../core/errors';
import { errorKindOf } from '../../../ui/errorText';
import type { IRiskService, RiskFilters, RiskRegisterData, RiskSession } from '../services/IRiskService';

export type RegisterState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly kind: GovernanceErrorKind }
  | { readonly status: 'ready'; readonly session: RiskSession; readonly data: RiskRegisterData; readonly loadedAt: Date };

/** Loads the session (user, leads, appetite) and the register for the filters; reloads when they change. */
export function useRiskRegister(service: IRiskService, filters: RiskFilters, now: () => Date): { state: RegisterState; reload: () => void } {
  const [state, setState] = React.useState<RegisterState>({ status: 'loading' });
  const [generation, setGeneration] = React.useState(0);
  const key = JSON.stringify(filters);
  React.useEffect(() => {
    let live = true;
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    Promise.all([service.session(), service.loadRegister(filters)])
      .then(([session, data]) => {
        if (live) setState({ status: 'ready', session, data, loadedAt: now() });
      })
      .catch((error: unknown) => {
        if (live) setState({ status: 'error', kind: errorKindOf(error) });
      });
    return () => {
      live = false;
    };
  }, [service, key, generation]);
  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
